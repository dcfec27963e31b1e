"""Modules loaded on first use, so start-up does not pay for what it does not touch.

The standard library's recipe (:class:`importlib.util.LazyLoader`): the module object exists at
once; its code runs when one of its attributes is first read. Used for the ORM-backed store
(:mod:`companion.store.repo`), which the window only needs once the user changes something.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"no module named {name!r}", name=name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
