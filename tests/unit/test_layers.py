"""The layers, read from the source (``ast``: nothing is imported or run).

- Widgets and the desktop integration (``companion/ui``, ``companion/desktop``) never touch the
  database directly: no ``peewee``, no ``sqlite3``, no ``companion.store.models`` (peewee models)
  and no ``companion.store.connection``. They read plain values (``companion.store.reads``,
  ``companion.store.messages``) and write through the controller.
- The model (``companion/model``) is pure: no ``companion.store``, no Qt, no database.

An import inside a function counts as much as one at the top, and so does a module named to
``lazy_module(...)`` or ``importlib.import_module(...)``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

WIDGET_LAYERS = ("companion/ui", "companion/desktop")
WIDGETS_NEVER = ("peewee", "sqlite3", "companion.store.models", "companion.store.connection")
MODEL_NEVER = ("companion.store", "PySide6", "shiboken6", "peewee", "sqlite3")

# Imports that break a rule today, each with who is to remove it. An entry that no longer
# matches an import fails the test too: delete it once the import is gone.
KNOWN: dict[tuple[str, str], str] = {}


def imports(path: Path, package: str = "") -> Iterator[tuple[int, str]]:
    """(line, module) for every module ``path`` imports; ``from a.b import c`` yields ``a.b``
    and ``a.b.c`` (``c`` may be a module). ``package``: where a relative import starts."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            yield node.lineno, module
            for alias in node.names:
                yield node.lineno, f"{module}.{alias.name}"
        elif isinstance(node, ast.Call) and _call_name(node.func) in ("lazy_module", "import_module") and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield node.lineno, first.value


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _is(module: str, banned: str) -> bool:
    return module == banned or module.startswith(banned + ".")


def violations(layers: tuple[str, ...], banned: tuple[str, ...]) -> dict[tuple[str, str], list[int]]:
    """{(file, banned module): [lines]} for every file under ``layers``."""
    found: dict[tuple[str, str], list[int]] = {}
    for layer in layers:
        for path in sorted((ROOT / layer).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            package = ".".join(path.relative_to(ROOT).parent.parts)
            for line, module in imports(path, package):
                for rule in banned:
                    if _is(module, rule):
                        found.setdefault((name, rule), []).append(line)
    return found


def _report(found: dict[tuple[str, str], list[int]]) -> str:
    return "\n".join(f"{name}:{lines[0]} imports {rule}" for (name, rule), lines in sorted(found.items()))


def test_widgets_never_touch_the_database() -> None:
    found = violations(WIDGET_LAYERS, WIDGETS_NEVER)
    new = {key: lines for key, lines in found.items() if key not in KNOWN}
    assert not new, "read plain values from companion.store.reads / .messages instead:\n" + _report(new)


def test_the_model_is_pure() -> None:
    found = violations(("companion/model",), MODEL_NEVER)
    new = {key: lines for key, lines in found.items() if key not in KNOWN}
    assert not new, "companion/model is pure Python (no store, no Qt, no database):\n" + _report(new)


def test_every_known_exception_is_still_needed() -> None:
    found = violations(WIDGET_LAYERS, WIDGETS_NEVER) | violations(("companion/model",), MODEL_NEVER)
    stale = [f"{name} no longer imports {rule}: remove it from KNOWN" for name, rule in KNOWN if (name, rule) not in found]
    assert not stale, "\n".join(stale)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import sqlite3", ["sqlite3"]),
        ("from companion.store import models", ["companion.store.models"]),
        ("from companion.store.models import Message", ["companion.store.models"]),
        ("def f():\n    from peewee import fn", ["peewee"]),
        ("repo = lazy_module('companion.store.connection')", ["companion.store.connection"]),
        ("import importlib\nm = importlib.import_module('peewee')", ["peewee"]),
        ("from companion.store import reads, messages", []),
        ("from companion.store.reads import MessageRecord", []),
        ("from . import text", []),
        ("from ..store import models", ["companion.store.models"]),
        ("from ..store.connection import connection", ["companion.store.connection"]),
        ("from .. import store", []),
    ],
)
def test_the_check_sees_every_way_of_importing(tmp_path: Path, source: str, expected: list[str]) -> None:
    path = tmp_path / "module.py"
    path.write_text(source, encoding="utf-8")
    found = imports(path, "companion.ui")
    seen = sorted({rule for _, module in found for rule in WIDGETS_NEVER if _is(module, rule)})
    assert seen == expected


# --- size --------------------------------------------------------------------------------------

MAX_FUNCTION_LINES = 100


def test_no_function_in_the_app_is_longer_than_a_screenful_or_two():
    """Long functions were where start-up wiring and policy hid (app.run was 249 lines); the
    complexity limit (ruff C90, 15) catches the branchy ones, this the long ones."""
    long = []
    for path in sorted((ROOT / "companion").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines} lines)")
    assert long == []
