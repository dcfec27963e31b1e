"""The one place a project's facts become its verdict (pure: no Qt, no database).

:func:`evaluate` turns a project's facts, the tail of its conversation, the user's thresholds and
an instant into its silence timers and the recommended next step. The project list, the detail
pane, the wizard, the reminders, the evidence report and ``companion status`` all get their
verdict here, with the same thresholds, so they can never disagree (the reminders once used the
default thresholds while the list used the user's: with "follow-ups before a formal step" at 2
the list said "file the request" and no reminder was ever armed).

It also holds what follows from a verdict and is policy, not wording: how urgent each next step
is and how steps rank within a level (the list's sort, the tray, the colours), the alternatives
the wizard offers, and the decision at the moment the formal step comes due (the reminders).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from companion.model.decision import (
    FINISHED,
    Action,
    Recommendation,
    Situation,
    decide,
    request_possible_at,
    situation_from_state,
)
from companion.model.rules import pack_for
from companion.model.timers import MessageFact, SilenceState, Thresholds, compute

# Bump whenever a verdict may come out differently for the same data (a rule pack, the timers,
# this module): the next steps kept in the database for sorting are keyed by it (and by the app's
# version), so no data folder goes on trusting what the older logic decided.
VERSION = 4


class Facts(NamedTuple):
    """What is recorded about a project that the verdict depends on (besides its messages)."""

    platform: str
    role: str
    contract_type: str
    stage: str
    plan_change_pending: bool = False
    own_request_at: datetime | None = None  # the user's open 連絡催促申請, if any
    request_against_at: datetime | None = None  # one filed against the user, if any
    wants_to_continue: bool | None = None  # the client's answer in the wizard (None: not asked)
    # The read state of the latest unanswered message as the user corrected it in the wizard
    # ("read" / "unread" / "unknown"), or None to take it from the messages.
    read_correction: str | None = None
    # DOMAIN-PLATFORMS.md: when the project entered its stage, the routes of the open requests
    # (None: the platform's main one), "last seen online".
    stage_entered_at: datetime | None = None
    own_request_route: str | None = None
    request_against_route: str | None = None
    counterparty_last_seen_at: datetime | None = None


class Evaluation(NamedTuple):
    state: SilenceState
    situation: Situation
    recommendation: Recommendation


_READ = {"read": True, "unread": False, "unknown": None}


def situation(facts: Facts, state: SilenceState, now: datetime) -> Situation:
    """The decision's input for ``facts`` with silence ``state`` at ``now``."""
    s = situation_from_state(
        platform=facts.platform,
        role=facts.role,
        contract_type=facts.contract_type,
        stage=facts.stage,
        plan_change_pending=facts.plan_change_pending,
        state=state,
        now=now,
        own_request_filed_at=facts.own_request_at,
        request_against_user_at=facts.request_against_at,
        wants_to_continue=facts.wants_to_continue,
    )._replace(
        stage_entered_at=facts.stage_entered_at,
        own_request_route=facts.own_request_route,
        request_against_user_route=facts.request_against_route,
        counterparty_last_seen_at=facts.counterparty_last_seen_at,
        last_sent_at=state.last_sent_on_platform_at,
    )
    if facts.read_correction is not None and s.unanswered_sent:
        s = s._replace(last_sent_read=_READ.get(facts.read_correction))
    return s


def evaluate(facts: Facts, tail: Sequence[MessageFact], thresholds: Thresholds, now: datetime) -> Evaluation:
    """Timers and next step of a project at ``now``.

    ``tail``: its messages (all of them, or only the tail from the counterparty's last
    on-platform message on: nothing earlier changes the timers, see timers.py)."""
    state = compute(tail, now, thresholds)
    return evaluate_state(facts, state, thresholds, now)


def evaluate_state(facts: Facts, state: SilenceState, thresholds: Thresholds, now: datetime) -> Evaluation:
    """:func:`evaluate` for a silence state already computed."""
    s = situation(facts, state, now)
    return Evaluation(state, s, decide(s, thresholds))


