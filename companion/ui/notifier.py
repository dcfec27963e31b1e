"""Desktop notifications: the freedesktop notification service over D-Bus (with Open / Snooze
actions), else the tray's balloon, else in-app only.

PySide6's QtDBus cannot send the uint32 that ``Notify`` needs, so the pure-Python ``jeepney``
speaks D-Bus here. Action clicks arrive as the ``ActionInvoked`` signal, read by a small thread
that hands them to the GUI thread through a Qt signal.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger(__name__)

NOTIFY_PATH = "/org/freedesktop/Notifications"
NOTIFY_NAME = "org.freedesktop.Notifications"


@dataclass(frozen=True)
class Note:
    summary: str
    body: str
    project_id: int | None  # None: a summary of several
    urgent: bool = False


class Notifier(QObject):
    """Shows notes through the best channel available; reports clicks as ``activated``."""

    #: (project id or -1 for "open the window / Reminder Center", action: "open" | "snooze")
    activated = Signal(int, str)
    _from_thread = Signal(int, str)

    def __init__(self, app_name: str, icon_path: str, tray: QSystemTrayIcon | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app_name = app_name
        self.icon_path = icon_path
        self.tray = tray
        self.sent: list[Note] = []  # every note shown, newest last (the in-app list and the tests)
        self._ids: dict[int, int | None] = {}  # D-Bus notification id -> project id
        self._lock = threading.Lock()
        self._dbus: Any = None
        self._reader: threading.Thread | None = None
        self._last_balloon_project: int | None = None
        self._from_thread.connect(self._on_action)
        if tray is not None:
            tray.messageClicked.connect(
                lambda: self.activated.emit(self._last_balloon_project if self._last_balloon_project is not None else -1, "open")
            )
        self.backend = self._connect()

    # --- the channels
    def _connect(self) -> str:
        if os.environ.get("COMPANION_NO_DBUS") == "1" or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return self._fallback()
        try:
            from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection(bus="SESSION")
            has_owner = conn.send_and_get_reply(message_bus.NameHasOwner(NOTIFY_NAME), timeout=2)
            if not has_owner.body[0]:
                conn.close()
                return self._fallback()
            self._dbus = conn
            self._address = DBusAddress(NOTIFY_PATH, bus_name=NOTIFY_NAME, interface=NOTIFY_NAME)
            self._new_method_call = new_method_call
            reader = open_dbus_connection(bus="SESSION")
            rule = MatchRule(type="signal", interface=NOTIFY_NAME, path=NOTIFY_PATH)
            reader.send_and_get_reply(message_bus.AddMatch(rule), timeout=2)
            self._reader = threading.Thread(target=self._read, args=(reader, rule), name="notification-actions", daemon=True)
            self._reader.start()
            return "dbus"
        except Exception as exc:  # no bus, no server, refused: fall back quietly
            log.info("desktop notifications unavailable (%s); falling back", exc)
            return self._fallback()

    def _fallback(self) -> str:
        if self.tray is not None and QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            return "tray"
        return "in_app"

    def _read(self, conn: Any, rule: Any) -> None:
        try:
            with conn.filter(rule, bufsize=64) as queue:
                while True:
                    msg = conn.recv_until_filtered(queue)
                    member = msg.header.fields.get(3)  # HeaderFields.member
                    if member == "ActionInvoked":
                        notif_id, action = msg.body
                        with self._lock:
                            project = self._ids.get(int(notif_id), -2)
                        if project != -2:
                            self._from_thread.emit(-1 if project is None else int(project), str(action))
        except Exception as exc:  # connection closed at exit
            log.debug("notification reader stopped: %s", exc)

    def _on_action(self, project_id: int, action: str) -> None:
        self.activated.emit(project_id, "snooze" if action == "snooze" else "open")

    # --- showing
    def show(self, note: Note, open_label: str, snooze_label: str) -> None:
        self.sent.append(note)
        if self.backend == "dbus":
            try:
                actions = ["default", open_label, "open", open_label]
                if note.project_id is not None:
                    actions += ["snooze", snooze_label]
                hints = {"urgency": ("y", 2 if note.urgent else 1), "desktop-entry": ("s", "jp.renraku.Companion")}
                msg = self._new_method_call(
                    self._address,
                    "Notify",
                    "susssasa{sv}i",
                    (self.app_name, 0, self.icon_path, note.summary, note.body, actions, hints, -1),
                )
                reply = self._dbus.send_and_get_reply(msg, timeout=3)
                with self._lock:
                    self._ids[int(reply.body[0])] = note.project_id
                return
            except Exception as exc:
                log.warning("notification over D-Bus failed (%s); using the fallback", exc)
                self.backend = self._fallback()
        if self.backend == "tray" and self.tray is not None:
            self._last_balloon_project = note.project_id
            icon = QSystemTrayIcon.MessageIcon.Warning if note.urgent else QSystemTrayIcon.MessageIcon.Information
            self.tray.showMessage(note.summary, note.body, icon, 15_000)

    def close(self) -> None:
        if self._dbus is not None:
            with contextlib.suppress(Exception):
                self._dbus.close()
