"""Backups and recovery of the database: never a file copy, always SQLite's online backup API.

* A backup before every migration (migrations.py), at the first start of each day, and on demand;
  the last N are kept.
* At start-up an integrity check: a damaged or unreadable file is never overwritten, it is moved
  aside with a timestamp and the user chooses what to do (restore the latest good backup, start
  empty, or quit).
* Restoring first saves a safety copy of the current database.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

# The integrity check lives with the connection (db.py): start-up does not import this module.
from companion.store.connection import check_file, ro_uri

BACKUP_DIR = "backups"
DEFAULT_KEEP = 10
# A backup is written under a temporary name and renamed when complete: a failed or killed copy
# leaves only this, which no listing, "keep N" or "today's backup exists" ever counts.
PARTIAL_SUFFIX = ".partial"
SIDE_FILES = ("-journal", "-wal", "-shm")
# Dated later than this after "now": made while the clock was ahead. Such a backup is flagged,
# never chosen as "the latest good backup" while another exists, and is the first to be pruned.
FUTURE_TOLERANCE_S = 600


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    projects: int | None  # None when the file cannot be read
    messages: int | None
    future: bool = False  # dated after "now": the clock was ahead when it was made

    @property
    def readable(self) -> bool:
        return self.projects is not None


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _remove(path: Path) -> None:
    """A database file and the journals SQLite may have left beside it."""
    for side in SIDE_FILES:
        path.with_name(path.name + side).unlink(missing_ok=True)
    path.unlink(missing_ok=True)


def copy_database(source: sqlite3.Connection, target_path: Path, *, drop_journals: bool = False) -> None:
    """Copy a live database into ``target_path`` with the online backup API (WAL-safe).

    The copy is made under a temporary name beside the target, left in rollback-journal mode (so
    opening it read-only later creates no ``-wal``/``-shm``), and renamed over the target only
    when complete: ``target_path`` is either what it was or the whole copy, never half of one."""
    if target_path.is_symlink():
        target_path = target_path.resolve()  # replace the file a link points to, not the link
    partial = target_path.with_name(target_path.name + PARTIAL_SUFFIX)
    _remove(partial)
    old = os.umask(0o077)
    try:
        target = sqlite3.connect(str(partial), isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = delete")
        finally:
            target.close()
        if drop_journals:  # the target's own -wal/-shm belong to the data being replaced
            for side in ("-wal", "-shm"):
                target_path.with_name(target_path.name + side).unlink(missing_ok=True)
        os.replace(partial, target_path)
    except BaseException:
        _remove(partial)
        raise
    finally:
        os.umask(old)


def make_backup(
    conn: sqlite3.Connection, db_path: Path, reason: str, now: datetime, keep: int = DEFAULT_KEEP,
    protect: tuple[Path, ...] = (),
) -> Path:
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"companion-{_stamp(now)}-{reason}.db"
    copy_database(conn, target)
    prune(folder, keep, now, protect=(target, *protect))
    return target


def _backups(folder: Path) -> list[Path]:
    return [p for p in folder.glob("companion-*.db") if p.is_file()]


def _is_future(created: datetime, now: datetime) -> bool:
    return (created - now).total_seconds() > FUTURE_TOLERANCE_S


def prune(folder: Path, keep: int, now: datetime, protect: tuple[Path, ...] = ()) -> None:
    """Keep the newest ``keep`` backups by their date (whatever their kind), and never the ones in
    ``protect`` (the copy just made, a restore's source). A backup dated in the future (the clock
    was ahead) ranks as the oldest, so it never holds a slot for good; the journals beside a
    pruned backup go with it, and so do the leftovers of copies that never completed."""
    protected = {p.resolve() for p in protect}
    for leftover in folder.glob("*" + PARTIAL_SUFFIX):
        if leftover.resolve() not in protected:
            _remove(leftover)

    def rank(path: Path) -> tuple[bool, datetime]:
        created = _parse(path)[0]
        return (not _is_future(created, now), created)

    backups = sorted(_backups(folder), key=rank)
    for old in backups[: max(0, len(backups) - max(1, keep))]:
        if old.resolve() not in protected:
            _remove(old)
    for side in SIDE_FILES:  # journals whose backup is gone
        for orphan in folder.glob(f"companion-*.db{side}"):
            if not orphan.with_name(orphan.name[: -len(side)]).exists():
                orphan.unlink(missing_ok=True)


def _parse(path: Path) -> tuple[datetime, str]:
    # companion-<stamp>-<reason>.db, or companion-v<N>-<stamp>.db (before a migration)
    parts = path.stem.split("-")
    for i, part in enumerate(parts[1:], start=1):
        try:
            created = datetime.strptime(part, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        except ValueError:
            continue
        rest = [p for j, p in enumerate(parts[1:], start=1) if j != i]
        return created, "-".join(rest) or "backup"
    return datetime.fromtimestamp(path.stat().st_mtime, UTC), "backup"


def read_counts(path: Path) -> tuple[int | None, int | None]:
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None, None
            projects = conn.execute("SELECT count(*) FROM project").fetchone()[0]
            messages = conn.execute("SELECT count(*) FROM message").fetchone()[0]
            return int(projects), int(messages)
        finally:
            conn.close()
    except sqlite3.Error:
        return None, None


def list_backups(db_path: Path, now: datetime | None = None) -> list[BackupInfo]:
    """Newest first, each with its project and message counts (None if unreadable); the ones dated
    in the future (made while the clock was ahead) come last, flagged, newest first among them."""
    now = now or datetime.now(UTC)
    infos = []
    for path in _backups(backup_dir(db_path)):
        created, reason = _parse(path)
        projects, messages = read_counts(path)
        infos.append(BackupInfo(path, created, reason, projects, messages, _is_future(created, now)))
    return sorted(infos, key=lambda b: (not b.future, b.created), reverse=True)


def latest_good(db_path: Path, now: datetime | None = None) -> BackupInfo | None:
    """The newest readable backup that is not dated in the future; one that is only if there is
    nothing else (it is flagged: the recovery dialog says so)."""
    return next((b for b in list_backups(db_path, now) if b.readable), None)


def schema_version(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True)
        try:
            row = conn.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
            return int(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.Error:
        return None


@dataclass(frozen=True)
class Contents:
    """What a database holds, in the words of a restore's question: counts and the newest message."""

    schema_version: int | None
    active_projects: int
    archived_projects: int
    messages: int
    newest_message_at: datetime | None  # UTC; None without messages
    created: datetime | None = None  # a backup's: when it was made (from its name)

    @property
    def projects(self) -> int:
        return self.active_projects + self.archived_projects

    def holds_less_than(self, other: Contents) -> bool:
        """Fewer projects or messages than ``other``, or an older newest message: restoring this
        over ``other`` loses something unless the user has moved it elsewhere."""
        older = other.newest_message_at is not None and (
            self.newest_message_at is None or self.newest_message_at < other.newest_message_at)
        return self.projects < other.projects or self.messages < other.messages or older


