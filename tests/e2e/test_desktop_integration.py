"""The real app on a real desktop: Xvfb, a tray host (trayer) and a notification daemon (dunst)
on a private D-Bus session, all started by the test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.processes import stop

pytestmark = pytest.mark.e2e

TOOLS = ("dbus-daemon", "dbus-monitor", "trayer", "dunst")


@pytest.fixture
def desktop_session(x_env, tmp_path):
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        if os.environ.get("COMPANION_REQUIRE_XVFB") == "1":
            pytest.fail(f"the desktop e2e test needs {', '.join(missing)} (apt-get install dbus trayer dunst)")
        pytest.skip(f"missing {', '.join(missing)}")
    procs = []
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    procs.append(bus)
    address = bus.stdout.readline().strip()
    env = {k: v for k, v in x_env.items() if k != "COMPANION_NO_DBUS"}
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    monitor_log = tmp_path / "dbus-monitor.txt"
    with open(monitor_log, "w") as out:
        procs.append(subprocess.Popen(
            ["dbus-monitor", "--session", "interface='org.freedesktop.Notifications',member='Notify'"],
            env=env, stdout=out, stderr=subprocess.DEVNULL,
        ))
    procs.append(subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "24"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    ))
    procs.append(subprocess.Popen(["dunst"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    time.sleep(1.5)
    try:
        yield env, monitor_log
    finally:
        stop(reversed(procs), timeout=5)


def wait_for(predicate, timeout=30.0, step=0.3):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


def test_tray_icon_notification_and_second_launch(desktop_session, tmp_path, artifacts: Path):
    env, monitor_log = desktop_session
    data = tmp_path / "data"
    app = subprocess.Popen(
        [sys.executable, "-m", "companion", "--data-dir", str(data), "--demo", "--lang", "en", "--minimized"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        def main_window_viewable() -> bool:
            """The main window (the big one) is mapped on screen."""
            for line in tree().splitlines():
                if '"Renraku Companion"' in line and "1280x760" in line:
                    wid = line.split()[0]
                    info = subprocess.run(["xwininfo", "-id", wid], capture_output=True, text=True, env=env).stdout
                    return "IsViewable" in info
            return False

        def tree() -> str:
            return subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env).stdout

        # the icon is embedded in trayer's panel window
        def embedded() -> bool:
            """A window of ours somewhere below trayer's "panel" window in the tree."""
            lines = tree().splitlines()
            for i, line in enumerate(lines):
                if '"panel"' in line and "trayer" in line:
                    depth = len(line) - len(line.lstrip())
                    for child in lines[i + 1 :]:
                        if child.strip() and len(child) - len(child.lstrip()) <= depth:
                            break
                        if "Renraku Companion" in child:
                            return True
            return False

        assert wait_for(embedded), "the tray icon was not embedded in the tray:\n" + tree()
        # the due reminders arrive at the notification daemon, with their actions
        assert wait_for(lambda: "Renraku Companion" in monitor_log.read_text()), "no Notify call reached the bus"
        call = monitor_log.read_text()
        assert 'string "open"' in call and 'string "default"' in call
        assert " reminders" in call  # several due at start: one summary, not a burst
        assert int(subprocess.run(["dunstctl", "count", "displayed"], capture_output=True, text=True, env=env).stdout.strip() or 0) >= 1
        time.sleep(1)
        shot = artifacts / "e2e-desktop.png"
        grab = subprocess.run(
            [sys.executable, "-c", "import sys\nfrom PySide6.QtGui import QGuiApplication\napp = QGuiApplication([])\n"
             "app.primaryScreen().grabWindow(0).save(sys.argv[1])", str(shot)],
            env=env, capture_output=True, text=True, timeout=60,
        )
        assert grab.returncode == 0, grab.stderr
        assert not main_window_viewable()  # started minimised to the tray
        # a second launch raises the first and exits 0, without opening the database
        second = subprocess.run(
            [sys.executable, "-m", "companion", "--data-dir", str(data), "--lang", "en"],
            env=env, capture_output=True, text=True, timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert app.poll() is None  # the first is still running
        assert wait_for(main_window_viewable, timeout=10), "the running window was not brought forward"
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()


def test_notification_server_started_on_demand_and_its_buttons_reach_the_app(qtbot, qapp, x_env, monkeypatch):
    """dunst is installed but not running: the app's first call starts it (D-Bus activation), and a
    click on a notification's button comes back to the app."""
    for tool in ("dbus-daemon", "dunst"):
        if shutil.which(tool) is None:
            if os.environ.get("COMPANION_REQUIRE_XVFB") == "1":
                pytest.fail(f"{tool} is required here")
            pytest.skip(f"missing {tool}")
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=x_env)
    try:
        address = bus.stdout.readline().strip()
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        monkeypatch.delenv("COMPANION_NO_DBUS", raising=False)
        from jeepney import DBusAddress, MessageType, new_signal
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.low_level import HeaderFields

        from companion.desktop.notifier import NOTIFY_NAME, NOTIFY_PATH, Note, Notifier

        notifier = Notifier("Renraku Companion", "", None)
        try:
            assert notifier.backend == "dbus"
            note = Note("Banner", "A polite follow-up is due", 7, False, ((7, "follow_up_due", "2026-11-02T09:00:00+00:00"),))
            notifier.show(note, "Open", "Snooze 1 hour")
            [notif_id] = list(notifier._notes)
            # the server answers the click on the connection that sent Notify: do as it does
            server = open_dbus_connection(bus="SESSION")
            signal = new_signal(DBusAddress(NOTIFY_PATH, interface=NOTIFY_NAME), "ActionInvoked", "us", (notif_id, "snooze"))
            signal.header.fields[HeaderFields.destination] = notifier._router.unique_name
            assert signal.header.message_type is MessageType.signal
            with qtbot.waitSignal(notifier.activated, timeout=5000) as got:
                server.send(signal)
            assert got.args == [7, "snooze", [(7, "follow_up_due", "2026-11-02T09:00:00+00:00")]]
            server.close()
        finally:
            notifier.close()
    finally:
        subprocess.run(["pkill", "-f", "^dunst$|/usr/bin/dunst"], check=False)
        bus.terminate()
        bus.wait(timeout=5)
