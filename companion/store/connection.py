"""The database connection: one peewee ``SqliteDatabase``, opened at start-up, private to the user.

:func:`open_connection` checks what the file is before anything writes to it, then sets the
pragmas (WAL, foreign keys on, every commit synced) and brings the schema up to date. The peewee
models (:mod:`companion.store.models`) are bound to ``database_proxy``; the store's few hot reads
(:mod:`companion.store.reads`, settings) run their SQL on the same connection
(:func:`connection`), so reads and writes share one view of the data and one transaction.
It is one connection, used from the GUI thread only (peewee's ``thread_safe=False``, and sqlite3
refuses another thread): a worker thread opens its own.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import peewee

DB_FILENAME = "companion.db"
# The schema version this code reads and writes (the last step of migrations.STEPS; a test checks).
SCHEMA_VERSION = 7

PRAGMAS: dict[str, Any] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # FULL: a commit is on the disk before the app says it is saved, even if the power fails
    # right after (NORMAL survives a crash of the app but may lose the last commits to an OS crash
    # or a power cut). The evidence of a dispute is worth the few milliseconds a write costs.
    "synchronous": "full",
    "busy_timeout": 3000,
}

database_proxy = peewee.DatabaseProxy()
_db: peewee.SqliteDatabase | None = None


class DatabaseOpenError(Exception):
    """The database file cannot be opened or read; the message says which file and why.

    ``reason`` is a code the UI translates (locked, damaged, permissions, newer, backup, other).
    """

    def __init__(self, message: str, reason: str = "other", path: Path | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path


def open_connection(path: Path, *, migrate: bool = True) -> sqlite3.Connection:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    Raises :class:`DatabaseOpenError` with a plain explanation for the usual failures: the folder
    is not writable, the file is locked by another program, or it is not a database.
    """
    close_database()
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DatabaseOpenError(
            f"Cannot create the data folder {path.parent}: {exc.strerror}.", "permissions", path
        ) from exc
    if path.is_symlink() and not path.exists():
        # SQLite would create the database wherever the link points, outside the data folder.
        raise DatabaseOpenError(
            f"Cannot open the database {path}: it is a link to {os.readlink(path)}, which does not"
            " exist. Nothing was created; remove the link or restore the file it points to.",
            "link", path,
        )
    old_umask = os.umask(0o077)
    try:
        db = _connect(str(path), path)
        try:
            # What the file is, before any PRAGMA that writes (journal_mode=wal rewrites the
            # header): a file that is refused here is left byte-for-byte as it was.
            version = inspect_schema(db.connection(), path)
            for pragma, value in PRAGMAS.items():
                db.execute_sql(f"PRAGMA {pragma} = {value}")
        except BaseException as exc:
            db.close()
            if isinstance(exc, (sqlite3.Error, peewee.DatabaseError)):
                raise DatabaseOpenError(_explain(path, exc), _reason(exc), path) from exc
            raise
    finally:
        os.umask(old_umask)
    _set_database(db)
    if migrate and version != SCHEMA_VERSION:
        _migrate(path)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return connection()


