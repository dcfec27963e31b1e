"""The Fiverr rule pack: DOMAIN-PLATFORMS.md's Fiverr rules and their sources.

On Fiverr a purchase is payment: an order is paid when it is placed, so there is no `contracted`
stage (money not yet held). The formal routes are the buyer's 3 days to accept a delivery or ask
for a revision (after which the order completes by itself), the seller's "deliver" step that
starts that clock, and the mutual cancellation request in the Resolution Center (either side;
accepted automatically if unanswered). Both clocks are ⚠ in the references (forum posts, not
Fiverr's help pages, and they disagree), so every rule stating them is ``not_confirmed`` and the
reasons that give their dates say so.
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

CHECKED = date(2026, 12, 2)  # the day this pack was written from platform-rules.md §5
NOT_CONFIRMED = "not_confirmed"  # ⚠ in the references: third-party only, or sources disagree
NOT_STATED = "not_stated"  # not written by the platform: the app's assumption

_HELP_CANCELLATIONS = "https://help.fiverr.com/hc/en-us/articles/37552956376977-How-cancellations-work-for-clients"

# Sources: ../shared/reference/platform-rules.md §5 (Fiverr), each rule with the date it was read.
FIVERR_RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        # After delivery the buyer has 3 days to accept or ask for a revision, else the order
        # completes automatically (the ToS as quoted by forum moderators: ⚠).
        Rule("review_window_3_days", "https://forum.fiverr.com/t/does-autocomplete-mean-me-getting-paid-my-cut/582993",
             CHECKED, NOT_CONFIRMED),
        # Some orders are not completed automatically ("we will not auto-complete this order"): ⚠.
        Rule("auto_complete_exceptions", "https://forum.fiverr.com/t/order-completion-by-the-seller/268450",
             CHECKED, NOT_CONFIRMED),
        # A mutual cancellation request is accepted automatically after 48 h if unanswered
        # (⚠ other sources: 72 h; a UI that showed 4 days but cancelled after 2).
        Rule("cancellation_48h",
             "https://forum.fiverr.com/t/it-takes-48-hours-for-a-mutual-cancellation-to-be-automatically-accepted-now/78044",
             CHECKED, NOT_CONFIRMED),
        # Accepted (or unanswered): the order is cancelled, the buyer refunded to the Fiverr balance (⚠).
        Rule("cancellation_outcome",
             "https://forum.fiverr.com/t/warning-to-all-sellers-who-leave-a-mutual-cancellation-in-place/156573",
             CHECKED, NOT_CONFIRMED),
        # Cancellations lower the seller's completion rate; a late or undelivered order the buyer
        # cancels can carry an automatic 1★ review (seller reports: ⚠).
        Rule("cancellation_rating", "https://forum.fiverr.com/t/2-odd-situations/355699", CHECKED, NOT_CONFIRMED),
        # Reviews: the buyer reviews first; the seller only after, without seeing the buyer's
        # review; public once both have reviewed or the window closes (official).
        Rule("reviews", "https://help.fiverr.com/hc/en-us/articles/360010544097", CHECKED),
        # Cancelling an active order: the Resolution Center on the order page (either side);
        # Customer Support for a completed order and for advice (official help page).
        Rule("resolution_center", _HELP_CANCELLATIONS, CHECKED),
        Rule("support_contact", _HELP_CANCELLATIONS, CHECKED),
        # An order is paid when placed, and work begins once it is ("before work begins").
        Rule("no_work_before_payment", _HELP_CANCELLATIONS, CHECKED),
        # Etiquette: a first reminder after 2-3 business days; a few, spaced, before any formal step.
        Rule("follow_up_etiquette", "https://re-com.net/893.html", CHECKED),
        # Order messages live in the Fiverr inbox; that only those count is the app's assumption.
        Rule("offplatform_not_counted", "https://help.fiverr.com/hc/en-us/articles/37552118241809-Using-your-inbox-and-notifications",
             CHECKED, NOT_STATED),
        # That a reply clears a pending request: not stated (a cancellation request is accepted or
        # declined in the Resolution Center, not answered by a message).
        Rule("reply_clears_request",
             "https://forum.fiverr.com/t/it-takes-48-hours-for-a-mutual-cancellation-to-be-automatically-accepted-now/78044",
             CHECKED, NOT_STATED),
    )
}

# The rule behind each warning, outcome and deadline the app states (RulePack.cites).
FIVERR_CITES: dict[str, str] = {
    "warning:rating_retaliation": "reviews",
    "warning:counterparty_may_file": "cancellation_48h",
    "warning:support_reviews_after_deadline": "cancellation_48h",  # Fiverr's text: accepted by itself (⚠)
    "warning:deliverables_at_risk": "cancellation_outcome",
    "warning:no_work_before_escrow": "no_work_before_payment",
    "warning:not_eligible": "resolution_center",
    "outcome:order_cancelled_refund": "cancellation_outcome",
    "outcome:auto_accepted": "review_window_3_days",
    "deadline": "cancellation_48h",
    "offplatform": "offplatform_not_counted",
    "reply_clears_request": "reply_clears_request",
}

# A gig order (package) and a custom offer (direct_fixed): the contract types Fiverr has.
ELIGIBLE_CONTRACT_TYPES = frozenset({"package", "direct_fixed"})
CONTRACT_TYPES: tuple[str, ...] = ("package", "direct_fixed")
STAGES: tuple[str, ...] = ("negotiating", "escrow_funded", "delivered", "completion_reported", "paid", "cancelled")
ROLES: tuple[str, ...] = ("worker", "client")
ACTIVE = MID_CONTRACT | {"completion_reported"}  # an order in progress: it can still be cancelled

CANCELLATION_WINDOW = timedelta(hours=48)  # ⚠ (48 h, 72 h or 4 days in the sources)
REVIEW_WINDOW = timedelta(days=3)  # ⚠ (from delivery; one copy says from the due date)


# --- the routes ----------------------------------------------------------------------------------


def _cancellation_deadline(t: Thresholds) -> timedelta:
    return CANCELLATION_WINDOW


def _review_deadline(t: Thresholds) -> timedelta:
    return REVIEW_WINDOW


def cancellation_outcome(stage: str) -> str | None:
    """An unanswered cancellation request on an order in progress: cancelled, buyer refunded."""
    return "order_cancelled_refund" if stage in ACTIVE else None


def review_outcome(stage: str) -> str | None:
    """The buyer's silence after delivery: the order completes (the seller is paid)."""
    return "auto_accepted" if stage in ACTIVE else None


