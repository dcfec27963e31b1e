"""Small shared widget helpers: inline errors, date-time conversion, safe labels, message boxes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QDateTime, QEvent, QUrl
    from PySide6.QtWidgets import QMessageBox

    from companion.model.errors import ValidationError

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

# The colours of errors and warnings, as (on a light background, on a dark one): the one that
# suits the palette is taken, and darkened or lightened further if the palette needs it, so the
# text reads at 4.5:1 or more in any theme (WCAG 2 AA). Applied through the palette, not style
# sheets, and again when the palette changes (a dark theme switched on while the app runs).
ERROR_COLOURS = ("#a4000f", "#ff8a80")
WARNING_COLOURS = ("#8a4b00", "#ffb74d")
MIN_CONTRAST = 4.5


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an sRGB colour (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio (1 … 21)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def is_dark(background: QColor) -> bool:
    """Light text reads better than dark text on ``background`` (the luminance where both are equal)."""
    return relative_luminance(background) < 0.179


def readable(colours: tuple[str, str], background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """The colour of ``colours`` (for light, for dark backgrounds) that suits ``background``,
    moved towards black or white until it has ``minimum`` contrast with it."""
    dark = is_dark(background)
    colour = QColor(colours[1] if dark else colours[0])
    target = QColor("#ffffff" if dark else "#000000")
    for step in range(1, 11):
        if contrast_ratio(colour, background) >= minimum:
            break
        t = step / 10
        base = QColor(colours[1] if dark else colours[0])
        colour = QColor.fromRgbF(
            base.redF() + (target.redF() - base.redF()) * t,
            base.greenF() + (target.greenF() - base.greenF()) * t,
            base.blueF() + (target.blueF() - base.blueF()) * t,
        )
    return colour


def error_colour(palette: QPalette) -> QColor:
    """Error text on the palette's window colour."""
    return readable(ERROR_COLOURS, palette.color(QPalette.ColorRole.Window))


def warning_colour(palette: QPalette) -> QColor:
    """Warning text on the palette's window colour."""
    return readable(WARNING_COLOURS, palette.color(QPalette.ColorRole.Window))


def field_error_colour(palette: QPalette) -> QColor:
    """The border of a field in error, on the field's own background (its base colour)."""
    return readable(ERROR_COLOURS, palette.color(QPalette.ColorRole.Base))


class _Tone(QObject):
    """Keeps a widget's text in the error or warning colour of its palette, also after the
    palette changes."""

    def __init__(self, widget: QWidget, kind: str) -> None:
        super().__init__(widget)
        self._widget = widget
        self.kind = kind
        widget.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        palette = self._widget.palette()
        colour = error_colour(palette) if self.kind == "error" else warning_colour(palette)
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self._widget.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() in (QtCore.QEvent.Type.PaletteChange, QtCore.QEvent.Type.ApplicationPaletteChange):
            self.apply()
        return False


def set_tone(widget: QWidget, kind: str, *, bold: bool = False) -> None:
    """Show ``widget``'s text as an error (``kind`` "error") or a warning ("warning"), in the
    colour of its palette, kept when the palette changes."""
    tone = widget.findChild(_Tone, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if tone is None:
        _Tone(widget, kind)
    else:
        tone.kind = kind
        tone.apply()
    if bold:
        font = widget.font()
        font.setBold(True)
        widget.setFont(font)


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
    """Where a form says what is wrong: bold, in the palette's error colour; hidden until then."""
    from PySide6.QtCore import QCoreApplication

    label = plain_label("", parent, wrap=True)
    set_tone(label, "error", bold=True)
    label.setObjectName("inlineError")
    label.setAccessibleName(QCoreApplication.translate("Widgets", "Problems"))
    label.hide()
    return label


class ErrorArea(QtWidgets.QScrollArea):
    """An :func:`error_label` in a space kept for it, so that what is under it (the dialog's
    buttons) never moves when problems are shown: ``lines`` lines, or as much as ``sample`` (the
    most problems the form can show at once) takes at the area's width; more scroll."""

    def __init__(self, lines: int = 2, parent: QWidget | None = None, *, sample: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setAutoFillBackground(False)
        self.label = error_label()
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.label)
        self._lines = lines
        self._sample = "\n".join(sample or [])
        self._reserve()

    def _reserve(self) -> None:
        """Keep the height the sample needs at the width there is (changes only with the width)."""
        height = self.label.fontMetrics().lineSpacing() * self._lines
        if self._sample:
            probe = QLabel()
            probe.setWordWrap(True)
            probe.setFont(self.label.font())
            probe.setText(self._sample)
            margins = self.label.contentsMargins()
            # (before it is laid out: the width of the dialog at its narrowest, less its margins)
            width = self.viewport().width() if self.isVisible() else max(self.window().minimumWidth() - 24, 200)
            height = max(height, probe.heightForWidth(width) + margins.top() + margins.bottom())
        height += 2 * self.frameWidth() + 2
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._reserve()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._reserve()

    def show_problems(self, lines: list[str]) -> None:
        """Show ``lines`` (none: hide the text; the space stays)."""
        self.label.setText("\n".join(lines))
        self.label.setVisible(bool(lines))
        self.verticalScrollBar().setValue(0)


def to_qdatetime(when: datetime, tz: tzinfo) -> QDateTime:
    from PySide6.QtCore import QDate, QDateTime, QTime  # the dialogs', not the start's

    local = when.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime, tz: tzinfo) -> datetime:
    d, t = value.date(), value.time()
    naive = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())
    return naive.replace(tzinfo=tz)