def _contents(conn: sqlite3.Connection) -> Contents:
    from companion.model.vocab import from_db_time

    row = conn.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
    active, archived = conn.execute(
        "SELECT coalesce(sum(archived = 0), 0), coalesce(sum(archived != 0), 0) FROM project").fetchone()
    messages, newest = conn.execute("SELECT count(*), max(at) FROM message").fetchone()
    return Contents(
        int(row[0]) if row else None, int(active), int(archived), int(messages),
        from_db_time(newest) if isinstance(newest, str) else None,
    )


def current_contents() -> Contents:
    """What the open database holds now."""
    from companion.store.connection import connection

    return _contents(connection())


def backup_contents(path: Path, latest_version: int | None = None) -> Contents:
    """What the backup at ``path`` holds, read without changing it (read-only, no journal made).
    Raises :class:`UnusableBackup` with a plain reason for a file that is damaged, is not a
    Renraku Companion database, or was made by a newer version (``latest_version``)."""
    from companion.store.connection import SCHEMA_VERSION

    latest = SCHEMA_VERSION if latest_version is None else latest_version
    if not path.is_file():
        raise UnusableBackup(f"the backup {path} does not exist (or is not a file)")
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise UnusableBackup(f"the backup {path.name} cannot be opened: {exc}") from exc
    try:
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise UnusableBackup(f"the backup {path.name} is damaged")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"schema_version", "project", "message"} <= tables:
                raise UnusableBackup(f"{path.name} is not a Renraku Companion backup (it lacks the app's tables)")
            contents = _contents(conn)
        except sqlite3.DatabaseError as exc:
            raise UnusableBackup(f"the backup {path.name} is damaged or not a database ({exc})") from exc
        except (TypeError, ValueError) as exc:  # a stored time or count that is no such thing
            raise UnusableBackup(f"the backup {path.name} holds values the app cannot read ({exc})") from exc
    finally:
        conn.close()
    if contents.schema_version is None:
        raise UnusableBackup(f"{path.name} is not a Renraku Companion backup (it has no schema version)")
    if contents.schema_version > latest:
        raise UnusableBackup(f"the backup {path.name} was made by a newer version of Renraku Companion")
    created, _reason = _parse(path)
    return Contents(contents.schema_version, contents.active_projects, contents.archived_projects,
                    contents.messages, contents.newest_message_at, created)


