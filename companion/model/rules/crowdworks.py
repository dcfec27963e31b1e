"""The CrowdWorks rule pack: DOMAIN-PLATFORMS.md's CrowdWorks rows and their sources.

Two routes: the 連絡催促申請 (reviewed by 事務局 within 2 Japanese business days, then a reminder
by e-mail and site notice; nothing automatic), and the 契約途中終了リクエスト (fixed fee: unanswered
for 1 week, the contract ends, the escrow goes back to the client and the side that received it
gets ★1; hourly 契約終了リクエスト: no automatic end is stated, so the app says it is not
confirmed). No minimum silence is stated before a reminder request: the follow-ups are the gate.
No obligation with a platform deadline (rule 1b) and no automatic outcome in the user's favour
(rule 4b) is documented for CrowdWorks, so the pack has neither.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from companion.model.business_days import JST, business_days_after
from companion.model.rules import (
    Action,
    Reason,
    Recommendation,
    Route,
    Rule,
    RulePack,
    Situation,
    common,
    reasons_from,
)
from companion.model.timers import Thresholds

CHECKED = date(2026, 12, 2)  # the day this pack was written from reference/platform-rules.md §2

_FAQ_10549 = "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10549?l=ja&url=10549"
_FAQ_10549_OLD = "https://crowdworks.secure.force.com/faq/articles/FAQ/10549/?l=ja&url=10549"
_FAQ_10329 = (
    "https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10329/?q=%E6%A4%9C%E5%8F%8E&l=ja&fs=Search"
    "&pn=1&id=kA010000000fyFc&url=10329"
)
_FAQ_10164 = (
    "https://crowdworks.secure.force.com/faq/articles/FAQ/10164/?q=%E9%96%93%E9%81%95%E3%81%A3%E3%81%9F%E8%A9"
    "%95%E4%BE%A1%E3%82%92%E5%85%A5%E5%8A%9B%E3%81%97%E3%81%A6%E3%81%97%E3%81%BE%E3%81%A3%E3%81%9F%E3%81%AE"
    "%E3%81%A7%E3%80%81%E8%A9%95%E4%BE%A1%E3%82%92%E5%89%8A%E9%99%A4%E3%83%BB%E5%A4%89%E6%9B%B4%E3%81%99%E3"
    "%82%8B%E6%96%B9%E6%B3%95%E3%82%92%E6%95%99%E3%81%88%E3%81%A6%E3%81%8F%E3%81%A0%E3%81%95%E3%81%84%E3%80"
    "%82&l=ja&fs=Search&pn=1&id=kA010000000UKCF&url=10164"
)
_FAQ_10162 = (
    "https://crowdworks.secure.force.com/faq/articles/FAQ/10162/?q=%E3%82%B3%E3%83%B3%E3%83%9A%E4%BF%9D%E8%A8"
    "%BC%E6%96%99&l=ja&fs=Search&pn=1&id=kA010000000UKCC&url=10162"
)
_INQUIRY = "https://crowdworks.my.site.com/help/s/inquiry"
_ETIQUETTE = (
    "https://mlck.jp/%e3%80%90%e8%a7%92%e3%81%8c%e7%ab%8b%e3%81%9f%e3%81%aa%e3%81%84%e3%80%91%e5%82%ac%e4%bf"
    "%83%e3%83%a1%e3%83%bc%e3%83%ab%e3%81%ae%e9%80%81%e3%82%8a%e6%96%b9%e3%81%a8%e3%83%9e%e3%83%8a%e3%83%bc"
    "%ef%bc%81/?amp=1"
)
_NO_WORK_BEFORE_ESCROW = "https://minmindayoo.com/crowdworks_onshinhutsu/"

NOT_CONFIRMED = "not_confirmed"  # ⚠ in the reference: shown with "not confirmed on the official pages"

# Sources: ../shared/reference/platform-rules.md §2, each rule with the date it was last read.
CROWDWORKS_RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        # 連絡催促申請: プロジェクト形式 (固定報酬制・時間単価制) only; not before the contract nor
        # after it completes; filed from the 契約詳細画面.
        Rule("reminder_eligibility", _FAQ_10549, CHECKED),
        # ... from the contract until 1 week after 納品 (契約後〜納品後1週間以内).
        Rule("reminder_period", _FAQ_10329, CHECKED),
        # 事務局 approves or refuses it within 2 business days, then reminds the other side by
        # e-mail and site notice; nothing automatic (no payment, no cancel); a reply is not guaranteed.
        Rule("reminder_review", _FAQ_10549, CHECKED),
        # ⚠ No minimum silence before the request is stated (Lancers: 7 days).
        Rule("no_minimum_silence", _FAQ_10549, CHECKED, NOT_CONFIRMED),
        # ⚠ Whether 事務局 also closes over the New Year (business days) is not documented.
        Rule("review_new_year", _FAQ_10549, CHECKED, NOT_CONFIRMED),
        # 契約途中終了リクエスト (fixed fee): unanswered for 1 week, the contract ends.
        Rule("termination_request", _FAQ_10549_OLD, CHECKED),
        # On termination the escrow is refunded in full to the client.
        Rule("termination_refund", _FAQ_10329, CHECKED),
        # The side that received it gets ★1 in every item and cannot rate the sender.
        Rule("termination_rating", _FAQ_10164, CHECKED),
        # ⚠ Hourly (契約終了リクエスト): no automatic end is stated.
        Rule("termination_hourly", _FAQ_10549_OLD, CHECKED, NOT_CONFIRMED),
        # 検収 guideline 1 week after 納品; then 事務局 contacts the client (ask through the chatbot)
        # and may proceed with 検収 under the terms.
        Rule("acceptance_one_week", _FAQ_10329, CHECKED),
        # 事務局 can be asked through the inquiry page (chatbot).
        Rule("support_contact", _INQUIRY, CHECKED),
        # Ratings: 5 items ★1-5, blind until both rate, published one-sided after 1 month.
        Rule("rating", _FAQ_10162, CHECKED),
        # Follow-up etiquette: a first reminder after 2-3 business days, as if it did not arrive.
        Rule("follow_up_etiquette", _ETIQUETTE, CHECKED),
        # Work started before 仮払い has no recourse when the client goes quiet.
        Rule("no_work_before_escrow", _NO_WORK_BEFORE_ESCROW, CHECKED),
        # That a reply clears a pending request: the app's assumption (not stated by CrowdWorks).
        Rule("reply_clears_request", _FAQ_10549, CHECKED, "not_stated"),
    )
}

CROWDWORKS_CITES: dict[str, str] = {
    "warning:rating_retaliation": "rating",
    "warning:deliverables_at_risk": "termination_refund",
    "warning:no_work_before_escrow": "no_work_before_escrow",
    "warning:not_eligible": "reminder_eligibility",
    "warning:counterparty_may_file": "termination_request",
    "outcome:no_automatic_outcome": "reminder_review",
    "outcome:contract_terminated_refund": "termination_refund",
    "outcome:hourly_end_unconfirmed": "termination_hourly",
    "deadline": "reminder_review",
    "reply_clears_request": "reply_clears_request",
}

ELIGIBLE_CONTRACT_TYPES = frozenset({"project_fixed", "hourly"})  # プロジェクト形式; タスク, コンペ: no route
_OPEN_STAGES = frozenset({"contracted", "escrow_funded", "delivered", "completion_reported"})
_DELIVERED = frozenset({"delivered", "completion_reported"})  # no formal step after 納品 on CrowdWorks
REMINDER_AFTER_DELIVERY = timedelta(days=7)  # the request: until 1 week after 納品
ACCEPTANCE_GUIDELINE = timedelta(days=7)  # the 検収 guideline
TERMINATION_DEADLINE = timedelta(days=7)
REVIEW_BUSINESS_DAYS = 2

NO_AUTOMATIC_OUTCOME = "no_automatic_outcome"
CONTRACT_TERMINATED_REFUND = "contract_terminated_refund"
HOURLY_END_UNCONFIRMED = "hourly_end_unconfirmed"


# --- the routes -----------------------------------------------------------------------------------


def _review_due(filed_at: datetime, t: Thresholds) -> datetime:
    return business_days_after(filed_at, REVIEW_BUSINESS_DAYS)


def _reminder_outcome(stage: str) -> str | None:
    return NO_AUTOMATIC_OUTCOME if stage in _OPEN_STAGES else None


def _termination_outcome(stage: str) -> str | None:
    """Fixed fee (hourly: see _termination_outcome_for)."""
    return CONTRACT_TERMINATED_REFUND if stage in _OPEN_STAGES else None


REMINDER_REQUEST = Route(
    "crowdworks_reminder_request",
    ("reminder_eligibility", "reminder_period", "reminder_review"),
    lambda t: timedelta(days=REVIEW_BUSINESS_DAYS),  # nominal: the instant is business days (due)
    _reminder_outcome,
    due=_review_due,
)

TERMINATION_REQUEST = Route(
    "crowdworks_termination_request",
    ("termination_request", "termination_refund", "termination_rating", "termination_hourly"),
    lambda t: TERMINATION_DEADLINE,
    _termination_outcome,
    cleared_by_reply=False,  # answered (accepted or refused) on the platform, not by a message
)


def _termination_outcome_for(s: Situation) -> str | None:
    if s.contract_type == "hourly":
        return HOURLY_END_UNCONFIRMED if s.stage in _OPEN_STAGES else None
    return _termination_outcome(s.stage)


def _spans_new_year(filed_at: datetime, due: datetime) -> bool:
    """Whether the review window touches 29 Dec - 3 Jan (a closure CrowdWorks does not document)."""
    day, last = filed_at.astimezone(JST).date(), (due - timedelta(microseconds=1)).astimezone(JST).date()
    while day <= last:
        if (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3):
            return True
        day += timedelta(days=1)
    return False


# --- eligibility ----------------------------------------------------------------------------------


def _delivery_window_over(s: Situation) -> bool:
    return (
        s.stage in _DELIVERED
        and s.stage_entered_at is not None
        and s.now >= s.stage_entered_at + REMINDER_AFTER_DELIVERY
    )


def request_open(s: Situation) -> bool:
    """Whether either side could file here (reminder or termination request), silence aside."""
    return (
        s.contract_type in ELIGIBLE_CONTRACT_TYPES
        and s.stage in _OPEN_STAGES
        and s.own_request_filed_at is None
        and s.request_against_user_at is None
    )


def request_possible_at(s: Situation, t: Thresholds) -> datetime | None:
    """When the 連絡催促申請 can be filed, or None. No minimum silence is stated, so it is the
    user's first unanswered message (the follow-ups decide when it is time); it closes 1 week
    after 納品."""
    if not request_open(s) or not s.unanswered_sent or _delivery_window_over(s):
        return None
    return s.unanswered_sent[0]


def trade_deadline(contract_type: str, start: datetime | None, progress: Iterable[datetime]) -> datetime | None:
    """None: no automatic end of the transaction is documented for CrowdWorks."""
    return None


# --- rules 1 and 4: a request against the user, the user's own ------------------------------------


def _reminder_reasons(p: RulePack, code: str, filed_at: datetime, due: datetime) -> tuple[Reason, ...]:
    reasons: tuple[Reason, ...] = (p.reasons[code],)
    if _spans_new_year(filed_at, due):
        reasons += (p.reasons["review_new_year_unconfirmed"],)
    return reasons


def respond_to_request(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """1. A request against the user: the reminder request (事務局 reviews it) or the termination
    request (1 week: ★1 and a refund to the client; hourly: not confirmed)."""
    if s.request_against_user_at is None:
        return None
    route = p.route(s.request_against_user_route)
    filed = s.request_against_user_at
    deadline = route.deadline_at(filed, t)
    if route.code == REMINDER_REQUEST.code:
        outcome, reasons = route.outcome_for_stage(s.stage), _reminder_reasons(p, "reminder_against_user", filed, deadline)
    elif s.contract_type == "hourly":
        outcome, reasons = _termination_outcome_for(s), (p.reasons["termination_hourly_unconfirmed"],)
    else:
        outcome, reasons = _termination_outcome_for(s), (p.reasons["request_against_user"],)
    return Recommendation(
        Action.RESPOND_TO_REQUEST, deadline_at=deadline, outcome_if_unanswered=outcome, reasons=reasons,
        route=route.code,
    )


def track_request(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """4. The user's own request is running."""
    if s.own_request_filed_at is None:
        return None
    route = p.route(s.own_request_route)
    filed = s.own_request_filed_at
    deadline = route.deadline_at(filed, t)
    warnings: frozenset[str] = frozenset()
    if route.code == REMINDER_REQUEST.code:
        outcome = route.outcome_for_stage(s.stage)
        code = "request_pending" if now < deadline else "reminder_review_over"
        reasons = _reminder_reasons(p, code, filed, deadline)
    else:
        outcome = _termination_outcome_for(s)
        code = "termination_hourly_unconfirmed" if s.contract_type == "hourly" else "termination_pending"
        reasons = (p.reasons[code],)
        if s.role == "worker" and s.stage in _OPEN_STAGES - {"contracted"}:
            warnings = _AT_RISK  # the worker's own termination request refunds the client
    return Recommendation(
        Action.TRACK_REQUEST, deadline_at=deadline, outcome_if_unanswered=outcome, route=route.code,
        warnings=warnings, likely_causes=causes, reasons=reasons,
    )


