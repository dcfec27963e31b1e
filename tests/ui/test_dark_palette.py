"""The system's dark palette renders every text of the main window readable: the urgency
colours, the next step's box and its warnings follow a light or a dark palette."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from companion.store.repo import MessageInput, ProjectInput
from companion.ui import text
from companion.ui.project_table import Column, urgency_colours
from tests.ui.test_conversation import contrast

D = timedelta(days=1)


def palette(dark: bool) -> QPalette:
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b" if dark else "#efefef",
        QPalette.ColorRole.WindowText: "#e6e6e6" if dark else "#000000",
        QPalette.ColorRole.Base: "#1e1e1e" if dark else "#ffffff",
        QPalette.ColorRole.Text: "#e6e6e6" if dark else "#000000",
        QPalette.ColorRole.Highlight: "#3d7fd6" if dark else "#308cc6",
    }
    for role, value in colours.items():
        p.setColor(role, QColor(value))
    return p


@pytest.mark.parametrize("dark", [False, True])
def test_urgency_colours_follow_the_palette_and_keep_their_text_readable(dark):
    colours, on = urgency_colours(palette(dark))
    base = palette(dark).color(QPalette.ColorRole.Base)
    for level, colour in colours.items():
        assert contrast(on, colour) >= 7.0, level
        # not a glaring band: the tint stays near the palette's own lightness
        assert abs(colour.lightnessF() - base.lightnessF()) < 0.35, level


@pytest.mark.parametrize("dark", [False, True])
def test_the_list_and_the_next_step_read_in_a_light_and_a_dark_palette(window, controller, clock, dark):
    urgent = controller.create_project(ProjectInput(title="Banner", stage="completion_reported"))
    controller.log_message(urgent, MessageInput(at=clock.now() - 3 * D, direction="in"))
    controller.record_request(urgent, "counterparty", clock.now() - D)  # respond now: red, with warnings
    calm = controller.create_project(ProjectInput(title="Calm", stage="negotiating"))
    controller.log_message(calm, MessageInput(at=clock.now() - 3 * D, direction="out"))
    window.setPalette(palette(dark))
    window.follow_palette()  # (as on the desktop's colorSchemeChanged)
    model = window.model
    for r in range(model.rowCount()):
        background = model.index(r, Column.NEXT).data(Qt.ItemDataRole.BackgroundRole)
        foreground = model.index(r, Column.NEXT).data(Qt.ItemDataRole.ForegroundRole)
        if background is not None:
            assert contrast(foreground, background) >= 7.0
            assert (background.lightnessF() < 0.5) == dark
    for pid in (urgent, calm):
        window.select_project(pid)
        window.follow_palette()
        d = window.detail
        box = d.next_box.palette().color(QPalette.ColorRole.Window)
        if not d.next_box.autoFillBackground():
            box = d.palette().color(QPalette.ColorRole.Window)
        label = d.next_label.palette().color(QPalette.ColorRole.WindowText)
        warning = d.next_warnings.palette().color(QPalette.ColorRole.WindowText)
        assert contrast(label, box) >= 4.5, pid
        if d.next_warnings.text():
            assert contrast(warning, box) >= 4.5, (pid, warning.name(), box.name())
    assert text.URGENT in urgency_colours(palette(dark))[0]
