"""Backups, restore and recovery from damaged database files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest

from companion import app
from companion.store import backup, repo
from companion.store import connection as dbmod
from companion.store.models import Project
from companion.store.repo import MessageInput, ProjectInput

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "companion.db"
    dbmod.open_database(path)
    for k in range(3):
        p = repo.create_project(ProjectInput(title=f"p{k}"), T0)
        repo.log_message(p.id, MessageInput(at=T0, direction="out"), T0)
    yield path
    dbmod.close_database()


def test_backup_is_a_consistent_copy_with_counts(db_path):
    made = backup.make_backup(dbmod.database_proxy.connection(), db_path, "manual", T0)
    [info] = backup.list_backups(db_path)
    assert info.path == made and (info.projects, info.messages) == (3, 3) and info.reason == "manual"
    assert info.created == T0
    assert oct(made.stat().st_mode & 0o777) == "0o600"


def test_only_the_last_n_are_kept(db_path):
    conn = dbmod.database_proxy.connection()
    for k in range(5):
        backup.make_backup(conn, db_path, "daily", T0 + timedelta(days=k), keep=3)
    assert [b.created for b in backup.list_backups(db_path)] == [T0 + timedelta(days=k) for k in (4, 3, 2)]


def test_daily_backup_once_a_day(db_path):
    assert backup.needs_daily_backup(db_path, T0)
    backup.make_backup(dbmod.database_proxy.connection(), db_path, "daily", T0)
    assert not backup.needs_daily_backup(db_path, T0 + timedelta(hours=3))
    assert backup.needs_daily_backup(db_path, T0 + timedelta(days=1))


def test_restore_saves_the_current_data_first(db_path, tmp_path):
    from companion.controller import Controller

    controller = Controller(tmp_path)
    old = controller.back_up("manual")
    repo.create_project(ProjectInput(title="added later"), T0)
    assert Project.select().count() == 4
    safety = controller.restore(old)
    assert Project.select().count() == 3  # back to the backup
    assert backup.read_counts(safety) == (4, 3)  # the state before the restore is kept


@pytest.mark.parametrize("damage", ["truncated", "zeroed", "garbage"])
def test_damaged_files_are_detected_moved_aside_and_recovered(db_path, damage):
    conn = dbmod.database_proxy.connection()
    good = backup.make_backup(conn, db_path, "daily", T0)
    dbmod.close_database()
    data = db_path.read_bytes()
    if damage == "truncated":
        db_path.write_bytes(data[: len(data) // 3])
    elif damage == "zeroed":
        db_path.write_bytes(b"\0" * len(data))
    else:
        db_path.write_bytes(os.urandom(len(data)))
    broken = db_path.read_bytes()
    assert dbmod.check_file(db_path) is not None  # the full check always finds the damage
    try:
        dbmod.open_database(db_path)
    except dbmod.DatabaseOpenError as exc:
        assert exc.reason == "damaged"  # most damage is refused at once, with the right reason
    else:
        dbmod.close_database()  # a truncated file may still open: the check after start-up warns
    asked = []
    choice = app.recover_damaged(db_path, lambda moved, latest: (asked.append((moved, latest)), "restore")[1])
    assert choice == "restore"
    _, latest = asked[0]
    [moved] = [p for p in db_path.parent.glob("companion.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert moved.read_bytes() == broken  # never overwritten
    assert latest.path == good
    dbmod.open_database(db_path)
    assert Project.select().count() == 3


def test_crash_safety_every_reported_write_survives_sigkill(tmp_path):
    """A process writes messages in a loop and reports each commit; it is killed (SIGKILL) many
    times. Every reported write must be there, and the database must pass the integrity check."""
    path = tmp_path / "companion.db"
    writer = (
        "import sys\n"
        "from datetime import UTC, datetime\n"
        "from companion.store import connection as db, repo\n"
        "from companion.store.repo import MessageInput, ProjectInput\n"
        "db.open_database(__import__('pathlib').Path(sys.argv[1]))\n"
        "p = repo.get_project(1) if repo.project_count() else repo.create_project(ProjectInput(title='x'), datetime.now(UTC))\n"
        "while True:\n"
        "    m = repo.log_message(p.id, MessageInput(at=datetime.now(UTC), direction='out', text='x' * 200), datetime.now(UTC))\n"
        "    print(m.id, flush=True)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(app.Path(app.__file__).resolve().parents[1])}
    reported: set[int] = set()
    for _ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", writer, str(path)], stdout=subprocess.PIPE, text=True, env=env)
        deadline = time.monotonic() + 0.8
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line.strip().isdigit():
                reported.add(int(line))
        proc.kill()  # SIGKILL: no clean-up at all
        proc.wait()
        for line in proc.stdout.read().split():
            if line.isdigit():
                reported.add(int(line))
    assert len(reported) > 20
    assert dbmod.check_file(path) is None
    conn = sqlite3.connect(str(path))
    stored = {row[0] for row in conn.execute("SELECT id FROM message")}
    conn.close()
    assert reported <= stored


def test_backups_of_an_old_schema_are_listed(tmp_path):
    fixtures = app.Path(__file__).resolve().parents[1] / "fixtures"
    (tmp_path / "backups").mkdir()
    shutil.copy(fixtures / "schema_v1.db", tmp_path / "backups" / "companion-v1-20261001T090000000000Z.db")
    [info] = backup.list_backups(tmp_path / "companion.db")
    assert info.reason == "v1" and info.projects == 2


def test_pruning_is_by_date_whatever_the_kind_and_never_the_new_copy(db_path):
    conn = dbmod.database_proxy.connection()
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    shutil.copy(app.Path(__file__).resolve().parents[1] / "fixtures" / "schema_v1.db",
                folder / "companion-v1-20201001T090000000000Z.db")  # an old pre-migration backup
    made = backup.make_backup(conn, db_path, "manual", T0, keep=1)
    assert made.exists() and [b.path for b in backup.list_backups(db_path)] == [made]


def test_restoring_the_oldest_backup_with_a_full_set(db_path, tmp_path):
    from companion.controller import Controller

    controller = Controller(tmp_path)
    repo.set_setting("backups_keep", 2)
    oldest = controller.back_up("manual")
    controller.back_up("daily")
    repo.create_project(ProjectInput(title="later"), T0)
    safety = controller.restore(oldest)  # must not prune the source before reading it
    assert Project.select().count() == 3 and safety.exists()


def test_a_newer_or_damaged_backup_is_refused_before_anything_changes(db_path, tmp_path):
    from companion.controller import Controller

    controller = Controller(tmp_path)
    newer = controller.back_up("manual")
    c = sqlite3.connect(str(newer))
    c.execute("UPDATE schema_version SET version = 99")
    c.commit()
    c.close()
    with pytest.raises(backup.UnusableBackup, match="newer"):
        controller.restore(newer)
    assert Project.select().count() == 3  # untouched, and still open


def test_a_folder_name_with_uri_characters(tmp_path):
    path = tmp_path / "data#1?%" / "companion.db"
    dbmod.open_database(path)
    repo.create_project(ProjectInput(title="x"), T0)
    made = backup.make_backup(dbmod.database_proxy.connection(), path, "manual", T0)
    dbmod.close_database()
    assert dbmod.check_file(path) is None  # healthy, not "damaged"
    assert backup.read_counts(made) == (1, 0)


# --- a clock that was once ahead (reliability field test P1) ---

def test_a_backup_dated_in_the_future_is_flagged_and_never_the_latest_nor_kept_for_good(db_path):
    conn = dbmod.database_proxy.connection()
    now = T0 + timedelta(days=10)
    ahead = backup.make_backup(conn, db_path, "daily", now + timedelta(days=20 * 365), keep=3)  # clock +20 y
    repo.create_project(ProjectInput(title="made after the clock was fixed"), now)
    real = [backup.make_backup(conn, db_path, "daily", now - timedelta(days=2 - k), keep=3) for k in range(2)]
    listed = backup.list_backups(db_path, now)
    assert [b.path for b in listed] == [real[1], real[0], ahead]  # the future one last...
    assert [b.future for b in listed] == [False, False, True]  # ...and flagged
    latest = backup.latest_good(db_path, now)
    assert latest is not None and latest.path == real[1] and latest.projects == 4
    backup.make_backup(conn, db_path, "manual", now, keep=3)  # a third real backup: the future one goes first
    assert not ahead.exists()
    assert len(backup.list_backups(db_path, now)) == 3


def test_a_future_dated_backup_is_offered_when_there_is_nothing_else(db_path):
    backup.make_backup(dbmod.database_proxy.connection(), db_path, "daily", T0 + timedelta(days=9000))
    latest = backup.latest_good(db_path, T0)
    assert latest is not None and latest.future


def test_a_message_logged_at_a_wrong_future_time_stays_editable(db_path):
    project = repo.create_project(ProjectInput(title="clock ahead"), T0)
    ahead = T0 + timedelta(days=365)
    message = repo.log_message(project.id, MessageInput(at=ahead, direction="out", text="typo"), ahead)
    # the clock is right again: the text can be fixed with the (wrong) time kept, and the time fixed
    repo.update_message(message.id, MessageInput(at=ahead, direction="out", text="fixed"), T0)
    with pytest.raises(repo.ValidationError, match="future"):
        repo.update_message(message.id, MessageInput(at=ahead + timedelta(days=1), direction="out"), T0)
    edited = repo.update_message(message.id, MessageInput(at=T0, direction="out", text="fixed"), T0)
    assert edited.at == T0 and edited.text == "fixed"


# --- copies that fail or are killed (P10) ---

class FailingSource:
    """A connection whose backup stops half-way, as on a full disk."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def backup(self, target: sqlite3.Connection) -> None:
        self.conn.backup(target, pages=1, progress=self._fail)

    @staticmethod
    def _fail(status: int, remaining: int, total: int) -> None:
        raise sqlite3.OperationalError("database or disk is full")