def formal_action(evaluation: Evaluation, thresholds: Thresholds) -> Action | None:
    """The next step at the moment the formal step comes due (when the request becomes possible
    and the last follow-up is no longer fresh), with the same thresholds; None if there is none."""
    possible = evaluation.recommendation.request_possible_at
    if possible is None:
        return None
    due = max(possible, evaluation.state.next_follow_up_at or possible)
    return decide(evaluation.situation._replace(now=due), thresholds).action


def alternatives(s: Situation, rec: Recommendation, thresholds: Thresholds) -> list[Action]:
    """The recommended step first, then the other steps that are open to the user now."""
    options = [rec.action]
    extra: list[Action] = []
    if s.unanswered_sent and s.stage not in FINISHED:
        if len(s.unanswered_sent) < thresholds.follow_ups_before_formal:
            extra.append(Action.SEND_FOLLOW_UP)
        extra.append(Action.WAIT)
        if s.stage != "negotiating":
            extra.append(Action.CONTACT_SUPPORT)
        possible = request_possible_at(s, thresholds)
        if possible is not None and possible <= s.now:
            extra.append(Action.FILE_REQUEST)
    options += [a for a in extra if a not in options]
    return options


# The next steps that are about the platform's formal request (filing it, tracking it,
# answering one filed against the user; reporting completion is the step before filing).
_ROUTE_ACTIONS = frozenset({
    Action.FILE_REQUEST, Action.TRACK_REQUEST, Action.RESPOND_TO_REQUEST, Action.REPORT_COMPLETION_FIRST,
})


def route(platform: str, rec: Recommendation) -> str | None:
    """The code of the platform's formal route ``rec`` is about (its rule pack's), or None."""
    if rec.route is not None:
        return rec.route
    pack = pack_for(platform)
    return pack.request.code if rec.action in _ROUTE_ACTIONS and pack.routes else None


# --- urgency ------------------------------------------------------------------------------------

URGENT, ACTION, WAITING, NONE = 3, 2, 1, 0

URGENCY_BY_ACTION = {
    Action.RESPOND_TO_REQUEST: URGENT,
    Action.REPLY_NOW: ACTION,  # urgent once overdue, where the other side could file (urgency())
    Action.SEND_FOLLOW_UP: ACTION,
    Action.FILE_REQUEST: ACTION,
    Action.REPORT_COMPLETION_FIRST: ACTION,
    Action.CONTACT_SUPPORT: ACTION,
    Action.WAIT: WAITING,
    Action.TRACK_REQUEST: WAITING,
    Action.MOVE_ON: NONE,
    Action.NOTHING_TO_DO: NONE,
}

# Within one urgency level, what comes first (higher first when sorted by urgency).
ACTION_RANK = {
    Action.RESPOND_TO_REQUEST: 2,  # a deadline that cancels or charges the user
    Action.REPLY_NOW: 1,
    Action.REPORT_COMPLETION_FIRST: 3,  # the user's own work is at stake
    Action.FILE_REQUEST: 2,
    Action.CONTACT_SUPPORT: 1,
    Action.TRACK_REQUEST: 1,
}


def action_urgency(action: Action | None) -> int:
    """The urgency level of a next step (a list row's ``action``, stored or computed)."""
    return URGENCY_BY_ACTION.get(action, NONE) if action is not None else NONE


def urgency(rec: Recommendation | None, now: datetime | None = None) -> int:
    """How urgent ``rec`` is at ``now``: a reply owed grows urgent once overdue (its
    ``urgent_from``), and only where the other side could file against the user; without
    ``now`` (a row not computed yet) the level of its action."""
    if rec is None:
        return NONE
    if rec.urgent_from is not None and now is not None and now >= rec.urgent_from:
        return URGENT
    return action_urgency(rec.action)


def action_rank(rec: Recommendation | None) -> int:
    return ACTION_RANK.get(rec.action, 0) if rec is not None else 0
