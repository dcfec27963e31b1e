"""Log or edit a message, and mark a sent message read (既読)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.model.clock import ensure_utc
from companion.model.errors import ValidationError
from companion.model.rules import pack_for
from companion.model.vocab import CHANNELS, READ_STATES
from companion.store.reads import MessageRecord
from companion.store.repo import MessageInput, message_problems
from companion.ui import text
from companion.ui.project_dialog import validation_message
from companion.ui.widgets import (
    ErrorArea,
    from_qdatetime,
    is_marked,
    mark_field,
    submit_checked,
    to_qdatetime,
)


class DateTimeField(QWidget):
    """A date-time editor with a "Now" button, in the user's local time zone."""

    def __init__(self, now: Callable[[], datetime], tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._tz = tz
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.now_button = QPushButton(self.tr("Now"))
        self.now_button.clicked.connect(self.set_now)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.now_button)
        self.setFocusProxy(self.edit)  # (a label's mnemonic reaches the editor)
        self.set_now()

    def set_names(self, name: str, now_name: str = "") -> None:
        """Names for screen readers: the editor's (its form label, which points at this row, not
        at the editor) and the Now button's (each Now button says which time it sets)."""
        self.edit.setAccessibleName(name)
        self.now_button.setAccessibleName(now_name or self.tr("Set %1 to now").replace("%1", name))
        self.now_button.setToolTip(self.now_button.accessibleName())

    def set_now(self) -> None:
        self.set_value(self._now())
        self._exact = None  # "now" is the minute shown: typed times have no stray seconds

    def set_value(self, when: datetime) -> None:
        self._exact: datetime | None = when  # a stored time keeps its seconds while its minute is kept
        self.edit.setDateTime(to_qdatetime(when, self._tz))

    def value(self) -> datetime:
        shown = from_qdatetime(self.edit.dateTime(), self._tz).replace(second=0, microsecond=0)
        exact = self._exact
        if exact is not None and ensure_utc(exact).replace(second=0, microsecond=0) == ensure_utc(shown):
            return exact
        return shown


