"""The command line: --version, --smoke-test, --demo, data folder overrides, clear failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from companion import __version__, app, cli
from companion.store.migrations import LATEST_VERSION


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "companion", *args], capture_output=True, text=True, timeout=120, env=full_env
    )


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_smoke_test_on_an_empty_folder(tmp_path):
    result = run_cli("--data-dir", str(tmp_path / "d"), "--smoke-test", "--lang", "en")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["version"] == __version__
    assert report["schema_version"] == LATEST_VERSION
    assert report["projects"] == 0
    assert report["data_dir"] == str(tmp_path / "d")
    assert report["startup_ms"] > 0
    assert report["deferred_modules_ok"] is True
    assert (tmp_path / "d" / "companion.db").exists()


def test_start_up_does_not_wait_for_the_reminders_or_the_network_module(tmp_path):
    """The reminders (and the tray) are planned just after the window is up; QtNetwork (the
    single-instance listener) loads then too. Guards the start-up budget against a stray import."""
    data = tmp_path / "d"
    assert run_cli("--data-dir", str(data), "--demo", "--smoke-test").returncode == 0  # migrated, with projects
    probe = (
        "import sys\n"
        "from companion.__main__ import main\n"
        f"code = main(['--data-dir', {str(data)!r}, '--smoke-test', '--lang', 'en'])\n"
        "print(code, 'companion.model.reminders' in sys.modules, 'PySide6.QtNetwork' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 False False"


def test_demo_and_smoke_test_combine_and_env_var_sets_the_folder(tmp_path):
    result = run_cli("--demo", "--smoke-test", env={cli.DATA_DIR_ENV: str(tmp_path / "e")})
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["projects"] == 15 and report["data_dir"] == str(tmp_path / "e")
    again = run_cli("--demo", "--smoke-test", env={cli.DATA_DIR_ENV: str(tmp_path / "e")})
    assert json.loads(again.stdout.strip().splitlines()[-1])["projects"] == 15  # not loaded twice


def test_unopenable_database_fails_clearly(tmp_path):
    (tmp_path / "companion.db").write_bytes(b"garbage" * 1000)
    result = run_cli("--data-dir", str(tmp_path), "--smoke-test")
    assert result.returncode != 0
    assert "companion.db" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "companion.db").read_bytes().startswith(b"garbage")


def test_bad_language_is_refused():
    result = run_cli("--lang", "fr", "--smoke-test")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_missing_qt_library_names_the_package(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(app, "XCB_LIBRARIES", (("libdefinitely-missing-xyz.so.0", "libxcb-cursor0"),))
    if not sys.platform.startswith("linux"):
        pytest.skip("xcb is Linux only")
    code = app.run(["--data-dir", str(tmp_path), "--smoke-test"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 3
    assert len(err) == 1 and "libdefinitely-missing-xyz.so.0" in err[0] and "apt install libxcb-cursor0" in err[0]


@pytest.mark.parametrize("platform", ["", "xcb", "wayland"])
def test_no_display_is_one_clear_line(tmp_path, monkeypatch, capsys, platform):
    """Over SSH or on a headless box: one sentence that says what to do, not Qt's abort that
    names its xcb plug-in; nothing is created in the data folder."""
    if not sys.platform.startswith("linux"):
        pytest.skip("display variables are Linux only")
    monkeypatch.setenv("QT_QPA_PLATFORM", platform)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    data = tmp_path / "data"
    code = app.run(["--data-dir", str(data), "--smoke-test"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 3
    assert err == ["Renraku Companion: " + app.NO_DISPLAY_MESSAGE]
    assert "no display" in err[0] and "QT_QPA_PLATFORM" in err[0]
    assert not data.exists()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, False),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"DISPLAY": ":1"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ""}, True),
        ({}, True),
    ],
)
def test_no_display_only_when_a_screen_is_needed_and_absent(monkeypatch, env, expected):
    if not sys.platform.startswith("linux"):
        pytest.skip("display variables are Linux only")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert app.no_display() is expected


def test_the_commands_need_no_display(tmp_path, monkeypatch, capsys):
    """status, export, import and report work over SSH: they open no window."""
    if not sys.platform.startswith("linux"):
        pytest.skip("display variables are Linux only")
    from companion.store import connection as dbmod

    dbmod.open_database(tmp_path / dbmod.DB_FILENAME)
    dbmod.close_database()
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert app.run(["--data-dir", str(tmp_path), "status", "--json"]) == 0
    assert '"projects"' in capsys.readouterr().out


def test_offscreen_does_not_need_xcb(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(app, "XCB_LIBRARIES", (("libdefinitely-missing-xyz.so.0", "x"),))
    assert app.missing_xcb_libraries() == []


def test_data_folder_that_cannot_be_created_fails_clearly(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("--data-dir", str(blocker / "sub"), "--smoke-test")
    assert result.returncode == 2
    assert "Cannot create the data folder" in result.stderr and "Traceback" not in result.stderr


def test_database_error_shows_a_dialog_when_not_a_smoke_test(tmp_path, monkeypatch):
    """A double-click user sees a dialog (here intercepted), not a traceback."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    (tmp_path / "companion.db").mkdir()  # not a file at all: cannot be opened, cannot be "repaired"
    assert app.run(["--data-dir", str(tmp_path), "--lang", "en"]) == 2
    assert shown and "companion.db" in shown[0] and "could not be opened" in shown[0]


