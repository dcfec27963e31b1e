"""The Coconala rule pack: DOMAIN-PLATFORMS.md's Coconala rows and its sources.

On Coconala a purchase is the payment (no ``contracted`` stage). Its clocks: the seller's first
message within 48 h of the purchase (else the order is cancelled, the seller rated ★1 and all of
the seller's services paused); the buyer's 72 h to accept or return (once) a 正式な納品, else it
is accepted automatically; and the キャンセル申請 "cannot reach the other side", possible after
4 days (96 h) of silence (⚠ the anchor differs between the sources) and reportedly agreed when
the other side does not answer within 24 h (⚠). Facts: reference/platform-rules.md §3.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta

from companion.model.rules import (
    MID_CONTRACT,
    Action,
    Recommendation,
    Route,
    Rule,
    RulePack,
    Situation,
    Step,
    common,
    reasons_from,
)
from companion.model.timers import Thresholds

CHECKED = date(2026, 12, 2)
NOT_CONFIRMED = "not_confirmed"  # ⚠ in the reference: third-party only, or the sources disagree

# Sources: ../shared/reference/platform-rules.md §3 (Coconala), each with the date it was read.
COCONALA_RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        # The seller's first message within 48 h of the purchase; otherwise the order is cancelled
        # automatically, the seller gets ★1 and all the seller's services are paused. (The same
        # page describes the flow: the purchase, paid, opens the order's talk room.)
        Rule("first_reply_48h", "https://mag.coconala.com/articles/knowhow-the-basics-of-transaction-flow", CHECKED),
        # Official seller guidance for a silent buyer: before delivery, a reply deadline in the talk
        # room, then a キャンセルリクエスト (the buyer is refunded); after delivery, a deadline, then
        # the 正式な回答/納品, never before the work is really delivered.
        Rule("silent_buyer_guidance", "https://coconala-support.zendesk.com/hc/ja/articles/218179858", CHECKED),
        # The buyer's cancel "出品者と連絡がとれない": once 4+ days have passed since the buyer's
        # own last message with no reply (an official-blog post; the anchor differs from the
        # seller side's: ⚠).
        Rule("cancel_request_buyer", "https://coconala.com/blogs/212813/409631", CHECKED, NOT_CONFIRMED),
        # The seller's cancel "購入者と連絡がつかない": 4+ days since the buyer's last message
        # (third party, citing Coconala's news: ⚠).
        Rule("cancel_request_seller", "https://mytecho.jp/?p=955", CHECKED, NOT_CONFIRMED),
        # The other side has 24 h to answer a cancel request, then it counts as agreed (third party: ⚠).
        Rule("cancel_request_reply_24h", "https://minmindayoo.com/coconala_onshinhutsu/", CHECKED, NOT_CONFIRMED),
        # After 正式な納品 the buyer has 72 h to accept (承諾) or return it (差し戻し, once);
        # no answer -> automatic 承諾 (the seller is paid).
        Rule("acceptance_72h", "https://mag.coconala.com/articles/knowhow-buy-checkpoints-after-delivery", CHECKED),
        # Blind mutual ratings since Nov 2021: ★1-5, 10 days, published once both rated (or after
        # 10 days); neither side sees the other's rating before giving its own.
        Rule("rating", "https://coconala.com/blogs/212813/167187", CHECKED),
        # Read marks (既読) in the talk room: only users mention them (⚠).
        Rule("read_state", "https://minmindayoo.com/coconala_onshinhutsu/", CHECKED, NOT_CONFIRMED),
        # Etiquette: a first reminder after 2-3 business days, as if the message may not have arrived.
        Rule("follow_up_etiquette", "https://mlck.jp/%e3%80%90%e8%a7%92%e3%81%8c%e7%ab%8b%e3%81%9f%e3%81%aa%e3%81%84%e3%80%91%e5%82%ac%e4%bf%83%e3%83%a1%e3%83%bc%e3%83%ab%e3%81%ae%e9%80%81%e3%82%8a%e6%96%b9%e3%81%a8%e3%83%9e%e3%83%8a%e3%83%bc%ef%bc%81/?amp=1", CHECKED),
        # That a reply in the talk room clears a pending cancel request: no page says what a reply
        # does to it (the app's assumption).
        Rule("reply_clears_request", "https://coconala.com/blogs/212813/409631", CHECKED, "not_stated"),
    )
}

COCONALA_CITES: dict[str, str] = {
    "warning:rating_retaliation": "rating",
    "warning:deliverables_at_risk": "silent_buyer_guidance",
    "warning:deliver_only_when_done": "silent_buyer_guidance",
    "warning:no_work_before_escrow": "first_reply_48h",
    "warning:not_eligible": "cancel_request_buyer",
    "warning:counterparty_may_file": "cancel_request_buyer",
    "warning:support_reviews_after_deadline": "cancel_request_reply_24h",
    "outcome:order_cancelled_refund": "silent_buyer_guidance",
    "outcome:order_cancelled_penalty": "first_reply_48h",
    "outcome:auto_accepted": "acceptance_72h",
    # The one deadline a filing on Coconala has (the wizard's filing page): the cancel request's
    # 24 h. The obligations' deadlines (48 h, 72 h) are cited by their own reasons.
    "deadline": "cancel_request_reply_24h",
    "offplatform": "cancel_request_buyer",  # the silence counted is the talk room's
    "reply_clears_request": "reply_clears_request",
    "read_state": "read_state",
}

CONTRACT_TYPES = ("package", "direct_fixed")  # a service bought from its page; a quote / custom offer
STAGES = ("negotiating", "escrow_funded", "delivered", "completion_reported", "paid", "cancelled")
ROLES = ("worker", "client")

FIRST_REPLY_WITHIN = timedelta(hours=48)
CANCEL_AFTER_SILENCE = timedelta(days=4)  # 96 h (⚠ the anchor)
CANCEL_ANSWER_WITHIN = timedelta(hours=24)  # ⚠
ACCEPT_WITHIN = timedelta(hours=72)
_OPEN_ORDER = MID_CONTRACT | {"completion_reported"}  # purchased, not yet completed or cancelled


# --- routes ------------------------------------------------------------------------------------


def _fixed(delta: timedelta) -> Callable[[Thresholds], timedelta]:
    """A platform's own clock: the same whatever the user's settings."""
    def deadline(t: Thresholds) -> timedelta:
        return delta
    return deadline


def _first_reply_outcome(stage: str) -> str | None:
    return "order_cancelled_penalty" if stage == "escrow_funded" else None


def _cancel_outcome(stage: str) -> str | None:
    return "order_cancelled_refund" if stage in _OPEN_ORDER else None


def _acceptance_outcome(stage: str) -> str | None:
    return "auto_accepted" if stage == "completion_reported" else None


def _formal_delivery_outcome(stage: str) -> str | None:
    return "auto_accepted" if stage in _OPEN_ORDER else None


FIRST_REPLY = Route("coconala_first_reply", ("first_reply_48h",), _fixed(FIRST_REPLY_WITHIN), _first_reply_outcome,
                    filed_by="obligation")
CANCEL_REQUEST = Route(
    "coconala_cancel_request",
    ("cancel_request_buyer", "cancel_request_seller", "cancel_request_reply_24h", "silent_buyer_guidance"),
    _fixed(CANCEL_ANSWER_WITHIN),
    _cancel_outcome,
    cleared_by_reply=False,  # answered (accepted or refused) on the platform, not by a message
)
ACCEPTANCE_WINDOW = Route("coconala_acceptance_window", ("acceptance_72h",), _fixed(ACCEPT_WITHIN), _acceptance_outcome,
                          filed_by="obligation")
FORMAL_DELIVERY = Route("coconala_formal_delivery", ("silent_buyer_guidance", "acceptance_72h"), _fixed(ACCEPT_WITHIN),
                        _formal_delivery_outcome, filed_by="worker")


# --- eligibility of the キャンセル申請 -------------------------------------------------------------


def request_open(s: Situation) -> bool:
    """Whether either side could file a キャンセル申請 here, silence aside: an order in progress
    (purchased, not formally delivered) of a kind the app knows, none already pending."""
    return (
        s.contract_type in CONTRACT_TYPES
        and s.stage in MID_CONTRACT
        and s.own_request_filed_at is None
        and s.request_against_user_at is None
    )


def request_possible_at(s: Situation, t: Thresholds) -> datetime | None:
    """When the user could file the キャンセル申請 "cannot reach the other side" (⚠ 4 days), or
    None. The anchor differs by side: a buyer counts from their own last unanswered message; a
    seller from the buyer's last message (their first unanswered one if the buyer never wrote).
    None for a seller who delivered: the app never suggests cancelling delivered work (正式な納品
    comes instead)."""
    if not (request_open(s) and s.unanswered_sent):
        return None
    if s.role == "client":
        return s.unanswered_sent[-1] + CANCEL_AFTER_SILENCE
    if s.stage == "delivered":
        return None
    anchor = s.last_received_at if s.last_received_at is not None else s.unanswered_sent[0]
    return anchor + CANCEL_AFTER_SILENCE


def trade_deadline(contract_type: str, start: datetime | None, progress: Iterable[datetime]) -> datetime | None:
    """None: the talk room's 120-day limit closes it into 評価待ち (not a cancellation), and its
    source is only available in part; the app arms no reminder for it."""
    return None


# --- rule 1b: obligations with a platform deadline ----------------------------------------------


def _wrote_since(s: Situation, since: datetime) -> bool:
    """Whether the user sent an on-platform message at or after ``since``."""
    if s.last_sent_at is not None and s.last_sent_at >= since:
        return True
    return any(at >= since for at in s.unanswered_sent)


def _obligation(p: RulePack, s: Situation, t: Thresholds, now: datetime, route: Route, codes: tuple[str, str, str]
                ) -> Recommendation:
    """Respond before the platform's deadline: (reason due, reason passed, reason time unknown)."""
    due, passed, unknown = codes
    outcome = route.outcome_for_stage(s.stage)
    if s.stage_entered_at is None:  # no countdown without the instant it counts from
        return Recommendation(Action.RESPOND_TO_REQUEST, outcome_if_unanswered=outcome, reasons=(p.reasons[unknown],),
                              route=route.code)
    deadline = route.deadline_at(s.stage_entered_at, t)
    return Recommendation(
        Action.RESPOND_TO_REQUEST,
        deadline_at=deadline,
        outcome_if_unanswered=outcome,
        reasons=(p.reasons[due if now < deadline else passed],),
        route=route.code,
        auto_outcome_at=deadline,
    )


