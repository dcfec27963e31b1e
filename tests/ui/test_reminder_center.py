"""The Reminder Center's snooze menu says when each choice ends."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from companion.desktop.integration import Desktop
from companion.ui.reminder_center import ReminderCenter

TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture
def center(qapp, qtbot, window, controller):
    desktop = Desktop(qapp, controller, window, use_tray=False)
    window.quitting = True
    dialog = ReminderCenter(controller, desktop.scheduler, window)
    qtbot.addWidget(dialog)
    yield dialog
    desktop.scheduler.stop()


def menu_labels(center: ReminderCenter) -> list[str]:
    center.snooze_menu.aboutToShow.emit()  # what opening the menu does
    return [a.text() for a in center.snooze_menu.actions()]


@pytest.mark.parametrize(
    ("local", "evening", "morning"),
    [
        # Thursday 10:00: this evening, tomorrow morning, Friday as the next business day
        (datetime(2026, 11, 5, 10, 0, tzinfo=TOKYO), "This evening (until 2026-11-05 18:00)",
         "Tomorrow morning (until 2026-11-06 09:00)"),
        # Thursday 21:00: the evening has passed, so it is tomorrow's, and called so
        (datetime(2026, 11, 5, 21, 0, tzinfo=TOKYO), "Tomorrow evening (until 2026-11-06 18:00)",
         "Tomorrow morning (until 2026-11-06 09:00)"),
        # 01:00: the coming morning is today's
        (datetime(2026, 11, 5, 1, 0, tzinfo=TOKYO), "This evening (until 2026-11-05 18:00)",
         "This morning (until 2026-11-05 09:00)"),
    ],
)
def test_snooze_labels_say_when_they_end(center, clock, local, evening, morning):
    clock.set_tz(TOKYO)
    clock.set(local)
    labels = menu_labels(center)
    assert labels[0].startswith("1 hour (until ")
    assert labels[1] == evening
    assert labels[2] == morning
    assert labels[3].startswith("Next business day (until 2026-11-0")
    assert labels[4] == "Until…"


def test_next_business_day_skips_the_weekend(center, clock):
    clock.set_tz(TOKYO)
    clock.set(datetime(2026, 11, 6, 10, 0, tzinfo=TOKYO))  # a Friday
    assert menu_labels(center)[3] == "Next business day (until 2026-11-09 09:00)"


def test_the_menu_is_rebuilt_when_opened(center, clock):
    """Opened again later (the dialog stays open for hours), the labels follow the clock."""
    clock.set_tz(TOKYO)
    clock.set(datetime(2026, 11, 5, 10, 0, tzinfo=TOKYO))
    assert menu_labels(center)[1].startswith("This evening")
    clock.set(datetime(2026, 11, 5, 20, 0, tzinfo=TOKYO))
    labels = menu_labels(center)
    assert labels[1].startswith("Tomorrow evening") and len(labels) == 5
