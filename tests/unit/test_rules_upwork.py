"""The Upwork rule pack (DOMAIN-PLATFORMS.md, platform-rules.md §4): every rule and boundary in a
table, then invariants over random Upwork situations (hypothesis)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.model import reminders, vocab
from companion.model.rules import MID_CONTRACT, Action, Situation, common, upwork
from companion.model.timers import DEFAULT_THRESHOLDS, Thresholds
from tests.strategies import thresholds

PACK = upwork.PACK
T = DEFAULT_THRESHOLDS
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
D = timedelta(days=1)
MIN = timedelta(minutes=1)
FOLLOWED_UP = (NOW - 9 * D, NOW - 6 * D, NOW - 3 * D)  # three unanswered, the last one not fresh
FILING = frozenset({"rating_retaliation", "support_reviews_after_deadline"})


def sit(**kw) -> Situation:
    base = dict(
        platform="upwork",
        role="worker",
        contract_type="project_fixed",
        stage="escrow_funded",
        now=NOW,
        last_received_at=NOW - 10 * D,
        reply_needed=True,
        unanswered_sent=FOLLOWED_UP,
        last_sent_read=None,  # Upwork shows no read state
    )
    base.update(kw)
    return Situation(**base)


def client(**kw) -> Situation:
    return sit(role="client", **kw)


# (name, situation, expected): expected names the reason code ("reason") and any Recommendation
# fields to check; "warnings" is the exact set. Unnamed fields are checked to be empty where it
# matters (route, deadline_at, auto_outcome_at, outcome) below.
TABLE = [
    # 1. a refund request against the freelancer: 7 days to approve or dispute
    ("1 refund request against the freelancer", sit(request_against_user_at=NOW - D),
     dict(action=Action.RESPOND_TO_REQUEST, route="upwork_escrow_refund", deadline_at=NOW + 6 * D,
          outcome_if_unanswered="escrow_refunded", reason="request_against_user")),
    ("1 its route given", sit(request_against_user_at=NOW - D, request_against_user_route="upwork_escrow_refund"),
     dict(action=Action.RESPOND_TO_REQUEST, route="upwork_escrow_refund", deadline_at=NOW + 6 * D,
          outcome_if_unanswered="escrow_refunded")),
    ("1 the clock is Upwork's 7 days, not the setting",
     sit(request_against_user_at=NOW - D, stage="delivered"),
     dict(action=Action.RESPOND_TO_REQUEST, deadline_at=NOW + 6 * D, outcome_if_unanswered="escrow_refunded")),
    ("1 after submission, still a refund", sit(request_against_user_at=NOW - D, stage="completion_reported",
                                               stage_entered_at=NOW - 2 * D),
     dict(action=Action.RESPOND_TO_REQUEST, outcome_if_unanswered="escrow_refunded", auto_outcome_at=None)),
    ("1 beats everything, even paid", sit(stage="paid", request_against_user_at=NOW - D),
     dict(action=Action.RESPOND_TO_REQUEST, outcome_if_unanswered=None)),
    ("1 before funding: nothing to refund", sit(stage="contracted", request_against_user_at=NOW - D),
     dict(action=Action.RESPOND_TO_REQUEST, outcome_if_unanswered=None, warnings={"no_work_before_escrow"})),
    ("1 beats 1b", client(stage="completion_reported", stage_entered_at=NOW - D, request_against_user_at=NOW - D),
     dict(action=Action.RESPOND_TO_REQUEST, route="upwork_escrow_refund", reason="request_against_user")),
    # 1b. the client's 14 days after the submission
    ("1b client after submission", client(stage="completion_reported", stage_entered_at=NOW - 3 * D),
     dict(action=Action.RESPOND_TO_REQUEST, route="upwork_review_window", deadline_at=NOW + 11 * D,
          auto_outcome_at=NOW + 11 * D, outcome_if_unanswered="auto_accepted", reason="review_window")),
    ("1b a minute before the 14 days", client(stage="completion_reported", stage_entered_at=NOW - 14 * D + MIN),
     dict(action=Action.RESPOND_TO_REQUEST, deadline_at=NOW + MIN, auto_outcome_at=NOW + MIN, reason="review_window")),
    ("1b beats a reply owed", client(stage="completion_reported", stage_entered_at=NOW - D, unanswered_sent=()),
     dict(action=Action.RESPOND_TO_REQUEST, reason="review_window")),
    ("1b beats the client's own request", client(stage="completion_reported", stage_entered_at=NOW - D,
                                                 own_request_filed_at=NOW - D),
     dict(action=Action.RESPOND_TO_REQUEST, route="upwork_review_window")),
    ("1b without the submission's date: no countdown", client(stage="completion_reported"),
     dict(action=Action.RESPOND_TO_REQUEST, route="upwork_review_window", deadline_at=None, auto_outcome_at=None,
          outcome_if_unanswered="auto_accepted", reason="review_window_start_unknown")),
    ("1b exactly 14 days: over, the funds are released", client(stage="completion_reported", stage_entered_at=NOW - 14 * D),
     dict(action=Action.NOTHING_TO_DO, route="upwork_review_window", auto_outcome_at=NOW, reason="review_window_closed")),
    ("1b over, a reply still owed", client(stage="completion_reported", stage_entered_at=NOW - 20 * D, unanswered_sent=()),
     dict(action=Action.REPLY_NOW, reason="reply_owed", urgent_from=None)),
    ("1b not on hourly", client(contract_type="hourly", stage="completion_reported", stage_entered_at=NOW - D),
     dict(action=Action.CONTACT_SUPPORT, reason="hourly_pause_contract", warnings={"not_eligible"})),
    # 2. a reply owed: urgent only where the client could file against the freelancer
    ("2 freelancer owes a reply", sit(unanswered_sent=()),
     dict(action=Action.REPLY_NOW, reason="ball_in_your_court", warnings={"counterparty_may_file"},
          urgent_from=NOW - 10 * D + T.reply_owed_after)),
    ("2 urgent from the earliest message owed", sit(unanswered_sent=(), reply_owed_since=NOW - 12 * D),
     dict(action=Action.REPLY_NOW, urgent_from=NOW - 12 * D + T.reply_owed_after)),
    ("2 freelancer after submission too", sit(unanswered_sent=(), stage="completion_reported", stage_entered_at=NOW - D),
     dict(action=Action.REPLY_NOW, reason="ball_in_your_court", warnings={"counterparty_may_file"})),
    ("2 client owes a reply: nobody can file against them", client(unanswered_sent=()),
     dict(action=Action.REPLY_NOW, reason="reply_owed", warnings=set(), urgent_from=None)),
    ("2 hourly: no route", sit(contract_type="hourly", unanswered_sent=()),
     dict(action=Action.REPLY_NOW, reason="reply_owed", urgent_from=None)),
    ("2 before funding: no route", sit(stage="contracted", unanswered_sent=()),
     dict(action=Action.REPLY_NOW, reason="reply_owed", warnings={"no_work_before_escrow"})),
    ("2 not when no reply needed", sit(unanswered_sent=(), reply_needed=False),
     dict(action=Action.NOTHING_TO_DO, reason="nothing_unanswered")),
    # 3. finished
    ("3 paid", sit(stage="paid"), dict(action=Action.NOTHING_TO_DO, reason="finished")),
    ("3 cancelled", client(stage="cancelled"), dict(action=Action.NOTHING_TO_DO, reason="finished")),
    # 4. the client's own refund request
    ("4 client's refund request running", client(own_request_filed_at=NOW - 2 * D),
     dict(action=Action.TRACK_REQUEST, route="upwork_escrow_refund", deadline_at=NOW + 5 * D,
          outcome_if_unanswered="escrow_refunded", warnings={"support_reviews_after_deadline"}, reason="request_pending")),
    ("4 not the request-deadline setting", client(own_request_filed_at=NOW - 2 * D),
     dict(action=Action.TRACK_REQUEST, deadline_at=NOW + 5 * D)),
    # 4b. the freelancer after the submission: Upwork releases the funds by itself
    ("4b freelancer after submission waits", sit(stage="completion_reported", stage_entered_at=NOW - 3 * D),
     dict(action=Action.WAIT, wait_until=NOW + 11 * D, auto_outcome_at=NOW + 11 * D, route="upwork_review_window",
          reason="auto_release_wait", deadline_at=None, outcome_if_unanswered=None)),
    ("4b even with nothing unanswered", sit(stage="completion_reported", stage_entered_at=NOW - 3 * D,
                                            unanswered_sent=(), reply_needed=False),
     dict(action=Action.WAIT, wait_until=NOW + 11 * D, reason="auto_release_wait")),
    ("4b a minute before", sit(stage="completion_reported", stage_entered_at=NOW - 14 * D + MIN),
     dict(action=Action.WAIT, wait_until=NOW + MIN, auto_outcome_at=NOW + MIN)),
    ("4b exactly 14 days and not paid: support", sit(stage="completion_reported", stage_entered_at=NOW - 14 * D),
     dict(action=Action.CONTACT_SUPPORT, auto_outcome_at=NOW, route="upwork_review_window", reason="auto_release_overdue")),
    ("4b long past", sit(stage="completion_reported", stage_entered_at=NOW - 40 * D),
     dict(action=Action.CONTACT_SUPPORT, auto_outcome_at=NOW - 26 * D, reason="auto_release_overdue")),
    ("4b without the submission's date: no countdown", sit(stage="completion_reported"),
     dict(action=Action.NOTHING_TO_DO, wait_until=None, auto_outcome_at=None, route="upwork_review_window",
          reason="auto_release_start_unknown")),
    ("4b not on hourly", sit(contract_type="hourly", stage="completion_reported", stage_entered_at=NOW - D),
     dict(action=Action.CONTACT_SUPPORT, reason="not_eligible", auto_outcome_at=None)),
    # 5 to 7: the follow-up etiquette
    ("5 nothing unanswered", sit(last_received_at=None, unanswered_sent=()),
     dict(action=Action.NOTHING_TO_DO, reason="nothing_unanswered")),
    ("6 within the gap", sit(unanswered_sent=(NOW - D,)),
     dict(action=Action.WAIT, wait_until=NOW + D, reason="follow_up_gap")),
    ("6 exactly the gap is not waiting", sit(unanswered_sent=(NOW - 2 * D,)),
     dict(action=Action.SEND_FOLLOW_UP, reason="follow_up_first")),
    ("6 enough follow-ups, the last still fresh", client(unanswered_sent=(NOW - 5 * D, NOW - 3 * D, NOW - D)),
     dict(action=Action.WAIT, wait_until=NOW + D, request_possible_at=NOW - 5 * D, reason="formal_step_gap")),
    ("7 two unanswered", sit(unanswered_sent=(NOW - 5 * D, NOW - 3 * D)),
     dict(action=Action.SEND_FOLLOW_UP, request_possible_at=None, reason="follow_up_first")),
    ("7 client: the refund is already possible", client(unanswered_sent=(NOW - 5 * D, NOW - 3 * D)),
     dict(action=Action.SEND_FOLLOW_UP, request_possible_at=NOW - 5 * D)),
    # 8. enough follow-ups
    ("8 negotiating", sit(stage="negotiating"), dict(action=Action.MOVE_ON, reason="no_contract_yet")),
    ("8 freelancer, milestone not funded", sit(stage="contracted"),
     dict(action=Action.CONTACT_SUPPORT, reason="no_escrow_yet", warnings={"not_eligible", "no_work_before_escrow"})),
    ("8 client, milestone not funded", client(stage="contracted"),
     dict(action=Action.CONTACT_SUPPORT, reason="no_escrow_yet", warnings={"not_eligible"})),
    ("8 hourly client: pause and ask support", client(contract_type="hourly"),
     dict(action=Action.CONTACT_SUPPORT, reason="hourly_pause_contract", warnings={"not_eligible"}, route=None)),
    ("8 hourly client who wants to stop: still no route", client(contract_type="hourly", wants_to_continue=False),
     dict(action=Action.CONTACT_SUPPORT, reason="hourly_pause_contract")),
    ("8 hourly freelancer", sit(contract_type="hourly"),
     dict(action=Action.CONTACT_SUPPORT, reason="not_eligible", warnings={"not_eligible"})),
    ("8 a type Upwork does not have", sit(contract_type="task"),
     dict(action=Action.CONTACT_SUPPORT, reason="not_eligible", warnings={"not_eligible"})),
    ("8 freelancer mid-work: support, never end the contract", sit(),
     dict(action=Action.CONTACT_SUPPORT, reason="worker_mid_work", warnings={"do_not_end_contract"},
          request_possible_at=None, route=None)),
    ("8 freelancer, work done: submit it", sit(stage="delivered"),
     dict(action=Action.REPORT_COMPLETION_FIRST, route="upwork_submit_work", outcome_if_unanswered="auto_accepted",
          warnings={"do_not_end_contract"}, reason="submit_work_first", deadline_at=None)),
    ("8 client, work should go on (unsure)", client(),
     dict(action=Action.CONTACT_SUPPORT, reason="client_continue", request_possible_at=NOW - 9 * D, warnings=set())),
    ("8 client, work should go on", client(wants_to_continue=True, stage="delivered"),
     dict(action=Action.CONTACT_SUPPORT, reason="client_continue")),
    ("8 client wants to stop: the refund request", client(wants_to_continue=False),
     dict(action=Action.FILE_REQUEST, route="upwork_escrow_refund", outcome_if_unanswered="escrow_refunded",
          warnings=FILING, request_possible_at=NOW - 9 * D, reason="client_stop", deadline_at=None)),
    ("8 client wants to stop, work delivered", client(wants_to_continue=False, stage="delivered"),
     dict(action=Action.FILE_REQUEST, route="upwork_escrow_refund", outcome_if_unanswered="escrow_refunded")),
    ("8 no minimum silence: filing right after the follow-ups",
     client(wants_to_continue=False, last_received_at=NOW - 7 * D, unanswered_sent=(NOW - 6 * D, NOW - 4 * D, NOW - 2 * D)),
     dict(action=Action.FILE_REQUEST, request_possible_at=NOW - 6 * D)),
    ("8 they never wrote", client(wants_to_continue=False, last_received_at=None),
     dict(action=Action.FILE_REQUEST, request_possible_at=NOW - 9 * D)),
    ("8 a plan change is not an Upwork gate", client(wants_to_continue=False, plan_change_pending=True),
     dict(action=Action.FILE_REQUEST)),
]

_EMPTY_UNLESS_NAMED = ("route", "deadline_at", "auto_outcome_at", "outcome_if_unanswered")


@pytest.mark.parametrize(("name", "s", "expected"), TABLE, ids=[row[0] for row in TABLE])
def test_decision_table(name, s, expected):
    rec = PACK.decide(s, T)
    expected = dict(expected)
    reason = expected.pop("reason", None)
    if reason is not None:
        assert rec.reasons[0].code == reason
    for field, value in expected.items():
        got = getattr(rec, field)
        if field == "warnings":
            assert got == frozenset(value), name
        else:
            assert got == value, (name, field)
    for field in _EMPTY_UNLESS_NAMED:
        if field not in expected and rec.action in (Action.NOTHING_TO_DO, Action.SEND_FOLLOW_UP, Action.MOVE_ON):
            assert getattr(rec, field) is None, (name, field)


def test_thresholds_do_not_move_upworks_own_clocks():
    t = Thresholds(request_deadline=timedelta(days=2), silence_before_request=timedelta(days=30))
    assert PACK.decide(sit(request_against_user_at=NOW - D), t).deadline_at == NOW + 6 * D
    assert PACK.decide(client(own_request_filed_at=NOW - D), t).deadline_at == NOW + 6 * D
    assert PACK.decide(client(wants_to_continue=False), t).action is Action.FILE_REQUEST  # no 30-day silence
    assert PACK.decide(client(stage="completion_reported", stage_entered_at=NOW), t).deadline_at == NOW + 14 * D


def test_the_follow_up_setting_is_the_gate():
    t = Thresholds(follow_ups_before_formal=4)
    assert PACK.decide(client(wants_to_continue=False), t).action is Action.SEND_FOLLOW_UP
    t = Thresholds(follow_up_gap=timedelta(days=4))
    assert PACK.decide(client(wants_to_continue=False), t).action is Action.WAIT


# --- eligibility, routes ---------------------------------------------------------------------------


@pytest.mark.parametrize(("s", "expected"), [
    (client(), NOW - 9 * D),
    (client(stage="delivered"), NOW - 9 * D),
    (client(last_received_at=None), NOW - 9 * D),
    (sit(), None),  # only the client files it
    (client(contract_type="hourly"), None),
    (client(stage="contracted"), None),  # nothing funded
    (client(stage="completion_reported"), None),  # the review window applies
    (client(stage="negotiating"), None),
    (client(stage="paid"), None),
    (client(unanswered_sent=()), None),
    (client(own_request_filed_at=NOW - D), None),
    (client(request_against_user_at=NOW - D), None),
])
def test_request_possible_at(s, expected):
    assert upwork.request_possible_at(s, T) == expected


@pytest.mark.parametrize(("s", "expected"), [
    (sit(), True),
    (sit(stage="delivered"), True),
    (sit(stage="completion_reported"), True),  # funds still held until released
    (sit(stage="contracted"), False),
    (sit(stage="paid"), False),
    (sit(contract_type="hourly"), False),
    (client(), False),  # the freelancer has no route against the client
    (sit(own_request_filed_at=NOW - D), False),
    (sit(request_against_user_at=NOW - D), False),
])
def test_request_open(s, expected):
    assert upwork.request_open(s) is expected


def test_routes():
    codes = {r.code for r in PACK.routes}
    assert codes == {"upwork_escrow_refund", "upwork_review_window", "upwork_submit_work"}
    assert PACK.request is upwork.ESCROW_REFUND
    assert PACK.route(None) is upwork.ESCROW_REFUND and PACK.route("nope") is upwork.ESCROW_REFUND
    assert PACK.route("upwork_review_window") is upwork.REVIEW_WINDOW
    assert upwork.ESCROW_REFUND.deadline_at(NOW, T) == NOW + 7 * D
    assert upwork.REVIEW_WINDOW.deadline_at(NOW, T) == NOW + 14 * D
    assert upwork.SUBMIT_WORK.deadline_at(NOW, T) == NOW + 14 * D
    assert (upwork.ESCROW_REFUND.filed_by, upwork.REVIEW_WINDOW.filed_by, upwork.SUBMIT_WORK.filed_by) == (
        "client", "obligation", "worker")


@pytest.mark.parametrize("stage", vocab.STAGES)
def test_route_outcomes_by_stage(stage):
    refund = "escrow_refunded" if stage in ("escrow_funded", "delivered", "completion_reported") else None
    assert upwork.ESCROW_REFUND.outcome_for_stage(stage) == refund
    assert upwork.REVIEW_WINDOW.outcome_for_stage(stage) == ("auto_accepted" if stage == "completion_reported" else None)
    assert upwork.SUBMIT_WORK.outcome_for_stage(stage) == (
        "auto_accepted" if stage in ("delivered", "completion_reported") else None)


def test_recorded_review_window_tracked_with_its_own_clock():
    rec = PACK.decide(sit(stage="completion_reported", own_request_filed_at=NOW - D,
                          own_request_route="upwork_review_window"), T)
    assert rec.action is Action.TRACK_REQUEST and rec.deadline_at == NOW + 13 * D
    assert rec.outcome_if_unanswered == "auto_accepted"


def test_no_trade_deadline():
    assert upwork.trade_deadline("project_fixed", NOW - 400 * D, [NOW - 200 * D]) is None


# --- the pack's declarations ---------------------------------------------------------------------


def test_vocabulary_and_reminders():
    assert PACK.platforms == frozenset({"upwork"})
    assert set(PACK.stages) == set(vocab.STAGES)
    assert set(PACK.roles) == set(vocab.ROLES)
    assert PACK.contract_types == ("project_fixed", "hourly")
    assert PACK.reminder_kinds == common.SHARED_REMINDER_KINDS <= set(reminders.KINDS)
    assert "expiry_soon" not in PACK.reminder_kinds


def test_every_rule_has_a_source_and_a_date_and_only_the_assumption_is_uncertain():
    for code, rule in PACK.rules.items():
        assert rule.code == code
        assert rule.source.startswith("https://") and " " not in rule.source, code
        assert rule.checked == date(2026, 12, 2), code
        assert (rule.uncertain is not None) == (code == "reply_clears_request"), code
    assert PACK.rule_for("reply_clears_request").uncertain == "not_stated"
    for what, code in PACK.cites.items():
        assert code in PACK.rules, what
    for route in PACK.routes:
        assert route.rules and all(code in PACK.rules for code in route.rules), route.code


def test_reasons_cover_the_shared_codes_and_cite_rules():
    assert set(common.SHARED_REASON_RULES) <= set(PACK.reasons)
    plain = {"finished", "nothing_unanswered", "reply_owed"}
    for code, reason in PACK.reasons.items():
        assert reason.code == code
        assert (reason.rule is None) == (code in plain), code
        if reason.rule is not None:
            assert PACK.rules[reason.rule.code] is reason.rule
    # the shared reasons cite Upwork's rules, never Lancers'
    assert all(r.rule is None or r.rule.source.startswith(("https://support.upwork.com", "https://re-com.net"))
               for r in PACK.reasons.values())


def test_the_ui_has_words_for_every_code_upwork_adds():
    from companion.ui import text
    from companion.ui.platforms.upwork import WORDS

    words = WORDS()
    assert set(words.stages) == set(PACK.stages) == set(words.stage_tooltips)
    assert set(words.roles) == {"worker", "client"}
    assert set(words.routes) == {r.code for r in PACK.routes}
    for code in PACK.reasons:  # Upwork's own, or the shared text that fits
        assert code in words.reasons or text.reason_text(code) != code, code
    for what in PACK.cites:
        if what.startswith("warning:"):
            assert what.removeprefix("warning:") in words.warnings, what
        if what.startswith("outcome:"):
            code = what.removeprefix("outcome:")
            assert code in words.outcomes and code in words.outcomes_against_user, what
    assert words.support


# --- invariants over random Upwork situations ------------------------------------------------------

offsets = st.integers(min_value=0, max_value=40 * 24).map(lambda h: timedelta(hours=h))
instants = offsets.map(lambda o: NOW - o)
route_codes = st.sampled_from([None, "upwork_escrow_refund", "upwork_review_window", "upwork_submit_work"])


@st.composite
def situations(draw):
    received = draw(st.one_of(st.none(), instants))
    sent = sorted(draw(st.lists(instants, max_size=5)))
    if received is not None and draw(st.booleans()):
        sent = [t for t in sent if t > received]
    own = draw(st.one_of(st.none(), st.none(), instants))
    against = draw(st.one_of(st.none(), st.none(), instants))
    return Situation(
        platform="upwork",
        role=draw(st.sampled_from(vocab.ROLES)),
        contract_type=draw(st.sampled_from(["project_fixed", "project_fixed", "hourly", *vocab.CONTRACT_TYPES])),
        stage=draw(st.sampled_from(vocab.STAGES)),
        now=NOW,
        plan_change_pending=draw(st.booleans()),
        last_received_at=received,
        reply_needed=draw(st.booleans()),
        unanswered_sent=tuple(sent),
        last_sent_read=draw(st.sampled_from([None, None, True, False])),
        own_request_filed_at=own,
        request_against_user_at=against,
        wants_to_continue=draw(st.sampled_from([None, True, False])),
        reply_owed_since=draw(st.one_of(st.none(), instants)) if received is not None else None,
        stage_entered_at=draw(st.one_of(st.none(), instants)),
        last_sent_at=sent[-1] if sent else None,
        own_request_route=draw(route_codes) if own is not None else None,
        request_against_user_route=draw(route_codes) if against is not None else None,
        counterparty_last_seen_at=draw(st.one_of(st.none(), instants)),
    )




@given(situations(), thresholds)
def test_filing_always_warns_of_retaliation_and_states_the_outcome(s, t):
    rec = PACK.decide(s, t)
    if rec.action is Action.FILE_REQUEST:
        assert "rating_retaliation" in rec.warnings
        assert rec.outcome_if_unanswered is not None
        assert rec.route == "upwork_escrow_refund"
        assert s.role == "client" and s.contract_type == "project_fixed" and s.stage in MID_CONTRACT
        assert rec.request_possible_at is not None and rec.request_possible_at <= s.now


@given(situations(), thresholds)
def test_a_freelancer_is_never_told_to_file_or_to_refund_the_client(s, t):
    rec = PACK.decide(s, t)
    if s.role == "worker":
        assert rec.action is not Action.FILE_REQUEST
        assert upwork.request_possible_at(s, t) is None
        # (answering the client's refund request, or tracking what the user recorded, aside)
        if s.stage in MID_CONTRACT and rec.action not in (Action.RESPOND_TO_REQUEST, Action.TRACK_REQUEST):
            assert rec.outcome_if_unanswered != "escrow_refunded"
            assert rec.route != "upwork_escrow_refund"


@given(situations(), thresholds)
def test_every_statement_cites_a_dated_https_rule(s, t):
    rec = PACK.decide(s, t)
    for w in rec.warnings:
        assert PACK.rule_for(f"warning:{w}") is not None, w
    if rec.outcome_if_unanswered:
        assert PACK.rule_for(f"outcome:{rec.outcome_if_unanswered}") is not None
    if rec.deadline_at:
        assert PACK.rule_for("deadline") is not None
    for reason in rec.reasons:
        assert PACK.reasons[reason.code] == reason
    cited = PACK.cited(rec)
    assert len({r.code for r in cited}) == len(cited)
    for rule in cited:
        assert rule.source.startswith("https://") and isinstance(rule.checked, date)
    if rec.route is not None:
        assert rec.route in {r.code for r in PACK.routes}


@given(situations(), thresholds)
def test_the_last_step_always_decides(s, t):
    causes = frozenset({"not_logging_in", "missed_email", "ignoring"})
    rec = PACK.steps[-1](PACK, s, t, s.now, causes, PACK.request_possible_at(s, t))
    assert rec is not None
    assert PACK.decide(s, t) is not None


@given(situations(), thresholds)
def test_automatic_outcomes_only_from_a_known_submission_date(s, t):
    rec = PACK.decide(s, t)
    if rec.auto_outcome_at is not None:
        assert s.stage_entered_at is not None and s.stage == "completion_reported"
        assert rec.auto_outcome_at == s.stage_entered_at + 14 * D
        assert rec.route == "upwork_review_window"
    if rec.action is Action.WAIT and rec.auto_outcome_at is not None:
        assert rec.wait_until == rec.auto_outcome_at


@given(situations(), thresholds)
def test_a_freelancer_before_funding_is_always_told_not_to_start(s, t):
    if s.role == "worker" and s.stage == "contracted":
        assert "no_work_before_escrow" in PACK.decide(s, t).warnings
