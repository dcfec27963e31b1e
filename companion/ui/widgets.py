"""Small shared widget helpers: inline errors, date-time conversion, safe labels."""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QDateTime

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

ERROR_STYLE = "color: #a4000f; font-weight: bold;"
FIELD_ERROR_STYLE = "border: 2px solid #c0392b;"


def plain_label(value: str = "", parent: QWidget | None = None, *, wrap: bool = False, selectable: bool = False) -> QLabel:
    """A label that never interprets its text as rich text (user data is plain text).

    ``selectable``: the user can select and copy the text (their own free text: a title, a name,
    notes). Not by default: a selectable label carries a whole text document and editor
    behind it, several times the cost of a label, and app-made values need no copying.
    """
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(value)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    label = plain_label("", parent, wrap=True)
    label.setStyleSheet(ERROR_STYLE)
    label.setObjectName("inlineError")
    label.setAccessibleName("error")
    label.hide()
    return label


def to_qdatetime(when: datetime, tz: tzinfo) -> QDateTime:
    from PySide6.QtCore import QDate, QDateTime, QTime  # the dialogs', not the start's

    local = when.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime, tz: tzinfo) -> datetime:
    d, t = value.date(), value.time()
    naive = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())
    return naive.replace(tzinfo=tz)


def mark_field(widget: QWidget | None, bad: bool) -> None:
    if widget is not None:
        widget.setStyleSheet(FIELD_ERROR_STYLE if bad else "")


def literal_tooltip(value: str) -> str:
    """A tooltip that shows user text literally: Qt guesses rich text in tooltips, so the text
    is escaped and marked as rich text explicitly (line breaks kept)."""
    if not value:
        return ""
    if len(value) > 2000:
        value = value[:2000] + "…"
    return "<p style='white-space:pre-wrap'>" + escape_html(value) + "</p>"


def app_icon(attention: bool = False) -> QIcon:
    return QIcon(str(RESOURCES / ("icon-attention.svg" if attention else "icon.svg")))


def escape_html(value: str) -> str:
    """What html.escape does (that module loads a large entity table at start-up for nothing)."""
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;")
    )