def _connect(target: str, path: Path, *, uri: bool = False) -> peewee.SqliteDatabase:
    """A peewee database on ``target``, connected, no pragmas yet (see :func:`open_connection`)."""
    db = peewee.SqliteDatabase(target, timeout=3, uri=uri, thread_safe=False, autoconnect=False)
    try:
        db.connect()
    except (sqlite3.Error, peewee.DatabaseError) as exc:
        raise DatabaseOpenError(_explain(path, exc), _reason(exc), path) from exc
    return db


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open the database at ``path`` for reading only, while the app may be running on it: no
    migration, no PRAGMA that writes, no lock taken. A file of another schema version is refused
    (an older one is brought up to date by the app itself)."""
    close_database()
    path = Path(path)
    db = _connect(ro_uri(path), path, uri=True)
    try:
        version = inspect_schema(db.connection(), path)
        if version != SCHEMA_VERSION:
            raise DatabaseOpenError(
                f"Cannot read the database {path}: it has schema version {version}; start Renraku"
                f" Companion once to update it to version {SCHEMA_VERSION}.",
                "older", path,
            )
        db.execute_sql("PRAGMA query_only = 1")
    except BaseException as exc:
        db.close()
        if isinstance(exc, sqlite3.Error):
            raise DatabaseOpenError(_explain(path, exc), _reason(exc), path) from exc
        raise
    _set_database(db)
    return connection()


def open_database(path: Path, *, migrate: bool = True) -> peewee.SqliteDatabase:
    """:func:`open_connection`, returning the peewee database (tools and tests)."""
    open_connection(path, migrate=migrate)
    return peewee_database()


def _migrate(path: Path) -> None:
    from companion.store.migrations import migrate_to_latest

    try:
        migrate_to_latest(peewee_database())
    except (peewee.OperationalError, peewee.DatabaseError, sqlite3.Error) as exc:
        close_database()
        raise DatabaseOpenError(_explain(path, exc), _reason(exc), path) from exc
    except OSError as exc:  # e.g. the backups folder cannot be created before migrating
        close_database()
        raise DatabaseOpenError(
            f"Cannot back up {path} before updating it: {exc.strerror or exc}.", "backup", path
        ) from exc


# The tables each schema version has (the migration ladder adds them; a test checks this against
# a database that climbed it). A file that claims a version but lacks one is refused.
TABLES_SINCE: dict[int, frozenset[str]] = {
    1: frozenset({"schema_version", "project", "message", "event", "setting"}),
    2: frozenset({"reminder_request"}),
    3: frozenset({"reminder_state"}),
}


def tables_of_version(version: int) -> frozenset[str]:
    return frozenset().union(*(tables for since, tables in TABLES_SINCE.items() if since <= version))


def inspect_schema(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of the file behind ``conn`` (0: new and empty), read without writing.

    Refuses (:class:`DatabaseOpenError`) another program's SQLite file (tables, but no
    ``schema_version``), a file made by a newer version, and one that claims a version but lacks
    that version's tables (damaged, or crafted): each is left unchanged, never migrated."""
    tables = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    }
    if "schema_version" not in tables:
        if tables:
            listed = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
            raise DatabaseOpenError(
                f"Cannot open the database {path}: it is another program's SQLite database (tables: "
                f"{listed}), not Renraku Companion's. It has not been changed.",
                "foreign", path,
            )
        return 0
    row = conn.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
    version = row[0] if row else 0
    if not isinstance(version, int) or version < 0:
        raise DatabaseOpenError(
            f"Cannot open the database {path}: its schema version ({version!r}) is not a version"
            " number: the file is damaged. It has not been changed.",
            "damaged", path,
        )
    if version > SCHEMA_VERSION:
        raise DatabaseOpenError(
            f"Cannot open the database {path}: it has schema version {version}, newer than this app"
            f" understands ({SCHEMA_VERSION}): it was made by a newer version of Renraku Companion."
            " It has not been changed; please update the app.",
            "newer", path,
        )
    missing = tables_of_version(version) - tables
    if missing or version == 0:  # (the first step writes its version with its tables)
        what = (
            f"claims schema version {version} but lacks the table{'s' * (len(missing) > 1)} {', '.join(sorted(missing))}"
            if missing else "has a schema_version table without a version"
        )
        raise DatabaseOpenError(
            f"Cannot open the database {path}: it {what}: the file is damaged or was not written by"
            " Renraku Companion. It has not been changed.",
            "damaged", path,
        )
    return version


def schema_version(conn: sqlite3.Connection | None = None) -> int:
    """The schema version of the open database (0: a new, empty file)."""
    conn = conn or connection()
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone() is None:
        return 0
    row = conn.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def connection() -> sqlite3.Connection:
    """The open connection (raises if no database is open)."""
    if _db is None:
        raise sqlite3.ProgrammingError("no database is open")
    conn: sqlite3.Connection = _db.connection()
    return conn


def peewee_database() -> peewee.SqliteDatabase:
    """The open peewee database (raises if none is open)."""
    if _db is None:
        raise sqlite3.ProgrammingError("no database is open")
    return _db


def _set_database(db: peewee.SqliteDatabase) -> None:
    global _db
    _db = db
    database_proxy.initialize(db)


def close_database() -> None:
    global _db
    if _db is not None and not _db.is_closed():
        _db.close()
    _db = None


def ro_uri(path: Path) -> str:
    """A read-only SQLite URI; as_uri() escapes #, ? and % in folder names."""
    return path.resolve().as_uri() + "?mode=ro"


DAMAGE_WORDS = ("not a database", "malformed", "corrupt", "file is encrypted", "disk image")


def check_file(db_path: Path) -> str | None:
    """None if the database file is sound (or absent, or cannot be read for another reason such as
    permissions or a lock: the open step explains those), else what is damaged."""
    if not db_path.is_file():
        return None
    try:
        conn = sqlite3.connect(ro_uri(db_path), uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        return str(exc) if any(word in text for word in DAMAGE_WORDS) else None
    return None if result == "ok" else str(result)


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


def is_storage_failure(exc: BaseException) -> bool:
    """Whether ``exc`` is the database or the disk failing (full, read-only, damaged), as opposed
    to a bug: sqlite3's errors, peewee's wrappings of them, and OS errors."""
    if isinstance(exc, (sqlite3.Error, OSError)):
        return True
    import sys

    peewee = sys.modules.get("peewee")  # (peewee wraps sqlite3's errors in its own)
    return peewee is not None and isinstance(exc, (peewee.OperationalError, peewee.DatabaseError))


def integrity_problem() -> str | None:
    """None if the open database passes SQLite's quick check, else what is wrong (a read error
    is damage too)."""
    try:
        result = str(connection().execute("PRAGMA quick_check").fetchone()[0])
    except Exception as exc:
        return str(exc)
    return None if result == "ok" else result


def stop_writes() -> None:
    """Refuse every write from now on (a damaged file: nothing more is written into it)."""
    with contextlib.suppress(Exception):
        connection().execute("PRAGMA query_only = ON")
