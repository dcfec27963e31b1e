"""Per-platform rule packs: the interface every pack fills in, and the pack for each platform.

A rule pack is one module per platform (:mod:`.lancers`; :mod:`.generic` for any platform without
its own pack) that builds one :class:`RulePack`: the platform's vocabulary (the stage, role and
contract-type codes it uses; their labels are translated in ``companion/ui/text.py``), its
eligibility (when the formal request can be filed), its ordered decision steps (first match
wins), its formal routes (clock and outcome by stage), the reminder kinds it arms, and every rule
it states with its source and the date it was last checked. :func:`pack_for` picks the pack.

This module also holds the values a pack speaks in (:class:`Situation` in, :class:`Recommendation`
out); :mod:`companion.model.decision` re-exports them, and its ``decide`` delegates to the pack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from companion.model.clock import ensure_utc
from companion.model.timers import Thresholds

# NamedTuples, not frozen dataclasses, as everywhere in the model (see timers.py): cheap to
# define at start-up and to build.


class Rule(NamedTuple):
    """A platform rule the app states: what it is, where it is written, when that was checked,
    and, where the references mark it uncertain, why (shown with it)."""

    code: str
    source: str
    checked: date
    uncertain: str | None = None  # a code the UI explains ("not_stated": not written by the platform)


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


MID_CONTRACT: frozenset[str] = frozenset({"escrow_funded", "delivered"})
NO_WORK_BEFORE_ESCROW = "no_work_before_escrow"  # the warning every worker in `contracted` gets
# The platforms' formal delivery steps (the route of "report completion first"), not requests.
DELIVERY_STEPS: frozenset[str] = frozenset({
    "lancers_completion_report", "coconala_formal_delivery", "upwork_submit_work", "fiverr_deliver",
})
FINISHED: frozenset[str] = frozenset({"paid", "cancelled"})


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
    reply_owed_since: datetime | None = None  # the earliest received message still owed a reply
    # DOMAIN-PLATFORMS.md's fields (optional; None keeps Lancers' meaning):
    stage_entered_at: datetime | None = None  # when the project entered its stage (a purchase, a delivery)
    last_sent_at: datetime | None = None  # the user's latest on-platform message, answered or not
    own_request_route: str | None = None  # the route of the user's pending request (None: the pack's main one)
    request_against_user_route: str | None = None  # ... of one pending against the user
    counterparty_last_seen_at: datetime | None = None  # "last seen online", where a platform shows it


class Situation(_SituationFields):
    """The decision's input: a project's facts and silence, at ``now``."""

    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> Situation:
        s = super().__new__(cls, *args, **kwargs)
        # Exact instants: arithmetic in a DST zone would be wall-clock arithmetic.
        instants = (
            s.now, s.last_received_at, s.own_request_filed_at, s.request_against_user_at, s.reply_owed_since,
            s.stage_entered_at, s.last_sent_at, s.counterparty_last_seen_at, *s.unanswered_sent,
        )
        if type(s.unanswered_sent) is tuple and all(t is None or t.tzinfo is UTC for t in instants):
            return s
        return s._replace(
            now=ensure_utc(s.now),
            last_received_at=s.last_received_at and ensure_utc(s.last_received_at),
            own_request_filed_at=s.own_request_filed_at and ensure_utc(s.own_request_filed_at),
            request_against_user_at=s.request_against_user_at and ensure_utc(s.request_against_user_at),
            reply_owed_since=s.reply_owed_since and ensure_utc(s.reply_owed_since),
            stage_entered_at=s.stage_entered_at and ensure_utc(s.stage_entered_at),
            last_sent_at=s.last_sent_at and ensure_utc(s.last_sent_at),
            counterparty_last_seen_at=s.counterparty_last_seen_at and ensure_utc(s.counterparty_last_seen_at),
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
    # For a reply the user owes where the other side could file a formal request against them:
    # when the reply becomes overdue (the "remind me of a reply I owe" setting) and so urgent.
    urgent_from: datetime | None = None
    # The platform route this step is about (to file, to track, to answer, or the formal step
    # to do first; a Route.code), and when the platform acts by itself (DOMAIN-PLATFORMS.md).
    route: str | None = None
    auto_outcome_at: datetime | None = None


def likely_causes(unanswered: bool, last_sent_read: bool | None) -> frozenset[str]:
    """The seed's three causes, narrowed by the read state of the latest unanswered message."""
    if not unanswered:
        return frozenset()
    if last_sent_read is False:
        return frozenset({"not_logging_in", "missed_email"})
    if last_sent_read is True:
        return frozenset({"ignoring"})
    return frozenset({"not_logging_in", "missed_email", "ignoring"})