def test_a_backup_that_fails_leaves_nothing_and_does_not_count(db_path):
    folder = db_path.parent / "backups"
    conn = dbmod.database_proxy.connection()
    repo.create_project(ProjectInput(title="x" * 5000), T0)  # more than one page
    with pytest.raises(sqlite3.OperationalError, match="full"):
        backup.make_backup(FailingSource(conn), db_path, "daily", T0)  # type: ignore[arg-type]
    assert list(folder.iterdir()) == []
    assert backup.needs_daily_backup(db_path, T0)
    assert backup.list_backups(db_path, T0) == []


def test_the_leftovers_of_a_killed_backup_never_count_and_are_cleared(db_path):
    folder = db_path.parent / "backups"
    folder.mkdir()
    # what a copy killed mid-way leaves: its temporary file and a journal
    killed = folder / f"companion-{backup._stamp(T0)}-daily.db{backup.PARTIAL_SUFFIX}"
    killed.write_bytes(b"SQLite format 3\0" + b"\0" * 100)
    killed.with_name(killed.name + "-journal").write_bytes(b"\0" * 512)
    assert backup.needs_daily_backup(db_path, T0) and backup.list_backups(db_path, T0) == []
    made = backup.make_backup(dbmod.database_proxy.connection(), db_path, "daily", T0, keep=1)
    assert sorted(p.name for p in folder.iterdir()) == [made.name]


