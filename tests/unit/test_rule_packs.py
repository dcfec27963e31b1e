"""The rule packs: which pack a platform gets, that the decision is still exactly the one it was
before the packs (a frozen copy of the old function, compared on random situations), and that
every rule a pack states carries its source and the date it was last checked."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from companion.model import reminders, vocab
from companion.model.clock import ensure_utc
from companion.model.decision import (
    Action,
    Reason,
    Recommendation,
    Situation,
    decide,
    outcome_for_stage,
    request_possible_at,
)
from companion.model.rules import (
    ELIGIBLE_CONTRACT_TYPES,
    GENERIC,
    LANCERS_RULES,
    PACKS,
    Rule,
    RulePack,
    generic,
    lancers,
    pack_for,
)
from companion.model.timers import DEFAULT_THRESHOLDS, Thresholds
from tests.strategies import thresholds

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
ALL_PACKS = (*PACKS, GENERIC)


# --- which pack ------------------------------------------------------------------------------------


def test_each_platform_gets_its_own_pack_and_any_other_the_generic_one():
    assert pack_for("lancers") is lancers.PACK
    with_packs = {pack.name for pack in PACKS}
    for platform in vocab.PLATFORMS:
        pack = pack_for(platform)
        assert pack.name == (platform if platform in with_packs else "generic"), platform
        assert platform in pack.platforms or pack is GENERIC
    assert pack_for("other") is generic.PACK is GENERIC
    for unknown in ("", "LANCERS", "unknown-platform", "ランサーズ"):
        assert pack_for(unknown) is GENERIC, unknown


def test_each_platform_has_at_most_one_pack_and_packs_speak_the_store_vocabulary():
    claimed = [platform for pack in PACKS for platform in pack.platforms]
    assert len(claimed) == len(set(claimed)) and set(claimed) <= set(vocab.PLATFORMS)
    for pack in ALL_PACKS:
        assert isinstance(pack, RulePack)
        assert set(pack.stages) <= set(vocab.STAGES)
        assert set(pack.roles) <= set(vocab.ROLES)
        assert set(pack.contract_types) <= set(vocab.CONTRACT_TYPES)
        assert pack.reminder_kinds <= set(reminders.KINDS)
        assert pack.steps


def test_only_lancers_arms_the_transaction_expiry_reminder():
    assert "expiry_soon" in pack_for("lancers").reminder_kinds
    for platform in vocab.PLATFORMS:
        if platform != "lancers":
            assert "expiry_soon" not in pack_for(platform).reminder_kinds
    # everything else is armed on every platform, as before the packs
    assert lancers.PACK.reminder_kinds - {"expiry_soon"} == generic.PACK.reminder_kinds == set(reminders.KINDS) - {"expiry_soon"}
    for pack in PACKS:
        assert pack.reminder_kinds - {"expiry_soon"} == generic.PACK.reminder_kinds, pack.name


def test_the_old_names_are_still_importable_from_rules():
    assert {"project_fixed", "direct_fixed"} == ELIGIBLE_CONTRACT_TYPES
    assert LANCERS_RULES is lancers.PACK.rules
    assert all(isinstance(rule, Rule) and rule.code == code for code, rule in LANCERS_RULES.items())


# --- every rule stated has its source and date -------------------------------------------------------


@pytest.mark.parametrize("pack", ALL_PACKS, ids=lambda p: p.name)
def test_every_rule_a_pack_states_has_a_source_and_a_checked_date(pack):
    assert pack.rules
    for code, rule in pack.rules.items():
        assert rule.code == code
        assert rule.source.startswith("https://") and " " not in rule.source, code
        assert isinstance(rule.checked, date) and date(2020, 1, 1) <= rule.checked <= date(2100, 1, 1), code
    for code, reason in pack.reasons.items():
        assert reason.code == code
        if reason.rule is not None:  # a reason that names a rule names one of the pack's, with its source
            assert pack.rules[reason.rule.code] is reason.rule, code
    assert any(r.rule is not None for r in pack.reasons.values())
    for route in (*pack.routes, pack.request):
        assert route.rules and all(code in pack.rules for code in route.rules), route.code


def test_reasons_that_need_a_rule_have_one():
    """The reasons that describe a platform rule (deadlines, eligibility, outcomes) cite it; only
    the plain ones (finished, nothing unanswered, no contract yet) stand alone."""
    plain = {"finished", "nothing_unanswered", "reply_owed"}
    for pack in ALL_PACKS:
        for code, reason in pack.reasons.items():
            assert (reason.rule is None) == (code in plain), (pack.name, code)


# --- the decision is the one it was ------------------------------------------------------------------

offsets = st.integers(min_value=0, max_value=30 * 24).map(lambda h: timedelta(hours=h))
instants = offsets.map(lambda o: NOW - o)


@st.composite
def situations(draw):
    received = draw(st.one_of(st.none(), instants))
    sent = sorted(draw(st.lists(instants, max_size=5)))
    if received is not None and draw(st.booleans()):
        sent = [t for t in sent if t > received]
    return Situation(
        platform=draw(st.sampled_from([*vocab.PLATFORMS, "unknown"])),
        role=draw(st.sampled_from(vocab.ROLES)),
        contract_type=draw(st.sampled_from(vocab.CONTRACT_TYPES)),
        stage=draw(st.sampled_from(vocab.STAGES)),
        now=NOW,
        plan_change_pending=draw(st.booleans()),
        last_received_at=received,
        reply_needed=draw(st.booleans()),
        unanswered_sent=tuple(sent),
        last_sent_read=draw(st.sampled_from([None, True, False])),
        own_request_filed_at=draw(st.one_of(st.none(), instants)),
        request_against_user_at=draw(st.one_of(st.none(), instants)),
        wants_to_continue=draw(st.sampled_from([None, True, False])),
    )




def _legacy_with_honest_state(s: Situation, t: Thresholds) -> Recommendation:
    """The old function, with the changes of the honest-state issue (#13) and nothing else:
    "they may file against you" (and urgency) only where a request is possible; every worker
    in `contracted` is told never to start before escrow; "no contract yet" cites condition 2."""
    rec = _legacy_decide(s, t)
    if rec.action is Action.REPLY_NOW:
        pack = pack_for(s.platform)
        if pack.request_open(s):
            since = s.reply_owed_since or s.last_received_at
            rec = rec._replace(urgent_from=since + t.reply_owed_after)
        else:
            rec = rec._replace(warnings=rec.warnings - {"counterparty_may_file"}, reasons=(pack.reasons["reply_owed"],))
    if rec.reasons and rec.reasons[0].code == "no_contract_yet":
        rec = rec._replace(reasons=(_legacy_r("no_contract_yet", "request_eligibility"),))
    if s.role == "worker" and s.stage == "contracted":
        rec = rec._replace(warnings=rec.warnings | {"no_work_before_escrow"})
    # DOMAIN-PLATFORMS.md: a recommendation names its route
    pack = pack_for(s.platform)
    if rec.action in (Action.RESPOND_TO_REQUEST, Action.TRACK_REQUEST):
        rec = rec._replace(route=pack.request.code)
    elif rec.action is Action.FILE_REQUEST:
        rec = rec._replace(route="lancers_reminder_request")
    elif rec.action is Action.REPORT_COMPLETION_FIRST:
        rec = rec._replace(route="lancers_completion_report")
    return rec


@given(situations(), thresholds)
def test_decide_is_exactly_the_old_monolithic_function(s, t):
    """For Lancers and the platforms without a pack of their own (the four others have theirs:
    tests/unit/test_rules_<platform>.py)."""
    assume(pack_for(s.platform) in (lancers.PACK, GENERIC))
    assert decide(s, t) == _legacy_with_honest_state(s, t)
    assert request_possible_at(s, t) == _legacy_request_possible_at(s, t)


@given(situations(), thresholds)
def test_every_reason_given_is_one_the_pack_declares(s, t):
    pack = pack_for(s.platform)
    for reason in decide(s, t).reasons:
        assert pack.reasons[reason.code] == reason


@pytest.mark.parametrize("stage", vocab.STAGES)
def test_outcome_for_stage_is_the_old_one(stage):
    assert outcome_for_stage(stage) == _legacy_outcome_for_stage(stage)
    assert lancers.REMINDER_REQUEST.outcome_for_stage(stage) == _legacy_outcome_for_stage(stage)


def test_the_steps_are_ordered_first_match_wins():
    # a request against the user beats everything, even a finished project (rule 1 before rule 3)
    s = Situation(platform="lancers", role="worker", contract_type="project_fixed", stage="paid", now=NOW,
                  request_against_user_at=NOW - timedelta(days=1))
    assert decide(s, DEFAULT_THRESHOLDS).action is Action.RESPOND_TO_REQUEST
    assert decide(s._replace(platform="upwork"), DEFAULT_THRESHOLDS).action is Action.RESPOND_TO_REQUEST


# --- the old function, frozen: copied verbatim from decision.py before the rule packs ----------------
# (only renamed with _legacy_; do not edit: it is the reference the packs must keep matching)

_LEGACY_ELIGIBLE_CONTRACT_TYPES = frozenset({"project_fixed", "direct_fixed"})
_LEGACY_MID_CONTRACT = frozenset({"escrow_funded", "delivered"})
_LEGACY_FINISHED = frozenset({"paid", "cancelled"})


def _legacy_r(code: str, rule: str | None = None) -> Reason:
    return Reason(code, LANCERS_RULES.get(rule) if rule else None)


def _legacy_likely_causes(unanswered: bool, last_sent_read: bool | None) -> frozenset[str]:
    """The seed's three causes, narrowed by the read state of the latest unanswered message."""
    if not unanswered:
        return frozenset()
    if last_sent_read is False:
        return frozenset({"not_logging_in", "missed_email"})
    if last_sent_read is True:
        return frozenset({"ignoring"})
    return frozenset({"not_logging_in", "missed_email", "ignoring"})


def _legacy_outcome_for_stage(stage: str) -> str | None:
    if stage == "completion_reported":
        return "payment_confirmed"
    if stage in _LEGACY_MID_CONTRACT:
        return "escrow_cancelled"
    return None


def _legacy_request_possible_at(s: Situation, t: Thresholds = DEFAULT_THRESHOLDS) -> datetime | None:
    """When the Lancers 連絡催促申請 can be filed, or None if it cannot be for this project."""
    if (
        s.platform != "lancers"
        or s.contract_type not in _LEGACY_ELIGIBLE_CONTRACT_TYPES
        or s.stage not in (_LEGACY_MID_CONTRACT | {"completion_reported"})
        or s.plan_change_pending
        or not s.unanswered_sent
        or s.own_request_filed_at is not None
        or s.request_against_user_at is not None
    ):
        return None
    anchor = s.last_received_at if s.last_received_at is not None else s.unanswered_sent[0]
    return anchor + t.silence_before_request


def _legacy_decide(s: Situation, t: Thresholds = DEFAULT_THRESHOLDS) -> Recommendation:
    now = ensure_utc(s.now)
    causes = _legacy_likely_causes(bool(s.unanswered_sent), s.last_sent_read)
    possible_at = _legacy_request_possible_at(s, t)

    # 1. A request against the user: nothing is more urgent.
    if s.request_against_user_at is not None:
        return Recommendation(
            Action.RESPOND_TO_REQUEST,
            deadline_at=s.request_against_user_at + t.request_deadline,
            outcome_if_unanswered=_legacy_outcome_for_stage(s.stage),
            reasons=(_legacy_r("request_against_user", "request_deadline_7_days"),),
        )
    # 2. The ball is in the user's court.
    if s.reply_needed and s.last_received_at is not None and not s.unanswered_sent:
        return Recommendation(
            Action.REPLY_NOW,
            warnings=frozenset({"counterparty_may_file"}),
            reasons=(_legacy_r("ball_in_your_court", "request_eligibility"),),
        )
    # 3. Finished.
    if s.stage in _LEGACY_FINISHED:
        return Recommendation(Action.NOTHING_TO_DO, reasons=(_legacy_r("finished"),))
    # 4. The user's own request is running.
    if s.own_request_filed_at is not None:
        warnings = {"support_reviews_after_deadline"}
        if s.role == "worker" and s.stage in _LEGACY_MID_CONTRACT:
            warnings.add("deliverables_at_risk")
        return Recommendation(
            Action.TRACK_REQUEST,
            deadline_at=s.own_request_filed_at + t.request_deadline,
            outcome_if_unanswered=_legacy_outcome_for_stage(s.stage),
            warnings=frozenset(warnings),
            likely_causes=causes,
            reasons=(_legacy_r("request_pending", "support_reviews_after_deadline"),),
        )
    # 5. Nothing unanswered.
    if not s.unanswered_sent:
        return Recommendation(Action.NOTHING_TO_DO, reasons=(_legacy_r("nothing_unanswered"),))
    # 6. Too soon for another message.
    last_sent = s.unanswered_sent[-1]
    if now < last_sent + t.follow_up_gap:
        enough = len(s.unanswered_sent) >= t.follow_ups_before_formal
        return Recommendation(
            Action.WAIT,
            wait_until=last_sent + t.follow_up_gap,
            request_possible_at=possible_at,
            likely_causes=causes,
            reasons=(_legacy_r("formal_step_gap" if enough else "follow_up_gap", "three_messages_first"),),
        )
    # 7. Follow up, politely.
    if len(s.unanswered_sent) < t.follow_ups_before_formal:
        return Recommendation(
            Action.SEND_FOLLOW_UP,
            request_possible_at=possible_at,
            likely_causes=causes,
            reasons=(_legacy_r("follow_up_first", "three_messages_first"),),
        )
    # 8. Enough messages: a formal step, if there is one.
    if s.stage == "negotiating":
        return Recommendation(Action.MOVE_ON, likely_causes=causes, reasons=(_legacy_r("no_contract_yet"),))
    if s.platform != "lancers" or s.contract_type not in _LEGACY_ELIGIBLE_CONTRACT_TYPES:
        return Recommendation(
            Action.CONTACT_SUPPORT,
            warnings=frozenset({"not_eligible"}),
            likely_causes=causes,
            reasons=(_legacy_r("not_eligible", "request_eligibility"),),
        )
    if s.stage == "contracted" or s.plan_change_pending:
        warnings = {"not_eligible"}
        if s.role == "worker" and s.stage == "contracted":
            warnings.add("no_work_before_escrow")
        code = "plan_change_pending" if s.plan_change_pending else "no_escrow_yet"
        return Recommendation(
            Action.CONTACT_SUPPORT,
            warnings=frozenset(warnings),
            likely_causes=causes,
            reasons=(_legacy_r(code, "request_eligibility" if s.plan_change_pending else "no_work_before_escrow"),),
        )
    assert possible_at is not None
    if now < possible_at:
        return Recommendation(
            Action.WAIT,
            wait_until=possible_at,
            request_possible_at=possible_at,
            likely_causes=causes,
            reasons=(_legacy_r("silence_not_long_enough", "request_eligibility"),),
        )
    filing = frozenset({"rating_retaliation", "support_reviews_after_deadline"})
    if s.stage == "completion_reported":
        return Recommendation(
            Action.FILE_REQUEST,
            request_possible_at=possible_at,
            outcome_if_unanswered="payment_confirmed",
            warnings=filing,
            likely_causes=causes,
            reasons=(_legacy_r("file_after_completion", "request_outcome"),),
        )
    if s.role == "worker":
        if s.stage == "delivered":
            return Recommendation(
                Action.REPORT_COMPLETION_FIRST,
                request_possible_at=possible_at,
                outcome_if_unanswered="payment_confirmed",
                warnings=filing | {"deliverables_at_risk"},
                likely_causes=causes,
                reasons=(_legacy_r("report_completion_first", "request_outcome"),),
            )
        return Recommendation(
            Action.CONTACT_SUPPORT,
            request_possible_at=possible_at,
            warnings=frozenset({"deliverables_at_risk"}),
            likely_causes=causes,
            reasons=(_legacy_r("worker_mid_work", "support_contact"),),
        )
    if s.wants_to_continue is False:
        return Recommendation(
            Action.FILE_REQUEST,
            request_possible_at=possible_at,
            outcome_if_unanswered="escrow_cancelled",
            warnings=filing,
            likely_causes=causes,
            reasons=(_legacy_r("client_stop", "request_outcome"),),
        )
    return Recommendation(
        Action.CONTACT_SUPPORT,
        request_possible_at=possible_at,
        likely_causes=causes,
        reasons=(_legacy_r("client_continue", "support_contact"),),
    )


@given(situations(), thresholds)
def test_every_warning_outcome_and_deadline_stated_cites_a_rule_with_its_own_date(s, t):
    """Issue #13: every rule the app states shows its source and the date it was last checked."""
    pack = pack_for(s.platform)
    rec = decide(s, t)
    for w in rec.warnings:
        assert pack.rule_for(f"warning:{w}") is not None, (pack.name, w)
    if rec.outcome_if_unanswered:
        assert pack.rule_for(f"outcome:{rec.outcome_if_unanswered}") is not None
    if rec.deadline_at:
        assert pack.rule_for("deadline") is not None
    cited = pack.cited(rec)
    assert len({r.code for r in cited}) == len(cited)  # each once
    for rule in cited:
        assert rule.source.startswith("https://") and rule.checked.year >= 2024


def test_uncertain_rules_say_so():
    for pack in ALL_PACKS:
        caveat = pack.rule_for("reply_clears_request")
        assert caveat is not None and caveat.uncertain == "not_stated"
        # the rules the references mark uncertain (⚠) say why: "not_confirmed" or "not_stated"
        assert all(rule.uncertain in (None, "not_confirmed", "not_stated") for rule in pack.rules.values())
    assert all(rule.uncertain is None for code, rule in lancers.PACK.rules.items() if code != "reply_clears_request")
