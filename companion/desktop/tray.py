"""The system tray icon: an attention variant and a count when something needs action, and a menu
rebuilt each time it opens. The tray is never the only way in: the window is always reachable."""

from __future__ import annotations

import sys
from datetime import timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from companion.controller import Controller
from companion.model.reminders import next_morning
from companion.model.safety import one_line
from companion.store import repo
from companion.store.repo import ProjectRow
from companion.ui import text
from companion.ui.widgets import app_icon

MAX_MENU_PROJECTS = 10


class Tray(QObject):
    open_window = Signal()
    toggle_window = Signal()
    open_project = Signal(int)
    open_center = Signal()
    open_settings = Signal()
    quit_requested = Signal()

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.rows: list[ProjectRow] = []
        self.rebuild_menu()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()
        self.icon.setToolTip(self.icon.toolTip())  # some panels need it re-set after show()

    def needing_action(self) -> list[ProjectRow]:
        now = self.controller.now()
        return [r for r in self.rows if not r.archived and r.urgency(now) >= text.ACTION]

    def update_rows(self, rows: list[ProjectRow]) -> None:
        self.rows = rows
        count = len(self.needing_action())
        self.icon.setIcon(app_icon(attention=count > 0))
        tip = self.tr("Renraku Companion")
        if count:
            tip += " — " + self.tr("%1 need action").replace("%1", str(count))
        settings = repo.reminder_settings()
        now = self.controller.now()
        held = [u for u in (settings.quiet_until, settings.snooze_all_until) if u and u > now]
        if held:
            tip += "\n" + self.tr("Reminders paused until %1").replace(
                "%1", text.format_time(max(held), self.controller.clock.local_tz()))
        self.icon.setToolTip(tip)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # Left-click toggles the window on Linux and Windows; macOS always shows the menu.
        if reason == QSystemTrayIcon.ActivationReason.Trigger and sys.platform != "darwin":
            self.toggle_window.emit()

    def rebuild_menu(self) -> None:
        m = self.menu
        m.clear()
        now = self.controller.now()
        urgent = sorted(self.needing_action(), key=lambda r: (-r.urgency(now), -text.action_rank(r.recommendation)))
        if urgent:
            header = m.addAction(self.tr("Needs action"))
            header.setEnabled(False)
            for row in urgent[:MAX_MENU_PROJECTS]:
                # one line (a tab would start the shortcut column); "&" would mark a shortcut
                title = one_line(row.title)[:40].replace("&", "&&")
                label = f"{text.URGENCY_SYMBOL[row.urgency(now)]} {title} — {text.next_step_text(row.recommendation, now)}"
                action = m.addAction(label)
                action.triggered.connect(lambda _=False, pid=row.id: self.open_project.emit(pid))
            if len(urgent) > MAX_MENU_PROJECTS:
                more = m.addAction(self.tr("… and %1 more").replace("%1", str(len(urgent) - MAX_MENU_PROJECTS)))
                more.triggered.connect(self.open_window.emit)
            m.addSeparator()
        m.addAction(self.tr("Open window"), self.open_window.emit)
        m.addAction(self.tr("Reminder Center"), self.open_center.emit)
        # measured from the click, not from when the menu opened
        c = self.controller
        settings = repo.reminder_settings()
        tz = c.clock.local_tz()
        if settings.snooze_all_until and settings.snooze_all_until > now:
            m.addAction(self.tr("✓ All snoozed until %1").replace("%1", text.format_time(settings.snooze_all_until, tz)[-5:])).setEnabled(False)
        m.addAction(self.tr("Snooze all for 1 hour"), lambda: c.set_quiet("snooze_all_until", c.now() + timedelta(hours=1)))
        quiet_title = self.tr("Quiet mode")
        if settings.quiet_until and settings.quiet_until > now:
            quiet_title = self.tr("Quiet mode: on until %1").replace("%1", text.format_time(settings.quiet_until, tz))
        quiet = m.addMenu(quiet_title)
        quiet.addAction(self.tr("For 1 hour"), lambda: c.set_quiet("quiet_until", c.now() + timedelta(hours=1)))
        quiet.addAction(self.tr("Until tomorrow morning"), lambda: c.set_quiet("quiet_until", next_morning(c.now(), c.clock.local_tz())))
        quiet.addAction(self.tr("Off"), lambda: (self.controller.set_quiet("quiet_until", None), self.controller.set_quiet("snooze_all_until", None)))
        m.addAction(self.tr("Settings…"), self.open_settings.emit)
        m.addSeparator()
        m.addAction(self.tr("Quit"), self.quit_requested.emit)

    def labels(self) -> list[str]:
        return [a.text() for a in self.menu.actions()]
