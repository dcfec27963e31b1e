"""``python -m companion`` / the ``companion`` command."""

from __future__ import annotations

import gc
import time

STARTED = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    # Start-up allocates many long-lived objects (modules, Qt wrappers): the cyclic GC would scan
    # them again and again. It is paused until the window is up, then those objects are frozen
    # out of later collections (app.py). At exit, freezing again spares the interpreter a last
    # full scan of everything (tens of milliseconds).
    gc.disable()
    from companion.app import run

    try:
        return run(argv, started=STARTED)
    finally:
        gc.freeze()


if __name__ == "__main__":
    raise SystemExit(main())
