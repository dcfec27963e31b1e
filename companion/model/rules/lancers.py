"""The Lancers rule pack: DOMAIN.md's decision, its 連絡催促申請 and its sources."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from companion.model.clock import ensure_utc
from companion.model.rules import (
    MID_CONTRACT,
    Action,
    Recommendation,
    Route,
    Rule,
    RulePack,
    Situation,
    common,
    reasons_from,
)
from companion.model.timers import Thresholds
from companion.model.vocab import CONTRACT_TYPES, ROLES, STAGES

# Sources: ../shared/reference/platform-rules.md (Lancers section), each rule with the date its
# source was last read for this app; re-check before each release and update that rule's date.
LANCERS_RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        # Either side; fixed-fee project or direct request; in progress; 7+ days with no message or
        # workspace post from the other side; no request already filed; no plan change pending.
        Rule("request_eligibility", "https://www.lancers.jp/faq/A1018/338", date(2026, 11, 1)),
        # Deadline: 7 days after filing (168 h).
        Rule("request_deadline_7_days", "https://www.lancers.jp/faq/A1018/338", date(2026, 11, 1)),
        # Unanswered: completion reported -> payment confirmed; escrow before completion ->
        # escrow cancelled and project released; the silent side is rated negatively.
        Rule("request_outcome", "https://www.lancers.jp/faq/A1018/338", date(2026, 11, 1)),
        # "Message 3 times; if about 3 days pass with no reply, try the request."
        Rule("three_messages_first", "https://www.lancers.jp/faq/l1035/163", date(2026, 11, 1)),
        # Support can contact the other side (several reminders from Lancers).
        Rule("support_contact", "https://info.lancers.jp/?p=33599", date(2026, 11, 1)),
        # Not processed at the deadline: support checks each case first.
        Rule("support_reviews_after_deadline", "https://www.lancers.jp/consultation/detail/7948", date(2026, 11, 1)),
        # A project starts formally with the first milestone's escrow.
        Rule("no_work_before_escrow", "https://www.lancers.jp/help/guide/client/project/4", date(2026, 11, 1)),
        # Contact outside Lancers only after escrow, through the platform's own procedure; only
        # messages and workspace posts count for the request's 7 days.
        Rule("offplatform_not_counted", "https://www.lancers.jp/faq/l1028/770", date(2026, 11, 1)),
        # Ratings since 2022: 満足 / 残念; an unanswered request rates the silent side.
        Rule("rating", "https://www.lancers.jp/faq/A1015/880", date(2026, 11, 1)),
        # 取引期限 (since 2024): projects and packages; 1 year from the start; each progress event
        # (仮払い, 完了報告, 計画変更, 増額/減額, 支払確定, 連絡催促) extends it to 3 months from
        # that event when fewer remain; then the transaction is cancelled automatically.
        Rule("trade_deadline", "https://info.lancers.jp/32787", date(2026, 11, 1)),
        # That a reply in the messages clears a pending request: the FAQ describes the request,
        # not what a reply does to it (platform-rules.md §1.3: UNCERTAIN).
        Rule("reply_clears_request", "https://www.lancers.jp/faq/A1018/338", date(2026, 11, 1), "not_stated"),
    )
}

# The rule behind each warning, outcome and deadline the app states (RulePack.cites).
LANCERS_CITES: dict[str, str] = {
    "warning:rating_retaliation": "rating",
    "warning:deliverables_at_risk": "request_outcome",
    "warning:no_work_before_escrow": "no_work_before_escrow",
    "warning:not_eligible": "request_eligibility",
    "warning:counterparty_may_file": "request_eligibility",
    "warning:support_reviews_after_deadline": "support_reviews_after_deadline",
    "outcome:payment_confirmed": "request_outcome",
    "outcome:escrow_cancelled": "request_outcome",
    "deadline": "request_deadline_7_days",
    "offplatform": "offplatform_not_counted",
    "reply_clears_request": "reply_clears_request",
    "trade_deadline": "trade_deadline",
}

ELIGIBLE_CONTRACT_TYPES = frozenset({"project_fixed", "direct_fixed"})
_REQUEST_STAGES = MID_CONTRACT | {"completion_reported"}


# --- the 連絡催促申請 -------------------------------------------------------------------------------


def request_possible_at(s: Situation, t: Thresholds) -> datetime | None:
    """When the 連絡催促申請 can be filed for this Lancers project, or None if it cannot be."""
    if (
        s.contract_type not in ELIGIBLE_CONTRACT_TYPES
        or s.stage not in _REQUEST_STAGES
        or s.plan_change_pending
        or not s.unanswered_sent
        or s.own_request_filed_at is not None
        or s.request_against_user_at is not None
    ):
        return None
    anchor = s.last_received_at if s.last_received_at is not None else s.unanswered_sent[0]
    return anchor + t.silence_before_request


def request_open(s: Situation) -> bool:
    """Whether either side could file a 連絡催促申請 here, silence aside (conditions 1, 2, 4, 5)."""
    return (
        s.contract_type in ELIGIBLE_CONTRACT_TYPES
        and s.stage in _REQUEST_STAGES
        and not s.plan_change_pending
        and s.own_request_filed_at is None
        and s.request_against_user_at is None
    )


def outcome_for_stage(stage: str) -> str | None:
    """What support does when the other side has not answered by the deadline."""
    if stage == "completion_reported":
        return "payment_confirmed"
    if stage in MID_CONTRACT:
        return "escrow_cancelled"
    return None


def request_deadline(t: Thresholds) -> timedelta:
    """7 days (168 h) after filing: the user's "request deadline" setting."""
    return t.request_deadline


