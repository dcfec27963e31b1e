"""File → Restore from backup…: the confirmation compares the chosen backup with what is there
now, warns when the backup holds less, and refuses a file that turned out unusable."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from companion.store.repo import MessageInput, ProjectInput
from companion.ui import text
from companion.ui.backup_dialogs import RestoreDialog

H = timedelta(hours=1)


@pytest.fixture
def boxes(monkeypatch):
    """Every message box shown: (icon, text, informative text); each is answered ``answer[0]``."""
    shown: list[tuple[QMessageBox.Icon, str, str]] = []
    answer = [QMessageBox.StandardButton.Yes]

    def fake_exec(self: QMessageBox) -> int:
        shown.append((self.icon(), self.text(), self.informativeText()))
        return int(answer[0].value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown, answer


def pick_first(dialog: RestoreDialog) -> None:
    dialog.list.topLevelItem(0).setSelected(True)
    dialog.accept()


def titles(window) -> list[str]:
    return sorted(r.title for r in window.model.rows())


def test_the_question_compares_the_backup_with_now_and_warns_when_it_holds_less(
        window, controller, clock, dialog_driver, boxes):
    shown, answer = boxes
    tz = controller.clock.local_tz()
    kept = controller.create_project(ProjectInput(title="Kept"))
    controller.log_message(kept, MessageInput(at=clock.now() - H, direction="out"))
    made_at = clock.now()
    controller.back_up("manual")
    clock.set(clock.now() + 2 * H)
    later = controller.create_project(ProjectInput(title="Added after the backup"))
    controller.log_message(later, MessageInput(at=clock.now() - H, direction="in"))
    controller.set_archived(kept, True)

    dialog_driver(pick_first)
    answer[0] = QMessageBox.StandardButton.Cancel
    window.file_commands.restore_backup()
    icon, question, comparison = shown[-1]
    assert icon == QMessageBox.Icon.Warning  # it holds less than now
    assert question == f"Restore the backup made on {text.format_time(made_at, tz)}? It replaces what is there now."
    old_newest = text.format_time(made_at - H, tz)
    new_newest = text.format_time(clock.now() - H, tz)
    assert f"The backup: Schema version 7; 1 projects (1 active, 0 archived); 1 messages, the newest from {old_newest}." in comparison
    assert f"Now: Schema version 7; 2 projects (1 active, 1 archived); 2 messages, the newest from {new_newest}." in comparison
    assert ("Restoring replaces what is there now: 2 projects and 2 messages, the newest from "
            f"{new_newest}, with the backup's 1 projects and 1 messages, the newest from {old_newest}.") in comparison
    assert comparison.endswith("Your current data is saved as a backup first.")
    assert titles(window) == ["Added after the backup", "Kept"]  # cancelled: nothing changed

    answer[0] = QMessageBox.StandardButton.Yes
    window.file_commands.restore_backup()
    assert titles(window) == ["Kept"]
    assert "previous data was saved" in window.statusBar().currentMessage()


def test_a_backup_that_holds_as_much_asks_without_a_warning(window, controller, clock, dialog_driver, boxes):
    shown, _ = boxes
    controller.create_project(ProjectInput(title="Only"))
    controller.back_up("manual")
    dialog_driver(pick_first)
    window.file_commands.restore_backup()
    icon, _question, comparison = shown[-1]
    assert icon == QMessageBox.Icon.Question
    assert "Restoring replaces" not in comparison
    assert "1 projects (1 active, 0 archived); no messages." in comparison


def test_a_backup_damaged_after_it_was_listed_is_refused_and_nothing_changes(
        window, controller, clock, dialog_driver, boxes):
    shown, _ = boxes
    controller.create_project(ProjectInput(title="Here now"))
    path = controller.back_up("manual")

    def pick_and_damage(dialog: RestoreDialog) -> None:
        pick_first(dialog)
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)

    dialog_driver(pick_and_damage)
    window.file_commands.restore_backup()
    [(icon, message, _)] = shown
    assert icon == QMessageBox.Icon.Warning
    assert message.startswith("This backup cannot be restored: ") and path.name in message
    assert message.endswith("Nothing was changed.")
    assert titles(window) == ["Here now"]
    assert not window.message_bar.isVisible()


def test_the_comparison_reads_in_japanese(qapp, window, controller, clock, dialog_driver, boxes):
    from companion.desktop import i18n

    shown, answer = boxes
    controller.create_project(ProjectInput(title="x"))
    controller.back_up("manual")
    controller.create_project(ProjectInput(title="y"))
    i18n.install(qapp, "ja")
    try:
        dialog_driver(pick_first)
        answer[0] = QMessageBox.StandardButton.Cancel
        window.file_commands.restore_backup()
    finally:
        i18n.install(qapp, "en")
    _icon, question, comparison = shown[-1]
    assert "バックアップ" in question and "復元" in comparison and "Restoring" not in comparison
