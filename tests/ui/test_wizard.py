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


def choose_language(wizard, lang):
    """Pick the texts' language as the user would (the choice is kept for the project)."""
    combo = wizard.action_page.text_lang
    combo.setCurrentIndex(combo.findData(lang))
    combo.activated.emit(combo.currentIndex())


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
    assert "you filed Reminder request (連絡催促申請)" in w.summary_page.body.text()
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
    # a Lancers project: the inquiry to 事務局 is in Japanese, even in the English interface
    assert w.action_page.text_lang.currentData() == "ja"
    assert "ランサーズ" in w.action_page.text.toPlainText()
    choose_language(w, "en")
    text = w.action_page.text.toPlainText()
    assert "support" in text and "バナー制作" in text and "Contact history" in text
    assert Project.get_by_id(pid).text_language == "en"  # remembered for this project
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
    # one story: the filing page (outcome after the report, acknowledged warning) comes first
    assert w.currentId() == P_FILING
    assert "First report completion" in w.filing_page.against_advice.text()
    assert "payment is confirmed" in w.filing_page.outcome.text()
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
    w.filing_page.ack.setChecked(True)
    w.next()
    assert w.currentId() == P_ACTION
    assert "already passed" in w.action_page.instructions.text()
    assert w.action_page.filed.isVisible() and not w.action_page.filed.isEnabled()
    w.action_page.reported.click()
    assert Project.get_by_id(pid).stage == "completion_reported"
    assert w.action_page.filed.isEnabled()  # ...then the request, right away
    w.action_page.filed.click()
    assert ReminderRequest.get().side == "user"


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
    choose_language(w, lang)
    assert phrase in w.action_page.text.toPlainText()


def test_read_message_gets_a_when_could_you_reply_follow_up(controller, clock, open_wizard):
    pid = controller.create_project(ProjectInput(title="ロゴ", counterparty="cafe", stage="escrow_funded"))
    controller.log_message(pid, MessageInput(at=clock.now() - 3 * D, direction="out", read_state="read", read_at=clock.now() - 2 * D))
    w = open_wizard(pid)
    go_to(w, P_DIAGNOSIS)
    assert "ignoring" in w.diagnosis_page.body.text()
    go_to(w, P_ACTION)
    assert "いつ頃いただけそうでしょうか" in w.action_page.text.toPlainText()
    choose_language(w, "en")
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


def test_the_clients_answer_is_kept_and_the_main_window_agrees(controller, clock, open_wizard):
    """Field test: after the wizard recommended filing, the list said "ask support"."""
    pid = make(controller, clock, role="client", stage="escrow_funded")
    w = open_wizard(pid)
    go_to(w, P_QUESTIONS)
    w.questions_page.no.setChecked(True)
    go_to(w, P_RECOMMENDATION)
    assert Project.get_by_id(pid).wants_to_continue is False
    row = next(r for r in controller.overview() if r.id == pid)
    assert row.action.value == "file_request"  # the list says what the wizard said
    w2 = open_wizard(pid)
    assert w2.questions_page.no.isChecked()  # asked again, the answer is there


def test_move_on_offers_to_archive_and_no_follow_up(controller, clock, open_wizard):
    pid = make(controller, clock, stage="negotiating")
    w = open_wizard(pid)
    go_to(w, P_RECOMMENDATION)
    assert w.recommendation().action.value == "move_on"
    w.next()
    assert w.currentId() == P_ACTION
    assert not w.action_page.text.isVisible() and not w.action_page.copy.isVisible()
    assert "letting this one go" in w.action_page.instructions.text()
    w.action_page.archive.click()
    assert Project.get_by_id(pid).archived


def test_copying_says_which_text_once(controller, clock, open_wizard, qapp):
    pid = make(controller, clock, stage="escrow_funded")
    w = open_wizard(pid)
    go_to(w, P_ACTION)
    for _ in range(3):
        w.action_page.copy.click()
    assert [line for line in w.recorded if line.startswith("Copied")] == ["Copied: Support (事務局) inquiry (日本語)"]


def test_filing_early_mentions_the_etiquette(controller, clock, open_wizard):
    pid = make(controller, clock, sent=1)
    clock.advance(3 * D)
    w = open_wizard(pid)
    go_to(w, P_RECOMMENDATION)
    choice = next((b for b in w.recommendation_page.choices.buttons() if b.property("action") == "file_request"), None)
    assert choice is not None
    choice.setChecked(True)
    w.next()
    assert "about 3 messages" in w.filing_page.against_advice.text()
    assert "lancers.jp" in w.filing_page.sources.text()


def test_the_last_follow_up_before_the_formal_step_is_the_final_one(controller, clock, open_wizard):
    """With 3 messages before a formal step, the third message names a date and the next step."""
    pid = controller.create_project(ProjectInput(title="ロゴ", counterparty="cafe", stage="escrow_funded"))
    controller.log_message(pid, MessageInput(at=clock.now() - 6 * D, direction="out", read_state="unread"))
    controller.log_message(pid, MessageInput(at=clock.now() - 3 * D, direction="out", read_state="unread"))
    w = open_wizard(pid)
    go_to(w, P_RECOMMENDATION)
    assert w.recommendation().action.value == "send_follow_up"
    go_to(w, P_ACTION)
    body = w.action_page.text.toPlainText()
    assert "までにご返信いただけますと幸いです" in body and "ランサーズ事務局" in body


