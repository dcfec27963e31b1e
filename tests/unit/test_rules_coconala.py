"""The Coconala rule pack (DOMAIN-PLATFORMS.md's Coconala rows): every rule and boundary, then
invariants over random Coconala situations (hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.model import reminders, vocab
from companion.model.rules import Action, Situation
from companion.model.rules import coconala as c
from companion.model.timers import DEFAULT_THRESHOLDS, Thresholds
from tests.strategies import thresholds

PACK = c.PACK
T = DEFAULT_THRESHOLDS
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)
D = timedelta(days=1)
FILING = {"rating_retaliation", "support_reviews_after_deadline"}


def sit(**kw) -> Situation:
    """A seller mid-order, purchase 20 days ago, three unanswered follow-ups, the buyer's last
    message 10 days ago."""
    base = dict(
        platform="coconala",
        role="worker",
        contract_type="package",
        stage="escrow_funded",
        now=NOW,
        last_received_at=NOW - 10 * D,
        reply_needed=True,
        unanswered_sent=(NOW - 9 * D, NOW - 6 * D, NOW - 3 * D),
        last_sent_read=None,
        stage_entered_at=NOW - 20 * D,
        last_sent_at=NOW - 3 * D,
    )
    base.update(kw)
    return Situation(**base)


def buyer(**kw) -> Situation:
    return sit(role="client", **kw)


# (name, situation, action, route, deadline_at, wait_until, auto_outcome_at, outcome, warnings, first reason)
ROWS = [
    # 1: a cancel request against the user (⚠ 24 h)
    ("1 cancel request against the seller", sit(request_against_user_at=NOW - 2 * H), Action.RESPOND_TO_REQUEST,
     "coconala_cancel_request", NOW + 22 * H, None, None, "order_cancelled_refund", set(), "request_against_user"),
    ("1 beats everything, even paid", sit(stage="paid", request_against_user_at=NOW - H), Action.RESPOND_TO_REQUEST,
     "coconala_cancel_request", NOW + 23 * H, None, None, None, set(), "request_against_user"),
    ("1 beats the first reply", sit(stage_entered_at=NOW - H, unanswered_sent=(), last_sent_at=None,
                                     request_against_user_at=NOW - H), Action.RESPOND_TO_REQUEST,
     "coconala_cancel_request", NOW + 23 * H, None, None, "order_cancelled_refund", set(), "request_against_user"),
    # 1b: the seller's first message within 48 h of the purchase
    ("1b first reply due", sit(stage_entered_at=NOW - 10 * H, unanswered_sent=(), last_sent_at=None,
                                last_received_at=NOW - 9 * H), Action.RESPOND_TO_REQUEST,
     "coconala_first_reply", NOW + 38 * H, None, NOW + 38 * H, "order_cancelled_penalty", set(), "first_reply_due"),
    ("1b first reply: a message before the purchase does not count",
     sit(stage_entered_at=NOW - 10 * H, unanswered_sent=(NOW - 11 * H,), last_sent_at=NOW - 11 * H,
         last_received_at=NOW - 12 * H), Action.RESPOND_TO_REQUEST,
     "coconala_first_reply", NOW + 38 * H, None, NOW + 38 * H, "order_cancelled_penalty", set(), "first_reply_due"),
    ("1b first reply: 1 minute left", sit(stage_entered_at=NOW - 48 * H + timedelta(minutes=1), unanswered_sent=(),
                                           last_sent_at=None), Action.RESPOND_TO_REQUEST,
     "coconala_first_reply", NOW + timedelta(minutes=1), None, NOW + timedelta(minutes=1), "order_cancelled_penalty",
     set(), "first_reply_due"),
    ("1b first reply: exactly 48 h is overdue", sit(stage_entered_at=NOW - 48 * H, unanswered_sent=(), last_sent_at=None),
     Action.RESPOND_TO_REQUEST, "coconala_first_reply", NOW, None, NOW, "order_cancelled_penalty", set(),
     "first_reply_overdue"),
    ("1b first reply: purchase time unknown, seller never wrote", sit(stage_entered_at=None, unanswered_sent=(),
                                                                      last_sent_at=None), Action.RESPOND_TO_REQUEST,
     "coconala_first_reply", None, None, None, "order_cancelled_penalty", set(), "first_reply_time_unknown"),
    ("1b first reply: an answered message since the purchase is enough",
     sit(stage_entered_at=NOW - 10 * H, unanswered_sent=(), last_sent_at=NOW - 9 * H, last_received_at=NOW - 8 * H),
     Action.REPLY_NOW, None, None, None, None, None, {"counterparty_may_file"}, "ball_in_your_court"),
    ("1b first reply: purchase time unknown but the seller wrote", sit(stage_entered_at=None), Action.FILE_REQUEST,
     "coconala_cancel_request", None, None, None, "order_cancelled_refund", FILING | {"deliverables_at_risk"},
     "announce_deadline_first"),
    # 1b: the buyer's 72 h after 正式な納品
    ("1b buyer: acceptance due", buyer(stage="completion_reported", stage_entered_at=NOW - 24 * H),
     Action.RESPOND_TO_REQUEST, "coconala_acceptance_window", NOW + 48 * H, None, NOW + 48 * H, "auto_accepted",
     set(), "acceptance_due"),
    ("1b buyer: beats the ball in their court", buyer(stage="completion_reported", stage_entered_at=NOW - 24 * H,
                                                       unanswered_sent=(), last_received_at=NOW - H),
     Action.RESPOND_TO_REQUEST, "coconala_acceptance_window", NOW + 48 * H, None, NOW + 48 * H, "auto_accepted",
     set(), "acceptance_due"),
    ("1b buyer: exactly 72 h: passed", buyer(stage="completion_reported", stage_entered_at=NOW - 72 * H),
     Action.RESPOND_TO_REQUEST, "coconala_acceptance_window", NOW, None, NOW, "auto_accepted", set(),
     "acceptance_passed"),
    ("1b buyer: delivery time unknown", buyer(stage="completion_reported", stage_entered_at=None),
     Action.RESPOND_TO_REQUEST, "coconala_acceptance_window", None, None, None, "auto_accepted", set(),
     "acceptance_time_unknown"),
    # 2, 3
    ("2 reply now", sit(unanswered_sent=()), Action.REPLY_NOW, None, None, None, None, None,
     {"counterparty_may_file"}, "ball_in_your_court"),
    ("2 no formal route after delivery: reply when you can", sit(stage="completion_reported", unanswered_sent=()),
     Action.REPLY_NOW, None, None, None, None, None, set(), "reply_owed"),
    ("3 paid", sit(stage="paid"), Action.NOTHING_TO_DO, None, None, None, None, None, set(), "finished"),
    ("3 cancelled", buyer(stage="cancelled"), Action.NOTHING_TO_DO, None, None, None, None, None, set(), "finished"),
    # 4: the user's own cancel request
    ("4 seller's own cancel request", sit(own_request_filed_at=NOW - 5 * H), Action.TRACK_REQUEST,
     "coconala_cancel_request", NOW + 19 * H, None, None, "order_cancelled_refund",
     {"support_reviews_after_deadline", "deliverables_at_risk"}, "request_pending"),
    ("4 buyer's own cancel request", buyer(own_request_filed_at=NOW - 5 * H), Action.TRACK_REQUEST,
     "coconala_cancel_request", NOW + 19 * H, None, None, "order_cancelled_refund",
     {"support_reviews_after_deadline"}, "request_pending"),
    # 4b: the seller after 正式な納品
    ("4b seller waits for the automatic acceptance", sit(stage="completion_reported", stage_entered_at=NOW - 24 * H),
     Action.WAIT, "coconala_acceptance_window", None, NOW + 48 * H, NOW + 48 * H, "auto_accepted", set(),
     "auto_acceptance_pending"),
    ("4b one minute before", sit(stage="completion_reported", stage_entered_at=NOW - 72 * H + timedelta(minutes=1)),
     Action.WAIT, "coconala_acceptance_window", None, NOW + timedelta(minutes=1), NOW + timedelta(minutes=1),
     "auto_accepted", set(), "auto_acceptance_pending"),
    ("4b exactly 72 h and not paid: support", sit(stage="completion_reported", stage_entered_at=NOW - 72 * H),
     Action.CONTACT_SUPPORT, "coconala_acceptance_window", None, None, NOW, None, set(), "auto_acceptance_overdue"),
    ("4b delivery time unknown: no countdown", sit(stage="completion_reported", stage_entered_at=None),
     Action.WAIT, "coconala_acceptance_window", None, None, None, "auto_accepted", set(),
     "auto_acceptance_time_unknown"),
    # 5-7
    ("5 nothing unanswered", sit(unanswered_sent=(), reply_needed=False), Action.NOTHING_TO_DO, None, None, None, None,
     None, set(), "nothing_unanswered"),
    ("6 within the gap", sit(unanswered_sent=(NOW - D,)), Action.WAIT, None, None, NOW + D, None, None, set(),
     "follow_up_gap"),
    ("6 enough follow-ups, last one recent", sit(unanswered_sent=(NOW - 5 * D, NOW - 3 * D, NOW - D)), Action.WAIT,
     None, None, NOW + D, None, None, set(), "formal_step_gap"),
    ("7 two unanswered", sit(unanswered_sent=(NOW - 5 * D, NOW - 3 * D)), Action.SEND_FOLLOW_UP, None, None, None,
     None, None, set(), "follow_up_first"),
    # 8
    ("8 negotiating: move on", sit(stage="negotiating", stage_entered_at=None), Action.MOVE_ON, None, None, None, None,
     None, set(), "no_contract_yet"),
    ("8 a kind of order the app knows no route for", sit(contract_type="hourly"), Action.CONTACT_SUPPORT, None, None,
     None, None, None, {"not_eligible"}, "not_eligible"),
    ("8 contracted (not a Coconala stage): no purchase yet", sit(stage="contracted"), Action.CONTACT_SUPPORT, None,
     None, None, None, None, {"not_eligible", "no_work_before_escrow"}, "no_escrow_yet"),
    ("8 seller mid-work, 4 days passed: deadline notice, then cancel", sit(), Action.FILE_REQUEST,
     "coconala_cancel_request", None, None, None, "order_cancelled_refund", FILING | {"deliverables_at_risk"},
     "announce_deadline_first"),
    ("8 seller mid-work, under 4 days since the buyer's last message: wait",
     sit(last_received_at=NOW - 96 * H + timedelta(minutes=1),
         unanswered_sent=(NOW - 90 * H, NOW - 70 * H, NOW - 50 * H)), Action.WAIT, None, None,
     NOW + timedelta(minutes=1), None, None, set(), "announce_deadline_first"),
    ("8 seller mid-work, exactly 96 h: file",
     sit(last_received_at=NOW - 96 * H, unanswered_sent=(NOW - 90 * H, NOW - 70 * H, NOW - 50 * H)),
     Action.FILE_REQUEST, "coconala_cancel_request", None, None, None, "order_cancelled_refund",
     FILING | {"deliverables_at_risk"}, "announce_deadline_first"),
    ("8 seller, the buyer never wrote: counted from the first unanswered message",
     sit(last_received_at=None, unanswered_sent=(NOW - 95 * H, NOW - 70 * H, NOW - 50 * H)), Action.WAIT, None, None,
     NOW + H, None, None, set(), "announce_deadline_first"),
    ("8 seller delivered: formal delivery first", sit(stage="delivered"), Action.REPORT_COMPLETION_FIRST,
     "coconala_formal_delivery", None, None, None, "auto_accepted", {"rating_retaliation", "deliver_only_when_done"},
     "announce_deadline_first"),
    ("8 buyer wants to continue: support", buyer(wants_to_continue=True), Action.CONTACT_SUPPORT, None, None, None,
     None, None, set(), "client_continue"),
    ("8 buyer unsure: support", buyer(stage="delivered"), Action.CONTACT_SUPPORT, None, None, None, None, None, set(),
     "client_continue"),
    ("8 buyer stops, 4 days since their last message: file",
     buyer(wants_to_continue=False, unanswered_sent=(NOW - 9 * D, NOW - 6 * D, NOW - 4 * D)), Action.FILE_REQUEST,
     "coconala_cancel_request", None, None, None, "order_cancelled_refund", FILING, "client_stop"),
    ("8 buyer stops, the anchor is their own last message: wait", buyer(wants_to_continue=False), Action.WAIT, None,
     None, NOW + D, None, None, set(), "client_stop"),
]


@pytest.mark.parametrize(
    ("name", "s", "action", "route", "deadline", "wait_until", "auto", "outcome", "warnings", "reason"),
    ROWS, ids=[r[0] for r in ROWS],
)
def test_rule_table(name, s, action, route, deadline, wait_until, auto, outcome, warnings, reason):
    rec = PACK.decide(s, T)
    assert rec.action is action
    assert rec.route == route
    assert rec.deadline_at == deadline
    assert rec.wait_until == wait_until
    assert rec.auto_outcome_at == auto
    assert rec.outcome_if_unanswered == outcome
    assert rec.warnings == frozenset(warnings)
    assert rec.reasons[0].code == reason


def codes(rec) -> list[str]:
    return [r.code for r in rec.reasons]


def test_the_seller_is_told_to_announce_a_deadline_before_cancelling():
    rec = PACK.decide(sit(), T)
    assert codes(rec) == ["announce_deadline_first", "seller_cancel_before_delivery", "seller_cancel_possible_unconfirmed"]
    assert rec.request_possible_at == NOW - 10 * D + 96 * H


def test_every_cancel_date_comes_with_the_reason_saying_it_is_not_confirmed():
    for s in (sit(), buyer(wants_to_continue=False), buyer(), sit(unanswered_sent=(NOW - D,)),
              sit(unanswered_sent=(NOW - 5 * D, NOW - 3 * D))):
        rec = PACK.decide(s, T)
        assert rec.request_possible_at is not None
        unconfirmed = [r for r in rec.reasons if r.code.endswith("_unconfirmed")]
        assert unconfirmed and all(r.rule is not None and r.rule.uncertain == "not_confirmed" for r in unconfirmed)


def test_the_anchor_differs_by_side():
    sent = (NOW - 9 * D, NOW - 6 * D, NOW - 3 * D)
    assert c.request_possible_at(sit(unanswered_sent=sent), T) == NOW - 10 * D + 4 * D  # the buyer's last message
    assert c.request_possible_at(buyer(unanswered_sent=sent), T) == NOW - 3 * D + 4 * D  # the buyer's own last one
    assert c.request_possible_at(sit(stage="delivered"), T) is None  # never cancel delivered work
    assert c.request_possible_at(buyer(stage="delivered"), T) == NOW + D
    assert c.request_possible_at(sit(stage="completion_reported"), T) is None
    assert c.request_possible_at(sit(own_request_filed_at=NOW - H), T) is None
    assert c.request_possible_at(sit(contract_type="task"), T) is None
    assert c.request_possible_at(sit(unanswered_sent=()), T) is None


def test_the_platform_clocks_ignore_the_users_settings():
    odd = Thresholds(follow_up_gap=2 * D, follow_ups_before_formal=3, silence_before_request=30 * D,
                     request_deadline=30 * D)
    assert PACK.decide(sit(request_against_user_at=NOW - H), odd).deadline_at == NOW + 23 * H
    assert c.request_possible_at(sit(), odd) == NOW - 6 * D


def test_read_marks_are_a_hint_and_the_last_login_wins():
    read = PACK.decide(sit(unanswered_sent=(NOW - 5 * D, NOW - 3 * D), last_sent_read=True), T)
    assert read.likely_causes == {"ignoring"} and "read_state_unconfirmed" in codes(read)
    unknown = PACK.decide(sit(unanswered_sent=(NOW - 5 * D, NOW - 3 * D)), T)
    assert "read_state_unconfirmed" not in codes(unknown)
    seen = PACK.decide(buyer(unanswered_sent=(NOW - 5 * D, NOW - 3 * D), last_sent_read=False,
                             counterparty_last_seen_at=NOW - D), T)
    assert seen.likely_causes == {"ignoring"} and "read_state_unconfirmed" not in codes(seen)
    away = PACK.decide(buyer(unanswered_sent=(NOW - 5 * D, NOW - 3 * D), counterparty_last_seen_at=NOW - 4 * D), T)
    assert away.likely_causes == {"not_logging_in", "missed_email"}


def test_routes_and_vocabulary():
    assert {r.code for r in PACK.routes} == {"coconala_first_reply", "coconala_cancel_request",
                                             "coconala_acceptance_window", "coconala_formal_delivery"}
    assert PACK.request is c.CANCEL_REQUEST and PACK.platforms == {"coconala"}
    assert c.FIRST_REPLY.filed_by == c.ACCEPTANCE_WINDOW.filed_by == "obligation"
    assert "contracted" not in PACK.stages and set(PACK.stages) <= set(vocab.STAGES)
    assert set(PACK.contract_types) == {"package", "direct_fixed"}
    assert PACK.reminder_kinds <= set(reminders.KINDS) and "expiry_soon" not in PACK.reminder_kinds
    assert PACK.trade_deadline("package", NOW, ()) is None
    for route in PACK.routes:
        assert route.rules and all(code in PACK.rules for code in route.rules)
    assert c.CANCEL_REQUEST.outcome_for_stage("contracted") is None
    assert c.FIRST_REPLY.deadline_at(NOW, T) == NOW + 48 * H
    assert c.ACCEPTANCE_WINDOW.deadline_at(NOW, T) == NOW + 72 * H


def test_rules_sources_and_uncertain_marks():
    for code, rule in PACK.rules.items():
        assert rule.code == code and rule.source.startswith("https://") and " " not in rule.source
        assert rule.checked.isoformat() == "2026-12-02"
    uncertain = {code for code, rule in PACK.rules.items() if rule.uncertain}
    assert uncertain == {"cancel_request_buyer", "cancel_request_seller", "cancel_request_reply_24h", "read_state",
                         "reply_clears_request"}
    assert PACK.rules["reply_clears_request"].uncertain == "not_stated"
    for code in uncertain - {"reply_clears_request"}:
        assert PACK.rules[code].uncertain == "not_confirmed"
    # every shared reason is there; only the plain ones stand without a rule
    from companion.model.rules import common
    assert set(common.SHARED_REASON_RULES) <= set(PACK.reasons)
    assert {code for code, r in PACK.reasons.items() if r.rule is None} == {"finished", "nothing_unanswered", "reply_owed"}
    for what, rule in PACK.cites.items():
        assert rule in PACK.rules, what


# --- invariants ------------------------------------------------------------------------------------

offsets = st.integers(min_value=0, max_value=30 * 24).map(lambda h: timedelta(hours=h))
instants = offsets.map(lambda o: NOW - o)
maybe = st.one_of(st.none(), instants)


@st.composite
def situations(draw):
    received = draw(maybe)
    sent = sorted(draw(st.lists(instants, max_size=5)))
    if received is not None and draw(st.booleans()):
        sent = [t for t in sent if t > received]
    last_sent = draw(st.one_of(st.none(), st.just(sent[-1]) if sent else st.none(), instants))
    return Situation(
        platform="coconala",
        role=draw(st.sampled_from(vocab.ROLES)),
        contract_type=draw(st.sampled_from([*c.CONTRACT_TYPES, *c.CONTRACT_TYPES, "hourly"])),
        stage=draw(st.sampled_from([*c.STAGES, "contracted"])),
        now=NOW,
        plan_change_pending=draw(st.booleans()),
        last_received_at=received,
        reply_needed=draw(st.booleans()),
        unanswered_sent=tuple(sent),
        last_sent_read=draw(st.sampled_from([None, True, False])),
        own_request_filed_at=draw(maybe),
        request_against_user_at=draw(maybe),
        wants_to_continue=draw(st.sampled_from([None, True, False])),
        stage_entered_at=draw(maybe),
        last_sent_at=last_sent,
        counterparty_last_seen_at=draw(maybe),
    )




@given(situations(), thresholds)
def test_filing_always_warns_of_retaliation_and_states_its_outcome(s, t):
    rec = PACK.decide(s, t)
    if rec.action in (Action.FILE_REQUEST, Action.REPORT_COMPLETION_FIRST):
        assert "rating_retaliation" in rec.warnings
        assert rec.outcome_if_unanswered is not None
        assert rec.route in {r.code for r in PACK.routes}


@given(situations(), thresholds)
def test_a_seller_mid_work_never_files_a_refund_without_the_deadline_notice_and_the_loss(s, t):
    """DOMAIN-PLATFORMS.md's one exception to "never refund the client mid-work": a Coconala
    seller before delivery is told (as Coconala advises) to announce a deadline, then cancel,
    and always warned that the sale is lost; after delivery, never (正式な納品 instead)."""
    rec = PACK.decide(s, t)
    if s.role != "worker" or rec.action is not Action.FILE_REQUEST:
        return
    assert s.stage == "escrow_funded"
    assert rec.reasons[0].code == "announce_deadline_first" and "deliverables_at_risk" in rec.warnings


@given(situations(), thresholds)
def test_every_warning_outcome_and_deadline_stated_cites_a_dated_rule(s, t):
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
        assert rule.source.startswith("https://") and rule.checked.year >= 2024


@given(situations(), thresholds)
def test_an_unconfirmed_date_always_says_so(s, t):
    rec = PACK.decide(s, t)
    dated = rec.request_possible_at is not None or (rec.route == "coconala_cancel_request" and rec.deadline_at)
    if dated:
        assert any(r.rule is not None and r.rule.uncertain == "not_confirmed" for r in rec.reasons)
        assert any(r.code.endswith("_unconfirmed") or r.code in ("request_against_user", "request_pending")
                   for r in rec.reasons)


@given(situations(), thresholds)
def test_no_countdown_without_the_instant_it_counts_from(s, t):
    rec = PACK.decide(s, t)
    if rec.route in ("coconala_first_reply", "coconala_acceptance_window") and s.stage_entered_at is None:
        assert rec.deadline_at is None and rec.wait_until is None and rec.auto_outcome_at is None
        assert rec.reasons[0].code.endswith("_time_unknown")


@given(situations(), thresholds)
def test_the_last_step_always_decides_and_contracted_workers_are_warned(s, t):
    rec = PACK.decide(s, t)  # raises if no step decided
    assert c.STEPS[-1](PACK, s, t, NOW, frozenset(), c.request_possible_at(s, t)) is not None
    if s.role == "worker" and s.stage == "contracted":
        assert "no_work_before_escrow" in rec.warnings
    if rec.action is Action.WAIT and rec.auto_outcome_at is not None:
        assert rec.wait_until == rec.auto_outcome_at
