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
        # the newest backup that can be read is the usual choice: it is chosen, Restore is ready
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if not item.isDisabled():
                self.list.setCurrentItem(item)
                break

    def chosen(self) -> Path | None:
        items = self.list.selectedItems()
        return Path(items[0].data(0, PATH_ROLE)) if items else None


def _fill(template: str, *values: object) -> str:
    for i, value in reversed(list(enumerate(values, start=1))):  # (%10 before %1)
        template = template.replace(f"%{i}", str(value))
    return template


def contents_line(contents: backup.Contents, tz: tzinfo) -> str:
    """One line of what a database holds: schema version, projects (active, archived), messages
    and the newest message's time."""
    return _fill(RestoreDialog.tr("Schema version %1; %2 projects (%3 active, %4 archived); %5."),
                 contents.schema_version, contents.projects, contents.active_projects, contents.archived_projects,
                 _messages_phrase(contents, tz))


def _messages_phrase(contents: backup.Contents, tz: tzinfo) -> str:
    if contents.newest_message_at is None:
        return RestoreDialog.tr("no messages")
    return _fill(RestoreDialog.tr("%1 messages, the newest from %2"),
                 contents.messages, text.format_time(contents.newest_message_at, tz))


def restore_question(chosen: backup.Contents, current: backup.Contents, tz: tzinfo) -> tuple[str, str, bool]:
    """The restore's question, what it compares (the chosen backup against what is there now),
    and whether the backup holds less than now (then the question is a warning)."""
    made = text.format_time(chosen.created, tz) if chosen.created is not None else "—"
    question = RestoreDialog.tr("Restore the backup made on %1? It replaces what is there now.").replace("%1", made)
    lines = [
        RestoreDialog.tr("The backup: %1").replace("%1", contents_line(chosen, tz)),
        RestoreDialog.tr("Now: %1").replace("%1", contents_line(current, tz)),
    ]
    less = chosen.holds_less_than(current)
    if less:
        lines.append(_fill(
            RestoreDialog.tr("Restoring replaces what is there now: %1 projects and %2, with the backup's %3 projects and %4."),
            current.projects, _messages_phrase(current, tz), chosen.projects, _messages_phrase(chosen, tz),
        ))
    lines.append(RestoreDialog.tr("Your current data is saved as a backup first."))
    return question, "\n\n".join(lines), less


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
