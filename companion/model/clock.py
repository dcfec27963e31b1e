"""One injectable source of "now".

Every piece of code that needs the current time asks a clock, so tests can move time forward,
jump it back, or change the time zone without sleeping or patching ``datetime``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, as an aware UTC datetime."""
        ...

    def local_tz(self) -> tzinfo:
        """The time zone in which times are shown to the user."""
        ...


class SystemClock:
    """The real clock. The local zone is re-read each call so a zone change is picked up."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def local_tz(self) -> tzinfo:
        return system_zone()


def system_zone() -> tzinfo:
    """The system's time zone as a real zone with its DST rules, not today's fixed offset.

    A fixed offset would show a summer-time message an hour off in winter. The IANA name comes
    from $TZ or the /etc/localtime link (Linux, macOS); elsewhere, or if the zone database is
    missing, today's offset is the fallback.
    """
    import contextlib
    import os
    from pathlib import Path
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    candidates = []
    env = os.environ.get("TZ", "").lstrip(":")
    if env:
        candidates.append(env)
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        candidates.append(target.split("zoneinfo/", 1)[1])
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    tz = datetime.now().astimezone().tzinfo
    assert tz is not None
    return tz


class FakeClock:
    """A clock for tests and benchmarks: frozen until told to move."""

    def __init__(self, start: datetime, tz: tzinfo | None = None) -> None:
        self._now = ensure_utc(start)
        self._tz: tzinfo = tz if tz is not None else UTC

    def now(self) -> datetime:
        return self._now

    def local_tz(self) -> tzinfo:
        return self._tz

    def set(self, when: datetime) -> None:
        self._now = ensure_utc(when)

    def advance(self, delta: timedelta) -> None:
        self._now = self._now + delta

    def set_tz(self, tz: tzinfo) -> None:
        self._tz = tz


def ensure_utc(when: datetime) -> datetime:
    """Return ``when`` as an aware UTC datetime; naive datetimes are refused, not guessed."""
    if when.tzinfo is UTC:  # the common case (everything read from the database): no work
        return when
    if when.tzinfo is None or when.tzinfo.utcoffset(when) is None:
        raise ValueError(f"naive datetime {when!r}: every stored time must carry its zone")
    return when.astimezone(UTC)
