"""The Upwork rule pack: DOMAIN-PLATFORMS.md's Upwork rules (fixed-price), and their sources.

Upwork's levers are automatic, and only on fixed-price contracts: once the freelancer submits the
work for a milestone, the client has 14 days to approve it or request changes, else the funds are
released to the freelancer (``upwork_review_window``); a client who ends the contract and requests
a refund of the funded milestone gets it if the freelancer neither approves nor disputes within 7
days (``upwork_escrow_refund``). Submitting the work (``upwork_submit_work``) is the freelancer's
formal step. Hourly contracts have no route: the client pauses the contract and asks support.
Upwork shows no read state. Sources: ../shared/reference/platform-rules.md §4.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

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
from companion.model.vocab import STAGES

CHECKED = date(2026, 12, 2)  # the day this pack was written from the reference

_HELP = "https://support.upwork.com/hc/en-us/articles/"

UPWORK_RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        # After the freelancer submits a milestone the client has 14 days; no action = approval,
        # the funds are released automatically.
        Rule("review_window_14_days", _HELP + "17974824831507", CHECKED),
        # Fixed-price protection: work against funded milestones ("project funds", the new word
        # for escrow).
        Rule("fixed_price_protection", _HELP + "211063748-Fixed-Price-Protection", CHECKED),
        # Unresponsive client: do not end a fixed-price contract (that forfeits the escrow);
        # submit the work instead, the funds auto-release after 14 days.
        Rule("unresponsive_client", _HELP + "211068308-Unresponsive-clients", CHECKED),
        # Unresponsive freelancer: hourly -> pause the contract, Upwork can contact the
        # freelancer; fixed-price -> end the contract and request an escrow refund.
        Rule("unresponsive_freelancer", _HELP + "17976590234899", CHECKED),
        # Escrow refund: the freelancer has 7 days to approve or dispute; no response = refund
        # (credited within 5 business days); a dispute goes to mediation.
        Rule("escrow_refund_7_days", _HELP + "211062058", CHECKED),
        # Feedback: 14 days after the contract ends; double-blind (visible once both have left
        # it, or after the 14 days).
        Rule("feedback_double_blind", _HELP + "211068438", CHECKED),
        # The follow-up etiquette (a reminder after 2-3 business days to an outside party):
        # platform-rules.md §6.1, the app's policy (DOMAIN.md), not an Upwork rule.
        Rule("follow_up_etiquette", "https://re-com.net/893.html", CHECKED),
        # That a reply in the messages clears a pending request: Upwork says a refund request is
        # answered by approving or disputing it, not what a message does (the app's assumption).
        Rule("reply_clears_request", _HELP + "211062058", CHECKED, "not_stated"),
    )
}

UPWORK_CITES: dict[str, str] = {
    "warning:rating_retaliation": "feedback_double_blind",
    "warning:do_not_end_contract": "unresponsive_client",
    "warning:deliverables_at_risk": "escrow_refund_7_days",
    "warning:no_work_before_escrow": "fixed_price_protection",
    "warning:not_eligible": "unresponsive_freelancer",
    "warning:counterparty_may_file": "escrow_refund_7_days",
    "warning:support_reviews_after_deadline": "escrow_refund_7_days",
    "outcome:escrow_refunded": "escrow_refund_7_days",
    "outcome:auto_accepted": "review_window_14_days",
    "deadline": "escrow_refund_7_days",
    "reply_clears_request": "reply_clears_request",
}

FIXED_PRICE = "project_fixed"
CONTRACT_TYPES: tuple[str, ...] = (FIXED_PRICE, "hourly")
# A client can end the contract and ask for the funded milestone back while it is held.
_REFUND_STAGES = MID_CONTRACT | {"completion_reported"}
ESCROW_REFUND_DAYS = timedelta(days=7)
REVIEW_DAYS = timedelta(days=14)


# --- the routes -----------------------------------------------------------------------------------


def _refund_deadline(t: Thresholds) -> timedelta:
    """The freelancer's 7 days to approve or dispute (Upwork's, not a setting)."""
    return ESCROW_REFUND_DAYS


def _review_deadline(t: Thresholds) -> timedelta:
    """The client's 14 days after the submission (Upwork's, not a setting)."""
    return REVIEW_DAYS


def _refund_outcome(stage: str) -> str | None:
    """Unanswered: the funded milestone goes back to the client (none before it is funded)."""
    return "escrow_refunded" if stage in _REFUND_STAGES else None


def _review_outcome(stage: str) -> str | None:
    """Unanswered: the submitted work is approved and the funds released to the freelancer."""
    return "auto_accepted" if stage == "completion_reported" else None


def _submit_outcome(stage: str) -> str | None:
    """Once submitted (from delivered work): released after the client's 14 days of silence."""
    return "auto_accepted" if stage in ("delivered", "completion_reported") else None


