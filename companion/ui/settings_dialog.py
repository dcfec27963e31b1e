"""Settings: one field per user-visible declaration of :mod:`companion.store.settings`.

Its label, tooltip, range, step and unit come from the declaration, so a new setting needs no
code here. Values go in and out in the stored form and unit (``follow_up_gap_hours`` is shown in
days because its declaration says so).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.model.reminders import ReminderSettings
from companion.model.timers import DEFAULT_THRESHOLDS, Thresholds
from companion.store import settings
from companion.store.settings import DECLARED, UNITS, Declaration
from companion.ui.widgets import plain_label


def translated(text: str) -> str:
    """A label, tooltip, note, group or unit of the declarations, in the interface language."""
    return QCoreApplication.translate(settings.CONTEXT, text) if text else ""


def _decimals(step: float) -> int:
    text = f"{step:g}"
    return len(text.split(".")[1]) if "." in text else 0


# The editors' names for screen readers where the row's label (an optional setting's on/off box)
# already has the declaration's label: each editor says which value it holds.
EDITOR_NAMES = {
    "quiet_start": QT_TRANSLATE_NOOP("SettingsDialog", "Quiet hours from"),
    "quiet_end": QT_TRANSLATE_NOOP("SettingsDialog", "Quiet hours to"),
    "digest_hour": QT_TRANSLATE_NOOP("SettingsDialog", "Daily digest time"),
}


def editor_name(declaration: Declaration) -> str:
    named = EDITOR_NAMES.get(declaration.key)
    if named:
        return QCoreApplication.translate("SettingsDialog", named)
    if declaration.optional:  # (its on/off box has the label)
        return QCoreApplication.translate("SettingsDialog", "%1: value").replace("%1", translated(declaration.label))
    return translated(declaration.label)


class Field:
    """The editor of one declared setting; its value in the stored form and unit."""

    def __init__(self, declaration: Declaration, switch: QCheckBox | None) -> None:
        self.declaration = declaration
        self.switch = switch  # an optional setting's on/off box (None: always on)
        self.editor, self._get, self._set = _EDITORS[declaration.kind](declaration)
        self.editor.setAccessibleName(editor_name(declaration))
        if declaration.tooltip:
            self.editor.setToolTip(translated(declaration.tooltip))

    def value(self) -> Any:
        if self.switch is not None and not self.switch.isChecked():
            return None
        return self._get()

    def set_value(self, value: Any) -> None:
        d = self.declaration
        if self.switch is not None:
            self.switch.setChecked(value is not None)
        self._set(d.when_on if value is None and d.optional else value)


Editor = tuple[QWidget, Callable[[], Any], Callable[[Any], None]]


def _suffix(d: Declaration) -> str:
    return translated(UNITS[d.shown_unit].suffix) if d.shown_unit else ""


def _int_editor(d: Declaration) -> Editor:
    box = QSpinBox()
    box.setRange(int(d.low if d.low is not None else -(2**31)), int(d.high if d.high is not None else 2**31 - 1))
    box.setSingleStep(int(d.step))
    box.setSuffix(_suffix(d))
    return box, box.value, lambda v: box.setValue(int(v))


def _number_editor(d: Declaration) -> Editor:
    box = QDoubleSpinBox()
    box.setDecimals(_decimals(d.step))
    low, high = (d.low if d.low is not None else -1e9), (d.high if d.high is not None else 1e9)
    box.setRange(d.shown(low), d.shown(high))
    box.setSingleStep(d.step)
    box.setSuffix(_suffix(d))
    return box, lambda: d.stored(box.value()), lambda v: box.setValue(d.shown(v))


def _choice_editor(d: Declaration) -> Editor:
    box = QComboBox()
    for choice, label in zip(d.choices, d.choice_labels or [str(c) for c in d.choices], strict=True):
        box.addItem(translated(label), choice)
    return box, box.currentData, lambda v: box.setCurrentIndex(max(0, box.findData(v)))


def _clock_editor(d: Declaration) -> Editor:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    return edit, lambda: edit.time().toString("HH:mm"), lambda v: edit.setTime(QTime.fromString(v, "HH:mm"))


def _weekdays_editor(d: Declaration) -> Editor:
    names = (QCoreApplication.translate("SettingsDialog", "Mon"), QCoreApplication.translate("SettingsDialog", "Tue"),
             QCoreApplication.translate("SettingsDialog", "Wed"), QCoreApplication.translate("SettingsDialog", "Thu"),
             QCoreApplication.translate("SettingsDialog", "Fri"), QCoreApplication.translate("SettingsDialog", "Sat"),
             QCoreApplication.translate("SettingsDialog", "Sun"))
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    checks = [QCheckBox(name) for name in names]
    for check in checks:
        layout.addWidget(check)
    layout.addStretch(1)

    def put(days: list[int]) -> None:
        for i, check in enumerate(checks):
            check.setChecked(i in days)

    return row, lambda: [i for i, check in enumerate(checks) if check.isChecked()], put


def _bool_editor(d: Declaration) -> Editor:
    check = QCheckBox(translated(d.label))
    return check, check.isChecked, lambda v: check.setChecked(bool(v))


def _text_editor(d: Declaration) -> Editor:
    edit = QLineEdit()
    return edit, edit.text, lambda v: edit.setText(v or "")


_EDITORS: dict[str, Callable[[Declaration], Editor]] = {
    "int": _int_editor, "number": _number_editor, "choice": _choice_editor, "clock": _clock_editor,
    "weekdays": _weekdays_editor, "bool": _bool_editor, "text": _text_editor,
}


class SettingsDialog(QDialog):
    """``values``: the settings by key as stored (``settings.values()``); missing ones show their
    default. The positional arguments are the older form of the same: the language and the typed
    thresholds, reminder settings and backups kept (``MainWindow.open_settings`` passes them)."""

    def __init__(
        self,
        language: str | None = None,
        thresholds: Thresholds | None = None,
        parent: QWidget | None = None,
        reminders: ReminderSettings | None = None,
        autostart: bool = False,
        backups_keep: int | None = None,
        *,
        values: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        if values is None:
            values = _stored_form(language, thresholds, reminders, backups_keep)
        self.fields: dict[str, Field] = {}
        self._forms: dict[str, QFormLayout] = {}
        self._row_labels: list[QWidget] = []
        layout = QVBoxLayout(self)
        for group in settings.GROUPS:
            declarations = [d for d in DECLARED.values() if d.user_visible and d.group == group]
            if declarations:
                layout.addWidget(self._group(group, declarations))
        self._align_labels()

        self.autostart = QCheckBox(self.tr("Start at login, minimised to the tray"))
        self.autostart.setChecked(autostart)
        self._forms[settings.REMINDERS].addRow("", self.autostart)
        self._forms[settings.TIMING].addRow(
            plain_label(self.tr("Reminder request deadline")), plain_label(self.tr("7 days (168 hours), set by the platform"))
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout.addWidget(buttons)
        self._buttons_in_visual_order(buttons)
        for key, field in self.fields.items():
            field.set_value(values.get(key, field.declaration.default))
        self._sync_enabled()

    # --- building

    def _buttons_in_visual_order(self, buttons: QDialogButtonBox) -> None:
        """Tab reaches the buttons as they are shown (the style places Restore Defaults first
        on the left; it was created last, so Tab reached it last)."""
        box = buttons.layout()
        shown = [w for w in (box.itemAt(i).widget() for i in range(box.count())) if w is not None]
        for before, after in pairwise(shown):
            QWidget.setTabOrder(before, after)

    def _group(self, group: str, declarations: list[Declaration]) -> QGroupBox:
        box = QGroupBox(translated(group))
        form = QFormLayout(box)
        self._forms[group] = form
        for d in declarations:
            if d.same_row_as:
                continue  # in its leader's row
            label, field = self._field(d)
            followers = [f for f in declarations if f.same_row_as == d.key]
            if followers:
                row = QHBoxLayout()
                row.addWidget(field.editor)
                for follower in followers:
                    self.fields[follower.key] = Field(follower, field.switch)
                    row.addWidget(plain_label("–"))
                    row.addWidget(self.fields[follower.key].editor)
                row.addStretch(1)
                form.addRow(label, row)
            elif label is None:
                form.addRow("", field.editor)  # a check box: its label is its own
            else:
                form.addRow(label, field.editor)
            if label is not None:
                self._row_labels.append(label)
            if d.note:
                form.addRow("", plain_label(translated(d.note)))
        return box

    def _field(self, d: Declaration) -> tuple[QWidget | None, Field]:
        """The row label (an on/off box for an optional setting; None for a check box) and field."""
        label: QWidget | None
        switch: QCheckBox | None = None
        if d.kind == "bool":
            label = None
        elif d.optional:
            switch = label = QCheckBox(translated(d.label))
            switch.toggled.connect(self._sync_enabled)
        else:
            label = plain_label(translated(d.label))
        if label is not None and d.tooltip:
            label.setToolTip(translated(d.tooltip))
        field = Field(d, switch)
        self.fields[d.key] = field
        return label, field

    def _align_labels(self) -> None:
        """One label column across the groups, so that the fields line up."""
        width = max((label.sizeHint().width() for label in self._row_labels), default=0)
        for label in self._row_labels:
            label.setMinimumWidth(width)

    def _sync_enabled(self) -> None:
        for field in self.fields.values():
            leader = self.fields.get(field.declaration.enabled_with) if field.declaration.enabled_with else None
            switch = leader.switch if leader is not None else field.switch
            if switch is not None:
                field.editor.setEnabled(switch.isChecked())

    # --- what the callers use

    def editor(self, key: str) -> QWidget:
        """The widget that edits the setting ``key``."""
        return self.fields[key].editor

    def restore_defaults(self) -> None:
        for field in self.fields.values():
            field.set_value(field.declaration.default)

    def values(self) -> dict[str, object]:
        """Every setting the dialog shows, by key, as it is to be stored."""
        return {key: field.value() for key, field in self.fields.items()}

    def autostart_wanted(self) -> bool:
        return self.autostart.isChecked()


def _stored_form(language: str | None, thresholds: Thresholds | None, reminders: ReminderSettings | None,
                 backups_keep: int | None) -> dict[str, Any]:
    """The older constructor's typed values in the stored form (by each declaration's unit)."""
    t = thresholds or DEFAULT_THRESHOLDS
    r = reminders or ReminderSettings()

    def clock(value: Any) -> str | None:
        return None if value is None else value.strftime("%H:%M")

    def amount(key: str, duration: timedelta) -> float | int:
        return DECLARED[key].amount(duration)

    return {
        "language": language,
        "follow_up_gap_hours": amount("follow_up_gap_hours", t.follow_up_gap),
        "follow_ups_before_formal": t.follow_ups_before_formal,
        "silence_days": amount("silence_days", t.silence_before_request),
        "reply_owed_hours": amount("reply_owed_hours", r.reply_owed_after),
        "quiet_start": clock(r.quiet_start),
        "quiet_end": clock(r.quiet_end),
        "quiet_weekdays": sorted(r.quiet_weekdays),
        "digest_hour": r.digest_hour,
        "backups_keep": DECLARED["backups_keep"].default if backups_keep is None else backups_keep,
    }
