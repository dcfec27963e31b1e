"""Hostile input: huge fields, control characters, emoji and mixed scripts; a read-only data
folder and a full disk. A clear message, no data loss, and the app keeps showing what it has."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from companion.store import connection as dbmod
from companion.store import repo
from companion.store.models import Message, Project
from companion.store.repo import MessageInput, ProjectInput, StorageError
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


RLO, PDF = "\u202e", "\u202c"
BIDI = ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")


def no_bidi(value: str) -> bool:
    return not any(c in value for c in BIDI)


def test_bidi_controls_and_tabs_are_neutralised_wherever_user_text_is_shown(qapp, window, controller, clock, qtbot):
    """'abc<RLO>TXT.EXE' must not read as 'abcEXE.TXT' anywhere (field test P8)."""
    from datetime import timedelta

    from companion.desktop.integration import Desktop
    from companion.desktop.tray import Tray
    from companion.model import report
    from companion.ui.reminder_center import ReminderCenter
    from companion.ui.widgets import url_tooltip

    title = f"abc{RLO}TXT.EXE\tnext"
    pid = controller.create_project(ProjectInput(
        title=title, counterparty=f"{RLO}name", notes=f"{RLO}notes", stage="escrow_funded",
        url="https://a.example.com/x"))
    controller.log_message(pid, MessageInput(at=clock.now() - timedelta(days=3), direction="out", text=f"{RLO}sent"))
    assert Project.get_by_id(pid).title == title  # stored as typed: evidence is not rewritten
    window.select_project(pid)
    # the list: every cell's text and tooltip
    model = window.model
    for col in range(model.columnCount()):
        index = model.index(0, col)
        for role in (0, 3):  # DisplayRole, ToolTipRole
            value = model.data(index, role)
            assert not isinstance(value, str) or no_bidi(value), (col, role, value)
    # the detail pane: title, summary, facts, conversation
    assert window.detail.title.text() == "abcTXT.EXE\tnext"
    assert no_bidi(window.detail.summary.text()) and "name" in window.detail.summary.text()
    for label in window.detail.fact_labels.values():
        assert no_bidi(label.text()) and no_bidi(label.toolTip())
    conversation = window.detail.conversation_model
    shown = [conversation.data(conversation.index(row), role)
             for row in range(conversation.rowCount()) for role in (0, 3, int(Qt.ItemDataRole.AccessibleTextRole))]
    assert any(isinstance(v, str) and "sent" in v for v in shown)  # the message is there...
    assert all(no_bidi(v) for v in shown if isinstance(v, str))  # ...without its override
    # the tray menu: one line, no tab (a tab starts the shortcut column), no bidi
    tray = Tray(controller)
    tray.update_rows(controller.overview())
    tray.rebuild_menu()
    [label] = [t for t in tray.labels() if "abc" in t]
    assert label.startswith("● abcTXT.EXE next") and no_bidi(label) and "\t" not in label
    # notifications and the Reminder Center
    desktop = Desktop(qapp, controller, window, use_tray=False)
    window.quitting = True
    try:
        desktop.start()
        assert desktop.notifier.sent
        for note in desktop.notifier.sent:
            assert no_bidi(note.summary) and no_bidi(note.body) and "\t" not in note.summary
        center = ReminderCenter(controller, desktop.scheduler, window)
        qtbot.addWidget(center)
        center.refresh()
        for i in range(center.list.topLevelItemCount()):
            item = center.list.topLevelItem(i)
            assert all(no_bidi(item.text(c)) for c in range(center.list.columnCount()))
    finally:
        desktop.scheduler.stop()
    # the evidence report (Markdown and the PDF's HTML)
    from companion.ui.report_pdf import to_html

    built = controller.evidence_report(pid, "en")
    assert no_bidi(report.to_markdown(built)) and no_bidi(to_html(built))
    assert no_bidi(url_tooltip(f"https://a.example.com/{RLO}gnp.exe"))


def test_only_the_host_shown_is_ever_opened(window, controller, monkeypatch, qtbot):
    """'https://example.com\\@evil.com/' would reach evil.com: refused (field test P9)."""
    from PySide6.QtGui import QDesktopServices

    from companion.ui.widgets import url_tooltip

    opened: list[str] = []
    warned: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(bytes(url.toEncoded()).decode()) or True))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: warned.append(self.text()) or 0)
    for bad in ("https://example.com\\@evil.com/", "\x01https://example.com/", "https://" + "a" * 3000 + ".com/",
                "javascript:alert(1)", "https://user@evil.com/"):
        window.project_commands.open_url(bad)
    assert opened == [] and len(warned) == 5 and all("http" in w for w in warned)
    window.project_commands.open_url("https://例え.jp/a b")
    assert opened == ["https://xn--r8jz45g.jp/a%20b"]
    tip = url_tooltip("https://例え.jp/a b")
    assert "https://xn--r8jz45g.jp/a%20b" in tip and "as typed" in tip


def test_import_problems_from_a_file_that_changed_are_shown_as_plain_text(window, controller, monkeypatch, tmp_path):
    """Text from a file is never read as markup, even in the box after the preview (field test P13)."""
    import json

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "in.json"
    good = {"format": "renraku-companion", "version": 1,
            "projects": [{"title": "ok", "messages": [{"at": "2026-06-01T10:00:00+09:00", "direction": "in"}]}]}
    path.write_text(json.dumps(good), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    shown: list[tuple[str, Qt.TextFormat]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.textFormat()))
        if len(shown) == 1:  # the preview's question: the file changes before the real import
            bad = dict(good, projects=[{"title": "ok", "platform": "<a href='file:///etc/passwd'>x</a>"}])
            path.write_text(json.dumps(bad), encoding="utf-8")
            return int(QMessageBox.StandardButton.Yes)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window.file_commands.import_data()
    assert len(shown) == 2
    text, fmt = shown[1]
    assert "<a href" in text and fmt == Qt.TextFormat.PlainText
    assert Project.select().count() == 0


def test_editing_a_project_keeps_its_text_as_typed(window, controller, qtbot):
    """What is shown has no bidi controls; what is saved back is what the user typed (an edit of
    the stage must not rewrite the title: an import would then see another project)."""
    from companion.store.models import Project as ProjectModel
    from companion.ui.project_dialog import ProjectDialog

    title, notes = "مشروع \u2067ABC\u2069 x", "\u2066isolated\u2069 notes"
    pid = controller.create_project(ProjectInput(title=title, counterparty="\u2067名前\u2069", notes=notes))
    window.select_project(pid)
    row = window.model.row_by_id(pid)
    assert row.title == "مشروع ABC x"  # shown without the isolates
    dialog = ProjectDialog(window, row)
    qtbot.addWidget(dialog)
    dialog.stage.setCurrentIndex(dialog.stage.findData("escrow_funded"))
    controller.update_project(pid, dialog.collect())
    stored = ProjectModel.get_by_id(pid)
    assert (stored.title, stored.counterparty, stored.notes, stored.stage) == (title, "\u2067名前\u2069", notes, "escrow_funded")
