"""The policy of DOMAIN.md ("The decision") as one pure function.

``decide(situation)`` applies the rules in order, first match wins, and returns a
:class:`Recommendation` with the action, the relevant instants, the warnings and the reasons
(codes the UI translates, each tied to the rule that justifies it).
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, NamedTuple

from companion.model.clock import ensure_utc
from companion.model.rules import ELIGIBLE_CONTRACT_TYPES, LANCERS_RULES, Rule
from companion.model.timers import DEFAULT_THRESHOLDS, SilenceState, Thresholds


class Action(StrEnum):
    RESPOND_TO_REQUEST = "respond_to_request"
    REPLY_NOW = "reply_now"
    NOTHING_TO_DO = "nothing_to_do"
    TRACK_REQUEST = "track_request"
    WAIT = "wait"
    SEND_FOLLOW_UP = "send_follow_up"
    MOVE_ON = "move_on"
    CONTACT_SUPPORT = "contact_support"
    REPORT_COMPLETION_FIRST = "report_completion_first"
    FILE_REQUEST = "file_request"


MID_CONTRACT = frozenset({"escrow_funded", "delivered"})
FINISHED = frozenset({"paid", "cancelled"})


class _SituationFields(NamedTuple):
    platform: str
    role: str
    contract_type: str
    stage: str
    now: datetime
    plan_change_pending: bool = False
    last_received_at: datetime | None = None
    reply_needed: bool = True
    unanswered_sent: tuple[datetime, ...] = ()
    last_sent_read: bool | None = None
    own_request_filed_at: datetime | None = None
    request_against_user_at: datetime | None = None
    wants_to_continue: bool | None = None


class Situation(_SituationFields):
    """The decision's input: a project's facts and silence, at ``now``."""

    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> Situation:
        s = super().__new__(cls, *args, **kwargs)
        # Exact instants: arithmetic in a DST zone would be wall-clock arithmetic.
        instants = (s.now, s.last_received_at, s.own_request_filed_at, s.request_against_user_at, *s.unanswered_sent)
        if type(s.unanswered_sent) is tuple and all(t is None or t.tzinfo is UTC for t in instants):
            return s
        return s._replace(
            now=ensure_utc(s.now),
            last_received_at=s.last_received_at and ensure_utc(s.last_received_at),
            own_request_filed_at=s.own_request_filed_at and ensure_utc(s.own_request_filed_at),
            request_against_user_at=s.request_against_user_at and ensure_utc(s.request_against_user_at),
            unanswered_sent=tuple(ensure_utc(t) for t in s.unanswered_sent),
        )


class Reason(NamedTuple):
    code: str
    rule: Rule | None = None


class Recommendation(NamedTuple):
    action: Action
    wait_until: datetime | None = None
    request_possible_at: datetime | None = None
    deadline_at: datetime | None = None
    outcome_if_unanswered: str | None = None
    warnings: frozenset[str] = frozenset()
    likely_causes: frozenset[str] = frozenset()
    reasons: tuple[Reason, ...] = ()


def _r(code: str, rule: str | None = None) -> Reason:
    return Reason(code, LANCERS_RULES.get(rule) if rule else None)


def likely_causes(unanswered: bool, last_sent_read: bool | None) -> frozenset[str]:
    """The seed's three causes, narrowed by the read state of the latest unanswered message."""
    if not unanswered:
        return frozenset()
    if last_sent_read is False:
        return frozenset({"not_logging_in", "missed_email"})
    if last_sent_read is True:
        return frozenset({"ignoring"})
    return frozenset({"not_logging_in", "missed_email", "ignoring"})


def outcome_for_stage(stage: str) -> str | None:
    if stage == "completion_reported":
        return "payment_confirmed"
    if stage in MID_CONTRACT:
        return "escrow_cancelled"
    return None


def situation_from_state(
    *,
    platform: str,
    role: str,
    contract_type: str,
    stage: str,
    plan_change_pending: bool,
    state: SilenceState,
    now: datetime,
    own_request_filed_at: datetime | None = None,
    request_against_user_at: datetime | None = None,
    wants_to_continue: bool | None = None,
) -> Situation:
    """Build the decision's input from a project's stored facts and its silence state."""
    last_received: datetime | None
    if state.reply_owed_since is not None:
        last_received = max(t for t in (state.last_received_at, state.last_received_any_at) if t)
    else:
        last_received = state.last_received_at
    # Built without Situation's check (it runs for every project at start-up): the state's
    # instants are UTC already (timers.compute), the others are made so here. Field order.
    return tuple.__new__(Situation, (
        platform,
        role,
        contract_type,
        stage,
        ensure_utc(now),
        plan_change_pending,
        last_received,
        state.reply_owed_since is not None,
        state.unanswered,
        state.last_sent_read,
        None if own_request_filed_at is None else ensure_utc(own_request_filed_at),
        None if request_against_user_at is None else ensure_utc(request_against_user_at),
        wants_to_continue,
    ))


def request_possible_at(s: Situation, t: Thresholds = DEFAULT_THRESHOLDS) -> datetime | None:
    """When the Lancers 連絡催促申請 can be filed, or None if it cannot be for this project."""
    if (
        s.platform != "lancers"
        or s.contract_type not in ELIGIBLE_CONTRACT_TYPES
        or s.stage not in (MID_CONTRACT | {"completion_reported"})
        or s.plan_change_pending
        or not s.unanswered_sent
        or s.own_request_filed_at is not None
        or s.request_against_user_at is not None
    ):
        return None
    anchor = s.last_received_at if s.last_received_at is not None else s.unanswered_sent[0]
    return anchor + t.silence_before_request


