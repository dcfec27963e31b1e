"""The database: opening, migrations, validation, history, and the overview's query count."""

from __future__ import annotations

import json
import os
import shutil
import stat
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.model.timers import DEFAULT_THRESHOLDS
from companion.store import connection as dbmod
from companion.store import reads, repo
from companion.store.demo import DemoNotEmptyError, load_demo
from companion.store.migrations import (
    LATEST_VERSION,
    MigrationError,
    current_version,
    migrate_to_latest,
)
from companion.store.models import ALL_MODELS, DERIVED_COLUMNS, Event, Message, Project
from companion.store.repo import MessageInput, ProjectInput, ValidationError
from tests.conftest import T0

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
D = timedelta(days=1)


def columns(db, table):
    return {row[1] for row in db.execute_sql(f"PRAGMA table_info({table})").fetchall()}


# --- opening -----------------------------------------------------------------------------------


def test_fresh_database_is_private_wal_with_foreign_keys(tmp_path):
    db = dbmod.open_database(tmp_path / "d" / "c.db")
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert current_version(db) == LATEST_VERSION
        mode = stat.S_IMODE(os.stat(tmp_path / "d" / "c.db").st_mode)
        assert mode & 0o077 == 0
    finally:
        dbmod.close_database()


def test_models_match_the_migrated_schema(database):
    for model in ALL_MODELS:
        expected = {f.column_name for f in model._meta.sorted_fields}
        expected |= DERIVED_COLUMNS.get(model._meta.table_name, frozenset())
        assert columns(database, model._meta.table_name) == expected, model.__name__


def test_garbage_file_gives_a_clear_error(tmp_path):
    path = tmp_path / "c.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(dbmod.DatabaseOpenError, match=r"c\.db.*not a Renraku Companion database"):
        dbmod.open_database(path)
    assert path.read_bytes().startswith(b"this is not")  # never overwritten


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file_gives_a_clear_error(tmp_path):
    path = tmp_path / "c.db"
    dbmod.open_database(path)
    dbmod.close_database()
    path.chmod(0)
    with pytest.raises(dbmod.DatabaseOpenError, match="permissions"):
        dbmod.open_database(path)


