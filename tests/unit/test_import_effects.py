"""Import and merge have the window's domain effects (issue #13): a platform reply in the file
answers a pending request; a request's outcome in the file is applied; one open request per
project at most; the user's answers travel with the project."""

from __future__ import annotations

import copy
from datetime import timedelta

import pytest

from companion.model.decision import Action
from companion.model.timers import DEFAULT_THRESHOLDS
from companion.store import exchange, reads, repo
from companion.store.exchange import ImportProblems
from companion.store.models import Message, Project, ReminderRequest
from companion.store.repo import MessageInput, ProjectInput
from tests.conftest import T0

D, H = timedelta(days=1), timedelta(hours=1)


def iso(t):
    return t.isoformat()


def project(**kw):
    base = {
        "title": "Banner", "platform": "lancers", "role": "worker", "counterparty": "cafe", "stage": "escrow_funded",
        "created_at": iso(T0 - 30 * D), "messages": [], "requests": [],
    }
    base.update(kw)
    return base


def file_of(*projects):
    return {"format": "renraku-companion", "version": 1, "projects": list(projects)}


def only_row():
    [r] = reads.project_overview(T0, DEFAULT_THRESHOLDS)
    return r


def test_an_imported_reply_answers_a_pending_request_against_me(database):
    """I4: the user's platform reply after the filing clears the request, as in the window."""
    exchange.import_data(file_of(project(
        requests=[{"side": "counterparty", "filed_at": iso(T0 - 2 * D), "status": "pending"}],
        messages=[{"at": iso(T0 - 3 * D), "direction": "in"}, {"at": iso(T0 - D), "direction": "out"}],
    )), T0)
    assert ReminderRequest.get().status == "answered"
    assert only_row().action is not Action.RESPOND_TO_REQUEST


def test_an_imported_reply_of_theirs_answers_my_request(database):
    """I2: the other way round."""
    exchange.import_data(file_of(project(
        stage="completion_reported",
        requests=[{"side": "user", "filed_at": iso(T0 - 2 * D), "status": "pending"}],
        messages=[{"at": iso(T0 - 12 * D), "direction": "out"}, {"at": iso(T0 - D), "direction": "in"}],
    )), T0)
    assert ReminderRequest.get().status == "answered"
    assert only_row().action is not Action.TRACK_REQUEST


def test_an_offplatform_reply_does_not_answer_it(database):
    exchange.import_data(file_of(project(
        requests=[{"side": "counterparty", "filed_at": iso(T0 - 2 * D), "status": "pending"}],
        messages=[{"at": iso(T0 - D), "direction": "out", "channel": "offplatform"}],
    )), T0)
    assert ReminderRequest.get().status == "pending"


def test_merging_another_machines_export_applies_the_answer_and_the_outcome(database):
    """Here: a pending request against me. There: my reply, and the request answered."""
    p = repo.create_project(ProjectInput(title="Banner", counterparty="cafe", stage="escrow_funded"), T0 - 30 * D)
    repo.log_message(p.id, MessageInput(at=T0 - 3 * D, direction="in"), T0 - 3 * D)
    repo.record_request(p.id, "counterparty", T0 - 2 * D, T0 - 2 * D)
    assert only_row().action is Action.RESPOND_TO_REQUEST
    there = exchange.export_data(T0)
    mine = there["projects"][0]
    mine["messages"].append({"at": iso(T0 - D), "direction": "out", "channel": "platform", "text": "ご連絡が遅くなりました"})
    mine["requests"][0].update(status="answered", closed_at=iso(T0 - D))
    summary = exchange.import_data(there, T0)
    assert summary.projects_added == 0 and summary.messages_added == 1 and summary.requests_updated == 1
    assert ReminderRequest.get().status == "answered"
    assert only_row().action is not Action.RESPOND_TO_REQUEST


def test_a_file_outcome_never_reopens_a_closed_request(database):
    p = repo.create_project(ProjectInput(title="Banner", counterparty="cafe", stage="completion_reported"), T0 - 30 * D)
    req = repo.record_request(p.id, "user", T0 - 9 * D, T0 - 9 * D)
    repo.close_request(req.id, "payment_confirmed", T0)
    older = exchange.export_data(T0)
    older["projects"][0]["requests"][0].update(status="pending", closed_at=None)
    exchange.import_data(older, T0)
    assert ReminderRequest.get().status == "payment_confirmed"


def test_a_file_with_two_open_requests_on_one_project_is_refused_with_the_place(database):
    data = file_of(project(requests=[
        {"side": "user", "filed_at": iso(T0 - 3 * D), "status": "pending"},
        {"side": "counterparty", "filed_at": iso(T0 - 2 * D), "status": "deadline_passed"},
    ]))
    with pytest.raises(ImportProblems) as info:
        exchange.import_data(data, T0)
    assert any(p.startswith("projects[0], requests:") and "only one" in p for p in info.value.problems)
    assert Project.select().count() == 0


def test_a_merge_that_would_leave_two_open_requests_is_refused_and_changes_nothing(database):
    p = repo.create_project(ProjectInput(title="Banner", counterparty="cafe", stage="escrow_funded"), T0 - 30 * D)
    repo.record_request(p.id, "user", T0 - 2 * D, T0 - 2 * D)
    there = exchange.export_data(T0)
    there["projects"][0]["requests"] = [{"side": "counterparty", "filed_at": iso(T0 - D), "status": "pending"}]
    there["projects"][0]["messages"] = [{"at": iso(T0 - 3 * D), "direction": "in", "text": "hello"}]
    with pytest.raises(ImportProblems) as info:
        exchange.import_data(there, T0)
    assert "projects[0] (Banner)" in info.value.problems[0] and "only one" in info.value.problems[0]
    assert ReminderRequest.select().count() == 1 and Message.select().count() == 0


def test_the_answers_travel_with_the_project_and_old_files_still_import(database):
    p = repo.create_project(ProjectInput(title="LP", role="client", stage="escrow_funded"), T0)
    repo.set_wants_to_continue(p.id, False, T0)
    repo.set_text_language(p.id, "en", T0)
    data = exchange.export_data(T0)
    assert data["projects"][0]["wants_to_continue"] is False and data["projects"][0]["text_language"] == "en"
    Project.delete().execute()
    exchange.import_data(copy.deepcopy(data), T0)
    r = only_row()
    assert (r.wants_to_continue, r.text_language) == (False, "en")
    Project.delete().execute()
    for key in ("wants_to_continue", "text_language"):
        del data["projects"][0][key]
    exchange.import_data(data, T0)
    r = only_row()
    assert (r.wants_to_continue, r.text_language) == (None, "")


@pytest.mark.parametrize("key, value", [("wants_to_continue", "yes"), ("text_language", "fr")])
def test_bad_answers_are_refused_with_the_place(database, key, value):
    with pytest.raises(ImportProblems) as info:
        exchange.import_data(file_of(project(**{key: value})), T0)
    assert info.value.problems[0].startswith(f"projects[0], {key}:")
