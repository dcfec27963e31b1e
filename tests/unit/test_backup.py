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
from companion.model import backup, repo
from companion.model import db as dbmod
from companion.model.repo import MessageInput, ProjectInput
from companion.model.schema import Project

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
    from companion.ui.controller import Controller

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
        "from companion.model import db, repo\n"
        "from companion.model.repo import MessageInput, ProjectInput\n"
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
    from companion.ui.controller import Controller

    controller = Controller(tmp_path)
    repo.set_setting("backups_keep", 2)
    oldest = controller.back_up("manual")
    controller.back_up("daily")
    repo.create_project(ProjectInput(title="later"), T0)
    safety = controller.restore(oldest)  # must not prune the source before reading it
    assert Project.select().count() == 3 and safety.exists()


def test_a_newer_or_damaged_backup_is_refused_before_anything_changes(db_path, tmp_path):
    from companion.ui.controller import Controller

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
