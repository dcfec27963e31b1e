"""The reminder scheduler: one single-shot timer armed for the next due instant. Nothing polls.

It re-plans when the data change, after a wall-clock jump (sleep/resume, a clock or time-zone
change: wall time and monotonic time disagree), and on a slow safety timer. What fires is stored
as fired, so a restart never fires it again; several at once (after sleep, at start-up) make one
summary notification, not a burst. While the user fills in history (messages dated in the past,
an import: Controller.settle_until), nothing fires; once they pause, what is still due then comes
at once, so states that were over before they finished typing never notify.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from companion.controller import Controller
from companion.model.reminders import (
    Plan,
    Reminder,
    in_quiet_hours,
    most_pressing,
    next_digest,
    plan,
    quiet_ends_at,
    reminders_for,
)
from companion.store import repo

log = logging.getLogger(__name__)

MAX_TIMER_MS = 2**31 - 1  # QTimer's limit (about 24.8 days): longer waits are capped
SAFETY_MS = 15 * 60 * 1000
JUMP_TOLERANCE = 60.0  # seconds of disagreement between wall and monotonic time
JUMP_CHECK_MS = 60 * 1000


class ReminderScheduler(QObject):
    #: reminders that just became due (already stored as fired)
    fired = Signal(list)
    #: the plan changed (the tray and the Reminder Center refresh)
    planned = Signal()
    #: the daily digest is due (the projects needing action)
    digest = Signal(list)

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.replan)
        self.safety = QTimer(self)
        self.safety.setInterval(SAFETY_MS)
        self.safety.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.safety.timeout.connect(self._safety_tick)
        # Qt timers run on monotonic time, which stops while the machine sleeps: a cheap check
        # each minute notices a wall-clock jump (resume, clock or zone change) and re-plans.
        self.jump_check = QTimer(self)
        self.jump_check.setInterval(JUMP_CHECK_MS)
        self.jump_check.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.jump_check.timeout.connect(self._check_jump)
        self.wall = time.time
        self.mono = time.monotonic
        self.current: Plan = Plan()
        self.rows: list[repo.ProjectRow] = []  # the overview the current plan was made from
        self.armed_for: datetime | None = None
        self._marks = (time.time(), time.monotonic())
        self.running = False
        self._unsaved: set[tuple[int, str, str]] = set()  # fired, but the database refused to record it
        controller.projects_changed.connect(lambda _id: self.replan())
        controller.reminders_changed.connect(self.replan)

    def start(self) -> None:
        self.running = True
        self.controller.settle_until = None  # (history written before the start: say it at once)
        self.safety.start()
        self.jump_check.start()
        self.replan()

    def stop(self) -> None:
        self.running = False
        self.timer.stop()
        self.safety.stop()
        self.jump_check.stop()

    def _safety_tick(self) -> None:
        self.replan()

    def clock_jumped(self) -> bool:
        """Wall time moved differently from monotonic time since the last plan."""
        drift = (self.wall() - self._marks[0]) - (self.mono() - self._marks[1])
        return abs(drift) > JUMP_TOLERANCE

    def _check_jump(self) -> None:
        if self.clock_jumped():
            log.info("the wall clock jumped (sleep, or a clock or zone change): re-planning")
            self.replan()

    def compute(self) -> Plan:
        c = self.controller
        now = c.now()
        rows = self.rows = c.overview()
        settings = repo.reminder_settings()
        reminders: list[Reminder] = []
        for facts in repo.reminder_facts(rows, c.thresholds):
            reminders += reminders_for(facts, c.thresholds, settings)
        return plan(reminders, repo.reminder_states(), now, settings, c.clock.local_tz())

    def replan(self) -> None:
        if not self.running:
            return
        self._marks = (self.wall(), self.mono())
        result = self.compute()
        due = [r for r in result.due if r.key not in self._unsaved]
        settle = self.controller.settle_until
        if due and settle is not None and self.controller.now() < settle:
            # The user is filling in history: what is due now may be over by the time they are
            # done. Nothing fires until they pause; then what is still due comes as one summary.
            result = dataclasses.replace(result, due=(), held=(*result.held, *due), next_at=min(
                t for t in (result.next_at, settle) if t is not None))
            due = []
        if due:
            if not self.controller.scheduler_record(keys=[r.key for r in due]):
                self._unsaved.update(r.key for r in due)  # (a read-only database: never twice)
            self.fired.emit(due)
            result = self.compute()  # the fired ones are no longer due
        self.current = result
        wake = [t for t in (result.next_at, self._digest_check()) if t is not None]
        self._arm(min(wake) if wake else None)
        self.planned.emit()

    def _digest_check(self) -> datetime | None:
        """Send the daily digest if its hour has come; return the next digest instant."""
        c = self.controller
        settings = repo.reminder_settings()
        if settings.digest_hour is None:
            return None
        now, tz = c.now(), c.clock.local_tz()
        last_value = repo.get_setting("digest_last")
        last = repo.from_db_time(last_value) if isinstance(last_value, str) else None
        due = next_digest(now, settings, tz, last)
        if due is not None and due <= now:
            # held back like any reminder by quiet hours, quiet mode and snooze-all
            holds = []
            if in_quiet_hours(now, settings, tz):
                holds.append(quiet_ends_at(now, settings, tz))
            for until in (settings.quiet_until, settings.snooze_all_until):
                if until is not None and now < until:
                    holds.append(until)
            if holds:
                return max(holds)
            self.controller.scheduler_record(digest_at=now)
            rows = [r for r in self.rows if not r.archived and r.recommendation and r.recommendation.action.value not in ("nothing_to_do", "move_on")]
            self.digest.emit(rows)
            due = next_digest(now, settings, tz, now)
        return due

    def _arm(self, when: datetime | None) -> None:
        self.timer.stop()
        self.armed_for = when
        if when is None:
            return
        ms = (when - self.controller.now()) / timedelta(milliseconds=1)
        # one second late rather than early: a timer firing just before the instant would find
        # nothing due and re-arm for a few milliseconds
        self.timer.start(int(min(max(ms + 1000, 0), MAX_TIMER_MS)))

    def due_and_snoozed(self) -> tuple[list[Reminder], list[Reminder]]:
        """For the Reminder Center: what is due (fired and not dismissed, or held back), one per
        project, its most pressing; and what is snoozed. Reminders about a deadline that has
        passed are left out."""
        states = repo.reminder_states()
        now = self.controller.now()
        fired = [
            r for r in self.current.all
            if (s := states.get(r.key)) is not None and s.status == "fired"
            and not (r.deadline_at is not None and r.deadline_at <= now and r.kind != "deadline_passed")
        ]
        return most_pressing(fired + list(self.current.held)), list(self.current.snoozed)


def reminder_text(r: Reminder, now: datetime) -> str:
    """One line saying what the reminder is about (translated)."""
    from companion.ui import text

    left = text.format_duration(r.deadline_at - now) if r.deadline_at and r.deadline_at > now else ""
    if r.platform != "lancers":  # (the texts below name Lancers' request and its 7 days)
        own = {
            "request_against": QCoreApplication.translate("Reminders", "A formal request was filed against you: %1 left to answer").replace("%1", left),
            "deadline_soon": QCoreApplication.translate("Reminders", "Your request's clock ends in less than a day (%1)").replace("%1", left),
            "deadline_passed": QCoreApplication.translate("Reminders", "Your request's time is over: check on the platform what happened"),
            "request_possible": QCoreApplication.translate("Reminders", "The platform's formal step is now possible"),
            "formal_contact_support": QCoreApplication.translate("Reminders", "Time for the next step: ask the platform's support to contact them"),
            "formal_report_completion_first": QCoreApplication.translate("Reminders", "Time for the next step: the platform's formal delivery first"),
        }.get(r.kind)
        if own:
            return own
    return {
        "request_against": QCoreApplication.translate("Reminders", "A reminder request was filed against you: answer within 7 days"),
        "request_against_daily": QCoreApplication.translate("Reminders", "Request against you: %1 left to answer").replace("%1", left),
        "request_against_soon": QCoreApplication.translate("Reminders", "Request against you: less than a day left (%1)").replace("%1", left),
        "reply_owed": QCoreApplication.translate("Reminders", "They are waiting for your reply"),
        "deadline_soon": QCoreApplication.translate("Reminders", "Your reminder request's deadline is in less than a day (%1)").replace("%1", left),
        "deadline_passed": QCoreApplication.translate("Reminders", "Your reminder request's deadline passed: support now reviews it"),
        "follow_up_due": QCoreApplication.translate("Reminders", "A polite follow-up is due"),
        "request_possible": QCoreApplication.translate("Reminders", "The formal reminder request is now possible"),
        "formal_contact_support": QCoreApplication.translate("Reminders", "Time for the next step: ask support (事務局) to contact them"),
        "formal_report_completion_first": QCoreApplication.translate("Reminders", "Time for the next step: report completion (仕事完了報告) first, then file"),
        "obligation_due": QCoreApplication.translate("Reminders", "A platform deadline is on you: act within %1").replace("%1", left),
        "obligation_soon": QCoreApplication.translate("Reminders", "Less than a day left on a platform deadline (%1)").replace("%1", left),
        "auto_outcome_passed": QCoreApplication.translate(
            "Reminders", "The platform should have acted by itself by now: if nothing happened, ask its support"),
        "expiry_soon": QCoreApplication.translate(
            "Reminders", "The Lancers transaction deadline (取引期限) is in %1: then it is cancelled automatically, unless it is extended",
        ).replace("%1", left),
    }.get(r.kind, r.kind)


def reminder_source(r: Reminder) -> str:
    """Where the rule a reminder is about is written (for the Reminder Center), or ''."""
    from companion.model.rules import pack_for
    from companion.ui import text

    code = _REMINDER_RULES.get(r.kind)
    rule = pack_for(r.platform).rules.get(code) if code else None
    return text.sources_text([rule]) if rule is not None else ""


# The platform rule each reminder kind is about (a code in the rule pack's rules).
_REMINDER_RULES = {
    "expiry_soon": "trade_deadline",
    "request_possible": "request_eligibility",
    "request_against": "request_deadline_7_days",
    "request_against_daily": "request_deadline_7_days",
    "request_against_soon": "request_deadline_7_days",
    "deadline_soon": "request_deadline_7_days",
    "deadline_passed": "support_reviews_after_deadline",
    "follow_up_due": "three_messages_first",
    "formal_contact_support": "support_contact",
    "formal_report_completion_first": "request_outcome",
}
