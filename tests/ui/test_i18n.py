"""Japanese and English: the translations load, and durations are localised."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from companion.ui import i18n, text
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


def test_every_string_is_translated():
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    import ts_tool

    for ts in (ROOT / "resources" / "translations").glob("companion_*.ts"):
        assert ts_tool.unfinished(ts) == [], ts.name


def test_system_language(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert i18n.system_language() == "ja"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert i18n.system_language() == "en"
