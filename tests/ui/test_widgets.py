"""The shared message boxes: text always plain, the safe answer by default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from companion.ui.widgets import ask, message_box, notice

HOSTILE = "<b>bold</b> <a href='file:///etc/passwd'>x</a>"


def shown_boxes(monkeypatch, answer: QMessageBox.StandardButton) -> list[QMessageBox]:
    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: (seen.append(box), answer)[1])
    return seen


def test_ask_says_what_the_user_answered_and_defaults_to_cancel(qapp, monkeypatch):
    seen = shown_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    assert ask(None, "Delete", HOSTILE, informative="It cannot be undone.") is True
    box = seen[-1]
    assert (box.text(), box.textFormat(), box.icon()) == (HOSTILE, Qt.TextFormat.PlainText, QMessageBox.Icon.Question)
    assert box.informativeText() == "It cannot be undone."
    assert box.standardButtons() == QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert ask(None, "Delete", "x", warning=True) is True and seen[-1].icon() == QMessageBox.Icon.Warning
    shown_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert ask(None, "Delete", "x") is False


def test_ask_can_leave_the_default_to_qt(qapp, monkeypatch):
    seen = shown_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    ask(None, "Import", "Import 3 projects?", safe_default=False)
    assert seen[-1].defaultButton() is None


def test_message_box_and_notice_show_text_as_plain_text(qapp, monkeypatch):
    seen = shown_boxes(monkeypatch, QMessageBox.StandardButton.Ok)
    message_box(None, "Import", HOSTILE, details="line 1\nline 2")
    box = seen[-1]
    assert (box.text(), box.textFormat(), box.icon()) == (HOSTILE, Qt.TextFormat.PlainText, QMessageBox.Icon.Warning)
    assert box.detailedText() == "line 1\nline 2"
    message_box(None, "Demo", "x", warning=False)
    assert seen[-1].icon() == QMessageBox.Icon.Information
    opened = notice(None, "Not saved", HOSTILE)  # does not block
    try:
        assert opened.isVisible() and opened.textFormat() == Qt.TextFormat.PlainText and opened.text() == HOSTILE
        assert len(seen) == 2  # (not through exec)
    finally:
        opened.close()
