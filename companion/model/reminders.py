"""What is due when: the reminders of every project, as pure data.

Each reminder belongs to an *armed period*, identified by ``(project_id, kind, anchor)``: the
anchor is the instant that armed it (the user's last message for a follow-up, the filing time for a
request deadline...). Logging a message moves the anchor, so the old reminder is simply no longer
produced and a new one is armed; a reminder that fired, was dismissed or snoozed keeps that state
in the database under its key, so a restart never fires it twice.

The scheduler asks :func:`plan` for what is due now and for the next instant to wake up at.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo

from companion.model.clock import ensure_utc
from companion.model.rules import pack_for
from companion.model.timers import Thresholds

KINDS = (
    "request_against",  # a request was filed against the user: at once
    "request_against_daily",  # ... then every day until its deadline
    "request_against_soon",  # ... and 24 h before its deadline
    "reply_owed",  # a message needing a reply has waited more than the set time
    "deadline_soon",  # the user's own request: 24 h before its deadline
    "deadline_passed",  # ... and when it passed (support reviews)
    "follow_up_due",  # the follow-up gap has passed
    "request_possible",  # the formal request became possible (and filing is the right step)
    "formal_report_completion_first",  # ... but report completion first
    "formal_contact_support",  # ... but here, ask support instead
    "expiry_soon",  # Lancers 取引期限 within 30 days
    "obligation_due",  # a platform deadline on the user (Coconala's 48 h first reply...): at once
    "obligation_soon",  # ... and 24 h before it
    "auto_outcome_passed",  # the platform should have acted by itself (paid the user) by now
)
# Platform deadlines: shown even in quiet hours when less than 24 h away.
DEADLINE_KINDS = frozenset({
    "request_against", "request_against_daily", "request_against_soon", "deadline_soon", "obligation_due",
    "obligation_soon",
})
DAY = timedelta(days=1)
# Most pressing first: what the summary lists, and which one stands for a project.
PRIORITY = {
    "request_against_soon": 0,
    "obligation_soon": 0,
    "obligation_due": 1,
    "auto_outcome_passed": 5,
    "request_against_daily": 1,  # says how long is left: better than the "filed" one when both are due
    "request_against": 2,
    "deadline_soon": 3,
    "reply_owed": 4,
    "deadline_passed": 5,
    "request_possible": 6,
    "formal_report_completion_first": 6,
    "formal_contact_support": 6,
    "follow_up_due": 7,
    "expiry_soon": 8,
}


def most_pressing(reminders: Iterable[Reminder]) -> list[Reminder]:
    """One reminder per project (its most pressing), most pressing projects first."""
    best: dict[int, Reminder] = {}
    for r in reminders:
        current = best.get(r.project_id)
        if current is None or (PRIORITY.get(r.kind, 99), -r.due_at.timestamp()) < (PRIORITY.get(current.kind, 99), -current.due_at.timestamp()):
            best[r.project_id] = r
    return sorted(best.values(), key=lambda r: (PRIORITY.get(r.kind, 99), r.due_at))


@dataclass(frozen=True)
class ReminderSettings:
    reply_owed_after: timedelta = timedelta(hours=24)
    quiet_start: time | None = None  # local time; None: no quiet hours
    quiet_end: time | None = None
    quiet_weekdays: frozenset[int] = frozenset(range(7))  # Monday = 0; days the quiet hours apply
    quiet_until: datetime | None = None  # "quiet mode" from the tray
    snooze_all_until: datetime | None = None
    expiry_warning: timedelta = timedelta(days=30)
    digest_hour: int | None = None  # local hour of an optional daily digest


@dataclass(frozen=True)
class ProjectFacts:
    """What the reminders need to know of one project (from the overview row)."""

    project_id: int
    title: str
    platform: str
    stage: str
    archived: bool
    action: str  # the decision's action
    unanswered_count: int
    last_sent_at: datetime | None
    next_follow_up_at: datetime | None
    reply_owed_since: datetime | None
    request_possible_at: datetime | None
    own_request_at: datetime | None
    request_against_at: datetime | None
    # What the decision will say once the formal step is due (file, support, report completion
    # first...): the reminder names that step, never "you can file" when filing is wrong here.
    formal_action: str | None = None
    # When the transaction ends automatically (the Lancers 取引期限: the rule pack's
    # trade_deadline), or None where no such rule applies or the start date is unknown.
    trade_deadline_at: datetime | None = None
    # The clocks of the platform's routes (rule pack Route.deadline_at): of the user's own open
    # request and of one against the user (None: the request deadline setting after filing).
    own_request_deadline: datetime | None = None
    request_against_deadline: datetime | None = None
    # A platform deadline on the user that no one filed (rule 1b), and when the platform acts by
    # itself in the user's favour (rule 4b) while the stage says it has not yet.
    obligation_deadline: datetime | None = None
    obligation_start: datetime | None = None  # when its window opened (the stage's start), if known
    auto_outcome_at: datetime | None = None


@dataclass(frozen=True)
class Reminder:
    project_id: int
    kind: str
    anchor: datetime
    due_at: datetime
    deadline_at: datetime | None = None  # the platform deadline this reminder is about, if any
    title: str = ""
    platform: str = "lancers"  # whose rules it follows (the rule pack: sources)

    @property
    def key(self) -> tuple[int, str, str]:
        return (self.project_id, self.kind, self.anchor.isoformat())


@dataclass(frozen=True)
class StoredState:
    status: str  # fired | dismissed | snoozed
    snoozed_until: datetime | None = None


@dataclass(frozen=True)
class Plan:
    due: tuple[Reminder, ...] = ()
    held: tuple[Reminder, ...] = ()  # due but held back by quiet hours, quiet mode or snooze-all
    snoozed: tuple[Reminder, ...] = ()
    next_at: datetime | None = None
    all: tuple[Reminder, ...] = field(default=())


FINISHED = frozenset({"paid", "cancelled"})


def reminders_for(p: ProjectFacts, t: Thresholds, s: ReminderSettings) -> list[Reminder]:
    """Every reminder this project's current state arms (due or not yet)."""
    if p.archived:
        return []
    out: list[Reminder] = []
    kinds = pack_for(p.platform).reminder_kinds  # what the platform's rule pack arms

    def add(kind: str, anchor: datetime, due: datetime, deadline: datetime | None = None) -> None:
        if kind in kinds:
            out.append(Reminder(p.project_id, kind, ensure_utc(anchor), ensure_utc(due), deadline, p.title, p.platform))

    if p.request_against_at is not None:
        filed = p.request_against_at
        deadline = p.request_against_deadline or filed + t.request_deadline
        add("request_against", filed, filed, deadline)
        days = int((deadline - filed) / DAY)
        for k in range(1, days):
            add("request_against_daily", filed + k * DAY, filed + k * DAY, deadline)
        add("request_against_soon", filed, deadline - DAY, deadline)
    if p.reply_owed_since is not None:
        add("reply_owed", p.reply_owed_since, p.reply_owed_since + s.reply_owed_after)
    if p.stage in FINISHED:
        return out
    if p.obligation_deadline is not None and p.request_against_at is None:
        deadline = p.obligation_deadline
        opened = p.obligation_start if p.obligation_start is not None else deadline - 2 * DAY
        add("obligation_due", deadline, min(opened, deadline - DAY), deadline)  # as the window opens
        add("obligation_soon", deadline, deadline - DAY, deadline)
    if p.auto_outcome_at is not None:
        add("auto_outcome_passed", p.auto_outcome_at, p.auto_outcome_at)
    if p.own_request_at is not None:
        deadline = p.own_request_deadline or p.own_request_at + t.request_deadline
        add("deadline_soon", p.own_request_at, deadline - DAY, deadline)
        add("deadline_passed", p.own_request_at, deadline, deadline)
    elif p.request_against_at is None and p.reply_owed_since is None:
        if (
            p.last_sent_at is not None
            and p.next_follow_up_at is not None
            and p.unanswered_count < t.follow_ups_before_formal
            and p.auto_outcome_at is None  # (the platform acts by itself: no follow-up needed)
        ):
            add("follow_up_due", p.last_sent_at, p.next_follow_up_at)
        if (
            p.request_possible_at is not None
            and p.unanswered_count >= t.follow_ups_before_formal
            and p.formal_action in ("file_request", "report_completion_first", "contact_support")
        ):
            # not while the last follow-up is still fresh: the app says "wait" until then
            due = max(p.request_possible_at, p.next_follow_up_at or p.request_possible_at)
            kind = "request_possible" if p.formal_action == "file_request" else f"formal_{p.formal_action}"
            add(kind, p.request_possible_at, due)
    if p.trade_deadline_at is not None:  # Lancers' 取引期限: keyed by the deadline, so an
        expires = p.trade_deadline_at  # extension arms a new reminder
        add("expiry_soon", expires, expires - s.expiry_warning, expires)
    return out


