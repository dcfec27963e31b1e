"""Reminders as pure data: what is armed, what is due, what waits (quiet hours, snoozes)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.model.reminders import (
    ProjectFacts,
    ReminderSettings,
    StoredState,
    in_quiet_hours,
    plan,
    reminders_for,
    snooze_until,
)
from companion.model.timers import DEFAULT_THRESHOLDS as T

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday
D = timedelta(days=1)
H = timedelta(hours=1)
TOKYO = ZoneInfo("Asia/Tokyo")
NONE = ReminderSettings()


def facts(**kw) -> ProjectFacts:
    base = dict(
        project_id=1, title="x", platform="lancers", stage="escrow_funded", archived=False, action="wait",
        unanswered_count=0, last_sent_at=None, next_follow_up_at=None, reply_owed_since=None,
        request_possible_at=None, own_request_at=None, request_against_at=None,
    )
    base.update(kw)
    return ProjectFacts(**base)


def kinds(p, s=NONE):
    return sorted({r.kind for r in reminders_for(p, T, s)})


def test_follow_up_is_armed_by_the_last_message():
    p = facts(unanswered_count=1, last_sent_at=T0, next_follow_up_at=T0 + 2 * D, action="wait")
    [r] = reminders_for(p, T, NONE)
    assert (r.kind, r.due_at, r.anchor) == ("follow_up_due", T0 + 2 * D, T0)


def test_request_possible_after_enough_follow_ups():
    p = facts(unanswered_count=3, last_sent_at=T0, next_follow_up_at=T0 + 2 * D, request_possible_at=T0 + 4 * D, action="wait", formal_action="file_request")
    assert [(r.kind, r.due_at) for r in reminders_for(p, T, NONE)] == [("request_possible", T0 + 4 * D)]
    # the window is open already, but the last follow-up is fresh: remind when the gap has passed
    fresh = facts(unanswered_count=3, last_sent_at=T0, next_follow_up_at=T0 + 2 * D, request_possible_at=T0 - D, action="wait", formal_action="file_request")
    assert [r.due_at for r in reminders_for(fresh, T, NONE)] == [T0 + 2 * D]


@pytest.mark.parametrize(
    ("formal", "kind"),
    [("contact_support", "formal_contact_support"), ("report_completion_first", "formal_report_completion_first"), ("move_on", None)],
)
def test_the_formal_step_reminder_names_the_right_step(formal, kind):
    """Never "you can file now" for a worker mid-work or one who has not reported completion."""
    p = facts(unanswered_count=3, last_sent_at=T0, next_follow_up_at=T0 + 2 * D, request_possible_at=T0 + 4 * D, action="wait", formal_action=formal)
    assert [r.kind for r in reminders_for(p, T, NONE)] == ([kind] if kind else [])


def test_reply_owed_after_the_set_time():
    [r] = reminders_for(facts(reply_owed_since=T0, action="reply_now"), T, ReminderSettings(reply_owed_after=6 * H))
    assert (r.kind, r.due_at) == ("reply_owed", T0 + 6 * H)


def test_request_against_the_user_at_once_daily_and_before_the_deadline():
    rs = reminders_for(facts(request_against_at=T0, action="respond_to_request"), T, NONE)
    dues = sorted((r.kind, r.due_at) for r in rs)
    assert ("request_against", T0) in dues
    assert [d for k, d in dues if k == "request_against_daily"] == [T0 + k * D for k in range(1, 7)]
    assert ("request_against_soon", T0 + 6 * D) in dues
    assert all(r.deadline_at == T0 + 7 * D for r in rs)


def test_own_request_deadline_soon_and_passed():
    rs = {r.kind: r.due_at for r in reminders_for(facts(own_request_at=T0, action="track_request"), T, NONE)}
    assert rs == {"deadline_soon": T0 + 6 * D, "deadline_passed": T0 + 7 * D}


def test_lancers_expiry_30_days_before_the_trade_deadline():
    [r] = reminders_for(facts(trade_deadline_at=T0 + 365 * D), T, NONE)
    assert (r.kind, r.due_at, r.deadline_at) == ("expiry_soon", T0 + 335 * D, T0 + 365 * D)
    assert reminders_for(facts(trade_deadline_at=T0, platform="crowdworks"), T, NONE) == []
    # an extended deadline is a new reminder (it is keyed by the deadline)
    [later] = reminders_for(facts(trade_deadline_at=T0 + 400 * D), T, NONE)
    assert later.key != r.key


def test_nothing_for_archived_or_finished_projects():
    assert reminders_for(facts(archived=True, reply_owed_since=T0), T, NONE) == []
    assert kinds(facts(stage="paid", unanswered_count=1, last_sent_at=T0, next_follow_up_at=T0 + 2 * D)) == []


def test_a_fired_reminder_is_not_due_again_but_a_new_period_is():
    p = facts(unanswered_count=1, last_sent_at=T0, next_follow_up_at=T0 + 2 * D)
    rs = reminders_for(p, T, NONE)
    first = plan(rs, {}, T0 + 3 * D, NONE, UTC)
    assert [r.kind for r in first.due] == ["follow_up_due"]
    states = {first.due[0].key: StoredState("fired")}
    assert plan(rs, states, T0 + 4 * D, NONE, UTC).due == ()  # a restart never fires it twice
    # the user sends another message: a new armed period
    p2 = facts(unanswered_count=2, last_sent_at=T0 + 4 * D, next_follow_up_at=T0 + 6 * D)
    later = plan(reminders_for(p2, T, NONE), states, T0 + 6 * D, NONE, UTC)
    assert [r.anchor for r in later.due] == [T0 + 4 * D]


def test_snoozed_until_then_due_and_next_wake_is_the_snooze_end():
    rs = reminders_for(facts(reply_owed_since=T0), T, NONE)
    key = rs[0].key
    states = {key: StoredState("snoozed", T0 + 30 * H)}
    p = plan(rs, states, T0 + 25 * H, NONE, UTC)
    assert p.due == () and p.snoozed and p.next_at == T0 + 30 * H
    assert [r.kind for r in plan(rs, states, T0 + 30 * H, NONE, UTC).due] == ["reply_owed"]


QUIET = ReminderSettings(quiet_start=time(22, 0), quiet_end=time(7, 0))


@pytest.mark.parametrize(
    ("local", "quiet"),
    [("21:59", False), ("22:00", True), ("23:30", True), ("03:00", True), ("06:59", True), ("07:00", False), ("12:00", False)],
)
def test_quiet_hours_wrap_midnight(local, quiet):
    hh, mm = map(int, local.split(":"))
    when = datetime(2026, 11, 3, hh, mm, tzinfo=TOKYO)
    assert in_quiet_hours(when, QUIET, TOKYO) is quiet


def test_quiet_hours_on_chosen_weekdays_only():
    weekdays = ReminderSettings(quiet_start=time(22, 0), quiet_end=time(7, 0), quiet_weekdays=frozenset(range(5)))
    friday_night = datetime(2026, 11, 6, 23, 0, tzinfo=TOKYO)
    saturday_night = datetime(2026, 11, 7, 23, 0, tzinfo=TOKYO)
    saturday_early = datetime(2026, 11, 7, 3, 0, tzinfo=TOKYO)  # belongs to Friday's window
    assert in_quiet_hours(friday_night, weekdays, TOKYO)
    assert not in_quiet_hours(saturday_night, weekdays, TOKYO)
    assert in_quiet_hours(saturday_early, weekdays, TOKYO)


def test_quiet_hours_hold_reminders_until_morning_except_near_deadlines():
    night = datetime(2026, 11, 3, 23, 0, tzinfo=TOKYO)
    follow = reminders_for(facts(unanswered_count=1, last_sent_at=night - 3 * D, next_follow_up_at=night - H), T, NONE)
    p = plan(follow, {}, night, QUIET, TOKYO)
    assert p.due == () and [r.kind for r in p.held] == ["follow_up_due"]
    assert p.next_at == datetime(2026, 11, 4, 7, 0, tzinfo=TOKYO)
    against = reminders_for(facts(request_against_at=night - 6 * D - 2 * H), T, NONE)
    due = plan(against, {}, night, QUIET, TOKYO).due
    assert "request_against_soon" in {r.kind for r in due}  # deadline within 24 h: not held


def test_quiet_mode_and_snooze_all_hold_everything_until_they_end():
    rs = reminders_for(facts(reply_owed_since=T0 - 2 * D), T, NONE)
    s = ReminderSettings(quiet_until=T0 + H)
    p = plan(rs, {}, T0, s, UTC)
    assert p.due == () and p.next_at == T0 + H
    assert plan(rs, {}, T0 + H, s, UTC).due
    s2 = ReminderSettings(snooze_all_until=T0 + 2 * H)
    assert plan(rs, {}, T0, s2, UTC).next_at == T0 + 2 * H


def test_reminders_about_a_passed_deadline_are_dropped():
    rs = reminders_for(facts(request_against_at=T0 - 8 * D), T, NONE)
    assert plan(rs, {}, T0, NONE, UTC).due == ()


def test_dst_quiet_hours_use_local_wall_time():
    berlin = ZoneInfo("Europe/Berlin")
    s = ReminderSettings(quiet_start=time(22, 0), quiet_end=time(7, 0))
    # the night clocks go back (2026-10-25): 06:30 local is still quiet, 07:00 local is not
    assert in_quiet_hours(datetime(2026, 10, 25, 6, 30, tzinfo=berlin), s, berlin)
    assert not in_quiet_hours(datetime(2026, 10, 25, 7, 0, tzinfo=berlin), s, berlin)


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        ("hour", datetime(2026, 11, 6, 11, 0, tzinfo=TOKYO)),
        ("evening", datetime(2026, 11, 6, 18, 0, tzinfo=TOKYO)),
        ("morning", datetime(2026, 11, 7, 9, 0, tzinfo=TOKYO)),
        ("business_day", datetime(2026, 11, 9, 9, 0, tzinfo=TOKYO)),  # Friday → Monday
    ],
)
def test_snooze_presets_measured_from_the_click(preset, expected):
    friday_10 = datetime(2026, 11, 6, 10, 0, tzinfo=TOKYO)
    assert snooze_until(preset, friday_10, TOKYO) == expected


def test_evening_snooze_in_the_evening_means_tomorrow_evening():
    late = datetime(2026, 11, 6, 19, 0, tzinfo=TOKYO)
    assert snooze_until("evening", late, TOKYO) == datetime(2026, 11, 7, 18, 0, tzinfo=TOKYO)


@given(
    st.integers(min_value=0, max_value=20 * 24),
    st.integers(min_value=0, max_value=20 * 24),
    st.booleans(),
)
def test_plan_invariants(sent_h, now_h, quiet):
    now = T0 + timedelta(hours=now_h)
    p = facts(unanswered_count=1, last_sent_at=T0 + timedelta(hours=sent_h) - 10 * D, next_follow_up_at=T0 + timedelta(hours=sent_h) - 8 * D,
              request_against_at=T0 if quiet else None, reply_owed_since=None)
    s = QUIET if quiet else NONE
    result = plan(reminders_for(p, T, s), {}, now, s, TOKYO)
    for r in result.due:
        assert r.due_at <= now
    assert result.next_at is None or result.next_at > now


def test_most_pressing_keeps_one_per_project_most_urgent_first():
    from companion.model.reminders import most_pressing

    against = reminders_for(facts(project_id=1, request_against_at=T0 - 2 * D), T, NONE)
    follow = reminders_for(facts(project_id=2, unanswered_count=1, last_sent_at=T0 - 3 * D, next_follow_up_at=T0 - D), T, NONE)
    due = plan(against + follow, {}, T0, NONE, UTC).due
    assert len(due) > 2  # at once, and two daily reminders, and the follow-up
    top = most_pressing(due)
    assert [(r.project_id, r.kind) for r in top] == [(1, "request_against_daily"), (2, "follow_up_due")]
    assert top[0].due_at == T0  # the latest daily one, which says how long is left


def test_tomorrow_morning_after_midnight_is_this_morning():
    from companion.model.reminders import next_morning

    one_am = datetime(2026, 11, 3, 1, 0, tzinfo=TOKYO)
    assert next_morning(one_am, TOKYO) == datetime(2026, 11, 3, 9, 0, tzinfo=TOKYO)
    assert next_morning(one_am + 9 * H, TOKYO) == datetime(2026, 11, 4, 9, 0, tzinfo=TOKYO)
    assert snooze_until("morning", one_am, TOKYO) == datetime(2026, 11, 3, 9, 0, tzinfo=TOKYO)


def test_a_digest_stamp_from_the_future_does_not_silence_it():
    from companion.model.reminders import next_digest

    s = ReminderSettings(digest_hour=9)
    now = datetime(2026, 11, 3, 10, 0, tzinfo=TOKYO)
    assert next_digest(now, s, TOKYO, now + 400 * D) == datetime(2026, 11, 3, 9, 0, tzinfo=TOKYO)  # due now
    assert next_digest(now, s, TOKYO, now - H) == datetime(2026, 11, 4, 9, 0, tzinfo=TOKYO)


def test_platform_obligations_and_auto_outcomes_arm_their_reminders():
    """DOMAIN-PLATFORMS.md: a platform deadline on the user (Coconala's 48 h first reply) warns at
    once and a day before; an automatic outcome that should have happened (Upwork's release of
    funds) says so when its instant passes."""
    due = T0 + 2 * D
    rs = {r.kind: r for r in reminders_for(facts(platform="coconala", obligation_deadline=due), T, NONE)}
    assert rs["obligation_due"].due_at == T0 and rs["obligation_soon"].due_at == due - D
    assert rs["obligation_due"].deadline_at == due
    [passed] = reminders_for(facts(platform="upwork", auto_outcome_at=T0 + 14 * D), T, NONE)
    assert (passed.kind, passed.due_at) == ("auto_outcome_passed", T0 + 14 * D)


def test_a_routes_own_clock_is_used_for_its_deadline_reminders():
    filed = T0
    rs = {r.kind: r.due_at for r in reminders_for(
        facts(own_request_at=filed, own_request_deadline=filed + 3 * D, action="track_request"), T, NONE)}
    assert rs == {"deadline_soon": filed + 2 * D, "deadline_passed": filed + 3 * D}
    against = [r for r in reminders_for(facts(request_against_at=filed, request_against_deadline=filed + D), T, NONE)
               if r.kind == "request_against_daily"]
    assert against == []  # a one-day clock: no daily reminders in between


def test_an_obligation_reminds_as_its_window_opens_and_no_follow_up_while_the_platform_acts():
    start, due = T0, T0 + 14 * D  # an Upwork client's 14 days to review
    rs = {r.kind: r.due_at for r in reminders_for(
        facts(platform="upwork", obligation_deadline=due, obligation_start=start), T, NONE)}
    assert rs["obligation_due"] == start and rs["obligation_soon"] == due - D
    waiting = facts(platform="upwork", action="wait", unanswered_count=1, last_sent_at=T0, next_follow_up_at=T0 + 2 * D,
                    auto_outcome_at=T0 + 9 * D)
    assert kinds(waiting) == ["auto_outcome_passed"]  # no "a polite follow-up is due"