# --- rule 8 ---------------------------------------------------------------------------------------

_FILING = frozenset({"rating_retaliation"})
_AT_RISK = frozenset({"deliverables_at_risk"})
_FILING_AT_RISK = _FILING | _AT_RISK


def _file_reminder(
    p: RulePack, causes: frozenset[str], possible_at: datetime | None, code: str, warnings: frozenset[str] = _FILING
) -> Recommendation:
    return Recommendation(
        Action.FILE_REQUEST,
        request_possible_at=possible_at,
        outcome_if_unanswered=NO_AUTOMATIC_OUTCOME,
        warnings=_FILING | warnings,
        likely_causes=causes,
        reasons=(p.reasons[code], p.reasons["no_minimum_silence_unconfirmed"]),
        route=REMINDER_REQUEST.code,
    )


def _support(
    p: RulePack, causes: frozenset[str], possible_at: datetime | None, code: str, warnings: frozenset[str] = frozenset()
) -> Recommendation:
    return Recommendation(
        Action.CONTACT_SUPPORT, request_possible_at=possible_at, warnings=warnings, likely_causes=causes,
        reasons=(p.reasons[code],),
    )


def _worker_delivered(
    p: RulePack, s: Situation, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation:
    """Within 1 week of 納品: the reminder request; after it: 事務局 (the 検収 guideline). Never
    the termination request: it would refund the client."""
    if s.stage_entered_at is None:
        return _file_reminder(p, causes, possible_at, "delivery_date_unknown", _AT_RISK)
    if possible_at is None:  # the request closed 1 week after 納品
        return _support(p, causes, None, "acceptance_overdue", _AT_RISK)
    return _file_reminder(p, causes, possible_at, "worker_delivered", _AT_RISK)


def _client_stop(p: RulePack, s: Situation, causes: frozenset[str], possible_at: datetime | None) -> Recommendation:
    """The client wants to end the contract: the termination request."""
    hourly = s.contract_type == "hourly"
    return Recommendation(
        Action.FILE_REQUEST,
        request_possible_at=possible_at,
        outcome_if_unanswered=_termination_outcome_for(s),
        warnings=_FILING,
        likely_causes=causes,
        reasons=(p.reasons["termination_hourly_unconfirmed" if hourly else "client_stop"],),
        route=TERMINATION_REQUEST.code,
    )


def _client_mid_contract(
    p: RulePack, s: Situation, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation:
    if s.wants_to_continue is False:
        return _client_stop(p, s, causes, possible_at)
    if possible_at is None:  # delivered more than 1 week ago: the reminder request is closed
        return _support(p, causes, None, "reminder_window_over")
    return _file_reminder(p, causes, possible_at, "client_continue")


def formal_step(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation:
    """8. Enough follow-ups (and a contract): the reminder request, the termination request, or 事務局."""
    if s.contract_type not in ELIGIBLE_CONTRACT_TYPES or s.stage not in _OPEN_STAGES:
        return common.contact_support_not_eligible(p, causes)
    if s.stage == "contracted":
        warnings = frozenset({"no_work_before_escrow"}) if s.role == "worker" else frozenset()
        return _file_reminder(p, causes, possible_at, "reminder_before_escrow", warnings)
    if s.role == "client":
        return _client_mid_contract(p, s, causes, possible_at)
    if s.stage in _DELIVERED:
        return _worker_delivered(p, s, causes, possible_at)
    return _file_reminder(p, causes, possible_at, "worker_mid_work", _AT_RISK)  # escrow funded, mid-work


REASON_RULES: dict[str, str | None] = {
    **common.SHARED_REASON_RULES,
    "request_against_user": "termination_request",
    "ball_in_your_court": "termination_request",
    "request_pending": "reminder_review",
    "formal_step_gap": "follow_up_etiquette",
    "follow_up_gap": "follow_up_etiquette",
    "follow_up_first": "follow_up_etiquette",
    "no_contract_yet": "reminder_eligibility",
    "not_eligible": "reminder_eligibility",
    # CrowdWorks' own
    "reminder_against_user": "reminder_review",
    "reminder_review_over": "support_contact",
    "review_new_year_unconfirmed": "review_new_year",
    "termination_pending": "termination_request",
    "termination_hourly_unconfirmed": "termination_hourly",
    "no_minimum_silence_unconfirmed": "no_minimum_silence",
    "reminder_before_escrow": "reminder_eligibility",
    "worker_mid_work": "reminder_review",
    "worker_delivered": "reminder_period",
    "delivery_date_unknown": "reminder_period",
    "acceptance_overdue": "acceptance_one_week",
    "client_continue": "reminder_review",
    "client_stop": "termination_refund",
    "reminder_window_over": "support_contact",
}

PACK: RulePack = RulePack(
    name="crowdworks",
    platforms=frozenset({"crowdworks"}),
    stages=("negotiating", "contracted", "escrow_funded", "delivered", "paid", "cancelled"),
    roles=("worker", "client"),
    contract_types=("project_fixed", "hourly", "task", "competition"),
    rules=CROWDWORKS_RULES,
    cites=CROWDWORKS_CITES,
    reasons=reasons_from(CROWDWORKS_RULES, REASON_RULES),
    request_possible_at=request_possible_at,
    request_open=request_open,
    trade_deadline=trade_deadline,
    steps=(
        respond_to_request,  # 1 (no rule 1b: CrowdWorks documents no obligation with a deadline)
        common.reply_now,  # 2
        common.finished,  # 3
        track_request,  # 4 (no rule 4b: nothing automatic in the user's favour)
        common.nothing_unanswered,  # 5
        common.follow_up_gap,  # 6
        common.follow_up,  # 7
        common.move_on_before_contract,  # 8: negotiating
        formal_step,  # 8
    ),
    routes=(REMINDER_REQUEST, TERMINATION_REQUEST),
    request=REMINDER_REQUEST,
    reminder_kinds=common.SHARED_REMINDER_KINDS,
)
