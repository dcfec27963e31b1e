"""Recording reminder requests (連絡催促申請): one filed against the user, and what became of one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.model.errors import ValidationError
from companion.ui.message_dialog import DateTimeField
from companion.ui.project_dialog import validation_message
from companion.ui.widgets import ErrorArea, plain_label, set_tone


class RequestAgainstDialog(QDialog):
    """``hint``: why the project as recorded could not have one (its stage, say): shown, not refused."""

    def __init__(
        self, now: Callable[[], datetime], tz: tzinfo, parent: QWidget | None = None, *, hint: str | None = None,
        routes: list[tuple[str, str]] | None = None,
    ) -> None:
        """``routes``: (code, name) of the requests the other side can file on this platform,
        the main one first; a choice is shown when there is more than one."""
        super().__init__(parent)
        self.setMinimumWidth(520)
        self.route = QComboBox()
        for code, name in routes or []:
            self.route.addItem(name, code)
        self.setWindowTitle(self.tr("A reminder request was filed against me"))
        self._submit: Callable[[datetime, str], None] | None = None
        layout = QVBoxLayout(self)
        lancers = not routes or routes[0][0] == "lancers_reminder_request"
        intro = self.tr(
            "The other side filed a reminder request (連絡催促申請). You have 7 days from its filing to answer on the platform. "
            "When was it filed (see the platform's notice)?") if lancers else self.tr(
            "The other side filed a formal request against you on the platform. Which one, and when (see the platform's "
            "notice)? The app then counts its clock and says what happens if you do not answer.")
        layout.addWidget(plain_label(intro, wrap=True))
        self.when = DateTimeField(now, tz)
        self.when.set_names(self.tr("Filed at"), self.tr("Set Filed at to now"))
        form = QFormLayout()
        if self.route.count() > 1:
            form.addRow(self.tr("&Which request"), self.route)
        form.addRow(self.tr("&Filed at"), self.when)
        layout.addLayout(form)
        self.hint = plain_label("⚠ " + hint if hint else "", wrap=True)
        set_tone(self.hint, "warning")
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        self.error_area = ErrorArea(2, self)
        self.error = self.error_area.label
        layout.addWidget(self.error_area)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_submit(self, submit: Callable[[datetime, str], None]) -> None:
        self._submit = submit

    def chosen_route(self) -> str:
        return str(self.route.currentData() or "") if self.route.count() else ""

    def accept(self) -> None:
        try:
            if self._submit is not None:
                self._submit(self.when.value(), self.chosen_route())
        except ValidationError as err:
            self.error_area.show_problems([
                self.tr("A reminder request is already open for this project.") if err.code == "request_open" else validation_message(err)
            ])
            return
        super().accept()


class RequestOutcomeDialog(QDialog):
    """What became of a request. "They answered" (or "I answered") is a reply in the messages:
    the dialog asks when it came, and the answer is logged as that message."""

    def __init__(
        self, side: str, parent: QWidget | None = None, problems: dict[str, str] | None = None,
        *, now: Callable[[], datetime] | None = None, tz: tzinfo | None = None, lancers: bool = True,
        by_message: bool = True,
    ) -> None:
        """``lancers``: offer Lancers' outcomes decided by support (payment confirmed, escrow
        cancelled); elsewhere "the platform applied the outcome" stands for them. ``by_message``:
        the request is answered by a reply in the messages (else on the platform: accepted or
        disputed)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("What happened to the request?"))
        self.setMinimumWidth(520)
        self._submit: Callable[[str, datetime | None], None] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            self.tr("What became of the reminder request (連絡催促申請)? Record it so the timers stop or move on."),
            wrap=True,
        ))
        self.group = QButtonGroup(self)
        answered = (self.tr("They answered: the request is cleared") if side == "user" else self.tr("I answered: the request is cleared")) \
            if by_message else (self.tr("They answered it on the platform (accepted or disputed)") if side == "user"
                                else self.tr("I answered it on the platform (accepted or disputed)"))
        choices = [("answered", answered)]
        if lancers:
            choices += [
                ("deadline_passed", self.tr("The deadline passed: support is reviewing")),
                ("payment_confirmed", self.tr("Support confirmed the payment (支払い確定)")),
                ("escrow_cancelled", self.tr("Support cancelled the escrow (仮払いキャンセル)")),
            ]
        else:
            choices.append(("deadline_passed", self.tr("Its time is over: waiting to see what the platform does")))
        choices.append(("withdrawn", self.tr("The request was withdrawn")))
        reasons = {
            "deadline_not_passed": self.tr("Not yet: the 7-day deadline has not passed.") if lancers
            else self.tr("Not yet: its time is not over."),
            "needs_completion_report": self.tr("Only after a completion report (仕事完了報告)."),
            "needs_escrow_before_completion": self.tr("Only while escrow is funded and completion is not reported."),
        }
        for i, (code, label) in enumerate(choices):
            button = QRadioButton(label)
            button.setProperty("status", code)
            problem = (problems or {}).get(code)
            if problem:
                button.setEnabled(False)
                button.setToolTip(reasons.get(problem, problem))
                button.setText(f"{label} — {reasons.get(problem, problem)}")
            self.group.addButton(button, i)
            layout.addWidget(button)
        self.group.buttons()[0].setChecked(True)
        self.answered_at: DateTimeField | None = None
        if now is not None and tz is not None:
            self.answered_at = DateTimeField(now, tz)
            answer_label = self.tr("Their answer came at") if side == "user" else self.tr("My answer was sent at")
            self.answered_at.set_names(answer_label)
            self.answered_form = QWidget()
            form = QFormLayout(self.answered_form)
            form.setContentsMargins(24, 0, 0, 0)
            form.addRow(answer_label, self.answered_at)
            if by_message:
                note = plain_label(self.tr("It is logged as a platform message, so the silence timers restart from it."), wrap=True)
                form.addRow(note)
            layout.addWidget(self.answered_form)
            self.group.buttonToggled.connect(lambda *_: self.answered_form.setVisible(self.chosen() == "answered"))
        self.error_area = ErrorArea(2, self)
        self.error = self.error_area.label
        layout.addWidget(self.error_area)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_submit(self, submit: Callable[[str, datetime | None], None]) -> None:
        self._submit = submit

    def chosen(self) -> str:
        button = self.group.checkedButton()
        return str(button.property("status")) if button is not None else "answered"

    def accept(self) -> None:
        status = self.chosen()
        at = self.answered_at.value() if status == "answered" and self.answered_at is not None else None
        try:
            if self._submit is not None:
                self._submit(status, at)
        except ValidationError as err:
            self.error_area.show_problems([validation_message(err)])
            return
        super().accept()


