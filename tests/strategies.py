"""Hypothesis strategies the rule-pack tests share."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import strategies as st

from companion.model.timers import DEFAULT_THRESHOLDS, Thresholds

# The user's thresholds: the defaults, or any value the settings dialog allows.
thresholds = st.one_of(
    st.just(DEFAULT_THRESHOLDS),
    st.builds(
        Thresholds,
        follow_up_gap=st.integers(min_value=1, max_value=10 * 24).map(lambda h: timedelta(hours=h)),
        follow_ups_before_formal=st.integers(min_value=1, max_value=6),
        silence_before_request=st.integers(min_value=1, max_value=14).map(lambda d: timedelta(days=d)),
        request_deadline=st.integers(min_value=1, max_value=14).map(lambda d: timedelta(days=d)),
        reply_owed_after=st.integers(min_value=1, max_value=7 * 24).map(lambda h: timedelta(hours=h)),
    ),
)
