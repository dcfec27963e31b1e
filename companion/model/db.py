"""The database connection: deferred, opened once at start-up, private to the user.

The models are bound to a :class:`peewee.DatabaseProxy`; :func:`open_database` initialises it with
a real SQLite file (WAL, foreign keys on), migrates it to the current schema and returns it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import peewee

database_proxy = peewee.DatabaseProxy()

DB_FILENAME = "companion.db"

PRAGMAS: dict[str, Any] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 3000,
}


class DatabaseOpenError(Exception):
    """The database file cannot be opened or read; the message says which file and why.

    ``reason`` is a code the UI translates (locked, damaged, permissions, newer, backup, other).
    """

    def __init__(self, message: str, reason: str = "other", path: Path | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path


def open_database(path: Path, *, migrate: bool = True) -> peewee.SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    Raises :class:`DatabaseOpenError` with a plain explanation for the usual failures: the folder
    is not writable, the file is locked by another program, or it is not a database.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DatabaseOpenError(
            f"Cannot create the data folder {path.parent}: {exc.strerror}.", "permissions", path
        ) from exc
    old_umask = os.umask(0o077)
    try:
        db = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=3)
        try:
            db.connect()
            # Touch the file so a non-database or an unreadable file fails here, clearly.
            db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except (peewee.OperationalError, peewee.DatabaseError, sqlite3.Error) as exc:
            with contextlib.suppress(Exception):
                db.close()
            raise DatabaseOpenError(_explain(path, exc), _reason(exc), path) from exc
    finally:
        os.umask(old_umask)
    database_proxy.initialize(db)
    if migrate:
        from companion.model.migrations import migrate_to_latest

        try:
            migrate_to_latest(db)
        except (peewee.OperationalError, peewee.DatabaseError, sqlite3.Error) as exc:
            close_database()
            raise DatabaseOpenError(_explain(path, exc), _reason(exc), path) from exc
        except OSError as exc:  # e.g. the backups folder cannot be created before migrating
            close_database()
            raise DatabaseOpenError(
                f"Cannot back up {path} before updating it: {exc.strerror or exc}.", "backup", path
            ) from exc
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return db


def close_database() -> None:
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()


def _reason(exc: BaseException) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return "locked"
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return "damaged"
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return "permissions"
    if "newer" in text:
        return "newer"
    return "other"


def _explain(path: Path, exc: BaseException) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        why = "it is locked by another program (is Renraku Companion already running?)"
    elif "not a database" in text or "malformed" in text or "file is encrypted" in text:
        why = "the file is not a Renraku Companion database or is damaged"
    elif "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        why = "the file or its folder cannot be read or written (check its permissions)"
    else:
        why = str(exc)
    return f"Cannot open the database {path}: {why}."
