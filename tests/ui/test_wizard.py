"""Walking the decision wizard as a user would, for the situations the seed article is about."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QWizard

from companion.store import repo
from companion.store.models import Event, Project, ReminderRequest
from companion.store.repo import MessageInput, ProjectInput
from companion.ui.wizard import (
    P_ACTION,
    P_DIAGNOSIS,
    P_FILING,
    P_QUESTIONS,
    P_RECOMMENDATION,
    P_SUMMARY,
    DecisionWizard,
)

D = timedelta(days=1)


def make(controller, clock, *, role="worker", stage="completion_reported", sent=3, read="unread", **kw):
    """A project whose counterparty wrote 10 days ago, followed by ``sent`` unanswered messages."""
    pid = controller.create_project(ProjectInput(title="バナー制作", counterparty="山田", role=role, stage=stage, **kw))
    now = clock.now()
    controller.log_message(pid, MessageInput(at=now - 10 * D, direction="in"))
    for k in range(sent):
        controller.log_message(pid, MessageInput(at=now - (9 - 3 * k) * D, direction="out", read_state=read))
    return pid


@pytest.fixture
def open_wizard(qtbot, controller, english):
    def _open(pid, lang="en"):
        row = next(r for r in controller.overview() if r.id == pid)
        wizard = DecisionWizard(controller, row, lang)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    return _open


def go_to(wizard, page_id):
    for _ in range(10):
        if wizard.currentId() == page_id:
            return
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled(), f"stuck on page {wizard.currentId()}"
        wizard.next()
    raise AssertionError(f"never reached page {page_id}")


def test_worker_after_completion_report_files_the_request(controller, clock, open_wizard):
    pid = make(controller, clock)
    w = open_wizard(pid)
    go_to(w, P_RECOMMENDATION)
    assert w.recommendation().action.value == "file_request"
    assert "File the reminder request" in w.recommendation_page.headline.text()
    assert "lancers.jp" in w.recommendation_page.reasons.text()  # each reason carries its source
    w.next()
    assert w.currentId() == P_FILING
    assert "payment is confirmed" in w.filing_page.outcome.text()
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()  # acknowledgement required
    w.filing_page.ack.setChecked(True)
    w.next()
    assert w.currentId() == P_ACTION
    assert w.action_page.filed.isVisible() and not w.action_page.support.isVisible()
    w.action_page.filed.click()
    req = ReminderRequest.get()
    assert (req.project_id, req.side, req.status) == (pid, "user", "pending")
    w.next()
    assert w.currentId() == P_SUMMARY
    assert "filed the reminder request" in w.summary_page.body.text()
    w.accept()
    run = Event.get(Event.kind == "wizard_run")
    assert '"chosen": "file_request"' in run.data
    row = next(r for r in controller.overview() if r.id == pid)
    assert row.recommendation.action.value == "track_request"
    assert row.recommendation.deadline_at == clock.now() + 7 * D


def test_worker_mid_work_is_sent_to_support(controller, clock, open_wizard):
    pid = make(controller, clock, stage="escrow_funded")
    w = open_wizard(pid)
    go_to(w, P_RECOMMENDATION)
    rec = w.recommendation()
    assert rec.action.value == "contact_support"
    assert "deliverables_at_risk" in rec.warnings
    w.next()
    assert w.currentId() == P_ACTION  # no filing page: nothing is filed
    text = w.action_page.text.toPlainText()
    assert "support" in text and "バナー制作" in text and "Contact history" in text
    w.action_page.support.click()
    assert Event.select().where(Event.kind == "support_contacted").count() == 1


def test_worker_mid_work_choosing_to_file_is_warned(controller, clock, open_wizard):
    pid = make(controller, clock, stage="escrow_funded")
    w = open_wizard(pid)
    go_to(w, P_RECOMMENDATION)
    choice = next(b for b in w.recommendation_page.choices.buttons() if b.property("action") == "file_request")
    choice.setChecked(True)
    w.next()
    assert w.currentId() == P_FILING
    warning = w.filing_page.against_advice.text()
    assert "against the recommendation" in warning and "work delivered so far" in warning


def test_worker_who_delivered_reports_completion_first(controller, clock, open_wizard):
    pid = make(controller, clock, stage="delivered")
    w = open_wizard(pid)
    go_to(w, P_RECOMMENDATION)
    assert w.recommendation().action.value == "report_completion_first"
    w.next()
    assert w.currentId() == P_ACTION
    w.action_page.reported.click()
    assert Project.get_by_id(pid).stage == "completion_reported"


def test_client_who_wants_to_stop_files_and_gets_escrow_back(controller, clock, open_wizard):
    pid = make(controller, clock, role="client", stage="escrow_funded")
    w = open_wizard(pid)
    go_to(w, P_QUESTIONS)
    assert w.questions_page.continue_box.isVisible()
    w.questions_page.no.setChecked(True)
    go_to(w, P_RECOMMENDATION)
    assert w.recommendation().action.value == "file_request"
    assert w.recommendation().outcome_if_unanswered == "escrow_cancelled"
    w.next()
    assert "escrow is cancelled" in w.filing_page.outcome.text()


def test_client_who_wants_to_continue_asks_support(controller, clock, open_wizard):
    pid = make(controller, clock, role="client", stage="escrow_funded")
    w = open_wizard(pid)
    go_to(w, P_QUESTIONS)
    w.questions_page.yes.setChecked(True)
    go_to(w, P_RECOMMENDATION)
    assert w.recommendation().action.value == "contact_support"


@pytest.mark.parametrize(("lang", "phrase"), [("ja", "届いておりますでしょうか"), ("en", "Did my message")])
def test_one_unread_message_gets_a_did_it_arrive_follow_up(controller, clock, open_wizard, lang, phrase):
    pid = controller.create_project(ProjectInput(title="ロゴ", counterparty="cafe", stage="escrow_funded"))
    controller.log_message(pid, MessageInput(at=clock.now() - 3 * D, direction="out", read_state="unread"))
    w = open_wizard(pid, lang)
    go_to(w, P_DIAGNOSIS)
    assert "not be logging in" in w.diagnosis_page.body.text()
    go_to(w, P_RECOMMENDATION)
    assert w.recommendation().action.value == "send_follow_up"
    w.next()
    assert phrase in w.action_page.text.toPlainText()


def test_read_message_gets_a_when_could_you_reply_follow_up(controller, clock, open_wizard):
    pid = controller.create_project(ProjectInput(title="ロゴ", counterparty="cafe", stage="escrow_funded"))
    controller.log_message(pid, MessageInput(at=clock.now() - 3 * D, direction="out", read_state="read", read_at=clock.now() - 2 * D))
    w = open_wizard(pid)
    go_to(w, P_DIAGNOSIS)
    assert "ignoring" in w.diagnosis_page.body.text()
    go_to(w, P_ACTION)
    assert "when you might be able to reply" in w.action_page.text.toPlainText()


def test_corrections_are_saved_back(controller, clock, open_wizard):
    pid = make(controller, clock, stage="escrow_funded")
    w = open_wizard(pid)
    w.situation_page.stage.setCurrentIndex(w.situation_page.stage.findData("completion_reported"))
    w.next()
    assert Project.get_by_id(pid).stage == "completion_reported"
    assert any(e.kind == "stage_changed" for e in Event.select())


def test_a_request_against_the_user_comes_first(controller, clock, open_wizard):
    pid = make(controller, clock)
    repo.record_request(pid, "counterparty", clock.now() - D, clock.now())
    w = open_wizard(pid)
    # the request against the user is the most urgent thing
    assert w.situation_page.against.isChecked()
    go_to(w, P_RECOMMENDATION)
    assert w.recommendation().action.value == "respond_to_request"


def test_japanese_terms_have_tooltips(controller, clock, open_wizard):
    pid = make(controller, clock)
    w = open_wizard(pid)
    go_to(w, P_RECOMMENDATION)
    tip = w.recommendation_page.headline.toolTip()
    assert "連絡催促申請 (reminder request)" in tip
    assert "残念 (disappointed)" in w.recommendation_page.warnings.toolTip()
