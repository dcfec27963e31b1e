"""The desktop side of the app: tray, notifications, the reminder scheduler, the Reminder Center,
and what the window does when closed. Wires them together through the controller's signals."""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox

from companion.controller import Controller
from companion.desktop.calendar_file import CalendarFile
from companion.desktop.notifier import Note, Notifier
from companion.desktop.scheduler import ReminderScheduler, reminder_text
from companion.desktop.tray import Tray
from companion.model.reminders import Reminder, most_pressing
from companion.store import repo
from companion.ui import text
from companion.ui.main_window import MainWindow
from companion.ui.widgets import RESOURCES, app_icon

log = logging.getLogger(__name__)
SUMMARY_LINES = 5


class Desktop(QObject):
    def __init__(self, app: QApplication, controller: Controller, window: MainWindow, *, use_tray: bool | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.controller = controller
        self.window = window
        self.tray: Tray | None = None
        if use_tray if use_tray is not None else Tray.available():
            self.tray = Tray(controller, self)
            self.tray.open_window.connect(self.show_window)
            self.tray.toggle_window.connect(self.toggle_window)
            self.tray.open_project.connect(controller.show_project)
            self.tray.open_center.connect(self.open_center)
            self.tray.open_settings.connect(lambda: (self.show_window(), window.open_settings()))
            self.tray.quit_requested.connect(self.quit)
            self.tray.show()
        app.setWindowIcon(app_icon())
        self.notifier = Notifier("Renraku Companion", str(RESOURCES / "icon.svg"), self.tray.icon if self.tray else None, self)
        self.notifier.activated.connect(self._notification_clicked)
        self.scheduler = ReminderScheduler(controller, self)
        self.scheduler.fired.connect(self.notify)
        self.scheduler.planned.connect(self._planned)
        self.scheduler.digest.connect(self.send_digest)
        # the calendar file in the data folder (setting "calendar_file"), rewritten as the plan changes
        self.calendar_file = CalendarFile(controller, self.scheduler, self)
        self.center = None
        controller.show_project.connect(self.show_project)
        window.set_close_guard(self.close_requested)
        app.setQuitOnLastWindowClosed(self.tray is None)

    def start(self) -> None:
        self.scheduler.start()

    # --- notifications
    def notify(self, reminders: list[Reminder]) -> None:
        """One reminder: one notification. Several at once (start-up, after sleep): one summary."""
        now = self.controller.now()
        keys = tuple(r.key for r in reminders)
        urgent = any(r.kind.startswith("request_against") or r.kind == "deadline_soon" for r in reminders)
        reminders = most_pressing(reminders)
        if len(reminders) == 1:
            r = reminders[0]
            note = Note(r.title, reminder_text(r, now), r.project_id, urgent, keys)
        else:
            lines = [f"• {r.title}: {reminder_text(r, now)}" for r in reminders[:SUMMARY_LINES]]
            if len(reminders) > SUMMARY_LINES:
                lines.append(self.tr("… and %1 more in the Reminder Center").replace("%1", str(len(reminders) - SUMMARY_LINES)))
            note = Note(self.tr("%1 reminders").replace("%1", str(len(reminders))), "\n".join(lines), None, urgent, keys)
        self.notifier.show(note, self.tr("Open"), self.tr("Snooze 1 hour"))
        self.window.statusBar().showMessage(f"{note.summary}: {note.body.splitlines()[0]}", 15_000)

    def send_digest(self, rows: list[repo.ProjectRow]) -> None:
        now = self.controller.now()
        if rows:
            ordered = sorted(rows, key=lambda r: (-r.urgency(now), -text.action_rank(r.recommendation)))
            lines = [f"• {r.title}: {text.next_step_text(r.recommendation, now)}" for r in ordered[:SUMMARY_LINES]]
            if len(ordered) > SUMMARY_LINES:
                lines.append(self.tr("… and %1 more").replace("%1", str(len(ordered) - SUMMARY_LINES)))
            body = "\n".join(lines)
        else:
            body = self.tr("Nothing needs you today.")
        self.notifier.show(Note(self.tr("Today's digest"), body, None), self.tr("Open"), self.tr("Snooze 1 hour"))

    def test_notification(self) -> None:
        self.notifier.show(
            Note(self.tr("Renraku Companion"), self.tr("Notifications work. Reminders will look like this."), None),
            self.tr("Open"), self.tr("Snooze 1 hour"),
        )
        channel = {
            "dbus": self.tr("the desktop's notification service"),
            "tray": self.tr("the tray icon's messages"),
            "in_app": self.tr("this window only (no notification service or tray was found)"),
        }[self.notifier.backend]
        self.window.statusBar().showMessage(self.tr("Test notification sent through %1.").replace("%1", channel), 10_000)

    def _notification_clicked(self, project_id: int, action: str, keys: list[tuple[int, str, str]]) -> None:
        if action == "snooze":
            # only what this notification was about, and only if still fired (not dismissed since)
            states = repo.reminder_states()
            live = [tuple(k) for k in keys if (s := states.get(tuple(k))) is not None and s.status == "fired"]
            if live:
                self.controller.set_reminders(live, "snoozed", self.controller.now() + timedelta(hours=1))
            return
        if project_id >= 0:
            self.controller.show_project.emit(project_id)
        else:
            self.open_center()

    def _planned(self) -> None:
        if self.tray is not None:
            self.tray.update_rows(self.scheduler.rows)  # the rows the plan was made from

    # --- the window
    def show_window(self) -> None:
        w = self.window
        if w.isMinimized():
            w.showNormal()
        w.show()
        w.raise_()
        w.activateWindow()

    def hide_window(self) -> None:
        self.window.hide()
        if self.center is not None:
            self.center.hide()

    def toggle_window(self) -> None:
        if self.window.isVisible() and not self.window.isMinimized():
            self.hide_window()
        else:
            self.show_window()

    def show_project(self, project_id: int) -> None:
        self.show_window()
        self.window.reveal_project(project_id)

    def open_center(self) -> None:
        from companion.ui.reminder_center import ReminderCenter

        if self.center is None:
            self.center = ReminderCenter(self.controller, self.scheduler, self.window)
        self.center.refresh()
        self.center.show()
        self.center.raise_()
        self.center.activateWindow()

    def close_requested(self) -> bool:
        """The window's close button: True if the window may really close (and the app quit)."""
        if self.tray is not None:
            if not repo.get_setting("tray_explained", False):
                repo.set_setting("tray_explained", True)
                box = QMessageBox(self.window)
                box.setIcon(QMessageBox.Icon.Information)
                box.setWindowTitle(self.tr("Still running"))
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.setText(self.tr("Renraku Companion keeps running in the system tray so it can remind you. "
                                    "Open it again from the tray icon; quit from the tray menu or File → Quit."))
                box.exec()
            self.hide_window()
            return False
        choice = repo.get_setting("close_without_tray")
        if choice not in ("background", "quit"):
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Keep running?"))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(self.tr("There is no system tray here. Keep Renraku Companion running in the background so it "
                                "can remind you? Launch it again to bring the window back."))
            keep = box.addButton(self.tr("Keep running"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
            remember = QCheckBox(self.tr("Remember my answer"))
            box.setCheckBox(remember)
            box.exec()
            choice = "background" if box.clickedButton() is keep else "quit"
            if remember.isChecked():
                repo.set_setting("close_without_tray", choice)
        if choice == "background":
            self.app.setQuitOnLastWindowClosed(False)
            self.hide_window()
            return False
        self.quit()
        return True

    def quit(self) -> None:
        self.scheduler.stop()
        self.calendar_file.stop()
        self.notifier.close()
        if self.tray is not None:
            self.tray.icon.hide()
        self.window.close_for_quit()
        self.app.quit()

