"""The decision steps every platform shares: DOMAIN.md's rules 1 to 7, in that order.

Each is a :data:`~companion.model.rules.Step`: it returns the recommendation when it applies and
None otherwise. What differs between platforms comes from the pack they are given: the rule each
reason cites (``pack.reasons``), and the deadline and outcome of a recorded request
(``pack.request``). A pack lists these in its ``steps``, then its own rule 8 (the formal step), which may use
:func:`move_on_before_contract` and :func:`contact_support_not_eligible`.
"""

from __future__ import annotations

from datetime import datetime

from companion.model.rules import (
    FINISHED,
    MID_CONTRACT,
    Action,
    Recommendation,
    Route,
    RulePack,
    Situation,
    Step,
)
from companion.model.timers import Thresholds

_TRACKING = frozenset({"support_reviews_after_deadline"})
_TRACKING_AT_RISK = _TRACKING | {"deliverables_at_risk"}
_MAY_FILE = frozenset({"counterparty_may_file"})
_NOT_ELIGIBLE = frozenset({"not_eligible"})


def respond_to_request(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """1. A request against the user: nothing is more urgent."""
    if s.request_against_user_at is None:
        return None
    route = p.route(s.request_against_user_route)
    return Recommendation(
        Action.RESPOND_TO_REQUEST,
        deadline_at=route.deadline_at(s.request_against_user_at, t),
        outcome_if_unanswered=route.outcome_for_stage(s.stage),
        reasons=(p.reasons["request_against_user"],),
        route=route.code,
    )


def reply_now(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """2. The ball is in the user's court. Urgent once the reply is overdue (the reply-owed
    setting), and only where the other side could file a formal request against the user."""
    if not (s.reply_needed and s.last_received_at is not None and not s.unanswered_sent):
        return None
    if not p.request_open(s):  # no formal request is possible here: a reply is owed, no more
        return Recommendation(Action.REPLY_NOW, reasons=(p.reasons["reply_owed"],))
    since = s.reply_owed_since or s.last_received_at
    return Recommendation(
        Action.REPLY_NOW,
        warnings=_MAY_FILE,
        reasons=(p.reasons["ball_in_your_court"],),
        urgent_from=since + t.reply_owed_after,
    )


def finished(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """3. Paid or cancelled: nothing to do."""
    if s.stage in FINISHED:
        return Recommendation(Action.NOTHING_TO_DO, reasons=(p.reasons["finished"],))
    return None


def track_request(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """4. The user's own request is running."""
    if s.own_request_filed_at is None:
        return None
    route = p.route(s.own_request_route)
    return Recommendation(
        Action.TRACK_REQUEST,
        deadline_at=route.deadline_at(s.own_request_filed_at, t),
        outcome_if_unanswered=route.outcome_for_stage(s.stage),
        route=route.code,
        warnings=_TRACKING_AT_RISK if s.role == "worker" and s.stage in MID_CONTRACT else _TRACKING,
        likely_causes=causes,
        reasons=(p.reasons["request_pending"],),
    )


def nothing_unanswered(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """5. Nothing the user sent is unanswered."""
    if not s.unanswered_sent:
        return Recommendation(Action.NOTHING_TO_DO, reasons=(p.reasons["nothing_unanswered"],))
    return None


def follow_up_gap(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """6. Too soon for another message: wait until the last one + the follow-up gap."""
    last_sent = s.unanswered_sent[-1]
    if now < last_sent + t.follow_up_gap:
        enough = len(s.unanswered_sent) >= t.follow_ups_before_formal
        return Recommendation(
            Action.WAIT,
            wait_until=last_sent + t.follow_up_gap,
            request_possible_at=possible_at,
            likely_causes=causes,
            reasons=(p.reasons["formal_step_gap" if enough else "follow_up_gap"],),
        )
    return None


def follow_up(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """7. Fewer unanswered messages than the setting: follow up, politely."""
    if len(s.unanswered_sent) < t.follow_ups_before_formal:
        return Recommendation(
            Action.SEND_FOLLOW_UP,
            request_possible_at=possible_at,
            likely_causes=causes,
            reasons=(p.reasons["follow_up_first"],),
        )
    return None


def move_on_before_contract(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """8, on every platform: enough follow-ups and no contract yet. No formal route: move on."""
    if s.stage == "negotiating":
        return Recommendation(Action.MOVE_ON, likely_causes=causes, reasons=(p.reasons["no_contract_yet"],))
    return None


_FILING = frozenset({"rating_retaliation", "support_reviews_after_deadline"})


def platform_acts_by_itself(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], route: Route,
    *, unknown: str, waiting: str, overdue: str, outcome: str | None = None,
) -> Recommendation:
    """Rule 4b, on every platform that has it: the platform will act in the user's favour by
    itself ``route``'s clock after the stage began (Upwork releases the funds, Fiverr completes
    the order...): wait, nothing to send; once passed and still not paid, ask support. With no
    start time known, no countdown is made up (reason ``unknown``)."""
    if s.stage_entered_at is None:
        return Recommendation(Action.NOTHING_TO_DO, reasons=(p.reasons[unknown],), route=route.code)
    ends = route.deadline_at(s.stage_entered_at, t)
    if now < ends:
        return Recommendation(
            Action.WAIT, wait_until=ends, outcome_if_unanswered=outcome, likely_causes=causes,
            reasons=(p.reasons[waiting],), route=route.code, auto_outcome_at=ends,
        )
    return Recommendation(
        Action.CONTACT_SUPPORT, likely_causes=causes, reasons=(p.reasons[overdue],), route=route.code, auto_outcome_at=ends,
    )


def client_mid_contract(
    p: RulePack, s: Situation, causes: frozenset[str], possible_at: datetime | None, route: str, outcome: str,
) -> Recommendation:
    """Rule 8 for a client mid-contract, on every platform: the work should continue (or they
    are not sure) → ask support; it should not → file the platform's ``route`` (outcome ``outcome``)."""
    if s.wants_to_continue is False:
        return Recommendation(
            Action.FILE_REQUEST,
            request_possible_at=possible_at,
            outcome_if_unanswered=outcome,
            warnings=_FILING,
            likely_causes=causes,
            reasons=(p.reasons["client_stop"],),
            route=route,
        )
    return Recommendation(
        Action.CONTACT_SUPPORT,
        request_possible_at=possible_at,
        likely_causes=causes,
        reasons=(p.reasons["client_continue"],),
    )


def contact_support_not_eligible(p: RulePack, causes: frozenset[str]) -> Recommendation:
    """Rule 8's answer where the platform offers no formal route for this project: ask support."""
    return Recommendation(
        Action.CONTACT_SUPPORT,
        warnings=_NOT_ELIGIBLE,
        likely_causes=causes,
        reasons=(p.reasons["not_eligible"],),
    )


# What every pack arms (reminders.KINDS): a pack adds its platform's own (e.g. Lancers' 取引期限).
SHARED_REMINDER_KINDS: frozenset[str] = frozenset({
    "request_against",
    "request_against_daily",
    "request_against_soon",
    "reply_owed",
    "deadline_soon",
    "deadline_passed",
    "follow_up_due",
    "request_possible",
    "formal_report_completion_first",
    "formal_contact_support",
    "obligation_due",
    "obligation_soon",
    "auto_outcome_passed",
})


# The steps every pack takes first, in order (DOMAIN.md's rules 1-7, and "no contract yet: move
# on"); a pack appends its own formal step (rule 8).
SHARED_STEPS: tuple[Step, ...] = (
    respond_to_request,  # 1
    reply_now,  # 2
    finished,  # 3
    track_request,  # 4
    nothing_unanswered,  # 5
    follow_up_gap,  # 6
    follow_up,  # 7
    move_on_before_contract,  # 8: negotiating
)

# The reason codes those steps give, and the rule each is tied to (the pack's rule of that code).
SHARED_REASON_RULES: dict[str, str | None] = {
    "request_against_user": "request_deadline_7_days",
    "ball_in_your_court": "request_eligibility",
    "reply_owed": None,
    "finished": None,
    "request_pending": "support_reviews_after_deadline",
    "nothing_unanswered": None,
    "formal_step_gap": "three_messages_first",
    "follow_up_gap": "three_messages_first",
    "follow_up_first": "three_messages_first",
    "no_contract_yet": "request_eligibility",  # condition 2: a transaction in progress
    "not_eligible": "request_eligibility",
}
