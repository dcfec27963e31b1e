"""The rule pack of every platform without its own: follow-ups, then ask support.

The app knows no formal route here, so it never recommends filing: after the follow-ups it says
"contact support" (not eligible). A request the user records anyway (their own, or one against
them) is tracked with the "request deadline" setting and the outcomes by stage that Lancers
states, and the reasons cite the Lancers rules: that is what the app said before rule packs,
and what it keeps saying until the platform gets a pack of its own (DOMAIN-PLATFORMS.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from companion.model.rules import (
    Recommendation,
    Route,
    RulePack,
    Situation,
    common,
    lancers,
    reasons_from,
)
from companion.model.timers import Thresholds
from companion.model.vocab import CONTRACT_TYPES, ROLES, STAGES

# The Lancers rules cited here (see above).
RULES = {
    code: lancers.LANCERS_RULES[code]
    for code in (
        "request_eligibility",
        "request_deadline_7_days",
        "request_outcome",
        "three_messages_first",
        "support_reviews_after_deadline",
        "no_work_before_escrow",
        "offplatform_not_counted",
        "rating",
        "reply_clears_request",
    )
}
CITES = {what: rule for what, rule in lancers.LANCERS_CITES.items() if rule in RULES}

RECORDED_REQUEST = Route(
    "recorded_request",
    ("request_deadline_7_days", "request_outcome", "support_reviews_after_deadline"),
    lancers.request_deadline,
    lancers.outcome_for_stage,
)


def request_possible_at(s: Situation, t: Thresholds) -> datetime | None:
    """Never: no formal request is known for this platform."""
    return None


def request_open(s: Situation) -> bool:
    """Never: no formal request is known for this platform (so none against the user either)."""
    return False


def trade_deadline(contract_type: str, start: datetime | None, progress: Iterable[datetime]) -> datetime | None:
    """None: no automatic end of the transaction is known for this platform."""
    return None


def formal_step(
    p: RulePack, s: Situation, t: Thresholds, now: datetime, causes: frozenset[str], possible_at: datetime | None
) -> Recommendation:
    """8. Enough messages (and a contract): no formal route known, so ask support."""
    return common.contact_support_not_eligible(p, causes)


PACK: RulePack = RulePack(
    name="generic",
    platforms=frozenset(),  # none: it is the pack of every platform that no other pack names
    stages=STAGES,
    roles=ROLES,
    contract_types=CONTRACT_TYPES,
    rules=RULES,
    cites=CITES,
    reasons=reasons_from(RULES, common.SHARED_REASON_RULES),
    request_possible_at=request_possible_at,
    request_open=request_open,
    trade_deadline=trade_deadline,
    steps=(*common.SHARED_STEPS, formal_step),  # rules 1-7, "negotiating: move on", then the formal step
    routes=(),
    request=RECORDED_REQUEST,
    reminder_kinds=common.SHARED_REMINDER_KINDS,
)
