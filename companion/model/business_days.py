"""Japanese business days: weekdays that are not Japanese public holidays.

The holidays come from the maintained ``holidays`` library (its Japan calendar: fixed days, the
equinoxes, substitute holidays, the "citizens' holidays" between two holidays), never from a
hand-written list. Whether a platform also closes over the New Year is not documented, so it is
not assumed. The library is large, so it is imported on the first question, not at start-up.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache

JST = timezone(timedelta(hours=9), "JST")


@lru_cache(maxsize=64)
def _holidays(year: int) -> frozenset[date]:
    import holidays  # (the library is heavy: loaded only when a business-day clock is asked for)

    return frozenset(holidays.country_holidays("JP", years=year))


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def business_days_after(start: datetime, days: int) -> datetime:
    """The end of the ``days``-th Japanese business day after the day of ``start`` (in Japan
    time), as an aware instant: a review "within 2 business days" of a Friday-evening filing
    ends when Tuesday ends (or later, over a holiday)."""
    if days < 1:
        raise ValueError("days must be 1 or more")
    day = start.astimezone(JST).date()
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_business_day(day):
            counted += 1
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=JST)
