"""Silence arithmetic: who is waiting on whom, since when, and when the formal request opens.

A project's conversation is a small state machine driven by four events (the user sends, the
counterparty sends, a received message is marked "no reply needed", a sent message is seen as
read) and by time passing::

    IDLE ──user sends──▶ WAITING_GAP ──gap passes──▶ FOLLOW_UP_DUE ──user sends──▶ WAITING_GAP
      ▲                      │                              (after N unanswered sends)
      │                      │                                          ▼
      │        counterparty writes (needs reply)          WAITING_WINDOW ──silence ≥ 7 d──▶ REQUEST_POSSIBLE
      │                      ▼
      └──user answers── REPLY_OWED ◀── counterparty writes (from any state)

* Only on-platform messages (platform messages and the workspace) move the platform's clock:
  an e-mail or chat outside the platform is kept and shown, but it neither answers the user's
  messages nor resets the 7-day silence the platform counts.
* A reply is owed for any channel: if they e-mail you, the ball is in your court. A platform
  message is only answered by a platform message (an e-mailed answer is invisible to the
  platform, which could still let them file against you); an e-mail is answered by any reply.
* Every received message that needs a reply counts, not only the last one: "thanks!" after an
  unanswered question does not take the ball out of your court.
* If the counterparty never wrote on the platform, the silence counts from the user's first
  unanswered message.
* Simultaneous messages (times typed to the minute) are ordered the same way whatever order they
  are read in: a received one first; of sent ones, an unread one counts as the latest. So a
  message the user sent in the same minute as theirs answers it, and counts as unanswered.
* Everything is an instant in UTC; durations are exact (a DST change never stretches a 7-day
  window to 7 days ± 1 hour), and the local zone only matters for display.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from companion.model.clock import ensure_utc

# The model's small immutable values are NamedTuples rather than frozen dataclasses: defining a
# frozen dataclass compiles six generated methods at import (about five times the cost of a
# NamedTuple, at every start-up), and building one sets each field through object.__setattr__
# (the project list builds thousands). Equality, hashing and the repr are the same.


class Phase(StrEnum):
    IDLE = "idle"
    REPLY_OWED = "reply_owed"
    WAITING_GAP = "waiting_gap"
    FOLLOW_UP_DUE = "follow_up_due"
    WAITING_WINDOW = "waiting_window"
    REQUEST_POSSIBLE = "request_possible"


class Thresholds(NamedTuple):
    """The user-adjustable numbers of DOMAIN.md (defaults are the domain's)."""

    follow_up_gap: timedelta = timedelta(days=2)
    follow_ups_before_formal: int = 3
    silence_before_request: timedelta = timedelta(days=7)
    request_deadline: timedelta = timedelta(days=7)
    # A reply owed becomes urgent after this long (the "remind me of a reply I owe" setting).
    reply_owed_after: timedelta = timedelta(hours=24)


DEFAULT_THRESHOLDS = Thresholds()


class _MessageFactFields(NamedTuple):
    at: datetime
    direction: str  # "out" (the user sent it) | "in" (the counterparty sent it)
    channel: str = "platform"  # platform | workspace | offplatform
    no_reply_needed: bool = False
    read_state: str = "unknown"  # unknown | unread | read (for messages the user sent)


class MessageFact(_MessageFactFields):
    """What the timers need to know of one message."""

    __slots__ = ()

    def __new__(
        cls, at: datetime, direction: str, channel: str = "platform", no_reply_needed: bool = False,
        read_state: str = "unknown",
    ) -> MessageFact:
        # Arithmetic on aware datetimes in a zone with DST is wall-clock arithmetic in Python;
        # in UTC it is exact. So every instant is converted on the way in.
        return super().__new__(cls, ensure_utc(at), direction, channel, no_reply_needed, read_state)


class SilenceState(NamedTuple):
    phase: Phase
    last_received_at: datetime | None = None  # counterparty's last on-platform message
    last_received_any_at: datetime | None = None  # ... on any channel
    unanswered: tuple[datetime, ...] = ()  # user's on-platform messages after last_received_at
    last_sent_read: bool | None = None  # read state of the latest unanswered message
    reply_owed_since: datetime | None = None
    silence_anchor: datetime | None = None
    request_possible_at: datetime | None = None
    next_follow_up_at: datetime | None = None
    reply_needed: bool = False
    last_sent_on_platform_at: datetime | None = None  # the user's latest on-platform message, answered or not

    @property
    def waiting_since(self) -> datetime | None:
        return self.unanswered[0] if self.unanswered else None

    @property
    def last_sent_at(self) -> datetime | None:
        return self.unanswered[-1] if self.unanswered else None

    @property
    def unanswered_count(self) -> int:
        return len(self.unanswered)

    def waiting_for(self, now: datetime) -> timedelta | None:
        """How long the user has been waiting on the counterparty (None when not waiting)."""
        if self.phase is Phase.REPLY_OWED or self.silence_anchor is None:
            return None
        return max(timedelta(0), now - self.silence_anchor)

    def reply_owed_for(self, now: datetime) -> timedelta | None:
        if self.reply_owed_since is None:
            return None
        return max(timedelta(0), now - self.reply_owed_since)


_READ = {"read": True, "unread": False}


def compute(
    messages: Iterable[MessageFact],
    now: datetime,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> SilenceState:
    """Compute the silence state of one project from its messages (any order)."""
    now = ensure_utc(now)
    # A total order, so the answer never depends on the order messages were read in: at the same
    # instant a received message comes first ("in" < "out"), and of sent ones an unread one counts
    # as the latest ("read" < "unknown" < "unread"): simultaneous messages happen (times typed to
    # the minute). A fact is a tuple in exactly that field order, so it sorts as itself.
    ordered = sorted(messages)
    last_in_platform: MessageFact | None = None
    last_in_any: MessageFact | None = None
    last_out_any: datetime | None = None
    last_out_platform: datetime | None = None
    for m in ordered:
        if m.direction == "in":
            last_in_any = m
            if m.channel != "offplatform":
                last_in_platform = m
        else:
            last_out_any = m.at
            if m.channel != "offplatform":
                last_out_platform = m.at
    # Reply owed: the earliest received message that needs a reply and has not been answered.
    # A platform message is answered only on the platform (the platform cannot see an e-mail, so
    # the other side could still file against you); an e-mail or chat is answered by any reply.
    reply_owed_since: datetime | None = None
    for m in ordered:
        if m.direction != "in" or m.no_reply_needed:
            continue
        answered_by = last_out_platform if m.channel != "offplatform" else last_out_any
        if answered_by is None or m.at > answered_by:
            reply_owed_since = m.at
            break
    cutoff = last_in_platform.at if last_in_platform else None
    unanswered_msgs = [
        m
        for m in ordered
        if m.direction == "out" and m.channel != "offplatform" and (cutoff is None or m.at >= cutoff)
    ]
    unanswered = tuple(m.at for m in unanswered_msgs)
    last_sent_read = _READ.get(unanswered_msgs[-1].read_state) if unanswered_msgs else None
    anchor = (cutoff if cutoff is not None else unanswered[0]) if unanswered else None
    request_possible_at = anchor + thresholds.silence_before_request if unanswered and anchor else None
    next_follow_up_at = unanswered[-1] + thresholds.follow_up_gap if unanswered else None

    if reply_owed_since is not None:
        phase = Phase.REPLY_OWED
    elif not unanswered:
        phase = Phase.IDLE
    elif next_follow_up_at is not None and now < next_follow_up_at:
        phase = Phase.WAITING_GAP
    elif len(unanswered) < thresholds.follow_ups_before_formal:
        phase = Phase.FOLLOW_UP_DUE
    elif request_possible_at is not None and now < request_possible_at:
        phase = Phase.WAITING_WINDOW
    else:
        phase = Phase.REQUEST_POSSIBLE
    return SilenceState(
        phase=phase,
        last_received_at=cutoff,
        last_received_any_at=last_in_any.at if last_in_any else None,
        unanswered=unanswered if phase is not Phase.REPLY_OWED else (),
        last_sent_read=last_sent_read if phase is not Phase.REPLY_OWED else None,
        reply_owed_since=reply_owed_since,
        silence_anchor=anchor if phase is not Phase.REPLY_OWED else None,
        request_possible_at=request_possible_at if phase is not Phase.REPLY_OWED else None,
        next_follow_up_at=next_follow_up_at if phase is not Phase.REPLY_OWED else None,
        reply_needed=reply_owed_since is not None,
        last_sent_on_platform_at=last_out_platform,
    )
