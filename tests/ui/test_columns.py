"""The project list's columns: widths from the font that fit a laptop's list, names cut in the
middle, a header menu to choose the columns, and the user's widths kept and remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from companion.desktop import i18n
from companion.store import settings
from companion.ui.main_window import MainWindow
from companion.ui.project_table import Column, column_menu, headers


def shown(window):
    return [c for c in Column if not window.table.isColumnHidden(c)]


def make_window(qtbot, controller, width, height=672):
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.quitting = True
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_at_a_laptops_width_every_shown_column_is_on_screen_and_readable(qtbot, qapp, controller, lang):
    i18n.install(qapp, lang)
    try:
        controller.load_demo()
        window = make_window(qtbot, controller, 1280)
        table, metrics = window.table, window.table.fontMetrics()
        room = table.viewport().width()
        widths = {c: table.columnWidth(c) for c in shown(window)}
        assert sum(widths.values()) <= room, (widths, room)  # no sideways scrolling at first
        assert table.horizontalScrollBar().maximum() == 0
        header = QFontMetrics(table.horizontalHeader().font())
        for column, title in zip(Column, headers(), strict=True):
            if column not in widths:
                continue
            assert widths[column] >= header.horizontalAdvance(title) + 20, title  # its title is whole
            if column.spec.samples is not None:  # fixed words: the common ones are whole
                cap = column.spec.chars * metrics.horizontalAdvance("あ")
                widest = min(max(metrics.horizontalAdvance(v) for v in column.spec.samples()), cap)
                assert widths[column] >= widest + 8, title
            else:
                assert widths[column] >= column.spec.floor * metrics.averageCharWidth(), title
        # every cell of a fixed-words column of the demo reads whole, e.g. "クライアント", "返信待ち"
        for r in range(window.model.rowCount()):
            for column in (Column.WAITING, Column.UNANSWERED):
                value = window.model.index(r, column).data()
                assert metrics.horizontalAdvance(value) + 8 <= widths[column], value
    finally:
        i18n.install(qapp, "en")


def test_with_room_the_columns_get_their_full_widths(qtbot, controller, english):
    window = make_window(qtbot, controller, 1900, 900)
    char = window.table.fontMetrics().averageCharWidth()
    assert window.table.columnWidth(Column.TITLE) >= Column.TITLE.spec.chars * char
    assert window.table.columnWidth(Column.NEXT) >= Column.NEXT.spec.chars * char


def test_names_are_cut_in_the_middle_and_said_in_full_in_the_tooltip(window, controller):
    from companion.store.repo import ProjectInput

    name = "Global Bridge International Trading Company Inc."
    controller.create_project(ProjectInput(title="T" * 80 + " end", counterparty=name))
    table = window.table
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle  # both ends of a long text stay
    assert name in window.model.index(0, Column.COUNTERPARTY).data(Qt.ItemDataRole.ToolTipRole)
    assert "end" in window.model.index(0, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)


def test_the_header_menu_chooses_the_columns(window):
    table = window.table
    assert table.isColumnHidden(Column.PLATFORM) and table.isColumnHidden(Column.ROLE)  # at first
    menu = column_menu(table)
    by_title = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert len(by_title) == len(Column)
    by_title["Platform"].setChecked(True)
    assert not table.isColumnHidden(Column.PLATFORM) and table.columnWidth(Column.PLATFORM) > 40
    by_title["Read"].setChecked(False)
    assert table.isColumnHidden(Column.READ)
    # the last shown column cannot be hidden
    for column in Column:
        if column != Column.TITLE:
            table.setColumnHidden(column, True)
    menu = column_menu(table)
    [title] = [a for a in menu.actions() if a.text() == "Project"]
    assert title.isChecked() and not title.isEnabled()
    assert window.model.headerData(Column.WAITING, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).startswith(
        "Waiting on them")


def test_the_users_widths_are_kept_and_remembered(qtbot, controller, english):
    window = make_window(qtbot, controller, 1280)
    sizer = window.table.column_sizer
    header = window.table.horizontalHeader()
    # a drag on a column's edge (the mouse button is down while the section is resized)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    window.table.setColumnWidth(Column.TITLE, 333)
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert sizer.user_sized
    window.resize(1000, 672)
    QApplication.processEvents()
    assert window.table.columnWidth(Column.TITLE) == 333  # not refitted over the user's choice
    window.table.setColumnHidden(Column.PLATFORM, False)
    window._save_geometry()
    assert isinstance(settings.get_setting("list_columns"), str)
    again = MainWindow(controller)
    qtbot.addWidget(again)
    again.quitting = True
    again.restore_geometry()
    assert again.table.columnWidth(Column.TITLE) == 333 and not again.table.isColumnHidden(Column.PLATFORM)
    assert again.table.column_sizer.user_sized
    assert again.table.horizontalHeader().sortIndicatorSection() == Column.NEXT
    # "Reset column widths" gives the fitted widths back, and they are no longer remembered
    [reset] = [a for a in column_menu(again.table).actions() if a.text() == "Reset column widths"]
    reset.trigger()
    assert not again.table.column_sizer.user_sized and again.table.columnWidth(Column.TITLE) != 333
    again._save_geometry()
    assert settings.get_setting("list_columns") is None


def test_tab_leaves_the_list(window, controller, qtbot):
    from companion.store.repo import ProjectInput

    pid = controller.create_project(ProjectInput(title="x"))
    window.select_project(pid)
    assert not window.table.tabKeyNavigation()