def test_locked_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "c.db"
    dbmod.open_database(path)
    dbmod.close_database()
    holder = peewee.SqliteDatabase(str(path))
    holder.connect()
    holder.execute_sql("PRAGMA journal_mode = DELETE")
    holder.execute_sql("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(dbmod.DatabaseOpenError, match="locked"):
            dbmod.open_database(path)
    finally:
        holder.execute_sql("ROLLBACK")
        holder.close()


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "c.db"
    db = dbmod.open_database(path)
    db.execute_sql("UPDATE schema_version SET version = 99")
    dbmod.close_database()
    with pytest.raises(dbmod.DatabaseOpenError, match="newer"):
        dbmod.open_database(path)


# --- migrations --------------------------------------------------------------------------------


def test_migrates_the_v2_fixture_keeping_every_row(tmp_path):
    path = tmp_path / "c.db"
    shutil.copy(FIXTURES / "schema_v2.db", path)
    db = dbmod.open_database(path)
    try:
        assert current_version(db) == LATEST_VERSION
        assert Project.get_by_id(2).currency == "USD"
        assert [r.side for r in repo.open_requests(1)] == ["user"]
        assert Message.select().count() == 3
        assert list((tmp_path / "backups").glob("companion-v2-*.db"))
    finally:
        dbmod.close_database()


def test_the_start_up_version_check_knows_the_latest_version():
    assert dbmod.SCHEMA_VERSION == LATEST_VERSION  # db.py checks it without loading the migrations


def test_migrates_the_v3_fixture_and_fills_each_tail(tmp_path):
    path = tmp_path / "c.db"
    shutil.copy(FIXTURES / "schema_v3.db", path)
    db = dbmod.open_database(path)
    try:
        assert current_version(db) == LATEST_VERSION
        tails = dict(db.execute_sql("SELECT id, tail_from FROM project"))
        # the earlier of their last message (Oct 2) and the user's (Oct 6); none at all: ''
        assert tails == {1: "2026-10-02 09:00:00.000000", 2: ""}
        assert db.execute_sql("SELECT count(*) FROM reminder_state").fetchone()[0] == 1
        assert repo.project_overview(T0, DEFAULT_THRESHOLDS)[0].state.unanswered_count == 2
        repo.log_message(1, MessageInput(at=T0 - D, direction="in"), T0)  # the triggers keep it
        assert db.execute_sql("SELECT tail_from FROM project WHERE id = 1").fetchone()[0] == "2026-10-06 09:00:00.000000"
    finally:
        dbmod.close_database()


def test_every_earlier_version_has_a_fixture():
    for version in range(1, LATEST_VERSION):
        assert (FIXTURES / f"schema_v{version}.db").exists(), f"add schema_v{version}.db (tests/fixtures/make_fixtures.py)"


def test_migrates_the_v1_fixture_keeping_every_row(tmp_path):
    path = tmp_path / "c.db"
    shutil.copy(FIXTURES / "schema_v1.db", path)
    db = dbmod.open_database(path)
    try:
        assert current_version(db) == LATEST_VERSION
        p = Project.get_by_id(1)
        assert p.title == "バナー制作" and p.currency == "JPY" and p.amount == Decimal("33000")
        assert p.notes == "<b>not bold</b>"
        assert Message.select().where(Message.project == 1).count() == 3  # nothing cascaded away
        assert Project.get_by_id(2).archived is True
        assert repo.get_setting("language") == "ja"
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        backups = list((tmp_path / "backups").glob("companion-v1-*.db"))
        assert len(backups) == 1
        old = peewee.SqliteDatabase(str(backups[0]))
        assert old.execute_sql("SELECT count(*) FROM message").fetchone()[0] == 3
        old.close()
        # and the migrated data works with today's code
        rows = repo.project_overview(T0, DEFAULT_THRESHOLDS)
        assert rows[0].state.unanswered_count == 2
    finally:
        dbmod.close_database()


def test_fresh_and_migrated_schemas_are_identical(tmp_path):
    fresh = dbmod.open_database(tmp_path / "a.db")
    fresh_schema = sorted(fresh.execute_sql("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    dbmod.close_database()
    shutil.copy(FIXTURES / "schema_v1.db", tmp_path / "b.db")
    old = dbmod.open_database(tmp_path / "b.db")
    old_schema = sorted(old.execute_sql("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    dbmod.close_database()
    assert fresh_schema == old_schema


def test_a_failing_step_leaves_the_old_version(tmp_path, monkeypatch):
    path = tmp_path / "c.db"
    shutil.copy(FIXTURES / "schema_v1.db", path)
    db = peewee.SqliteDatabase(str(path))
    db.connect()
    from companion.store import migrations

    def broken(database):
        database.execute_sql("ALTER TABLE project ADD COLUMN currency TEXT")
        raise MigrationError("boom")

    monkeypatch.setattr(migrations, "STEPS", ((1, migrations._v1), (2, broken)))
    with pytest.raises(MigrationError):
        migrations.migrate_to_latest(db, target=2)
    assert current_version(db) == 1
    assert "currency" not in columns(db, "project")
    db.close()


def test_migration_is_idempotent(database):
    assert migrate_to_latest(database) == LATEST_VERSION


# --- validation: a clear error and nothing saved -------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"title": "   "}, "title", "required"),
        ({"url": "javascript:alert(1)"}, "url", "bad_url"),
        ({"url": "file:///etc/passwd"}, "url", "bad_url"),
        ({"url": "www.lancers.jp"}, "url", "bad_url"),
        ({"amount": "abc"}, "amount", "not_a_number"),
        ({"amount": "-5"}, "amount", "out_of_range"),
        ({"amount": "NaN"}, "amount", "out_of_range"),
        ({"currency": "円"}, "currency", "bad_currency"),
        ({"stage": "bogus"}, "stage", "invalid_choice"),
    ],
)
def test_bad_project_input_is_refused_and_nothing_saved(database, changes, field, code):
    data = ProjectInput(title="ok", **{k: v for k, v in changes.items() if k != "title"})
    if "title" in changes:
        data.title = changes["title"]
    with pytest.raises(ValidationError) as info:
        repo.create_project(data, T0)
    assert (info.value.field, info.value.code) == (field, code)
    assert Project.select().count() == 0 and Event.select().count() == 0


def test_amount_accepts_commas_and_yen(database):
    p = repo.create_project(ProjectInput(title="x", amount="¥33,000"), T0)
    assert Project.get_by_id(p.id).amount == Decimal("33000")


def test_message_in_the_future_is_refused(database):
    p = repo.create_project(ProjectInput(title="x"), T0)
    repo.log_message(p.id, MessageInput(at=T0 + timedelta(seconds=59), direction="out"), T0)
    with pytest.raises(ValidationError) as info:
        repo.log_message(p.id, MessageInput(at=T0 + timedelta(minutes=2), direction="out"), T0)
    assert info.value.field == "at"
    assert Message.select().count() == 1


def test_absurd_years_are_refused(database):
    p = repo.create_project(ProjectInput(title="x"), T0)
    with pytest.raises(ValidationError) as info:
        repo.log_message(p.id, MessageInput(at=datetime(999, 1, 1, tzinfo=UTC), direction="out"), T0)
    assert info.value.code == "too_old"
    with pytest.raises(ValidationError):
        repo.record_request(p.id, "user", datetime(1999, 12, 31, tzinfo=UTC), T0)


def test_backups_folder_blocked_gives_a_clear_error(tmp_path):
    path = tmp_path / "c.db"
    shutil.copy(FIXTURES / "schema_v1.db", path)
    (tmp_path / "backups").write_text("not a folder")
    with pytest.raises(dbmod.DatabaseOpenError, match="back up"):
        dbmod.open_database(path)
    db = peewee.SqliteDatabase(str(path))
    assert current_version(db) == 1  # untouched
    db.close()


def test_read_before_sent_is_refused(database):
    p = repo.create_project(ProjectInput(title="x"), T0)
    m = repo.log_message(p.id, MessageInput(at=T0 - D, direction="out"), T0)
    with pytest.raises(ValidationError):
        repo.mark_read(m.id, T0 - 2 * D, T0)
    assert Message.get_by_id(m.id).read_state == "unknown"
    repo.mark_read(m.id, T0 - D / 2, T0)
    assert Message.get_by_id(m.id).read_state == "read"


def test_html_is_stored_literally(database):
    p = repo.create_project(ProjectInput(title="<script>alert(1)</script>", notes="<b>x</b>"), T0)
    assert Project.get_by_id(p.id).title == "<script>alert(1)</script>"


# --- history -------------------------------------------------------------------------------------


def test_every_change_is_in_the_history(database):
    p = repo.create_project(ProjectInput(title="x", stage="escrow_funded"), T0)
    m = repo.log_message(p.id, MessageInput(at=T0, direction="out"), T0)
    repo.update_project(p.id, ProjectInput(title="x", stage="delivered"), T0 + D)
    repo.update_project(p.id, ProjectInput(title="y", stage="delivered"), T0 + D)
    repo.update_project(p.id, ProjectInput(title="y", stage="delivered"), T0 + D)  # no change, no event
    repo.update_message(m.id, MessageInput(at=T0, direction="out", text="hi"), T0 + D)
    repo.set_archived(p.id, True, T0 + D)
    repo.delete_message(m.id, T0 + 2 * D)
    kinds = [e.kind for e in Event.select().order_by(Event.id)]
    assert kinds == [
        "project_created",
        "message_logged",
        "stage_changed",
        "project_edited",
        "message_edited",
        "project_archived",
        "message_deleted",
    ]
    stage = Event.get(Event.kind == "stage_changed")
    assert json.loads(stage.data) == {"old": "escrow_funded", "new": "delivered", "project_id": p.id}
    edited = json.loads(Event.get(Event.kind == "message_edited").data)
    assert (edited["before"]["text"], edited["after"]["text"]) == ("", "hi")
    deleted_msg = json.loads(Event.get(Event.kind == "message_deleted").data)
    assert deleted_msg["message"]["text"] == "hi"
    repo.delete_project(p.id, T0 + 3 * D)
    assert Project.select().count() == 0 and Message.select().count() == 0
    deleted = Event.get(Event.kind == "project_deleted")
    assert deleted.project_id is None and json.loads(deleted.data)["title"] == "y"
    # earlier events lost their column but still say which project they were about
    assert all(json.loads(e.data).get("project_id") == p.id for e in Event.select() if e.kind != "project_deleted")
    assert Event.select().count() == 8  # history survives the project


def test_timeline_merges_messages_and_events(database):
    p = repo.create_project(ProjectInput(title="x"), T0 - 3 * D)
    repo.log_message(p.id, MessageInput(at=T0 - 2 * D, direction="out"), T0)
    repo.log_message(p.id, MessageInput(at=T0 - D, direction="in"), T0)
    items = repo.timeline(p.id)
    assert [i.kind for i in items] == ["message", "message", "project_created"]
    assert items[0].message.direction == "in"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offsets=st.lists(st.integers(0, 5), min_size=0, max_size=25), limit=st.integers(1, 7))
def test_conversation_pages_cover_every_message_once_in_order(database, offsets, limit):
    """Paging up from the newest page reaches every message exactly once, oldest first; messages
    logged at the same minute are ordered by when they were logged (their id)."""
    Message.delete().execute()
    Project.delete().execute()
    p = repo.create_project(ProjectInput(title="paged"), T0 - 10 * D)
    ids = [repo.log_message(p.id, MessageInput(at=T0 - timedelta(hours=h), direction="out"), T0).id for h in offsets]
    pages = [reads.conversation(p.id, limit=limit)]
    while pages[-1]:
        first = pages[-1][0]
        pages.append(reads.conversation(p.id, before=(first.at, first.id), limit=limit))
    seen = [m for page in reversed(pages) for m in page]
    assert all(len(page) <= limit for page in pages)
    assert len(seen) == len(ids) == reads.message_count(p.id)
    assert [(m.at, m.id) for m in seen] == sorted((m.at, m.id) for m in seen)


def test_history_is_the_events_newest_first(database):
    p = repo.create_project(ProjectInput(title="x"), T0 - 3 * D)
    repo.log_message(p.id, MessageInput(at=T0 - 2 * D, direction="out"), T0)
    repo.record_request(p.id, "user", T0 - D, T0)
    assert [i.kind for i in reads.history(p.id)] == ["request_filed", "project_created"]


# --- the overview ----------------------------------------------------------------------------


def test_overview_uses_a_constant_number_of_queries(database, count_queries):
    def make(n):
        for i in range(n):
            p = repo.create_project(ProjectInput(title=f"p{i}"), T0 - 10 * D)
            repo.log_message(p.id, MessageInput(at=T0 - 5 * D, direction="in"), T0)
            repo.log_message(p.id, MessageInput(at=T0 - 4 * D, direction="out"), T0)

    make(3)
    with count_queries() as small:
        assert len(repo.project_overview(T0, DEFAULT_THRESHOLDS)) == 3
    make(30)
    with count_queries() as large:
        assert len(repo.project_overview(T0, DEFAULT_THRESHOLDS)) == 33
    assert small.count == large.count == 3, small.statements


def test_overview_reads_only_the_tail_but_gets_the_same_answer(database):
    p = repo.create_project(ProjectInput(title="x", stage="completion_reported"), T0 - 30 * D)
    for k in range(10):
        repo.log_message(p.id, MessageInput(at=T0 - (30 - k) * D, direction="out"), T0)
        repo.log_message(p.id, MessageInput(at=T0 - (30 - k) * D + D / 2, direction="in"), T0)
    for k in (9, 6, 3):
        repo.log_message(p.id, MessageInput(at=T0 - k * D, direction="out", read_state="unread"), T0)
    row = repo.project_overview(T0, DEFAULT_THRESHOLDS)[0]
    from companion.model.timers import MessageFact, compute

    everything = [MessageFact(m.at, m.direction, m.channel, m.no_reply_needed, m.read_state) for m in Message.select()]
    assert row.state == compute(everything, T0)
    assert row.state.unanswered_count == 3 and row.state.last_sent_read is False
    assert row.recommendation.action.value == "file_request"


def test_the_overview_reads_each_stored_value_back_as_it_is(database):
    """The list reads the enumerated columns as small integer codes: every value of the
    vocabulary comes back as itself, and a value outside it (from an older or a damaged file)
    is passed on unchanged rather than guessed."""
    from companion.model.vocab import CHANNELS, READ_STATES

    p = repo.create_project(ProjectInput(title="x"), T0 - 30 * D)
    stored = [(direction, channel, read) for direction in ("in", "out") for channel in (*CHANNELS, "fax") for read in (*READ_STATES, "odd")]
    for k, (direction, channel, read) in enumerate(stored):
        at = (T0 - D + k * timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S.%f")
        dbmod.connection().execute(
            "INSERT INTO message (project_id, at, direction, channel, text, no_reply_needed, read_state, created_at)"
            " VALUES (?, ?, ?, ?, '', ?, ?, ?)",
            (p.id, at, direction, channel, k % 2, read, at),
        )
    dbmod.connection().execute("UPDATE project SET tail_from = '' WHERE id = ?", (p.id,))  # read them all
    facts = repo.project_overview(T0, DEFAULT_THRESHOLDS)[0].messages
    assert sorted((f.direction, f.channel, f.read_state) for f in facts) == sorted(stored)
    assert sorted(f.no_reply_needed for f in facts) == sorted(bool(k % 2) for k in range(len(stored)))


def test_demo_loads_once(database):
    assert load_demo(T0) == 15
    rows = repo.project_overview(T0, DEFAULT_THRESHOLDS)
    actions = {r.recommendation.action.value for r in rows}
    assert {"respond_to_request", "reply_now", "file_request", "report_completion_first", "contact_support", "track_request"} <= actions
    with pytest.raises(DemoNotEmptyError):
        load_demo(T0)


def test_a_folder_in_place_of_the_file_gives_a_clear_error(tmp_path):
    (tmp_path / "c.db").mkdir()
    with pytest.raises(dbmod.DatabaseOpenError, match=r"c\.db"):
        dbmod.open_database(tmp_path / "c.db")


conversation = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=40 * 24),  # hours after the start
        st.sampled_from(["in", "out"]),
        st.sampled_from(["platform", "workspace", "offplatform"]),
        st.booleans(),
        st.sampled_from(["unknown", "unread", "read"]),
    ),
    max_size=10,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(conversation, min_size=1, max_size=4))