def in_quiet_hours(when: datetime, s: ReminderSettings, tz: tzinfo) -> bool:
    """Quiet hours in local time; a window like 22:00–07:00 wraps midnight (and belongs to the
    day it starts on)."""
    if s.quiet_start is None or s.quiet_end is None or s.quiet_start == s.quiet_end:
        return False
    local = when.astimezone(tz)
    now_t = local.time()
    if s.quiet_start < s.quiet_end:
        return s.quiet_start <= now_t < s.quiet_end and local.weekday() in s.quiet_weekdays
    # wraps midnight: the early-morning part belongs to the previous day's window
    if now_t >= s.quiet_start:
        return local.weekday() in s.quiet_weekdays
    if now_t < s.quiet_end:
        return (local - DAY).weekday() in s.quiet_weekdays
    return False


def quiet_ends_at(when: datetime, s: ReminderSettings, tz: tzinfo) -> datetime:
    """The first instant after ``when`` that is outside quiet hours (minute resolution)."""
    assert s.quiet_end is not None
    local = when.astimezone(tz)
    end = datetime.combine(local.date(), s.quiet_end, tzinfo=tz)
    if end <= local:
        end = datetime.combine(local.date() + DAY, s.quiet_end, tzinfo=tz)
    return ensure_utc(end)


