"""Add / edit a project."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.model.errors import ValidationError
from companion.model.vocab import CONTRACT_TYPES, PLATFORMS, ROLES, STAGES
from companion.store.reads import ProjectRow
from companion.store.repo import ProjectInput, project_problems
from companion.ui import text
from companion.ui.widgets import (
    ErrorArea,
    from_qdatetime,
    is_marked,
    mark_field,
    submit_checked,
    to_qdatetime,
)


def validation_message(err: ValidationError) -> str:
    """The translated, user-facing sentence for a validation error: what is wrong, and where."""
    fields = {
        "title": QCoreApplication.translate("Validation", "Title"),
        "url": QCoreApplication.translate("Validation", "Project page URL"),
        "amount": QCoreApplication.translate("Validation", "Amount"),
        "currency": QCoreApplication.translate("Validation", "Currency"),
        "start_date": QCoreApplication.translate("Validation", "Start date"),
        "at": QCoreApplication.translate("Validation", "When"),
        "filed_at": QCoreApplication.translate("Validation", "Filed at"),
        "status": QCoreApplication.translate("Validation", "Outcome"),
        "storage": QCoreApplication.translate("Validation", "Not saved"),
        "read_at": QCoreApplication.translate("Validation", "Read at"),
        "text": QCoreApplication.translate("Validation", "Text"),
        "stage_entered_at": QCoreApplication.translate("Validation", "In this stage since"),
        "counterparty_last_seen_at": QCoreApplication.translate("Validation", "Last seen online"),
    }
    problems = {
        "required": QCoreApplication.translate("Validation", "This field is required."),
        "bad_url": QCoreApplication.translate("Validation", "Only web addresses starting with http:// or https:// are allowed."),
        "not_a_number": QCoreApplication.translate("Validation", "Enter a number, for example 30000."),
        "out_of_range": QCoreApplication.translate("Validation", "Enter an amount of 0 or more."),
        "bad_currency": QCoreApplication.translate("Validation", "Use a 3-letter currency code such as JPY or USD."),
        "in_future": QCoreApplication.translate("Validation", "The time cannot be in the future."),
        "read_before_sent": QCoreApplication.translate("Validation", "A message cannot be read before it was sent."),
        "too_long": QCoreApplication.translate("Validation", "The text is too long."),
        "too_old": QCoreApplication.translate("Validation", "The date is before the year 2000: please check it."),
        "date_out_of_range": QCoreApplication.translate("Validation", "Enter a date between the year 2000 and 2999."),
        "deadline_not_passed": QCoreApplication.translate("Validation", "The 7-day deadline has not passed yet."),
        "disk_full": QCoreApplication.translate("Validation", "The disk is full. Nothing was changed: free some space and try again."),
        "read_only": QCoreApplication.translate("Validation", "The data folder cannot be written (read-only or no permission). Nothing was changed."),
        "storage_failed": QCoreApplication.translate("Validation", "The data could not be saved. Nothing was changed."),
        "needs_completion_report": QCoreApplication.translate("Validation", "Support confirms the payment only after a completion report (仕事完了報告)."),
        "needs_escrow_before_completion": QCoreApplication.translate("Validation", "Support cancels the escrow only before a completion report."),
        "answer_before_filing": QCoreApplication.translate("Validation", "The answer cannot come before the request was filed."),
    }
    where = fields.get(err.field, err.field)
    what = problems.get(err.code, err.message)
    return f"{where}: {what}"


class ProjectDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, row: ProjectRow | None = None, *,
        tz: tzinfo | None = None, now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self._tz = tz or UTC
        self._now = now
        self.setWindowTitle(self.tr("Edit project") if row else self.tr("New project"))
        self.editing = row is not None
        self.setMinimumWidth(520)
        self.result_input: ProjectInput | None = None
        self._submit: Any = None
        amount_row, start_row = self._build_fields()
        self._build_layout(amount_row, start_row)
        # the fields a problem can be in, in the order of the form (the problems are listed so)
        self._fields: dict[str, QWidget] = {
            "title": self.title_edit, "counterparty": self.counterparty, "url": self.url, "amount": self.amount,
            "currency": self.currency, "start_date": self.start_date, "notes": self.notes,
        }
        if row is not None:
            self._load(row)
        for edit in (self.title_edit, self.counterparty, self.url, self.amount):
            edit.textChanged.connect(self._recheck)
        self.currency.currentTextChanged.connect(self._recheck)
        self.notes.textChanged.connect(self._recheck)
        self.start_date.dateChanged.connect(self._recheck)
        self.has_start.toggled.connect(self._recheck)

    def _build_fields(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The editors; returns the rows of the amount (with its currency) and the start date."""
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Banner design for a corporate site"))
        self.platform = self._combo(PLATFORMS, text.platform_label)
        self.role = self._combo(ROLES, text.role_label)
        self.counterparty = QLineEdit()
        self.contract_type = self._combo(CONTRACT_TYPES, text.contract_type_label)
        self.stage = self._combo(STAGES, text.stage_label)
        for i, code in enumerate(STAGES):
            self.stage.setItemData(i, text.stage_tooltip(code), 3)  # Qt.ToolTipRole
        self.plan_change = QCheckBox(self.tr("A plan change (計画変更) is pending"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 30000"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(["JPY", "USD", "EUR"])
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.lineEdit().setAccessibleName(self.tr("Currency code"))
        self.currency.setToolTip(self.tr("Currency: a 3-letter code such as JPY or USD"))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        self.currency_label = QLabel(self.tr("Curr&ency"))
        self.currency_label.setBuddy(self.currency)  # (screen readers on Linux name a combo box by its label)
        amount_row.addWidget(self.currency_label)
        amount_row.addWidget(self.currency)
        self.has_start = QCheckBox(self.tr("Known"))
        self.has_start.setAccessibleName(self.tr("Start date known"))
        self.start_date = QDateEdit()
        self.start_date.setAccessibleName(self.tr("Start date"))
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat("yyyy-MM-dd")
        self.start_date.setDateRange(QDate(2000, 1, 1), QDate(2999, 12, 31))
        self.start_date.setDate(QDate.currentDate())
        self.start_date.setEnabled(False)
        self.has_start.toggled.connect(self.start_date.setEnabled)
        start_row = QHBoxLayout()
        start_row.addWidget(self.has_start)
        start_row.addWidget(self.start_date, 1)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        # when it entered the stage chosen (a purchase, a delivery): the platforms' clocks start there
        self.has_stage_time = QCheckBox(self.tr("Known"))
        self.has_stage_time.setAccessibleName(self.tr("In this stage since: known"))
        self.stage_time = QDateTimeEdit()
        self.stage_time.setAccessibleName(self.tr("In this stage since"))
        if self._now is not None:
            self.stage_time.setDateTime(to_qdatetime(self._now, self._tz))
        self.stage_time.setCalendarPopup(True)
        self.stage_time.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.stage_time.setEnabled(False)
        self.has_stage_time.toggled.connect(self.stage_time.setEnabled)
        self.stage_time_row = QHBoxLayout()
        self.stage_time_row.addWidget(self.has_stage_time)
        self.stage_time_row.addWidget(self.stage_time, 1)
        self.platform.currentIndexChanged.connect(lambda _i: self._platform_words())
        return amount_row, start_row

    def _platform_words(self) -> None:
        """The stage and role names of the platform chosen (CrowdWorks' ワーカー, Coconala's 出品者...)."""
        platform = self.platform.currentData()
        for i in range(self.stage.count()):
            code = self.stage.itemData(i)
            self.stage.setItemText(i, text.stage_label(code, platform))
            self.stage.setItemData(i, text.stage_tooltip(code, platform), 3)
        for i in range(self.role.count()):
            self.role.setItemText(i, text.role_label(self.role.itemData(i), platform))
        for i in range(self.contract_type.count()):
            self.contract_type.setItemText(i, text.contract_type_label(self.contract_type.itemData(i), platform))

    def stage_entered_at(self) -> datetime | None:
        """When the project entered its stage, if the user said (new projects)."""
        if not self.has_stage_time.isChecked():
            return None
        return from_qdatetime(self.stage_time.dateTime(), self._tz).replace(second=0)

    def _build_layout(self, amount_row: QHBoxLayout, start_row: QHBoxLayout) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Platform"), self.platform)
        form.addRow(self.tr("Your &role"), self.role)
        form.addRow(self.tr("&Counterparty"), self.counterparty)
        form.addRow(self.tr("Contract t&ype"), self.contract_type)
        form.addRow(self.tr("&Stage"), self.stage)
        form.addRow("", self.plan_change)
        form.addRow(self.tr("Project page &URL"), self.url)
        amount_label = QLabel(self.tr("&Amount"))
        amount_label.setBuddy(self.amount)
        form.addRow(amount_label, amount_row)
        start_label = QLabel(self.tr("Start &date"))
        start_label.setBuddy(self.has_start)  # (the date follows it in the Tab order)
        form.addRow(start_label, start_row)
        if not self.editing:  # (an existing project's is corrected in its detail pane)
            stage_label = QLabel(self.tr("&In this stage since"))
            stage_label.setBuddy(self.has_stage_time)
            form.addRow(stage_label, self.stage_time_row)
        form.addRow(self.tr("&Notes"), self.notes)

        # every problem at once, in a space kept for them: the buttons never move
        sample = [validation_message(ValidationError(f, c, "")) for f, c in (
            ("title", "required"), ("url", "bad_url"), ("amount", "not_a_number"), ("currency", "bad_currency"))]
        self.error_area = ErrorArea(2, self, sample=sample)
        self.error = self.error_area.label
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_area)
        layout.addWidget(self.buttons)

    def _combo(self, codes: tuple[str, ...], label: Any) -> QComboBox:
        combo = QComboBox()
        for code in codes:
            combo.addItem(label(code), code)
        return combo

    def _load(self, row: ProjectRow) -> None:
        self.title_edit.setText(row.as_stored.title)  # (as typed: saving keeps it)
        for combo, value in (
            (self.platform, row.platform),
            (self.role, row.role),
            (self.contract_type, row.contract_type),
            (self.stage, row.stage),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.counterparty.setText(row.as_stored.counterparty)
        self.plan_change.setChecked(row.plan_change_pending)
        self.url.setText(row.url)
        self.amount.setText("" if row.amount is None else f"{row.amount.normalize():f}")
        self.currency.setCurrentText(row.currency)
        if row.start_date:
            self.has_start.setChecked(True)
            self.start_date.setDate(QDate(row.start_date.year, row.start_date.month, row.start_date.day))
        self.notes.setPlainText(row.as_stored.notes)

    def set_submit(self, validator: Any) -> None:
        """``submit(ProjectInput)`` saves, or raises ValidationError and the dialog stays open."""
        self._submit = validator

    def collect(self) -> ProjectInput:
        start: date | None = None
        if self.has_start.isChecked():
            qd = self.start_date.date()
            start = date(qd.year(), qd.month(), qd.day())
        return ProjectInput(
            title=self.title_edit.text(),
            platform=self.platform.currentData(),
            role=self.role.currentData(),
            counterparty=self.counterparty.text(),
            contract_type=self.contract_type.currentData(),
            stage=self.stage.currentData(),
            plan_change_pending=self.plan_change.isChecked(),
            url=self.url.text(),
            amount=self.amount.text(),
            currency=self.currency.currentText(),
            start_date=start,
            notes=self.notes.toPlainText(),
        )

    def _show_problems(self, problems: list[ValidationError]) -> None:
        """Mark every field in ``problems`` (and no other) and list them all, in the form's order."""
        problems = sorted(problems, key=self._form_order)
        bad = {e.field: validation_message(e) for e in problems}
        for name, widget in self._fields.items():
            mark_field(widget, name in bad, bad.get(name, ""))
        self.error_area.show_problems([validation_message(e) for e in problems])

    def _recheck(self, *_: object) -> None:
        """A marked field that now holds a valid value loses its mark and its line at once."""
        if not any(is_marked(w) for w in self._fields.values()):
            return
        still = [e for e in project_problems(self.collect()) if e.field in self._fields and is_marked(self._fields[e.field])]
        self._show_problems(still)

    def accept(self) -> None:
        data = self.collect()
        problems = submit_checked(project_problems(data), self._submit, data)  # all at once (the store stops at the first)
        self._show_problems(problems)
        if problems:
            first = next((self._fields[e.field] for e in sorted(problems, key=self._form_order) if e.field in self._fields), None)
            if first is not None:
                first.setFocus()
            return
        self.result_input = data
        super().accept()

    def _form_order(self, err: ValidationError) -> int:
        order = list(self._fields)
        return order.index(err.field) if err.field in order else len(order)