def test_overview_tail_equals_computing_over_every_message(database, projects):
    """The overview reads only the tail of each conversation; it must never change the answer."""
    from companion.model.timers import MessageFact, compute

    Message.delete().execute()
    Project.delete().execute()
    start = T0 - 41 * D
    now = T0
    expected = {}
    for k, msgs in enumerate(projects):
        p = Project.create(title=f"p{k}", created_at=start, updated_at=start)
        facts = []
        for hours, direction, channel, no_reply, read in msgs:
            at = start + timedelta(hours=hours)
            Message.create(project=p, at=at, direction=direction, channel=channel, no_reply_needed=no_reply,
                           read_state=read if direction == "out" else "unknown", created_at=at)
            facts.append(MessageFact(at, direction, channel, no_reply, read if direction == "out" else "unknown"))
        expected[p.id] = compute(facts, now)
    for row in repo.project_overview(now, DEFAULT_THRESHOLDS):
        assert row.state == expected[row.id]


changes = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=9),  # which message (modulo the count)
        st.sampled_from(["delete", "move", "edit"]),
        st.integers(min_value=0, max_value=40 * 24),
        st.sampled_from(["in", "out"]),
        st.sampled_from(["platform", "workspace", "offplatform"]),
    ),
    max_size=6,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(conversation, min_size=2, max_size=3), changes)
