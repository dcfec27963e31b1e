"""Japanese and English: the translations load, and durations are localised."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from companion.desktop import i18n
from companion.ui import text
from companion.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_japanese_window(qapp, qtbot, controller):
    assert i18n.install(qapp, "ja")
    try:
        w = MainWindow(controller)
        qtbot.addWidget(w)
        assert w.windowTitle() == "連絡コンパニオン"
        assert w.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "プロジェクト"
        assert text.format_duration(timedelta(days=3, hours=4)) == "3日4時間"
        assert text.format_duration(timedelta(minutes=5)) == "5分"
    finally:
        i18n.install(qapp, "en")
    assert text.format_duration(timedelta(days=3, hours=4)) == "3 d 4 h"


def _toolbar_buttons(window: MainWindow) -> dict[str, str]:
    from PySide6.QtWidgets import QToolBar, QToolButton

    bar = window.findChild(QToolBar, "mainToolbar")
    return {b.defaultAction().text(): b.text() for b in bar.findChildren(QToolButton) if b.defaultAction()}


def test_japanese_toolbar_has_no_access_key_suffixes(qapp, qtbot, controller):
    """Menus keep 新規案件(&N); the toolbar's buttons read 新規案件, and follow a later change of
    the action's text."""
    import re

    assert i18n.install(qapp, "ja")
    try:
        w = MainWindow(controller)
        qtbot.addWidget(w)
        buttons = _toolbar_buttons(w)
        assert len(buttons) >= 8
        assert any(re.search(r"\(&[A-Z]\)", menu) for menu in buttons)  # the menus do have them
        for label in buttons.values():
            assert label and not re.search(r"\([A-Z]\)|&|…$", label), label
        w.act_archive.setText("アーカイブから戻す(&R)")
        assert _toolbar_buttons(w)["アーカイブから戻す(&R)"] == "アーカイブから戻す"
    finally:
        i18n.install(qapp, "en")


def test_button_text():
    from companion.ui.main_window import button_text

    assert button_text("新規案件(&N)…") == "新規案件"
    assert button_text("送信を記録 (&S)...") == "送信を記録"
    assert button_text("&New project…") == "New project"
    assert button_text("Q&&A") == "Q&A"
    assert button_text("Restore from archive") == "Restore from archive"


def test_every_string_is_translated():
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    import ts_tool

    for ts in (ROOT / "resources" / "translations").glob("companion_*.ts"):
        assert ts_tool.unfinished(ts) == [], ts.name


def test_translation_files_match_the_code(tmp_path):
    """Every string in the code is in the .ts files (and nothing stale): re-extract and compare."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate is part of PySide6 and must be installed"

    def messages(path):
        root = ET.parse(path).getroot()
        return {
            (ctx.findtext("name"), m.findtext("source"))
            for ctx in root.iter("context")
            for m in ctx.iter("message")
            if (m.find("translation") is None or m.find("translation").get("type") not in ("obsolete", "vanished"))
        }

    committed = ROOT / "resources" / "translations" / "companion_ja.ts"
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, "-extensions", "py", str(ROOT / "companion"), "-source-language", "en", "-target-language", "ja", "-no-obsolete", "-ts", str(fresh)],
        check=True, capture_output=True,
    )
    missing = messages(fresh) - messages(committed)
    stale = messages(committed) - messages(fresh)
    assert not missing, f"run `make i18n-update` and translate: {sorted(missing)[:10]}"
    assert not stale, f"run `make i18n-update`: {sorted(stale)[:10]}"


def test_system_language(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert i18n.system_language() == "ja"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert i18n.system_language() == "en"
