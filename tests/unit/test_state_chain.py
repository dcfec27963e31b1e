"""What the user records is what the app believes (issue #13), through the store: the list's
verdict, the evidence report and `status` agree after "they answered" and after the wizard's
answer; the answer is stored, changeable, and used everywhere."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest

from companion.model.decision import Action
from companion.model.report import build
from companion.model.timers import DEFAULT_THRESHOLDS
from companion.store import reads, repo
from companion.store.models import Event, Message, ReminderRequest
from companion.store.repo import MessageInput, ProjectInput, ValidationError
from companion.store.report import report_input
from tests.conftest import T0

D, H = timedelta(days=1), timedelta(hours=1)


def row(pid, now):
    [r] = reads.project_overview(now, DEFAULT_THRESHOLDS, project_ids=[pid])
    return r


def silent_project(stage="completion_reported", role="worker"):
    """Three unanswered messages and 11 days of silence; the user filed a request 2 days ago."""
    p = repo.create_project(ProjectInput(title="Banner", stage=stage, role=role), T0 - 20 * D)
    repo.log_message(p.id, MessageInput(at=T0 - 11 * D, direction="in"), T0)
    for days in (10, 7, 4):
        repo.log_message(p.id, MessageInput(at=T0 - days * D, direction="out"), T0)
    req = repo.record_request(p.id, "user", T0 - 2 * D, T0)
    return p.id, req


def test_they_answered_logs_their_reply_with_its_time_and_every_view_agrees(database):
    pid, req = silent_project()
    assert row(pid, T0).action is Action.TRACK_REQUEST
    repo.close_request(req.id, "answered", T0, answered_at=T0 - 3 * H)
    assert ReminderRequest.get_by_id(req.id).status == "answered"
    reply = Message.get((Message.project == pid) & (Message.at == T0 - 3 * H))
    assert (reply.direction, reply.channel) == ("in", "platform")
    r = row(pid, T0)
    assert r.state.unanswered_count == 0 and r.state.waiting_for(T0) is None
    assert r.action is Action.REPLY_NOW  # their answer is the newest message: the ball is with the user
    # the evidence report tells the same story: answered, and no silence left
    report = build(report_input(pid), "en", UTC, T0, DEFAULT_THRESHOLDS)
    cells = {c for table in report.tables for line in table.rows for c in line}
    assert "answered" in " ".join(cells).casefold()
    summary = dict(report.tables[1].rows)
    assert summary["My unanswered messages since"] == "0"
    assert summary["Silence so far"] == "—" or "day" not in summary["Silence so far"]


def test_an_answer_defaults_to_now_and_cannot_come_before_the_filing(database):
    pid, req = silent_project()
    with pytest.raises(ValidationError) as info:
        repo.close_request(req.id, "answered", T0, answered_at=T0 - 3 * D)
    assert info.value.code == "answer_before_filing"
    assert ReminderRequest.get_by_id(req.id).status == "pending"
    assert Message.select().where(Message.project == pid).count() == 4  # nothing half-written
    with pytest.raises(ValidationError):
        repo.close_request(req.id, "answered", T0, answered_at=T0 + D)  # in the future
    repo.close_request(req.id, "answered", T0)
    assert Message.select().where((Message.project == pid) & (Message.at == T0)).count() == 1


def test_i_answered_a_request_against_me_logs_my_reply(database):
    p = repo.create_project(ProjectInput(title="x", stage="escrow_funded"), T0 - 20 * D)
    req = repo.record_request(p.id, "counterparty", T0 - D, T0)
    assert row(p.id, T0).action is Action.RESPOND_TO_REQUEST
    repo.close_request(req.id, "answered", T0, answered_at=T0 - H)
    assert Message.get(Message.project == p.id).direction == "out"
    assert row(p.id, T0).action is not Action.RESPOND_TO_REQUEST


def test_deleting_the_logged_answer_reopens_the_request(database):
    pid, req = silent_project()
    repo.close_request(req.id, "answered", T0, answered_at=T0 - H)
    reply = Message.get((Message.project == pid) & (Message.at == T0 - H))
    repo.delete_message(reply.id, T0)
    assert ReminderRequest.get_by_id(req.id).status == "pending"


def client_mid_contract():
    p = repo.create_project(ProjectInput(title="LP", stage="escrow_funded", role="client"), T0 - 30 * D)
    repo.log_message(p.id, MessageInput(at=T0 - 20 * D, direction="in"), T0)
    for days in (19, 16, 13):
        repo.log_message(p.id, MessageInput(at=T0 - days * D, direction="out"), T0)
    return p.id


def test_the_wizards_answer_is_stored_and_used_by_the_list(database):
    pid = client_mid_contract()
    assert row(pid, T0).action is Action.CONTACT_SUPPORT  # not asked: support
    repo.set_wants_to_continue(pid, False, T0)
    r = row(pid, T0)
    assert r.wants_to_continue is False
    assert r.action is Action.FILE_REQUEST and r.recommendation.outcome_if_unanswered == "escrow_cancelled"
    repo.set_wants_to_continue(pid, True, T0 + H)
    assert row(pid, T0).action is Action.CONTACT_SUPPORT
    kinds = [e.kind for e in Event.select().where(Event.project == pid)]
    assert kinds.count("answer_recorded") == 2


def test_a_changed_answer_is_not_hidden_by_the_stored_next_step(database):
    """The stored next step (for sorting at start) is keyed by the data version: the answer bumps it."""
    from companion.store import action_cache

    pid = client_mid_contract()
    rows = reads.project_overview(T0, DEFAULT_THRESHOLDS)
    action_cache.remember(rows, T0, DEFAULT_THRESHOLDS)
    assert reads.project_overview(T0, DEFAULT_THRESHOLDS, lazy=True)[0].stored_action is Action.CONTACT_SUPPORT
    repo.set_wants_to_continue(pid, False, T0)
    lazy = reads.project_overview(T0, DEFAULT_THRESHOLDS, lazy=True)[0]
    assert lazy.stored_action is None and lazy.action is Action.FILE_REQUEST


def test_bad_answers_and_languages_are_refused(database):
    pid = client_mid_contract()
    with pytest.raises(ValidationError):
        repo.set_wants_to_continue(pid, "maybe", T0)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        repo.set_text_language(pid, "fr", T0)
    repo.set_text_language(pid, "en", T0)
    assert row(pid, T0).text_language == "en"


def test_status_says_what_the_wizard_said(database):
    from companion.cli import status_projects

    pid = client_mid_contract()
    repo.set_wants_to_continue(pid, False, T0)
    [p] = status_projects(T0, include_archived=False)
    assert (p["action"], p["outcome_if_unanswered"], p["route"]) == ("file_request", "escrow_cancelled", "lancers_reminder_request")
    assert "request_possible" in {r["kind"] for r in p["reminders"]}


def test_they_answered_also_clears_a_request_past_its_deadline(database):
    _pid, req = silent_project()
    repo.close_request(req.id, "deadline_passed", T0 + 6 * D)
    repo.close_request(req.id, "answered", T0 + 6 * D, answered_at=T0 + 5 * D)
    assert ReminderRequest.get_by_id(req.id).status == "answered"


def test_a_request_recorded_late_is_cleared_by_an_answer_already_logged(database):
    """The window and an import agree: they wrote, I replied, then I record the request they had
    filed before my reply."""
    p = repo.create_project(ProjectInput(title="x", stage="escrow_funded"), T0 - 20 * D)
    repo.log_message(p.id, MessageInput(at=T0 - 5 * D, direction="in"), T0)
    repo.log_message(p.id, MessageInput(at=T0 - 2 * D, direction="out"), T0)
    req = repo.record_request(p.id, "counterparty", T0 - 3 * D, T0)
    assert req.status == "answered"
    assert row(p.id, T0).action is not Action.RESPOND_TO_REQUEST


def test_a_merged_outcome_moves_the_stage_as_in_the_window(database, tmp_path):
    from companion.store import exchange
    from companion.store.models import Project

    p = repo.create_project(ProjectInput(title="Banner", counterparty="cafe", stage="completion_reported"), T0 - 30 * D)
    req = repo.record_request(p.id, "user", T0 - 9 * D, T0 - 9 * D)
    before = exchange.export_data(T0)
    repo.close_request(req.id, "payment_confirmed", T0)
    after = exchange.export_data(T0)
    Project.delete().execute()
    exchange.import_data(before, T0)
    exchange.import_data(after, T0)
    [r] = reads.project_overview(T0, DEFAULT_THRESHOLDS)
    assert r.stage == "paid" and r.action is Action.NOTHING_TO_DO
    changes = list(Event.select().where((Event.kind == "stage_changed") & (Event.project == r.id)))
    assert len(changes) == 1  # the file's own history, not a second copy


def test_an_upwork_refund_request_is_not_cleared_by_a_message_but_by_its_answer_on_the_platform(database):
    p = repo.create_project(ProjectInput(title="LP copy", platform="upwork", stage="escrow_funded"), T0 - 20 * D)
    req = repo.record_request(p.id, "counterparty", T0 - 2 * D, T0, route="upwork_escrow_refund")
    repo.log_message(p.id, MessageInput(at=T0 - D, direction="out"), T0)
    assert ReminderRequest.get_by_id(req.id).status == "pending"  # a message does not settle it
    r = row(p.id, T0)
    assert r.action is Action.RESPOND_TO_REQUEST and r.recommendation.route == "upwork_escrow_refund"
    assert r.recommendation.deadline_at == T0 + 5 * D
    repo.close_request(req.id, "answered", T0, answered_at=T0 - H)  # "I disputed it"
    assert ReminderRequest.get_by_id(req.id).status == "answered"
    assert Message.select().where(Message.project == p.id).count() == 1  # nothing invented


def test_a_route_outside_the_platform_is_refused(database):
    p = repo.create_project(ProjectInput(title="x", platform="coconala", contract_type="package", stage="escrow_funded"), T0)
    with pytest.raises(ValidationError):
        repo.record_request(p.id, "user", T0, T0, route="upwork_escrow_refund")


def test_the_evidence_report_names_the_platforms_route_and_its_own_clock(database):
    p = repo.create_project(ProjectInput(title="採用サイト", platform="crowdworks", stage="escrow_funded"), T0 - 20 * D)
    repo.record_request(p.id, "user", T0 - 2 * D, T0, route="crowdworks_termination_request")
    report = build(report_input(p.id), "ja", UTC, T0, DEFAULT_THRESHOLDS)
    requests = next(t for t in report.tables if t.heading == "正式な申請")
    [(filed, deadline, status)] = requests.rows
    assert "契約途中終了リクエスト" in filed and status == "進行中"
    assert deadline.startswith((T0 + 5 * D).strftime("%Y-%m-%d"))  # its week, not Lancers' setting


def test_a_message_does_not_settle_a_crowdworks_termination_request(database):
    p = repo.create_project(ProjectInput(title="x", platform="crowdworks", stage="escrow_funded"), T0 - 20 * D)
    req = repo.record_request(p.id, "counterparty", T0 - 2 * D, T0, route="crowdworks_termination_request")
    repo.log_message(p.id, MessageInput(at=T0 - D, direction="out"), T0)
    assert ReminderRequest.get_by_id(req.id).status == "pending"
    assert row(p.id, T0).action is Action.RESPOND_TO_REQUEST


def test_an_older_export_gets_its_stage_time_from_its_history(database):
    from companion.store import exchange
    from companion.store.models import Project

    data = {"format": "renraku-companion", "version": 1, "projects": [{
        "title": "LP copy", "platform": "upwork", "role": "client", "stage": "completion_reported",
        "created_at": (T0 - 60 * D).isoformat(),
        "events": [{"at": (T0 - D).isoformat(), "kind": "stage_changed",
                    "data": {"old": "escrow_funded", "new": "completion_reported"}}],
    }]}
    exchange.import_data(data, T0)
    assert Project.get().stage_entered_at == T0 - D
    r = row(Project.get().id, T0)
    assert r.recommendation.deadline_at == T0 + 13 * D  # the client's 14 days, from the submission