def test_a_killed_backup_process_leaves_no_backup_that_counts(db_path, tmp_path):
    """SIGKILL in the middle of a real copy of a larger database."""
    for k in range(40):
        repo.create_project(ProjectInput(title=f"bulk {k}", notes="n" * 20000), T0)
    script = (
        "import sqlite3, sys, time\n"
        "from pathlib import Path\n"
        "from companion.store import backup\n"
        f"conn = sqlite3.connect({str(db_path)!r})\n"
        "class Slow:\n"
        "    def backup(self, target):\n"
        "        conn.backup(target, pages=1, progress=lambda *a: (print('copying', flush=True), time.sleep(0.05)))\n"
        f"backup.make_backup(Slow(), Path({str(db_path)!r}), 'daily', backup.datetime.now(backup.UTC))\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "copying"
    child.kill()
    child.wait()
    folder = db_path.parent / "backups"
    assert any(p.name.endswith(backup.PARTIAL_SUFFIX) for p in folder.iterdir())  # it was killed mid-copy
    now = datetime.now(UTC)
    assert backup.list_backups(db_path, now) == [] and backup.needs_daily_backup(db_path, now)


def test_pruning_removes_the_journals_of_a_backup_and_reads_leave_none(db_path):
    conn = dbmod.database_proxy.connection()
    first = backup.make_backup(conn, db_path, "daily", T0, keep=1)
    for side in ("-wal", "-shm", "-journal"):
        first.with_name(first.name + side).write_bytes(b"")
    backup.list_backups(db_path, T0)
    second = backup.make_backup(conn, db_path, "daily", T0 + timedelta(days=1), keep=1)
    backup.list_backups(db_path, T0 + timedelta(days=1))  # a read-only open creates no -wal / -shm
    backup.latest_good(db_path, T0 + timedelta(days=1))
    assert sorted(p.name for p in (db_path.parent / "backups").iterdir()) == [second.name]


def test_a_restore_that_fails_leaves_the_database_as_it_was(db_path, tmp_path):
    conn = dbmod.database_proxy.connection()
    before = [row for row in conn.execute("SELECT id, title FROM project")]
    target = tmp_path / "other.db"
    backup.copy_database(conn, target)
    original = target.read_bytes()
    with pytest.raises(sqlite3.OperationalError):
        backup.copy_database(FailingSource(conn), target, drop_journals=True)  # type: ignore[arg-type]
    assert target.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("other")) == ["other.db"]
    assert before


def test_a_recovery_whose_restore_fails_moves_nothing(db_path, monkeypatch):
    """The chosen backup is copied whole before the damaged file is moved aside: a restore that
    fails (a full disk) leaves the damaged file where it was, to be asked about again."""
    made = backup.make_backup(dbmod.database_proxy.connection(), db_path, "daily", T0)
    dbmod.close_database()
    db_path.write_bytes(b"garbage" * 1000)

    def full(source, target):
        target.write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "restore_file", full)
    with pytest.raises(sqlite3.OperationalError):
        app.recover_damaged(db_path, lambda moved, latest: made)
    assert db_path.read_bytes() == b"garbage" * 1000
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith("companion.db")) == ["companion.db"]
