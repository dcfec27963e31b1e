"""The Fiverr rule pack (DOMAIN-PLATFORMS.md, Fiverr): every rule and boundary, then invariants.

Decided through ``PACK.decide`` directly (the lead registers the pack in ``rules/__init__.py``).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.model import vocab
from companion.model.rules import (
    MID_CONTRACT,
    Action,
    Recommendation,
    Situation,
    common,
    likely_causes,
)
from companion.model.rules.fiverr import (
    CANCELLATION,
    DELIVER,
    FIVERR_RULES,
    PACK,
    REVIEW,
    request_open,
    request_possible_at,
)
from companion.model.timers import DEFAULT_THRESHOLDS, Thresholds
from tests.strategies import thresholds

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
D = timedelta(days=1)
H = timedelta(hours=1)
T = DEFAULT_THRESHOLDS
FILED = NOW - 10 * H  # a cancellation request filed 10 hours ago

# The reasons that give a date resting on a ⚠ fact: their text must say it is not confirmed.
UNCONFIRMED_REASONS = frozenset({
    "request_against_user",
    "request_pending",
    "review_window_unconfirmed",
    "review_window_passed_unconfirmed",
    "auto_complete_wait_unconfirmed",
    "auto_complete_passed",
})
FILING = frozenset({"rating_retaliation", "support_reviews_after_deadline"})


def sit(**kw) -> Situation:
    base = dict(
        platform="fiverr",
        role="worker",
        contract_type="package",
        stage="escrow_funded",
        now=NOW,
        last_received_at=NOW - 10 * D,
        reply_needed=True,
        unanswered_sent=(NOW - 9 * D, NOW - 6 * D, NOW - 3 * D),
    )
    base.update(kw)
    return Situation(**base)


def buyer(**kw) -> Situation:
    return sit(role="client", **kw)


def decide(s: Situation, t: Thresholds = T) -> Recommendation:
    return PACK.decide(s, t)


# (name, situation, action, route, deadline_at, auto_outcome_at, outcome, warnings, reason)
TABLE = [
    # 1. a cancellation request against the user: ⚠ 48 h, then cancelled and refunded
    ("1 cancellation against the seller", sit(request_against_user_at=FILED),
     Action.RESPOND_TO_REQUEST, "fiverr_cancellation", FILED + 48 * H, None, "order_cancelled_refund", set(), "request_against_user"),
    ("1 its route named", sit(request_against_user_at=FILED, request_against_user_route="fiverr_cancellation"),
     Action.RESPOND_TO_REQUEST, "fiverr_cancellation", FILED + 48 * H, None, "order_cancelled_refund", set(), "request_against_user"),
    ("1 against the buyer after delivery", buyer(stage="delivered", request_against_user_at=FILED),
     Action.RESPOND_TO_REQUEST, "fiverr_cancellation", FILED + 48 * H, None, "order_cancelled_refund", set(), "request_against_user"),
    ("1 beats everything, even a completed order", sit(stage="paid", request_against_user_at=FILED),
     Action.RESPOND_TO_REQUEST, "fiverr_cancellation", FILED + 48 * H, None, None, set(), "request_against_user"),
    ("1 beats 1b", buyer(stage="completion_reported", stage_entered_at=NOW - D, request_against_user_at=FILED),
     Action.RESPOND_TO_REQUEST, "fiverr_cancellation", FILED + 48 * H, None, "order_cancelled_refund", set(), "request_against_user"),
    # 1b. the buyer after delivery: ⚠ 3 days to accept or ask for a revision
    ("1b buyer, delivered a day ago", buyer(stage="completion_reported", stage_entered_at=NOW - D),
     Action.RESPOND_TO_REQUEST, "fiverr_review_window", NOW + 2 * D, NOW + 2 * D, "auto_accepted", set(), "review_window_unconfirmed"),
    ("1b one minute before the 3 days", buyer(stage="completion_reported", stage_entered_at=NOW - 3 * D + timedelta(minutes=1)),
     Action.RESPOND_TO_REQUEST, "fiverr_review_window", NOW + timedelta(minutes=1), NOW + timedelta(minutes=1), "auto_accepted", set(),
     "review_window_unconfirmed"),
    ("1b exactly 3 days: passed", buyer(stage="completion_reported", stage_entered_at=NOW - 3 * D),
     Action.RESPOND_TO_REQUEST, "fiverr_review_window", NOW, NOW, "auto_accepted", set(), "review_window_passed_unconfirmed"),
    ("1b delivery time unknown: no countdown", buyer(stage="completion_reported"),
     Action.RESPOND_TO_REQUEST, "fiverr_review_window", None, None, "auto_accepted", set(), "review_window_no_date"),
    ("1b beats reply now", buyer(stage="completion_reported", stage_entered_at=NOW - D, last_received_at=NOW - H, unanswered_sent=()),
     Action.RESPOND_TO_REQUEST, "fiverr_review_window", NOW + 2 * D, NOW + 2 * D, "auto_accepted", set(), "review_window_unconfirmed"),
    ("1b beats the buyer's own cancellation", buyer(stage="completion_reported", stage_entered_at=NOW - D, own_request_filed_at=FILED),
     Action.RESPOND_TO_REQUEST, "fiverr_review_window", NOW + 2 * D, NOW + 2 * D, "auto_accepted", set(), "review_window_unconfirmed"),
    ("1b custom offer too", buyer(contract_type="direct_fixed", stage="completion_reported", stage_entered_at=NOW - D),
     Action.RESPOND_TO_REQUEST, "fiverr_review_window", NOW + 2 * D, NOW + 2 * D, "auto_accepted", set(), "review_window_unconfirmed"),
    ("1b not for a contract type Fiverr lacks", buyer(contract_type="hourly", stage="completion_reported", stage_entered_at=NOW - D),
     Action.CONTACT_SUPPORT, None, None, None, None, {"not_eligible"}, "not_eligible"),
    # 2. the ball is in the user's court
    ("2 reply now (they may request a cancellation)", sit(last_received_at=NOW - H, unanswered_sent=()),
     Action.REPLY_NOW, None, None, None, None, {"counterparty_may_file"}, "ball_in_your_court"),
    ("2 reply owed, no route before an order", sit(stage="negotiating", last_received_at=NOW - H, unanswered_sent=()),
     Action.REPLY_NOW, None, None, None, None, set(), "reply_owed"),
    ("2 not when no reply is needed", sit(last_received_at=NOW - H, unanswered_sent=(), reply_needed=False),
     Action.NOTHING_TO_DO, None, None, None, None, set(), "nothing_unanswered"),
    ("2 beats 4b", sit(stage="completion_reported", stage_entered_at=NOW - D, last_received_at=NOW - H, unanswered_sent=()),
     Action.REPLY_NOW, None, None, None, None, {"counterparty_may_file"}, "ball_in_your_court"),
    # 3. finished
    ("3 completed", sit(stage="paid"), Action.NOTHING_TO_DO, None, None, None, None, set(), "finished"),
    ("3 cancelled", buyer(stage="cancelled"), Action.NOTHING_TO_DO, None, None, None, None, set(), "finished"),
    # 4. the user's own cancellation request
    ("4 the buyer's cancellation", buyer(own_request_filed_at=FILED),
     Action.TRACK_REQUEST, "fiverr_cancellation", FILED + 48 * H, None, "order_cancelled_refund",
     {"support_reviews_after_deadline"}, "request_pending"),
    ("4 the seller's own cancellation: the work is at risk", sit(own_request_filed_at=FILED, own_request_route="fiverr_cancellation"),
     Action.TRACK_REQUEST, "fiverr_cancellation", FILED + 48 * H, None, "order_cancelled_refund",
     {"support_reviews_after_deadline", "deliverables_at_risk"}, "request_pending"),
    ("4 beats 4b", sit(stage="completion_reported", stage_entered_at=NOW - D, own_request_filed_at=FILED),
     Action.TRACK_REQUEST, "fiverr_cancellation", FILED + 48 * H, None, "order_cancelled_refund",
     {"support_reviews_after_deadline"}, "request_pending"),
    # 4b. the seller after delivery: Fiverr completes the order by itself
    ("4b seller, delivered a day ago: wait", sit(stage="completion_reported", stage_entered_at=NOW - D),
     Action.WAIT, "fiverr_review_window", None, NOW + 2 * D, "auto_accepted", set(), "auto_complete_wait_unconfirmed"),
    ("4b one minute before", sit(stage="completion_reported", stage_entered_at=NOW - 3 * D + timedelta(minutes=1)),
     Action.WAIT, "fiverr_review_window", None, NOW + timedelta(minutes=1), "auto_accepted", set(), "auto_complete_wait_unconfirmed"),
    ("4b exactly 3 days, not completed: support", sit(stage="completion_reported", stage_entered_at=NOW - 3 * D),
     Action.CONTACT_SUPPORT, "fiverr_review_window", None, NOW, None, set(), "auto_complete_passed"),
    ("4b long past: support", sit(contract_type="direct_fixed", stage="completion_reported", stage_entered_at=NOW - 20 * D),
     Action.CONTACT_SUPPORT, "fiverr_review_window", None, NOW - 17 * D, None, set(), "auto_complete_passed"),
    ("4b no follow-up needed, even with none sent", sit(stage="completion_reported", stage_entered_at=NOW - D, unanswered_sent=(), reply_needed=False),
     Action.WAIT, "fiverr_review_window", None, NOW + 2 * D, "auto_accepted", set(), "auto_complete_wait_unconfirmed"),
    ("4b beats the follow-up gap", sit(stage="completion_reported", stage_entered_at=NOW - D, unanswered_sent=(NOW - H,)),
     Action.WAIT, "fiverr_review_window", None, NOW + 2 * D, "auto_accepted", set(), "auto_complete_wait_unconfirmed"),
    ("4b delivery time unknown: no countdown", sit(stage="completion_reported"),
     Action.NOTHING_TO_DO, "fiverr_review_window", None, None, None, set(), "auto_complete_no_date"),
    # 5-7. silence and follow-ups
    ("5 nothing unanswered", sit(unanswered_sent=(), reply_needed=False), Action.NOTHING_TO_DO, None, None, None, None, set(), "nothing_unanswered"),
    ("6 within the gap", sit(unanswered_sent=(NOW - D,)), Action.WAIT, None, None, None, None, set(), "follow_up_gap"),
    ("6 enough sent, last one fresh", sit(unanswered_sent=(NOW - 5 * D, NOW - 3 * D, NOW - D)),
     Action.WAIT, None, None, None, None, set(), "formal_step_gap"),
    ("6 exactly the gap is not waiting", sit(unanswered_sent=(NOW - 2 * D,)),
     Action.SEND_FOLLOW_UP, None, None, None, None, set(), "follow_up_first"),
    ("7 two unanswered", sit(unanswered_sent=(NOW - 5 * D, NOW - 3 * D)),
     Action.SEND_FOLLOW_UP, None, None, None, None, set(), "follow_up_first"),
    # 8. enough follow-ups
    ("8 custom offer not accepted: move on", sit(stage="negotiating"),
     Action.MOVE_ON, None, None, None, None, set(), "no_contract_yet"),
    ("8 seller mid-order: support, never cancel", sit(),
     Action.CONTACT_SUPPORT, None, None, None, None, {"deliverables_at_risk"}, "worker_mid_work"),
    ("8 seller sent the work by message: deliver in Fiverr", sit(stage="delivered"),
     Action.REPORT_COMPLETION_FIRST, "fiverr_deliver", None, None, "auto_accepted", set(), "deliver_first"),
    ("8 seller, custom offer, delivered", sit(contract_type="direct_fixed", stage="delivered"),
     Action.REPORT_COMPLETION_FIRST, "fiverr_deliver", None, None, "auto_accepted", set(), "deliver_first"),
    ("8 buyer wants to continue: support", buyer(wants_to_continue=True),
     Action.CONTACT_SUPPORT, None, None, None, None, set(), "client_continue"),
    ("8 buyer unsure: support", buyer(stage="delivered"),
     Action.CONTACT_SUPPORT, None, None, None, None, set(), "client_continue"),
    ("8 buyer wants to stop: the cancellation", buyer(wants_to_continue=False),
     Action.FILE_REQUEST, "fiverr_cancellation", None, None, "order_cancelled_refund", FILING, "client_stop"),
    ("8 buyer stops after work sent by message", buyer(stage="delivered", wants_to_continue=False),
     Action.FILE_REQUEST, "fiverr_cancellation", None, None, "order_cancelled_refund", FILING, "client_stop"),
    ("8 a contract type Fiverr lacks", sit(contract_type="task"),
     Action.CONTACT_SUPPORT, None, None, None, None, {"not_eligible"}, "not_eligible"),
    ("8 'contracted' (not a Fiverr stage), seller", sit(stage="contracted"),
     Action.CONTACT_SUPPORT, None, None, None, None, {"not_eligible", "no_work_before_escrow"}, "no_escrow_yet"),
    ("8 'contracted', buyer", buyer(stage="contracted", wants_to_continue=False),
     Action.CONTACT_SUPPORT, None, None, None, None, {"not_eligible"}, "no_escrow_yet"),
    ("'contracted' seller following up: never work before payment", sit(stage="contracted", unanswered_sent=(NOW - 3 * D,)),
     Action.SEND_FOLLOW_UP, None, None, None, None, {"no_work_before_escrow"}, "follow_up_first"),
]


@pytest.mark.parametrize(
    ("name", "s", "action", "route", "deadline", "auto", "outcome", "warnings", "reason"), TABLE, ids=[row[0] for row in TABLE]
)
def test_rule_table(name, s, action, route, deadline, auto, outcome, warnings, reason):
    rec = decide(s)
    assert rec.action is action
    assert rec.route == route
    assert rec.deadline_at == deadline
    assert rec.auto_outcome_at == auto
    assert rec.outcome_if_unanswered == outcome
    assert rec.warnings == frozenset(warnings)
    assert [r.code for r in rec.reasons] == [reason]
    assert rec.reasons[0] == PACK.reasons[reason]


def test_the_waits_and_the_formal_step_dates():
    # 4b waits until the order completes by itself, no follow-up
    rec = decide(sit(stage="completion_reported", stage_entered_at=NOW - D))
    assert rec.wait_until == rec.auto_outcome_at == NOW + 2 * D
    # the follow-up gap: until the last message + the gap; the cancellation possible since the first
    rec = decide(sit(unanswered_sent=(NOW - D,)))
    assert rec.wait_until == NOW + D and rec.request_possible_at == NOW - D
    # rule 8 states when the cancellation became possible (no minimum silence: the first unanswered message)
    assert decide(buyer(wants_to_continue=False)).request_possible_at == NOW - 9 * D
    assert decide(sit()).request_possible_at == NOW - 9 * D
    # a custom follow-up setting moves the gap
    t = T._replace(follow_up_gap=5 * D)
    assert PACK.decide(sit(unanswered_sent=(NOW - 5 * D, NOW - 4 * D)), t).wait_until == NOW + D


def test_urgent_from_for_a_reply_owed():
    rec = decide(sit(last_received_at=NOW - H, unanswered_sent=(), reply_owed_since=NOW - 2 * H))
    assert rec.urgent_from == NOW - 2 * H + T.reply_owed_after
    assert decide(sit(stage="negotiating", last_received_at=NOW - H, unanswered_sent=())).urgent_from is None


def test_the_clocks_do_not_follow_the_lancers_settings():
    """Fiverr's 48 h and 3 days are the platform's, not the user's "request deadline" setting."""
    t = T._replace(request_deadline=14 * D)
    assert PACK.decide(sit(request_against_user_at=FILED), t).deadline_at == FILED + 48 * H
    assert PACK.decide(buyer(stage="completion_reported", stage_entered_at=NOW - D), t).deadline_at == NOW + 2 * D


