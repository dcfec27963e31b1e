"""The list's next step ("action") of each project, kept in the database between starts.

Sorting the project list by urgency needs every project's action, and computing it means reading
each conversation's tail and running the timers and the decision: most of a start-up with
thousands of projects. So the app stores each action it computes, together with what it was
computed from, and a start-up sorts by the stored actions that still hold; only the projects on
screen (and any whose stored action no longer holds) are computed at once.

A stored action holds while all of these are true (checked in SQL, see reads.py):

* ``action_version = data_version``: nothing it depends on changed since. Triggers bump
  ``project.data_version`` on every change of the project's messages, reminder requests,
  platform, role, contract type, stage or plan-change flag, whoever writes (migrations._v5).
* ``action_key`` is today's :func:`cache_key`: the same thresholds and the same version of the
  app and of its policy (``policy.VERSION``, bumped with any change that may decide differently,
  also between releases). A new version trusts nothing an older one stored: its first start
  computes every project once.
* ``action_from <= now < action_until``: the action only changes with time at the instants the
  state and recommendation name (:func:`valid_until`; a property test checks it over random
  projects and times). Before the instant it was computed at, it is not trusted either (a clock
  set back).

Storing is best effort: a read-only or busy database just means computing again next time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

import peewee

from companion import __version__
from companion.model.policy import VERSION as POLICY_VERSION
from companion.model.timers import SilenceState, Thresholds
from companion.model.vocab import to_db_time
from companion.store.connection import peewee_database

if TYPE_CHECKING:
    from companion.model.decision import Recommendation
    from companion.store.reads import ProjectRow

def cache_key(thresholds: Thresholds) -> str:
    """Identifies everything a stored action depends on besides the project's own data: the
    logic (the app's version) and the thresholds."""
    return ";".join((
        f"v{__version__}/{POLICY_VERSION}",
        str(int(thresholds.follow_up_gap.total_seconds())),
        str(thresholds.follow_ups_before_formal),
        str(int(thresholds.silence_before_request.total_seconds())),
        str(int(thresholds.request_deadline.total_seconds())),
    ))


def valid_until(state: SilenceState, rec: Recommendation, now: datetime) -> datetime | None:
    """The first instant after ``now`` at which the action may change with time alone (None:
    not before the project's data changes). Conservative: every future instant of the state and
    the recommendation counts."""
    candidates = (
        rec.wait_until, rec.request_possible_at, rec.deadline_at, state.next_follow_up_at, state.request_possible_at,
    )
    future = [t for t in candidates if t is not None and t > now]
    return min(future) if future else None


def remember(rows: Iterable[ProjectRow], now: datetime, thresholds: Thresholds) -> int:
    """Store the action of each computed row whose stored one did not hold; return how many.

    A row is only written if its project has not changed since it was read (same data_version),
    so an action computed from older data never lands. Never waits for a busy database.
    """
    key = cache_key(thresholds)
    stamp = to_db_time(now)
    updates = []
    written = []
    for row in rows:
        if row.state is None or row.recommendation is None or row.stored_action is row.recommendation.action:
            continue
        until = valid_until(row.state, row.recommendation, now)
        updates.append((
            row.recommendation.action.value, row.data_version, key, stamp, "" if until is None else to_db_time(until),
            row.id, row.data_version,
        ))
        written.append(row)
    if not updates:
        return 0
    db = peewee_database()
    if db.in_transaction():  # inside someone's write: never mix ours into it
        return 0
    try:
        db.execute_sql("PRAGMA busy_timeout = 0")  # never wait for a busy database
        try:
            with db.atomic("IMMEDIATE"):
                db.connection().executemany(
                    "UPDATE project SET action = ?, action_version = ?, action_key = ?, action_from = ?,"
                    " action_until = ? WHERE id = ? AND data_version = ?",
                    updates,
                )
        finally:
            db.execute_sql("PRAGMA busy_timeout = 3000")
    except (sqlite3.Error, peewee.DatabaseError):
        return 0
    for row in written:
        row.stored_action = row.recommendation.action if row.recommendation else None
    return len(updates)
