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
from companion.store.repo import MessageInput
from companion.ui import text
from companion.ui.project_dialog import validation_message
from companion.ui.widgets import error_label, from_qdatetime, mark_field, to_qdatetime


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
        self.set_now()

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
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(text.channel_label(code), code)
        offplatform = self.tr("Off-platform contact (email, chat) is kept in the history but does not count for the platform's 7-day silence clock.")
        rule = pack_for(self._platform).rule_for("offplatform")
        self.channel.setToolTip(offplatform + ("\n" + text.sources_text([rule]) if rule is not None else ""))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr("Optional: what was said"))
        self.no_reply = QCheckBox(self.tr("No reply needed (e.g. a simple thank-you)"))
        self.read_state = QComboBox()
        for code in READ_STATES:
            self.read_state.addItem(text.read_state_label(code), code)
        self.read_at = DateTimeField(now, tz)
        return direction_row

    def _build_layout(self, direction_row: QHBoxLayout) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Who"), direction_row)
        form.addRow(self.tr("&When"), self.when)
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("&Text"), self.body)
        form.addRow("", self.no_reply)
        form.addRow(self.tr("Read state"), self.read_state)
        form.addRow(self.tr("Read at"), self.read_at)
        self.error = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

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

    def accept(self) -> None:
        data = self.collect()
        widgets = {"at": self.when.edit, "read_at": self.read_at.edit, "text": self.body}
        for w in widgets.values():
            mark_field(w, False)
        try:
            if self._submit is not None:
                self._submit(data)
        except ValidationError as err:
            self.error.setText(validation_message(err))
            self.error.show()
            self.adjustSize()
            mark_field(widgets.get(err.field), True)
            return
        super().accept()


class MarkReadDialog(QDialog):
    """When did the counterparty read (既読) the message?"""

    def __init__(self, now: Callable[[], datetime], tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as read (既読)"))
        self._submit: Callable[[datetime], None] | None = None
        self.when = DateTimeField(now, tz)
        form = QFormLayout()
        form.addRow(self.tr("Read at"), self.when)
        self.error = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def set_submit(self, submit: Callable[[datetime], None]) -> None:
        self._submit = submit

    def accept(self) -> None:
        try:
            if self._submit is not None:
                self._submit(self.when.value())
        except ValidationError as err:
            self.error.setText(validation_message(err))
            self.error.show()
            self.adjustSize()
            return
        super().accept()
