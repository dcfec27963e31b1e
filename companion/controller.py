"""The application's one hub: owns the clock and thresholds, wraps model writes, emits signals.

Widgets call the controller; the controller calls the model and announces what changed. Windows
never reach into each other: they listen to ``projects_changed``.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from companion.model.clock import Clock, SystemClock
from companion.model.errors import storage_error
from companion.model.timers import Thresholds
from companion.store import reads, settings
from companion.store.connection import DB_FILENAME, is_storage_failure
from companion.store.reads import ProjectRow

if TYPE_CHECKING:
    from companion.model.report import Report
    from companion.store import repo
    from companion.store.repo import MessageInput, ProjectInput
else:
    from companion.lazy import lazy_module

    repo = lazy_module("companion.store.repo")  # the ORM loads on the first write, not at start-up

log = logging.getLogger(__name__)
# A message dated this long before now is history being filled in, not news...
BACKFILL_AGE = timedelta(hours=1)
# ... and the reminders wait this long after the last such write before saying what is due.
BACKFILL_SETTLE = timedelta(minutes=2)
F = TypeVar("F", bound=Callable[..., Any])


def writes(fn: F) -> F:
    """A write that fails for storage reasons (disk full, read-only) raises StorageError (and the
    window says so once); its transaction was rolled back, so nothing is half-written."""

    @functools.wraps(fn)
    def wrapper(self: Controller, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(self, *args, **kwargs)
        except Exception as exc:
            if not is_storage_failure(exc):
                raise
            error = storage_error(exc)
            self.write_failed.emit(error.code)
            raise error from exc

    return wrapper  # type: ignore[return-value]


class Controller(QObject):
    #: a project was added, edited or deleted, or its messages changed (id, or -1 for "all")
    projects_changed = Signal(int)
    #: "now" moved on (minute tick); recompute timers without touching the database
    time_advanced = Signal()
    #: a reminder was snoozed or dismissed, or the quiet / snooze-all settings changed
    reminders_changed = Signal()
    #: something asks for a project to be shown (a notification, the tray, a second launch)
    show_project = Signal(int)
    #: a write failed for a storage reason (code: disk_full | read_only | storage_failed)
    write_failed = Signal(str)

    def __init__(self, data_dir: Path, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.clock: Clock = clock or SystemClock()
        self.thresholds: Thresholds = settings.thresholds_from_settings()
        self.lang = "en"  # the interface language, set at start-up
        self.custom_data_dir = False  # --data-dir or the environment variable was used
        # While the user fills in history (messages dated in the past, an import), the reminders
        # wait until this instant, then say what is still due at once (see ReminderScheduler).
        self.settle_until: datetime | None = None

    def now(self) -> datetime:
        return self.clock.now()

    def _note_history(self, at: datetime | None = None) -> None:
        """A write that fills in the past: reminders settle (BACKFILL_SETTLE) before firing."""
        now = self.now()
        if at is None or at < now - BACKFILL_AGE:
            self.settle_until = now + BACKFILL_SETTLE

    # --- reading
    def overview(self) -> list[ProjectRow]:
        """Every project, computed."""
        return reads.project_overview(self.now(), self.thresholds)

    def list_rows(self, now: datetime) -> list[ProjectRow]:
        """Every project for the list at ``now``: computed where its stored next step no longer
        holds, the others when shown (:meth:`load_rows`)."""
        return reads.project_overview(now, self.thresholds, lazy=True)

    def load_rows(self, rows: list[ProjectRow], now: datetime) -> None:
        reads.load_rows(rows, now, self.thresholds)

    def evidence_report(self, project_id: int, lang: str) -> Report:
        """The evidence report of a project, in ``lang``, at this instant, with the thresholds."""
        from companion.model import report
        from companion.store.report import report_input

        return report.build(report_input(project_id), lang, self.clock.local_tz(), self.now(), self.thresholds)

    def remember_actions(self, rows: list[ProjectRow], now: datetime) -> None:
        """Keep the computed next steps for the next start (best effort, see action_cache)."""
        from companion.store import action_cache

        action_cache.remember(rows, now, self.thresholds)

    # --- writing (each emits projects_changed)
    @writes
    def create_project(self, data: ProjectInput) -> int:
        project = repo.create_project(data, self.now())
        self.projects_changed.emit(project.id)
        return int(project.id)

    @writes
    def update_project(self, project_id: int, data: ProjectInput) -> None:
        repo.update_project(project_id, data, self.now())
        self.projects_changed.emit(project_id)

    @writes
    def set_archived(self, project_id: int, archived: bool) -> None:
        repo.set_archived(project_id, archived, self.now())
        self.projects_changed.emit(project_id)

    @writes
    def delete_project(self, project_id: int) -> None:
        repo.delete_project(project_id, self.now())
        self.projects_changed.emit(project_id)

    @writes
    def log_message(self, project_id: int, data: MessageInput) -> None:
        repo.log_message(project_id, data, self.now())
        self._note_history(data.at)
        self.projects_changed.emit(project_id)

    def log_now(self, project_id: int, direction: str) -> None:
        # the exact instant (not a typed time): two clicks in one minute keep their order
        self.log_message(project_id, repo.MessageInput(at=self.now(), direction=direction))

    @writes
    def update_message(self, message_id: int, project_id: int, data: MessageInput) -> None:
        repo.update_message(message_id, data, self.now())
        self._note_history(data.at)
        self.projects_changed.emit(project_id)

    @writes
    def mark_read(self, message_id: int, project_id: int, read_at: datetime) -> None:
        repo.mark_read(message_id, read_at, self.now())
        self.projects_changed.emit(project_id)

    @writes
    def delete_message(self, message_id: int, project_id: int) -> None:
        repo.delete_message(message_id, self.now())
        self.projects_changed.emit(project_id)

    @writes
    def record_request(self, project_id: int, side: str, filed_at: datetime, route: str = "") -> None:
        repo.record_request(project_id, side, filed_at, self.now(), route)
        self.projects_changed.emit(project_id)

    @writes
    def close_request(self, request_id: int, project_id: int, status: str, answered_at: datetime | None = None) -> None:
        repo.close_request(request_id, status, self.now(), answered_at=answered_at)
        self.projects_changed.emit(project_id)

    @writes
    def set_wants_to_continue(self, project_id: int, wants: bool | None) -> None:
        repo.set_wants_to_continue(project_id, wants, self.now())
        self.projects_changed.emit(project_id)

    @writes
    def set_stage_entered_at(self, project_id: int, at: datetime) -> None:
        repo.set_stage_entered_at(project_id, at, self.now())
        self.projects_changed.emit(project_id)

    @writes
    def set_last_seen(self, project_id: int, at: datetime | None) -> None:
        repo.set_last_seen(project_id, at, self.now())
        self.projects_changed.emit(project_id)

    @writes
    def set_latest_read_state(self, project_id: int, read_state: str) -> None:
        repo.set_latest_read_state(project_id, read_state, self.now())
        self.projects_changed.emit(project_id)

    @writes
    def set_text_language(self, project_id: int, language: str) -> None:
        repo.set_text_language(project_id, language, self.now())
        self.projects_changed.emit(project_id)

    @writes
    def set_stage(self, project_id: int, stage: str) -> None:
        repo.set_stage(project_id, stage, self.now())
        self.projects_changed.emit(project_id)

    @writes
    def record_support_contact(self, project_id: int, at: datetime) -> None:
        repo.record_support_contact(project_id, at, self.now())
        self.projects_changed.emit(project_id)

    @writes
    def record_wizard_run(self, project_id: int, **data: object) -> None:
        repo.record_event(project_id, "wizard_run", self.now(), **data)
        self.projects_changed.emit(project_id)

    @writes
    def set_reminders(self, keys: list[tuple[int, str, str]], status: str, until: datetime | None = None) -> None:
        repo.set_reminder_states(keys, status, self.now(), until)
        self.reminders_changed.emit()

    def scheduler_record(self, keys: list[tuple[int, str, str]] | None = None, digest_at: datetime | None = None) -> bool:
        """What the reminder scheduler records by itself: reminders it fired (``keys``), the
        instant the daily digest went out. No signal (the scheduler re-plans after it anyway);
        a storage failure is logged, not told: the scheduler runs on timers, and a read-only
        database must not bring a message box at every plan. False if it could not be saved."""
        try:
            if keys:
                repo.set_reminder_states(keys, "fired", self.now())
            if digest_at is not None:
                repo.set_setting("digest_last", repo.to_db_time(digest_at))
        except Exception as exc:
            if not is_storage_failure(exc):
                raise
            log.warning("the scheduler could not record what it did: %s", exc)
            return False
        return True

    @writes
    def set_quiet(self, key: str, until: datetime | None) -> None:
        """Tray: quiet mode or snooze-all until an instant (None: off)."""
        repo.set_setting(key, repo.to_db_time(until) if until else None)
        self.reminders_changed.emit()

    # --- backups
    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    def backup_keep(self) -> int:
        keep: int = settings.values(["backups_keep"])["backups_keep"]
        return keep

    @writes
    def back_up(self, reason: str = "manual", protect: tuple[Path, ...] = ()) -> Path:
        from companion.store import backup

        return backup.back_up_open(self.db_path, reason, self.now(), self.backup_keep(), protect)

    @writes
    def restore(self, source: Path) -> Path:
        """Restore a backup; the current database is saved first. Returns the safety copy."""
        from companion.store import backup

        safety = backup.restore_open(source, self.db_path, self.now(), self.backup_keep())
        self.thresholds = settings.thresholds_from_settings()
        self.projects_changed.emit(-1)
        self.reminders_changed.emit()
        return safety

    @writes
    def import_path(self, path: Path) -> object:
        from companion.store import exchange

        summary = exchange.import_path(path, self.now())
        self._note_history()
        self.thresholds = settings.thresholds_from_settings()  # the import may bring settings
        self.projects_changed.emit(-1)
        self.reminders_changed.emit()
        return summary

    @writes
    def load_demo(self) -> int:
        from companion.store.demo import load_demo

        count = load_demo(self.now())
        self.projects_changed.emit(-1)
        return count

    def saved_language(self) -> str | None:
        language: str | None = settings.values(["language"])["language"]
        return language

    @writes
    def apply_settings(self, values: dict[str, object]) -> None:
        """Store the settings and recompute every timer with the new thresholds."""
        with repo.database_proxy.atomic():
            for key, value in values.items():
                repo.set_setting(key, value)
        self.thresholds = settings.thresholds_from_settings()
        self.projects_changed.emit(-1)
        self.reminders_changed.emit()
