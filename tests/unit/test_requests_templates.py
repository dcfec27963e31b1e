"""Reminder requests in the store, and the prepared texts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from companion.model.templates import HistoryLine, follow_up, support_inquiry
from companion.model.timers import DEFAULT_THRESHOLDS
from companion.store import repo
from companion.store.models import Event, Project, ReminderRequest
from companion.store.repo import ProjectInput, ValidationError
from tests.conftest import T0

D = timedelta(days=1)
JST = timezone(timedelta(hours=9))


def test_one_open_request_per_project(database):
    p = repo.create_project(ProjectInput(title="x", stage="completion_reported"), T0)
    repo.record_request(p.id, "user", T0 - D, T0)
    with pytest.raises(ValidationError) as info:
        repo.record_request(p.id, "counterparty", T0, T0)
    assert info.value.code == "request_open"
    assert ReminderRequest.select().count() == 1


def test_future_filing_is_refused(database):
    p = repo.create_project(ProjectInput(title="x"), T0)
    with pytest.raises(ValidationError):
        repo.record_request(p.id, "user", T0 + D, T0)
    assert ReminderRequest.select().count() == 0


def test_deadline_passed_keeps_it_open_and_resolution_moves_the_stage(database):
    p = repo.create_project(ProjectInput(title="x", stage="completion_reported"), T0)
    req = repo.record_request(p.id, "user", T0 - 8 * D, T0)
    repo.close_request(req.id, "deadline_passed", T0)
    assert [r.id for r in repo.open_requests(p.id)] == [req.id]
    row = repo.project_overview(T0, DEFAULT_THRESHOLDS)[0]
    assert row.recommendation.action.value == "track_request"
    repo.close_request(req.id, "payment_confirmed", T0 + D)
    assert repo.open_requests(p.id) == []
    assert Project.get_by_id(p.id).stage == "paid"
    kinds = [e.kind for e in Event.select().order_by(Event.id)]
    assert kinds[-3:] == ["request_updated", "request_updated", "stage_changed"]
    with pytest.raises(ValidationError):
        repo.close_request(req.id, "withdrawn", T0 + D)


def test_escrow_cancelled_cancels_the_project(database):
    p = repo.create_project(ProjectInput(title="x", role="client", stage="escrow_funded"), T0)
    req = repo.record_request(p.id, "user", T0 - 8 * D, T0)
    repo.close_request(req.id, "escrow_cancelled", T0)
    assert Project.get_by_id(p.id).stage == "cancelled"


def test_only_known_events_can_be_recorded(database):
    p = repo.create_project(ProjectInput(title="x"), T0)
    with pytest.raises(ValidationError):
        repo.record_event(p.id, "project_deleted", T0)
    with pytest.raises(ValidationError):
        repo.record_support_contact(p.id, T0 + D, T0)
    repo.record_support_contact(p.id, T0, T0)
    assert Event.select().where(Event.kind == "support_contacted").count() == 1


@pytest.mark.parametrize(
    ("lang", "read", "phrase"),
    [
        ("ja", False, "届いておりますでしょうか"),
        ("ja", None, "届いておりますでしょうか"),
        ("ja", True, "いつ頃いただけそうでしょうか"),
        ("en", False, "Did my message"),
        ("en", True, "when you might be able to reply"),
    ],
)
def test_follow_up_depends_on_read_state(lang, read, phrase):
    body = follow_up(lang, counterparty="山田", title="バナー", last_sent=datetime(2026, 11, 1, 1, tzinfo=UTC), read=read, tz=JST)
    assert phrase in body and "山田" in body and "バナー" in body
    if lang == "ja":
        assert "2026年11月1日（日）" in body  # shown in the user's zone


def test_support_inquiry_has_the_facts_and_the_timeline():
    t = datetime(2026, 11, 1, 1, tzinfo=UTC)
    body = support_inquiry(
        "ja", platform="lancers", title="バナー制作", url="https://www.lancers.jp/work/detail/1", counterparty="山田",
        role="worker", contract_type="project_fixed", stage="completion_reported", last_received=t,
        unanswered=(t + D, t + 3 * D), last_sent_read=False,
        history=[HistoryLine(t + D, "out", "platform", "unread"), HistoryLine(t, "in", "platform"), HistoryLine(t + 2 * D, "out", "offplatform")],
        tz=JST,
    )
    assert body.startswith("ランサーズ サポートご担当者様")
    assert "仕事完了報告済み" in body and "2件" in body and "未読" in body
    history = body.split("【連絡の経緯】")[1]
    assert history.index("相手 → 私") < history.index("私 → 相手 [未読]") < history.index("（プラットフォーム外）")


def test_unknown_template_language_is_refused():
    with pytest.raises(ValueError):
        follow_up("fr", counterparty="", title="", last_sent=None, read=None, tz=UTC)


@pytest.mark.parametrize(("side", "direction"), [("counterparty", "out"), ("user", "in")])
def test_a_platform_reply_answers_the_request(database, side, direction):
    from companion.store.repo import MessageInput

    p = repo.create_project(ProjectInput(title="x", stage="escrow_funded"), T0 - 10 * D)
    repo.record_request(p.id, side, T0 - 2 * D, T0)
    repo.log_message(p.id, MessageInput(at=T0 - D, direction=direction, channel="offplatform"), T0)
    assert len(repo.open_requests(p.id)) == 1  # an e-mail does not answer it
    repo.log_message(p.id, MessageInput(at=T0 - 3 * D, direction=direction), T0)
    assert len(repo.open_requests(p.id)) == 1  # nor does a message from before the filing
    repo.log_message(p.id, MessageInput(at=T0, direction=direction), T0)
    assert repo.open_requests(p.id) == []
    assert Event.select().where(Event.kind == "request_updated").count() == 1


def test_filing_notice_is_calm_and_names_the_project():
    from companion.model.templates import filing_notice

    body = filing_notice("ja", counterparty="山田", title="バナー", silent_since=datetime(2026, 11, 1, 1, tzinfo=UTC), tz=JST)
    assert "連絡催促申請" in body and "「バナー」" in body and "2026年11月1日（日）以降" in body
    assert "Best regards" in filing_notice("en", counterparty="", title="x", silent_since=None, tz=UTC)


def test_impossible_outcomes_are_refused(database):
    p = repo.create_project(ProjectInput(title="x", role="client", stage="escrow_funded"), T0)
    req = repo.record_request(p.id, "user", T0 - 3 * D, T0)
    for status, code in (("deadline_passed", "deadline_not_passed"), ("escrow_cancelled", "deadline_not_passed")):
        with pytest.raises(ValidationError) as info:
            repo.close_request(req.id, status, T0)
        assert info.value.code == code
    with pytest.raises(ValidationError) as info:
        repo.close_request(req.id, "payment_confirmed", T0 + 5 * D)
    assert info.value.code == "needs_completion_report"
    assert Project.get_by_id(p.id).stage == "escrow_funded"
    repo.close_request(req.id, "escrow_cancelled", T0 + 5 * D)
    assert Project.get_by_id(p.id).stage == "cancelled"


def test_a_request_cleared_by_a_reply_reopens_if_the_reply_is_deleted(database):
    from companion.store.repo import MessageInput

    p = repo.create_project(ProjectInput(title="x", stage="escrow_funded"), T0 - 10 * D)
    repo.record_request(p.id, "counterparty", T0 - 2 * D, T0)
    reply = repo.log_message(p.id, MessageInput(at=T0 - D, direction="out"), T0)
    assert repo.open_requests(p.id) == []
    repo.delete_message(reply.id, T0)
    assert [r.status for r in repo.open_requests(p.id)] == ["pending"]
    reply = repo.log_message(p.id, MessageInput(at=T0 - D, direction="out"), T0)
    assert repo.open_requests(p.id) == []
    # moving the reply before the filing reopens it too
    repo.update_message(reply.id, MessageInput(at=T0 - 3 * D, direction="out"), T0)
    assert len(repo.open_requests(p.id)) == 1


def test_a_request_the_user_closed_is_never_reopened(database):
    from companion.store.repo import MessageInput

    p = repo.create_project(ProjectInput(title="x", stage="escrow_funded"), T0 - 10 * D)
    req = repo.record_request(p.id, "counterparty", T0 - 2 * D, T0)
    repo.close_request(req.id, "withdrawn", T0)
    m = repo.log_message(p.id, MessageInput(at=T0 - D, direction="out"), T0)
    repo.delete_message(m.id, T0)
    assert repo.open_requests(p.id) == []