class MessageDialog(QDialog):
    def __init__(
        self,
        now: Callable[[], datetime],
        tz: tzinfo,
        parent: QWidget | None = None,
        message: MessageRecord | None = None,
        direction: str = "out",
        platform: str = "lancers",
    ) -> None:
        super().__init__(parent)
        self._platform = platform
        self._now = now
        self._stored_at = message.at if message is not None else None
        self.setWindowTitle(self.tr("Edit message") if message else self.tr("Log a message"))
        self.setMinimumWidth(480)
        self._submit: Callable[[MessageInput], None] | None = None

        direction_row = self._build_fields(now, tz)
        # An edited message keeps "read, time unknown" unless the user sets a time.
        self._read_at_known = message is None or message.read_at is not None
        self.read_at.edit.dateTimeChanged.connect(self._read_at_touched)
        self.read_at.now_button.clicked.connect(self._read_at_touched)
        self._build_layout(direction_row)
        self.sent.toggled.connect(self._sync)
        self.read_state.currentIndexChanged.connect(self._sync)
        if message is not None:
            self._load(message)
        else:
            (self.sent if direction == "out" else self.received).setChecked(True)
        self._sync()
        self.when.edit.dateTimeChanged.connect(self._recheck)
        self.read_at.edit.dateTimeChanged.connect(self._recheck)
        self.body.textChanged.connect(self._recheck)
        self.read_state.currentIndexChanged.connect(self._recheck)
        self.sent.toggled.connect(self._recheck)

    def _build_fields(self, now: Callable[[], datetime], tz: tzinfo) -> QHBoxLayout:
        """The editors; returns the row of the two directions."""
        self.sent = QRadioButton(self.tr("I sent it"))
        self.received = QRadioButton(self.tr("They sent it"))
        group = QButtonGroup(self)
        group.addButton(self.sent)
        group.addButton(self.received)
        direction_row = QHBoxLayout()
        direction_row.addWidget(self.sent)
        direction_row.addWidget(self.received)
        direction_row.addStretch(1)
        self.when = DateTimeField(now, tz)
        self.when.set_names(self.tr("When"), self.tr("Set When to now"))
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(text.channel_label(code), code)
        offplatform = self.tr("Off-platform contact (email, chat) is kept in the history but does not count for the platform's 7-day silence clock.")
        rule = pack_for(self._platform).rule_for("offplatform")
        self.channel.setToolTip(offplatform + ("\n" + text.sources_text([rule]) if rule is not None else ""))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr("Optional: what was said"))
        self.body.setAccessibleName(self.tr("Text"))
        self.no_reply = QCheckBox(self.tr("No reply needed (e.g. a simple thank-you)"))
        self.read_state = QComboBox()
        for code in READ_STATES:
            self.read_state.addItem(text.read_state_label(code), code)
        self.read_at = DateTimeField(now, tz)
        self.read_at.set_names(self.tr("Read at"), self.tr("Set Read at to now"))
        return direction_row

    def _build_layout(self, direction_row: QHBoxLayout) -> None:
        form = QFormLayout()
        # "Who": a mnemonic that reaches the direction chosen, and both directions say "Who"
        self.who_label = QLabel(self.tr("W&ho"))
        self.who_label.setBuddy(self.sent)
        for button in (self.sent, self.received):
            button.setAccessibleDescription(self.tr("Who sent the message"))
        self.sent.toggled.connect(lambda on: self.who_label.setBuddy(self.sent if on else self.received))
        form.addRow(self.who_label, direction_row)
        form.addRow(self.tr("&When"), self.when)
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("&Text"), self.body)
        form.addRow("", self.no_reply)
        form.addRow(self.tr("&Read state"), self.read_state)
        form.addRow(self.tr("Read &at"), self.read_at)
        # every problem at once, in a space kept for them: the buttons never move
        sample = [validation_message(ValidationError(f, c, "")) for f, c in (
            ("at", "in_future"), ("text", "too_long"), ("read_at", "read_before_sent"))]
        self.error_area = ErrorArea(2, self, sample=sample)
        self.error = self.error_area.label
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_area)
        layout.addWidget(self.buttons)

    def _load(self, message: MessageRecord) -> None:
        (self.sent if message.direction == "out" else self.received).setChecked(True)
        self.when.set_value(message.at)
        self.channel.setCurrentIndex(max(0, self.channel.findData(message.channel)))
        self.body.setPlainText(message.text)
        self.no_reply.setChecked(message.no_reply_needed)
        self.read_state.setCurrentIndex(max(0, self.read_state.findData(message.read_state)))
        if message.read_at:
            self.read_at.set_value(message.read_at)
        self._read_at_known = message.read_at is not None

    def _read_at_touched(self, *_: object) -> None:
        self._read_at_known = True

    def _sync(self) -> None:
        out = self.sent.isChecked()
        self.no_reply.setEnabled(not out)
        self.read_state.setEnabled(out)
        self.read_at.setEnabled(out and self.read_state.currentData() == "read")

    def set_submit(self, submit: Callable[[MessageInput], None]) -> None:
        self._submit = submit

    def collect(self) -> MessageInput:
        out = self.sent.isChecked()
        read_state = self.read_state.currentData() if out else "unknown"
        return MessageInput(
            at=self.when.value(),
            direction="out" if out else "in",
            channel=self.channel.currentData(),
            text=self.body.toPlainText(),
            no_reply_needed=(not out) and self.no_reply.isChecked(),
            read_state=read_state,
            read_at=self.read_at.value() if read_state == "read" and self._read_at_known else None,
        )

    def _fields(self) -> dict[str, QWidget]:
        """The fields a problem can be in, in the order of the form."""
        return {"at": self.when.edit, "text": self.body, "read_at": self.read_at.edit}

    def _problems(self) -> list[ValidationError]:
        return message_problems(self.collect(), self._now(), stored_at=self._stored_at)

    def _show_problems(self, problems: list[ValidationError]) -> None:
        fields = self._fields()
        order = list(fields)
        problems = sorted(problems, key=lambda e: order.index(e.field) if e.field in order else len(order))
        bad = {e.field: validation_message(e) for e in problems}
        for name, widget in fields.items():
            mark_field(widget, name in bad, bad.get(name, ""))
        self.error_area.show_problems([validation_message(e) for e in problems])

    def _recheck(self, *_: object) -> None:
        """A marked field that now holds a valid value loses its mark and its line at once."""
        fields = self._fields()
        if not any(is_marked(w) for w in fields.values()):
            return
        self._show_problems([e for e in self._problems() if e.field in fields and is_marked(fields[e.field])])

    def accept(self) -> None:
        data = self.collect()
        problems = submit_checked(self._problems(), self._submit, data)  # all at once (the store stops at the first)
        self._show_problems(problems)
        if problems:
            fields = self._fields()
            first = next((fields[e.field] for e in problems if e.field in fields), None)
            if first is not None:
                first.setFocus()
            return
        super().accept()


class MarkReadDialog(QDialog):
    """When did the counterparty read (既読) the message?"""

    def __init__(self, now: Callable[[], datetime], tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as read (既読)"))
        self._submit: Callable[[datetime], None] | None = None
        self.when = DateTimeField(now, tz)
        self.when.set_names(self.tr("Read at"), self.tr("Set Read at to now"))
        form = QFormLayout()
        form.addRow(self.tr("Read &at"), self.when)
        self.error_area = ErrorArea(2, self)
        self.error = self.error_area.label
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_area)
        layout.addWidget(buttons)

    def set_submit(self, submit: Callable[[datetime], None]) -> None:
        self._submit = submit

    def accept(self) -> None:
        try:
            if self._submit is not None:
                self._submit(self.when.value())
        except ValidationError as err:
            self.error_area.show_problems([validation_message(err)])
            mark_field(self.when.edit, err.field == "read_at", validation_message(err))
            return
        super().accept()
