"""The Lancers 取引期限: 1 year from the start; each progress event extends it to 3 months from
that event when fewer remain; projects and packages only (https://info.lancers.jp/32787)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.model.rules import generic, lancers
from companion.model.rules.lancers import trade_deadline

START = datetime(2026, 1, 31, tzinfo=UTC)


def at(y, m, d):
    return datetime(y, m, d, tzinfo=UTC)


@pytest.mark.parametrize("progress, expected", [
    ([], at(2027, 1, 31)),
    ([at(2026, 3, 1)], at(2027, 1, 31)),  # 11 months remain: no extension
    # filing at month 2 no longer moves the deadline two months later than the real one
    ([at(2026, 3, 31)], at(2027, 1, 31)),
    ([at(2026, 11, 15)], at(2027, 2, 15)),  # 2.5 months remain: 3 months from the event
    ([at(2026, 10, 31)], at(2027, 1, 31)),  # exactly 3 months remain: unchanged
    ([at(2026, 11, 15), at(2027, 2, 1)], at(2027, 5, 1)),  # extended twice
    ([at(2027, 2, 1)], at(2027, 1, 31)),  # after it ran out: cancelled already, no extension
    ([at(2025, 12, 1)], at(2027, 1, 31)),  # before the start
])
def test_the_deadline_follows_the_platform_rule(progress, expected):
    assert trade_deadline("project_fixed", START, progress) == expected


def test_month_ends_are_clamped():
    assert trade_deadline("package", at(2027, 2, 28), []) == at(2028, 2, 28)
    assert trade_deadline("package", at(2027, 2, 28), [at(2027, 11, 30)]) == at(2028, 2, 29)


@pytest.mark.parametrize("contract_type", ["hourly", "task", "competition"])
def test_only_projects_and_packages_have_it(contract_type):
    assert trade_deadline(contract_type, START, []) is None


def test_no_start_no_deadline_and_other_platforms_have_none():
    assert trade_deadline("project_fixed", None, []) is None
    assert generic.trade_deadline("project_fixed", START, []) is None
    assert lancers.PACK.rules["trade_deadline"].source == "https://info.lancers.jp/32787"


@given(st.lists(st.integers(min_value=0, max_value=800).map(lambda d: START + timedelta(days=d)), max_size=8))
def test_it_is_never_earlier_than_a_year_and_never_less_than_three_months_after_progress(progress):
    deadline = trade_deadline("direct_fixed", START, progress)
    assert deadline >= at(2027, 1, 31)
    # every progress event that happened before the (then) deadline leaves at least ~3 months
    alive = [p for p in progress if p < deadline]
    for p in alive:
        assert deadline - p >= timedelta(days=89) or p >= deadline


@pytest.mark.usefixtures("database")
def test_the_reminder_comes_before_the_automatic_cancellation_through_the_store():
    """The chain: a project started on a date and a request filed in month 11 (the progress the
    app can date), read back through the store, planned as reminders. A stage change recorded
    late does not extend it (the warning must never come after the automatic cancellation)."""
    from companion.model.timers import DEFAULT_THRESHOLDS
    from companion.store import reads, repo

    now = at(2026, 12, 20)
    pid = repo.create_project(repo.ProjectInput(
        title="LP", counterparty="cafe", platform="lancers", role="worker", contract_type="project_fixed",
        stage="contracted", start_date=date(2026, 1, 31),
    ), at(2026, 1, 31)).id
    repo.set_stage(pid, "escrow_funded", at(2026, 12, 1))  # recorded today: maybe long after it happened
    rows = reads.project_overview(now, DEFAULT_THRESHOLDS)
    [facts] = repo.reminder_facts(rows, DEFAULT_THRESHOLDS)
    assert facts.trade_deadline_at == at(2027, 1, 31)
    repo.record_request(pid, "user", at(2026, 11, 15), now)
    rows = reads.project_overview(now, DEFAULT_THRESHOLDS)
    [facts] = repo.reminder_facts(rows, DEFAULT_THRESHOLDS)
    assert facts.trade_deadline_at == at(2027, 2, 15)