# --- the 取引期限 ---------------------------------------------------------------------------------

TRADE_DEADLINE_TYPES = frozenset({"project_fixed", "direct_fixed", "package"})
TRADE_DEADLINE_EXTENSION_MONTHS = 3


def _add_months(when: datetime, months: int) -> datetime:
    """The same day ``months`` later (the month's last day when it is shorter), same time."""
    month0 = when.month - 1 + months
    year, month = when.year + month0 // 12, month0 % 12 + 1
    day = min(when.day, calendar.monthrange(year, month)[1])
    return when.replace(year=year, month=month, day=day)


def trade_deadline(contract_type: str, start: datetime | None, progress: Iterable[datetime]) -> datetime | None:
    """When the transaction is cancelled automatically (取引期限), or None if the rule does not
    apply (not a project or package) or the start is unknown. ``progress``: the instants of the
    progress events recorded (stage reached 仮払い/完了報告/支払確定, a plan change or amount
    change, a 連絡催促申請 filed by either side)."""
    if contract_type not in TRADE_DEADLINE_TYPES or start is None:
        return None
    start = ensure_utc(start)
    deadline = _add_months(start, 12)
    for at in sorted(ensure_utc(t) for t in progress):
        if at < start or at >= deadline:  # before the start, or after it already ran out
            continue
        extended = _add_months(at, TRADE_DEADLINE_EXTENSION_MONTHS)
        if extended > deadline:  # fewer than 3 months remained
            deadline = extended
    return deadline


REMINDER_REQUEST = Route(
    "lancers_reminder_request",
    ("request_eligibility", "request_deadline_7_days", "request_outcome", "support_reviews_after_deadline"),
    request_deadline,
    outcome_for_stage,
)


# The worker's formal delivery step on Lancers (仕事完了報告): the route of "report completion first".
COMPLETION_REPORT = "lancers_completion_report"


# --- rule 8 ----------------------------------------------------------------------------------------

_FILING = frozenset({"rating_retaliation", "support_reviews_after_deadline"})
_REPORT_FIRST = _FILING | {"deliverables_at_risk"}
_AT_RISK = frozenset({"deliverables_at_risk"})
_NO_ESCROW = frozenset({"not_eligible"})
_NO_ESCROW_WORKER = _NO_ESCROW | {"no_work_before_escrow"}


def formal_step(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation:
    """8. Enough messages (and a contract): the 連絡催促申請, support, or waiting for the 7 days."""
    if s.contract_type not in ELIGIBLE_CONTRACT_TYPES:
        return common.contact_support_not_eligible(p, causes)
    if s.stage == "contracted" or s.plan_change_pending:
        code = "plan_change_pending" if s.plan_change_pending else "no_escrow_yet"
        return Recommendation(
            Action.CONTACT_SUPPORT,
            warnings=_NO_ESCROW_WORKER if s.role == "worker" and s.stage == "contracted" else _NO_ESCROW,
            likely_causes=causes,
            reasons=(p.reasons[code],),
        )
    assert possible_at is not None
    if now < possible_at:
        return Recommendation(
            Action.WAIT,
            wait_until=possible_at,
            request_possible_at=possible_at,
            likely_causes=causes,
            reasons=(p.reasons["silence_not_long_enough"],),
        )
    if s.stage == "completion_reported":
        return Recommendation(
            Action.FILE_REQUEST,
            request_possible_at=possible_at,
            outcome_if_unanswered="payment_confirmed",
            warnings=_FILING,
            likely_causes=causes,
            reasons=(p.reasons["file_after_completion"],),
            route=REMINDER_REQUEST.code,
        )
    if s.role == "worker":
        if s.stage == "delivered":
            return Recommendation(
                Action.REPORT_COMPLETION_FIRST,
                request_possible_at=possible_at,
                outcome_if_unanswered="payment_confirmed",
                warnings=_REPORT_FIRST,
                likely_causes=causes,
                reasons=(p.reasons["report_completion_first"],),
                route=COMPLETION_REPORT,
            )
        return Recommendation(
            Action.CONTACT_SUPPORT,
            request_possible_at=possible_at,
            warnings=_AT_RISK,
            likely_causes=causes,
            reasons=(p.reasons["worker_mid_work"],),
        )
    return common.client_mid_contract(p, s, causes, possible_at, REMINDER_REQUEST.code, "escrow_cancelled")


PACK: RulePack = RulePack(
    name="lancers",
    platforms=frozenset({"lancers"}),
    stages=STAGES,
    roles=ROLES,
    contract_types=CONTRACT_TYPES,
    rules=LANCERS_RULES,
    cites=LANCERS_CITES,
    reasons=reasons_from(LANCERS_RULES, {
        **common.SHARED_REASON_RULES,
        "plan_change_pending": "request_eligibility",
        "no_escrow_yet": "no_work_before_escrow",
        "silence_not_long_enough": "request_eligibility",
        "file_after_completion": "request_outcome",
        "report_completion_first": "request_outcome",
        "worker_mid_work": "support_contact",
        "client_stop": "request_outcome",
        "client_continue": "support_contact",
    }),
    request_possible_at=request_possible_at,
    request_open=request_open,
    trade_deadline=trade_deadline,
    steps=(*common.SHARED_STEPS, formal_step),  # rules 1-7, "negotiating: move on", then the formal step
    routes=(REMINDER_REQUEST,),
    request=REMINDER_REQUEST,
    reminder_kinds=common.SHARED_REMINDER_KINDS | {"expiry_soon"},  # 取引期限: 1 year, extended by progress
)
