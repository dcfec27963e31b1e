"""Entry point of the frozen bundle (PyInstaller): the same as ``python -m companion``."""

import sys
import time

STARTED = time.perf_counter()

from companion.app import run  # noqa: E402

if __name__ == "__main__":
    sys.exit(run(started=STARTED))
