"""Each platform's own words, one module per platform (the rule pack's vocabulary, translated).

A module here (``crowdworks.py``...) defines ``WORDS``: a function returning a :class:`Words`
of translated texts keyed by the model's codes (stage, role, route, reason, warning, outcome
codes). ``ui/text.py`` asks :func:`words` first and falls back to its own (Lancers') texts, so a
platform only states what differs. Its strings use the translation context of its name
("CrowdWorks"...), and are translated in ``resources/translations`` like every other.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from functools import cache
from typing import NamedTuple

EMPTY: Mapping[str, str] = {}


class Words(NamedTuple):
    stages: Mapping[str, str] = EMPTY  # stage code -> label ("Escrow funded (仮払い済み・作業中)")
    stage_tooltips: Mapping[str, str] = EMPTY
    roles: Mapping[str, str] = EMPTY  # worker / client -> label ("Worker (ワーカー)")
    routes: Mapping[str, str] = EMPTY  # route code -> its name ("Termination request (契約途中終了リクエスト)")
    reasons: Mapping[str, str] = EMPTY  # reason code -> sentence
    warnings: Mapping[str, str] = EMPTY  # warning code -> sentence (e.g. this platform's ratings)
    outcomes: Mapping[str, str] = EMPTY  # outcome code -> "If ... by the deadline: ..."
    outcomes_against_user: Mapping[str, str] = EMPTY  # the same when the user is the side who must act
    actions: Mapping[str, str] = EMPTY  # action code -> the wizard's label, where the platform's differs
    support: str = ""  # the platform's support, as the UI names it ("CrowdWorks support (事務局)")


_MODULES = {"crowdworks": "crowdworks", "coconala": "coconala", "upwork": "upwork", "fiverr": "fiverr"}


@cache
def _factory(platform: str) -> Callable[[], Words] | None:
    name = _MODULES.get(platform)
    if name is None:
        return None
    try:
        module = importlib.import_module(f"companion.ui.platforms.{name}")
    except ModuleNotFoundError:
        return None
    factory: Callable[[], Words] = module.WORDS
    return factory


_EMPTY_WORDS = Words()
_CACHE: dict[tuple[str, str], Words] = {}


def words(platform: str | None) -> Words:
    """The platform's own words (translated in the current language); empty for Lancers and
    platforms without a module (ui/text.py's texts are Lancers'). Made once per platform and
    language: the list asks for them for every cell it paints."""
    factory = _factory(platform) if platform else None
    if factory is None or platform is None:
        return _EMPTY_WORDS
    from PySide6.QtCore import QCoreApplication

    key = (platform, QCoreApplication.translate("Labels", "Worker"))  # (changes with the language)
    cached = _CACHE.get(key)
    if cached is None:
        cached = _CACHE[key] = factory()
    return cached