# --- eligibility, vocabulary, routes ----------------------------------------------------------------


@pytest.mark.parametrize(("s", "expected"), [
    (sit(), NOW - 9 * D),
    (sit(stage="delivered"), NOW - 9 * D),
    (sit(stage="completion_reported"), NOW - 9 * D),
    (sit(contract_type="direct_fixed"), NOW - 9 * D),
    (sit(unanswered_sent=()), None),
    (sit(stage="negotiating"), None),
    (sit(stage="contracted"), None),
    (sit(stage="paid"), None),
    (sit(stage="cancelled"), None),
    (sit(contract_type="hourly"), None),
    (sit(own_request_filed_at=FILED), None),
    (sit(request_against_user_at=FILED), None),
])
def test_request_possible_at(s, expected):
    assert request_possible_at(s, T) == expected
    assert PACK.request_possible_at(s, T) == expected


def test_request_open_only_on_an_order_in_progress():
    assert request_open(sit()) and request_open(sit(stage="completion_reported")) and request_open(sit(unanswered_sent=()))
    for s in (sit(stage="negotiating"), sit(stage="contracted"), sit(stage="paid"), sit(contract_type="competition"),
              sit(own_request_filed_at=FILED), sit(request_against_user_at=FILED)):
        assert not request_open(s), s