# --- the interface -------------------------------------------------------------------------------


class Route(NamedTuple):
    """A formal step on the platform: its clock after filing and what an unanswered one does."""

    code: str  # e.g. "lancers_reminder_request" (the route codes of DOMAIN-PLATFORMS.md)
    rules: tuple[str, ...]  # the codes (in the pack's ``rules``) of the rules that state it
    deadline: Callable[[Thresholds], timedelta]  # from filing to the deadline
    outcome_for_stage: Callable[[str], str | None]  # what happens at the deadline, by stage
    # The deadline's instant when it is not filing + ``deadline`` (business days): (filed, t) -> instant.
    due: Callable[[datetime, Thresholds], datetime] | None = None
    # Who may file it: "either", "worker", "client"; and "obligation" for a platform deadline
    # on one side (Coconala's first reply) rather than a request anyone files.
    filed_by: str = "either"
    # Whether a reply in the messages from the side it was filed against clears it (Lancers, as
    # the app assumes; CrowdWorks, Coconala): False where it must be accepted or disputed on the
    # platform (Upwork's refund request, Fiverr's cancellation).
    cleared_by_reply: bool = True

    def deadline_at(self, filed_at: datetime, t: Thresholds) -> datetime:
        """When the clock of a request filed at ``filed_at`` ends."""
        return self.due(filed_at, t) if self.due is not None else filed_at + self.deadline(t)


# One numbered rule of a decision: (pack, situation, thresholds, now, likely causes, when the
# request becomes possible) -> the recommendation, or None to let the next step decide. The
# last three are worked out once per decision by RulePack.decide.
Step = Callable[
    ["RulePack", Situation, Thresholds, datetime, frozenset[str], "datetime | None"],
    "Recommendation | None",
]


def reasons_from(rules: Mapping[str, Rule], cited: Mapping[str, str | None]) -> dict[str, Reason]:
    """Each reason code a pack gives, tied to the rule behind it (a code in ``rules``, or None)."""
    return {code: Reason(code, rules[rule] if rule else None) for code, rule in cited.items()}


