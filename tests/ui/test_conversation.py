"""The conversation in the detail pane: a chat view of the project's messages, newest at the
bottom, with the commands on each message; the header over it and the tabs beside it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from companion.store.models import Message
from companion.store.repo import MessageInput, ProjectInput
from companion.ui.conversation import PAGE, bubble_colours

D = timedelta(days=1)
H = timedelta(hours=1)


def bulk_messages(pid: int, count: int, start, step=H) -> None:
    """``count`` messages, alternating in/out, written at once (a long history)."""
    rows = [dict(project=pid, at=start + i * step, direction=("in", "out")[i % 2], channel="platform",
                 text=f"message {i}", created_at=start + i * step) for i in range(count)]
    with Message._meta.database.atomic():
        Message.insert_many(rows).execute()


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_messages_read_as_a_chat_newest_at_the_bottom(window, controller, clock):
    pid = controller.create_project(ProjectInput(title="Chat", stage="escrow_funded"))
    controller.log_message(pid, MessageInput(at=clock.now() - 3 * D, direction="in", text="Can you start?"))
    controller.log_message(pid, MessageInput(at=clock.now() - 2 * D, direction="out", text="Yes, tomorrow",
                                             read_state="read", read_at=clock.now() - 2 * D + H))
    controller.log_message(pid, MessageInput(at=clock.now() - D, direction="in", channel="offplatform",
                                             text="Thanks, by e-mail", no_reply_needed=True))
    window.select_project(pid)
    d = window.detail
    assert d.tabs.currentIndex() == 0 and d.tabs.tabText(0) == "&Conversation"  # the first thing on the right
    model, view = d.conversation_model, d.conversation
    assert [model.data(model.index(r)) for r in range(3)] == ["Can you start?", "Yes, tomorrow", "Thanks, by e-mail"]
    assert view.currentIndex().row() == 2  # the newest is selected and in view
    assert view.viewport().rect().intersects(view.visualRect(model.index(2)))
    metas = [model.meta(model.message(r)) for r in range(3)]
    assert metas[0].startswith("Them · ") and metas[1].startswith("You · ")
    assert "既読" in metas[1] and "2026" in metas[1].split("既読")[1]  # read, and when
    assert "Off-platform" in metas[2] and "no reply needed" in metas[2]
    # a screen reader hears who and when before the text
    spoken = model.data(model.index(1), int(Qt.ItemDataRole.AccessibleTextRole))
    assert spoken.startswith("You · ") and spoken.endswith(": Yes, tomorrow")
    # theirs on the left, yours on the right
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    bubbles = []
    for r in range(3):
        option.rect = view.visualRect(model.index(r))
        bubbles.append(view.delegate._layout(option, model.index(r))[0])
    width = view.viewport().width()
    assert bubbles[0].left() < width * 0.1 and bubbles[1].right() > width * 0.9
    assert all(b.height() > 0 and b.width() <= width for b in bubbles)


def test_long_messages_wrap_to_the_width_instead_of_being_cut(window, controller, clock):
    pid = controller.create_project(ProjectInput(title="Long"))
    long_text = "とても長いメッセージです。" * 60 + "\n" + "last line"
    controller.log_message(pid, MessageInput(at=clock.now() - D, direction="in", text=long_text))
    window.select_project(pid)
    view, model = window.detail.conversation, window.detail.conversation_model
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(model.index(0))
    bubble, _, body, _, _ = view.delegate._layout(option, model.index(0))
    line = view.fontMetrics().height()
    assert body.height() > 8 * line  # wrapped onto many lines
    assert bubble.width() <= view.viewport().width()
    assert model.data(model.index(0)) == long_text  # all of it shown
    # a word longer than the bubble (an address) is broken, not cut off
    url = "https://example.com/" + "x" * 400
    assert view.delegate.body_flags(view.font(), url, 300) & Qt.TextFlag.TextWrapAnywhere
    assert not view.delegate.body_flags(view.font(), long_text, 300) & Qt.TextFlag.TextWrapAnywhere


def test_each_message_has_its_commands_in_buttons_menu_and_keys(window, controller, clock, qtbot):
    pid = controller.create_project(ProjectInput(title="Keys"))
    controller.log_message(pid, MessageInput(at=clock.now() - 2 * D, direction="out", text="mine", read_state="unread"))
    controller.log_message(pid, MessageInput(at=clock.now() - D, direction="in", text="theirs"))
    window.select_project(pid)
    d, view = window.detail, window.detail.conversation
    seen: list[tuple[str, int]] = []
    for name in ("edit_message", "mark_read", "delete_message"):
        getattr(d, name).disconnect()
        getattr(d, name).connect(lambda mid, name=name: seen.append((name, mid)))
    theirs, mine = (Message.get(Message.text == t).id for t in ("theirs", "mine"))
    assert view.current_message().id == theirs
    assert not d.read_button.isEnabled() and d.edit_msg_button.isEnabled()  # theirs have no 既読 of yours
    assert [a.text() for a in view.actions()] == ["Mark as &read (既読)…", "&Edit message…", "&Delete message…"]
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up)  # to my message
    assert view.current_message().id == mine and d.read_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    d.read_button.click()
    assert seen == [("mark_read", mine), ("edit_message", mine), ("edit_message", mine), ("delete_message", mine),
                    ("mark_read", mine)]
    # a double click opens the message too
    seen.clear()
    centre = view.visualRect(view.currentIndex()).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert seen and seen[-1][0] == "edit_message"


def test_a_platform_without_read_state_offers_no_mark_as_read(window, controller, clock):
    pid = controller.create_project(ProjectInput(title="U", platform="upwork"))
    controller.log_message(pid, MessageInput(at=clock.now() - D, direction="out", text="hello", read_state="read"))
    window.select_project(pid)
    d = window.detail
    assert not d.read_button.isEnabled() and not d.conversation.act_read.isEnabled()
    assert "既読" not in d.conversation_model.meta(d.conversation_model.message(0))


def test_logging_a_message_follows_the_newest_but_keeps_an_older_selection(window, controller, clock):
    pid = controller.create_project(ProjectInput(title="Follow"))
    controller.log_message(pid, MessageInput(at=clock.now() - 2 * D, direction="in", text="first"))
    window.select_project(pid)
    d = window.detail
    window.message_commands.log_now("out")
    assert d.conversation.current_message().direction == "out"  # the new one, at the bottom
    d.conversation.setCurrentIndex(d.conversation_model.index(0))
    window.message_commands.log_now("in")
    assert d.conversation.current_message().text == "first"  # the user's choice is kept
    assert d.conversation_model.rowCount() == 3


def test_a_long_history_shows_its_newest_page_and_loads_older_ones_on_scrolling_up(window, controller, clock):
    pid = controller.create_project(ProjectInput(title="Years"))
    total = 2 * PAGE + 50
    bulk_messages(pid, total, clock.now() - total * H - D)
    window.reload()
    window.select_project(pid)
    d = window.detail
    model, view = d.conversation_model, d.conversation
    assert model.rowCount() == PAGE and model.data(model.index(PAGE - 1)) == f"message {total - 1}"
    assert d.conversation_note.isVisible() and f"latest {PAGE} of {total}" in d.conversation_note.text()
    QApplication.processEvents()
    bar = view.verticalScrollBar()
    bar.setValue(bar.minimum())  # the user scrolls to the top
    assert model.rowCount() == 2 * PAGE
    first_of_before = model.index(PAGE)  # the message that was at the top stays in view
    assert view.viewport().rect().intersects(view.visualRect(first_of_before))
    for _ in range(total // PAGE):  # on up to the first message
        bar.setValue(bar.maximum())
        bar.setValue(bar.minimum())
    assert model.rowCount() == total and not model.has_older()
    assert [model.data(model.index(r)) for r in range(total)] == [f"message {i}" for i in range(total)]
    assert not d.conversation_note.isVisible()


def test_an_empty_conversation_says_how_to_start(window, controller):
    pid = controller.create_project(ProjectInput(title="Nothing yet"))
    window.select_project(pid)
    d = window.detail
    assert d.conversation_model.rowCount() == 0
    assert not d.conversation_note.isVisible() and "No messages logged yet" in d.conversation.placeholder
    assert d.conversation.accessibleDescription() == d.conversation.placeholder  # (a screen reader says it too)
    assert not d.edit_msg_button.isEnabled() and not d.delete_msg_button.isEnabled()


def test_the_history_tab_lists_the_events_not_the_messages(window, controller, clock):
    pid = controller.create_project(ProjectInput(title="Events", stage="escrow_funded"))
    controller.log_message(pid, MessageInput(at=clock.now() - D, direction="out"))
    controller.record_request(pid, "user", clock.now() - H)
    window.select_project(pid)
    d = window.detail
    whats = [d.history_model.data(d.history_model.index(r, 1)) for r in range(d.history_model.rowCount())]
    assert whats[0] == "You filed a reminder request (連絡催促申請)" and whats[-1] == "Project created"
    assert not any("message" in w.lower() for w in whats)
    # the open request also shows in the header, with its outcome button
    assert d.request_line.isVisible() and "Filed by you" in d.request_summary.text()
    assert d.header_outcome_button.isEnabled()


def test_timers_without_a_value_are_not_shown(window, controller, clock):
    pid = controller.create_project(ProjectInput(title="Quiet", stage="escrow_funded"))
    controller.log_message(pid, MessageInput(at=clock.now() - D, direction="out"))
    window.select_project(pid)
    t, titles = window.detail.timer_labels, window.detail.timer_titles
    assert t["waiting"].isVisible() and t["waiting"].text() == "1 d"
    assert not t["reply_owed"].isVisible() and not titles["reply_owed"].isVisible()  # "—": nothing to say
    assert not t["deadline"].isVisible()


@pytest.mark.parametrize("size", [(1280, 672), (1366, 720)])  # 1280×720 and 1366×768 minus a title bar
def test_the_conversation_is_visible_without_scrolling_on_a_laptop_screen(qtbot, controller, clock, english, size):
    from companion.ui.main_window import MainWindow

    controller.load_demo()
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.quitting = True
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    for row in window.model.visible_rows():  # every demo project, the longest header included
        window.select_project(row.id)
        QApplication.processEvents()
        view = window.detail.conversation
        top_left = view.mapTo(window, QPoint(0, 0))
        assert top_left.y() + view.height() <= window.centralWidget().geometry().bottom() + 1, row.title
        assert view.viewport().height() >= 150, row.title  # several messages at once
        for button in (window.detail.sent_button, window.detail.edit_msg_button):
            assert button.isVisible() and button.mapTo(window, QPoint(0, button.height())).y() <= window.height()
        assert window.detail.tabs.currentIndex() == 0


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_bubbles_are_readable_in_light_and_dark_palettes(scheme):
    palette = QPalette()
    if scheme == "dark":
        palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#3d7fd6"))
    else:
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    for mine in (True, False):
        fill, border, meta, fg = bubble_colours(palette, mine)
        assert contrast(fg, fill) >= 7.0  # the message text
        assert contrast(meta, fill) >= 4.5  # who, when, read state
        assert contrast(border, palette.color(QPalette.ColorRole.Base)) >= 1.3  # the bubble is seen
