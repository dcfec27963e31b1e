"""Hostile input: huge fields, control characters, emoji and mixed scripts; a read-only data
folder and a full disk. A clear message, no data loss, and the app keeps showing what it has."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QMessageBox

from companion.model import db as dbmod
from companion.model import repo
from companion.model.repo import MessageInput, ProjectInput, StorageError
from companion.model.schema import Message, Project
from companion.ui.message_dialog import MessageDialog

HOSTILE = "連絡\u0000\u0007\u202e <b>x</b> 😀👩‍💻 عربى Ελληνικά \t\n" * 3


def test_huge_and_strange_text_is_stored_and_shown(window, controller, clock):
    huge = "長" * 100_000
    pid = controller.create_project(ProjectInput(title=HOSTILE.strip() or "x", notes=huge, counterparty=HOSTILE))
    controller.log_message(pid, MessageInput(at=clock.now(), direction="out", text=huge + HOSTILE))
    p = Project.get_by_id(pid)
    assert p.notes == huge and p.counterparty == HOSTILE.strip()  # stored exactly (trimmed at the ends)
    assert Message.get().text == huge + HOSTILE
    started = time.monotonic()
    window.select_project(pid)
    window.grab()  # lay out and paint it all
    assert time.monotonic() - started < 10  # no freeze
    assert window.detail.fact_labels["notes"].text().endswith("…")  # shown shortened, stored whole
    assert "<b>x</b>" in window.detail.title.text()  # literal


def test_read_only_database_gives_a_clear_message_and_keeps_the_data(window, controller, clock, qtbot):
    pid = controller.create_project(ProjectInput(title="Kept"))
    dbmod.database_proxy.execute_sql("PRAGMA query_only = ON")  # as if the folder became read-only
    try:
        window.select_project(pid)
        try:
            controller.log_now(pid, "out")
        except StorageError as err:
            assert err.code == "read_only"
        else:
            raise AssertionError("the write should have failed")
        box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
        assert "cannot be written" in box.text() and "Nothing was changed" in box.text()
        box.close()
        assert window.model.rowCount() == 1 and Message.select().count() == 0
        # a dialog shows it inline instead
        dialog = MessageDialog(controller.now, clock.local_tz(), window)
        qtbot.addWidget(dialog)
        dialog.set_submit(lambda data: controller.log_message(pid, data))
        dialog.show()
        dialog.accept()
        assert dialog.result() == 0 and "cannot be written" in dialog.error.text()
    finally:
        dbmod.database_proxy.execute_sql("PRAGMA query_only = OFF")
    controller.log_now(pid, "out")
    assert Message.select().count() == 1


def test_full_disk_gives_a_clear_message_and_nothing_half_written(window, controller, clock):
    pid = controller.create_project(ProjectInput(title="Kept"))
    db = dbmod.database_proxy
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # no room to grow: SQLITE_FULL
    try:
        try:
            controller.log_message(pid, MessageInput(at=clock.now(), direction="out", text="x" * 200_000))
        except StorageError as err:
            assert err.code == "disk_full"
        else:
            raise AssertionError("the write should have failed")
        assert Message.select().count() == 0
        assert repo.timeline(pid)[0].kind == "project_created"  # no event for the failed write either
        for box in window.findChildren(QMessageBox):
            box.close()
    finally:
        db.execute_sql("PRAGMA max_page_count = 1073741823")
