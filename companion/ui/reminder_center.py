"""The Reminder Center: due and snoozed reminders, with Open / Snooze / Dismiss."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.controller import Controller
from companion.desktop.scheduler import ReminderScheduler, reminder_source, reminder_text
from companion.model.reminders import Reminder, snooze_until
from companion.model.safety import one_line
from companion.store import repo
from companion.ui import text
from companion.ui.widgets import plain_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 20


class ReminderCenter(QDialog):
    def __init__(self, controller: Controller, scheduler: ReminderScheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.scheduler = scheduler
        self.setWindowTitle(self.tr("Reminder Center"))
        self.resize(900, 440)
        layout = QVBoxLayout(self)
        self.summary = plain_label("", wrap=True)
        layout.addWidget(self.summary)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Reminders"))
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels([self.tr("Project"), self.tr("Reminder"), self.tr("Due"), self.tr("State")])
        header = self.list.header()
        header.setStretchLastSection(False)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemDoubleClicked.connect(lambda *_: self.open_selected())
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.snooze_menu = QMenu(self)
        self.snooze_menu.setObjectName("snoozeMenu")
        self.snooze_menu.aboutToShow.connect(self._fill_snooze_menu)
        self._fill_snooze_menu()
        self.snooze_button.setMenu(self.snooze_menu)
        self.dismiss_button = QPushButton(self.tr("Dismiss reminder"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        for b in (self.open_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._reminders: dict[tuple[int, str, str], Reminder] = {}
        scheduler.planned.connect(self.refresh)
        self.list.itemSelectionChanged.connect(self._sync)
        self.refresh()

    def snooze_choices(self) -> list[tuple[str, str]]:
        """The snooze presets as the menu offers them now: each says when it ends ("This evening"
        after the evening is tomorrow evening, and is called so)."""
        now, tz = self.controller.now(), self.controller.clock.local_tz()
        today = now.astimezone(tz).date()
        choices = []
        for preset in ("hour", "evening", "morning", "business_day"):
            until = snooze_until(preset, now, tz)
            day = until.astimezone(tz).date()
            if preset == "hour":
                label = self.tr("1 hour")
            elif preset == "evening":
                label = self.tr("This evening") if day == today else self.tr("Tomorrow evening")
            elif preset == "morning":
                label = self.tr("This morning") if day == today else self.tr("Tomorrow morning")
            else:
                label = self.tr("Next business day")
            choices.append((preset, self.tr("%1 (until %2)").replace("%1", label).replace("%2", text.format_time(until, tz))))
        return choices

    def _fill_snooze_menu(self) -> None:
        self.snooze_menu.clear()
        for preset, label in self.snooze_choices():
            self.snooze_menu.addAction(label, lambda p=preset: self.snooze_selected(p))
        self.snooze_menu.addAction(self.tr("Until…"), self.snooze_custom)

    def refresh(self) -> None:
        due, snoozed = self.scheduler.due_and_snoozed()
        states = repo.reminder_states()
        now = self.controller.now()
        tz = self.controller.clock.local_tz()
        self.list.clear()
        self._reminders.clear()
        for group, reminders in (("due", due), ("snoozed", snoozed)):
            for r in reminders:
                state = states.get(r.key)
                if group == "snoozed" and state and state.snoozed_until:
                    status = self.tr("Snoozed until %1").replace("%1", text.format_time(state.snoozed_until, tz))
                elif state is None:
                    status = self.tr("Held back (quiet hours, quiet mode, or while you enter past messages)")
                else:
                    status = self.tr("Notified")
                item = QTreeWidgetItem([one_line(r.title), reminder_text(r, now), text.format_time(r.due_at, tz), status])
                item.setToolTip(1, reminder_source(r))
                item.setData(0, KEY_ROLE, r.key)
                self.list.addTopLevelItem(item)
                self._reminders[r.key] = r
        count = len(due) + len(snoozed)
        summary = self.tr("%1 reminders.").replace("%1", str(count)) if count else self.tr("No reminders right now. The app will tell you when something is due.")
        settings = repo.reminder_settings()
        held = [u for u in (settings.quiet_until, settings.snooze_all_until) if u and u > now]
        if held:
            summary += " " + self.tr("New reminders are paused until %1.").replace("%1", text.format_time(max(held), tz))
        needing = sum(1 for r in self.scheduler.rows if not r.archived and r.urgency(now) >= text.ACTION)
        if needing:  # (the tray counts projects, this window reminders: say how they relate)
            summary += " " + self.tr(
                "Here are the reminders that came due, one per project; %1 projects need action now (the tray's count), "
                "each shown in the project list.").replace("%1", str(needing))
        self.summary.setText(summary)
        self._sync()

    def selected_keys(self) -> list[tuple[int, str, str]]:
        return [tuple(item.data(0, KEY_ROLE)) for item in self.list.selectedItems()]  # type: ignore[misc]

    def _sync(self) -> None:
        has = bool(self.list.selectedItems())
        for b in (self.open_button, self.snooze_button, self.dismiss_button):
            b.setEnabled(has)

    def open_selected(self) -> None:
        keys = self.selected_keys()
        if keys:
            self.controller.show_project.emit(keys[0][0])

    def snooze_selected(self, preset: str) -> None:
        keys = self.selected_keys()
        if keys:
            until = snooze_until(preset, self.controller.now(), self.controller.clock.local_tz())
            self.controller.set_reminders(keys, "snoozed", until)

    def snooze_custom(self) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        from PySide6.QtWidgets import QDialogButtonBox

        from companion.ui.message_dialog import DateTimeField

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Snooze until"))
        field = DateTimeField(self.controller.now, self.controller.clock.local_tz())
        field.set_names(self.tr("Snooze until"))
        field.set_value(self.controller.now() + timedelta(hours=3))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        box = QVBoxLayout(dialog)
        box.addWidget(field)
        box.addWidget(buttons)
        if dialog.exec() and field.value() > self.controller.now():
            self.controller.set_reminders(keys, "snoozed", field.value())

    def dismiss_selected(self) -> None:
        keys = self.selected_keys()
        if keys:
            self.controller.set_reminders(keys, "dismissed")