def _bypasses_quiet(r: Reminder, now: datetime) -> bool:
    return r.kind in DEADLINE_KINDS and r.deadline_at is not None and r.deadline_at - now < DAY


def plan(
    reminders: Iterable[Reminder],
    states: Mapping[tuple[int, str, str], StoredState],
    now: datetime,
    s: ReminderSettings,
    tz: tzinfo,
) -> Plan:
    now = ensure_utc(now)
    all_reminders = tuple(sorted(reminders, key=lambda r: (r.due_at, r.project_id, r.kind)))
    due: list[Reminder] = []
    held: list[Reminder] = []
    snoozed: list[Reminder] = []
    wake: list[datetime] = []
    quiet_now = in_quiet_hours(now, s, tz)
    mode_quiet = s.quiet_until is not None and now < s.quiet_until
    snooze_all = s.snooze_all_until is not None and now < s.snooze_all_until
    for r in all_reminders:
        state = states.get(r.key)
        if state is not None and state.status in ("fired", "dismissed"):
            continue
        if state is not None and state.status == "snoozed" and state.snoozed_until and now < state.snoozed_until:
            snoozed.append(r)
            wake.append(state.snoozed_until)
            continue
        if r.due_at > now:
            wake.append(r.due_at)
            continue
        if r.deadline_at is not None and r.deadline_at <= now and r.kind != "deadline_passed":
            continue  # the deadline it warns about has gone by: nothing left to remind
        if (quiet_now or mode_quiet or snooze_all) and not _bypasses_quiet(r, now):
            held.append(r)
            if snooze_all and s.snooze_all_until:
                wake.append(s.snooze_all_until)
            if mode_quiet and s.quiet_until:
                wake.append(s.quiet_until)
            if quiet_now:
                wake.append(quiet_ends_at(now, s, tz))
            if r.deadline_at is not None:
                wake.append(r.deadline_at - DAY)  # it may bypass quiet hours then
            continue
        due.append(r)
    future = [w for w in wake if w > now]
    return Plan(tuple(due), tuple(held), tuple(snoozed), min(future) if future else None, all_reminders)


# --- Snooze presets, measured from the click ------------------------------------------------


def snooze_until(preset: str, now: datetime, tz: tzinfo, *, evening: time = time(18, 0), morning: time = time(9, 0)) -> datetime:
    """1 hour, this evening, tomorrow morning, next business day (Mon-Fri) morning."""
    now = ensure_utc(now)
    local = now.astimezone(tz)
    if preset == "hour":
        return now + timedelta(hours=1)
    if preset == "evening":
        target = datetime.combine(local.date(), evening, tzinfo=tz)
        if target <= local + timedelta(minutes=30):
            target = datetime.combine(local.date() + DAY, evening, tzinfo=tz)
        return ensure_utc(target)
    if preset == "morning":
        return next_morning(now, tz, morning)
    if preset == "business_day":
        day = local.date() + DAY
        while day.weekday() >= 5:
            day += DAY
        return ensure_utc(datetime.combine(day, morning, tzinfo=tz))
    raise ValueError(f"unknown snooze preset {preset!r}")


def next_digest(now: datetime, s: ReminderSettings, tz: tzinfo, last_sent: datetime | None) -> datetime | None:
    """The next daily digest instant (local ``digest_hour``), once per local day."""
    if s.digest_hour is None:
        return None
    local = ensure_utc(now).astimezone(tz)
    today = datetime.combine(local.date(), time(s.digest_hour), tzinfo=tz)
    # sent today only if sent on today's date: a stamp from the future (a clock set wrong for a
    # while) must not silence the digest for days
    sent_today = last_sent is not None and ensure_utc(last_sent).astimezone(tz).date() == local.date()
    if sent_today:
        return ensure_utc(datetime.combine(local.date() + DAY, time(s.digest_hour), tzinfo=tz))
    return ensure_utc(today)


def next_morning(now: datetime, tz: tzinfo, morning: time = time(9, 0)) -> datetime:
    """The coming morning: today's if it is still before it (e.g. at 01:00), else tomorrow's."""
    local = ensure_utc(now).astimezone(tz)
    day = local.date() if local.time() < morning else local.date() + DAY
    return ensure_utc(datetime.combine(day, morning, tzinfo=tz))
