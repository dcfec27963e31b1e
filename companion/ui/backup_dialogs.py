"""Restore from a backup, and the recovery choice when the database is damaged at start-up."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.store import backup
from companion.ui import text
from companion.ui.widgets import plain_label

PATH_ROLE = Qt.ItemDataRole.UserRole + 30


class RestoreDialog(QDialog):
    """Backups newest first, with their date and project/message counts."""

    def __init__(self, db_path: Path, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Choose a backup to restore. Your current data is saved as a backup first, so nothing is lost."), wrap=True))
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Projects"), self.tr("Messages")])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        kinds = {
            "daily": self.tr("Daily"), "manual": self.tr("Manual"), "before-restore": self.tr("Before a restore"),
        }
        for info in backup.list_backups(db_path):
            kind = kinds.get(info.reason, self.tr("Before an update") if info.reason.startswith("v") else info.reason)
            counts = (str(info.projects), str(info.messages)) if info.readable else (self.tr("unreadable"), "")
            when = text.format_time(info.created, tz)
            if info.future:
                when = self.tr("%1 (dated in the future)").replace("%1", when)
            item = QTreeWidgetItem([when, kind, *counts])
            item.setData(0, PATH_ROLE, str(info.path))
            if info.future:
                item.setToolTip(0, self.tr(
                    "Made while the computer's clock was ahead: its date is wrong, and it may be older than it looks. Compare the counts."))
            if not info.readable:
                item.setDisabled(True)
            self.list.addTopLevelItem(item)
        layout.addWidget(self.list, 1)
        if self.list.topLevelItemCount() == 0:
            layout.addWidget(plain_label(self.tr("No backups yet. One is made every day at the first start."), wrap=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.restore_button.setEnabled(False)
        self.list.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.list.selectedItems()))
        )

    def chosen(self) -> Path | None:
        items = self.list.selectedItems()
        return Path(items[0].data(0, PATH_ROLE)) if items else None


def ask_recovery(moved_to: Path, latest: backup.BackupInfo | None, tz: tzinfo) -> str | Path:
    """The database was damaged and moved aside: "restore" (the latest good backup), the path of
    another backup the user picked from the list, "empty" or "quit"."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QMessageBox.tr("Renraku Companion"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(RestoreDialog.tr("The database is damaged. It is never overwritten or deleted: if you restore or start empty, it is kept as\n%1").replace("%1", str(moved_to)))
    restore = None
    if latest is not None:
        box.setInformativeText(
            RestoreDialog.tr("The latest good backup is from %1 (%2 projects, %3 messages).")
            .replace("%1", text.format_time(latest.created, tz))
            .replace("%2", str(latest.projects)).replace("%3", str(latest.messages))
        )
        if latest.future:
            box.setInformativeText(box.informativeText() + "\n" + RestoreDialog.tr(
                "Its date lies in the future: it was made while the computer's clock was ahead, and may be older than it looks."))
        restore = box.addButton(RestoreDialog.tr("Restore the latest backup"), QMessageBox.ButtonRole.AcceptRole)
    choose = box.addButton(RestoreDialog.tr("Choose a backup…"), QMessageBox.ButtonRole.ActionRole) if latest else None
    empty = box.addButton(RestoreDialog.tr("Start with an empty database"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(RestoreDialog.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    while True:
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore:
            return "restore"
        if clicked is empty:
            return "empty"
        if choose is not None and clicked is choose:
            dialog = RestoreDialog(moved_to.with_name(moved_to.name.split(".damaged-")[0]), tz)
            if dialog.exec() == QDialog.DialogCode.Accepted and (path := dialog.chosen()) is not None:
                return path
            continue  # back to the three choices
        return "quit"
