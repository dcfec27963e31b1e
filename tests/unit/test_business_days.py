"""Japanese business days from the holiday library (CrowdWorks' 2-business-day review)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.model.business_days import JST, business_days_after, is_business_day


@pytest.mark.parametrize("day, expected", [
    (date(2026, 11, 20), True),  # Friday
    (date(2026, 11, 21), False),  # Saturday
    (date(2026, 11, 23), False),  # 勤労感謝の日 (Monday)
    (date(2026, 9, 22), False),  # 国民の休日 between 敬老の日 and 秋分の日
    (date(2027, 1, 1), False),  # 元日
    (date(2026, 12, 28), True),  # a weekday in the year-end week (no New Year closure assumed)
])
def test_business_days(day, expected):
    assert is_business_day(day) is expected


@pytest.mark.parametrize("filed, expected", [
    (datetime(2026, 11, 18, 10, tzinfo=JST), datetime(2026, 11, 21, 0, tzinfo=JST)),  # Wed -> end of Fri
    (datetime(2026, 11, 20, 18, tzinfo=JST), datetime(2026, 11, 26, 0, tzinfo=JST)),  # Fri -> Tue 24, Wed 25 (Mon 23 is a holiday)
    (datetime(2026, 11, 20, 16, tzinfo=UTC), datetime(2026, 11, 26, 0, tzinfo=JST)),  # 01:00 Sat in Japan: counted from Saturday
])
def test_two_business_days_across_a_japanese_holiday(filed, expected):
    assert business_days_after(filed, 2) == expected


@given(st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2030, 12, 31)), st.integers(1, 10))
def test_the_end_is_after_the_start_and_the_last_counted_day_is_a_business_day(naive, n):
    start = naive.replace(tzinfo=JST)
    end = business_days_after(start, n)
    assert end > start
    last = (end.astimezone(JST)).date().fromordinal(end.astimezone(JST).date().toordinal() - 1)
    assert is_business_day(last)