class TimeDialog(QDialog):
    """One instant to record or correct (when the project entered its stage, when they were last
    seen online); ``optional``: "not known" clears it."""

    def __init__(
        self, title: str, explanation: str, label: str, now: Callable[[], datetime], tz: tzinfo,
        value: datetime | None, parent: QWidget | None = None, *, optional: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._submit: Callable[[datetime | None], None] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(explanation, wrap=True))
        self.when = DateTimeField(now, tz)
        if value is not None:
            self.when.set_value(value)
        self.when.set_names(label)
        form = QFormLayout()
        form.addRow(label, self.when)
        layout.addLayout(form)
        self.unknown = QRadioButton(self.tr("Not known"))
        self.unknown.setAutoExclusive(False)
        self.unknown.setVisible(optional)
        self.unknown.toggled.connect(lambda on: self.when.setEnabled(not on))
        layout.addWidget(self.unknown)
        self.error_area = ErrorArea(2, self)
        self.error = self.error_area.label
        layout.addWidget(self.error_area)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_submit(self, submit: Callable[[datetime | None], None]) -> None:
        self._submit = submit

    def accept(self) -> None:
        try:
            if self._submit is not None:
                self._submit(None if self.unknown.isChecked() else self.when.value())
        except ValidationError as err:
            self.error_area.show_problems([validation_message(err)])
            return
        super().accept()