def test_the_read_state_told_to_the_wizard_is_kept_on_the_message(controller, clock, open_wizard):
    from companion.store.models import Message

    pid = make(controller, clock, stage="escrow_funded", read="unread")
    w = open_wizard(pid)
    w.situation_page.read.setCurrentIndex(w.situation_page.read.findData("read"))
    w.next()
    latest = Message.select().where((Message.project == pid) & (Message.direction == "out")).order_by(Message.at.desc()).first()
    assert latest.read_state == "read"
    row = next(r for r in controller.overview() if r.id == pid)
    assert row.state.last_sent_read is True  # the list believes it too
    assert "ignoring" in row.recommendation.likely_causes


def test_a_coconala_seller_is_told_the_48_hour_first_reply_with_its_deadline(controller, clock, open_wizard):
    """The wizard gets the time the order was purchased (the stage's start), as the list does."""
    pid = controller.create_project(ProjectInput(title="ロゴ作成", platform="coconala", contract_type="package",
                                                 stage="escrow_funded"))
    row = next(r for r in controller.overview() if r.id == pid)
    assert row.stage_entered_at is None  # added now: when it was purchased is not known...
    assert row.recommendation.deadline_at is None  # ...so no countdown is made up
    controller.set_stage_entered_at(pid, clock.now() - timedelta(hours=30))  # "purchased 30 hours ago"
    w = open_wizard(pid)
    go_to(w, P_RECOMMENDATION)
    rec = w.recommendation()
    assert (rec.action.value, rec.route) == ("respond_to_request", "coconala_first_reply")
    assert rec.deadline_at == clock.now() + timedelta(hours=18)
    row = next(r for r in controller.overview() if r.id == pid)
    assert row.recommendation.deadline_at == rec.deadline_at  # the list says the same
    go_to(w, P_ACTION)
    assert "before its deadline" in w.action_page.instructions.text()


def test_a_coconala_seller_before_cancelling_gets_the_deadline_notice(controller, clock, open_wizard):
    clock.advance(-12 * D)  # purchased 12 days ago
    pid = controller.create_project(ProjectInput(title="ロゴ作成", counterparty="nao", platform="coconala",
                                                 contract_type="package", stage="escrow_funded"))
    clock.advance(12 * D)
    controller.log_message(pid, MessageInput(at=clock.now() - 11 * D, direction="in"))
    for days in (10, 7, 4):
        controller.log_message(pid, MessageInput(at=clock.now() - days * D, direction="out"))
    w = open_wizard(pid)
    go_to(w, P_RECOMMENDATION)
    assert any(r.code == "announce_deadline_first" for r in w.recommendation().reasons)
    go_to(w, P_FILING)
    w.filing_page.ack.setChecked(True)
    go_to(w, P_ACTION)
    assert w.action_page.text_kind.currentData() == "deadline_notice"
    assert "までにご連絡のない場合は" in w.action_page.text.toPlainText()


@pytest.mark.parametrize("platform, route", [("fiverr", "fiverr_deliver"), ("upwork", "upwork_submit_work"),
                                             ("coconala", "coconala_formal_delivery")])
def test_a_seller_who_delivered_elsewhere_than_lancers_delivers_formally_and_files_nothing(
    controller, clock, open_wizard, platform, route,
):
    """Review finding: the Lancers flow ("report completion, then file") recorded a cancellation
    by the seller on Fiverr; the platform's formal delivery is the step, and nothing is filed."""
    contract = "project_fixed" if platform == "upwork" else "package"
    pid = make(controller, clock, stage="delivered", platform=platform, contract_type=contract)
    w = open_wizard(pid)
    go_to(w, P_RECOMMENDATION)
    rec = w.recommendation()
    assert (rec.action.value, rec.route) == ("report_completion_first", route)
    w.next()
    assert w.currentId() == P_ACTION  # no filing page: nothing is filed
    assert not w.action_page.filed.isVisible() and w.action_page.reported.isVisible()
    assert "formal delivery" in w.action_page.instructions.text()
    w.action_page.reported.click()
    assert Project.get_by_id(pid).stage == "completion_reported"
    assert ReminderRequest.select().count() == 0
    row = next(r for r in controller.overview() if r.id == pid)
    assert row.stage_entered_at is not None and row.recommendation.action.value == "wait"  # the platform's clock runs


def test_a_termination_request_against_me_is_answered_on_the_platform_not_by_a_message(controller, clock, open_wizard):
    pid = controller.create_project(ProjectInput(title="採用サイト", platform="crowdworks", stage="escrow_funded"))
    controller.record_request(pid, "counterparty", clock.now() - D, "crowdworks_termination_request")
    w = open_wizard(pid)
    go_to(w, P_ACTION)
    assert "a message does not settle it" in w.action_page.instructions.text()
    assert not w.action_page.replied.isVisible()
