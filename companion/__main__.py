"""``python -m companion`` / the ``companion`` command."""

from __future__ import annotations

import time

STARTED = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    from companion.app import run

    return run(argv, started=STARTED)


if __name__ == "__main__":
    raise SystemExit(main())
