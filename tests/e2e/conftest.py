"""A real X server (Xvfb) for the end-to-end tests, started by the tests themselves.

When COMPANION_REQUIRE_XVFB=1 (CI sets it) a missing Xvfb is a failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.processes import start_xvfb, stop

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        if os.environ.get("COMPANION_REQUIRE_XVFB") == "1":
            pytest.fail("Xvfb is required (COMPANION_REQUIRE_XVFB=1) but not installed: apt-get install xvfb")
        pytest.skip("Xvfb is not installed")
    proc, display = start_xvfb(1400, 900)
    if not display:
        proc.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield display
    finally:
        stop([proc])


@pytest.fixture
def x_env(xvfb_display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
    env.update({"DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb", "LANG": "C.UTF-8"})
    return env


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
