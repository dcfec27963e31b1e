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


def test_a_read_only_data_folder_says_so_not_another_instance(shared_tmp):
    data = shared_tmp / "data"
    assert run(["--data-dir", str(data), "--demo", "--smoke-test"]).returncode == 0
    (data / "instance.lock").unlink(missing_ok=True)
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