class RulePack(NamedTuple):
    """What one platform's rules are, as the decision and the reminders use them."""

    name: str
    platforms: frozenset[str]  # the platform codes (vocab.PLATFORMS) it is the pack of
    # Vocabulary: the codes that exist on this platform (labels: ui/text.py).
    stages: tuple[str, ...]
    roles: tuple[str, ...]
    contract_types: tuple[str, ...]
    rules: Mapping[str, Rule]  # every rule it states: source, date last checked
    # The rule behind each warning, outcome and deadline the app states for this platform:
    # warning codes, "outcome:<code>", "deadline", "offplatform", "reply_clears_request" ->
    # a code in ``rules`` (see cited()).
    cites: Mapping[str, str]
    reasons: Mapping[str, Reason]  # every reason code its steps give, with its rule (reasons_from)
    # Eligibility: when the formal request can be filed for this situation, or None if it cannot.
    request_possible_at: Callable[[Situation, Thresholds], datetime | None]
    # Whether either side could file a formal request in this project's state, silence aside
    # (eligible contract, transaction in progress, none already running): the other side "may
    # file against you" only then.
    request_open: Callable[[Situation], bool]
    # When the transaction ends automatically (e.g. Lancers' 取引期限): (contract type, start,
    # the instants of the progress events recorded) -> the instant, or None where none applies.
    trade_deadline: Callable[[str, datetime | None, Iterable[datetime]], datetime | None]
    steps: tuple[Step, ...]  # in order, first match wins; the last one always decides
    routes: tuple[Route, ...]  # the formal routes its steps can recommend
    request: Route  # how a recorded request (the user's own, or one against the user) is tracked
    reminder_kinds: frozenset[str]  # the reminders.KINDS it arms

    def route(self, code: str | None) -> Route:
        """The route of that code (a recorded request's), or the pack's main one."""
        for route in self.routes:
            if route.code == code:
                return route
        return self.request

    def cleared_by_reply(self, code: str | None) -> bool:
        """Whether a reply clears a request on this route (``code``: '' / None = the main one)."""
        return self.route(code or None).cleared_by_reply

    def request_routes(self, filer: str) -> tuple[Route, ...]:
        """The routes someone in role ``filer`` (worker / client) can file as a request against
        the other side: not the platform's formal delivery steps, not obligations."""
        return tuple(
            r for r in self.routes
            if r.code not in DELIVERY_STEPS and r.filed_by in ("either", filer)
        )

    def rule_for(self, what: str) -> Rule | None:
        """The rule behind a statement the app makes (a key of ``cites``), or None."""
        code = self.cites.get(what)
        return self.rules.get(code) if code else None

    def cited(self, rec: Recommendation) -> tuple[Rule, ...]:
        """Every rule ``rec`` states (its reasons, warnings, outcome and deadline), each once."""
        found: dict[str, Rule] = {}
        keys = [*(f"warning:{w}" for w in sorted(rec.warnings)), "deadline" if rec.deadline_at else ""]
        if rec.outcome_if_unanswered:
            keys.append(f"outcome:{rec.outcome_if_unanswered}")
        rules = [r.rule for r in rec.reasons] + [self.rule_for(k) for k in keys if k]
        for rule in rules:
            if rule is not None:
                found.setdefault(rule.code, rule)
        return tuple(found.values())

    def decide(self, s: Situation, t: Thresholds) -> Recommendation:
        now = ensure_utc(s.now)
        causes = likely_causes(bool(s.unanswered_sent), s.last_sent_read)
        if s.counterparty_last_seen_at is not None and s.unanswered_sent:
            # where the platform shows "last seen" rather than a read state: seen since the
            # latest unanswered message means they chose not to answer; not seen, not logging in
            seen_since = s.counterparty_last_seen_at > s.unanswered_sent[-1]
            causes = frozenset({"ignoring"}) if seen_since else frozenset({"not_logging_in", "missed_email"})
        possible_at = self.request_possible_at(s, t)
        for step in self.steps:
            rec = step(self, s, t, now, causes, possible_at)
            if rec is not None:
                if s.role == "worker" and s.stage == "contracted" and NO_WORK_BEFORE_ESCROW not in rec.warnings:
                    # whatever the step, the contract type or the platform: never work before escrow
                    rec = rec._replace(warnings=rec.warnings | {NO_WORK_BEFORE_ESCROW})
                return rec
        raise AssertionError(f"no step of the {self.name} rule pack decided")


# --- the packs (below: each imports the interface above) -----------------------------------------

from companion.model.rules import coconala, crowdworks, fiverr, generic, lancers, upwork  # noqa: E402
from companion.model.rules.lancers import ELIGIBLE_CONTRACT_TYPES, LANCERS_RULES  # noqa: E402

PACKS: tuple[RulePack, ...] = (lancers.PACK, crowdworks.PACK, coconala.PACK, upwork.PACK, fiverr.PACK)
GENERIC: RulePack = generic.PACK
_BY_PLATFORM = {platform: pack for pack in PACKS for platform in pack.platforms}


def pack_for(platform: str) -> RulePack:
    """The rule pack of ``platform`` (a vocab.PLATFORMS code); the generic one if it has none."""
    return _BY_PLATFORM.get(platform, GENERIC)


__all__ = [
    "DELIVERY_STEPS",
    "ELIGIBLE_CONTRACT_TYPES",
    "FINISHED",
    "GENERIC",
    "LANCERS_RULES",
    "MID_CONTRACT",
    "NO_WORK_BEFORE_ESCROW",
    "PACKS",
    "Action",
    "Reason",
    "Recommendation",
    "Route",
    "Rule",
    "RulePack",
    "Situation",
    "Step",
    "likely_causes",
    "pack_for",
    "reasons_from",
]
