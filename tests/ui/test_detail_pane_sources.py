"""The detail pane shows where each rule it states is written, each point once (issue #13)."""

from __future__ import annotations

from datetime import timedelta

from companion.store.repo import MessageInput, ProjectInput
from companion.ui.main_window import MainWindow

D = timedelta(days=1)


def test_the_next_step_box_lists_its_sources_and_the_uncertain_assumption(qtbot, controller, clock, english):
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.quitting = True
    pid = controller.create_project(ProjectInput(title="Banner", stage="completion_reported"))
    controller.log_message(pid, MessageInput(at=clock.now() - 3 * D, direction="in"))
    controller.record_request(pid, "counterparty", clock.now() - D)
    window.select_project(pid)
    d = window.detail
    assert "Respond now" in d.next_label.text()
    assert "you get an automatic negative rating" in d.next_warnings.text()  # the user is rated, not "they"
    assert "the platform does not say so" in d.next_warnings.text()
    sources = d.next_sources.full_text()
    assert sources.startswith("Sources: ") and "www.lancers.jp/faq/A1018/338 (checked 2026-11-01)" in sources
    parts = sources.removeprefix("Sources: ").split("; ")
    assert len(parts) == len(set(parts))  # each rule once
    lines = d.next_warnings.text().splitlines()
    assert len(lines) == len(set(lines))


def test_a_worker_before_escrow_on_an_hourly_contract_is_warned(qtbot, controller, clock, english):
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.quitting = True
    pid = controller.create_project(ProjectInput(title="Hourly", contract_type="hourly", stage="contracted"))
    window.select_project(pid)
    assert "Do not start work before escrow" in window.detail.next_warnings.text()
    assert "lancers.jp/help/guide/client/project/4" in window.detail.next_sources.full_text()


def test_the_wizards_answer_is_shown_and_changeable_in_the_detail_pane(qtbot, controller, clock, english):
    from companion.store.models import Project

    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.quitting = True
    pid = controller.create_project(ProjectInput(title="LP", role="client", stage="escrow_funded"))
    controller.log_message(pid, MessageInput(at=clock.now() - 20 * D, direction="in"))
    for days in (19, 16, 13):
        controller.log_message(pid, MessageInput(at=clock.now() - days * D, direction="out"))
    controller.set_wants_to_continue(pid, False)
    window.select_project(pid)
    d = window.detail
    assert not d.wants.isHidden() and d.wants.currentText() == "No, end the contract"
    assert "Reminder request possible" in d.next_label.text()
    d.wants.setCurrentIndex(1)
    d.wants.activated.emit(1)
    assert Project.get_by_id(pid).wants_to_continue is True
    assert "Contact support" in window.detail.next_label.text()
    d.text_language.setCurrentIndex(2)
    d.text_language.activated.emit(2)
    assert Project.get_by_id(pid).text_language == "en"


def test_a_request_against_me_on_a_negotiating_project_asks_whether_the_stage_is_right(qtbot, controller, english, monkeypatch):
    from companion.ui import request_dialogs

    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.quitting = True
    pid = controller.create_project(ProjectInput(title="Pitch", stage="negotiating"))
    window.select_project(pid)
    seen = []
    monkeypatch.setattr(request_dialogs.RequestAgainstDialog, "exec", lambda self: seen.append(self.hint.text()) or 0)
    window.project_commands.record_request_against()
    assert seen and "Is the stage right?" in seen[0] and "Negotiating" in seen[0]


def test_typed_times_have_no_stray_seconds_but_a_kept_time_keeps_its_own(qtbot, clock):
    from datetime import UTC

    from companion.ui.message_dialog import DateTimeField

    clock.advance(timedelta(seconds=47))
    field = DateTimeField(clock.now, UTC)
    qtbot.addWidget(field)
    assert field.value().second == 0 and field.value().microsecond == 0  # "now" is the minute shown
    exact = clock.now() - D
    field.set_value(exact)
    assert field.value() == exact  # an imported time with seconds, left as it is
    field.edit.setDateTime(field.edit.dateTime().addSecs(60))
    assert field.value().second == 0


def test_a_crowdworks_termination_request_against_me_gets_its_own_clock(qtbot, controller, clock, english, monkeypatch):
    from companion.ui import request_dialogs

    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.quitting = True
    pid = controller.create_project(ProjectInput(title="採用サイト", platform="crowdworks", stage="escrow_funded"))
    window.select_project(pid)

    def choose(dialog):
        codes = [dialog.route.itemData(i) for i in range(dialog.route.count())]
        assert codes[0] == "crowdworks_reminder_request" and "crowdworks_termination_request" in codes
        dialog.route.setCurrentIndex(codes.index("crowdworks_termination_request"))
        dialog.when.set_value(clock.now() - D)
        dialog.accept()
        return 1

    monkeypatch.setattr(request_dialogs.RequestAgainstDialog, "exec", choose)
    window.project_commands.record_request_against()
    [row] = [r for r in controller.overview() if r.id == pid]
    rec = row.recommendation
    assert rec.action.value == "respond_to_request" and rec.route == "crowdworks_termination_request"
    assert rec.deadline_at == clock.now() + 6 * D  # its own week, whatever the Lancers setting
    window.select_project(pid)
    assert "CrowdWorks" in window.detail.fact_labels["platform"].text()