def test_vocabulary_has_no_contracted_stage():
    assert "contracted" not in PACK.stages
    assert set(PACK.stages) <= set(vocab.STAGES) and set(PACK.roles) == set(vocab.ROLES)
    assert set(PACK.contract_types) == {"package", "direct_fixed"}
    assert PACK.platforms == frozenset({"fiverr"})
    assert PACK.reminder_kinds == common.SHARED_REMINDER_KINDS
    assert PACK.trade_deadline("package", NOW, [NOW]) is None


def test_routes():
    assert {r.code for r in PACK.routes} == {"fiverr_cancellation", "fiverr_review_window", "fiverr_deliver"}
    assert PACK.request is CANCELLATION
    assert PACK.route(None) is CANCELLATION and PACK.route("unknown") is CANCELLATION
    assert PACK.route("fiverr_review_window") is REVIEW and REVIEW.filed_by == "obligation"
    assert DELIVER.filed_by == "worker" and CANCELLATION.filed_by == "either"
    assert CANCELLATION.deadline_at(NOW, T) == NOW + 48 * H
    assert REVIEW.deadline_at(NOW, T) == DELIVER.deadline_at(NOW, T) == NOW + 3 * D
    for stage in ("escrow_funded", "delivered", "completion_reported"):
        assert CANCELLATION.outcome_for_stage(stage) == "order_cancelled_refund"
        assert REVIEW.outcome_for_stage(stage) == "auto_accepted"
    for stage in ("negotiating", "contracted", "paid", "cancelled"):
        assert CANCELLATION.outcome_for_stage(stage) is None and REVIEW.outcome_for_stage(stage) is None
    for route in PACK.routes:
        assert route.rules and all(code in PACK.rules for code in route.rules)


