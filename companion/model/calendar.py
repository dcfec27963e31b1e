"""The calendar (.ics, RFC 5545) of what is coming: each project's platform deadlines and the
app's own reminders, as events a phone's calendar shows and rings for.

It is made from what the reminders already compute (:func:`companion.model.reminders.reminders_for`),
so the calendar rings when the app would notify. A reminder about a deadline (a request against
the user, the user's own request, a platform deadline on the user, Lancers' 取引期限) becomes an
alarm on that deadline's event; the others (a follow-up due, a reply owed, the formal step
becoming possible, the platform acting by itself) are events of their own, with an alarm as they
start. Only what is still to come is in it.

Each event's UID is its project, kind and anchor (the instant that armed it, as the reminders key
their periods), so exporting again updates the same events instead of adding copies. Pure: no Qt,
no database; the words come from the caller, in the interface language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from companion.model.clock import ensure_utc
from companion.model.reminders import Reminder

#: The reminder kinds that are about a deadline, and the deadline event they ring on.
DEADLINE_OF = {
    "request_against": "request_against_deadline",
    "request_against_daily": "request_against_deadline",
    "request_against_soon": "request_against_deadline",
    "deadline_soon": "request_deadline",
    "deadline_passed": "request_deadline",
    "obligation_due": "obligation_deadline",
    "obligation_soon": "obligation_deadline",
    "expiry_soon": "trade_deadline",
}
#: The reminder kinds that are events of their own (at the instant they come due).
OWN_EVENT = {
    "auto_outcome_passed": "auto_outcome",
    "request_possible": "request_possible",
    "formal_report_completion_first": "formal_report_completion_first",
    "formal_contact_support": "formal_contact_support",
    "reply_owed": "reply_owed",
    "follow_up_due": "follow_up_due",
}
#: Every kind of event the calendar holds (what the caller must have words for).
KINDS = tuple(dict.fromkeys([*DEADLINE_OF.values(), *OWN_EVENT.values()]))
# Kinds whose event is one per project, whatever armed it: the Lancers 取引期限 moves when it is
# extended, and the phone should move the event, not keep the old date beside the new one.
ONE_PER_PROJECT = frozenset({"trade_deadline"})
EVENT_LENGTH = timedelta(minutes=15)  # a deadline is an instant; a calendar shows a short block
UID_DOMAIN = "renraku-companion"


@dataclass(frozen=True)
class Entry:
    """One event: a project's deadline or reminder, at an instant (UTC), with its alarms."""

    project_id: int
    kind: str  # one of KINDS
    anchor: datetime  # the instant that armed it (UTC)
    at: datetime  # when it is (UTC)
    alarms: tuple[datetime, ...] = ()  # when the phone reminds (UTC), at or before ``at``
    platform: str = "lancers"
    title: str = ""

    @property
    def uid(self) -> str:
        if self.kind in ONE_PER_PROJECT:
            return f"project-{self.project_id}-{self.kind}@{UID_DOMAIN}"
        return f"project-{self.project_id}-{self.kind}-{self.anchor:%Y%m%dT%H%M%SZ}@{UID_DOMAIN}"


class Words(NamedTuple):
    """What an event says: its title, its notes, and the project's page (an http(s) URL or '')."""

    summary: str
    description: str
    url: str = ""


def entries(reminders: Iterable[Reminder], now: datetime) -> list[Entry]:
    """The events of these reminders that are still to come, soonest first. A deadline's event
    keeps the alarms of its reminders that are still ahead (one as it starts if none is)."""
    now = ensure_utc(now)
    # (a deadline's reminders share it, not their anchors: each daily one is anchored on its day)
    grouped: dict[tuple[int, str, datetime], list[Reminder]] = {}
    out: list[Entry] = []
    for r in reminders:
        deadline_kind = DEADLINE_OF.get(r.kind)
        if deadline_kind is not None and r.deadline_at is not None:
            grouped.setdefault((r.project_id, deadline_kind, ensure_utc(r.deadline_at)), []).append(r)
        elif r.kind in OWN_EVENT and ensure_utc(r.due_at) > now:
            due = ensure_utc(r.due_at)
            out.append(Entry(r.project_id, OWN_EVENT[r.kind], ensure_utc(r.anchor), due, (due,), r.platform, r.title))
    for (project_id, kind, at), group in grouped.items():
        if at <= now:
            continue
        anchor = min(ensure_utc(r.anchor) for r in group)  # what armed the deadline (the filing)
        alarms = sorted({ensure_utc(r.due_at) for r in group if now < ensure_utc(r.due_at) <= at})
        first = group[0]
        out.append(Entry(project_id, kind, anchor, at, tuple(alarms) or (at,), first.platform, first.title))
    return sorted(out, key=lambda e: (e.at, e.project_id, e.kind))


def to_ics(
    items: Sequence[Entry], words: Callable[[Entry], Words], now: datetime, *, name: str, product: str,
    language: str = "",
) -> bytes:
    """The calendar as RFC 5545 text (CRLF lines, UTF-8). ``now`` is every event's DTSTAMP;
    ``name`` is what a calendar app calls the calendar, ``product`` the PRODID's name."""
    from icalendar import Alarm, Calendar, Event

    stamp = ensure_utc(now).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", f"-//{product}//{product}//{language.upper() or 'EN'}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("name", name)
    for item in items:
        text = words(item)
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        start = _utc(item.at)
        event.add("dtstart", start)
        event.add("dtend", start + EVENT_LENGTH)
        event.add("summary", text.summary)
        if text.description:
            event.add("description", text.description)
        if text.url:
            event.add("url", text.url)
        event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: the time stays free
        for alarm_at in item.alarms:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", text.summary)
            alarm.add("trigger", _utc(alarm_at) - start)  # relative to the start
            event.add_component(alarm)
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def _utc(value: datetime) -> datetime:
    return ensure_utc(value).astimezone(UTC).replace(microsecond=0)


def without_stamps(ics: bytes) -> bytes:
    """The calendar without its DTSTAMP lines: what says whether two exports hold the same."""
    return b"\r\n".join(line for line in ics.split(b"\r\n") if not line.startswith(b"DTSTAMP"))