def decide(s: Situation, t: Thresholds = DEFAULT_THRESHOLDS) -> Recommendation:
    now = ensure_utc(s.now)
    causes = likely_causes(bool(s.unanswered_sent), s.last_sent_read)
    possible_at = request_possible_at(s, t)

    # 1. A request against the user: nothing is more urgent.
    if s.request_against_user_at is not None:
        return Recommendation(
            Action.RESPOND_TO_REQUEST,
            deadline_at=s.request_against_user_at + t.request_deadline,
            outcome_if_unanswered=outcome_for_stage(s.stage),
            reasons=(_r("request_against_user", "request_deadline_7_days"),),
        )
    # 2. The ball is in the user's court.
    if s.reply_needed and s.last_received_at is not None and not s.unanswered_sent:
        return Recommendation(
            Action.REPLY_NOW,
            warnings=frozenset({"counterparty_may_file"}),
            reasons=(_r("ball_in_your_court", "request_eligibility"),),
        )
    # 3. Finished.
    if s.stage in FINISHED:
        return Recommendation(Action.NOTHING_TO_DO, reasons=(_r("finished"),))
    # 4. The user's own request is running.
    if s.own_request_filed_at is not None:
        warnings = {"support_reviews_after_deadline"}
        if s.role == "worker" and s.stage in MID_CONTRACT:
            warnings.add("deliverables_at_risk")
        return Recommendation(
            Action.TRACK_REQUEST,
            deadline_at=s.own_request_filed_at + t.request_deadline,
            outcome_if_unanswered=outcome_for_stage(s.stage),
            warnings=frozenset(warnings),
            likely_causes=causes,
            reasons=(_r("request_pending", "support_reviews_after_deadline"),),
        )
    # 5. Nothing unanswered.
    if not s.unanswered_sent:
        return Recommendation(Action.NOTHING_TO_DO, reasons=(_r("nothing_unanswered"),))
    # 6. Too soon for another message.
    last_sent = s.unanswered_sent[-1]
    if now < last_sent + t.follow_up_gap:
        enough = len(s.unanswered_sent) >= t.follow_ups_before_formal
        return Recommendation(
            Action.WAIT,
            wait_until=last_sent + t.follow_up_gap,
            request_possible_at=possible_at,
            likely_causes=causes,
            reasons=(_r("formal_step_gap" if enough else "follow_up_gap", "three_messages_first"),),
        )
    # 7. Follow up, politely.
    if len(s.unanswered_sent) < t.follow_ups_before_formal:
        return Recommendation(
            Action.SEND_FOLLOW_UP,
            request_possible_at=possible_at,
            likely_causes=causes,
            reasons=(_r("follow_up_first", "three_messages_first"),),
        )
    # 8. Enough messages: a formal step, if there is one.
    if s.stage == "negotiating":
        return Recommendation(Action.MOVE_ON, likely_causes=causes, reasons=(_r("no_contract_yet"),))
    if s.platform != "lancers" or s.contract_type not in ELIGIBLE_CONTRACT_TYPES:
        return Recommendation(
            Action.CONTACT_SUPPORT,
            warnings=frozenset({"not_eligible"}),
            likely_causes=causes,
            reasons=(_r("not_eligible", "request_eligibility"),),
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
            reasons=(_r(code, "request_eligibility" if s.plan_change_pending else "no_work_before_escrow"),),
        )
    assert possible_at is not None
    if now < possible_at:
        return Recommendation(
            Action.WAIT,
            wait_until=possible_at,
            request_possible_at=possible_at,
            likely_causes=causes,
            reasons=(_r("silence_not_long_enough", "request_eligibility"),),
        )
    filing = frozenset({"rating_retaliation", "support_reviews_after_deadline"})
    if s.stage == "completion_reported":
        return Recommendation(
            Action.FILE_REQUEST,
            request_possible_at=possible_at,
            outcome_if_unanswered="payment_confirmed",
            warnings=filing,
            likely_causes=causes,
            reasons=(_r("file_after_completion", "request_outcome"),),
        )
    if s.role == "worker":
        if s.stage == "delivered":
            return Recommendation(
                Action.REPORT_COMPLETION_FIRST,
                request_possible_at=possible_at,
                outcome_if_unanswered="payment_confirmed",
                warnings=filing | {"deliverables_at_risk"},
                likely_causes=causes,
                reasons=(_r("report_completion_first", "request_outcome"),),
            )
        return Recommendation(
            Action.CONTACT_SUPPORT,
            request_possible_at=possible_at,
            warnings=frozenset({"deliverables_at_risk"}),
            likely_causes=causes,
            reasons=(_r("worker_mid_work", "support_contact"),),
        )
    if s.wants_to_continue is False:
        return Recommendation(
            Action.FILE_REQUEST,
            request_possible_at=possible_at,
            outcome_if_unanswered="escrow_cancelled",
            warnings=filing,
            likely_causes=causes,
            reasons=(_r("client_stop", "request_outcome"),),
        )
    return Recommendation(
        Action.CONTACT_SUPPORT,
        request_possible_at=possible_at,
        likely_causes=causes,
        reasons=(_r("client_continue", "support_contact"),),
    )