def test_the_tail_kept_by_triggers_survives_edits_deletes_and_moves(database, projects, edits):
    """project.tail_from is kept by triggers: after any edits, deletes and moves of messages (by
    any writer, here plain SQL), the overview still equals computing over every message."""
    from companion.model.timers import MessageFact, compute

    Message.delete().execute()
    Project.delete().execute()
    start = T0 - 41 * D
    pids = []
    for k, msgs in enumerate(projects):
        p = Project.create(title=f"p{k}", created_at=start, updated_at=start)
        pids.append(p.id)
        for hours, direction, channel, no_reply, read in msgs:
            at = start + timedelta(hours=hours)
            Message.create(project=p, at=at, direction=direction, channel=channel, no_reply_needed=no_reply,
                           read_state=read if direction == "out" else "unknown", created_at=at)
    conn = dbmod.connection()
    for which, what, hours, direction, channel in edits:
        ids = [r[0] for r in conn.execute("SELECT id FROM message ORDER BY id")]
        if not ids:
            break
        mid = ids[which % len(ids)]
        if what == "delete":
            conn.execute("DELETE FROM message WHERE id = ?", (mid,))
        elif what == "move":
            conn.execute("UPDATE message SET project_id = ? WHERE id = ?", (pids[hours % len(pids)], mid))
        else:
            at = (start + timedelta(hours=hours)).strftime("%Y-%m-%d %H:%M:%S.%f")
            conn.execute("UPDATE message SET at = ?, direction = ?, channel = ? WHERE id = ?", (at, direction, channel, mid))
    for row in repo.project_overview(T0, DEFAULT_THRESHOLDS):
        everything = [
            MessageFact(m.at, m.direction, m.channel, m.no_reply_needed, m.read_state)
            for m in Message.select().where(Message.project == row.id)
        ]
        assert row.state == compute(everything, T0)


