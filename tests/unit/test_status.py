"""``companion status``: the same verdict as the window and the reminders, from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from companion import cli
from companion.model.reminders import reminders_for
from companion.store import connection as dbmod
from companion.store import reads, repo
from companion.store.repo import MessageInput, ProjectInput

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
D = timedelta(days=1)

# title -> (project, [(days before T0, direction)], request against / own, expected action)
CASES = {
    "respond": (ProjectInput("respond", stage="escrow_funded"), [(3, "out")], ("counterparty", 2), "respond_to_request"),
    "reply": (ProjectInput("reply", stage="escrow_funded"), [(2, "out"), (1, "in")], None, "reply_now"),
    "paid": (ProjectInput("paid", stage="paid"), [(3, "out")], None, "nothing_to_do"),
    "track": (ProjectInput("track", stage="escrow_funded", role="client"), [(12, "out"), (10, "out"), (8, "out")],
              ("user", 1), "track_request"),
    "wait": (ProjectInput("wait", stage="escrow_funded"), [(1, "out")], None, "wait"),
    "follow_up": (ProjectInput("follow_up", stage="escrow_funded"), [(3, "out")], None, "send_follow_up"),
    "move_on": (ProjectInput("move_on", stage="negotiating"), [(9, "out"), (6, "out"), (3, "out")], None, "move_on"),
    "support": (ProjectInput("support", stage="escrow_funded"), [(9, "out"), (6, "out"), (3, "out")], None, "contact_support"),
    "report": (ProjectInput("report", stage="delivered"), [(12, "out"), (9, "out"), (6, "out")], None,
               "report_completion_first"),
    "file": (ProjectInput("file", stage="completion_reported"), [(12, "out"), (9, "out"), (6, "out")], None, "file_request"),
    "quiet": (ProjectInput("quiet"), [], None, "nothing_to_do"),
}


def status(data, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(data), "status", *args],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    dbmod.open_database(folder / dbmod.DB_FILENAME)
    for project, messages, request, _ in CASES.values():
        p = repo.create_project(project, T0 - 30 * D)
        for days, direction in messages:
            repo.log_message(p.id, MessageInput(at=T0 - days * D, direction=direction), T0 - days * D)
        if request is not None:
            side, days = request
            repo.record_request(p.id, side, T0 - days * D, T0 - days * D)
    archived = repo.create_project(ProjectInput("archived one", stage="escrow_funded"), T0 - 30 * D)
    repo.log_message(archived.id, MessageInput(at=T0 - 3 * D, direction="out"), T0 - 3 * D)
    repo.set_archived(archived.id, True, T0)
    dbmod.close_database()
    return folder


def test_status_json_gives_each_projects_action(data):
    result = status(data, "--json", "--now", T0.isoformat())
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert datetime.fromisoformat(report["now"]) == T0
    actions = {p["title"]: p["action"] for p in report["projects"]}
    assert actions == {title: case[3] for title, case in CASES.items()}  # the archived one left out
    for p in report["projects"]:
        assert set(p) >= {"id", "title", "platform", "role", "stage", "action", "route", "wait_until",
                          "request_possible_at", "deadline_at", "auto_outcome_at", "outcome_if_unanswered",
                          "warnings", "likely_causes", "reminders"}
        for key in ("wait_until", "request_possible_at", "deadline_at"):
            assert p[key] is None or datetime.fromisoformat(p[key]).tzinfo is not None
    by = {p["title"]: p for p in report["projects"]}
    assert by["file"]["route"] == "lancers_reminder_request" and by["wait"]["route"] is None and by["file"]["outcome_if_unanswered"] == "payment_confirmed"
    assert "rating_retaliation" in by["file"]["warnings"]
    assert datetime.fromisoformat(by["respond"]["deadline_at"]) == T0 - 2 * D + 7 * D
    assert datetime.fromisoformat(by["wait"]["wait_until"]) == T0 + D
    assert by["follow_up"]["likely_causes"] and by["quiet"]["reminders"] == []
    assert {"kind": "follow_up_due", "due_at": (T0 - D).astimezone().isoformat(timespec="seconds")} in by["follow_up"]["reminders"]
    with_archived = json.loads(status(data, "--json", "--all", "--now", T0.isoformat()).stdout)
    assert "archived one" in {p["title"] for p in with_archived["projects"]}


def test_status_is_the_same_verdict_as_the_window_and_the_reminders(data):
    """The whole chain: what the window's overview computes and what the reminders arm, from
    the same evaluate, come out of `status` unchanged."""
    report = json.loads(status(data, "--json", "--now", T0.isoformat()).stdout)
    dbmod.open_database(data / dbmod.DB_FILENAME)
    try:
        thresholds = repo.thresholds_from_settings()
        rows = {r.id: r for r in reads.project_overview(T0, thresholds) if not r.archived}
        facts = {f.project_id: f for f in repo.reminder_facts(rows.values(), thresholds)}
        for p in report["projects"]:
            rec = rows[p["id"]].recommendation
            assert p["action"] == rec.action.value
            assert p["request_possible_at"] == cli._iso(rec.request_possible_at)
            assert p["warnings"] == sorted(rec.warnings)
            armed = reminders_for(facts[p["id"]], thresholds, repo.reminder_settings())
            assert sorted((r["kind"], r["due_at"]) for r in p["reminders"]) == sorted(
                (r.kind, cli._iso(r.due_at)) for r in armed)
    finally:
        dbmod.close_database()


def test_status_uses_the_users_thresholds(data):
    dbmod.open_database(data / dbmod.DB_FILENAME)
    repo.set_setting("follow_ups_before_formal", 1)
    dbmod.close_database()
    by = {p["title"]: p for p in json.loads(status(data, "--json", "--now", T0.isoformat()).stdout)["projects"]}
    # one unanswered message is enough now: no follow-up, wait for the request to become possible
    assert by["follow_up"]["action"] == "wait"
    assert datetime.fromisoformat(by["follow_up"]["wait_until"]) == T0 - 3 * D + 7 * D


def test_status_reads_while_the_app_runs_and_changes_nothing(data):
    from PySide6.QtCore import QLockFile

    db = data / dbmod.DB_FILENAME
    before = db.read_bytes()
    lock = QLockFile(str(data / "instance.lock"))
    assert lock.tryLock(0)  # as the running app holds it
    try:
        result = status(data, "--now", T0.isoformat(), "--lang", "en")
    finally:
        lock.unlock()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Project", "Platform", "Stage", "Next", "step", "When"]
    assert any(line.startswith("respond ") and "Answer the request against you" in line for line in lines)
    assert db.read_bytes() == before


def test_status_table_in_japanese(data):
    result = status(data, "--lang", "ja", "--now", T0.isoformat())
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split()[0] == "プロジェクト"
    assert "連絡催促申請を提出する" in result.stdout


@pytest.mark.parametrize("bad", ["garbage", "2026-13-01", "tomorrow"])
def test_a_bad_now_is_a_clear_error(data, bad):
    result = status(data, "--now", bad)
    assert result.returncode == 2 and "ISO-8601" in result.stderr and "Traceback" not in result.stderr


def test_status_without_a_database_says_so(tmp_path):
    result = status(tmp_path / "nothing", "--json")
    assert result.returncode == 2 and "no database" in result.stderr


def test_a_naive_now_is_local_time():
    assert cli.parse_now("2026-12-04T09:00") == datetime(2026, 12, 4, 9, 0).astimezone().astimezone(UTC)
