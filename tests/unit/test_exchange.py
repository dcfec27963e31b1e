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

from companion.model.timers import DEFAULT_THRESHOLDS
from companion.store import exchange, repo
from companion.store.demo import load_demo
from companion.store.models import Event, Message, Project, ReminderRequest
from companion.store.repo import ProjectInput

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
    assert (first.projects_added, first.messages_added, first.requests_added) == (15, 45, 2)
    again = exchange.export_data(T0)
    assert [p["title"] for p in again["projects"]] == [p["title"] for p in exported["projects"]]
    assert again["projects"][0]["messages"] == exported["projects"][0]["messages"]
    before = counts()
    second = exchange.import_path(path, T0)
    assert (second.projects_added, second.messages_added, second.projects_existing) == (0, 0, 15)
    assert counts() == before


def test_dry_run_changes_nothing(exported, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported))
    summary = exchange.import_path(path, T0, dry_run=True)
    assert summary.projects_added == 15 and summary.dry_run
    assert counts() == (0, 0, 0, 0)


def test_csv_round_trip(database, tmp_path):
    load_demo(T0)
    exchange.export_csv(tmp_path / "csv", T0)
    for model in (Event, Message, ReminderRequest, Project):
        model.delete().execute()
    summary = exchange.import_path(tmp_path / "csv", T0)
    assert (summary.projects_added, summary.messages_added) == (15, 45)
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
            repo.project_overview(T0, DEFAULT_THRESHOLDS)
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


# --- identity: what is "already there" (P3) ------------------------------------------------------


def _doc(*projects):
    return {"format": "renraku-companion", "version": 1, "projects": list(projects)}


def _twin(text, **extra):
    return {"title": "twin", "counterparty": "same", **extra,
            "messages": [{"at": "2026-06-01T10:00:00+09:00", "direction": "in", "text": text}]}


def dump() -> str:
    from companion.store.connection import connection

    return "\n".join(connection().iterdump())


def threads() -> list[list[str]]:
    return [[m.text for m in Message.select().where(Message.project == p).order_by(Message.id)]
            for p in Project.select().order_by(Project.id)]


def test_two_twins_in_one_file_stay_two_projects(database):
    summary = exchange.import_data(_doc(_twin("first twin"), _twin("second twin")), T0)
    assert (summary.projects_added, summary.projects_existing, summary.messages_added) == (2, 0, 2)
    assert threads() == [["first twin"], ["second twin"]]
    assert "(0 already there)" in summary.text()


def test_identical_twins_in_one_file_stay_two_and_a_second_import_adds_nothing(database):
    doc = _doc(_twin("same words"), _twin("same words"))
    assert exchange.import_data(doc, T0).projects_added == 2
    before = dump()
    again = exchange.import_data(doc, T0)
    assert (again.projects_added, again.projects_existing, again.messages_added) == (0, 2, 0)
    assert dump() == before


def test_the_same_file_without_identities_twice_adds_nothing(database):
    doc = _doc(_twin("first twin"), _twin("second twin"), {"title": "no messages"})
    exchange.import_data(doc, T0)
    before = dump()
    again = exchange.import_data(doc, T0)
    assert (again.projects_added, again.projects_existing, again.messages_added, again.events_added) == (0, 3, 0, 0)
    assert dump() == before
    assert threads() == [["first twin"], ["second twin"], []]


def test_a_recurring_job_with_the_same_title_is_a_new_project(database):
    exchange.import_data(_doc(_twin("June job")), T0)
    july = _twin("July job")
    july["messages"][0]["at"] = "2026-07-01T10:00:00+09:00"
    summary = exchange.import_data(_doc(july), T0)
    assert (summary.projects_added, summary.projects_existing, summary.messages_added) == (1, 0, 1)
    assert threads() == [["June job"], ["July job"]]


def test_a_recurring_job_exported_elsewhere_is_a_new_project(database):
    exchange.import_data(_doc(_twin("June job", created_at="2026-05-30T00:00:00+00:00")), T0)
    summary = exchange.import_data(_doc(_twin("other job", created_at="2026-06-30T00:00:00+00:00")), T0)
    assert (summary.projects_added, summary.projects_existing) == (1, 0)