CANCELLATION = Route(
    "fiverr_cancellation",
    ("resolution_center", "cancellation_48h", "cancellation_outcome"),
    _cancellation_deadline,
    cancellation_outcome,
    cleared_by_reply=False,  # accepted or declined in the Resolution Center, not by a message
)
REVIEW = Route(
    "fiverr_review_window",
    ("review_window_3_days", "auto_complete_exceptions"),
    _review_deadline,
    review_outcome,
    filed_by="obligation",
)
# The seller's formal delivery step ("deliver" on the order page): it starts the review window.
DELIVER = Route("fiverr_deliver", ("review_window_3_days",), _review_deadline, review_outcome, filed_by="worker")


def request_possible_at(s: Situation, t: Thresholds) -> datetime | None:
    """When a cancellation request could be filed: at any time on an order in progress (no
    minimum silence is stated; the follow-ups are the gate), so from the first unanswered
    message; None where it cannot be."""
    if not request_open(s) or not s.unanswered_sent:
        return None
    return s.unanswered_sent[0]


def request_open(s: Situation) -> bool:
    """Whether either side could request a cancellation here: an order in progress, none pending."""
    return (
        s.contract_type in ELIGIBLE_CONTRACT_TYPES
        and s.stage in ACTIVE
        and s.own_request_filed_at is None
        and s.request_against_user_at is None
    )


def trade_deadline(contract_type: str, start: datetime | None, progress: Iterable[datetime]) -> datetime | None:
    """None: no automatic end of an order is known on Fiverr (besides the review window)."""
    return None


# --- rule 1b and rule 4b: the review window after delivery ----------------------------------------


def _delivered_in_fiverr(s: Situation, role: str) -> bool:
    return s.role == role and s.stage == "completion_reported" and s.contract_type in ELIGIBLE_CONTRACT_TYPES


