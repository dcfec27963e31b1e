"""The main window as a user drives it: fresh temp database and an injected clock per test."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from companion.store import repo
from companion.store.models import Message, Project
from companion.store.repo import MessageInput, ProjectInput
from companion.ui.message_dialog import MessageDialog
from companion.ui.project_dialog import ProjectDialog
from companion.ui.project_table import ID_ROLE, Column

D = timedelta(days=1)
H = timedelta(hours=1)


def cell(window, row, col):
    return window.model.index(row, col).data()


def titles(window):
    return sorted(cell(window, r, Column.TITLE) for r in range(window.model.rowCount()))


def start_window(qtbot, controller):
    """A new main window on the same data, shown, after the next steps it computed are stored."""
    from companion.ui.main_window import MainWindow

    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(10)  # the stored next steps are written just after the first paint
    return w


def test_empty_window_invites_to_start(window):
    assert window.model.rowCount() == 0
    assert window.detail.currentIndex() == 0
    assert window.detail.empty_demo.isVisible()
    assert not window.act_sent.isEnabled()


def test_load_demo_from_the_empty_state(window, qtbot):
    qtbot.mouseClick(window.detail.empty_demo, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 15
    assert window.selected_id() is not None  # the most urgent project is shown at once
    assert window.detail.currentIndex() == 1
    assert window.statusBar().currentMessage() == "Loaded 15 demo projects."


def test_add_a_project_through_the_dialog(window, dialog_driver, qtbot):
    def fill(d: ProjectDialog) -> None:
        d.title_edit.setText("Logo design")
        d.counterparty.setText("cafe hinata")
        d.stage.setCurrentIndex(d.stage.findData("escrow_funded"))
        d.url.setText("https://www.lancers.jp/work/detail/1")
        d.amount.setText("30,000")
        d.accept()

    dialog_driver(fill)
    window.project_commands.new_project()
    assert titles(window) == ["Logo design"]
    p = Project.get()
    assert (p.counterparty, p.stage, p.amount) == ("cafe hinata", "escrow_funded", 30000)
    assert window.selected_id() == p.id
    assert window.detail.title.text() == "Logo design"


def test_validation_errors_are_inline_and_nothing_is_saved(window, controller, qtbot):
    cases = [
        ({"title": ""}, "Title"),
        ({"title": "x", "url": "ftp://example.com"}, "Project page URL"),
        ({"title": "x", "amount": "thirty"}, "Amount"),
    ]
    for values, where in cases:
        d = ProjectDialog(window)
        qtbot.addWidget(d)
        d.set_submit(controller.create_project)
        d.title_edit.setText(values["title"])
        d.url.setText(values.get("url", ""))
        d.amount.setText(values.get("amount", ""))
        d.show()
        d.accept()
        assert d.result() == 0, values
        assert d.error.isVisible()
        assert d.error.text().startswith(where + ":")
    assert Project.select().count() == 0


def test_message_time_in_the_future_is_refused(window, controller, qtbot, clock):
    pid = controller.create_project(ProjectInput(title="x"))
    d = MessageDialog(controller.now, clock.local_tz(), window)
    qtbot.addWidget(d)
    d.set_submit(lambda data: controller.log_message(pid, data))
    d.when.set_value(clock.now() + timedelta(hours=2))
    d.show()
    d.accept()
    assert d.result() == 0 and "future" in d.error.text()
    assert Message.select().count() == 0
    d.when.set_now()
    d.accept()
    assert d.result() == 1 and Message.select().count() == 1


def test_quick_actions_and_timers_that_move_with_the_clock(window, controller, clock, qtbot):
    pid = controller.create_project(ProjectInput(title="Banner", stage="completion_reported"))
    window.select_project(pid)
    qtbot.mouseClick(window.detail.replied_button, Qt.MouseButton.LeftButton)
    assert cell(window, 0, Column.NEXT) == "● Reply soon"  # not red "urgent" at minute 0
    clock.advance(timedelta(hours=1))
    qtbot.mouseClick(window.detail.sent_button, Qt.MouseButton.LeftButton)
    assert cell(window, 0, Column.WAITING) == "1 h"
    assert cell(window, 0, Column.UNANSWERED) == "1"
    assert "Follow-up in 2 d" in cell(window, 0, Column.NEXT)

    clock.advance(3 * D)
    window.refresh_times()
    assert cell(window, 0, Column.WAITING) == "3 d 1 h"
    assert "Follow-up due" in cell(window, 0, Column.NEXT)
    assert window.detail.timer_labels["waiting"].text() == "3 d 1 h"

    for _ in range(2):
        window.message_commands.log_now("out")
        clock.advance(2 * D)
    window.refresh_times()
    assert cell(window, 0, Column.UNANSWERED) == "3"
    assert "Reminder request possible" in cell(window, 0, Column.NEXT)
    assert window.detail.conversation_model.rowCount() == 4  # the messages, the newest at the bottom
    assert window.detail.conversation.current_message().id == Message.select().order_by(Message.at.desc()).get().id
    assert window.detail.history_model.rowCount() == 1  # "project created": events have their own tab


def test_mark_read_changes_the_read_state(window, controller, clock):
    pid = controller.create_project(ProjectInput(title="x"))
    controller.log_message(pid, MessageInput(at=clock.now() - D, direction="out", read_state="unread"))
    window.select_project(pid)
    assert cell(window, 0, Column.READ) == "Unread (未読)"
    controller.mark_read(Message.get().id, pid, clock.now())
    assert cell(window, 0, Column.READ) == "Read (既読)"


def test_mark_the_latest_sent_message_read_from_the_list(window, controller, clock, dialog_driver, qtbot):
    """From the list (Project menu, context menu, Ctrl+Shift+K): the latest platform message the
    user sent on the platform (the one the list's 既読 column shows), not an older one, not a
    received one, not an e-mail."""
    from PySide6.QtCore import Qt as _Qt
    from PySide6.QtGui import QKeySequence

    pid = controller.create_project(ProjectInput(title="x"))
    controller.log_message(pid, MessageInput(at=clock.now() - 3 * D, direction="out", text="older", read_state="unread"))
    controller.log_message(pid, MessageInput(at=clock.now() - 2 * D - H, direction="out", text="box", read_state="unread"))
    controller.log_message(pid, MessageInput(at=clock.now() - 2 * D, direction="out", channel="workspace", text="room",
                                             read_state="unread"))
    controller.log_message(pid, MessageInput(at=clock.now() - D, direction="out", channel="offplatform", text="mail"))
    window.select_project(pid)
    assert window.act_mark_read in window.table.actions()  # the context menu
    assert window.table.contextMenuPolicy() == _Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.act_mark_read.shortcut() == QKeySequence("Ctrl+Shift+K")
    assert window.act_mark_read.isEnabled()
    opened = dialog_driver(lambda d: (d.when.set_value(clock.now() - D), d.accept()))
    window.table.setFocus()
    qtbot.keyClick(window.table, _Qt.Key.Key_K, _Qt.KeyboardModifier.ControlModifier | _Qt.KeyboardModifier.ShiftModifier)
    assert len(opened) == 1
    states = {m.text: m.read_state for m in Message.select()}
    assert states == {"older": "unread", "box": "unread", "room": "read", "mail": "unknown"}
    assert cell(window, 0, Column.READ) == "Read (既読)"
    # again: already read, says so, opens nothing
    window.act_mark_read.trigger()
    assert len(opened) == 1
    assert "already marked as read" in window.statusBar().currentMessage()


def test_mark_latest_read_without_a_sent_message_or_read_state(window, controller, clock, dialog_driver):
    opened = dialog_driver(lambda d: d.accept())
    pid = controller.create_project(ProjectInput(title="x"))
    controller.log_message(pid, MessageInput(at=clock.now() - D, direction="in"))
    window.select_project(pid)
    window.act_mark_read.trigger()
    assert not opened and "no platform message of yours" in window.statusBar().currentMessage()
    upwork = controller.create_project(ProjectInput(title="y", platform="upwork"))
    window.select_project(upwork)
    assert not window.act_mark_read.isEnabled()  # Upwork shows no 既読


def select_first_message(window):
    view, model = window.detail.conversation, window.detail.conversation_model
    view.setCurrentIndex(model.index(0))


def test_edit_and_mark_read_a_message_from_the_conversation(window, controller, clock, dialog_driver):
    """The dialogs get the stored message as plain values (the text exactly as typed)."""
    pid = controller.create_project(ProjectInput(title="x"))
    typed = "Sent the draft \u202e(v2)"
    controller.log_message(pid, MessageInput(at=clock.now() - D, direction="out", text=typed, read_state="unread"))
    window.select_project(pid)
    select_first_message(window)
    seen = []

    def edit(d):
        seen.append((d.body.toPlainText(), d.sent.isChecked(), d.read_state.currentData()))
        d.body.setPlainText(typed + " edited")
        d.accept()

    dialog_driver(edit)
    window.detail.edit_msg_button.click()
    assert seen == [(typed, True, "unread")]
    assert Message.get().text == typed + " edited"

    select_first_message(window)
    dialog_driver(lambda d: (d.when.set_value(clock.now()), d.accept()))
    window.detail.read_button.click()
    assert Message.get().read_state == "read"
    assert cell(window, 0, Column.READ) == "Read (既読)"


def test_filters(window, controller):
    a = controller.create_project(ProjectInput(title="Alpha", platform="lancers", notes="urgent banner"))
    controller.create_project(ProjectInput(title="Beta", platform="crowdworks"))
    c = controller.create_project(ProjectInput(title="Gamma", platform="lancers"))
    controller.log_message(a, MessageInput(at=controller.now() - D, direction="in"))
    controller.set_archived(c, True)
    assert titles(window) == ["Alpha", "Beta"]
    window.filters.archive_filter.setCurrentIndex(window.filters.archive_filter.findData("archived"))
    assert titles(window) == ["Gamma  (archived)"]
    window.filters.archive_filter.setCurrentIndex(window.filters.archive_filter.findData("all"))
    assert len(titles(window)) == 3
    window.filters.platform_filter.setCurrentIndex(window.filters.platform_filter.findData("crowdworks"))
    assert titles(window) == ["Beta"]
    window.filters.platform_filter.setCurrentIndex(0)
    window.filters.needs_action.setChecked(True)
    assert titles(window) == ["Alpha"]
    window.filters.needs_action.setChecked(False)
    window.filters.search.setText("BANNER")
    assert titles(window) == ["Alpha"]


def test_sorting_by_waiting_time(window, controller, clock):
    for title, ago in (("short", 1), ("long", 5), ("mid", 3)):
        pid = controller.create_project(ProjectInput(title=title))
        controller.log_message(pid, MessageInput(at=clock.now() - ago * D, direction="out"))
    window.table.sortByColumn(Column.WAITING, Qt.SortOrder.DescendingOrder)
    assert [cell(window, r, Column.TITLE) for r in range(3)] == ["long", "mid", "short"]


def test_the_list_shows_its_columns_as_declared(window, controller, clock):
    """Each column is declared once (project_table.Column): the model and the view follow it."""
    from companion.ui import text

    pid = controller.create_project(ProjectInput(title="Banner", counterparty="Hinata", stage="escrow_funded"))
    controller.log_message(pid, MessageInput(at=clock.now() - 3 * D, direction="out", read_state="unread"))
    header = window.table.horizontalHeader()
    assert window.model.columnCount() == len(Column)
    assert [header.visualIndex(c) for c in Column] == list(range(len(Column)))  # shown as declared
    assert [window.model.headerData(c, Qt.Orientation.Horizontal) for c in (Column.TITLE, Column.NEXT)] == ["Project", "Next step"]
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (Column.NEXT, Qt.SortOrder.DescendingOrder)
    [row] = window.model.visible_rows()
    level = text.action_urgency(row.action)
    for column in Column:
        assert cell(window, 0, column) == column.spec.display(row, clock.now(), level), column
        assert window.table.isColumnHidden(column) == column.spec.hidden, column  # (widths: test_columns.py)
    assert cell(window, 0, Column.UNANSWERED) == "1" and cell(window, 0, Column.COUNTERPARTY) == "Hinata"
    center = window.model.index(0, Column.UNANSWERED).data(Qt.ItemDataRole.TextAlignmentRole)
    assert center == int(Qt.AlignmentFlag.AlignCenter)
    assert window.model.index(0, Column.TITLE).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_a_list_sorted_by_text_still_shows_each_row_its_own_text_after_a_change(window, controller):
    """Found by review: the rows were re-sorted inside the reset but their cached texts were not."""
    for title in ("Zeta", "Alpha", "Mike", "Bravo"):
        controller.create_project(ProjectInput(title=title, counterparty=title.lower()))
    window.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    pid = controller.create_project(ProjectInput(title="Charlie", counterparty="charlie"))  # a change: reload
    shown = [(cell(window, r, Column.TITLE), cell(window, r, Column.COUNTERPARTY)) for r in range(5)]
    assert shown == [(t, t.lower()) for t in ("Alpha", "Bravo", "Charlie", "Mike", "Zeta")]
    assert window.selected_id() == pid and window.detail.title.text() == "Charlie"


def test_closing_before_the_desktop_integration_is_up_asks_it(window):
    """The tray and reminders start just after the window is shown; a close in between is
    still decided by them (close to the tray, or ask), not a plain quit."""

    class Desktop:
        asked = 0

        def close_requested(self):
            self.asked += 1
            return False  # e.g. hidden to the tray instead

    desktop = Desktop()
    window.set_close_guard(desktop.close_requested)
    window.close()
    assert desktop.asked == 1 and window.isVisible()
    window.quitting = True


def test_delete_asks_first(window, controller, answer_messagebox):
    pid = controller.create_project(ProjectInput(title="Keep me"))
    window.select_project(pid)
    asked = answer_messagebox(QMessageBox.StandardButton.Cancel)
    window.project_commands.delete_project()
    assert Project.select().count() == 1 and "Keep me" in asked[0]
    answer_messagebox(QMessageBox.StandardButton.Yes)
    window.project_commands.delete_project()
    assert Project.select().count() == 0
    assert window.model.rowCount() == 0


def test_delete_message_asks_first(window, controller, answer_messagebox, clock):
    pid = controller.create_project(ProjectInput(title="x"))
    controller.log_message(pid, MessageInput(at=clock.now(), direction="out"))
    mid = Message.get().id
    answer_messagebox(QMessageBox.StandardButton.Cancel)
    window.message_commands.delete_message(mid)
    assert Message.select().count() == 1
    answer_messagebox(QMessageBox.StandardButton.Yes)
    window.message_commands.delete_message(mid)
    assert Message.select().count() == 0


def test_html_is_shown_literally(window, controller):
    pid = controller.create_project(ProjectInput(title="<b>bold</b>", notes="<img src=x>"))
    window.select_project(pid)
    assert window.detail.title.textFormat() == Qt.TextFormat.PlainText
    assert window.detail.title.text() == "<b>bold</b>"
    assert window.detail.fact_labels["notes"].text() == "<img src=x>"
    tooltip = window.model.index(0, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold&lt;/b&gt;" in tooltip and "<b>" not in tooltip


def test_timers_tick_only_while_visible(window):
    assert window.tick.isActive() and window.tick.interval() == 60_000
    window.hide()
    assert not window.tick.isActive()
    window.show()
    assert window.tick.isActive()
    window.showMinimized()
    assert not window.tick.isActive()
    window.showNormal()
    assert window.tick.isActive()


def test_open_url_refuses_non_http(window, answer_messagebox, monkeypatch):
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url))
    asked = answer_messagebox(QMessageBox.StandardButton.Ok)
    window.project_commands.open_url("javascript:alert(1)")
    assert not opened and asked
    window.project_commands.open_url("https://www.lancers.jp/")
    assert opened[0].toString() == "https://www.lancers.jp/"


def test_edit_project_records_stage_change(window, controller, dialog_driver):
    pid = controller.create_project(ProjectInput(title="x", stage="escrow_funded"))
    window.select_project(pid)

    def fill(d):
        assert d.title_edit.text() == "x"
        d.stage.setCurrentIndex(d.stage.findData("delivered"))
        d.accept()

    dialog_driver(fill)
    window.project_commands.edit_project()
    assert Project.get_by_id(pid).stage == "delivered"
    kinds = [i.kind for i in repo.timeline(pid)]
    assert "stage_changed" in kinds


def test_needs_action_filter_follows_the_clock(window, controller, clock):
    pid = controller.create_project(ProjectInput(title="Waiting"))
    controller.log_message(pid, MessageInput(at=clock.now(), direction="out"))
    window.filters.needs_action.setChecked(True)
    assert titles(window) == []
    clock.advance(2 * D)
    window.refresh_times()
    assert titles(window) == ["Waiting"]  # the follow-up became due


def test_request_against_me_and_its_outcome_from_the_detail_pane(window, controller, clock, dialog_driver):
    pid = controller.create_project(ProjectInput(title="Translation", stage="escrow_funded"))
    window.select_project(pid)
    assert not window.detail.outcome_button.isEnabled()

    def filed(d):
        d.when.set_value(clock.now() - timedelta(days=2))
        d.accept()

    dialog_driver(filed)
    window.project_commands.record_request_against()
    assert "Respond now: request deadline in 5 d" in cell(window, 0, Column.NEXT)
    assert "Filed against you" in window.detail.request_label.text()
    assert window.detail.outcome_button.isEnabled() and not window.detail.against_button.isEnabled()

    def answered(d):
        d.group.buttons()[0].setChecked(True)
        d.accept()

    dialog_driver(answered)
    window.detail.outcome_button.click()
    assert "Respond now" not in cell(window, 0, Column.NEXT)
    assert window.detail.request_label.text() == "None open."


def test_wizard_opens_from_the_next_step(window, controller, monkeypatch):
    opened = []
    monkeypatch.setattr("companion.ui.wizard.DecisionWizard.exec", lambda self: opened.append(self.row.id) or 0)
    pid = controller.create_project(ProjectInput(title="x"))
    window.select_project(pid)
    window.table.doubleClicked.emit(window.model.index(0, Column.NEXT))
    window.detail.wizard_button.click()
    assert opened == [pid, pid]


def test_search_matches_full_width_input(window, controller):
    controller.create_project(ProjectInput(title="Logo", counterparty="cafe hinata"))
    controller.create_project(ProjectInput(title="カフェのロゴ"))
    window.filters.search.setText("ｈｉｎａｔａ")
    assert titles(window) == ["Logo"]
    window.filters.search.setText("ｶﾌｪ")
    assert titles(window) == ["カフェのロゴ"]


def test_no_match_says_so(window, controller):
    controller.create_project(ProjectInput(title="Logo"))
    window.filters.search.setText("nothing like this")
    assert window.detail.empty_title.text() == "No project matches"


def test_urgent_sorting_puts_a_request_against_you_first(window, controller, clock):
    a = controller.create_project(ProjectInput(title="A reply owed", stage="escrow_funded"))
    controller.log_message(a, MessageInput(at=clock.now() - D, direction="in"))
    b = controller.create_project(ProjectInput(title="B request against me", stage="escrow_funded"))
    controller.record_request(b, "counterparty", clock.now() - D)
    window.table.sortByColumn(Column.NEXT, Qt.SortOrder.DescendingOrder)
    assert [cell(window, r, Column.TITLE) for r in range(2)] == ["B request against me", "A reply owed"]


def test_logging_a_reply_clears_the_request_against_you(window, controller, clock):
    pid = controller.create_project(ProjectInput(title="x", stage="escrow_funded"))
    controller.record_request(pid, "counterparty", clock.now() - D)
    window.select_project(pid)
    assert "Respond now" in cell(window, 0, Column.NEXT)
    window.message_commands.log_now("out")
    assert "Respond now" not in cell(window, 0, Column.NEXT)
    assert window.detail.request_label.text() == "None open."


def test_warnings_show_in_the_next_step_box(window, controller, clock):
    pid = controller.create_project(ProjectInput(title="x", stage="contracted"))
    controller.log_message(pid, MessageInput(at=clock.now() - 10 * D, direction="in"))
    for k in (9, 6, 3):
        controller.log_message(pid, MessageInput(at=clock.now() - k * D, direction="out"))
    window.select_project(pid)
    assert "Do not start work before escrow" in window.detail.next_warnings.text()


def test_settings_change_the_timers(window, controller, clock, dialog_driver):
    pid = controller.create_project(ProjectInput(title="x"))
    controller.log_message(pid, MessageInput(at=clock.now() - D, direction="out"))
    assert "Follow-up in 1 d" in cell(window, 0, Column.NEXT)

    def fill(d):
        d.editor("follow_up_gap_hours").setValue(1.0)  # shown in days
        d.editor("language").setCurrentIndex(d.editor("language").findData("ja"))
        d.accept()

    dialog_driver(fill)
    window.open_settings()
    assert "Follow-up due" in cell(window, 0, Column.NEXT)
    assert repo.get_setting("language") == "ja"
    assert repo.get_setting("follow_up_gap_hours") == 24


def test_back_up_and_restore_from_the_file_menu(window, controller, dialog_driver, answer_messagebox):
    controller.create_project(ProjectInput(title="Kept"))
    window.file_commands.back_up_now()
    assert window.statusBar().currentMessage().startswith("Backed up to")
    controller.create_project(ProjectInput(title="Added after the backup"))
    assert len(titles(window)) == 2

    def pick_first(d):
        assert d.list.topLevelItemCount() == 1 and d.list.topLevelItem(0).text(2) == "1"
        d.list.topLevelItem(0).setSelected(True)
        d.accept()

    dialog_driver(pick_first)
    answer_messagebox(QMessageBox.StandardButton.Yes)
    window.file_commands.restore_backup()
    assert titles(window) == ["Kept"]
    assert "previous data was saved" in window.statusBar().currentMessage()


def test_export_and_import_from_the_file_menu(window, controller, tmp_path, monkeypatch, answer_messagebox):
    from PySide6.QtWidgets import QFileDialog

    controller.create_project(ProjectInput(title="Exported"))
    target = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "All data (JSON) (*.json)")))
    window.file_commands.export_data()
    assert target.exists()
    Project.delete().execute()
    controller.projects_changed.emit(-1)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    asked = answer_messagebox(QMessageBox.StandardButton.Yes)
    window.file_commands.import_data()
    assert "Import 1 new projects" in asked[-1]
    assert titles(window) == ["Exported"]


def test_file_dialogs_open_in_documents_then_where_the_last_one_ended(window, controller, tmp_path, monkeypatch,
                                                                   answer_messagebox):
    """Export, import and report start in Documents (or home), never in the folder the app was
    started from, and then in the folder last chosen."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda *_: str(documents)))
    offered = []
    chosen = tmp_path / "elsewhere" / "out.json"
    chosen.parent.mkdir()

    def save(parent, title, start, filters):
        offered.append(start)
        return str(chosen), "All data (JSON) (*.json)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda parent, title, start, filters: (offered.append(start), ("", ""))[1]))
    controller.create_project(ProjectInput(title="x"))
    window.file_commands.export_data()
    assert offered[0] == str(documents / "renraku-companion.json")
    window.file_commands.import_data()  # (cancelled)
    assert offered[1] == str(chosen.parent)
    window.select_project(window.model.rows()[0].id)
    monkeypatch.setattr(window.file_commands, "_choose_report_language", lambda pid: "en")
    window.file_commands.save_report()
    assert offered[2] == str(chosen.parent / "contact-history.pdf")
    # the remembered folder is gone: back to Documents; no Documents either: home
    chosen.unlink()
    chosen.parent.rmdir()
    offered.clear()
    window.file_commands.import_data()
    documents.rmdir()
    window.file_commands.import_data()
    assert offered == [str(documents), str(Path.home())]


def test_a_long_list_starts_from_the_stored_next_steps_and_computes_what_it_shows(qtbot, controller, clock, english):
    """With thousands of projects, start-up sorts by the next steps stored last time and computes
    only the rows on screen; every row still shows exactly what computing all of them shows."""
    from companion.store.reads import project_overview
    from companion.ui import text
    from companion.ui.project_table import LOAD_BATCH

    total = LOAD_BATCH * 3
    for k in range(total):
        pid = repo.create_project(ProjectInput(title=f"p{k:03}", stage="delivered"), clock.now() - 20 * D).id
        direction = "in" if k % 3 == 0 else "out"
        repo.log_message(pid, MessageInput(at=clock.now() - (k % 9 + 1) * D, direction=direction), clock.now())

    first = start_window(qtbot, controller)
    assert all(r.state is not None for r in first.model.rows())  # nothing stored yet: all computed
    first.close()
    clock.advance(timedelta(minutes=5))
    w = start_window(qtbot, controller)
    rows = w.model.rows()
    assert rows[0].state is not None  # the selected, most urgent one
    assert any(r.state is None for r in rows)  # the rest waits until shown
    expected = {r.id: r for r in project_overview(clock.now(), controller.thresholds)}
    def urgency_order(row):
        action = expected[row.id].action
        return (-text.action_urgency(action), -text.ACTION_RANK.get(action, 0), row.title)

    assert [r.id for r in rows] == [r.id for r in sorted(expected.values(), key=urgency_order)]
    shown = [cell(w, r, Column.NEXT) for r in range(w.model.rowCount())]  # scrolling through all of them
    assert all(r.state is not None for r in rows)
    by_id = {r.id: r for r in rows}
    for r in range(w.model.rowCount()):
        pid = w.model.index(r, 0).data(ID_ROLE)
        assert by_id[pid].recommendation == expected[pid].recommendation
        assert by_id[pid].state == expected[pid].state
    assert len(shown) == total


def test_sorting_by_another_column_or_a_tick_computes_every_row(qtbot, controller, clock, english):
    from companion.ui.project_table import LOAD_BATCH

    for k in range(LOAD_BATCH * 2):
        pid = repo.create_project(ProjectInput(title=f"p{k:03}"), clock.now() - 20 * D).id
        repo.log_message(pid, MessageInput(at=clock.now() - (k % 7 + 1) * D, direction="out"), clock.now())
    for attempt in range(3):
        w = start_window(qtbot, controller)
        if attempt == 0:
            continue
        assert any(r.state is None for r in w.model.rows())
        if attempt == 1:
            w.table.sortByColumn(Column.WAITING, Qt.SortOrder.DescendingOrder)
            waits = [w.model.rows()[r].state.waiting_for(clock.now()) for r in range(w.model.rowCount())]
            assert waits == sorted(waits, reverse=True)
        else:
            clock.advance(timedelta(minutes=1))
            w.refresh_times()
        assert all(r.state is not None for r in w.model.rows())


def test_filtering_keeps_the_selection_while_the_project_is_shown(window, controller):
    alpha = controller.create_project(ProjectInput(title="Alpha banner"))
    controller.create_project(ProjectInput(title="Beta banner"))
    controller.create_project(ProjectInput(title="Gamma"))
    assert window.select_project(alpha)
    window.filters.search.setText("banner")
    assert titles(window) == ["Alpha banner", "Beta banner"]
    assert window.selected_id() == alpha and window.detail.title.text() == "Alpha banner"
    window.table.sortByColumn(Column.TITLE, Qt.SortOrder.DescendingOrder)
    assert window.selected_id() == alpha and cell(window, 1, Column.TITLE) == "Alpha banner"
    window.filters.search.setText("beta")
    assert window.selected_id() is None and window.detail.currentIndex() == 0
    window.filters.search.clear()
    assert len(titles(window)) == 3


def test_only_the_users_own_text_is_selectable_in_the_detail_pane(window, controller):
    pid = controller.create_project(ProjectInput(title="Banner", counterparty="Hinata", notes="call first"))
    window.select_project(pid)
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    d = window.detail
    for label in (d.title, d.fact_labels["counterparty"], d.fact_labels["notes"]):
        assert label.textInteractionFlags() & selectable
    for label in (d.fact_labels["stage"], d.timer_labels["waiting"], d.next_label):
        assert not label.textInteractionFlags() & selectable


def test_a_database_gone_while_painting_shows_the_stored_next_steps(qtbot, controller, clock, english):
    """Found by review: rows are computed as they are painted; if the database went away (a
    failed restore), painting must not raise at every cell, nor the tick invent timers."""
    from companion.store import connection as dbmod
    from companion.ui.project_table import LOAD_BATCH

    for k in range(LOAD_BATCH * 2):
        pid = repo.create_project(ProjectInput(title=f"p{k:03}"), clock.now() - 20 * D).id
        repo.log_message(pid, MessageInput(at=clock.now() - 3 * D, direction="out"), clock.now())
    for _ in range(2):
        w = start_window(qtbot, controller)
    last = w.model.rowCount() - 1
    assert w.model.visible_rows()[last].state is None
    dbmod.close_database()
    assert cell(w, last, Column.NEXT).startswith("●")  # the stored next step's cue, no timers
    w.refresh_times()
    assert w.model.visible_rows()[last].state is None


def test_a_reply_owed_grows_urgent_after_the_reply_owed_setting_and_only_where_filing_is_possible(
    window, controller, clock, qtbot,
):
    from companion.store import settings

    settings.set_setting("reply_owed_hours", 6)
    controller.apply_settings({})
    live = controller.create_project(ProjectInput(title="Live", stage="escrow_funded"))
    paid = controller.create_project(ProjectInput(title="Paid", stage="paid"))
    for pid in (live, paid):
        window.select_project(pid)
        qtbot.mouseClick(window.detail.replied_button, Qt.MouseButton.LeftButton)
    by_title = {cell(window, r, Column.TITLE): r for r in range(2)}
    assert cell(window, by_title["Live"], Column.NEXT) == "● Reply soon"
    assert cell(window, by_title["Paid"], Column.NEXT) == "● Reply when you can"
    window.select_project(paid)
    assert "they may file" not in window.detail.next_warnings.text()
    assert "Urgent" not in window.detail.next_label.text()
    clock.advance(timedelta(hours=6))
    window.refresh_times()
    by_title = {cell(window, r, Column.TITLE): r for r in range(2)}
    assert cell(window, by_title["Live"], Column.NEXT) == "‼ Reply now"
    assert cell(window, by_title["Paid"], Column.NEXT) == "● Reply when you can"
    window.select_project(live)
    assert window.detail.next_label.text().startswith("‼ Urgent")
    assert window.detail.next_warnings.text().count("reminder request against you") == 1


def test_the_window_fits_a_laptop_screen(window):
    """The default 1280x760 is taller than a 1280x720 screen: the window, frame included, fits the
    screen's free area (minus a panel), whatever size it was last closed at."""
    from PySide6.QtCore import QRect

    from companion.ui.main_window import FRAME_ALLOWANCE

    for available in (QRect(0, 0, 1280, 720), QRect(0, 27, 1366, 741), QRect(1920, 0, 1280, 690)):
        window.resize(1280, 760)
        window.move(0, 0)
        window.restore_geometry(available)
        g = window.geometry()
        frame = QRect(g.x() - FRAME_ALLOWANCE.width() // 2, g.y() - (FRAME_ALLOWANCE.height() - FRAME_ALLOWANCE.width() // 2),
                      g.width() + FRAME_ALLOWANCE.width(), g.height() + FRAME_ALLOWANCE.height())
        assert available.contains(frame), (available, frame)
        assert g.width() >= min(1280, available.width() - FRAME_ALLOWANCE.width()) - 1
        assert g.height() == available.height() - FRAME_ALLOWANCE.height()


def test_the_last_size_and_place_come_back_clamped(window, controller):
    from PySide6.QtCore import QRect

    from companion.store import settings

    window.resize(1000, 640)
    window.move(2000, 900)  # last closed on a large second monitor
    window._save_geometry()
    assert settings.get_setting("window_geometry")
    window.resize(300, 300)
    window.restore_geometry(QRect(0, 0, 800, 600))  # started on a small one
    assert window.width() > 300  # the saved size came back (as far as the screen allows)...
    # ...and the window is moved and shrunk onto this screen
    g = window.geometry()
    assert QRect(0, 0, 800, 600).contains(g) and g.width() <= 800 and g.height() <= 600


def test_a_screen_smaller_than_the_minimum_wins(window):
    from PySide6.QtCore import QRect

    window.resize(1280, 760)
    window.restore_geometry(QRect(0, 0, 800, 600))
    assert window.width() <= 800 - 16 and window.height() <= 600 - 48


def test_a_backup_is_confirmed_in_the_window_with_its_folder(window, controller, monkeypatch):
    """Not only in the status bar (off screen on a small laptop, gone after ten seconds): a
    message bar above the list, until closed, with the path and an Open folder button."""
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    bar = window.message_bar
    assert not bar.isVisible()
    window.file_commands.back_up_now()
    assert bar.isVisible() and bar.label.text().startswith("Backed up to ")
    backup = Path(bar.label.text().removeprefix("Backed up to "))
    assert backup.exists()
    assert bar.open_button.isVisible() and bar.folder == backup.parent
    assert window.statusBar().currentMessage() == bar.label.text()
    bar.open_button.click()
    assert opened == [str(backup.parent)]
    assert bar.close_button.accessibleName() and bar.open_button.accessibleName()
    bar.close_button.click()
    assert not bar.isVisible()


def test_an_export_is_confirmed_in_the_window(window, controller, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "exports" / "out.json"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "All data (JSON) (*.json)")))
    window.file_commands.export_data()
    assert window.message_bar.isVisible()
    assert window.message_bar.label.text() == f"Exported to {target}"
    assert window.message_bar.folder == target.parent
