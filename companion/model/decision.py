"""The policy of DOMAIN.md ("The decision") as one pure function.

``decide(situation)`` applies the rules in order, first match wins, and returns a
:class:`Recommendation` with the action, the relevant instants, the warnings and the reasons
(codes the UI translates, each tied to the rule that justifies it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from companion.model.clock import ensure_utc
from companion.model.rules import ELIGIBLE_CONTRACT_TYPES, LANCERS_RULES, Rule
from companion.model.timers import DEFAULT_THRESHOLDS, SilenceState, Thresholds, assemble


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


@dataclass(frozen=True)
class Situation:
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

    def __post_init__(self) -> None:
        # Exact instants: arithmetic in a DST zone would be wall-clock arithmetic.
        for name in ("now", "last_received_at", "own_request_filed_at", "request_against_user_at"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is not UTC:
                object.__setattr__(self, name, ensure_utc(value))
        sent = self.unanswered_sent
        if type(sent) is not tuple or any(t.tzinfo is not UTC for t in sent):
            object.__setattr__(self, "unanswered_sent", tuple(ensure_utc(t) for t in sent))


@dataclass(frozen=True)
class Reason:
    code: str
    rule: Rule | None = None


@dataclass(frozen=True)
class Recommendation:
    action: Action
    wait_until: datetime | None = None
    request_possible_at: datetime | None = None
    deadline_at: datetime | None = None
    outcome_if_unanswered: str | None = None
    warnings: frozenset[str] = field(default_factory=frozenset)
    likely_causes: frozenset[str] = field(default_factory=frozenset)
    reasons: tuple[Reason, ...] = ()


def _r(code: str, rule: str | None = None) -> Reason:
    return assemble(Reason, {"code": code, "rule": LANCERS_RULES.get(rule) if rule else None})


_NO_DETAILS: dict[str, Any] = {
    "wait_until": None, "request_possible_at": None, "deadline_at": None, "outcome_if_unanswered": None,
    "warnings": frozenset(), "likely_causes": frozenset(), "reasons": (),
}


def _recommend(action: Action, **details: Any) -> Recommendation:
    """``Recommendation(action, **details)``, assembled (decide runs for every project)."""
    fields = dict(_NO_DETAILS)
    fields["action"] = action
    fields.update(details)
    return assemble(Recommendation, fields)


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
    # Assembled without Situation's checks: the state's instants are UTC already (timers.compute)
    # and the others are made so here.
    return assemble(Situation, {
        "platform": platform,
        "role": role,
        "contract_type": contract_type,
        "stage": stage,
        "now": ensure_utc(now),
        "plan_change_pending": plan_change_pending,
        "last_received_at": last_received,
        "reply_needed": state.reply_owed_since is not None,
        "unanswered_sent": state.unanswered,
        "last_sent_read": state.last_sent_read,
        "own_request_filed_at": None if own_request_filed_at is None else ensure_utc(own_request_filed_at),
        "request_against_user_at": None if request_against_user_at is None else ensure_utc(request_against_user_at),
        "wants_to_continue": wants_to_continue,
    })


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
        return _recommend(
            Action.RESPOND_TO_REQUEST,
            deadline_at=s.request_against_user_at + t.request_deadline,
            outcome_if_unanswered=outcome_for_stage(s.stage),
            reasons=(_r("request_against_user", "request_deadline_7_days"),),
        )
    # 2. The ball is in the user's court.
    if s.reply_needed and s.last_received_at is not None and not s.unanswered_sent:
        return _recommend(
            Action.REPLY_NOW,
            warnings=frozenset({"counterparty_may_file"}),
            reasons=(_r("ball_in_your_court", "request_eligibility"),),
        )
    # 3. Finished.
    if s.stage in FINISHED:
        return _recommend(Action.NOTHING_TO_DO, reasons=(_r("finished"),))
    # 4. The user's own request is running.
    if s.own_request_filed_at is not None:
        warnings = {"support_reviews_after_deadline"}
        if s.role == "worker" and s.stage in MID_CONTRACT:
            warnings.add("deliverables_at_risk")
        return _recommend(
            Action.TRACK_REQUEST,
            deadline_at=s.own_request_filed_at + t.request_deadline,
            outcome_if_unanswered=outcome_for_stage(s.stage),
            warnings=frozenset(warnings),
            likely_causes=causes,
            reasons=(_r("request_pending", "support_reviews_after_deadline"),),
        )
    # 5. Nothing unanswered.
    if not s.unanswered_sent:
        return _recommend(Action.NOTHING_TO_DO, reasons=(_r("nothing_unanswered"),))
    # 6. Too soon for another message.
    last_sent = s.unanswered_sent[-1]
    if now < last_sent + t.follow_up_gap:
        enough = len(s.unanswered_sent) >= t.follow_ups_before_formal
        return _recommend(
            Action.WAIT,
            wait_until=last_sent + t.follow_up_gap,
            request_possible_at=possible_at,
            likely_causes=causes,
            reasons=(_r("formal_step_gap" if enough else "follow_up_gap", "three_messages_first"),),
        )
    # 7. Follow up, politely.
    if len(s.unanswered_sent) < t.follow_ups_before_formal:
        return _recommend(
            Action.SEND_FOLLOW_UP,
            request_possible_at=possible_at,
            likely_causes=causes,
            reasons=(_r("follow_up_first", "three_messages_first"),),
        )
    # 8. Enough messages: a formal step, if there is one.
    if s.stage == "negotiating":
        return _recommend(Action.MOVE_ON, likely_causes=causes, reasons=(_r("no_contract_yet"),))
    if s.platform != "lancers" or s.contract_type not in ELIGIBLE_CONTRACT_TYPES:
        return _recommend(
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
        return _recommend(
            Action.CONTACT_SUPPORT,
            warnings=frozenset(warnings),
            likely_causes=causes,
            reasons=(_r(code, "request_eligibility" if s.plan_change_pending else "no_work_before_escrow"),),
        )
    assert possible_at is not None
    if now < possible_at:
        return _recommend(
            Action.WAIT,
            wait_until=possible_at,
            request_possible_at=possible_at,
            likely_causes=causes,
            reasons=(_r("silence_not_long_enough", "request_eligibility"),),
        )
    filing = frozenset({"rating_retaliation", "support_reviews_after_deadline"})
    if s.stage == "completion_reported":
        return _recommend(
            Action.FILE_REQUEST,
            request_possible_at=possible_at,
            outcome_if_unanswered="payment_confirmed",
            warnings=filing,
            likely_causes=causes,
            reasons=(_r("file_after_completion", "request_outcome"),),
        )
    if s.role == "worker":
        if s.stage == "delivered":
            return _recommend(
                Action.REPORT_COMPLETION_FIRST,
                request_possible_at=possible_at,
                outcome_if_unanswered="payment_confirmed",
                warnings=filing | {"deliverables_at_risk"},
                likely_causes=causes,
                reasons=(_r("report_completion_first", "request_outcome"),),
            )
        return _recommend(
            Action.CONTACT_SUPPORT,
            request_possible_at=possible_at,
            warnings=frozenset({"deliverables_at_risk"}),
            likely_causes=causes,
            reasons=(_r("worker_mid_work", "support_contact"),),
        )
    if s.wants_to_continue is False:
        return _recommend(
            Action.FILE_REQUEST,
            request_possible_at=possible_at,
            outcome_if_unanswered="escrow_cancelled",
            warnings=filing,
            likely_causes=causes,
            reasons=(_r("client_stop", "request_outcome"),),
        )
    return _recommend(
        Action.CONTACT_SUPPORT,
        request_possible_at=possible_at,
        likely_causes=causes,
        reasons=(_r("client_continue", "support_contact"),),
    )
