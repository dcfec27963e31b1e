"""Export and import: round trips, idempotency, dry runs, and fuzzed input that must never leave
half-written data."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.model import exchange, repo
from companion.model.demo import load_demo
from companion.model.repo import ProjectInput
from companion.model.schema import Event, Message, Project, ReminderRequest

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def counts() -> tuple[int, int, int, int]:
    return (Project.select().count(), Message.select().count(), ReminderRequest.select().count(), Event.select().count())


@pytest.fixture
def exported(database):
    load_demo(T0)
    data = exchange.export_data(T0)
    # start again from an empty database
    for model in (Event, Message, ReminderRequest, Project):
        model.delete().execute()
    return data


def test_json_round_trip_and_second_import_adds_nothing(exported, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported, ensure_ascii=False))
    first = exchange.import_path(path, T0)
    assert (first.projects_added, first.messages_added, first.requests_added) == (10, 34, 2)
    again = exchange.export_data(T0)
    assert [p["title"] for p in again["projects"]] == [p["title"] for p in exported["projects"]]
    assert again["projects"][0]["messages"] == exported["projects"][0]["messages"]
    before = counts()
    second = exchange.import_path(path, T0)
    assert (second.projects_added, second.messages_added, second.projects_existing) == (0, 0, 10)
    assert counts() == before


def test_dry_run_changes_nothing(exported, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported))
    summary = exchange.import_path(path, T0, dry_run=True)
    assert summary.projects_added == 10 and summary.dry_run
    assert counts() == (0, 0, 0, 0)


def test_csv_round_trip(database, tmp_path):
    load_demo(T0)
    exchange.export_csv(tmp_path / "csv", T0)
    for model in (Event, Message, ReminderRequest, Project):
        model.delete().execute()
    summary = exchange.import_path(tmp_path / "csv", T0)
    assert (summary.projects_added, summary.messages_added) == (10, 34)
    assert Project.get(Project.title == "名刺デザイン").stage == "paid"


def test_problems_name_the_place_and_nothing_is_written(database, tmp_path):
    bad = {"format": "renraku-companion", "version": 1, "projects": [
        {"title": "ok", "messages": [{"at": "2026-11-01T10:00:00+09:00", "direction": "out"}]},
        {"title": "", "messages": []},
        {"title": "x", "messages": [{"at": "yesterday", "direction": "out"}, {"at": "2026-11-01T10:00:00+09:00", "direction": "sideways"}]},
    ]}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    with pytest.raises(exchange.ImportProblems) as info:
        exchange.import_path(path, T0)
    text = "\n".join(info.value.problems)
    assert "projects[1], title" in text
    assert "projects[2].messages[0], at: 'yesterday'" in text
    assert "projects[2].messages[1], direction" in text
    assert counts() == (0, 0, 0, 0)  # the valid first project was not written either


def test_not_json_and_wrong_format(database, tmp_path):
    (tmp_path / "a.json").write_text('{"format": "renraku-companion",\n "version": 1,,}')
    with pytest.raises(exchange.ImportProblems, match=r"line 2, column 15: not valid JSON"):
        exchange.import_path(tmp_path / "a.json", T0)
    (tmp_path / "b.json").write_text('{"format": "something else"}')
    with pytest.raises(exchange.ImportProblems, match="not a Renraku Companion export"):
        exchange.import_path(tmp_path / "b.json", T0)
    (tmp_path / "c.json").write_text('{"format": "renraku-companion", "version": 99}')
    with pytest.raises(exchange.ImportProblems, match="version 99 is not supported"):
        exchange.import_path(tmp_path / "c.json", T0)


def test_csv_problems_name_the_line(database, tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "projects.csv").write_text("project,title,url\n1,ok,\n2,bad,ftp://x\n", encoding="utf-8")
    (folder / "messages.csv").write_text("project,at,direction\n1,2026-11-01T10:00:00+09:00,out\n9,2026-11-01T10:00:00+09:00,out\n", encoding="utf-8")
    with pytest.raises(exchange.ImportProblems) as info:
        exchange.import_path(folder, T0)
    assert "messages.csv line 3, project: '9' is not a row of projects.csv" in info.value.problems


def _mutations():
    leaf = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**6), st.text(max_size=20),
                     st.sampled_from(["2026-11-01T10:00:00+09:00", "", "javascript:x", "escrow_funded", "out"]))
    return st.recursive(leaf, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)), max_leaves=8)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.data())
def test_fuzzed_input_gives_a_clear_error_or_imports_and_never_half_writes(exported, data):
    doc = copy.deepcopy(exported)
    # damage a random place: a field of a project or of one of its messages, or the top level
    target = data.draw(st.sampled_from(["top", "project", "message", "setting"]))
    value = data.draw(_mutations())
    if target == "top":
        doc[data.draw(st.sampled_from(["projects", "settings", "version", "format", "events"]))] = value
    elif target == "setting":
        doc["settings"][data.draw(st.sampled_from(["follow_up_gap_hours", "quiet_start", "digest_hour", "language", "backups_keep"]))] = value
    else:
        project = doc["projects"][data.draw(st.integers(0, len(doc["projects"]) - 1))]
        if target == "project" or not project["messages"]:
            project[data.draw(st.sampled_from(["title", "stage", "amount", "url", "created_at", "messages", "requests", "events", "reminders", "start_date"]))] = value
        else:
            message = project["messages"][0]
            message[data.draw(st.sampled_from(["at", "direction", "channel", "read_state", "read_at", "text"]))] = value
    before = counts()
    dry = data.draw(st.booleans())
    try:
        summary = exchange.import_data(doc, T0, dry_run=dry)
    except exchange.ImportProblems as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
        assert counts() == before  # nothing half-written
    else:
        if dry:
            assert counts() == before
        else:
            assert Project.select().count() == summary.projects_added + summary.projects_existing - summary.projects_existing
            repo.thresholds_from_settings()  # whatever settings came in, the app can still start
            repo.project_overview(T0)
    finally:
        for model in (Event, Message, ReminderRequest, Project):
            model.delete().execute()


def test_cli_refuses_while_the_app_runs(tmp_path):
    from PySide6.QtCore import QLockFile

    (tmp_path / "d").mkdir()
    lock = QLockFile(str(tmp_path / "d" / "instance.lock"))
    assert lock.tryLock(100)
    try:
        result = subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(tmp_path / "d"), "export", "--out", str(tmp_path / "x.json")],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 3 and "quit it first" in result.stderr
    finally:
        lock.unlock()
    result = subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(tmp_path / "d"), "export", "--out", str(tmp_path / "x.json")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and json.loads((tmp_path / "x.json").read_text())["format"] == "renraku-companion"
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    result = subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(tmp_path / "d"), "import", str(bad)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "not valid JSON" in result.stderr and "Traceback" not in result.stderr
    assert repo  # the module is importable without Qt widgets


def test_identical_messages_stay_two_and_a_second_import_adds_none(database, tmp_path):
    doc = {"format": "renraku-companion", "version": 1, "projects": [{"title": "x", "created_at": "2026-11-01T00:00:00+00:00", "messages": [
        {"at": "2026-11-02T10:00:00+09:00", "direction": "out"}, {"at": "2026-11-02T10:00:00+09:00", "direction": "out"}]}]}
    assert exchange.import_data(doc, T0).messages_added == 2
    assert exchange.import_data(doc, T0).messages_added == 0
    assert Message.select().count() == 2


def test_csv_without_created_at_is_not_duplicated(database, tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "projects.csv").write_text("project,title\n1,Only\n", encoding="utf-8")
    (folder / "messages.csv").write_text("project,at,direction\n", encoding="utf-8")
    exchange.import_path(folder, T0)
    exchange.import_path(folder, T0)
    assert Project.select().count() == 1


def test_bad_settings_are_refused_so_the_app_still_starts(database):
    doc = {"format": "renraku-companion", "version": 1, "projects": [], "settings": {"follow_up_gap_hours": 1e300}}
    with pytest.raises(exchange.ImportProblems, match="settings, follow_up_gap_hours"):
        exchange.import_data(doc, T0)
    assert repo.get_setting("follow_up_gap_hours") is None


def test_history_of_deleted_projects_is_exported_and_comes_back(database):
    p = repo.create_project(ProjectInput(title="gone"), T0)
    repo.delete_project(p.id, T0)
    data = exchange.export_data(T0)
    assert [e["kind"] for e in data["events"]] == ["project_created", "project_deleted"]
    Event.delete().execute()
    assert exchange.import_data(data, T0).events_added == 2
    assert exchange.import_data(data, T0).events_added == 0


@pytest.mark.parametrize("doc", [
    {"format": "renraku-companion", "version": 1, "projects": [{"title": "x", "messages": 5}]},
    {"format": "renraku-companion", "version": 1, "projects": [{"title": "x", "requests": True}]},
    {"format": "renraku-companion", "version": 1, "projects": [{"title": "x", "messages": [{"at": "0001-01-01T00:00:00+05:00", "direction": "out"}]}]},
])
def test_wrong_shapes_are_problems_not_crashes(database, doc):
    with pytest.raises(exchange.ImportProblems):
        exchange.import_data(doc, T0)


def test_deeply_nested_and_wrongly_encoded_input(database, tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100_000)
    with pytest.raises(exchange.ImportProblems):
        exchange.import_path(tmp_path / "deep.json", T0)
    folder = tmp_path / "sjis"
    folder.mkdir()
    (folder / "projects.csv").write_bytes("project,title\n1,バナー\n".encode("shift_jis"))
    (folder / "messages.csv").write_bytes(b"project,at,direction\n")
    with pytest.raises(exchange.ImportProblems, match="UTF-8"):
        exchange.import_path(folder, T0)
