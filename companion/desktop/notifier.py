"""Desktop notifications: the freedesktop notification service over D-Bus (with Open / Snooze
actions), else the tray's balloon, else in-app only.

PySide6's QtDBus cannot send the uint32 that ``Notify`` needs, so the pure-Python ``jeepney``
speaks D-Bus here. Action clicks arrive as the ``ActionInvoked`` signal, read by a small thread
that hands them to the GUI thread through a Qt signal.
"""

from __future__ import annotations

import contextlib
import dataclasses
import html
import logging
import os
import threading
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from companion.model.safety import neutralise, one_line

log = logging.getLogger(__name__)

NOTIFY_PATH = "/org/freedesktop/Notifications"
NOTIFY_NAME = "org.freedesktop.Notifications"


@dataclass(frozen=True)
class Note:
    summary: str
    body: str
    project_id: int | None  # None: a summary of several
    urgent: bool = False
    keys: tuple[tuple[int, str, str], ...] = ()  # the reminders it is about (Snooze acts on these)


class Notifier(QObject):
    """Shows notes through the best channel available; reports clicks as ``activated``."""

    #: (project id or -1 for "open the window / Reminder Center", action: "open" | "snooze",
    #:  the reminder keys the clicked notification was about)
    activated = Signal(int, str, list)
    _from_thread = Signal(int, str)

    def __init__(self, app_name: str, icon_path: str, tray: QSystemTrayIcon | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app_name = app_name
        self.icon_path = icon_path
        self.tray = tray
        self.sent: list[Note] = []  # every note shown, newest last (the in-app list and the tests)
        self._notes: dict[int, Note] = {}  # D-Bus notification id -> its note (pruned when closed)
        self._lock = threading.Lock()
        self._router: Any = None
        self._reader: threading.Thread | None = None
        self._stop = threading.Event()
        self._last_tray_note: Note | None = None
        self._next_retry = 0.0
        self._from_thread.connect(self._on_action)
        if tray is not None:
            tray.messageClicked.connect(self._tray_clicked)
        self.backend = self._connect()

    # --- the channels
    def _connect(self) -> str:
        if os.environ.get("COMPANION_NO_DBUS") == "1" or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return self._fallback()
        try:
            from queue import Queue

            from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
            from jeepney.io.threading import DBusRouter, open_dbus_connection

            # One connection for everything: the server sends ActionInvoked only to the
            # connection that called Notify.
            router = DBusRouter(open_dbus_connection(bus="SESSION"))
            address = DBusAddress(NOTIFY_PATH, bus_name=NOTIFY_NAME, interface=NOTIFY_NAME)
            # GetServerInformation also starts a server that is installed but not running yet
            # (D-Bus activation), which a NameHasOwner check would miss.
            router.send_and_get_reply(new_method_call(address, "GetServerInformation"), timeout=3)
            rule = MatchRule(type="signal", interface=NOTIFY_NAME, path=NOTIFY_PATH)
            router.send_and_get_reply(message_bus.AddMatch(rule), timeout=3)
            handle = router.filter(rule, queue=Queue(maxsize=256))
            self._router, self._address, self._new_method_call = router, address, new_method_call
            self._stop.clear()
            self._reader = threading.Thread(target=self._read, args=(handle,), name="notification-actions", daemon=True)
            self._reader.start()
            return "dbus"
        except Exception as exc:  # no bus, no server, refused: fall back quietly
            log.info("desktop notifications unavailable (%s); falling back", exc)
            return self._fallback()

    def _fallback(self) -> str:
        if self.tray is not None and QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            return "tray"
        return "in_app"

    def _read(self, handle: Any) -> None:
        from queue import Empty

        while not self._stop.is_set():
            try:
                msg = handle.queue.get(timeout=1)
            except Empty:
                continue
            member = msg.header.fields.get(3)  # HeaderFields.member
            if member == "ActionInvoked":
                notif_id, action = msg.body
                with self._lock:
                    note = self._notes.get(int(notif_id))
                if note is not None:
                    self._from_thread.emit(int(notif_id), str(action))
            elif member == "NotificationClosed":
                with self._lock:
                    self._notes.pop(int(msg.body[0]), None)

    def _on_action(self, notif_id: int, action: str) -> None:
        with self._lock:
            note = self._notes.get(notif_id)
        if note is not None:
            self._emit(note, "snooze" if action == "snooze" else "open")

    def _tray_clicked(self) -> None:
        if self._last_tray_note is not None:
            self._emit(self._last_tray_note, "open")

    def _emit(self, note: Note, action: str) -> None:
        self.activated.emit(note.project_id if note.project_id is not None else -1, action, list(note.keys))

    # --- showing
    def show(self, note: Note, open_label: str, snooze_label: str) -> None:
        # user text (project titles) as plain text: the summary on one line, no bidi controls
        note = dataclasses.replace(note, summary=one_line(note.summary), body=neutralise(note.body))
        summary, body = note.summary, note.body
        self.sent.append(note)
        if self.backend != "dbus" and time.monotonic() >= self._next_retry:
            # the notification server may have appeared since (started after us, or on demand)
            self._next_retry = time.monotonic() + 60
            if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
                self.backend = self._connect()
        if self.backend == "dbus":
            try:
                actions = ["default", open_label, "open", open_label]
                if note.keys:
                    actions += ["snooze", snooze_label]
                hints = {"urgency": ("y", 2 if note.urgent else 1), "desktop-entry": ("s", "jp.renraku.Companion")}
                # servers may read body markup: user text (project titles) must stay literal
                markup_free = html.escape(body, quote=False)
                msg = self._new_method_call(
                    self._address,
                    "Notify",
                    "susssasa{sv}i",
                    (self.app_name, 0, self.icon_path, summary, markup_free, actions, hints, -1),
                )
                reply = self._router.send_and_get_reply(msg, timeout=2)
                with self._lock:
                    self._notes[int(reply.body[0])] = note
                    if len(self._notes) > 200:  # servers that never report closing
                        for old in list(self._notes)[:100]:
                            del self._notes[old]
                return
            except Exception as exc:
                log.warning("notification over D-Bus failed (%s); using the fallback", exc)
                self.close()
                self.backend = self._fallback()
        if self.backend == "tray" and self.tray is not None:
            self._last_tray_note = note
            icon = QSystemTrayIcon.MessageIcon.Warning if note.urgent else QSystemTrayIcon.MessageIcon.Information
            self.tray.showMessage(summary, body, icon, 15_000)

    def close(self) -> None:
        self._stop.set()
        if self._router is not None:
            with contextlib.suppress(Exception):
                self._router.close()
            with contextlib.suppress(Exception):
                self._router.conn.close()
            self._router = None