def review_window(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """1b. The buyer after delivery: accept or ask for a revision, ⚠ within 3 days of delivery."""
    if not _delivered_in_fiverr(s, "client"):
        return None
    if s.stage_entered_at is None:  # no delivery time: no countdown, and the reason says why
        return Recommendation(
            Action.RESPOND_TO_REQUEST,
            outcome_if_unanswered="auto_accepted",
            reasons=(p.reasons["review_window_no_date"],),
            route=REVIEW.code,
        )
    ends = REVIEW.deadline_at(s.stage_entered_at, t)
    code = "review_window_unconfirmed" if now < ends else "review_window_passed_unconfirmed"
    return Recommendation(
        Action.RESPOND_TO_REQUEST,
        deadline_at=ends,
        outcome_if_unanswered="auto_accepted",
        reasons=(p.reasons[code],),
        route=REVIEW.code,
        auto_outcome_at=ends,
    )


def auto_complete(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """4b. The seller after delivery: Fiverr completes the order by itself (⚠ 3 days); past that
    and still not completed, Customer Support."""
    if not _delivered_in_fiverr(s, "worker"):
        return None
    return common.platform_acts_by_itself(
        p, s, t, now, causes, REVIEW, unknown="auto_complete_no_date", waiting="auto_complete_wait_unconfirmed",
        overdue="auto_complete_passed", outcome="auto_accepted",
    )


# --- rule 8 --------------------------------------------------------------------------------------

_FILING = frozenset({"rating_retaliation", "support_reviews_after_deadline"})
_AT_RISK = frozenset({"deliverables_at_risk"})
_NOT_ELIGIBLE = frozenset({"not_eligible"})


def _not_paid(p: RulePack, causes: frozenset[str]) -> Recommendation:
    """`contracted` (not a Fiverr stage: an order is paid): no money held, nothing to cancel."""
    return Recommendation(
        Action.CONTACT_SUPPORT, warnings=_NOT_ELIGIBLE, likely_causes=causes, reasons=(p.reasons["no_escrow_yet"],)
    )


def _seller(p: RulePack, s: Situation, causes: frozenset[str], possible_at: datetime | None) -> Recommendation:
    """The seller, order in progress: deliver in Fiverr if the work was sent; else support.
    Never the cancellation: it refunds the buyer and loses the work."""
    if s.stage == "delivered":
        return Recommendation(
            Action.REPORT_COMPLETION_FIRST,
            request_possible_at=possible_at,
            outcome_if_unanswered="auto_accepted",
            likely_causes=causes,
            reasons=(p.reasons["deliver_first"],),
            route=DELIVER.code,
        )
    return Recommendation(
        Action.CONTACT_SUPPORT,
        request_possible_at=possible_at,
        warnings=_AT_RISK,
        likely_causes=causes,
        reasons=(p.reasons["worker_mid_work"],),
    )


def _buyer(p: RulePack, s: Situation, causes: frozenset[str], possible_at: datetime | None) -> Recommendation:
    """The buyer, order in progress: support if the work should go on (or unsure); else cancel."""
    return common.client_mid_contract(p, s, causes, possible_at, CANCELLATION.code, "order_cancelled_refund")


def formal_step(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation:
    """8. Enough follow-ups on an order: support, delivering in Fiverr, or (buyer) the cancellation."""
    if s.contract_type not in ELIGIBLE_CONTRACT_TYPES:
        return common.contact_support_not_eligible(p, causes)
    if s.stage == "contracted":
        return _not_paid(p, causes)
    if s.role == "worker":
        return _seller(p, s, causes, possible_at)
    return _buyer(p, s, causes, possible_at)


PACK: RulePack = RulePack(
    name="fiverr",
    platforms=frozenset({"fiverr"}),
    stages=STAGES,
    roles=ROLES,
    contract_types=CONTRACT_TYPES,
    rules=FIVERR_RULES,
    cites=FIVERR_CITES,
    reasons=reasons_from(FIVERR_RULES, {
        "request_against_user": "cancellation_48h",
        "ball_in_your_court": "resolution_center",
        "reply_owed": None,
        "finished": None,
        "request_pending": "cancellation_48h",
        "nothing_unanswered": None,
        "formal_step_gap": "follow_up_etiquette",
        "follow_up_gap": "follow_up_etiquette",
        "follow_up_first": "follow_up_etiquette",
        "no_contract_yet": "resolution_center",  # the routes work on an order
        "not_eligible": "resolution_center",
        "no_escrow_yet": "no_work_before_payment",
        "worker_mid_work": "support_contact",
        "deliver_first": "review_window_3_days",
        "client_stop": "cancellation_outcome",
        "client_continue": "support_contact",
        "review_window_unconfirmed": "review_window_3_days",
        "review_window_passed_unconfirmed": "review_window_3_days",
        "review_window_no_date": "review_window_3_days",
        "auto_complete_wait_unconfirmed": "review_window_3_days",
        "auto_complete_passed": "auto_complete_exceptions",
        "auto_complete_no_date": "review_window_3_days",
    }),
    request_possible_at=request_possible_at,
    request_open=request_open,
    trade_deadline=trade_deadline,
    steps=(
        common.respond_to_request,  # 1: a cancellation request against the user
        review_window,  # 1b: the buyer after delivery
        common.reply_now,  # 2
        common.finished,  # 3
        common.track_request,  # 4
        auto_complete,  # 4b: the seller after delivery
        common.nothing_unanswered,  # 5
        common.follow_up_gap,  # 6
        common.follow_up,  # 7
        common.move_on_before_contract,  # 8: a custom offer not accepted
        formal_step,  # 8
    ),
    routes=(CANCELLATION, REVIEW, DELIVER),
    request=CANCELLATION,
    reminder_kinds=common.SHARED_REMINDER_KINDS,
)