class _FieldMark(QWidget):
    """A field's error border: drawn over the field (not a style sheet, which would take the
    field out of the style and keep its colours when the palette changes), in the error colour
    of the field's palette at each paint."""

    def __init__(self, field: QWidget) -> None:
        super().__init__(field)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        field.installEventFilter(self)
        self.setGeometry(field.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QtCore.QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def paintEvent(self, event: object) -> None:
        from PySide6.QtGui import QPainter, QPen

        painter = QPainter(self)
        pen = QPen(field_error_colour(self.parentWidget().palette()), 2)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()


def mark_field(widget: QWidget | None, bad: bool, message: str = "") -> None:
    """Mark ``widget`` as in error (a border), or clear the mark; ``message``: what is wrong,
    also for screen readers (its accessible description)."""
    if widget is None:
        return
    mark = widget.findChild(_FieldMark, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if mark is None and bad:
        mark = _FieldMark(widget)
    if mark is not None:
        mark.setVisible(bad)
        mark.raise_()
        mark.update()
    widget.setAccessibleDescription(message if bad else "")


def is_marked(widget: QWidget) -> bool:
    """Whether :func:`mark_field` marks ``widget`` as in error now."""
    mark = widget.findChild(_FieldMark, "", Qt.FindChildOption.FindDirectChildrenOnly)
    return mark is not None and not mark.isHidden()


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

    qurl = checked_url(url)
    if qurl is None:
        message_box(parent, QCoreApplication.translate("Widgets", "Cannot open"), QCoreApplication.translate(
            "Widgets", "Only http:// and https:// addresses with a plain host name are opened."))
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


# --- message boxes ----------------------------------------------------------------------------------
# Their text is always plain: messages often carry text from a file or the user (a title, a path,
# an import problem), never to be read as markup. QtWidgets is reached through the module, so
# QMessageBox's bindings are made when a box is first shown, not at start-up.


def plain_box(parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon | None = None) -> QMessageBox:
    """A message box (OK only) showing ``text`` as plain text; ``icon`` None: no icon."""
    box = QtWidgets.QMessageBox(parent)
    if icon is not None:
        box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def message_box(parent: QWidget | None, title: str, text: str, *, warning: bool = True, details: str = "") -> None:
    """A warning (or information) box; ``details``: more text behind a "Show Details" button."""
    icon = QtWidgets.QMessageBox.Icon
    box = plain_box(parent, title, text, icon.Warning if warning else icon.Information)
    if details:
        box.setDetailedText(details)
    box.exec()


def ask(
    parent: QWidget | None, title: str, text: str, *, informative: str = "", warning: bool = False,
    safe_default: bool = True,
) -> bool:
    """Yes or Cancel: whether the user said yes. ``safe_default``: Cancel is the default button
    (Enter does not confirm something that cannot be undone); else Qt picks Yes.
    ``informative``: the app's own second line, under the question."""
    buttons = QtWidgets.QMessageBox.StandardButton
    icon = QtWidgets.QMessageBox.Icon
    box = plain_box(parent, title, text, icon.Warning if warning else icon.Question)
    if informative:
        box.setInformativeText(informative)
    box.setStandardButtons(buttons.Yes | buttons.Cancel)
    if safe_default:
        box.setDefaultButton(buttons.Cancel)
    return bool(box.exec() == buttons.Yes)


def notice(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A warning that does not block: shown with ``open()``, the app keeps running and showing
    its data meanwhile. Returns the box (it closes itself)."""
    box = plain_box(parent, title, text, QtWidgets.QMessageBox.Icon.Warning)
    box.open()
    return box


class MessageBar(QtWidgets.QFrame):
    """A confirmation where the eye is (as KDE's KMessageWidget): "Backed up to …", with the
    path and an Open folder button, above the list until closed or replaced. The status bar may
    be off screen or its message gone by the time the user looks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Confirmation"))
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.open_button = QtWidgets.QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        layout.addWidget(self.open_button)
        self.close_button = QtWidgets.QToolButton()
        self.close_button.setText("×")
        self.close_button.setAccessibleName(self.tr("Close the confirmation"))
        self.close_button.setToolTip(self.tr("Close the confirmation"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self.folder: Path | None = None
        self.hide()

    def show_message(self, message: str, folder: Path | None = None) -> None:
        self.label.setText(message)
        self.folder = folder
        self.open_button.setVisible(folder is not None)
        self.open_button.setAccessibleName(self.tr("Open folder %1").replace("%1", str(folder)) if folder else "")
        self.show()

    def open_folder(self) -> bool:
        """The folder in the file manager (a local file URL: nothing leaves the machine)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.folder is None:
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))))


class ElidedLabel(QLabel):
    """One line of text, cut with "…" to the width it has; the whole text in its tooltip and
    for screen readers. For secondary text that must not take the room of what matters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)

    def set_full_text(self, value: str, tooltip: str = "") -> None:
        self._full = value
        self.setToolTip(tooltip or literal_tooltip(value))
        self.setAccessibleName(value)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        line = " ".join(self._full.split())
        self.setText(self.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, max(self.width(), 40)))

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._elide()


def submit_checked(problems: list[ValidationError], submit: Callable[[Any], object] | None, data: Any) -> list[ValidationError]:
    """A dialog's OK: with no problem found, hand ``data`` to ``submit``; the store's own
    refusal then becomes the one problem. Returns what is left to show (nothing: accepted)."""
    from companion.model.errors import ValidationError

    if problems:
        return problems
    try:
        if submit is not None:
            submit(data)
    except ValidationError as err:
        return [err]
    return []