ESCROW_REFUND = Route(
    "upwork_escrow_refund",
    ("unresponsive_freelancer", "escrow_refund_7_days"),
    _refund_deadline,
    _refund_outcome,
    filed_by="client",
    cleared_by_reply=False,  # approved or disputed on the contract, not answered by a message
)
REVIEW_WINDOW = Route(
    "upwork_review_window", ("review_window_14_days",), _review_deadline, _review_outcome, filed_by="obligation"
)
# The freelancer's formal step ("submit work"): it starts the client's 14 days.
SUBMIT_WORK = Route(
    "upwork_submit_work",
    ("unresponsive_client", "review_window_14_days"),
    _review_deadline,
    _submit_outcome,
    filed_by="worker",
)


def request_possible_at(s: Situation, t: Thresholds) -> datetime | None:
    """When the client's refund request can be filed (fixed-price, milestone funded, nothing
    pending): Upwork states no minimum silence, so from the first unanswered message on (the
    follow-ups are the gate). None for a freelancer: only the client files it."""
    if (
        s.role != "client"
        or s.contract_type != FIXED_PRICE
        or s.stage not in MID_CONTRACT
        or not s.unanswered_sent
        or s.own_request_filed_at is not None
        or s.request_against_user_at is not None
    ):
        return None
    return s.unanswered_sent[0]


def request_open(s: Situation) -> bool:
    """Whether the other side could file against the user here: only the client files a route
    (the refund request), so only against a freelancer, on fixed-price, while funds are held."""
    return (
        s.role == "worker"
        and s.contract_type == FIXED_PRICE
        and s.stage in _REFUND_STAGES
        and s.own_request_filed_at is None
        and s.request_against_user_at is None
    )


def trade_deadline(contract_type: str, start: datetime | None, progress: Iterable[datetime]) -> datetime | None:
    """None: no automatic end is stated today (the 90-day "dormant" contract is old terms, ⚠)."""
    return None


# --- rule 1b and rule 4b: the 14 days after the submission ---------------------------------------


def _submitted(s: Situation) -> bool:
    return s.contract_type == FIXED_PRICE and s.stage == "completion_reported"