def test_a_thread_that_grew_in_the_file_is_added_to_its_project(database):
    doc = _doc(_twin("first"))
    exchange.import_data(doc, T0)
    doc["projects"][0]["messages"].append({"at": "2026-06-02T10:00:00+09:00", "direction": "out", "text": "second"})
    summary = exchange.import_data(doc, T0)
    assert (summary.projects_added, summary.projects_existing, summary.messages_added) == (0, 1, 1)
    assert threads() == [["first", "second"]]


def test_twins_exported_come_back_one_to_one(database):
    exchange.import_data(_doc(_twin("first twin"), _twin("second twin")), T0)
    data = exchange.export_data(T0)
    assert data["projects"][0]["created_at"] == data["projects"][1]["created_at"]  # both made by that import
    before = dump()
    again = exchange.import_data(data, T0)
    assert (again.projects_added, again.projects_existing, again.messages_added) == (0, 2, 0)
    assert dump() == before
    for model in (Event, Message, ReminderRequest, Project):
        model.delete().execute()
    assert exchange.import_data(data, T0).projects_added == 2
    assert threads() == [["first twin"], ["second twin"]]


def test_cli_import_of_twins_reports_what_was_there(tmp_path):
    path = tmp_path / "twins.json"
    path.write_text(json.dumps(_doc(_twin("first twin"), _twin("second twin"))))
    args = [sys.executable, "-m", "companion", "--data-dir", str(tmp_path / "d"), "import", str(path)]
    first = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    assert "added 2 projects (0 already there), 2 messages" in first.stdout
    second = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert "added 0 projects (2 already there), 0 messages" in second.stdout


# --- CSV and spreadsheet formulas (P4) -----------------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cells(folder):
    import csv

    for name in ("projects.csv", "messages.csv"):
        with open(folder / name, encoding="utf-8-sig", newline="") as f:
            yield from (cell for row in csv.reader(f) for cell in row)


def _clear():
    for model in (Event, Message, ReminderRequest, Project):
        model.delete().execute()


HOSTILE = ["=HYPERLINK(\"http://evil\")", "=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tx", "\rx",
           "'=already quoted", "'plain quote", "''", "'", "''=two", "ok"]


def test_csv_export_neutralises_formulas_and_import_undoes_it(database, tmp_path):
    for i, text in enumerate(HOSTILE):
        p = repo.create_project(ProjectInput(title=f"t{i} {text}", counterparty=text.strip() or "x", notes=text), T0)
        repo.log_message(p.id, repo.MessageInput(at=T0, direction="in", text=text), T0)
    p = repo.create_project(ProjectInput(title="=SUM(1)", counterparty="-dash"), T0)
    exchange.export_csv(tmp_path / "csv", T0)
    cells = list(_csv_cells(tmp_path / "csv"))
    assert "'=SUM(1)" in cells and "'=HYPERLINK(\"http://evil\")" in cells and "'-dash" in cells
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
    before = [(p.title, p.counterparty, p.notes) for p in Project.select().order_by(Project.id)]
    texts = [m.text for m in Message.select().order_by(Message.id)]
    _clear()
    exchange.import_path(tmp_path / "csv", T0)
    assert [(p.title, p.counterparty, p.notes) for p in Project.select().order_by(Project.id)] == before
    assert [m.text for m in Message.select().order_by(Message.id)] == texts


def test_csv_numbers_stay_numbers(database, tmp_path):
    repo.create_project(ProjectInput(title="x", amount="12000", start_date=T0.date()), T0)
    exchange.export_csv(tmp_path / "csv", T0)
    text = (tmp_path / "csv" / "projects.csv").read_text(encoding="utf-8-sig")
    row = text.splitlines()[1].split(",")
    assert row[0] == "1" and "12000" in row and "2026-11-20" in row and "false" in row


