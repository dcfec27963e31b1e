"""Data folders and database files the app must refuse, with a clear message and without writing:
a folder nobody may write, a file that claims a version but lacks its tables, another program's
SQLite file, a newer version's file, a dangling symlink (reliability field test P2, P5, P6, P11, P12).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

NOBODY = 65534


def run(args: list[str], *, unprivileged: bool = False, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if home is not None:
        env["HOME"] = str(home)
    cmd = [sys.executable, "-m", "companion", *args]
    if unprivileged and os.geteuid() == 0:
        # root may write anywhere: drop to nobody, as a user would be
        cmd = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder an unprivileged user can reach (pytest's tmp_path is private to root)."""
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot act as a normal user")
    path = Path(tempfile.mkdtemp(prefix="companion-ro-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def make_read_only(folder: Path) -> None:
    if os.geteuid() == 0:
        for p in [folder, *folder.rglob("*")]:
            os.chown(p, NOBODY, NOBODY)
    folder.chmod(0o500)


@pytest.mark.parametrize("stale_lock", [False, True], ids=["no lock", "a lock left by a crash"])
def test_a_read_only_data_folder_says_so_not_another_instance(shared_tmp, stale_lock):
    data = shared_tmp / "data"
    assert run(["--data-dir", str(data), "--demo", "--smoke-test"]).returncode == 0
    (data / "instance.lock").unlink(missing_ok=True)
    if stale_lock:  # what a killed app leaves (its process is gone)
        (data / "instance.lock").write_text(f"{2**22 + 12345}\ncompanion\n{__import__('socket').gethostname()}\n")
    make_read_only(data)
    before = digest(data)
    for args in (["--smoke-test"], ["export", "--format", "json", "--out", str(shared_tmp / "x.json")],
                 ["import", str(shared_tmp / "x.json")]):
        result = run(["--data-dir", str(data), *args], unprivileged=True, home=shared_tmp)
        assert result.returncode == 2, (args, result.stderr)
        assert "cannot write to the data folder" in result.stderr.lower(), (args, result.stderr)
        assert "Permission denied" in result.stderr, (args, result.stderr)
        assert "running" not in result.stderr and "does not answer" not in result.stderr, (args, result.stderr)
    assert digest(data) == before


def test_a_held_lock_still_means_another_instance(tmp_path):
    from PySide6.QtCore import QLockFile

    data = tmp_path / "data"
    data.mkdir()
    lock = QLockFile(str(data / "instance.lock"))
    assert lock.tryLock(0)
    try:
        result = run(["--data-dir", str(data), "export", "--format", "json", "--out", str(tmp_path / "x.json")])
        assert result.returncode == 3 and "quit it first" in result.stderr
    finally:
        lock.unlock()


def sqlite_file(path: Path, *sql: str) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path.read_bytes()


def current_database(path: Path) -> None:
    from companion.store import connection as dbmod

    dbmod.open_database(path)
    dbmod.close_database()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = delete")  # one file, to compare byte for byte
    conn.close()


CASES = {
    # P5: a version, but not its tables
    "claims_a_version_without_its_tables": (
        lambda p: sqlite_file(p, "CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INT, changed_at TEXT)",
                              "INSERT INTO schema_version VALUES (1, 5, 'x')"),
        "damaged", "lacks the tables"),
    # P6: another program's SQLite file
    "foreign": (lambda p: sqlite_file(p, "CREATE TABLE foo (x)", "INSERT INTO foo VALUES (1)"),
                "foreign", "another program's SQLite database"),
    # P11: made by a newer version
    "newer": (lambda p: (current_database(p), sqlite_file(p, "UPDATE schema_version SET version = 99"))[1],
              "newer", "newer than this app"),
    "version_not_a_number": (lambda p: (current_database(p), sqlite_file(p, "UPDATE schema_version SET version = 'five'"))[1],
                             "damaged", "not a version number"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_refused_database_is_left_byte_for_byte_unchanged(tmp_path, case):
    from companion.store import connection as dbmod

    make, reason, words = CASES[case]
    path = tmp_path / "data" / "companion.db"
    make(path)
    before = path.read_bytes()
    with pytest.raises(dbmod.DatabaseOpenError, match=words) as caught:
        dbmod.open_connection(path)
    assert caught.value.reason == reason
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["companion.db"]  # no -wal, no backups/
    # and the app itself: one clear line, no traceback, nothing written
    result = run(["--data-dir", str(path.parent), "--smoke-test"])
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and words in result.stderr, result.stderr
    assert path.read_bytes() == before


def test_a_dangling_symlink_creates_nothing_outside_the_data_folder(tmp_path):
    from companion.store import connection as dbmod

    data, elsewhere = tmp_path / "data", tmp_path / "elsewhere"
    data.mkdir()
    elsewhere.mkdir()
    (data / "companion.db").symlink_to(elsewhere / "gone.db")
    with pytest.raises(dbmod.DatabaseOpenError, match="which does not exist") as caught:
        dbmod.open_connection(data / "companion.db")
    assert caught.value.reason == "link"
    result = run(["--data-dir", str(data), "--smoke-test"])
    assert result.returncode == 2 and "does not exist" in result.stderr, result.stderr
    assert list(elsewhere.iterdir()) == []


def test_a_link_to_a_real_database_elsewhere_is_followed(tmp_path):
    """(A deliberate set-up: the data on another disk.)"""
    data, elsewhere = tmp_path / "data", tmp_path / "elsewhere"
    assert run(["--data-dir", str(elsewhere), "--demo", "--smoke-test"]).returncode == 0
    data.mkdir()
    (data / "companion.db").symlink_to(elsewhere / "companion.db")
    result = run(["--data-dir", str(data), "--smoke-test"])
    assert result.returncode == 0, result.stderr
    assert '"projects": 15' in result.stdout


def test_the_tables_of_each_version_are_those_the_ladder_makes(tmp_path):
    import peewee

    from companion.store import connection as dbmod
    from companion.store.migrations import STEPS, migrate_to_latest

    for version, _ in STEPS:
        database = peewee.SqliteDatabase(str(tmp_path / f"v{version}.db"))
        migrate_to_latest(database, target=version)
        assert set(database.get_tables()) == dbmod.tables_of_version(version), version
        database.close()
    assert version == dbmod.SCHEMA_VERSION


def test_every_commit_is_synced_to_disk(tmp_path):
    """synchronous=FULL in WAL mode: a commit survives a power cut, not only a crash of the app."""
    from companion.store import connection as dbmod

    conn = dbmod.open_connection(tmp_path / "companion.db")
    try:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        dbmod.close_database()
