"""Bad input in the project and message dialogs: every problem at once, each naming its field,
every bad field marked (and unmarked as soon as it is fixed), and buttons that stay put."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDialogButtonBox

from companion.store.models import Message, Project
from companion.store.repo import ProjectInput, message_problems, project_problems
from companion.ui.message_dialog import MessageDialog
from companion.ui.project_dialog import ProjectDialog
from companion.ui.widgets import is_marked


def ok_geometry(dialog) -> tuple[int, int, int, int]:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    top_left = ok.mapTo(dialog, ok.rect().topLeft())
    return (top_left.x(), top_left.y(), ok.width(), ok.height())


def test_the_store_lists_every_problem_and_its_validator_is_unchanged():
    problems = project_problems(ProjectInput(title=" ", url="ftp://x", amount="thirty", currency="yen!"))
    assert [(e.field, e.code) for e in problems] == [
        ("title", "required"), ("url", "bad_url"), ("currency", "bad_currency"), ("amount", "not_a_number")]
    assert project_problems(ProjectInput(title="ok")) == []


def test_message_problems_lists_both_times(clock):
    from companion.store.repo import MessageInput

    now = clock.now()
    data = MessageInput(at=now + timedelta(hours=2), direction="out", read_state="read", read_at=now + timedelta(hours=3))
    assert [e.field for e in message_problems(data, now)] == ["at", "read_at"]


def test_project_dialog_shows_every_error_at_once_and_its_buttons_stay_put(window, controller, qtbot):
    d = ProjectDialog(window)
    qtbot.addWidget(d)
    d.set_submit(controller.create_project)
    d.show()
    qtbot.waitExposed(d)
    before, size = ok_geometry(d), d.size()
    d.url.setText("ftp://example.com")
    d.amount.setText("thirty")
    d.currency.setCurrentText("yen!")
    d.accept()
    assert d.result() == 0 and Project.select().count() == 0
    lines = d.error.text().splitlines()
    assert [line.split(":")[0] for line in lines] == ["Title", "Project page URL", "Amount", "Currency"]
    assert all(is_marked(w) for w in (d.title_edit, d.url, d.amount, d.currency))
    assert not is_marked(d.counterparty)
    assert d.focusWidget() is d.title_edit  # the first bad field
    qtbot.wait(10)
    assert ok_geometry(d) == before and d.size() == size  # the click that follows lands on OK again

    # a fixed field loses its mark and its line at once; the others keep theirs
    d.url.setText("https://example.com/work/1")
    assert not is_marked(d.url) and d.url.accessibleDescription() == ""
    assert [line.split(":")[0] for line in d.error.text().splitlines()] == ["Title", "Amount", "Currency"]
    d.title_edit.setText("Logo")
    d.amount.setText("30,000")
    d.currency.setCurrentText("JPY")
    assert not any(is_marked(w) for w in (d.title_edit, d.amount, d.currency))
    assert not d.error.isVisible()
    assert ok_geometry(d) == before
    d.accept()
    assert d.result() == 1 and Project.select().count() == 1


def test_a_field_still_wrong_after_editing_stays_marked(window, controller, qtbot):
    d = ProjectDialog(window)
    qtbot.addWidget(d)
    d.set_submit(controller.create_project)
    d.show()
    d.title_edit.setText("x")
    d.amount.setText("thirty")
    d.accept()
    d.amount.setText("-5")
    assert is_marked(d.amount)
    assert d.error.text() == "Amount: Enter an amount of 0 or more."


def test_message_dialog_shows_both_bad_times_and_keeps_its_buttons(window, controller, qtbot, clock):
    pid = controller.create_project(ProjectInput(title="x"))
    d = MessageDialog(controller.now, clock.local_tz(), window)
    qtbot.addWidget(d)
    d.set_submit(lambda data: controller.log_message(pid, data))
    d.read_state.setCurrentIndex(d.read_state.findData("read"))
    d.show()
    qtbot.waitExposed(d)
    before = ok_geometry(d)
    d.when.set_value(clock.now() + timedelta(hours=2))
    d.read_at.set_value(clock.now() + timedelta(hours=3))
    d.accept()
    assert d.result() == 0 and Message.select().count() == 0
    assert [line.split(":")[0] for line in d.error.text().splitlines()] == ["When", "Read at"]
    assert is_marked(d.when.edit) and is_marked(d.read_at.edit)
    assert ok_geometry(d) == before
    d.when.set_now()
    assert not is_marked(d.when.edit) and is_marked(d.read_at.edit)
    d.read_at.set_now()
    assert not is_marked(d.read_at.edit) and not d.error.isVisible()
    d.accept()
    assert d.result() == 1 and Message.select().count() == 1