# any text, often one that starts like a formula, or with apostrophes before one
texts = st.one_of(st.text(max_size=30), st.builds(
    str.__add__, st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'", "'=", "''-", "'" * 3, " ="]), st.text(max_size=20)))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_any_text_survives_a_csv_cell(text):
    cell = exchange.csv_cell(text)
    assert not cell.startswith(FORMULA_STARTS)
    assert exchange.csv_text(cell) == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes=texts, text=texts, title=texts.filter(lambda t: t.strip() == t and t))
def test_any_text_round_trips_through_csv_export_and_import(database, tmp_path_factory, notes, text, title):
    folder = tmp_path_factory.mktemp("csv")
    try:
        p = repo.create_project(ProjectInput(title=title, counterparty=title, notes=notes), T0)
        repo.log_message(p.id, repo.MessageInput(at=T0, direction="in", text=text), T0)
        exchange.export_csv(folder, T0)
        assert not [c for c in _csv_cells(folder) if c.startswith(FORMULA_STARTS)]
        _clear()
        exchange.import_path(folder, T0)
        p = Project.get()
        assert (p.title, p.counterparty, p.notes, Message.get().text) == (title, title, notes, text)
    finally:
        _clear()


# --- far-future instants, versions, duplicate keys (P7) ------------------------------------------

FAR = "8999-01-01T00:00:00+00:00"
SOON = "2026-11-20T09:03:00+00:00"  # 3 minutes after T0: more than the clock skew allowed


def _full(**changes):
    project = {"title": "x", "created_at": "2026-11-01T00:00:00+00:00",
               "messages": [{"at": "2026-11-02T10:00:00+09:00", "direction": "out"}],
               "requests": [{"side": "counterparty", "filed_at": "2026-11-10T00:00:00+00:00", "status": "pending"}],
               "events": [{"at": "2026-11-10T00:00:00+00:00", "kind": "wizard_run", "data": {}}],
               "reminders": [{"kind": "follow_up_due", "anchor": "2026-11-02T01:00:00+00:00", "status": "snoozed",
                              "snoozed_until": "2026-11-27T00:00:00+00:00"}]}
    doc = _doc(project)
    doc["events"] = [{"at": "2026-11-10T00:00:00+00:00", "kind": "project_deleted", "data": {}}]
    for path, value in changes.items():
        target = doc
        *parents, last = path.split(".")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[last] = value
    return doc


def test_the_full_document_with_a_snooze_next_week_imports(database):
    summary = exchange.import_data(_full(), T0)
    assert (summary.projects_added, summary.requests_added, summary.events_added) == (1, 1, 2)


@pytest.mark.parametrize(("path", "value", "place"), [
    ("projects.0.created_at", FAR, "projects[0], created_at"),
    ("projects.0.created_at", SOON, "projects[0], created_at"),
    ("projects.0.requests.0.filed_at", "2099-01-01T00:00:00+00:00", "projects[0].requests[0], filed_at"),
    ("projects.0.requests.0.filed_at", SOON, "projects[0].requests[0], filed_at"),
    ("projects.0.requests.0.closed_at", FAR, "projects[0].requests[0], closed_at"),
    ("projects.0.events.0.at", "2099-01-01T00:00:00+00:00", "projects[0].events[0], at"),
    ("events.0.at", FAR, "events[0], at"),
    ("projects.0.reminders.0.snoozed_until", FAR, "projects[0].reminders[0], snoozed_until"),
    ("projects.0.reminders.0.snoozed_until", "2028-01-01T00:00:00+00:00", "projects[0].reminders[0], snoozed_until"),
    ("projects.0.reminders.0.anchor", FAR, "projects[0].reminders[0], anchor"),
    ("projects.0.reminders.0.anchor", "soon", "projects[0].reminders[0], anchor"),
    ("projects.0.start_date", "8999-01-01", "projects[0], start_date"),
    ("projects.0.start_date", 20261101, "projects[0], start_date"),
    ("settings", {"quiet_weekdays": [True]}, "settings, quiet_weekdays"),
])
def test_far_future_and_odd_values_are_refused_everywhere(database, path, value, place):
    before = dump()
    with pytest.raises(exchange.ImportProblems) as info:
        exchange.import_data(_full(**{path: value}), T0)
    assert any(p.startswith(place + ":") for p in info.value.problems), info.value.problems
    assert dump() == before


def test_a_little_clock_skew_is_allowed(database):
    skew = "2026-11-20T09:00:30+00:00"
    doc = _full(**{"projects.0.created_at": skew, "projects.0.requests.0.filed_at": skew, "events.0.at": skew})
    assert exchange.import_data(doc, T0).projects_added == 1


@pytest.mark.parametrize("version", ["true", "1.0", "\"1\""])
def test_a_version_must_be_the_integer_1(database, tmp_path, version):
    path = tmp_path / "v.json"
    path.write_text('{"format": "renraku-companion", "version": ' + version + ', "projects": []}')
    with pytest.raises(exchange.ImportProblems, match=r"export format version \S+ is not supported"):
        exchange.import_path(path, T0)


@pytest.mark.parametrize(("text", "place"), [
    ('{"format": "renraku-companion", "version": 1, "version": 1, "projects": []}', "the top level: the key 'version'"),
    ('{"format": "renraku-companion", "version": 1, "projects": [{"title": "a", "title": "b"}]}', "projects[0]: the key 'title'"),
    ('{"format": "renraku-companion", "version": 1, "projects": [{"title": "a", "messages": [{"at": "2026-11-02T10:00:00+09:00", '
     '"direction": "out", "at": "2026-11-03T10:00:00+09:00"}]}]}', "projects[0].messages[0]: the key 'at'"),
    ('{"format": "renraku-companion", "version": 1, "projects": [], "settings": {"language": "ja", "language": "en"}}', "settings: the key 'language'"),
    ('{"format": "renraku-companion", "version": 1, "projects": [{"title": "a", "events": [{"at": "2026-11-02T10:00:00+09:00", '
     '"kind": "x", "data": {"a\\nb": 1, "a\\nb": 2}}]}]}', "projects[0].events[0].data: the key 'a\\nb'"),
])
def test_duplicate_json_keys_are_refused_with_their_place(database, tmp_path, text, place):
    path = tmp_path / "dup.json"
    path.write_text(text)
    before = dump()
    with pytest.raises(exchange.ImportProblems) as info:
        exchange.import_path(path, T0)
    assert any(p.startswith(f"{path} {place} appears more than once") for p in info.value.problems), info.value.problems
    assert dump() == before


def _csv_folder(tmp_path, projects, messages="project,at,direction\n"):
    folder = tmp_path / "csv"
    folder.mkdir(exist_ok=True)
    (folder / "projects.csv").write_text(projects, encoding="utf-8")
    (folder / "messages.csv").write_text(messages, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("projects", "messages", "problem"), [
    ("project,title,title\n1,right,wrong\n", "project,at,direction\n", "projects.csv line 1: the column 'title' appears more than once"),
    ("project,title\n1,a\n", "project,at,at,direction\n", "messages.csv line 1: the column 'at' appears more than once"),
    ("project,title\n1,a\n1,b\n", "project,at,direction\n", "projects.csv line 3, project: '1' is already the number of line 2"),
    ("title\na\n", "project,at,direction\n1,2026-11-01T10:00:00+09:00,out\n", "projects.csv line 1: the column 'project' is missing"),
    ("project,title\n1,a\n", "at,direction\n2026-11-01T10:00:00+09:00,out\n", "messages.csv line 1: the column 'project' is missing"),
    ("project,title\n1,a\n", "project,at,direction\n1,2026-11-01T10:00:00+09:00\n", "messages.csv line 2: wrong number of columns"),
    ("project,title\n1,a\n", "project,at,direction\n1,2026-11-01T10:00:00+09:00,out,extra\n", "messages.csv line 2: wrong number of columns"),
])
def test_csv_structure_problems_name_the_file_and_line(database, tmp_path, projects, messages, problem):
    folder = _csv_folder(tmp_path, projects, messages)
    before = dump()
    with pytest.raises(exchange.ImportProblems) as info:
        exchange.import_path(folder, T0)
    assert any(p.startswith(problem) for p in info.value.problems), info.value.problems
    assert dump() == before


# --- BOM, CSV limits, provenance (P13) -----------------------------------------------------------


def test_a_projects_csv_without_numbers_imports_when_no_message_needs_them(database, tmp_path):
    folder = _csv_folder(tmp_path, "title,counterparty\na,x\n\nb,y\n")
    assert exchange.import_path(folder, T0).projects_added == 2


def test_json_with_a_bom_imports(database, tmp_path):
    path = tmp_path / "bom.json"
    path.write_text(json.dumps(_doc({"title": "Notepad"})), encoding="utf-8-sig")
    assert exchange.import_path(path, T0).projects_added == 1


def test_an_over_long_csv_field_names_its_file_and_line(database, tmp_path):
    long = "x" * (repo.MAX_TEXT + 10)
    folder = _csv_folder(tmp_path, "project,title\n1,a\n", f"project,at,direction,text\n1,2026-11-01T10:00:00+09:00,out,ok\n1,2026-11-01T10:00:00+09:00,out,{long}\n")
    with pytest.raises(exchange.ImportProblems) as info:
        exchange.import_path(folder, T0)
    assert info.value.problems[0].startswith("messages.csv line 3: not valid CSV (field larger than field limit")
    assert len(info.value.problems[0]) < 300


def test_an_unterminated_quote_names_its_file_and_line(database, tmp_path):
    folder = _csv_folder(tmp_path, 'project,title\n1,a\n2,"b\n3,c\n')
    with pytest.raises(exchange.ImportProblems) as info:
        exchange.import_path(folder, T0)
    assert info.value.problems[0].startswith("projects.csv line 3: not valid CSV")


def test_a_where_key_in_the_file_cannot_fake_the_place(database, tmp_path):
    doc = _doc({"title": "", "_where": "settings, fake"},
               {"title": "ok", "messages": [{"_where": "nowhere", "at": "yesterday", "direction": "out"}]})
    with pytest.raises(exchange.ImportProblems) as info:
        exchange.import_data(doc, T0)
    text = "\n".join(info.value.problems)
    assert "fake" not in text and "nowhere" not in text
    assert "projects[0], title" in text and "projects[1].messages[0], at" in text
    folder = _csv_folder(tmp_path, "project,title,_where\n1,,fake\n")
    with pytest.raises(exchange.ImportProblems) as info:
        exchange.import_path(folder, T0)
    assert info.value.problems == ["projects.csv line 2, title: the title is empty"]


def test_problems_quote_file_text_briefly_and_escaped(database):
    doc = _doc({"title": "x", "platform": "p" * 100_000 + "\n\u202e<b>",
                "messages": [{"at": "y" * 100_000, "direction": "out"}]})
    with pytest.raises(exchange.ImportProblems) as info:
        exchange.import_data(doc, T0)
    assert len(info.value.problems) == 2
    for problem in info.value.problems:
        assert len(problem) < 400 and "\n" not in problem and "\u202e" not in problem


def test_an_export_that_fails_leaves_nothing_behind_and_the_old_file_intact(database, tmp_path, monkeypatch):
    """A full disk half-way through: no *.partial, and an earlier export at that path is kept (P10)."""
    import errno
    import os

    load_demo(T0)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "export.json"
    target.write_text("the earlier export", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        exchange.export_json(target, T0)
    with pytest.raises(OSError, match="No space"):
        exchange.export_csv(out / "csv", T0)
    assert target.read_text(encoding="utf-8") == "the earlier export"
    assert sorted(p.name for p in out.rglob("*")) == ["csv", "export.json"]


def test_importing_an_export_into_the_database_it_came_from_adds_nothing(database, tmp_path):
    """The app writes an event's details in its own key order, an import sorts them: the same
    event must still be recognised (it was added a second time, doubling the history)."""
    load_demo(T0)
    before = counts()
    path = tmp_path / "e.json"
    exchange.export_json(path, T0)
    summary = exchange.import_path(path, T0)
    assert (summary.projects_added, summary.messages_added, summary.events_added) == (0, 0, 0)
    assert counts() == before
