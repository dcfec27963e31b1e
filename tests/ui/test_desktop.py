"""Tray, notifications, the reminder scheduler and single instance, with an injected clock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from companion.controller import Controller
from companion.desktop import autostart
from companion.desktop.integration import Desktop
from companion.desktop.scheduler import MAX_TIMER_MS
from companion.desktop.single_instance import SingleInstance
from companion.desktop.tray import Tray
from companion.store import repo
from companion.store.models import ReminderState
from companion.store.repo import MessageInput, ProjectInput
from companion.ui.main_window import MainWindow

D = timedelta(days=1)
H = timedelta(hours=1)


@pytest.fixture
def desktop(qapp, qtbot, controller, english):
    window = MainWindow(controller)
    qtbot.addWidget(window)
    d = Desktop(qapp, controller, window, use_tray=False)
    window.quitting = True  # pytest-qt closes the window after the test: no "keep running?" then
    yield d
    d.scheduler.stop()


def waiting_project(controller, clock, *, sent_ago=D):
    pid = controller.create_project(ProjectInput(title="Banner", stage="escrow_funded"))
    controller.log_message(pid, MessageInput(at=clock.now() - sent_ago, direction="out"))
    return pid


def test_a_follow_up_fires_once_when_due_and_never_again(desktop, controller, clock):
    waiting_project(controller, clock)
    desktop.start()
    assert desktop.notifier.sent == []
    # armed for the instant the follow-up is due (one day from now), not polling
    assert desktop.scheduler.armed_for == clock.now() + D
    assert desktop.scheduler.timer.isActive() and desktop.scheduler.timer.interval() == D / timedelta(milliseconds=1) + 1000
    clock.advance(D)
    desktop.scheduler.replan()  # what the timer does when it fires
    assert [n.body for n in desktop.notifier.sent] == ["A polite follow-up is due"]
    desktop.scheduler.replan()
    assert len(desktop.notifier.sent) == 1
    assert ReminderState.get().status == "fired"


def test_no_duplicate_across_a_restart(qapp, qtbot, desktop, controller, clock, tmp_path):
    waiting_project(controller, clock, sent_ago=3 * D)
    desktop.start()
    assert len(desktop.notifier.sent) == 1
    # a new process on the same database: nothing fires again
    controller2 = Controller(tmp_path / "data", clock)
    window2 = MainWindow(controller2)
    window2.quitting = True
    qtbot.addWidget(window2)
    d2 = Desktop(qapp, controller2, window2, use_tray=False)
    d2.start()
    assert d2.notifier.sent == []
    d2.scheduler.stop()


def test_several_due_at_start_make_one_summary(desktop, controller, clock):
    for title in ("A", "B", "C"):
        pid = controller.create_project(ProjectInput(title=title, stage="escrow_funded"))
        controller.log_message(pid, MessageInput(at=clock.now() - 3 * D, direction="out"))
    desktop.start()
    assert len(desktop.notifier.sent) == 1
    note = desktop.notifier.sent[0]
    assert note.summary == "3 reminders" and note.project_id is None
    assert note.body.count("•") == 3


def test_sleep_gap_then_the_safety_tick_catches_up(desktop, controller, clock):
    waiting_project(controller, clock)
    desktop.start()
    clock.advance(5 * D)  # the machine slept; the single-shot timer never ran
    desktop.scheduler._safety_tick()
    assert len(desktop.notifier.sent) == 1


def test_logging_a_message_rearms_the_follow_up(desktop, controller, clock):
    pid = waiting_project(controller, clock)
    desktop.start()
    clock.advance(12 * H)
    controller.log_now(pid, "out")  # a second message: the follow-up moves
    assert desktop.scheduler.armed_for == clock.now() + 2 * D
    clock.advance(timedelta(minutes=5))
    controller.log_now(pid, "in")  # they replied: a reply is owed now, due in 24 h
    assert desktop.scheduler.armed_for == clock.now() + D


def test_timer_interval_is_capped(desktop, controller, clock):
    controller.create_project(ProjectInput(title="Expiring", stage="escrow_funded", start_date=clock.now().date()))
    desktop.start()
    assert desktop.scheduler.armed_for is not None
    assert desktop.scheduler.armed_for - clock.now() > timedelta(days=300)
    assert desktop.scheduler.timer.interval() == MAX_TIMER_MS


def test_snooze_from_the_notification(desktop, controller, clock):
    waiting_project(controller, clock, sent_ago=3 * D)
    desktop.start()
    desktop.notifier._emit(desktop.notifier.sent[-1], "snooze")  # the notification's Snooze button
    state = ReminderState.get()
    assert state.status == "snoozed" and state.snoozed_until == clock.now() + H
    clock.advance(H)
    desktop.scheduler.replan()
    assert len(desktop.notifier.sent) == 2  # it comes back after the snooze


def test_clicking_a_notification_opens_the_project(desktop, controller, clock):
    pid = waiting_project(controller, clock, sent_ago=3 * D)
    controller.set_archived(pid, True)
    controller.create_project(ProjectInput(title="Other"))
    desktop.notifier.activated.emit(pid, "open", [])
    assert desktop.window.isVisible() and desktop.window.selected_id() == pid  # even though archived


def test_quiet_mode_holds_reminders(desktop, controller, clock):
    waiting_project(controller, clock, sent_ago=3 * D)
    controller.set_quiet("quiet_until", clock.now() + H)
    desktop.start()
    assert desktop.notifier.sent == []
    assert desktop.scheduler.armed_for == clock.now() + H
    clock.advance(H)
    desktop.scheduler.replan()
    assert len(desktop.notifier.sent) == 1


def test_reminder_center_dismiss_and_snooze(desktop, controller, clock, qtbot):
    waiting_project(controller, clock, sent_ago=3 * D)
    desktop.start()
    desktop.open_center()
    center = desktop.center
    qtbot.addWidget(center)
    assert center.list.topLevelItemCount() == 1
    center.list.topLevelItem(0).setSelected(True)
    center.snooze_selected("hour")
    assert center.list.topLevelItemCount() == 1 and "Snoozed until" in center.list.topLevelItem(0).text(3)
    center.list.topLevelItem(0).setSelected(True)
    center.dismiss_selected()
    assert center.list.topLevelItemCount() == 0


def test_tray_menu_is_rebuilt_with_the_projects_needing_action(controller, clock, english):
    waiting_project(controller, clock, sent_ago=3 * D)
    controller.create_project(ProjectInput(title="Quiet one"))
    tray = Tray(controller)
    tray.update_rows(controller.overview())
    tray.rebuild_menu()
    labels = tray.labels()
    assert labels[0] == "Needs action"
    assert any("Banner" in label and "Follow-up due" in label for label in labels)
    assert not any("Quiet one" in label for label in labels)
    for expected in ("Open window", "Reminder Center", "Snooze all for 1 hour", "Quiet mode", "Settings…", "Quit"):
        assert expected in labels
    assert "1 need action" in tray.icon.toolTip()


def test_close_goes_to_the_tray_and_explains_once(qapp, qtbot, controller, english, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    d = Desktop(qapp, controller, window, use_tray=True)
    window.show()
    window.close()
    assert not window.isVisible() and len(shown) == 1 and "tray" in shown[0]
    window.show()
    window.close()
    assert len(shown) == 1  # explained once
    d.tray.icon.hide()
    window.quitting = True


def test_without_a_tray_closing_asks_and_remembers(qapp, qtbot, controller, english, monkeypatch):
    answers = []

    def fake_exec(box):
        answers.append(box.text())
        box.checkBox().setChecked(True)
        keep = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: keep)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    Desktop(qapp, controller, window, use_tray=False)
    window.show()
    window.close()
    assert not window.isVisible() and "no system tray" in answers[0]
    assert repo.get_setting("close_without_tray") == "background"
    assert qapp.quitOnLastWindowClosed() is False
    qapp.setQuitOnLastWindowClosed(True)
    window.quitting = True


def test_second_instance_is_refused_and_raises_the_first(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    assert first.listen()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.message, timeout=3000) as got:
        assert second.send("show")
    assert got.args == ["show"]
    first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()  # free again after the first quits
    third.release()


def test_autostart_file(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")
    assert not autostart.is_enabled()
    autostart.set_enabled(True, tmp_path / "my data")
    path = tmp_path.parent / "x"
    entry = next((p for p in (autostart._xdg_file(),) if p.exists()), path)
    content = entry.read_text()
    assert "--minimized" in content and '"' + str(tmp_path / "my data") + '"' in content
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    assert not autostart.is_enabled()


def test_daily_digest_once_a_day_at_the_chosen_hour(desktop, controller, clock):
    waiting_project(controller, clock, sent_ago=3 * D)  # clock: 09:00 UTC
    repo.set_setting("digest_hour", 10)
    desktop.start()
    digests = [n for n in desktop.notifier.sent if n.summary == "Today's digest"]
    assert digests == [] and desktop.scheduler.armed_for == clock.now() + H
    clock.advance(H)
    desktop.scheduler.replan()
    digests = [n for n in desktop.notifier.sent if n.summary == "Today's digest"]
    assert len(digests) == 1 and "Banner" in digests[0].body
    desktop.scheduler.replan()
    assert len([n for n in desktop.notifier.sent if n.summary == "Today's digest"]) == 1
    assert desktop.scheduler.armed_for == clock.now() + D  # tomorrow at 10:00


def test_time_zone_change_moves_quiet_hours(desktop, controller, clock):
    from zoneinfo import ZoneInfo

    waiting_project(controller, clock, sent_ago=3 * D)  # 09:00 UTC = 18:00 in Tokyo
    repo.set_setting("quiet_start", "17:00")
    repo.set_setting("quiet_end", "23:00")
    desktop.start()
    assert len(desktop.notifier.sent) == 1  # 09:00 in UTC: not quiet
    controller.set_reminders([k for k in repo.reminder_states()], "snoozed", clock.now() + H)
    clock.set_tz(ZoneInfo("Asia/Tokyo"))
    clock.advance(H)  # 19:00 in Tokyo: quiet now
    desktop.scheduler.replan()
    assert len(desktop.notifier.sent) == 1
    assert desktop.scheduler.current.held


def test_snooze_acts_only_on_that_notification_and_not_on_dismissed_reminders(desktop, controller, clock):
    pid = waiting_project(controller, clock, sent_ago=3 * D)
    desktop.start()
    first = desktop.notifier.sent[-1]
    controller.set_reminders(list(first.keys), "dismissed")
    clock.advance(H)
    controller.log_now(pid, "out")  # a new follow-up period...
    clock.advance(2 * D)
    desktop.scheduler.replan()  # ...fires
    second = desktop.notifier.sent[-1]
    desktop.notifier._emit(first, "snooze")  # an old notification's button: the dismissed one stays dismissed
    states = repo.reminder_states()
    assert states[first.keys[0]].status == "dismissed"
    desktop.notifier._emit(second, "snooze")
    assert repo.reminder_states()[second.keys[0]].status == "snoozed"


def test_a_wall_clock_jump_is_noticed_within_a_minute(desktop, controller, clock):
    waiting_project(controller, clock)
    desktop.start()
    assert desktop.scheduler.jump_check.interval() == 60_000
    assert not desktop.scheduler.clock_jumped()
    base_wall, base_mono = desktop.scheduler.wall(), desktop.scheduler.mono()
    desktop.scheduler.wall = lambda: base_wall + 5 * 3600  # five hours asleep: wall time moved...
    desktop.scheduler.mono = lambda: base_mono + 60  # ...monotonic time hardly did
    clock.advance(5 * H + D)
    assert desktop.scheduler.clock_jumped()
    desktop.scheduler._check_jump()
    assert len(desktop.notifier.sent) == 1
    assert not desktop.scheduler.clock_jumped()  # re-planned: the marks moved on


def test_digest_waits_for_the_end_of_quiet_hours(desktop, controller, clock):
    waiting_project(controller, clock)
    repo.set_setting("digest_hour", 8)
    repo.set_setting("quiet_start", "08:30")
    repo.set_setting("quiet_end", "12:00")  # 09:00 UTC now: quiet
    desktop.start()
    assert not [n for n in desktop.notifier.sent if n.summary == "Today's digest"]
    assert desktop.scheduler.armed_for == clock.now() + 3 * H
    clock.advance(3 * H)
    desktop.scheduler.replan()
    assert [n for n in desktop.notifier.sent if n.summary == "Today's digest"]


def test_a_running_companion_is_waited_for_but_a_dead_or_foreign_owner_is_not(tmp_path):
    """A second launch keeps trying while the first is still starting (or waiting in a dialog),
    and takes over a lock whose process is gone or is not a Companion."""
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    host = socket.gethostname()
    lock = tmp_path / "instance.lock"
    # Both children say so once they run: until a child has exec'd, /proc/<pid>/cmdline is still
    # this test's own command line (the race that made this test fail under load).
    starting = subprocess.Popen(
        [sys.executable, "-c", "import time; print('up', flush=True); time.sleep(30)  # renraku companion"],
        stdout=subprocess.PIPE, text=True,
    )
    foreign = subprocess.Popen(["sh", "-c", "echo up; exec sleep 30"], stdout=subprocess.PIPE, text=True)
    try:
        for child in (starting, foreign):
            assert child.stdout is not None and child.stdout.readline().strip() == "up"
        deadline = time.monotonic() + 10
        while Path(f"/proc/{foreign.pid}/cmdline").read_bytes().split(b"\0")[0] != b"sleep":
            assert time.monotonic() < deadline, "sleep never started"
            time.sleep(0.01)
        for pid, alive in ((starting.pid, True), (foreign.pid, False), (2**22 + 12345, False)):
            lock.write_text(f"{pid}\npython3\n{host}\n")
            assert SingleInstance(tmp_path).held_by_a_running_companion() is alive, pid
    finally:
        for child in (starting, foreign):
            child.kill()
            child.wait()


def test_a_lock_nobody_answers_for_is_taken_over(tmp_path):
    # a crash left the lock behind and its process id now belongs to something else: simulate
    # with a lock held by a live process that is not a Companion (this test process's parent)
    import os

    lock = tmp_path / "instance.lock"
    lock.write_text(f"{os.getppid()}\npython3.11\nhost\n")
    first = SingleInstance(tmp_path)
    assert not first.acquire()
    assert not first.send("show", timeout_ms=200)
    assert first.take_over()
    first.release()


def test_clock_set_back_does_not_refire_or_lose_reminders(desktop, controller, clock):
    pid = waiting_project(controller, clock, sent_ago=3 * D)
    desktop.start()
    assert len(desktop.notifier.sent) == 1
    clock.advance(-2 * D)  # the clock is set back two days
    desktop.scheduler.replan()
    assert len(desktop.notifier.sent) == 1  # fired stays fired
    controller.log_now(pid, "out")  # a new message in the "past": its follow-up is armed normally
    assert desktop.scheduler.armed_for == clock.now() + 2 * D


def test_follow_up_across_a_dst_change_is_exactly_the_gap(desktop, controller, clock):
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    clock.set(datetime(2026, 10, 24, 10, 0, tzinfo=UTC))  # Berlin goes back an hour on Oct 25
    clock.set_tz(ZoneInfo("Europe/Berlin"))
    pid = controller.create_project(ProjectInput(title="DST"))
    controller.log_message(pid, MessageInput(at=clock.now(), direction="out"))
    desktop.start()
    assert desktop.scheduler.armed_for == clock.now() + 2 * D  # 48 real hours, not 49


def test_every_tray_menu_item_does_something(qtbot, controller, clock, english):
    """Each item is triggered: a signal passed where a function is expected fails here."""
    pid = waiting_project(controller, clock, sent_ago=3 * D)
    tray = Tray(controller)
    tray.update_rows(controller.overview())
    tray.rebuild_menu()
    seen = []
    for name in ("open_window", "open_center", "open_settings", "quit_requested"):
        getattr(tray, name).connect(lambda *_, n=name: seen.append(n))
    tray.open_project.connect(lambda p: seen.append(("project", p)))

    def actions(menu):
        for a in menu.actions():
            if a.menu():
                yield from actions(a.menu())
            elif a.isEnabled() and not a.isSeparator():
                yield a

    for action in list(actions(tray.menu)):
        action.trigger()
    assert {"open_window", "open_center", "open_settings", "quit_requested", ("project", pid)} <= set(seen)
    settings = repo.reminder_settings()
    assert settings.snooze_all_until is None and settings.quiet_until is None  # "Off" came last
    tray.rebuild_menu()
    controller.set_quiet("quiet_until", clock.now() + H)
    tray.rebuild_menu()
    assert any("Quiet mode: on until" in a.text() for a in tray.menu.actions())


def test_project_titles_stay_literal_in_the_tray_menu(controller, clock, english):
    pid = controller.create_project(ProjectInput(title="R&D <b>x</b>", stage="escrow_funded"))
    controller.log_message(pid, MessageInput(at=clock.now() - 3 * D, direction="out"))
    tray = Tray(controller)
    tray.update_rows(controller.overview())
    tray.rebuild_menu()
    item = next(a for a in tray.menu.actions() if "R&&D" in a.text())
    assert "<b>x</b>" in item.text()


def test_reminders_use_the_users_thresholds_not_the_defaults(desktop, controller, clock):
    """With "follow-ups before a formal step" at 2, the list says "file the request": the
    reminder that the request became possible must be armed too (it never was: the reminders
    decided the formal step with the default of 3)."""
    from companion.model.decision import Action

    controller.apply_settings({"follow_ups_before_formal": 2})
    pid = controller.create_project(ProjectInput(title="Two asked", stage="completion_reported"))
    for days in (9, 8):
        controller.log_message(pid, MessageInput(at=clock.now() - days * D, direction="out"))
    [row] = [r for r in controller.overview() if r.id == pid]
    assert row.action == Action.FILE_REQUEST  # what the list says
    desktop.start()
    assert [n.body for n in desktop.notifier.sent] == ["The formal reminder request is now possible"]


def test_the_scheduler_writes_through_the_controller_and_survives_a_read_only_database(desktop, controller, clock):
    """A database made read-only (damage found after start) must not crash every plan or bring a
    message box at each one: the reminder is still shown; recording it failed quietly."""
    from companion.store import connection as dbmod

    failed: list[str] = []
    controller.write_failed.connect(failed.append)
    waiting_project(controller, clock, sent_ago=3 * D)
    dbmod.connection().execute("PRAGMA query_only = ON")
    try:
        desktop.start()  # the follow-up is due at once
        assert [n.body for n in desktop.notifier.sent] == ["A polite follow-up is due"]
        desktop.scheduler.replan()
        assert len(desktop.notifier.sent) == 1  # not again, though it could not be recorded
        assert failed == []
    finally:
        dbmod.connection().execute("PRAGMA query_only = OFF")


def test_the_app_object_wires_the_window_to_the_desktop_without_patching_it(qapp, qtbot, controller, english, monkeypatch, tmp_path):
    """The window only says what the user asked (signals, one close guard); the app object makes
    the desktop integration at once when the Reminder Center is asked for before it was made,
    and File → Quit quits through it."""
    import argparse
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication

    from companion.app import CompanionApp
    from companion.desktop.single_instance import SingleInstance

    quits: list[int] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(1)))
    startup = SimpleNamespace(app=qapp, args=argparse.Namespace(minimized=False, smoke_test=True),
                              instance=SingleInstance(tmp_path), data_dir=tmp_path, lang="en")
    companion = CompanionApp(startup, controller)  # type: ignore[arg-type]
    qtbot.addWidget(companion.window)
    assert companion.desktop is None  # made just after the window is up, not before
    companion.window.act_center.trigger()
    assert companion.desktop is not None and companion.desktop.center.isVisible()
    qtbot.addWidget(companion.desktop.center)
    companion.window.act_quit.trigger()
    assert quits and not companion.window.isVisible() and not companion.desktop.scheduler.running
    startup.instance.release()


def test_back_filling_history_is_quiet_then_one_summary_of_what_is_still_due(desktop, controller, clock):
    """Field test: entering old messages fired "A polite follow-up is due", then "Time for the
    next step", one by one, for states that were over before the user finished."""
    from companion.controller import BACKFILL_SETTLE

    desktop.start()
    pid = controller.create_project(ProjectInput(title="Banner", stage="escrow_funded"))
    other = controller.create_project(ProjectInput(title="Logo", stage="escrow_funded"))
    t = clock.now()
    controller.log_message(pid, MessageInput(at=t - 12 * D, direction="out"))  # follow-up due: over soon
    clock.advance(timedelta(seconds=40))
    controller.log_message(pid, MessageInput(at=t - 11 * D, direction="in"))  # reply owed: over soon
    clock.advance(timedelta(seconds=40))
    for days in (10, 7, 4):
        controller.log_message(pid, MessageInput(at=t - days * D, direction="out"))
    controller.log_message(other, MessageInput(at=t - 5 * D, direction="out"))
    assert desktop.notifier.sent == []  # nothing while typing history
    assert desktop.scheduler.armed_for == controller.settle_until
    clock.advance(BACKFILL_SETTLE)
    desktop.scheduler.replan()  # the settle timer fires
    [note] = desktop.notifier.sent
    assert note.summary == "2 reminders"
    assert "waiting for your reply" not in note.body  # that state was over
    assert "Logo: A polite follow-up is due" in note.body
    desktop.scheduler.replan()
    assert len(desktop.notifier.sent) == 1


def test_a_message_logged_now_is_not_history(desktop, controller, clock):
    pid = controller.create_project(ProjectInput(title="Banner", stage="escrow_funded"))
    desktop.start()
    controller.log_now(pid, "in")
    assert controller.settle_until is None
    clock.advance(D)
    desktop.scheduler.replan()
    assert [n.body for n in desktop.notifier.sent] == ["They are waiting for your reply"]