# --- rules, sources, caveats ------------------------------------------------------------------------


def test_every_rule_has_a_source_and_date_and_the_uncertain_ones_say_so():
    for code, rule in FIVERR_RULES.items():
        assert rule.code == code and rule.source.startswith("https://") and " " not in rule.source
        assert rule.checked.isoformat() == "2026-12-02"
    # the ⚠ facts of platform-rules.md §5
    for code in ("review_window_3_days", "auto_complete_exceptions", "cancellation_48h", "cancellation_outcome",
                 "cancellation_rating"):
        assert FIVERR_RULES[code].uncertain == "not_confirmed", code
    assert FIVERR_RULES["reply_clears_request"].uncertain == "not_stated"
    assert PACK.rule_for("reply_clears_request").uncertain == "not_stated"
    assert FIVERR_RULES["reviews"].uncertain is None and FIVERR_RULES["reviews"].source.startswith("https://help.fiverr.com/")


def test_every_reason_cites_a_rule_but_the_plain_ones():
    assert set(common.SHARED_REASON_RULES) <= set(PACK.reasons)
    plain = {"finished", "nothing_unanswered", "reply_owed"}
    for code, reason in PACK.reasons.items():
        assert reason.code == code
        assert (reason.rule is None) == (code in plain), code
        if reason.rule is not None:
            assert PACK.rules[reason.rule.code] is reason.rule
    for what, rule in PACK.cites.items():
        assert rule in PACK.rules, what


