"""Settings: interface language and the timing defaults of DOMAIN.md."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.model.reminders import ReminderSettings
from companion.model.timers import DEFAULT_THRESHOLDS, Thresholds
from companion.ui.widgets import plain_label


class SettingsDialog(QDialog):
    def __init__(
        self,
        language: str | None,
        thresholds: Thresholds,
        parent: QWidget | None = None,
        reminders: ReminderSettings | None = None,
        autostart: bool = False,
        backups_keep: int = 10,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("Language"))
        general_form = QFormLayout(general)
        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), None)
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        general_form.addRow(self.tr("Interface language"), self.language)
        general_form.addRow("", plain_label(self.tr("A new language applies the next time the app starts."), wrap=True))
        layout.addWidget(general)

        timing = QGroupBox(self.tr("Timing"))
        form = QFormLayout(timing)
        self.gap = QDoubleSpinBox()
        self.gap.setRange(0.5, 14)
        self.gap.setSingleStep(0.5)
        self.gap.setDecimals(1)
        self.gap.setSuffix(self.tr(" days"))
        self.gap.setValue(thresholds.follow_up_gap.total_seconds() / 86400)
        self.gap.setToolTip(self.tr("How long to wait after your message before a follow-up is due."))
        self.count = QSpinBox()
        self.count.setRange(1, 10)
        self.count.setValue(thresholds.follow_ups_before_formal)
        self.count.setToolTip(self.tr("How many unanswered messages to send before any formal step (the seed and Lancers suggest about 3)."))
        self.silence = QSpinBox()
        self.silence.setRange(7, 60)
        self.silence.setSuffix(self.tr(" days"))
        self.silence.setValue(max(7, thresholds.silence_before_request.days))
        self.silence.setToolTip(self.tr("Lancers requires at least 7 days of silence; you may choose to wait longer."))
        form.addRow(self.tr("Follow-up gap"), self.gap)
        form.addRow(self.tr("Follow-ups before a formal step"), self.count)
        form.addRow(self.tr("Silence before a reminder request"), self.silence)
        form.addRow(self.tr("Reminder request deadline"), plain_label(self.tr("7 days (168 hours), set by the platform")))
        layout.addWidget(timing)

        r = reminders or ReminderSettings()
        box = QGroupBox(self.tr("Reminders"))
        rform = QFormLayout(box)
        self.reply_hours = QSpinBox()
        self.reply_hours.setRange(1, 168)
        self.reply_hours.setSuffix(self.tr(" hours"))
        self.reply_hours.setValue(int(r.reply_owed_after.total_seconds() // 3600))
        rform.addRow(self.tr("Remind me of a reply I owe after"), self.reply_hours)
        self.quiet = QCheckBox(self.tr("Quiet hours"))
        self.quiet.setToolTip(self.tr("No reminders during these hours, except platform deadlines less than 24 hours away."))
        self.quiet_start = QTimeEdit()
        self.quiet_end = QTimeEdit()
        for edit, value, default in ((self.quiet_start, r.quiet_start, QTime(22, 0)), (self.quiet_end, r.quiet_end, QTime(7, 0))):
            edit.setDisplayFormat("HH:mm")
            edit.setTime(QTime(value.hour, value.minute) if value else default)
        self.quiet.setChecked(r.quiet_start is not None and r.quiet_end is not None)
        hours = QHBoxLayout()
        hours.addWidget(self.quiet_start)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.quiet_end)
        hours.addStretch(1)
        rform.addRow(self.quiet, hours)
        days = QHBoxLayout()
        self.days: list[QCheckBox] = []
        for i, name in enumerate((self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"), self.tr("Sun"))):
            check = QCheckBox(name)
            check.setChecked(i in r.quiet_weekdays)
            self.days.append(check)
            days.addWidget(check)
        days.addStretch(1)
        rform.addRow(self.tr("On"), days)
        self.quiet.toggled.connect(self._sync_quiet)
        self._sync_quiet()
        self.digest = QCheckBox(self.tr("Daily digest at"))
        self.digest_hour = QSpinBox()
        self.digest_hour.setRange(0, 23)
        self.digest_hour.setSuffix(self.tr(":00"))
        self.digest_hour.setValue(r.digest_hour if r.digest_hour is not None else 9)
        self.digest.setChecked(r.digest_hour is not None)
        self.digest.toggled.connect(self.digest_hour.setEnabled)
        self.digest_hour.setEnabled(self.digest.isChecked())
        rform.addRow(self.digest, self.digest_hour)
        self.autostart = QCheckBox(self.tr("Start at login, minimised to the tray"))
        self.autostart.setChecked(autostart)
        rform.addRow("", self.autostart)
        layout.addWidget(box)

        data = QGroupBox(self.tr("Data"))
        dform = QFormLayout(data)
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setValue(backups_keep)
        self.keep.setToolTip(self.tr("A backup is made every day at the first start, before each update, and on demand."))
        dform.addRow(self.tr("Keep the last backups"), self.keep)
        layout.addWidget(data)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout.addWidget(buttons)

    def _sync_quiet(self) -> None:
        for widget in (self.quiet_start, self.quiet_end, *self.days):
            widget.setEnabled(self.quiet.isChecked())

    def restore_defaults(self) -> None:
        d = DEFAULT_THRESHOLDS
        self.gap.setValue(d.follow_up_gap.total_seconds() / 86400)
        self.count.setValue(d.follow_ups_before_formal)
        self.silence.setValue(d.silence_before_request.days)
        self.reply_hours.setValue(24)

    def values(self) -> dict[str, object]:
        return {
            "language": self.language.currentData(),
            "follow_up_gap_hours": round(self.gap.value() * 24, 2),
            "follow_ups_before_formal": self.count.value(),
            "silence_days": self.silence.value(),
            "reply_owed_hours": self.reply_hours.value(),
            "quiet_start": self.quiet_start.time().toString("HH:mm") if self.quiet.isChecked() else None,
            "quiet_end": self.quiet_end.time().toString("HH:mm") if self.quiet.isChecked() else None,
            "quiet_weekdays": [i for i, check in enumerate(self.days) if check.isChecked()],
            "digest_hour": self.digest_hour.value() if self.digest.isChecked() else None,
            "backups_keep": self.keep.value(),
        }

    def autostart_wanted(self) -> bool:
        return self.autostart.isChecked()
