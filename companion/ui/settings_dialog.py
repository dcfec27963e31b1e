"""Settings: interface language and the timing defaults of DOMAIN.md."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.model.timers import DEFAULT_THRESHOLDS, Thresholds
from companion.ui.widgets import plain_label


class SettingsDialog(QDialog):
    def __init__(self, language: str | None, thresholds: Thresholds, parent: QWidget | None = None) -> None:
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

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout.addWidget(buttons)

    def restore_defaults(self) -> None:
        d = DEFAULT_THRESHOLDS
        self.gap.setValue(d.follow_up_gap.total_seconds() / 86400)
        self.count.setValue(d.follow_ups_before_formal)
        self.silence.setValue(d.silence_before_request.days)

    def values(self) -> dict[str, object]:
        return {
            "language": self.language.currentData(),
            "follow_up_gap_hours": round(self.gap.value() * 24, 2),
            "follow_ups_before_formal": self.count.value(),
            "silence_days": self.silence.value(),
        }
