"""The main window without a mouse, and as a screen reader sees it (through QAccessible, the
interface Qt gives AT-SPI and so Orca): the journeys of the accessibility audit
(shared/reference/field-tests/accessibility.md) by keyboard alone, and a walk of the
accessibility tree: every control has a name, and no two controls share one."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from companion.store.models import Message
from companion.store.repo import MessageInput, ProjectInput
from companion.ui.main_window import MainWindow

D = timedelta(days=1)
# what a screen reader reads as one thing, not as controls of their own
ITEM_ROLES = {QAccessible.Role.Row, QAccessible.Role.Cell, QAccessible.Role.ListItem, QAccessible.Role.TreeItem,
              QAccessible.Role.ColumnHeader, QAccessible.Role.RowHeader, QAccessible.Role.PageTab}
CONTAINERS = {QAccessible.Role.Client, QAccessible.Role.Pane, QAccessible.Role.Grouping, QAccessible.Role.Window,
              QAccessible.Role.Dialog, QAccessible.Role.ToolBar, QAccessible.Role.StatusBar}


def spoken_name(iface) -> str:
    """The name a screen reader says. On Linux Qt names a combo box (and a tab bar) by its
    value and says its label through a "labelled by" relation (a QLabel whose buddy it is)."""
    if iface.role() in (QAccessible.Role.ComboBox, QAccessible.Role.PageTabList):
        # its own label first (a group box's title labels all its children too)
        labels = sorted((label for label, _ in iface.relations(QAccessible.RelationFlag.Label)),
                        key=lambda label: label.role() == QAccessible.Role.Grouping)
        if labels:
            return labels[0].text(QAccessible.Text.Name).replace("&", "").strip()
        obj = iface.object()
        if iface.role() == QAccessible.Role.PageTabList and obj is not None and obj.accessibleName():
            return obj.accessibleName()  # (AT-SPI: the tab bar's own name)
        return ""  # a value is not a name
    return iface.text(QAccessible.Text.Name).strip()


def controls(widget: QWidget) -> list[tuple[QAccessible.Role, str, object]]:
    """(role, name, widget) of every visible control a keyboard user can reach, walking the
    accessibility tree as an assistive technology does."""
    found: list[tuple[QAccessible.Role, str, object]] = []

    def walk(iface) -> None:
        state = iface.state()
        if state.invisible:
            return
        role = iface.role()
        if role in ITEM_ROLES:
            return
        if state.focusable and role not in CONTAINERS:
            found.append((role, spoken_name(iface), iface.object()))
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None:
                walk(child)

    walk(QAccessible.queryAccessibleInterface(widget))
    return found


def assert_named_and_distinct(widget: QWidget) -> list[str]:
    found = controls(widget)
    unnamed = [(role.name, type(obj).__name__) for role, name, obj in found if not name.strip(" .…:")]
    assert not unnamed, unnamed
    # combo boxes are read by their label (the name) and their value; names must tell controls apart
    counts = Counter(name for _, name, _ in found)
    assert not [n for n, k in counts.items() if k > 1], counts
    return [name for _, name, _ in found]


@pytest.fixture
def demo_window(qtbot, controller, english) -> MainWindow:
    controller.load_demo()
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.quitting = True
    window.resize(1280, 672)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    QApplication.processEvents()
    return window


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget | None:
    target = focused()
    assert target is not None
    qtbot.keyClick(target, key, modifier)
    QApplication.processEvents()
    return focused()


def test_every_control_of_the_main_window_has_a_distinct_name(demo_window):
    window = demo_window
    names = []
    for row in window.model.visible_rows():  # every demo project: each shows other controls
        window.select_project(row.id)
        for tab in range(window.detail.tabs.count()):
            window.detail.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            names += assert_named_and_distinct(window)
    assert "Work should continue?" in names  # (a client's project)
    window.detail.tabs.setCurrentIndex(0)
    for expected in ("Search projects", "Projects", "Messages", "Project pages", "Mark as read (既読)…",
                     "I sent a message now", "Texts to them in", "Project history",
                     "Show:", "Platform:"):
        assert expected in names, expected
    # the list reaches a screen reader in screen order, with a name and its column headers
    table = QAccessible.queryAccessibleInterface(window.table)
    assert table.text(QAccessible.Text.Name) == "Projects"
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(window.model.columnCount())
               if not window.table.isColumnHidden(c)]
    visual = sorted(range(window.model.columnCount()), key=window.table.horizontalHeader().visualIndex)
    assert [window.model.headerData(c, Qt.Orientation.Horizontal) for c in visual
            if not window.table.isColumnHidden(c)] == headers  # logical order = screen order
    # each project's next step is said in words, not only by its colour
    spoken = window.model.index(0, 1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(("Urgent", "Action needed")), spoken


def test_tab_walks_out_of_the_list_into_the_project_and_back(demo_window, qtbot):
    window = demo_window
    window.table.setFocus()
    seen = []
    for _ in range(30):
        widget = press(qtbot, Qt.Key.Key_Tab)
        seen.append(widget)
        if widget is window.table:
            break
    assert window.table in seen, "Tab never came back round to the list"
    assert window.detail.conversation in seen  # the conversation is a Tab stop
    assert window.detail.sent_button in seen
    assert seen.index(window.table) < 25  # one round, not a walk through every cell
    assert not any(isinstance(w, type(window.detail.header_scroll)) for w in seen)  # no invisible stops


def test_every_focused_control_is_on_screen(demo_window, qtbot):
    """A control reached by Tab inside a scrolled part is scrolled into view (the focus is seen)."""
    window = demo_window
    window.detail.header_scroll.setMaximumHeight(60)  # a header that must scroll
    QApplication.processEvents()
    window.table.setFocus()
    for _ in range(30):
        widget = press(qtbot, Qt.Key.Key_Tab)
        if widget is window.table:
            break
        assert widget is not None and widget.isVisible()
        scroll = window.detail.header_scroll
        if scroll.widget().isAncestorOf(widget):
            top_left = widget.mapTo(scroll.viewport(), widget.rect().topLeft())
            assert scroll.viewport().rect().contains(top_left), type(widget).__name__


def test_f6_and_ctrl_f_move_between_the_search_the_list_and_the_conversation(demo_window, qtbot):
    window = demo_window
    window.table.setFocus()
    assert press(qtbot, Qt.Key.Key_F6) is window.detail.conversation
    assert press(qtbot, Qt.Key.Key_F6) is window.filters.search
    assert press(qtbot, Qt.Key.Key_F6) is window.table
    assert press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is window.filters.search
    window.table.setFocus()
    assert press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier) is window.filters.search


def test_mark_as_read_edit_and_delete_by_keyboard_alone(demo_window, controller, clock, qtbot, dialog_driver,
                                                        answer_messagebox):
    window = demo_window
    pid = controller.create_project(ProjectInput(title="AAA keyboard", stage="escrow_funded"))
    controller.log_message(pid, MessageInput(at=clock.now() - 2 * D, direction="out", text="first", read_state="unread"))
    controller.log_message(pid, MessageInput(at=clock.now() - D, direction="out", text="second", read_state="unread"))
    # find the project by typing, then go to the list
    window.table.setFocus()
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.filters.search, "AAA keyboard")
    press(qtbot, Qt.Key.Key_F6)
    assert focused() is window.table and window.selected_id() == pid
    # the latest message read, from the list (Ctrl+Shift+K)
    dialog_driver(lambda d: (d.when.set_value(clock.now()), d.accept()))
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert Message.get(Message.text == "second").read_state == "read"
    # an older one, from the conversation: F6, Up, Ctrl+K
    press(qtbot, Qt.Key.Key_F6)
    assert focused() is window.detail.conversation
    press(qtbot, Qt.Key.Key_Up)
    assert window.detail.conversation.current_message().text == "first"
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert Message.get(Message.text == "first").read_state == "read"
    # edit it (F2), then delete it (Delete), confirmed in the box
    def edit(d):
        d.body.setPlainText("first, edited")
        d.accept()
    dialog_driver(edit)
    window.detail.conversation.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    assert Message.get(Message.id == window.detail.conversation.current_message().id).text == "first, edited"
    from PySide6.QtWidgets import QMessageBox
    answer_messagebox(QMessageBox.StandardButton.Yes)
    window.detail.conversation.setFocus()
    edited = window.detail.conversation.current_message().id
    press(qtbot, Qt.Key.Key_Delete)
    assert not Message.select().where(Message.id == edited).exists()