def test_the_stage_time_and_last_seen_are_shown_and_recorded(qtbot, controller, clock, english, monkeypatch):
    from companion.store.models import Project
    from companion.ui import request_dialogs

    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.quitting = True
    pid = controller.create_project(ProjectInput(title="Copy", platform="upwork", stage="completion_reported"))
    controller.log_message(pid, MessageInput(at=clock.now() - 2 * D, direction="out"))
    window.select_project(pid)
    d = window.detail
    assert not d.last_seen_label.isHidden()  # Upwork shows no read state: last seen instead
    submitted = clock.now() - 10 * D

    def answer(value):
        def run(dialog):
            if value is None:
                dialog.unknown.setChecked(True)
            else:
                dialog.when.set_value(value)
            dialog.accept()
            return 1
        return run

    monkeypatch.setattr(request_dialogs.TimeDialog, "exec", answer(submitted))
    window.project_commands.correct_stage_time()
    assert Project.get_by_id(pid).stage_entered_at == submitted
    [row] = [r for r in controller.overview() if r.id == pid]
    assert row.recommendation.auto_outcome_at == submitted + 14 * D  # Upwork's 14 days from the submission
    seen = clock.now() - D
    monkeypatch.setattr(request_dialogs.TimeDialog, "exec", answer(seen))
    window.project_commands.record_last_seen()
    assert Project.get_by_id(pid).counterparty_last_seen_at == seen
    monkeypatch.setattr(request_dialogs.TimeDialog, "exec", answer(None))
    window.project_commands.record_last_seen()
    assert Project.get_by_id(pid).counterparty_last_seen_at is None


def test_a_new_project_can_say_when_it_entered_its_stage_and_speaks_its_platforms_words(qtbot, controller, clock, english, monkeypatch):
    from companion.store.models import Project
    from companion.ui import project_dialog

    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.quitting = True

    def fill(dialog):
        dialog.title_edit.setText("ロゴ作成")
        dialog.platform.setCurrentIndex(dialog.platform.findData("coconala"))
        assert "出品者" in dialog.role.currentText() or "Seller" in dialog.role.currentText()
        dialog.contract_type.setCurrentIndex(dialog.contract_type.findData("package"))
        dialog.stage.setCurrentIndex(dialog.stage.findData("escrow_funded"))
        dialog.has_stage_time.setChecked(True)
        dialog.stage_time.setDateTime(dialog.stage_time.dateTime().addSecs(-30 * 3600))
        dialog.accept()
        return 1

    monkeypatch.setattr(project_dialog.ProjectDialog, "exec", fill)
    window.project_commands.new_project()
    project = Project.get()
    assert project.stage_entered_at == (clock.now() - timedelta(hours=30)).replace(second=0, microsecond=0)
    [row] = controller.overview()
    assert row.recommendation.route == "coconala_first_reply" and row.recommendation.deadline_at is not None


def test_other_platforms_get_their_own_reminder_texts_and_outcomes(qtbot, controller, clock, english):
    from companion.desktop.scheduler import reminder_text
    from companion.model.reminders import Reminder
    from companion.ui.request_dialogs import RequestOutcomeDialog

    r = Reminder(1, "request_against", clock.now(), clock.now(), clock.now() + timedelta(hours=24), "x", "coconala")
    assert reminder_text(r, clock.now()) == "A formal request was filed against you: 1 d left to answer"
    lancers = RequestOutcomeDialog("user", None, lancers=True)
    other = RequestOutcomeDialog("counterparty", None, lancers=False, by_message=False)
    qtbot.addWidget(lancers)
    qtbot.addWidget(other)
    statuses = lambda d: [b.property("status") for b in d.group.buttons()]  # noqa: E731
    assert "payment_confirmed" in statuses(lancers) and "payment_confirmed" not in statuses(other)
    assert "accepted or disputed" in other.group.buttons()[0].text()


def test_no_follow_up_timer_while_the_platform_acts_and_platform_words_for_its_steps(qtbot, controller, clock, english):
    """New-user test: an Upwork freelancer waiting for the automatic release saw "Next follow-up
    (1 d ago)"; Coconala's first-message deadline was called a "Request deadline"."""
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.quitting = True
    pid = controller.create_project(ProjectInput(title="Copy", platform="upwork", stage="completion_reported"))
    controller.set_stage_entered_at(pid, clock.now() - 3 * D)
    controller.log_message(pid, MessageInput(at=clock.now() - 3 * D, direction="out"))
    window.select_project(pid)
    d = window.detail
    assert d.timer_labels["next_follow_up"].text() == "—"
    assert d.timer_titles["request_possible"].text() == "Formal step possible"
    assert d.fact_labels["plan_change"].isHidden()  # a Lancers procedure
    shop = controller.create_project(ProjectInput(title="ロゴ", platform="coconala", contract_type="package",
                                                  stage="escrow_funded"))
    controller.set_stage_entered_at(shop, clock.now() - 40 * timedelta(hours=1))
    window.select_project(shop)
    assert d.timer_titles["deadline"].text() == "Platform deadline"