def move_aside(db_path: Path, now: datetime) -> Path:
    """Rename a damaged database (and its -wal / -shm files) out of the way; never delete it."""
    target = db_path.with_name(f"{db_path.name}.damaged-{_stamp(now)}")
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    db_path.replace(target)
    return target


class UnusableBackup(ValueError):
    pass


def verify(backup: Path, latest_version: int) -> None:
    """Refuse a backup that is damaged or made by a newer app, before anything is replaced."""
    problem = check_file(backup)
    if problem is not None or read_counts(backup) == (None, None):
        raise UnusableBackup(f"the backup {backup.name} is damaged or unreadable")
    version = schema_version(backup)
    if version is None or version > latest_version:
        raise UnusableBackup(f"the backup {backup.name} was made by a newer version of Renraku Companion")


def restore_file(backup: Path, db_path: Path) -> None:
    """Replace the (closed) database at ``db_path`` by the backup's contents: the whole copy is
    made first, so a restore that fails or is killed leaves the database as it was."""
    source = sqlite3.connect(ro_uri(backup), uri=True)
    try:
        copy_database(source, db_path, drop_journals=True)
    finally:
        source.close()


def needs_daily_backup(db_path: Path, now: datetime) -> bool:
    """True if no backup was made today (names only: no file is opened; a copy that never
    completed has no such name)."""
    today = now.astimezone(UTC).date()
    return not any(_parse(p)[0].date() == today for p in _backups(backup_dir(db_path)))


# --- the open database (what the app's "Back up now" and "Restore from backup…" do) ---------------


def back_up_open(db_path: Path, reason: str, now: datetime, keep: int, protect: tuple[Path, ...] = ()) -> Path:
    """A backup of the database open at ``db_path``, keeping the newest ``keep``."""
    from companion.store.connection import connection

    return make_backup(connection(), db_path, reason, now, keep, protect)


def restore_open(source: Path, db_path: Path, now: datetime, keep: int) -> Path:
    """Replace the open database by the backup ``source``; the current data is backed up first
    (returned: the safety copy) and put back if the restore fails. The database is open again
    afterwards, whatever happened."""
    from companion.store.connection import SCHEMA_VERSION, close_database, open_database

    verify(source, SCHEMA_VERSION)  # damaged or too new: refused before anything changes
    safety = back_up_open(db_path, "before-restore", now, keep, protect=(source,))
    close_database()
    try:
        restore_file(source, db_path)
        open_database(db_path)
    except Exception:
        close_database()
        restore_file(safety, db_path)  # put the current data back, then report
        open_database(db_path)
        raise
    return safety
