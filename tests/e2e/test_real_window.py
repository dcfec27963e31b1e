"""The real app, as a subprocess, on a real X server."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion.store.migrations import LATEST_VERSION
from tests.e2e.processes import start_xvfb, stop

pytestmark = pytest.mark.e2e

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
image = app.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1])
colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
print(len(colours))
"""


# The real start-up (companion.app.run), with a probe that waits for the test's word (a file), then
# reports where the window manager put the window and what of the conversation is on the screen.
PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication
import companion.app as app

signal_file = Path(sys.argv[1])

def probe(companion):
    if not signal_file.exists():
        return
    win = companion.window
    screen = win.screen().availableGeometry()
    frame = win.frameGeometry()
    report = {"screen": [screen.x(), screen.y(), screen.width(), screen.height()],
              "frame": [frame.x(), frame.y(), frame.width(), frame.height()], "projects": []}
    for row in win.model.visible_rows():
        win.select_project(row.id)
        QApplication.processEvents()
        view = win.detail.conversation
        top = view.viewport().mapToGlobal(QPoint(0, 0))
        newest = view.visualRect(view.conversation.index(view.conversation.rowCount() - 1))
        report["projects"].append({
            "title": row.title, "view": [top.x(), top.y(), view.viewport().width(), view.viewport().height()],
            "tab": win.detail.tabs.currentIndex(), "messages": view.conversation.rowCount(),
            "newest_in_view": view.conversation.rowCount() == 0 or view.viewport().rect().intersects(newest),
            "buttons_bottom": win.detail.sent_button.mapToGlobal(QPoint(0, win.detail.sent_button.height())).y(),
        })
    print("PROBE " + json.dumps(report), flush=True)
    companion.probe_timer.stop()
    companion.quit()  # as File > Quit

original = app.CompanionApp.exec

def exec_(companion):
    companion.probe_timer = timer = QTimer(companion.app)
    timer.timeout.connect(lambda: probe(companion))
    timer.start(200)
    return original(companion)

app.CompanionApp.exec = exec_
sys.exit(app.run(sys.argv[2:]))
"""


def test_smoke_test_under_xvfb(x_env, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(tmp_path), "--demo", "--smoke-test"],
        capture_output=True, text=True, timeout=120, env=x_env,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["projects"] == 15 and report["schema_version"] == LATEST_VERSION


def window_names(env: dict[str, str]) -> str:
    return subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env).stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_real_window_shows_and_is_screenshotted(x_env, tmp_path, artifacts: Path, lang):
    app = subprocess.Popen(
        [sys.executable, "-m", "companion", "--data-dir", str(tmp_path), "--demo", "--lang", lang],
        env=x_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    title = "連絡コンパニオン" if lang == "ja" else "Renraku Companion"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and title not in window_names(x_env):
            assert app.poll() is None, app.communicate()[1]
            time.sleep(0.3)
        assert title in window_names(x_env), "the main window never appeared"
        time.sleep(1.5)  # let it paint
        shot = artifacts / f"e2e-main-{lang}.png"
        grab = subprocess.run([sys.executable, "-c", GRAB, str(shot)], capture_output=True, text=True, env=x_env, timeout=60)
        assert grab.returncode == 0, grab.stderr
        assert shot.stat().st_size > 10_000
        assert int(grab.stdout.strip().splitlines()[-1]) > 20  # not a blank screen
    finally:
        stop([app])


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1366, 768)])
def test_the_window_fits_a_laptop_screen_with_its_title_bar(x_env, tmp_path, width, height):
    """On a 1280x720 or 1366x768 screen with a window manager (openbox: its title bar counts),
    the whole window is on the screen: the status bar at the bottom is seen; and the selected
    project's conversation is on the screen without scrolling, for every demo project."""
    import os
    import re
    import shutil

    if shutil.which("openbox") is None:
        if os.environ.get("COMPANION_REQUIRE_XVFB") == "1":
            pytest.fail("openbox is required (COMPANION_REQUIRE_XVFB=1) but not installed: apt-get install openbox")
        pytest.skip("openbox is not installed")
    server, display = start_xvfb(width, height)
    assert display, "Xvfb did not start"
    env = dict(x_env, DISPLAY=display, COMPANION_NO_DBUS="1")
    procs = [subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        time.sleep(1)
        go = tmp_path / "probe-now"
        procs.append(subprocess.Popen(
            [sys.executable, "-c", PROBE, str(go), "--data-dir", str(tmp_path / "data"), "--demo", "--lang", "ja"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        pattern = re.compile(r'"連絡コンパニオン[^"]*": \("[^"]*" "jp.renraku.Companion"\)\s+(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)')
        found = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and found is None:
            assert procs[-1].poll() is None, procs[-1].communicate()[1]
            found = pattern.search(window_names(env))
            time.sleep(0.3)
        assert found, "the main window never appeared"
        time.sleep(1.5)  # the window manager has placed it
        found = pattern.search(window_names(env))
        assert found
        w, h, x, y = (int(v) for v in found.groups())
        assert x >= 0 and x + w <= width, (x, w, width)
        assert y >= 15 and y + h <= height, (y, h, height)  # the title bar above it is on the screen too
        assert w >= 0.9 * min(width, 1280) and h >= height - 100  # it uses the screen, not a tiny window
        # the conversation of every demo project is on the screen, newest message in view, with room
        go.touch()
        out, err = procs[-1].communicate(timeout=120)
        assert procs[-1].returncode == 0, err
        [line] = [ln for ln in out.splitlines() if ln.startswith("PROBE ")]
        report = json.loads(line.removeprefix("PROBE "))
        sx, sy, sw, sh = report["screen"]
        assert len(report["projects"]) == 15
        for project in report["projects"]:
            vx, vy, vw, vh = project["view"]
            assert project["tab"] == 0, project  # the conversation tab
            assert sx <= vx and vx + vw <= sx + sw and sy <= vy and vy + vh <= sy + sh, project
            assert vh >= 150 and vw >= 300, project  # several messages at once, not a sliver
            assert project["newest_in_view"] and project["buttons_bottom"] <= sy + sh, project
    finally:
        stop([*reversed(procs), server])
