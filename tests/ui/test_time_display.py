"""Local time on screen: the zone's rules at each instant (DST), and entry in local time."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime

from companion.ui import text
from companion.ui.widgets import from_qdatetime, to_qdatetime

BERLIN = ZoneInfo("Europe/Berlin")


def test_times_are_shown_with_the_offset_of_their_own_date():
    assert text.format_time(datetime(2026, 7, 1, 10, 0, tzinfo=UTC), BERLIN) == "2026-07-01 12:00"
    assert text.format_time(datetime(2026, 12, 1, 10, 0, tzinfo=UTC), BERLIN) == "2026-12-01 11:00"


def test_entered_local_times_become_the_right_instants():
    summer = QDateTime(QDate(2026, 7, 1), QTime(12, 0))
    winter = QDateTime(QDate(2026, 12, 1), QTime(11, 0))
    assert from_qdatetime(summer, BERLIN) == datetime(2026, 7, 1, 10, 0, tzinfo=UTC)
    assert from_qdatetime(winter, BERLIN) == datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    instant = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # the night clocks go forward
    assert from_qdatetime(to_qdatetime(instant, BERLIN), BERLIN) == instant


def test_changing_the_display_zone_moves_the_shown_time_not_the_timer(window, controller, clock):
    from datetime import timedelta

    from companion.store.repo import MessageInput, ProjectInput

    pid = controller.create_project(ProjectInput(title="x"))
    controller.log_message(pid, MessageInput(at=clock.now() - timedelta(days=1), direction="out"))
    window.select_project(pid)
    before = window.detail.timer_labels["waiting_since"].text()
    waited = window.detail.timer_labels["waiting"].text()
    clock.set_tz(ZoneInfo("Asia/Tokyo"))
    window.refresh_times()
    after = window.detail.timer_labels["waiting_since"].text()
    assert before != after  # shown 9 hours later in Tokyo
    assert window.detail.timer_labels["waiting"].text() == waited == "1 d"