def review_window(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """1b. A client after the submission: approve or request changes within 14 days, else the
    funds are released. Without the submission's date: no countdown, and the reason says so."""
    if s.role != "client" or not _submitted(s):
        return None
    if s.stage_entered_at is None:
        return Recommendation(
            Action.RESPOND_TO_REQUEST,
            outcome_if_unanswered="auto_accepted",
            reasons=(p.reasons["review_window_start_unknown"],),
            route=REVIEW_WINDOW.code,
        )
    ends = REVIEW_WINDOW.deadline_at(s.stage_entered_at, t)
    if now >= ends:
        return None  # over: the shared rules, then review_window_closed
    return Recommendation(
        Action.RESPOND_TO_REQUEST,
        deadline_at=ends,
        outcome_if_unanswered="auto_accepted",
        reasons=(p.reasons["review_window"],),
        route=REVIEW_WINDOW.code,
        auto_outcome_at=ends,
    )


def _closed_for_client(p: RulePack, s: Situation, t: Thresholds, now: datetime) -> Recommendation | None:
    if s.role != "client" or not _submitted(s) or s.stage_entered_at is None:
        return None
    ends = REVIEW_WINDOW.deadline_at(s.stage_entered_at, t)
    if now < ends:
        return None
    return Recommendation(
        Action.NOTHING_TO_DO, reasons=(p.reasons["review_window_closed"],), route=REVIEW_WINDOW.code, auto_outcome_at=ends
    )


def review_window_closed(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """After rule 3: a client whose 14 days are over has nothing to do (the funds are released)."""
    return _closed_for_client(p, s, t, now)


def auto_release(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """4b. A freelancer after the submission: Upwork releases the funds 14 days later by itself
    (wait, no follow-up needed); past that and still not paid, ask support."""
    if s.role != "worker" or not _submitted(s):
        return None
    return common.platform_acts_by_itself(
        p, s, t, now, causes, REVIEW_WINDOW, unknown="auto_release_start_unknown", waiting="auto_release_wait",
        overdue="auto_release_overdue",
    )


# --- rule 8 ----------------------------------------------------------------------------------------

_FILING = frozenset({"rating_retaliation", "support_reviews_after_deadline"})
_DO_NOT_END = frozenset({"do_not_end_contract"})
_NO_ROUTE = frozenset({"not_eligible"})


def _hourly_or_other(p: RulePack, s: Situation, causes: frozenset[str]) -> Recommendation:
    """No route off fixed-price: an hourly client pauses the contract and asks support."""
    if s.contract_type == "hourly" and s.role == "client":
        return Recommendation(
            Action.CONTACT_SUPPORT, warnings=_NO_ROUTE, likely_causes=causes, reasons=(p.reasons["hourly_pause_contract"],)
        )
    return common.contact_support_not_eligible(p, causes)


def _worker(p: RulePack, s: Situation, causes: frozenset[str]) -> Recommendation:
    """A freelancer mid-contract: never end the contract; support, or submit the work."""
    if s.stage == "delivered":
        return Recommendation(
            Action.REPORT_COMPLETION_FIRST,
            outcome_if_unanswered="auto_accepted",
            warnings=_DO_NOT_END,
            likely_causes=causes,
            reasons=(p.reasons["submit_work_first"],),
            route=SUBMIT_WORK.code,
        )
    return Recommendation(
        Action.CONTACT_SUPPORT, warnings=_DO_NOT_END, likely_causes=causes, reasons=(p.reasons["worker_mid_work"],)
    )


def _client(p: RulePack, s: Situation, causes: frozenset[str], possible_at: datetime | None) -> Recommendation:
    """A client mid-contract: support if the work should go on; the refund request if not."""
    return common.client_mid_contract(p, s, causes, possible_at, ESCROW_REFUND.code, "escrow_refunded")


def formal_step(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation:
    """8. Enough follow-ups (and a contract): support, submit the work, or the refund request."""
    if s.contract_type != FIXED_PRICE:
        return _hourly_or_other(p, s, causes)
    if s.stage not in MID_CONTRACT and s.stage != "completion_reported":  # contracted: not funded
        return Recommendation(
            Action.CONTACT_SUPPORT, warnings=_NO_ROUTE, likely_causes=causes, reasons=(p.reasons["no_escrow_yet"],)
        )
    if s.stage == "completion_reported":  # (rules 1b, 3 and 4b decide this before rule 8)
        after = (
            review_window(p, s, t, now, causes, possible_at)
            or _closed_for_client(p, s, t, now)
            or auto_release(p, s, t, now, causes, possible_at)
        )
        assert after is not None
        return after
    if s.role == "worker":
        return _worker(p, s, causes)
    return _client(p, s, causes, possible_at)


PACK: RulePack = RulePack(
    name="upwork",
    platforms=frozenset({"upwork"}),
    stages=STAGES,  # every stage code has an Upwork meaning (DOMAIN-PLATFORMS.md's vocabulary)
    roles=("worker", "client"),
    contract_types=CONTRACT_TYPES,
    rules=UPWORK_RULES,
    cites=UPWORK_CITES,
    reasons=reasons_from(UPWORK_RULES, {
        **common.SHARED_REASON_RULES,
        "request_against_user": "escrow_refund_7_days",
        "ball_in_your_court": "escrow_refund_7_days",
        "request_pending": "escrow_refund_7_days",
        "formal_step_gap": "follow_up_etiquette",
        "follow_up_gap": "follow_up_etiquette",
        "follow_up_first": "follow_up_etiquette",
        "no_contract_yet": "fixed_price_protection",
        "not_eligible": "unresponsive_freelancer",
        "review_window": "review_window_14_days",
        "review_window_start_unknown": "review_window_14_days",
        "review_window_closed": "review_window_14_days",
        "auto_release_wait": "unresponsive_client",
        "auto_release_overdue": "review_window_14_days",
        "auto_release_start_unknown": "unresponsive_client",
        "no_escrow_yet": "fixed_price_protection",
        "hourly_pause_contract": "unresponsive_freelancer",
        "worker_mid_work": "unresponsive_client",
        "submit_work_first": "unresponsive_client",
        "client_stop": "unresponsive_freelancer",
        "client_continue": "unresponsive_freelancer",
    }),
    request_possible_at=request_possible_at,
    request_open=request_open,
    trade_deadline=trade_deadline,
    steps=(
        common.respond_to_request,  # 1
        review_window,  # 1b: the client's 14 days after the submission
        common.reply_now,  # 2
        common.finished,  # 3
        review_window_closed,  # 3: the client's 14 days are over (the funds are released)
        common.track_request,  # 4
        auto_release,  # 4b: the freelancer's funds are released 14 days after the submission
        common.nothing_unanswered,  # 5
        common.follow_up_gap,  # 6
        common.follow_up,  # 7
        common.move_on_before_contract,  # 8: negotiating
        formal_step,  # 8
    ),
    routes=(ESCROW_REFUND, REVIEW_WINDOW, SUBMIT_WORK),
    request=ESCROW_REFUND,
    reminder_kinds=common.SHARED_REMINDER_KINDS,
)
