"""Starting and stopping the helper programs of the end-to-end tests (X servers, window managers,
tray hosts, the app itself)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable


def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen[bytes], str]:
    """A private Xvfb of ``width`` x ``height``, and its display name ('' if it did not start)."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    return proc, f":{number}" if number else ""


def stop(procs: Iterable[subprocess.Popen], timeout: float = 10) -> None:
    """Terminate each (in the order given), killing what does not end in ``timeout`` seconds."""
    for proc in procs:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