def test_demo_reminders_never_say_file_where_the_advice_is_otherwise(database):
    """The first-user test found "you can file now" on a worker mid-work: never again."""
    from companion.model.reminders import ReminderSettings, reminders_for
    from companion.model.timers import DEFAULT_THRESHOLDS

    load_demo(T0)
    rows = {r.id: r for r in repo.project_overview(T0, DEFAULT_THRESHOLDS)}
    for f in repo.reminder_facts(rows.values(), DEFAULT_THRESHOLDS):
        for r in reminders_for(f, DEFAULT_THRESHOLDS, ReminderSettings()):
            if r.kind == "request_possible":
                row = rows[r.project_id]
                assert not (row.role == "worker" and row.stage in ("escrow_funded", "delivered")), row.title


def test_a_start_date_far_in_the_future_is_refused_not_a_crash(database):
    """A start in the year 9999 used to overflow the 取引期限 arithmetic of the reminders."""
    from datetime import date

    with pytest.raises(repo.ValidationError, match="between 2000 and 2999") as caught:
        repo.create_project(ProjectInput(title="x", start_date=date(9999, 12, 31)), T0)
    assert caught.value.code == "date_out_of_range"
    assert repo.create_project(ProjectInput(title="x", start_date=date(2026, 12, 1)), T0).start_date == date(2026, 12, 1)


