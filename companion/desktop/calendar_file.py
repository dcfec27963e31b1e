"""The calendar file kept in the data folder (setting ``calendar_file``): ``renraku-companion.ics``,
rewritten when the data change, for a calendar app that subscribes to a local file.

It follows the reminder scheduler: each time the scheduler has planned (after a change to the
data, a snooze, the settings, a clock jump), a short single-shot timer starts; when it runs out the
calendar is made from the rows and reminders the plan was made from (no extra read of the
database), and a worker thread writes it, atomically and only if its events changed, so a burst
of edits is one write and a subscribed calendar sees the file change only when there is news.
Nothing polls.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    from companion.controller import Controller
    from companion.desktop.scheduler import ReminderScheduler

log = logging.getLogger(__name__)
DEBOUNCE_MS = 3000


class CalendarFile(QObject):
    #: the file was written (its path); not emitted when it already held the same events
    written = Signal(str)
    #: the file could not be written (why); the old file, if any, is left as it was
    failed = Signal(str)
    #: a write finished, written or not (tests wait for it)
    done = Signal()

    def __init__(self, controller: Controller, scheduler: ReminderScheduler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.scheduler = scheduler
        self.path = controller.data_dir / _file_name()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.timer.timeout.connect(self.update)
        self._pool: ThreadPoolExecutor | None = None
        self._pending: Future[bool] | None = None
        self._last_problem = ""
        scheduler.planned.connect(self.data_changed)

    @staticmethod
    def enabled() -> bool:
        from companion.store import settings

        return bool(settings.get_setting("calendar_file", False))

    def data_changed(self) -> None:
        """Something changed: the file is brought up to date once things are calm (when on)."""
        if self.enabled():
            self.timer.start()

    def update(self) -> Future[bool] | None:
        """Make the calendar now (GUI thread: it reads the plan) and write it in the worker."""
        self.timer.stop()
        if not self.enabled():
            return None
        from companion.ui import calendar_export

        c = self.controller
        try:
            data = calendar_export.build(self.scheduler.rows, self.scheduler.current.all, c.now(), c.lang)
        except Exception:  # a bug must not take the reminders down with it
            log.exception("the calendar could not be made")
            return None
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="calendar-file")
        future = self._pool.submit(calendar_export.write_if_changed, self.path, data)
        future.add_done_callback(self._finished)  # (in the worker: signals are queued to the GUI)
        self._pending = future
        return future

    def _finished(self, future: Future[bool]) -> None:
        try:
            if future.result():
                log.info("calendar file updated: %s", self.path)
                self.written.emit(str(self.path))
            self._last_problem = ""
        except OSError as exc:
            problem = f"{self.path}: {exc.strerror or exc}"
            if problem != self._last_problem:  # (said once, not at every change)
                log.warning("the calendar file could not be written: %s", problem)
                self.failed.emit(problem)
            self._last_problem = problem
        self.done.emit()

    def wait(self) -> None:
        """Until the last write is done (quit, tests)."""
        if self._pending is not None:
            self._pending.exception()

    def stop(self) -> None:
        self.timer.stop()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


def _file_name() -> str:
    from companion.ui.calendar_export import FILE_NAME

    return FILE_NAME


def calendar_path(data_dir: Path) -> Path:
    """Where the calendar file is kept in a data folder."""
    return data_dir / _file_name()
