"""The real app, as a subprocess, on a real X server."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion.store.migrations import LATEST_VERSION

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
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
