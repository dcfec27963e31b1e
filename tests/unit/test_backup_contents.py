"""What a backup holds against what is there now (the restore's question): read without
changing the backup; a damaged, foreign or newer file is refused with its reason."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from companion.store import backup, repo
from companion.store import connection as dbmod
from companion.store.repo import MessageInput, ProjectInput

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
H = timedelta(hours=1)


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "companion.db"
    dbmod.open_database(path)
    for k in range(3):
        p = repo.create_project(ProjectInput(title=f"p{k}"), T0)
        repo.log_message(p.id, MessageInput(at=T0 + k * H, direction="out"), T0 + k * H)
    repo.set_archived(p.id, True, T0)
    yield path
    dbmod.close_database()


def test_the_current_data_and_a_backup_of_it_hold_the_same(db_path):
    now = backup.current_contents()
    assert (now.schema_version, now.active_projects, now.archived_projects, now.messages) == (dbmod.SCHEMA_VERSION, 2, 1, 3)
    assert now.projects == 3 and now.newest_message_at == T0 + 2 * H and now.created is None
    made = backup.make_backup(dbmod.connection(), db_path, "manual", T0 + 3 * H)
    before = made.read_bytes()
    held = backup.backup_contents(made)
    assert held == backup.Contents(dbmod.SCHEMA_VERSION, 2, 1, 3, T0 + 2 * H, T0 + 3 * H)
    assert not held.holds_less_than(now) and not now.holds_less_than(held)
    assert made.read_bytes() == before  # read only: the backup is as it was
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no journal left beside it


def test_a_backup_made_before_newer_work_holds_less(db_path):
    made = backup.make_backup(dbmod.connection(), db_path, "manual", T0 + 3 * H)
    pid = repo.create_project(ProjectInput(title="new"), T0 + 4 * H).id
    repo.log_message(pid, MessageInput(at=T0 + 5 * H, direction="in"), T0 + 5 * H)
    held, now = backup.backup_contents(made), backup.current_contents()
    assert (held.projects, held.messages, now.projects, now.messages) == (3, 3, 4, 4)
    assert held.holds_less_than(now) and not now.holds_less_than(held)


@pytest.mark.parametrize(
    ("held", "now", "less"),
    [
        ((2, 0, 5, T0), (2, 0, 5, T0), False),
        ((1, 1, 5, T0), (2, 0, 5, T0), False),  # the same projects, one archived since
        ((2, 0, 5, T0), (3, 0, 5, T0), True),  # fewer projects
        ((2, 0, 4, T0), (2, 0, 5, T0), True),  # fewer messages
        ((2, 0, 5, T0 - H), (2, 0, 5, T0), True),  # as many, but an older newest message
        ((2, 0, 0, None), (2, 0, 1, T0), True),  # no messages against some
        ((2, 0, 0, None), (2, 0, 0, None), False),
        ((3, 0, 9, T0 + H), (2, 0, 5, T0), False),  # more than now
    ],
)
def test_what_counts_as_less(held, now, less):
    assert backup.Contents(7, *held).holds_less_than(backup.Contents(7, *now)) is less


def test_a_damaged_file_is_refused_and_left_as_it_was(tmp_path):
    bad = tmp_path / "companion-20261102T090000000000Z-manual.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = bad.read_bytes()
    with pytest.raises(backup.UnusableBackup, match="damaged"):
        backup.backup_contents(bad)
    assert bad.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path):
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(backup.UnusableBackup, match="not a Renraku Companion backup"):
        backup.backup_contents(foreign)


def test_a_backup_from_a_newer_version_is_refused(db_path):
    made = backup.make_backup(dbmod.connection(), db_path, "manual", T0)
    with pytest.raises(backup.UnusableBackup, match="newer version"):
        backup.backup_contents(made, latest_version=dbmod.SCHEMA_VERSION - 1)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(backup.UnusableBackup, match="does not exist"):
        backup.backup_contents(tmp_path / "gone.db")
