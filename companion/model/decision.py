"""The policy of DOMAIN.md ("The decision"): ``decide(situation, thresholds)``.

The rules themselves are per platform, one rule pack each (:mod:`companion.model.rules`):
``decide`` asks the project's pack, which applies its steps in order, first match wins, and
returns a :class:`Recommendation` with the action, the relevant instants, the warnings and the
reasons (codes the UI translates, each tied to the rule that justifies it).
"""

from __future__ import annotations

from datetime import datetime

from companion.model.rules import (
    FINISHED,
    MID_CONTRACT,
    Action,
    Reason,
    Recommendation,
    Situation,
    lancers,
    likely_causes,
    pack_for,
)
from companion.model.timers import SilenceState, Thresholds

__all__ = [
    "FINISHED",
    "MID_CONTRACT",
    "Action",
    "Reason",
    "Recommendation",
    "Situation",
    "decide",
    "likely_causes",
    "outcome_for_stage",
    "request_possible_at",
    "situation_from_state",
]


def outcome_for_stage(stage: str) -> str | None:
    """What an unanswered Lancers 連絡催促申請 leads to at ``stage`` (None: nothing automatic)."""
    return lancers.outcome_for_stage(stage)


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
    return Situation(
        platform=platform,
        role=role,
        contract_type=contract_type,
        stage=stage,
        now=now,
        plan_change_pending=plan_change_pending,
        last_received_at=last_received,
        reply_needed=state.reply_owed_since is not None,
        unanswered_sent=state.unanswered,
        last_sent_read=state.last_sent_read,
        own_request_filed_at=own_request_filed_at,
        request_against_user_at=request_against_user_at,
        wants_to_continue=wants_to_continue,
        reply_owed_since=state.reply_owed_since,
    )


def request_possible_at(s: Situation, t: Thresholds) -> datetime | None:
    """When the platform's formal request can be filed, or None if it cannot be for this project
    (the Lancers 連絡催促申請; no other platform has a pack that knows one yet)."""
    return pack_for(s.platform).request_possible_at(s, t)


def decide(s: Situation, t: Thresholds) -> Recommendation:
    """The next step for ``s``, by the rules of its platform's pack."""
    return pack_for(s.platform).decide(s, t)