def test_the_v5_fixture_migrates_with_the_answers_unset_and_the_stored_steps_invalid(tmp_path):
    """v6 adds what the wizard learns (wants_to_continue) and the texts' language; changing the
    answer bumps the project's data version, so a stored next step never hides it."""
    path = tmp_path / "v5.db"
    shutil.copy(FIXTURES / "schema_v5.db", path)
    db = dbmod.open_database(path)
    try:
        assert current_version(db) == LATEST_VERSION
        wants, language, version = db.execute_sql(
            "SELECT wants_to_continue, text_language, data_version FROM project WHERE id = 1").fetchone()
        assert (wants, language) == (None, "")
        db.execute_sql("UPDATE project SET wants_to_continue = 0 WHERE id = 1")
        assert db.execute_sql("SELECT data_version FROM project WHERE id = 1").fetchone()[0] == version + 1
        assert db.execute_sql("SELECT count(*) FROM message").fetchone()[0] == 3
    finally:
        dbmod.close_database()


def test_the_v6_fixture_migrates_with_the_stage_time_from_the_history(tmp_path):
    path = tmp_path / "v6.db"
    shutil.copy(FIXTURES / "schema_v6.db", path)
    db = dbmod.open_database(path)
    try:
        assert current_version(db) == LATEST_VERSION
        rows = dict(db.execute_sql("SELECT id, stage_entered_at FROM project").fetchall())
        created = dict(db.execute_sql("SELECT id, created_at FROM project").fetchall())
        assert rows == created  # no stage change in the fixture's history: its creation
        assert db.execute_sql("SELECT route FROM reminder_request").fetchall() == [("",)]
    finally:
        dbmod.close_database()


def test_the_stage_time_comes_from_the_latest_stage_change(tmp_path):
    from companion.store.migrations import migrate_to_latest

    path = tmp_path / "v6b.db"
    shutil.copy(FIXTURES / "schema_v6.db", path)
    import peewee

    raw = peewee.SqliteDatabase(str(path))
    raw.connect()
    raw.execute_sql("INSERT INTO event (project_id, at, kind, data) VALUES (1, '2026-10-05 10:00:00.000000', 'stage_changed', '{}')")
    raw.execute_sql("INSERT INTO event (project_id, at, kind, data) VALUES (1, '2026-10-03 10:00:00.000000', 'stage_changed', '{}')")
    migrate_to_latest(raw, backup_dir=tmp_path / "b")
    assert raw.execute_sql("SELECT stage_entered_at FROM project WHERE id = 1").fetchone()[0] == "2026-10-05 10:00:00.000000"
    raw.close()
