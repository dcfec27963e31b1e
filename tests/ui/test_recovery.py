"""The recovery choice after damage, and the restore list: the user sees every backup with its
counts, future-dated ones flagged, and can pick an older one than "the latest"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from companion import app
from companion.store import backup, repo
from companion.store import connection as dbmod
from companion.store.repo import MessageInput, ProjectInput
from companion.ui.backup_dialogs import PATH_ROLE, RestoreDialog

NOW = datetime.now(UTC)


def make_backups(path):
    dbmod.open_database(path)
    conn = dbmod.database_proxy.connection()
    repo.create_project(ProjectInput(title="one"), NOW)
    older = backup.make_backup(conn, path, "daily", NOW - timedelta(days=2))
    p = repo.create_project(ProjectInput(title="two"), NOW)
    repo.log_message(p.id, MessageInput(at=NOW, direction="out"), NOW)
    newer = backup.make_backup(conn, path, "daily", NOW - timedelta(days=1))
    future = backup.make_backup(conn, path, "daily", NOW + timedelta(days=7300))
    dbmod.close_database()
    return older, newer, future


def test_the_restore_list_flags_a_backup_dated_in_the_future(qtbot, tmp_path, english):
    _older, _newer, _future = make_backups(tmp_path / "companion.db")
    dialog = RestoreDialog(tmp_path / "companion.db", UTC)
    qtbot.addWidget(dialog)
    rows = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    assert [r.text(2) for r in rows] == ["2", "1", "2"]  # projects: newest real first, the future one last
    assert "(dated in the future)" in rows[2].text(0) and "clock" in rows[2].toolTip(0)
    assert not any("future" in r.text(0) for r in rows[:2])
    # the newest real backup is already chosen: Enter or Restore takes it
    assert dialog.list.selectedItems() == [rows[0]] and dialog.restore_button.isEnabled()
    assert dialog.chosen() == Path(rows[0].data(0, PATH_ROLE))


def test_recovery_can_restore_an_older_backup_than_the_latest(qtbot, tmp_path, english, monkeypatch):
    db_path = tmp_path / "companion.db"
    _older, _newer, _future = make_backups(db_path)
    db_path.write_bytes(b"garbage" * 1000)
    offered: list[str] = []

    def fake_box_exec(box: QMessageBox) -> int:
        offered.append(box.informativeText())
        [choose] = [b for b in box.buttons() if b.text() == "Choose a backup…"]
        choose.click()
        return 0

    def fake_dialog_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, RestoreDialog)
        dialog.list.setCurrentItem(dialog.list.topLevelItem(1))  # the older one
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QMessageBox, "exec", fake_box_exec)
    monkeypatch.setattr(QDialog, "exec", fake_dialog_exec)
    from companion.ui.backup_dialogs import ask_recovery

    assert app.recover_damaged(db_path, lambda moved, latest: ask_recovery(moved, latest, UTC)) == "restore"
    assert "(2 projects, 1 messages)" in offered[0]  # the latest real one is offered, not the future one
    assert backup.read_counts(db_path) == (1, 0)  # the older one, as chosen
    assert [p for p in tmp_path.glob("companion.db.damaged-*")]
