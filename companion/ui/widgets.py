"""Small shared widget helpers: inline errors, date-time conversion, safe labels."""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QDateTime, QUrl

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


def checked_url(url: str) -> QUrl | None:
    """The project page as Qt will open it, or None. The address passes the one check
    (:func:`companion.model.safety.normalise_url`), and Qt's strict parser must read the same
    scheme and host from it: what is shown is what is reached."""
    from PySide6.QtCore import QUrl

    from companion.model.safety import normalise_url, url_host

    normal = normalise_url(url)
    if normal is None:
        return None
    qurl = QUrl(normal, QUrl.ParsingMode.StrictMode)
    host = qurl.host(QUrl.ComponentFormattingOption.EncodeUnicode)  # (punycode, as reached)
    if not qurl.isValid() or qurl.scheme() not in ("http", "https") or host != url_host(normal):
        return None
    return qurl


def open_project_page(parent: QWidget | None, url: str) -> bool:
    """Open ``url`` in the browser if it passes :func:`checked_url`; else say why, and do nothing."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    qurl = checked_url(url)
    if qurl is None:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Widgets", "Cannot open"),
                          QCoreApplication.translate(
                              "Widgets", "Only http:// and https:// addresses with a plain host name are opened."),
                          QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return False
    QDesktopServices.openUrl(qurl)
    return True


def url_tooltip(url: str) -> str:
    """The address that "Open project page" reaches (punycode host, encoded spaces), and the
    address as typed where it differs; user text shown literally."""
    from PySide6.QtCore import QCoreApplication

    from companion.model.safety import neutralise

    if not url:
        return ""
    qurl = checked_url(url)
    typed = neutralise(url.strip())
    if qurl is None:
        return literal_tooltip(typed + "\n" + QCoreApplication.translate("Widgets", "(cannot be opened)"))
    reached = bytes(qurl.toEncoded()).decode("ascii")
    if reached == typed:
        return literal_tooltip(reached)
    return literal_tooltip(reached + "\n" + QCoreApplication.translate("Widgets", "as typed: %1").replace("%1", typed))


def message_box(parent: QWidget | None, title: str, text: str, *, warning: bool = True) -> None:
    """A warning (or information) box whose text is always plain: messages often carry text
    from a file or the user (a path, an import problem), never to be read as markup."""
    from PySide6.QtWidgets import QMessageBox

    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