def test_the_unconfirmed_reasons_cite_an_uncertain_rule_and_their_text_says_so():
    from companion.ui.platforms.fiverr import WORDS

    words = WORDS()
    for code in UNCONFIRMED_REASONS | {"review_window_no_date", "auto_complete_no_date", "deliver_first", "client_stop"}:
        assert PACK.reasons[code].rule.uncertain == "not_confirmed", code
        assert "not confirmed" in words.reasons[code].lower(), code
    for code in ("order_cancelled_refund", "auto_accepted"):
        assert "not confirmed" in words.outcomes[code] and "not confirmed" in words.outcomes_against_user[code]
    assert "not confirmed" in words.warnings["support_reviews_after_deadline"]
    assert "not confirmed" in words.warnings["counterparty_may_file"]


def test_words_cover_the_pack():
    from companion.ui.platforms.fiverr import WORDS

    words = WORDS()
    assert set(words.stages) == set(words.stage_tooltips) == set(PACK.stages)
    assert set(words.roles) == set(PACK.roles)
    assert set(words.routes) == {r.code for r in PACK.routes}
    new = set(PACK.reasons) - set(common.SHARED_REASON_RULES) - {
        "no_escrow_yet", "worker_mid_work", "client_stop", "client_continue"}
    assert new <= set(words.reasons)
    assert {"rating_retaliation", "no_work_before_escrow"} <= set(words.warnings)
    assert {"order_cancelled_refund", "auto_accepted"} <= set(words.outcomes) & set(words.outcomes_against_user)
    assert words.support


