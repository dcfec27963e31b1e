"""The decision of DOMAIN.md: every rule and boundary, then invariants (hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.model.decision import Action, Situation, decide, likely_causes, request_possible_at
from companion.model.timers import DEFAULT_THRESHOLDS

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
D = timedelta(days=1)


def sit(**kw) -> Situation:
    base = dict(
        platform="lancers",
        role="worker",
        contract_type="project_fixed",
        stage="completion_reported",
        now=NOW,
        last_received_at=NOW - 10 * D,
        reply_needed=True,
        unanswered_sent=(NOW - 9 * D, NOW - 6 * D, NOW - 3 * D),
        last_sent_read=False,
    )
    base.update(kw)
    return Situation(**base)


TABLE = [
    ("1 request against user", sit(request_against_user_at=NOW - D), Action.RESPOND_TO_REQUEST),
    ("1 beats everything, even paid", sit(stage="paid", request_against_user_at=NOW - D), Action.RESPOND_TO_REQUEST),
    ("2 reply now", sit(unanswered_sent=()), Action.REPLY_NOW),
    ("2 not when no reply needed", sit(unanswered_sent=(), reply_needed=False), Action.NOTHING_TO_DO),
    ("3 paid", sit(stage="paid"), Action.NOTHING_TO_DO),
    ("3 cancelled", sit(stage="cancelled"), Action.NOTHING_TO_DO),
    ("4 own request pending", sit(own_request_filed_at=NOW - 2 * D), Action.TRACK_REQUEST),
    ("5 nothing unanswered, never wrote", sit(last_received_at=None, unanswered_sent=()), Action.NOTHING_TO_DO),
    ("6 within gap", sit(unanswered_sent=(NOW - D,)), Action.WAIT),
    ("6 exactly the gap is not waiting", sit(unanswered_sent=(NOW - 2 * D,)), Action.SEND_FOLLOW_UP),
    ("7 two unanswered", sit(unanswered_sent=(NOW - 5 * D, NOW - 3 * D)), Action.SEND_FOLLOW_UP),
    ("8 negotiating", sit(stage="negotiating"), Action.MOVE_ON),
    ("8 task not eligible", sit(contract_type="task"), Action.CONTACT_SUPPORT),
    ("8 hourly not eligible", sit(contract_type="hourly"), Action.CONTACT_SUPPORT),
    ("8 other platform", sit(platform="other"), Action.CONTACT_SUPPORT),
    ("8 contracted no escrow", sit(stage="contracted"), Action.CONTACT_SUPPORT),
    ("8 plan change pending", sit(plan_change_pending=True), Action.CONTACT_SUPPORT),
    (
        "8 under 7 days: wait",
        sit(last_received_at=NOW - 6 * D, unanswered_sent=(NOW - 6 * D + timedelta(hours=1), NOW - 4 * D, NOW - 2 * D)),
        Action.WAIT,
    ),
    (
        "8 exactly 7 days: file",
        sit(last_received_at=NOW - 7 * D, unanswered_sent=(NOW - 6 * D, NOW - 4 * D, NOW - 2 * D)),
        Action.FILE_REQUEST,
    ),
    ("8 completion reported: file", sit(), Action.FILE_REQUEST),
    ("8 worker delivered: report first", sit(stage="delivered"), Action.REPORT_COMPLETION_FIRST),
    ("8 worker mid-work: support", sit(stage="escrow_funded"), Action.CONTACT_SUPPORT),
    ("8 client continue: support", sit(role="client", stage="escrow_funded", wants_to_continue=True), Action.CONTACT_SUPPORT),
    ("8 client unsure: support", sit(role="client", stage="delivered"), Action.CONTACT_SUPPORT),
    ("8 client stop: file", sit(role="client", stage="escrow_funded", wants_to_continue=False), Action.FILE_REQUEST),
    ("direct request is eligible", sit(contract_type="direct_fixed"), Action.FILE_REQUEST),
]


@pytest.mark.parametrize(("name", "situation", "action"), TABLE, ids=[t[0] for t in TABLE])
def test_rule_table(name, situation, action):
    assert decide(situation, DEFAULT_THRESHOLDS).action is action


def test_details_of_filing():
    rec = decide(sit(), DEFAULT_THRESHOLDS)
    assert rec.outcome_if_unanswered == "payment_confirmed"
    assert {"rating_retaliation", "support_reviews_after_deadline"} <= rec.warnings
    assert rec.request_possible_at == NOW - 3 * D
    stop = decide(sit(role="client", stage="escrow_funded", wants_to_continue=False), DEFAULT_THRESHOLDS)
    assert stop.outcome_if_unanswered == "escrow_cancelled"


def test_deadlines_are_filed_plus_seven_days():
    assert decide(sit(request_against_user_at=NOW - D), DEFAULT_THRESHOLDS).deadline_at == NOW + 6 * D
    assert decide(sit(own_request_filed_at=NOW - 2 * D), DEFAULT_THRESHOLDS).deadline_at == NOW + 5 * D


def test_worker_tracking_mid_contract_is_warned():
    rec = decide(sit(stage="delivered", own_request_filed_at=NOW - D), DEFAULT_THRESHOLDS)
    assert "deliverables_at_risk" in rec.warnings
    assert rec.outcome_if_unanswered == "escrow_cancelled"


def test_wait_shows_when_request_opens():
    rec = decide(sit(last_received_at=NOW - 6 * D, unanswered_sent=(NOW - 5 * D, NOW - 4 * D, NOW - 2 * D)), DEFAULT_THRESHOLDS)
    assert rec.wait_until == NOW + D == rec.request_possible_at


def test_contracted_worker_is_told_not_to_work():
    assert "no_work_before_escrow" in decide(sit(stage="contracted"), DEFAULT_THRESHOLDS).warnings
    assert "no_work_before_escrow" not in decide(sit(stage="contracted", role="client"), DEFAULT_THRESHOLDS).warnings


def test_reply_now_warns_they_may_file():
    assert "counterparty_may_file" in decide(sit(unanswered_sent=()), DEFAULT_THRESHOLDS).warnings


@pytest.mark.parametrize(
    ("read", "causes"),
    [(False, {"not_logging_in", "missed_email"}), (True, {"ignoring"}), (None, {"not_logging_in", "missed_email", "ignoring"})],
)
def test_likely_causes(read, causes):
    assert likely_causes(True, read) == causes
    assert decide(sit(last_sent_read=read), DEFAULT_THRESHOLDS).likely_causes == causes


def test_reasons_carry_sources():
    rec = decide(sit(), DEFAULT_THRESHOLDS)
    assert rec.reasons and rec.reasons[0].rule is not None
    assert rec.reasons[0].rule.source.startswith("https://")


offsets = st.integers(min_value=0, max_value=30 * 24).map(lambda h: timedelta(hours=h))


@st.composite
def situations(draw):
    received = draw(st.one_of(st.none(), offsets.map(lambda o: NOW - o)))
    sent = sorted(draw(st.lists(offsets.map(lambda o: NOW - o), max_size=5)))
    if received is not None:
        sent = [t for t in sent if t > received]
    return Situation(
        platform=draw(st.sampled_from(["lancers", "other"])),  # (each other platform: tests/unit/test_rules_*.py)
        role=draw(st.sampled_from(["worker", "client"])),
        contract_type=draw(st.sampled_from(["project_fixed", "direct_fixed", "hourly", "task", "competition", "package"])),
        stage=draw(st.sampled_from(["negotiating", "contracted", "escrow_funded", "delivered", "completion_reported", "paid", "cancelled"])),
        now=NOW,
        plan_change_pending=draw(st.booleans()),
        last_received_at=received,
        reply_needed=draw(st.booleans()),
        unanswered_sent=tuple(sent),
        last_sent_read=draw(st.sampled_from([None, True, False])),
        own_request_filed_at=draw(st.one_of(st.none(), offsets.map(lambda o: NOW - o))),
        request_against_user_at=draw(st.one_of(st.none(), offsets.map(lambda o: NOW - o))),
        wants_to_continue=draw(st.sampled_from([None, True, False])),
    )


@given(situations())
def test_invariants(s):
    rec = decide(s, DEFAULT_THRESHOLDS)
    if rec.action is Action.FILE_REQUEST:
        possible = request_possible_at(s, DEFAULT_THRESHOLDS)
        assert possible is not None and possible <= s.now  # never before it is possible, never ineligible
        assert "rating_retaliation" in rec.warnings  # the warning always comes with filing
        assert not (s.role == "worker" and s.stage in ("escrow_funded", "delivered"))  # worker mid-work never files
        assert s.platform == "lancers" and s.contract_type in ("project_fixed", "direct_fixed")
        assert not s.plan_change_pending
    if rec.deadline_at is not None:
        filed = s.request_against_user_at if rec.action is Action.RESPOND_TO_REQUEST else s.own_request_filed_at
        assert rec.deadline_at == filed + timedelta(days=7)
    if rec.action is Action.WAIT:
        assert rec.wait_until is not None and rec.wait_until > s.now


@given(situations())
def test_recommendations_are_values(s):
    """A recommendation is an immutable value: rebuilt from its fields it is equal, same hash."""
    from companion.model.decision import Recommendation

    rec = decide(s, DEFAULT_THRESHOLDS)
    normal = Recommendation(**rec._asdict())
    assert rec == normal and hash(rec) == hash(normal) and repr(rec) == repr(normal)


@given(
    st.lists(st.tuples(offsets, st.sampled_from(["in", "out"]), st.sampled_from(["platform", "offplatform"])), max_size=6),
    st.sampled_from(["escrow_funded", "completion_reported"]),
    st.one_of(st.none(), offsets.map(lambda o: NOW - o)),
)
def test_situations_are_made_utc_however_they_are_built(messages, stage, filed):
    from zoneinfo import ZoneInfo

    from companion.model.decision import situation_from_state
    from companion.model.timers import MessageFact, SilenceState, compute

    state = compute([MessageFact(NOW - o, d, c) for o, d, c in messages], NOW)
    assert state == SilenceState(**state._asdict())
    tokyo = ZoneInfo("Asia/Tokyo")  # instants in another zone are made UTC, as Situation itself does
    built = situation_from_state(
        platform="lancers", role="worker", contract_type="project_fixed", stage=stage, plan_change_pending=False,
        state=state, now=NOW.astimezone(tokyo), own_request_filed_at=filed and filed.astimezone(tokyo),
    )
    normal = Situation(**{**built._asdict(), "now": NOW.astimezone(tokyo)})
    assert built == normal and built.now.tzinfo is UTC and normal.now.tzinfo is UTC
    assert built.own_request_filed_at is None or built.own_request_filed_at.tzinfo is UTC
