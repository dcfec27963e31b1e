"""Error and warning text reads at 4.5:1 or more (WCAG 2 AA) in light and dark palettes, and
follows the palette when it changes while the app runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

from companion.ui.widgets import (
    MIN_CONTRAST,
    contrast_ratio,
    error_colour,
    error_label,
    field_error_colour,
    mark_field,
    plain_label,
    set_tone,
    warning_colour,
)

# (window, base): Fusion's light and dark, a plain white, a black, a mid grey, and the dark
# charcoal of the audit's run
BACKGROUNDS = [
    ("#efefef", "#ffffff"), ("#ffffff", "#ffffff"), ("#2b2b2b", "#1e1e1e"), ("#353535", "#2a2a2a"),
    ("#000000", "#000000"), ("#808080", "#909090"), ("#5a5a5a", "#4a4a4a"), ("#fdf6e3", "#fdf6e3"),
]


def palette(window: str, base: str) -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor(window))
    p.setColor(QPalette.ColorRole.Base, QColor(base))
    light = QColor(window).lightnessF() > 0.5
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        p.setColor(role, QColor("#000000" if light else "#ffffff"))
    return p


def test_contrast_formula():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#a4000f"), QColor("#2b2b2b")) == pytest.approx(1.74, abs=0.01)  # the audit's figure
    assert contrast_ratio(QColor("#7f7f7f"), QColor("#ffffff")) == pytest.approx(4.00, abs=0.01)  # (also)


@pytest.mark.parametrize(("window", "base"), BACKGROUNDS)
def test_error_and_warning_colours_read_on_every_background(qapp, window, base):
    p = palette(window, base)
    for colour in (error_colour(p), warning_colour(p)):
        assert contrast_ratio(colour, QColor(window)) >= MIN_CONTRAST, (colour.name(), window)
    assert contrast_ratio(field_error_colour(p), QColor(base)) >= MIN_CONTRAST


@pytest.fixture
def restore_palette(qapp: QApplication) -> Iterator[QApplication]:
    original = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(original)


def shown_contrast(label) -> float:
    p = label.palette()
    return contrast_ratio(p.color(QPalette.ColorRole.WindowText), p.color(QPalette.ColorRole.Window))


def test_labels_follow_a_palette_switched_while_running(qtbot, restore_palette):
    app = restore_palette
    app.setPalette(palette("#efefef", "#ffffff"))
    error = error_label()
    warning = plain_label("⚠ careful")
    set_tone(warning, "warning")
    field = QLineEdit()
    for w in (error, warning, field):
        qtbot.addWidget(w)
    mark_field(field, True, "bad")
    light = error.palette().color(QPalette.ColorRole.WindowText).name()
    assert shown_contrast(error) >= MIN_CONTRAST and shown_contrast(warning) >= MIN_CONTRAST
    assert error.font().bold()
    app.setPalette(palette("#2b2b2b", "#1e1e1e"))
    app.processEvents()
    assert error.palette().color(QPalette.ColorRole.WindowText).name() != light
    assert shown_contrast(error) >= MIN_CONTRAST and shown_contrast(warning) >= MIN_CONTRAST
    # the field's border is painted in the colour of the field's palette at the time, no style sheet
    assert field.styleSheet() == ""
    assert contrast_ratio(field_error_colour(field.palette()), field.palette().color(QPalette.ColorRole.Base)) >= MIN_CONTRAST


def test_wizard_and_request_warnings_use_the_palette(qtbot, restore_palette, clock):
    from companion.ui.request_dialogs import RequestAgainstDialog

    app = restore_palette
    app.setPalette(palette("#2b2b2b", "#1e1e1e"))
    d = RequestAgainstDialog(clock.now, clock.local_tz(), hint="not at this stage")
    qtbot.addWidget(d)
    assert d.hint.styleSheet() == ""
    assert shown_contrast(d.hint) >= MIN_CONTRAST