def test_a_damaged_database_is_moved_aside_and_the_user_chooses(tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or 0)  # closes: quit
    (tmp_path / "companion.db").write_bytes(b"garbage" * 1000)
    assert app.run(["--data-dir", str(tmp_path), "--lang", "en"]) == 1
    assert "never overwritten" in asked[0]
    # quitting leaves everything where it was: the next start asks again, never an empty database
    assert (tmp_path / "companion.db").read_bytes().startswith(b"garbage")
    assert not list(tmp_path.glob("companion.db.damaged-*"))


def test_autostart_command_in_the_bundle_is_the_app_itself(monkeypatch):
    import sys as _sys

    from companion.desktop import autostart

    monkeypatch.setattr(_sys, "frozen", True, raising=False)
    monkeypatch.setattr(_sys, "executable", "/opt/RenrakuCompanion/renraku-companion")
    assert autostart.command(None) == ["/opt/RenrakuCompanion/renraku-companion", "--minimized"]
    monkeypatch.delattr(_sys, "frozen")
    assert autostart.command(None)[1:] == ["-m", "companion", "--minimized"]


def test_log_is_rotated_when_large(tmp_path):
    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    (log_dir / "companion.log").write_bytes(b"x" * (app.LOG_MAX_BYTES + 1))
    app.setup_logging(tmp_path)
    assert (log_dir / "companion.log.1").stat().st_size > app.LOG_MAX_BYTES
    assert (log_dir / "companion.log").stat().st_size == 0
    import logging

    for h in list(logging.getLogger().handlers):
        if isinstance(h, logging.FileHandler) and str(tmp_path) in h.baseFilename:
            logging.getLogger().removeHandler(h)
            h.close()


@pytest.mark.parametrize("damage", ["truncated", "zeroed"])
def test_damage_is_found_at_start_and_the_file_kept(tmp_path, damage, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    first = run_cli("--data-dir", str(tmp_path), "--demo", "--smoke-test")
    assert first.returncode == 0
    db = tmp_path / "companion.db"
    for side in ("companion.db-wal", "companion.db-shm"):
        (tmp_path / side).unlink(missing_ok=True)
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2] if damage == "truncated" else b"\0" * len(data))
    damaged = db.read_bytes()
    smoke = run_cli("--data-dir", str(tmp_path), "--smoke-test")
    assert smoke.returncode != 0 and "damaged" in smoke.stderr and db.read_bytes() == damaged
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or 0)  # the user quits
    assert app.run(["--data-dir", str(tmp_path), "--lang", "en"]) == 1
    assert asked and db.read_bytes() == damaged  # asked, and nothing touched
    choice = app.recover_damaged(db, lambda moved, latest: "empty")
    assert choice == "empty"
    [moved] = [p for p in tmp_path.glob("companion.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert moved.read_bytes() == damaged


