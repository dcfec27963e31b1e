"""A real X server (Xvfb) for the end-to-end tests, started by the tests themselves.

When COMPANION_REQUIRE_XVFB=1 (CI sets it) a missing Xvfb is a failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        if os.environ.get("COMPANION_REQUIRE_XVFB") == "1":
            pytest.fail("Xvfb is required (COMPANION_REQUIRE_XVFB=1) but not installed: apt-get install xvfb")
        pytest.skip("Xvfb is not installed")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def x_env(xvfb_display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
    env.update({"DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb", "LANG": "C.UTF-8"})
    return env


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
