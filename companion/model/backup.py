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
from companion.model.db import check_file, ro_uri

BACKUP_DIR = "backups"
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    projects: int | None  # None when the file cannot be read
    messages: int | None

    @property
    def readable(self) -> bool:
        return self.projects is not None


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def copy_database(source: sqlite3.Connection, target_path: Path) -> None:
    """Copy a live database into ``target_path`` with the online backup API (WAL-safe)."""
    old = os.umask(0o077)
    try:
        target = sqlite3.connect(str(target_path))
        try:
            source.backup(target)
        finally:
            target.close()
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
    prune(folder, keep, protect=(target, *protect))
    return target


def prune(folder: Path, keep: int, protect: tuple[Path, ...] = ()) -> None:
    """Keep the newest ``keep`` backups by their date (whatever their kind), and never the ones in
    ``protect`` (the copy just made, a restore's source)."""
    protected = {p.resolve() for p in protect}
    backups = sorted(folder.glob("companion-*.db"), key=lambda p: _parse(p)[0])
    for old in backups[: max(0, len(backups) - max(1, keep))]:
        if old.resolve() not in protected:
            old.unlink(missing_ok=True)


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


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Newest first, each with its project and message counts (None if unreadable)."""
    folder = backup_dir(db_path)
    infos = []
    for path in folder.glob("companion-*.db"):
        created, reason = _parse(path)
        projects, messages = read_counts(path)
        infos.append(BackupInfo(path, created, reason, projects, messages))
    return sorted(infos, key=lambda b: b.created, reverse=True)


def latest_good(db_path: Path) -> BackupInfo | None:
    return next((b for b in list_backups(db_path) if b.readable), None)


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
    """Replace the (closed) database at ``db_path`` by the backup's contents."""
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    source = sqlite3.connect(ro_uri(backup), uri=True)
    try:
        copy_database(source, db_path)
    finally:
        source.close()


def needs_daily_backup(db_path: Path, now: datetime) -> bool:
    """True if no backup was made today (names only: no file is opened)."""
    today = now.astimezone(UTC).date()
    return not any(_parse(p)[0].date() == today for p in backup_dir(db_path).glob("companion-*.db"))
