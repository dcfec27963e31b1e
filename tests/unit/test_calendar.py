"""The calendar (.ics): which reminders give which events, their UIDs stay the same from one
export to the next, every time is UTC, nothing past is in it, and what is written parses back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from companion.model import calendar
from companion.model.calendar import Entry, Words, entries, to_ics, without_stamps
from companion.model.reminders import KINDS, Reminder, ReminderSettings, reminders_for
from companion.model.timers import DEFAULT_THRESHOLDS
from tests.unit.test_reminders import facts as project_facts

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
H, D = timedelta(hours=1), timedelta(days=1)


def r(kind: str, anchor: datetime, due: datetime, deadline: datetime | None = None, pid: int = 1) -> Reminder:
    return Reminder(pid, kind, anchor, due, deadline, f"Project {pid}", "lancers")


def words(entry: Entry) -> Words:
    return Words(f"{entry.kind}: {entry.title}", f"notes of {entry.project_id}\nline two", "https://www.lancers.jp/work/1")


def ics(items, now=NOW) -> bytes:
    return to_ics(items, words, now, name="Deadlines", product="Renraku Companion test", language="en")


FILED = NOW - 2 * D
DEADLINE = FILED + 7 * D

CASES = [
    # (reminders, expected [(kind, at, alarms)])
    pytest.param(
        [r("follow_up_due", NOW - D, NOW + 3 * H)],
        [("follow_up_due", NOW + 3 * H, (NOW + 3 * H,))], id="a follow-up due later: its own event, an alarm as it starts",
    ),
    pytest.param([r("follow_up_due", NOW - 3 * D, NOW - H)], [], id="a follow-up already due: nothing past"),
    pytest.param(
        [r("reply_owed", NOW, NOW + 24 * H), r("request_possible", NOW - 7 * D, NOW + 2 * D)],
        [("reply_owed", NOW + 24 * H, (NOW + 24 * H,)), ("request_possible", NOW + 2 * D, (NOW + 2 * D,))],
        id="reply owed and the request becoming possible",
    ),
    pytest.param(
        [r("formal_contact_support", NOW, NOW + H), r("formal_report_completion_first", NOW, NOW + 2 * H, pid=2)],
        [("formal_contact_support", NOW + H, (NOW + H,)), ("formal_report_completion_first", NOW + 2 * H, (NOW + 2 * H,))],
        id="the formal step to take instead of filing",
    ),
    pytest.param(
        [r("deadline_soon", FILED, DEADLINE - D, DEADLINE), r("deadline_passed", FILED, DEADLINE, DEADLINE)],
        [("request_deadline", DEADLINE, (DEADLINE - D, DEADLINE))],
        id="own request: one event at its deadline, the reminders as its alarms",
    ),
    pytest.param(
        [r("request_against", FILED, FILED, DEADLINE)]
        + [r("request_against_daily", FILED + k * D, FILED + k * D, DEADLINE) for k in range(1, 7)]
        + [r("request_against_soon", FILED, DEADLINE - D, DEADLINE)],
        [("request_against_deadline", DEADLINE, tuple(FILED + k * D for k in range(3, 7)))],  # (the last day: one alarm)
        id="a request against the user: one event, the daily reminders still ahead as alarms",
    ),
    pytest.param(
        [r("deadline_soon", NOW - 8 * D, NOW - 2 * D, NOW - D), r("deadline_passed", NOW - 8 * D, NOW - D, NOW - D)],
        [], id="a deadline that passed: nothing",
    ),
    pytest.param(
        [r("obligation_due", NOW + 10 * H, NOW - 38 * H, NOW + 10 * H), r("obligation_soon", NOW + 10 * H, NOW - 14 * H, NOW + 10 * H)],
        [("obligation_deadline", NOW + 10 * H, (NOW + 10 * H,))],
        id="a deadline still open whose reminders came: an alarm as it comes",
    ),
    pytest.param(
        [r("expiry_soon", NOW + 40 * D, NOW + 10 * D, NOW + 40 * D)],
        [("trade_deadline", NOW + 40 * D, (NOW + 10 * D,))], id="Lancers' 取引期限",
    ),
    pytest.param(
        [r("auto_outcome_passed", NOW + 5 * D, NOW + 5 * D)],
        [("auto_outcome", NOW + 5 * D, (NOW + 5 * D,))], id="the platform acting by itself",
    ),
]


@pytest.mark.parametrize(("reminders", "expected"), CASES)
def test_which_reminders_give_which_events(reminders, expected):
    got = [(e.kind, e.at, e.alarms) for e in entries(reminders, NOW)]
    assert got == expected


def test_every_reminder_kind_has_a_place_in_the_calendar():
    assert set(calendar.DEADLINE_OF) | set(calendar.OWN_EVENT) == set(KINDS)
    assert set(calendar.KINDS) == set(calendar.DEADLINE_OF.values()) | set(calendar.OWN_EVENT.values())


def all_reminders() -> list[Reminder]:
    return [rem for case in CASES for rem in case.values[0]]


def test_the_output_parses_back_with_every_event_in_utc_and_its_alarms():
    items = entries(all_reminders(), NOW)
    cal = Calendar.from_ical(ics(items))
    assert str(cal["VERSION"]) == "2.0" and "Renraku Companion test" in str(cal["PRODID"])
    events = cal.walk("VEVENT")
    assert len(events) == len(items)
    for item, event in zip(items, events, strict=True):
        start = event.decoded("DTSTART")
        assert start == item.at and start.utcoffset() == timedelta(0)
        assert event.decoded("DTEND") - start == calendar.EVENT_LENGTH
        assert event.decoded("DTSTAMP") == NOW
        assert str(event["UID"]) == item.uid
        assert str(event["SUMMARY"]) == f"{item.kind}: {item.title}"
        assert str(event["DESCRIPTION"]) == f"notes of {item.project_id}\nline two"
        assert str(event["URL"]) == "https://www.lancers.jp/work/1"
        alarms = event.walk("VALARM")
        assert [start + a.decoded("TRIGGER") for a in alarms] == list(item.alarms)
        assert all(str(a["ACTION"]) == "DISPLAY" for a in alarms)
        assert start > NOW and all(start + a.decoded("TRIGGER") > NOW for a in alarms)
    assert b"\r\n" in ics(items) and b"\n" not in ics(items).replace(b"\r\n", b"")


def test_uids_are_stable_across_exports_and_differ_between_events():
    first = entries(all_reminders(), NOW)
    later = entries(all_reminders(), NOW + timedelta(minutes=30))  # another run, a little later
    assert [e.uid for e in first] == [e.uid for e in later if e.uid in {x.uid for x in first}]
    assert len({e.uid for e in first}) == len(first)
    assert all(e.uid.endswith("@renraku-companion") for e in first)
    # the request against the user: anchored on its filing, not on a daily reminder
    [against] = [e for e in first if e.kind == "request_against_deadline"]
    assert against.uid == f"project-1-request_against_deadline-{FILED:%Y%m%dT%H%M%SZ}@renraku-companion"
    # the 取引期限 is one event per project: an extension moves it
    moved = entries([r("expiry_soon", NOW + 50 * D, NOW + 20 * D, NOW + 50 * D)], NOW)
    assert moved[0].uid == next(e.uid for e in first if e.kind == "trade_deadline")


def test_the_same_events_later_differ_only_in_their_stamps():
    items = entries([r("follow_up_due", NOW - D, NOW + 3 * H)], NOW)
    a, b = ics(items, NOW), ics(items, NOW + timedelta(minutes=5))
    assert a != b and without_stamps(a) == without_stamps(b)
    other = entries([r("follow_up_due", NOW - D, NOW + 4 * H)], NOW)
    assert without_stamps(ics(other)) != without_stamps(a)


def test_an_empty_calendar_is_still_a_calendar():
    cal = Calendar.from_ical(ics([]))
    assert cal.walk("VEVENT") == [] and str(cal["X-WR-CALNAME"]) == "Deadlines"


def test_from_a_projects_real_reminders():
    """A project whose own request was filed: its reminders (reminders_for) give one deadline event."""
    p = project_facts(own_request_at=FILED)
    rems = reminders_for(p, DEFAULT_THRESHOLDS, ReminderSettings())
    got = entries(rems, NOW)
    assert [(e.kind, e.at) for e in got] == [("request_deadline", FILED + DEFAULT_THRESHOLDS.request_deadline)]
