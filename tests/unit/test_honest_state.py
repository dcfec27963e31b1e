"""What the verdict says matches what the user recorded (issue #13): urgency that grows with
time, "they may file against you" only where that is possible, the escrow warning for every
worker before escrow, same-minute messages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from companion.model import policy
from companion.model.decision import Action, Situation, decide
from companion.model.policy import ACTION, URGENT, WAITING, Facts, evaluate, urgency
from companion.model.timers import DEFAULT_THRESHOLDS, MessageFact, Thresholds, compute

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
H, D = timedelta(hours=1), timedelta(days=1)


def owed(**kw) -> Situation:
    """A reply the user owes: their message came in at NOW, nothing sent since."""
    base = dict(
        platform="lancers", role="worker", contract_type="project_fixed", stage="escrow_funded", now=NOW,
        last_received_at=NOW, reply_needed=True, unanswered_sent=(), reply_owed_since=NOW,
    )
    base.update(kw)
    return Situation(**base)


@pytest.mark.parametrize("hours, level", [(0, ACTION), (23, ACTION), (24, URGENT), (100, URGENT)])
def test_a_reply_owed_grows_urgent_with_the_reply_owed_setting(hours, level):
    rec = decide(owed(), DEFAULT_THRESHOLDS)
    assert rec.action is Action.REPLY_NOW
    assert rec.urgent_from == NOW + DEFAULT_THRESHOLDS.reply_owed_after
    assert "counterparty_may_file" in rec.warnings
    assert urgency(rec, NOW + hours * H) == level


def test_the_reply_owed_setting_is_the_threshold():
    t = Thresholds(reply_owed_after=6 * H)
    rec = decide(owed(), t)
    assert urgency(rec, NOW + 5 * H) == ACTION
    assert urgency(rec, NOW + 6 * H) == URGENT


@pytest.mark.parametrize("case", [
    dict(stage="paid"),
    dict(stage="cancelled"),
    dict(stage="negotiating"),
    dict(stage="contracted"),
    dict(contract_type="hourly"),
    dict(contract_type="package"),
    dict(plan_change_pending=True),
    dict(own_request_filed_at=NOW - D),  # one request at a time
    dict(platform="other"),  # no formal request known there
])
def test_no_filing_warning_and_never_urgent_where_no_request_is_possible(case):
    rec = decide(owed(**case), DEFAULT_THRESHOLDS)
    assert "counterparty_may_file" not in rec.warnings
    assert rec.urgent_from is None
    assert urgency(rec, NOW + 30 * D) < URGENT


def test_a_thank_you_after_payment_is_not_urgent_at_minute_zero():
    rec = decide(owed(stage="paid"), DEFAULT_THRESHOLDS)
    assert rec.action is Action.REPLY_NOW
    assert rec.reasons[0].code == "reply_owed"
    assert urgency(rec, NOW) == ACTION


def test_a_stored_reply_now_sorts_as_action_not_urgent():
    assert policy.action_urgency(Action.REPLY_NOW) == ACTION
    assert policy.action_urgency(Action.WAIT) == WAITING


def waiting(**kw) -> Situation:
    base = dict(
        platform="lancers", role="worker", contract_type="project_fixed", stage="contracted", now=NOW,
        last_received_at=NOW - 10 * D, reply_needed=False,
        unanswered_sent=(NOW - 9 * D, NOW - 6 * D, NOW - 3 * D), last_sent_read=False,
    )
    base.update(kw)
    return Situation(**base)


@pytest.mark.parametrize("case", [
    {}, dict(contract_type="hourly"), dict(contract_type="task"), dict(contract_type="package"),
    dict(contract_type="competition"), dict(platform="crowdworks"), dict(platform="upwork"),
    dict(platform="other"), dict(unanswered_sent=()), dict(unanswered_sent=(NOW - H,)),
    dict(unanswered_sent=(), reply_needed=True, last_received_at=NOW - H),
])
def test_every_worker_before_escrow_is_told_never_to_start_work(case):
    assert "no_work_before_escrow" in decide(waiting(**case), DEFAULT_THRESHOLDS).warnings


def test_a_client_before_escrow_is_not():
    assert "no_work_before_escrow" not in decide(waiting(role="client"), DEFAULT_THRESHOLDS).warnings


def test_a_message_sent_in_the_same_minute_as_theirs_answers_it_and_counts():
    """As timers.py says: at the same instant a received message comes first."""
    t0 = NOW - 10 * D
    messages = [MessageFact(t0, "in"), MessageFact(t0, "out"), MessageFact(t0 + 3 * D, "out"),
                MessageFact(t0 + 6 * D, "out")]
    state = compute(messages, NOW)
    assert state.reply_owed_since is None
    assert state.unanswered == (t0, t0 + 3 * D, t0 + 6 * D)
    rec = evaluate(Facts("lancers", "worker", "project_fixed", "completion_reported"), messages,
                   DEFAULT_THRESHOLDS, NOW).recommendation
    assert rec.action is Action.FILE_REQUEST


@pytest.mark.parametrize("platform", ["crowdworks", "upwork", "fiverr", "lancers"])
def test_last_seen_online_narrows_the_likely_causes(platform):
    base = waiting(platform=platform, stage="escrow_funded", last_sent_read=None)
    last = base.unanswered_sent[-1]
    seen = decide(base._replace(counterparty_last_seen_at=last + H), DEFAULT_THRESHOLDS).likely_causes
    unseen = decide(base._replace(counterparty_last_seen_at=last - H), DEFAULT_THRESHOLDS).likely_causes
    assert seen == {"ignoring"} and unseen == {"not_logging_in", "missed_email"}