def obligation(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """1b. The seller's first message after the purchase; the buyer's acceptance of a 正式な納品."""
    if s.role == "worker" and s.stage == "escrow_funded":
        if s.stage_entered_at is None:
            if s.last_sent_at is not None or s.unanswered_sent:
                return None  # the seller wrote: whether before or after the purchase is unknown
        elif _wrote_since(s, s.stage_entered_at):
            return None
        return _obligation(p, s, t, now, FIRST_REPLY, ("first_reply_due", "first_reply_overdue", "first_reply_time_unknown"))
    if s.role == "client" and s.stage == "completion_reported":
        return _obligation(p, s, t, now, ACCEPTANCE_WINDOW, ("acceptance_due", "acceptance_passed", "acceptance_time_unknown"))
    return None


# --- rule 4b: the platform acts in the user's favour ----------------------------------------------


def auto_acceptance(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation | None:
    """4b. A seller after 正式な納品: paid automatically 72 h later; past that and not paid, ask support."""
    if not (s.role == "worker" and s.stage == "completion_reported"):
        return None
    if s.stage_entered_at is None:
        return Recommendation(Action.WAIT, outcome_if_unanswered="auto_accepted",
                              reasons=(p.reasons["auto_acceptance_time_unknown"],), route=ACCEPTANCE_WINDOW.code)
    at = ACCEPTANCE_WINDOW.deadline_at(s.stage_entered_at, t)
    if now < at:
        return Recommendation(Action.WAIT, wait_until=at, outcome_if_unanswered="auto_accepted",
                              reasons=(p.reasons["auto_acceptance_pending"],), route=ACCEPTANCE_WINDOW.code,
                              auto_outcome_at=at)
    return Recommendation(Action.CONTACT_SUPPORT, likely_causes=causes, reasons=(p.reasons["auto_acceptance_overdue"],),
                          route=ACCEPTANCE_WINDOW.code, auto_outcome_at=at)


# --- rule 8 ----------------------------------------------------------------------------------------

_FILING = frozenset({"rating_retaliation", "support_reviews_after_deadline"})
_SELLER_CANCEL = _FILING | {"deliverables_at_risk"}
_FORMAL_DELIVERY = frozenset({"rating_retaliation", "deliver_only_when_done"})
_NO_PURCHASE = frozenset({"not_eligible"})


def _cancel(p: RulePack, s: Situation, now: datetime, causes: frozenset[str], possible_at: datetime,
            first: tuple[str, ...]) -> Recommendation:
    """The キャンセル申請 once its (⚠) 4 days have passed, else wait for them; every date here
    comes with the reason that says it is not confirmed."""
    unconfirmed = "seller_cancel_possible_unconfirmed" if s.role == "worker" else "buyer_cancel_possible_unconfirmed"
    reasons = tuple(p.reasons[code] for code in (*first, unconfirmed))
    if now < possible_at:
        return Recommendation(Action.WAIT, wait_until=possible_at, request_possible_at=possible_at,
                              likely_causes=causes, reasons=reasons)
    return Recommendation(
        Action.FILE_REQUEST,
        request_possible_at=possible_at,
        outcome_if_unanswered="order_cancelled_refund",
        warnings=_SELLER_CANCEL if s.role == "worker" else _FILING,
        likely_causes=causes,
        reasons=reasons,
        route=CANCEL_REQUEST.code,
    )


def _seller(p: RulePack, s: Situation, now: datetime, causes: frozenset[str], possible_at: datetime | None
            ) -> Recommendation:
    """A seller mid-order: delivered -> 正式な納品 after a deadline; not delivered -> a deadline,
    then the キャンセル申請 (the sale is lost)."""
    if s.stage == "delivered":
        return Recommendation(
            Action.REPORT_COMPLETION_FIRST,
            outcome_if_unanswered="auto_accepted",
            warnings=_FORMAL_DELIVERY,
            likely_causes=causes,
            reasons=(p.reasons["announce_deadline_first"], p.reasons["formal_delivery_first"]),
            route=FORMAL_DELIVERY.code,
        )
    if possible_at is None:
        return common.contact_support_not_eligible(p, causes)
    return _cancel(p, s, now, causes, possible_at, ("announce_deadline_first", "seller_cancel_before_delivery"))


def _buyer(p: RulePack, s: Situation, now: datetime, causes: frozenset[str], possible_at: datetime | None
           ) -> Recommendation:
    """A buyer mid-order: wants it to continue (or unsure) -> support; does not -> the キャンセル申請."""
    if s.wants_to_continue is not False:
        return Recommendation(Action.CONTACT_SUPPORT, request_possible_at=possible_at, likely_causes=causes,
                              reasons=(p.reasons["client_continue"],))
    if possible_at is None:
        return common.contact_support_not_eligible(p, causes)
    return _cancel(p, s, now, causes, possible_at, ("client_stop",))


def formal_step(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation:
    """8. Enough messages, an order: Coconala's rows of DOMAIN-PLATFORMS.md's rule 8."""
    if s.contract_type not in CONTRACT_TYPES:
        return common.contact_support_not_eligible(p, causes)
    if s.stage == "contracted":  # not a Coconala stage (the purchase is the payment): no order yet
        return Recommendation(Action.CONTACT_SUPPORT, warnings=_NO_PURCHASE, likely_causes=causes,
                              reasons=(p.reasons["no_escrow_yet"],))
    if s.stage not in MID_CONTRACT:  # completion_reported is decided by rules 1b and 4b
        return common.contact_support_not_eligible(p, causes)
    if s.role == "worker":
        return _seller(p, s, now, causes, possible_at)
    return _buyer(p, s, now, causes, possible_at)


# --- signals: read marks (⚠) and the last login ---------------------------------------------------


def _causes(s: Situation, causes: frozenset[str]) -> frozenset[str]:
    """The likely causes, from the last login when recorded (seen since the user's latest
    message: ignoring; not seen: not logging in, missed e-mail), else from the read marks."""
    if not causes or s.counterparty_last_seen_at is None or not s.unanswered_sent:
        return causes
    if s.counterparty_last_seen_at >= s.unanswered_sent[-1]:
        return frozenset({"ignoring"})
    return frozenset({"not_logging_in", "missed_email"})


def with_signals(step: Step) -> Step:
    """``step``, with its likely causes from the last login, the caveat that the キャンセル申請's
    date is not confirmed whenever it gives one, and that Coconala's read marks are not
    confirmed whenever the causes rest on them."""
    def wrapped(
        p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
    ) -> Recommendation | None:
        rec = step(p, s, t, now, _causes(s, causes), possible_at)
        if rec is None:
            return rec
        added = []
        if rec.request_possible_at is not None:  # a (⚠) date: always with the reason saying so
            added.append("seller_cancel_possible_unconfirmed" if s.role == "worker" else "buyer_cancel_possible_unconfirmed")
        if rec.likely_causes and s.last_sent_read is not None and s.counterparty_last_seen_at is None:
            added.append("read_state_unconfirmed")
        said = {reason.code for reason in rec.reasons}
        extra = tuple(p.reasons[code] for code in added if code not in said)
        return rec._replace(reasons=(*rec.reasons, *extra)) if extra else rec
    wrapped.__name__ = wrapped.__qualname__ = step.__name__
    wrapped.__doc__ = step.__doc__
    return wrapped


STEPS: tuple[Step, ...] = (
    common.respond_to_request,  # 1
    obligation,  # 1b
    common.reply_now,  # 2
    common.finished,  # 3
    with_signals(common.track_request),  # 4
    auto_acceptance,  # 4b
    common.nothing_unanswered,  # 5
    with_signals(common.follow_up_gap),  # 6
    with_signals(common.follow_up),  # 7
    with_signals(common.move_on_before_contract),  # 8: negotiating
    with_signals(formal_step),  # 8
)

PACK: RulePack = RulePack(
    name="coconala",
    platforms=frozenset({"coconala"}),
    stages=STAGES,
    roles=ROLES,
    contract_types=CONTRACT_TYPES,
    rules=COCONALA_RULES,
    cites=COCONALA_CITES,
    reasons=reasons_from(COCONALA_RULES, {
        **common.SHARED_REASON_RULES,
        "request_against_user": "cancel_request_reply_24h",
        "ball_in_your_court": "cancel_request_buyer",
        "request_pending": "cancel_request_reply_24h",
        "formal_step_gap": "follow_up_etiquette",
        "follow_up_gap": "follow_up_etiquette",
        "follow_up_first": "follow_up_etiquette",
        "no_contract_yet": "first_reply_48h",
        "not_eligible": "cancel_request_buyer",
        # 1b
        "first_reply_due": "first_reply_48h",
        "first_reply_overdue": "first_reply_48h",
        "first_reply_time_unknown": "first_reply_48h",
        "acceptance_due": "acceptance_72h",
        "acceptance_passed": "acceptance_72h",
        "acceptance_time_unknown": "acceptance_72h",
        # 4b
        "auto_acceptance_pending": "acceptance_72h",
        "auto_acceptance_overdue": "acceptance_72h",
        "auto_acceptance_time_unknown": "acceptance_72h",
        # 8
        "no_escrow_yet": "first_reply_48h",
        "announce_deadline_first": "silent_buyer_guidance",
        "seller_cancel_before_delivery": "silent_buyer_guidance",
        "formal_delivery_first": "silent_buyer_guidance",
        "seller_cancel_possible_unconfirmed": "cancel_request_seller",
        "buyer_cancel_possible_unconfirmed": "cancel_request_buyer",
        "client_stop": "cancel_request_buyer",
        "client_continue": "cancel_request_buyer",
        # signals
        "read_state_unconfirmed": "read_state",
    }),
    request_possible_at=request_possible_at,
    request_open=request_open,
    trade_deadline=trade_deadline,
    steps=STEPS,
    routes=(FIRST_REPLY, CANCEL_REQUEST, ACCEPTANCE_WINDOW, FORMAL_DELIVERY),
    request=CANCEL_REQUEST,
    reminder_kinds=common.SHARED_REMINDER_KINDS,
)
