"""The ordered schema ladder.

A new database climbs the same ladder as an old one, so "fresh" and "migrated" can never differ.
Each step runs in one transaction together with its version bump and a ``foreign_key_check``;
foreign keys are switched off while migrating (SQLite table rebuilds would otherwise cascade-delete
child rows) and back on afterwards. Before an existing database is migrated, it is copied with
SQLite's online backup API.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import peewee

from companion.model.vocab import TIME_FORMAT


class MigrationError(peewee.DatabaseError):
    pass


def _v1(db: peewee.SqliteDatabase) -> None:
    """The first schema. Frozen: never edit; add a step instead."""
    for sql in (
        "CREATE TABLE schema_version (id INTEGER NOT NULL PRIMARY KEY, version INTEGER NOT NULL,"
        " changed_at TEXT NOT NULL)",
        "CREATE TABLE project (id INTEGER NOT NULL PRIMARY KEY, title TEXT NOT NULL,"
        " platform TEXT NOT NULL, role TEXT NOT NULL, counterparty TEXT NOT NULL,"
        " contract_type TEXT NOT NULL, stage TEXT NOT NULL, plan_change_pending INTEGER NOT NULL,"
        " url TEXT NOT NULL, amount DECIMAL(16, 2), start_date DATE, notes TEXT NOT NULL,"
        " archived INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
        "CREATE TABLE message (id INTEGER NOT NULL PRIMARY KEY,"
        " project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
        " at TEXT NOT NULL, direction TEXT NOT NULL, channel TEXT NOT NULL, text TEXT NOT NULL,"
        " no_reply_needed INTEGER NOT NULL, read_state TEXT NOT NULL, read_at TEXT,"
        " created_at TEXT NOT NULL)",
        "CREATE INDEX message_project_id ON message (project_id)",
        "CREATE TABLE event (id INTEGER NOT NULL PRIMARY KEY,"
        " project_id INTEGER REFERENCES project (id) ON DELETE SET NULL,"
        " at TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL)",
        "CREATE INDEX event_project_id ON event (project_id)",
        "CREATE TABLE setting (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)",
    ):
        db.execute_sql(sql)


def _v2(db: peewee.SqliteDatabase) -> None:
    """Currency per project, the 連絡催促申請 table, and the index the silence timers read."""
    for sql in (
        "ALTER TABLE project ADD COLUMN currency TEXT NOT NULL DEFAULT 'JPY'",
        "CREATE TABLE reminder_request (id INTEGER NOT NULL PRIMARY KEY,"
        " project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
        " side TEXT NOT NULL, filed_at TEXT NOT NULL, status TEXT NOT NULL, closed_at TEXT)",
        "CREATE INDEX reminder_request_project_id ON reminder_request (project_id)",
        "DROP INDEX message_project_id",
        "CREATE INDEX message_project_id_direction_channel_at"
        " ON message (project_id, direction, channel, at)",
        "CREATE INDEX message_project_id_at ON message (project_id, at)",
    ):
        db.execute_sql(sql)


def _v3(db: peewee.SqliteDatabase) -> None:
    """Reminder states: fired / dismissed / snoozed, per armed period, so a restart never fires
    a reminder twice; and which requests a logged reply cleared automatically."""
    for sql in (
        "CREATE TABLE reminder_state (id INTEGER NOT NULL PRIMARY KEY,"
        " project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
        " kind TEXT NOT NULL, anchor TEXT NOT NULL, status TEXT NOT NULL, snoozed_until TEXT,"
        " updated_at TEXT NOT NULL)",
        "CREATE UNIQUE INDEX reminder_state_project_id_kind_anchor"
        " ON reminder_state (project_id, kind, anchor)",
        # a request cleared by a logged reply (not by the user): reopened if that reply goes
        "ALTER TABLE reminder_request ADD COLUMN auto_answered INTEGER NOT NULL DEFAULT 0",
    ):
        db.execute_sql(sql)


def _v4(db: peewee.SqliteDatabase) -> None:
    """Where each conversation's "tail" starts, kept by the database itself.

    The timers only need the messages from the earlier of the counterparty's and the user's last
    on-platform message (see reads.py). ``project.tail_from`` holds that instant ('' when there
    is none: the whole conversation), and triggers keep it right on every insert, delete and
    change of a message, whoever writes it: the list then reads each tail with one index range
    scan instead of four look-ups per project. The (project_id, at) index now covers that read.
    """

    def tail_from(project: str) -> str:
        last = "COALESCE((SELECT MAX(at) FROM message WHERE project_id = {p} AND direction = '{d}' AND channel = '{c}'), '')"
        return (
            f"MIN(MAX({last.format(p=project, d='in', c='platform')}, {last.format(p=project, d='in', c='workspace')}),"
            f" MAX({last.format(p=project, d='out', c='platform')}, {last.format(p=project, d='out', c='workspace')}))"
        )

    def update(ref: str) -> str:
        return f"UPDATE project SET tail_from = {tail_from(ref + '.project_id')} WHERE id = {ref}.project_id;"

    for sql in (
        "ALTER TABLE project ADD COLUMN tail_from TEXT NOT NULL DEFAULT ''",
        f"CREATE TRIGGER message_tail_insert AFTER INSERT ON message BEGIN {update('NEW')} END",
        f"CREATE TRIGGER message_tail_delete AFTER DELETE ON message BEGIN {update('OLD')} END",
        "CREATE TRIGGER message_tail_update AFTER UPDATE OF project_id, at, direction, channel ON message"
        f" BEGIN {update('OLD')} {update('NEW')} END",
        f"UPDATE project SET tail_from = {tail_from('project.id')}",
        "DROP INDEX message_project_id_at",
        "CREATE INDEX message_project_id_at"
        " ON message (project_id, at, direction, channel, no_reply_needed, read_state)",
    ):
        db.execute_sql(sql)


def _v5(db: peewee.SqliteDatabase) -> None:
    """A version number per project that the database bumps on every change the list's next step
    depends on, and the place where the app keeps that next step ("action") between starts.

    ``project.data_version`` goes up, by triggers, whenever one of the project's messages or
    reminder requests is added, changed or deleted, or its platform, role, contract type, stage or
    plan-change flag changes, whoever writes. The app stores the action it computed with the
    version it computed it from, the instant it was computed and the instant until which it holds
    (the ``action*`` columns); a start-up sorts the list by the stored actions that are still valid and
    only computes the projects it shows (see companion.store.action_cache).
    """

    def bump(ref: str) -> str:
        return f"UPDATE project SET data_version = data_version + 1 WHERE id = {ref};"

    for sql in (
        "ALTER TABLE project ADD COLUMN data_version INTEGER NOT NULL DEFAULT 0",
        # the stored action: computed from data_version = action_version, with thresholds and
        # rules identified by action_key, valid from action_from until action_until ('' = open)
        "ALTER TABLE project ADD COLUMN action TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE project ADD COLUMN action_version INTEGER NOT NULL DEFAULT -1",
        "ALTER TABLE project ADD COLUMN action_key TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE project ADD COLUMN action_from TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE project ADD COLUMN action_until TEXT NOT NULL DEFAULT ''",
        f"CREATE TRIGGER message_version_insert AFTER INSERT ON message BEGIN {bump('NEW.project_id')} END",
        f"CREATE TRIGGER message_version_delete AFTER DELETE ON message BEGIN {bump('OLD.project_id')} END",
        "CREATE TRIGGER message_version_update AFTER UPDATE OF project_id, at, direction, channel,"
        f" no_reply_needed, read_state ON message BEGIN {bump('OLD.project_id')} {bump('NEW.project_id')} END",
        f"CREATE TRIGGER request_version_insert AFTER INSERT ON reminder_request BEGIN {bump('NEW.project_id')} END",
        f"CREATE TRIGGER request_version_delete AFTER DELETE ON reminder_request BEGIN {bump('OLD.project_id')} END",
        "CREATE TRIGGER request_version_update AFTER UPDATE OF project_id, side, filed_at, status ON reminder_request"
        f" BEGIN {bump('OLD.project_id')} {bump('NEW.project_id')} END",
        "CREATE TRIGGER project_version_update AFTER UPDATE OF platform, role, contract_type, stage,"
        f" plan_change_pending ON project BEGIN {bump('NEW.id')} END",
    ):
        db.execute_sql(sql)


def _v6(db: peewee.SqliteDatabase) -> None:
    """What the user told the wizard, and the language of the texts to the other side.

    ``project.wants_to_continue``: the client's answer to "should the work continue?" (NULL: not
    asked; 0/1), used by the verdict, so a change bumps ``data_version`` like the other facts.
    ``project.text_language``: the language of the texts to the counterparty and to support
    ('' = the platform's: Japanese on Japanese platforms; or 'ja' / 'en').
    """
    for sql in (
        "ALTER TABLE project ADD COLUMN wants_to_continue INTEGER",
        "ALTER TABLE project ADD COLUMN text_language TEXT NOT NULL DEFAULT ''",
        "DROP TRIGGER project_version_update",
        "CREATE TRIGGER project_version_update AFTER UPDATE OF platform, role, contract_type, stage,"
        " plan_change_pending, wants_to_continue ON project"
        " BEGIN UPDATE project SET data_version = data_version + 1 WHERE id = NEW.id; END",
    ):
        db.execute_sql(sql)


def _v7(db: peewee.SqliteDatabase) -> None:
    """What the other platforms' clocks need (DOMAIN-PLATFORMS.md).

    ``project.stage_entered_at``: when the project entered its stage (a purchase, a delivery start
    the platforms' clocks), from the history: the latest stage change, else the project's
    creation. ``project.counterparty_last_seen_at``: "last seen online", where a platform shows it
    instead of a read state. ``reminder_request.route``: which of the platform's routes a request
    is ('' = the platform's main one, as every request before this version).
    """
    latest_change = (
        "(SELECT MAX(e.at) FROM event AS e WHERE e.project_id = project.id AND e.kind = 'stage_changed')"
    )
    for sql in (
        "ALTER TABLE project ADD COLUMN stage_entered_at TEXT",
        f"UPDATE project SET stage_entered_at = COALESCE({latest_change}, created_at)",
        "ALTER TABLE project ADD COLUMN counterparty_last_seen_at TEXT",
        "ALTER TABLE reminder_request ADD COLUMN route TEXT NOT NULL DEFAULT ''",
        "DROP TRIGGER project_version_update",
        "CREATE TRIGGER project_version_update AFTER UPDATE OF platform, role, contract_type, stage,"
        " plan_change_pending, wants_to_continue, stage_entered_at, counterparty_last_seen_at ON project"
        " BEGIN UPDATE project SET data_version = data_version + 1 WHERE id = NEW.id; END",
        "DROP TRIGGER request_version_update",
        "CREATE TRIGGER request_version_update AFTER UPDATE OF project_id, side, filed_at, status, route"
        " ON reminder_request BEGIN"
        " UPDATE project SET data_version = data_version + 1 WHERE id = OLD.project_id;"
        " UPDATE project SET data_version = data_version + 1 WHERE id = NEW.project_id; END",
    ):
        db.execute_sql(sql)


STEPS: tuple[tuple[int, Callable[[peewee.SqliteDatabase], None]], ...] = (
    (1, _v1),
    (2, _v2),
    (3, _v3),
    (4, _v4),
    (5, _v5),
    (6, _v6),
    (7, _v7),
)
LATEST_VERSION = STEPS[-1][0]


def current_version(db: peewee.SqliteDatabase) -> int:
    if "schema_version" not in db.get_tables():
        return 0
    row = db.execute_sql("SELECT version FROM schema_version WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def migrate_to_latest(
    db: peewee.SqliteDatabase,
    *,
    target: int = LATEST_VERSION,
    backup_dir: Path | None = None,
) -> int:
    """Bring ``db`` to ``target``; return the version it had before."""
    start = current_version(db)
    if start > LATEST_VERSION:
        raise MigrationError(
            f"the database has schema version {start}, newer than this app understands "
            f"({LATEST_VERSION}); please update Renraku Companion"
        )
    if start >= target:
        return start
    if start > 0:
        backup_before_migration(db, start, backup_dir)
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        for version, step in STEPS:
            if start < version <= target:
                with db.atomic():
                    step(db)
                    now = datetime.now(UTC).strftime(TIME_FORMAT)
                    db.execute_sql(
                        "INSERT INTO schema_version (id, version, changed_at) VALUES (1, ?, ?)"
                        " ON CONFLICT(id) DO UPDATE SET version = excluded.version,"
                        " changed_at = excluded.changed_at",
                        (version, now),
                    )
                    problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise MigrationError(
                            f"migration to version {version} broke {len(problems)} references"
                        )
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")
    return start


def backup_before_migration(db: peewee.SqliteDatabase, version: int, backup_dir: Path | None) -> Path | None:
    """Copy the database with SQLite's online backup API (WAL-safe), named by version and time."""
    if backup_dir is None:
        if db.database in (":memory:", ""):
            return None
        backup_dir = Path(db.database).parent / "backups"
    from companion.store.backup import copy_database

    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"companion-v{version}-{stamp}.db"
    copy_database(db.connection(), target)
    return target
