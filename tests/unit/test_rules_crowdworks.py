"""The CrowdWorks rule pack (DOMAIN-PLATFORMS.md): every rule and boundary, then invariants.

The pack is tested directly (PACK.decide), whether or not it is registered in rules/__init__.py.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.model.business_days import JST
from companion.model.rules import Action, Situation, crowdworks
from companion.model.rules.crowdworks import PACK
from companion.model.timers import DEFAULT_THRESHOLDS
from tests.strategies import thresholds

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # Friday 21:00 in Japan
D = timedelta(days=1)
T = DEFAULT_THRESHOLDS
REMINDER = "crowdworks_reminder_request"
TERMINATION = "crowdworks_termination_request"
FILING = frozenset({"rating_retaliation"})
AT_RISK = frozenset({"deliverables_at_risk"})
NO_SILENCE = "no_minimum_silence_unconfirmed"


def sit(**kw) -> Situation:
    base = dict(
        platform="crowdworks",
        role="worker",
        contract_type="project_fixed",
        stage="escrow_funded",
        now=NOW,
        last_received_at=NOW - 10 * D,
        reply_needed=True,
        unanswered_sent=(NOW - 9 * D, NOW - 6 * D, NOW - 3 * D),
    )
    base.update(kw)
    return Situation(**base)


def jst(*args: int) -> datetime:
    return datetime(*args, tzinfo=JST)


# Each row: name, situation, thresholds, and what the recommendation must be: action, route,
# deadline_at, auto_outcome_at (always None on CrowdWorks), outcome, warnings, reason codes.
ROWS = [
    # --- 1. a request against the user --------------------------------------------------------
    ("1 termination against the user (fixed): 1 week, refund, ★1",
     sit(request_against_user_at=NOW - D, request_against_user_route=TERMINATION), T,
     Action.RESPOND_TO_REQUEST, TERMINATION, NOW + 6 * D, "contract_terminated_refund", frozenset(),
     ("request_against_user",)),
    ("1 termination against the user (hourly): the date, not confirmed",
     sit(contract_type="hourly", request_against_user_at=NOW - D, request_against_user_route=TERMINATION), T,
     Action.RESPOND_TO_REQUEST, TERMINATION, NOW + 6 * D, "hourly_end_unconfirmed", frozenset(),
     ("termination_hourly_unconfirmed",)),
    ("1 reminder against the user: reviewed within 2 business days (Thu -> Mon 23 is a holiday -> Tue)",
     sit(request_against_user_at=NOW - D), T,
     Action.RESPOND_TO_REQUEST, REMINDER, jst(2026, 11, 25), "no_automatic_outcome", frozenset(),
     ("reminder_against_user",)),
    ("1 reminder against the user over the New Year: not confirmed",
     sit(now=jst(2026, 12, 25, 12), request_against_user_at=jst(2026, 12, 25, 10), request_against_user_route=REMINDER), T,
     Action.RESPOND_TO_REQUEST, REMINDER, jst(2026, 12, 30), "no_automatic_outcome", frozenset(),
     ("reminder_against_user", "review_new_year_unconfirmed")),
    ("1 review ending before the New Year is not flagged",
     sit(now=jst(2026, 12, 22, 12), request_against_user_at=jst(2026, 12, 22, 10)), T,
     Action.RESPOND_TO_REQUEST, REMINDER, jst(2026, 12, 25), "no_automatic_outcome", frozenset(),
     ("reminder_against_user",)),
    ("1 beats everything, even paid (no outcome left)",
     sit(stage="paid", request_against_user_at=NOW - D, request_against_user_route=TERMINATION), T,
     Action.RESPOND_TO_REQUEST, TERMINATION, NOW + 6 * D, None, frozenset(), ("request_against_user",)),
    # --- 2, 3, 5, 6, 7 ---------------------------------------------------------------------------
    ("2 reply now: they may file against you",
     sit(unanswered_sent=()), T,
     Action.REPLY_NOW, None, None, None, frozenset({"counterparty_may_file"}), ("ball_in_your_court",)),
    ("2 task: a reply owed, not urgent (no route)",
     sit(contract_type="task", unanswered_sent=()), T,
     Action.REPLY_NOW, None, None, None, frozenset(), ("reply_owed",)),
    ("2 negotiating: not urgent",
     sit(stage="negotiating", unanswered_sent=()), T,
     Action.REPLY_NOW, None, None, None, frozenset(), ("reply_owed",)),
    ("3 paid", sit(stage="paid"), T, Action.NOTHING_TO_DO, None, None, None, frozenset(), ("finished",)),
    ("3 cancelled (契約終了)", sit(stage="cancelled"), T, Action.NOTHING_TO_DO, None, None, None, frozenset(), ("finished",)),
    ("5 nothing unanswered", sit(last_received_at=None, unanswered_sent=()), T,
     Action.NOTHING_TO_DO, None, None, None, frozenset(), ("nothing_unanswered",)),
    ("6 within the gap", sit(unanswered_sent=(NOW - D,)), T,
     Action.WAIT, None, None, None, frozenset(), ("follow_up_gap",)),
    ("6 enough follow-ups, the last still fresh", sit(unanswered_sent=(NOW - 5 * D, NOW - 3 * D, NOW - D)), T,
     Action.WAIT, None, None, None, frozenset(), ("formal_step_gap",)),
    ("6 exactly the gap is not waiting", sit(unanswered_sent=(NOW - 2 * D,)), T,
     Action.SEND_FOLLOW_UP, None, None, None, frozenset(), ("follow_up_first",)),
    ("7 two unanswered: follow up", sit(unanswered_sent=(NOW - 5 * D, NOW - 3 * D)), T,
     Action.SEND_FOLLOW_UP, None, None, None, frozenset(), ("follow_up_first",)),
    ("7 the setting decides (4 follow-ups)", sit(), T._replace(follow_ups_before_formal=4),
     Action.SEND_FOLLOW_UP, None, None, None, frozenset(), ("follow_up_first",)),
    # --- 4. the user's own request ------------------------------------------------------------------
    ("4 own reminder request under review",
     sit(own_request_filed_at=NOW - D), T,
     Action.TRACK_REQUEST, REMINDER, jst(2026, 11, 25), "no_automatic_outcome", frozenset(), ("request_pending",)),
    ("4 own reminder request: review period over",
     sit(own_request_filed_at=NOW - 6 * D, own_request_route=REMINDER), T,
     Action.TRACK_REQUEST, REMINDER, jst(2026, 11, 18), "no_automatic_outcome", frozenset(), ("reminder_review_over",)),
    ("4 own termination request (client, fixed)",
     sit(role="client", own_request_filed_at=NOW - 2 * D, own_request_route=TERMINATION), T,
     Action.TRACK_REQUEST, TERMINATION, NOW + 5 * D, "contract_terminated_refund", frozenset(), ("termination_pending",)),
    ("4 own termination request (worker mid-work): the escrow goes back",
     sit(own_request_filed_at=NOW - 2 * D, own_request_route=TERMINATION), T,
     Action.TRACK_REQUEST, TERMINATION, NOW + 5 * D, "contract_terminated_refund", AT_RISK, ("termination_pending",)),
    ("4 own termination request (hourly): not confirmed",
     sit(role="client", contract_type="hourly", own_request_filed_at=NOW - 2 * D, own_request_route=TERMINATION), T,
     Action.TRACK_REQUEST, TERMINATION, NOW + 5 * D, "hourly_end_unconfirmed", frozenset(),
     ("termination_hourly_unconfirmed",)),
    # --- 8 ----------------------------------------------------------------------------------------
    ("8 negotiating (応募・相談中): move on", sit(stage="negotiating"), T,
     Action.MOVE_ON, None, None, None, frozenset(), ("no_contract_yet",)),
    ("8 task: support", sit(contract_type="task"), T,
     Action.CONTACT_SUPPORT, None, None, None, frozenset({"not_eligible"}), ("not_eligible",)),
    ("8 competition: support", sit(contract_type="competition", role="client"), T,
     Action.CONTACT_SUPPORT, None, None, None, frozenset({"not_eligible"}), ("not_eligible",)),
    ("8 worker contracted: reminder, never work before 仮払い", sit(stage="contracted"), T,
     Action.FILE_REQUEST, REMINDER, None, "no_automatic_outcome", FILING | {"no_work_before_escrow"},
     ("reminder_before_escrow", NO_SILENCE)),
    ("8 client contracted: reminder", sit(stage="contracted", role="client"), T,
     Action.FILE_REQUEST, REMINDER, None, "no_automatic_outcome", FILING, ("reminder_before_escrow", NO_SILENCE)),
    ("8 worker escrow funded: reminder (safe), never the termination", sit(), T,
     Action.FILE_REQUEST, REMINDER, None, "no_automatic_outcome", FILING | AT_RISK, ("worker_mid_work", NO_SILENCE)),
    ("8 no minimum silence: they wrote 5 days ago, the follow-ups are the gate",
     sit(last_received_at=NOW - 5 * D, unanswered_sent=(NOW - 5 * D + timedelta(hours=1), NOW - 4 * D, NOW - 2 * D)), T,
     Action.FILE_REQUEST, REMINDER, None, "no_automatic_outcome", FILING | AT_RISK, ("worker_mid_work", NO_SILENCE)),
    ("8 worker hourly mid-work: reminder", sit(contract_type="hourly"), T,
     Action.FILE_REQUEST, REMINDER, None, "no_automatic_outcome", FILING | AT_RISK, ("worker_mid_work", NO_SILENCE)),
    ("8 worker delivered 6 days ago: reminder", sit(stage="delivered", stage_entered_at=NOW - 6 * D), T,
     Action.FILE_REQUEST, REMINDER, None, "no_automatic_outcome", FILING | AT_RISK, ("worker_delivered", NO_SILENCE)),
    ("8 worker delivered just under 1 week ago: reminder",
     sit(stage="delivered", stage_entered_at=NOW - 7 * D + timedelta(seconds=1)), T,
     Action.FILE_REQUEST, REMINDER, None, "no_automatic_outcome", FILING | AT_RISK, ("worker_delivered", NO_SILENCE)),
    ("8 worker delivered exactly 1 week ago: support (検収 guideline)",
     sit(stage="delivered", stage_entered_at=NOW - 7 * D), T,
     Action.CONTACT_SUPPORT, None, None, None, AT_RISK, ("acceptance_overdue",)),
    ("8 worker delivered 10 days ago: support", sit(stage="delivered", stage_entered_at=NOW - 10 * D), T,
     Action.CONTACT_SUPPORT, None, None, None, AT_RISK, ("acceptance_overdue",)),
    ("8 worker delivered, date unknown: reminder, and say so", sit(stage="delivered"), T,
     Action.FILE_REQUEST, REMINDER, None, "no_automatic_outcome", FILING | AT_RISK, ("delivery_date_unknown", NO_SILENCE)),
    ("8 completion_reported (no such stage here) is treated as delivered",
     sit(stage="completion_reported", stage_entered_at=NOW - 8 * D), T,
     Action.CONTACT_SUPPORT, None, None, None, AT_RISK, ("acceptance_overdue",)),
    ("8 client wants to continue: reminder",
     sit(role="client", wants_to_continue=True), T,
     Action.FILE_REQUEST, REMINDER, None, "no_automatic_outcome", FILING, ("client_continue", NO_SILENCE)),
    ("8 client unsure: reminder", sit(role="client", stage="delivered", stage_entered_at=NOW - 2 * D), T,
     Action.FILE_REQUEST, REMINDER, None, "no_automatic_outcome", FILING, ("client_continue", NO_SILENCE)),
    ("8 client continue, 1 week after 納品: support",
     sit(role="client", stage="delivered", stage_entered_at=NOW - 7 * D, wants_to_continue=True), T,
     Action.CONTACT_SUPPORT, None, None, None, frozenset(), ("reminder_window_over",)),
    ("8 client stop (fixed): termination request",
     sit(role="client", wants_to_continue=False), T,
     Action.FILE_REQUEST, TERMINATION, None, "contract_terminated_refund", FILING, ("client_stop",)),
    ("8 client stop after the reminder window: still the termination request",
     sit(role="client", stage="delivered", stage_entered_at=NOW - 9 * D, wants_to_continue=False), T,
     Action.FILE_REQUEST, TERMINATION, None, "contract_terminated_refund", FILING, ("client_stop",)),
    ("8 client stop (hourly): termination request, not confirmed",
     sit(role="client", contract_type="hourly", wants_to_continue=False), T,
     Action.FILE_REQUEST, TERMINATION, None, "hourly_end_unconfirmed", FILING, ("termination_hourly_unconfirmed",)),
    ("8 a plan change means nothing on CrowdWorks", sit(plan_change_pending=True), T,
     Action.FILE_REQUEST, REMINDER, None, "no_automatic_outcome", FILING | AT_RISK, ("worker_mid_work", NO_SILENCE)),
]


@pytest.mark.parametrize(
    ("name", "s", "t", "action", "route", "deadline", "outcome", "warnings", "reasons"), ROWS, ids=[r[0] for r in ROWS]
)
def test_rule_table(name, s, t, action, route, deadline, outcome, warnings, reasons):
    rec = PACK.decide(s, t)
    assert rec.action is action
    assert rec.route == route
    assert rec.deadline_at == deadline
    assert rec.auto_outcome_at is None  # CrowdWorks acts by itself in nobody's favour (no rule 4b)
    assert rec.outcome_if_unanswered == outcome
    assert rec.warnings == warnings
    assert tuple(r.code for r in rec.reasons) == reasons


# --- eligibility -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("s", "expected"), [
    (sit(), NOW - 9 * D),  # no minimum silence: from the first unanswered message
    (sit(stage="contracted"), NOW - 9 * D),  # from the contract
    (sit(contract_type="hourly"), NOW - 9 * D),
    (sit(stage="negotiating"), None),  # not before the contract
    (sit(stage="paid"), None),  # nor after it completes
    (sit(contract_type="task"), None),
    (sit(contract_type="competition"), None),
    (sit(unanswered_sent=()), None),
    (sit(own_request_filed_at=NOW - D), None),
    (sit(request_against_user_at=NOW - D), None),
    (sit(stage="delivered"), NOW - 9 * D),  # delivery date unknown: not closed
    (sit(stage="delivered", stage_entered_at=NOW - 7 * D + timedelta(seconds=1)), NOW - 9 * D),
    (sit(stage="delivered", stage_entered_at=NOW - 7 * D), None),  # closed 1 week after 納品
])
def test_request_possible_at(s, expected):
    assert PACK.request_possible_at(s, T) == expected


def test_request_open_and_no_trade_deadline():
    assert PACK.request_open(sit())
    assert PACK.request_open(sit(stage="delivered", stage_entered_at=NOW - 30 * D))  # termination still possible
    assert not PACK.request_open(sit(contract_type="task"))
    assert not PACK.request_open(sit(stage="negotiating"))
    assert not PACK.request_open(sit(own_request_filed_at=NOW))
    assert PACK.trade_deadline("project_fixed", NOW, [NOW]) is None


def test_routes_and_vocabulary():
    assert {r.code for r in PACK.routes} == {REMINDER, TERMINATION}
    assert PACK.request.code == REMINDER
    assert PACK.route(None).code == REMINDER and PACK.route("lancers_reminder_request").code == REMINDER
    assert PACK.route(TERMINATION).deadline_at(NOW, T) == NOW + 7 * D
    assert PACK.route(TERMINATION).deadline_at(NOW, T._replace(request_deadline=3 * D)) == NOW + 7 * D  # not the setting
    assert "completion_reported" not in PACK.stages
    assert set(PACK.contract_types) == {"project_fixed", "hourly", "task", "competition"}
    assert PACK.reminder_kinds == crowdworks.common.SHARED_REMINDER_KINDS
    assert PACK.platforms == {"crowdworks"}


def test_uncertain_facts_are_flagged_and_cited_only_with_a_not_confirmed_reason():
    uncertain = {code for code, rule in PACK.rules.items() if rule.uncertain}
    assert uncertain == {"no_minimum_silence", "review_new_year", "termination_hourly", "reply_clears_request"}
    assert PACK.rules["reply_clears_request"].uncertain == "not_stated"
    for code in uncertain - {"reply_clears_request"}:
        assert PACK.rules[code].uncertain == "not_confirmed"
    for code, reason in PACK.reasons.items():
        if reason.rule is not None and reason.rule.uncertain:
            assert code.endswith("_unconfirmed"), code


def test_every_shared_reason_code_is_declared_and_tied_to_a_rule():
    assert set(crowdworks.common.SHARED_REASON_RULES) <= set(PACK.reasons)
    plain = {"finished", "nothing_unanswered", "reply_owed"}
    for code, reason in PACK.reasons.items():
        assert (reason.rule is None) == (code in plain), code
        if reason.rule is not None:
            assert PACK.rules[reason.rule.code] is reason.rule


# --- invariants ------------------------------------------------------------------------------------

offsets = st.integers(min_value=0, max_value=30 * 24).map(lambda h: timedelta(hours=h))
instants = offsets.map(lambda o: NOW - o)
routes = st.sampled_from([None, REMINDER, TERMINATION])


@st.composite
def situations(draw):
    received = draw(st.one_of(st.none(), instants))
    sent = sorted(draw(st.lists(instants, max_size=5)))
    if received is not None and draw(st.booleans()):
        sent = [t for t in sent if t > received]
    return Situation(
        platform="crowdworks",
        role=draw(st.sampled_from(("worker", "client"))),
        contract_type=draw(st.sampled_from((*PACK.contract_types, "direct_fixed", "package"))),
        stage=draw(st.sampled_from((*PACK.stages, "completion_reported"))),
        now=NOW,
        plan_change_pending=draw(st.booleans()),
        last_received_at=received,
        reply_needed=draw(st.booleans()),
        unanswered_sent=tuple(sent),
        last_sent_read=draw(st.sampled_from([None, True, False])),
        own_request_filed_at=draw(st.one_of(st.none(), instants)),
        request_against_user_at=draw(st.one_of(st.none(), instants)),
        wants_to_continue=draw(st.sampled_from([None, True, False])),
        reply_owed_since=draw(st.one_of(st.none(), instants)),
        stage_entered_at=draw(st.one_of(st.none(), instants)),
        own_request_route=draw(routes),
        request_against_user_route=draw(routes),
    )




@given(situations(), thresholds)
def test_filing_always_warns_of_retaliation_and_says_what_happens(s, t):
    rec = PACK.decide(s, t)
    if rec.action is Action.FILE_REQUEST:
        assert "rating_retaliation" in rec.warnings
        assert rec.outcome_if_unanswered is not None
        assert rec.route in {REMINDER, TERMINATION}
        if rec.route == REMINDER:  # only where CrowdWorks accepts it
            possible = PACK.request_possible_at(s, t)
            assert possible is not None and possible <= s.now


@given(situations(), thresholds)
def test_a_worker_mid_work_is_never_told_to_file_a_route_that_refunds_the_client(s, t):
    rec = PACK.decide(s, t)
    if s.role == "worker" and s.stage in ("escrow_funded", "delivered", "completion_reported"):
        assert not (rec.action is Action.FILE_REQUEST and rec.route == TERMINATION)
        assert rec.action is not Action.REPORT_COMPLETION_FIRST  # no such step on CrowdWorks
        if rec.action is Action.FILE_REQUEST:
            assert rec.outcome_if_unanswered == "no_automatic_outcome"
    if s.role == "worker" and s.stage == "contracted":
        assert "no_work_before_escrow" in rec.warnings


@given(situations(), thresholds)
def test_every_statement_cites_a_rule_with_its_source_and_date(s, t):
    rec = PACK.decide(s, t)
    for w in rec.warnings:
        assert PACK.rule_for(f"warning:{w}") is not None, w
    if rec.outcome_if_unanswered:
        assert PACK.rule_for(f"outcome:{rec.outcome_if_unanswered}") is not None, rec.outcome_if_unanswered
    if rec.deadline_at:
        assert PACK.rule_for("deadline") is not None
    for reason in rec.reasons:
        assert PACK.reasons[reason.code] == reason
    cited = PACK.cited(rec)
    assert len({r.code for r in cited}) == len(cited)
    for rule in cited:
        assert rule.source.startswith("https://") and " " not in rule.source
        assert rule.checked.year >= 2024
    assert rec.route is None or rec.route in {r.code for r in PACK.routes}
    assert rec.auto_outcome_at is None


@given(situations(), thresholds)
def test_an_uncertain_fact_is_never_stated_without_its_caveat(s, t):
    rec = PACK.decide(s, t)
    codes = {r.code for r in rec.reasons}
    if rec.outcome_if_unanswered == "hourly_end_unconfirmed":
        assert "termination_hourly_unconfirmed" in codes
    if rec.route == TERMINATION and s.contract_type == "hourly" and rec.action is not Action.REPLY_NOW:
        assert "termination_hourly_unconfirmed" in codes
    for rule in PACK.cited(rec):
        if rule.uncertain == "not_confirmed":
            assert any(r.rule is rule and r.code.endswith("_unconfirmed") for r in rec.reasons), rule.code


@given(situations(), thresholds)
def test_the_last_step_always_decides(s, t):
    causes = frozenset({"ignoring"})
    rec = PACK.steps[-1](PACK, s, t, s.now, causes, PACK.request_possible_at(s, t))
    assert rec is not None
    assert PACK.decide(s, t) is not None