# --- invariants over random Fiverr situations --------------------------------------------------------

offsets = st.integers(min_value=0, max_value=30 * 24).map(lambda h: timedelta(hours=h))
instants = offsets.map(lambda o: NOW - o)
routes = st.sampled_from([None, "fiverr_cancellation"])


@st.composite
def situations(draw):
    received = draw(st.one_of(st.none(), instants))
    sent = sorted(draw(st.lists(instants, max_size=5)))
    if received is not None and draw(st.booleans()):
        sent = [t for t in sent if t > received]
    return Situation(
        platform="fiverr",
        role=draw(st.sampled_from(vocab.ROLES)),
        contract_type=draw(st.sampled_from([*PACK.contract_types, *PACK.contract_types, "hourly", "task"])),
        stage=draw(st.sampled_from(vocab.STAGES)),  # "contracted" too: decide must still work
        now=NOW,
        plan_change_pending=draw(st.booleans()),
        last_received_at=received,
        reply_needed=draw(st.booleans()),
        unanswered_sent=tuple(sent),
        last_sent_read=None,  # Fiverr shows no read state
        own_request_filed_at=draw(st.one_of(st.none(), instants)),
        request_against_user_at=draw(st.one_of(st.none(), st.none(), instants)),
        wants_to_continue=draw(st.sampled_from([None, True, False])),
        reply_owed_since=draw(st.one_of(st.none(), instants)),
        stage_entered_at=draw(st.one_of(st.none(), instants)),
        last_sent_at=draw(st.one_of(st.none(), instants)),
        own_request_route=draw(routes),
        request_against_user_route=draw(routes),
        counterparty_last_seen_at=draw(st.one_of(st.none(), instants)),
    )




@given(situations(), thresholds)
def test_filing_always_warns_of_retaliation_and_states_the_outcome(s, t):
    rec = decide(s, t)
    if rec.action is Action.FILE_REQUEST:
        assert "rating_retaliation" in rec.warnings
        assert rec.outcome_if_unanswered is not None
        assert rec.route == "fiverr_cancellation"
        assert s.role == "client" and s.wants_to_continue is False


@given(situations(), thresholds)
def test_a_seller_mid_work_is_never_told_to_file_a_refunding_route(s, t):
    rec = decide(s, t)
    if s.role == "worker" and s.stage in MID_CONTRACT:
        assert rec.action is not Action.FILE_REQUEST
        if rec.route == "fiverr_cancellation":  # only one already filed: theirs to answer, or the user's own
            assert rec.action in (Action.RESPOND_TO_REQUEST, Action.TRACK_REQUEST)


@given(situations(), thresholds)
def test_every_statement_cites_a_rule_with_a_source_and_a_date(s, t):
    rec = decide(s, t)
    for w in rec.warnings:
        assert PACK.rule_for(f"warning:{w}") is not None, w
    if rec.outcome_if_unanswered:
        assert PACK.rule_for(f"outcome:{rec.outcome_if_unanswered}") is not None
    if rec.deadline_at:
        assert PACK.rule_for("deadline") is not None
    cited = PACK.cited(rec)
    assert len({r.code for r in cited}) == len(cited)
    for rule in cited:
        assert rule.source.startswith("https://") and rule.checked.year >= 2026
    for reason in rec.reasons:
        assert PACK.reasons[reason.code] == reason


@given(situations(), thresholds)
def test_dates_on_unconfirmed_facts_come_with_an_unconfirmed_reason(s, t):
    rec = decide(s, t)
    if rec.deadline_at is not None or rec.auto_outcome_at is not None:
        assert rec.reasons[0].code in UNCONFIRMED_REASONS
        assert rec.reasons[0].rule.uncertain == "not_confirmed"
    if s.stage_entered_at is None:
        assert rec.auto_outcome_at is None  # no countdown on a delivery time the app does not know


@given(situations(), thresholds)
def test_the_last_step_always_decides(s, t):
    last = PACK.steps[-1]
    causes = likely_causes(bool(s.unanswered_sent), s.last_sent_read)
    rec = last(PACK, s, t, NOW, causes, PACK.request_possible_at(s, t))
    assert isinstance(rec, Recommendation)
    assert isinstance(decide(s, t), Recommendation)


@given(situations(), thresholds)
def test_a_seller_in_contracted_is_always_told_not_to_work_before_payment(s, t):
    if s.role == "worker" and s.stage == "contracted":
        assert "no_work_before_escrow" in decide(s, t).warnings
