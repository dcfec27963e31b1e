"""The row of filters above the project list: search, active / archived / all, platform, and
"needs action". Each applies itself to the list's model as it changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from companion.model.vocab import PLATFORMS
from companion.ui import text
from companion.ui.project_table import ProjectTableModel


class FilterBar(QWidget):
    # a filter changed: the rows shown (and so the selection) may have changed
    changed = Signal()

    def __init__(self, model: ProjectTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, counterparty, notes"))
        self.search.setAccessibleName(self.tr("Search projects"))
        self.search.setToolTip(self.tr("Search title, counterparty, notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(model.set_text_filter)
        self.search.textChanged.connect(lambda _: self.changed.emit())
        self.archive_filter = QComboBox()
        self.archive_filter.setAccessibleName(self.tr("Show active or archived projects"))
        for code, label in (("active", self.tr("Active")), ("archived", self.tr("Archived")), ("all", self.tr("All"))):
            self.archive_filter.addItem(label, code)
        self.archive_filter.currentIndexChanged.connect(
            lambda: (model.set_archive_filter(self.archive_filter.currentData()), self.changed.emit())
        )
        self.platform_filter = QComboBox()
        self.platform_filter.setAccessibleName(self.tr("Platform filter"))
        self.platform_filter.addItem(self.tr("All platforms"), "")
        for code in PLATFORMS:
            self.platform_filter.addItem(text.platform_label(code), code)
        self.platform_filter.currentIndexChanged.connect(
            lambda: (model.set_platform_filter(self.platform_filter.currentData()), self.changed.emit())
        )
        self.needs_action = QCheckBox(self.tr("Needs action"))
        self.needs_action.toggled.connect(model.set_needs_action)
        self.needs_action.toggled.connect(lambda _: self.changed.emit())
        self.search.setMinimumWidth(120)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        # (labels a screen reader reads with each list: on Linux Qt names a list by its value)
        show_label = QLabel(self.tr("Sho&w:"))
        show_label.setBuddy(self.archive_filter)
        platform_label = QLabel(self.tr("Pla&tform:"))
        platform_label.setBuddy(self.platform_filter)
        for widget in (show_label, self.archive_filter, platform_label, self.platform_filter, self.needs_action):
            widget.setMinimumWidth(widget.sizeHint().width())  # never clipped: the search box gives way
            layout.addWidget(widget)

    def show_active(self) -> None:
        """Active projects (where a new project is)."""
        self.archive_filter.setCurrentIndex(self.archive_filter.findData("active"))

    def show_everything(self) -> None:
        """No filter at all: every project, archived ones included."""
        self.search.clear()
        self.needs_action.setChecked(False)
        self.platform_filter.setCurrentIndex(0)
        self.archive_filter.setCurrentIndex(self.archive_filter.findData("all"))
