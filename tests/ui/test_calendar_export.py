"""File → Export calendar (.ics), and the calendar file kept up to date in the data folder."""

from __future__ import annotations

from datetime import timedelta

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog

from companion.desktop.calendar_file import CalendarFile
from companion.desktop.scheduler import ReminderScheduler
from companion.store import repo
from companion.store.repo import MessageInput, ProjectInput
from companion.ui import calendar_export

D = timedelta(days=1)


def follow_up_project(controller, clock, title="Follow them up", sent_days_ago=1) -> int:
    pid = controller.create_project(ProjectInput(title, counterparty="Suzuki", stage="escrow_funded",
                                                 url="https://www.lancers.jp/work/detail/1"))
    controller.log_message(pid, MessageInput(at=clock.now() - sent_days_ago * D, direction="out"))
    return pid


def summaries(data: bytes) -> list[str]:
    return [str(e["SUMMARY"]) for e in Calendar.from_ical(data).walk("VEVENT")]


def test_export_calendar_writes_the_coming_events_and_says_where(window, controller, clock, tmp_path, monkeypatch):
    follow_up_project(controller, clock)
    offered = []
    target = tmp_path / "phone" / "deadlines.ics"
    target.parent.mkdir()

    def save(parent, title, start, filters):
        offered.append((title, start, filters))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    [item] = [a for a in file_menu.actions() if a.text() == "Export &calendar (.ics)…"]
    item.trigger()  # reached from the File menu, next to Export and Import
    assert offered[0][0] == "Export calendar" and offered[0][1].endswith("renraku-companion.ics")
    assert "*.ics" in offered[0][2]
    cal = Calendar.from_ical(target.read_bytes())
    [event] = cal.walk("VEVENT")
    assert str(event["SUMMARY"]) == "A polite follow-up is due: Follow them up"
    assert event.decoded("DTSTART") == clock.now() + D  # the follow-up gap (48 h) after the message
    assert "Other side: Suzuki" in str(event["DESCRIPTION"])
    assert str(event["URL"]) == "https://www.lancers.jp/work/detail/1"
    assert window.message_bar.isVisible()
    assert "1 coming deadlines and reminders" in window.statusBar().currentMessage()
    assert str(target) in window.statusBar().currentMessage()
    assert [p.name for p in target.parent.iterdir()] == ["deadlines.ics"]  # no temporary file left
    assert repo.get_setting("last_folder") == str(target.parent)


def test_export_calendar_cancelled_writes_nothing(window, controller, clock, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    window.file_commands.export_calendar()
    assert not window.message_bar.isVisible()


def test_export_calendar_into_a_folder_that_cannot_be_written_says_so(window, controller, clock, tmp_path, monkeypatch,
                                                                     answer_messagebox):
    target = tmp_path / "missing" / "x.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    said = answer_messagebox(0)
    window.file_commands.export_calendar()
    assert said and "could not be saved" in said[-1] and str(target) in said[-1]
    assert not target.exists()


# --- the calendar file in the data folder -------------------------------------------------------


@pytest.fixture
def kept(qtbot, controller, english):
    scheduler = ReminderScheduler(controller)
    calendar_file = CalendarFile(controller, scheduler)
    calendar_file.timer.setInterval(10)
    scheduler.start()
    yield calendar_file
    scheduler.stop()
    calendar_file.stop()


def test_the_file_follows_the_data_when_switched_on(qtbot, controller, clock, kept):
    path = controller.data_dir / calendar_export.FILE_NAME
    assert kept.path == path
    with qtbot.waitSignal(kept.done, timeout=5000):
        controller.apply_settings({"calendar_file": True})
    assert path.exists() and summaries(path.read_bytes()) == []
    written = []
    kept.written.connect(written.append)
    with qtbot.waitSignal(kept.done, timeout=5000):
        pid = follow_up_project(controller, clock)
    assert summaries(path.read_bytes()) == ["A polite follow-up is due: Follow them up"]
    assert written == [str(path)]
    # nothing new: the file is left as it is (a subscribed calendar sees no change)
    before = path.stat().st_mtime_ns, path.read_bytes()
    clock.set(clock.now() + timedelta(minutes=5))
    with qtbot.waitSignal(kept.done, timeout=5000):
        controller.projects_changed.emit(pid)
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before and written == [str(path)]
    # the follow-up is sent: the next one moves
    with qtbot.waitSignal(kept.done, timeout=5000):
        controller.log_message(pid, MessageInput(at=clock.now(), direction="out"))
    [event] = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert event.decoded("DTSTART") == clock.now() + 2 * D
    assert [p.name for p in path.parent.iterdir() if "partial" in p.name] == []


def test_nothing_is_written_while_it_is_off(qtbot, controller, clock, kept):
    follow_up_project(controller, clock)
    controller.projects_changed.emit(-1)
    qtbot.wait(100)
    assert not kept.timer.isActive()
    assert kept.update() is None
    assert not (controller.data_dir / calendar_export.FILE_NAME).exists()


def test_a_failed_write_leaves_the_old_file_and_says_so_once(qtbot, controller, clock, kept, monkeypatch):
    path = controller.data_dir / calendar_export.FILE_NAME
    with qtbot.waitSignal(kept.done, timeout=5000):
        controller.apply_settings({"calendar_file": True})
    old = path.read_bytes()

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(calendar_export.os, "replace", full_disk)
    failures = []
    kept.failed.connect(failures.append)
    for _ in range(2):
        with qtbot.waitSignal(kept.done, timeout=5000):
            follow_up_project(controller, clock, title=f"p{_}")
    assert path.read_bytes() == old
    assert [p.name for p in path.parent.iterdir() if "partial" in p.name] == []
    assert len(failures) == 1 and "No space left" in failures[0]
