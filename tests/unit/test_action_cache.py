"""The stored next step per project (companion.store.action_cache): when it holds, when it must not."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.model.decision import Action
from companion.model.timers import DEFAULT_THRESHOLDS, MessageFact, Thresholds
from companion.model.vocab import CONTRACT_TYPES, PLATFORMS, ROLES, STAGES
from companion.store import action_cache, reads, repo
from companion.store import connection as dbmod
from companion.store.reads import ProjectRow
from companion.store.repo import MessageInput, ProjectInput
from tests.conftest import T0

D = timedelta(days=1)
H = timedelta(hours=1)


def version(pid: int) -> int:
    return int(dbmod.connection().execute("SELECT data_version FROM project WHERE id = ?", (pid,)).fetchone()[0])


def project(**changes: object) -> int:
    data = {"title": "バナー制作", "counterparty": "株式会社テスト", "contract_type": "project_fixed", "stage": "delivered"}
    data.update(changes)
    return int(repo.create_project(ProjectInput(**data), T0 - 30 * D).id)


def lazy(now=T0, thresholds=DEFAULT_THRESHOLDS) -> dict[int, ProjectRow]:
    return {r.id: r for r in reads.project_overview(now, thresholds, lazy=True)}


def full(now=T0, thresholds=DEFAULT_THRESHOLDS) -> dict[int, ProjectRow]:
    return {r.id: r for r in reads.project_overview(now, thresholds)}


# --- what decides whether a stored action holds -------------------------------------------------


def test_every_change_the_action_depends_on_bumps_the_version_whoever_writes(database):
    pid = project()
    other = project(title="other")
    conn = dbmod.connection()
    steps = [
        lambda: repo.log_message(pid, MessageInput(at=T0 - 5 * D, direction="out"), T0),
        lambda: conn.execute("UPDATE message SET read_state = 'read' WHERE project_id = ?", (pid,)),
        lambda: conn.execute("UPDATE message SET no_reply_needed = 1 WHERE project_id = ?", (pid,)),
        lambda: conn.execute("UPDATE message SET at = '2026-10-30 09:00:00.000000' WHERE project_id = ?", (pid,)),
        lambda: conn.execute("UPDATE message SET channel = 'offplatform' WHERE project_id = ?", (pid,)),
        lambda: conn.execute("UPDATE message SET direction = 'in' WHERE project_id = ?", (pid,)),
        lambda: conn.execute("UPDATE project SET stage = 'completion_reported' WHERE id = ?", (pid,)),
        lambda: conn.execute("UPDATE project SET role = 'client' WHERE id = ?", (pid,)),
        lambda: conn.execute("UPDATE project SET platform = 'crowdworks' WHERE id = ?", (pid,)),
        lambda: conn.execute("UPDATE project SET contract_type = 'task' WHERE id = ?", (pid,)),
        lambda: conn.execute("UPDATE project SET plan_change_pending = 1 WHERE id = ?", (pid,)),
        lambda: conn.execute(
            "INSERT INTO reminder_request (project_id, side, filed_at, status, closed_at)"
            " VALUES (?, 'user', '2026-10-31 09:00:00.000000', 'pending', NULL)", (pid,)),
        lambda: conn.execute("UPDATE reminder_request SET status = 'answered' WHERE project_id = ?", (pid,)),
        lambda: conn.execute("DELETE FROM reminder_request WHERE project_id = ?", (pid,)),
        lambda: conn.execute("DELETE FROM message WHERE project_id = ?", (pid,)),
    ]
    for step in steps:
        before = version(pid)
        step()
        assert version(pid) > before, step
    assert version(other) == 0


def test_a_moved_message_changes_both_projects(database):
    a, b = project(), project(title="b")
    repo.log_message(a, MessageInput(at=T0 - 5 * D, direction="out"), T0)
    va, vb = version(a), version(b)
    dbmod.connection().execute("UPDATE message SET project_id = ? WHERE project_id = ?", (b, a))
    assert version(a) > va and version(b) > vb


def test_changes_that_cannot_change_the_action_keep_the_stored_one(database):
    pid = project()
    repo.log_message(pid, MessageInput(at=T0 - 5 * D, direction="out"), T0)
    assert action_cache.remember(full().values(), T0, DEFAULT_THRESHOLDS) == 1
    conn = dbmod.connection()
    conn.execute("UPDATE project SET title = 'renamed', notes = 'n', archived = 1 WHERE id = ?", (pid,))
    conn.execute("UPDATE message SET text = 'edited' WHERE project_id = ?", (pid,))
    row = lazy()[pid]
    assert row.stored_action is Action.SEND_FOLLOW_UP and row.state is None and row.action is Action.SEND_FOLLOW_UP


def test_lazy_rows_sort_by_the_stored_action_and_compute_on_load(database):
    quiet, owed = project(title="quiet"), project(title="owed")
    repo.log_message(quiet, MessageInput(at=T0 - 5 * D, direction="out"), T0)
    repo.log_message(owed, MessageInput(at=T0 - 1 * D, direction="in"), T0)
    first = lazy()  # nothing stored yet: every row is computed at once
    assert all(r.state is not None and r.stored_action is None for r in first.values())
    assert action_cache.remember(first.values(), T0, DEFAULT_THRESHOLDS) == 2
    assert action_cache.remember(first.values(), T0, DEFAULT_THRESHOLDS) == 0  # stored now
    rows = lazy(T0 + H)
    assert {r.id: r.action for r in rows.values()} == {quiet: Action.SEND_FOLLOW_UP, owed: Action.REPLY_NOW}
    assert all(r.state is None and not r.loaded for r in rows.values())
    reads.load_rows(rows.values(), T0 + H, DEFAULT_THRESHOLDS)
    expected = full(T0 + H)
    for pid, row in rows.items():
        assert row.state == expected[pid].state and row.recommendation == expected[pid].recommendation


def test_a_change_after_storing_is_computed_again(database):
    pid = project()
    repo.log_message(pid, MessageInput(at=T0 - 5 * D, direction="out"), T0)
    action_cache.remember(full().values(), T0, DEFAULT_THRESHOLDS)
    repo.log_message(pid, MessageInput(at=T0 - H, direction="in"), T0)
    row = lazy()[pid]
    assert row.stored_action is None and row.action is Action.REPLY_NOW and row.state is not None


def test_other_thresholds_do_not_use_the_stored_action(database):
    pid = project()
    repo.log_message(pid, MessageInput(at=T0 - 5 * D, direction="out"), T0)
    action_cache.remember(full().values(), T0, DEFAULT_THRESHOLDS)
    patient = Thresholds(follow_up_gap=timedelta(days=10))
    row = lazy(thresholds=patient)[pid]
    assert row.stored_action is None and row.action is Action.WAIT


def test_a_stored_action_holds_only_in_its_time_window(database):
    pid = project()
    repo.log_message(pid, MessageInput(at=T0 - 1 * D, direction="out"), T0)  # wait until T0 + 1 d
    action_cache.remember(full().values(), T0, DEFAULT_THRESHOLDS)
    assert lazy(T0 + 23 * H)[pid].stored_action is Action.WAIT
    assert lazy(T0 + 1 * D)[pid].stored_action is None  # the follow-up is due: computed again
    assert lazy(T0 + 1 * D)[pid].action is Action.SEND_FOLLOW_UP
    assert lazy(T0 - H)[pid].stored_action is None  # a clock set back: not trusted


def test_an_action_computed_from_older_data_never_lands(database):
    pid = project()
    repo.log_message(pid, MessageInput(at=T0 - 5 * D, direction="out"), T0)
    stale = full()
    repo.log_message(pid, MessageInput(at=T0 - H, direction="in"), T0)  # after the read
    assert action_cache.remember(stale.values(), T0, DEFAULT_THRESHOLDS) == 1  # tried...
    assert lazy()[pid].stored_action is None  # ...but the version moved on: nothing stored
    assert lazy()[pid].action is Action.REPLY_NOW


def test_storing_never_joins_a_running_write(database):
    pid = project()
    repo.log_message(pid, MessageInput(at=T0 - 5 * D, direction="out"), T0)
    rows = full()
    with database.atomic():
        assert action_cache.remember(rows.values(), T0, DEFAULT_THRESHOLDS) == 0
    assert lazy()[pid].stored_action is None


def test_storing_in_a_read_only_database_is_skipped_quietly(database, monkeypatch):
    pid = project()
    repo.log_message(pid, MessageInput(at=T0 - 5 * D, direction="out"), T0)
    rows = full()
    dbmod.connection().execute("PRAGMA query_only = 1")
    try:
        assert action_cache.remember(rows.values(), T0, DEFAULT_THRESHOLDS) == 0
    finally:
        dbmod.connection().execute("PRAGMA query_only = 0")
    assert rows[pid].stored_action is None  # not marked as stored
    assert not dbmod.connection().in_transaction


def test_the_lazy_list_uses_a_constant_number_of_queries(database, count_queries):
    for k in range(12):
        pid = project(title=f"p{k}")
        repo.log_message(pid, MessageInput(at=T0 - (k + 1) * H, direction="out"), T0)
    with count_queries() as first:
        rows = lazy()
    action_cache.remember(rows.values(), T0, DEFAULT_THRESHOLDS)
    with count_queries() as stored:
        rows = lazy()
    with count_queries() as loading:
        reads.load_rows(rows.values(), T0, DEFAULT_THRESHOLDS)
    assert first.count == 3 and stored.count == 1 and loading.count == 2


# --- the time window: the action never changes inside it ---------------------------------------

messages = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=30 * 24),  # hours after the start
        st.sampled_from(["in", "out"]),
        st.sampled_from(["platform", "workspace", "offplatform"]),
        st.booleans(),
        st.sampled_from(["unknown", "unread", "read"]),
    ),
    max_size=8,
)
request = st.none() | st.integers(min_value=0, max_value=30 * 24)


@settings(max_examples=400, deadline=None)
@given(
    messages,
    st.sampled_from(PLATFORMS),
    st.sampled_from(ROLES),
    st.sampled_from(CONTRACT_TYPES),
    st.sampled_from(STAGES),
    st.booleans(),
    request,
    request,
    st.integers(min_value=0, max_value=40 * 24 * 60),  # the first "now", minutes after the start
    st.floats(min_value=0, max_value=1, exclude_max=True),  # where the second falls in the window
    st.sampled_from([DEFAULT_THRESHOLDS, Thresholds(timedelta(hours=12), 1, timedelta(days=3), timedelta(days=5))]),
)
def test_the_action_never_changes_before_valid_until(
    msgs, platform, role, contract_type, stage, plan_change, own, against, first, where, thresholds,
):
    start = T0 - 40 * D
    facts = [MessageFact(start + hours * H, d, c, n, r if d == "out" else "unknown") for hours, d, c, n, r in msgs]

    def row_at(now):
        row = ProjectRow(
            1, "t", "c", platform, role, contract_type, stage, plan_change, False, "", None, "JPY", None, "",
            messages=list(facts),
            own_request_at=None if own is None else start + own * H,
            request_against_at=None if against is None else start + against * H,
        )
        row.refresh(now, thresholds)
        return row

    t1 = start + timedelta(minutes=first)
    row = row_at(t1)
    until = action_cache.valid_until(row.state, row.recommendation, t1)
    horizon = until if until is not None else t1 + 60 * D
    # (a float factor rounds to microseconds: never onto valid_until itself, where it may change)
    t2 = min(t1 + (horizon - t1) * where, horizon - timedelta(microseconds=1))
    assert row_at(t2).action is row.action
    if until is not None:
        assert until > t1


# --- another version of the logic ---------------------------------------------------------------


@pytest.mark.parametrize("bumped", ["the app's version", "policy.VERSION"])
def test_actions_stored_by_another_version_of_the_app_are_never_trusted(database, monkeypatch, bumped):
    """An upgrade may decide differently: what the previous version stored is recomputed, and
    what the list shows is what a full computation shows."""
    import companion
    from companion.model.decision import Action

    for k in range(20):
        pid = project(title=f"p{k}", stage=("escrow_funded", "delivered", "completion_reported")[k % 3])
        repo.log_message(pid, MessageInput(at=T0 - (k % 9) * D, direction="out" if k % 4 else "in"), T0)
    rows = lazy()
    assert action_cache.remember(rows.values(), T0, DEFAULT_THRESHOLDS) > 0
    assert all(r.stored_action is not None for r in lazy().values())  # trusted by the same version
    # pretend the stored actions came from an older app whose logic said "wait" everywhere
    dbmod.connection().execute("UPDATE project SET action = ?", (Action.WAIT.value,))
    if bumped == "policy.VERSION":
        monkeypatch.setattr(action_cache, "POLICY_VERSION", action_cache.POLICY_VERSION + 1)
    else:
        monkeypatch.setattr(companion, "__version__", companion.__version__ + ".next")
        monkeypatch.setattr(action_cache, "__version__", companion.__version__)
    upgraded = lazy()
    assert all(r.stored_action is None for r in upgraded.values())  # none trusted
    assert {i: r.action for i, r in upgraded.items()} == {i: r.action for i, r in full().items()}


def test_a_v4_database_migrates_with_nothing_stored(tmp_path):
    import shutil

    path = tmp_path / "c.db"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "schema_v4.db", path)
    dbmod.open_database(path)
    try:
        rows = lazy()
        assert rows and all(r.stored_action is None and r.state is not None for r in rows.values())
        assert action_cache.remember(rows.values(), T0, DEFAULT_THRESHOLDS) == len(rows)
        assert all(r.stored_action is not None for r in lazy().values())
    finally:
        dbmod.close_database()
