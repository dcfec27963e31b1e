"""What the window reads, in plain SQL on the one connection, without the ORM.

Everything the main window needs to show itself (the project list with its timers, the selected
project's history and open requests, the settings) is read here with the standard library's
sqlite3, so start-up never waits for peewee to load. Writes, and reads that need model objects,
live in :mod:`companion.model.repo`, on the same connection.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from companion.model.db import connection
from companion.model.decision import Recommendation, decide, situation_from_state
from companion.model.timers import (
    DEFAULT_THRESHOLDS,
    MessageFact,
    SilenceState,
    Thresholds,
    compute,
)
from companion.model.vocab import from_db_time

OPEN_REQUEST_STATUSES = ("pending", "deadline_passed")
HIDDEN_EVENT_KINDS = frozenset({"message_logged"})  # the message itself is on the timeline


def is_safe_url(url: str) -> bool:
    """Only absolute http(s) URLs with a host are ever stored or opened."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not any(
        c.isspace() for c in url.strip()
    )


# --- The overview ------------------------------------------------------------------------------


@dataclass
class ProjectRow:
    """One line of the main window's project list: the stored facts plus the live state."""

    id: int
    title: str
    counterparty: str
    platform: str
    role: str
    contract_type: str
    stage: str
    plan_change_pending: bool
    archived: bool
    url: str
    amount: Decimal | None
    currency: str
    start_date: date | None
    notes: str
    messages: list[MessageFact] = field(default_factory=list)
    own_request_at: datetime | None = None
    request_against_at: datetime | None = None
    state: SilenceState | None = None
    recommendation: Recommendation | None = None

    def refresh(self, now: datetime, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> None:
        """Recompute the time-dependent state (cheap: no database access)."""
        self.state = compute(self.messages, now, thresholds)
        self.recommendation = decide(
            situation_from_state(
                platform=self.platform,
                role=self.role,
                contract_type=self.contract_type,
                stage=self.stage,
                plan_change_pending=self.plan_change_pending,
                state=self.state,
                now=now,
                own_request_filed_at=self.own_request_at,
                request_against_user_at=self.request_against_at,
            ),
            thresholds,
        )


_PROJECT_SQL = (
    "SELECT id, title, counterparty, platform, role, contract_type, stage, plan_change_pending, archived,"
    " url, amount, currency, start_date, notes FROM project {where} ORDER BY id"
)

# The "tail" of each conversation: everything from the earlier of the counterparty's last
# on-platform message and the user's last on-platform message. Nothing before that can change the
# timers: unanswered messages come after the former, and an unanswered received message comes
# after the latter (see timers.compute). ``project.tail_from`` is that instant ('' if none), kept
# by triggers (migrations._v4); each tail is one range scan of the covering (project_id, at) index.
# The enumerated columns come back as small integers (no string to build per message; any
# value outside the vocabulary comes back as it is stored).
_CODES = {
    "direction": ("in", "out"),
    "channel": ("platform", "workspace", "offplatform"),
    "read_state": ("unknown", "unread", "read"),
}


def _coded(column: str) -> str:
    cases = " ".join(f"WHEN '{v}' THEN {i}" for i, v in enumerate(_CODES[column]))
    return f"CASE m.{column} {cases} ELSE m.{column} END"


def _decoder(column: str) -> dict[Any, str]:
    return dict(enumerate(_CODES[column]))


_DIRECTION, _CHANNEL, _READ_STATE = _decoder("direction"), _decoder("channel"), _decoder("read_state")
_TAIL_SQL = (
    f"SELECT m.project_id, m.at, {_coded('direction')}, {_coded('channel')}, m.no_reply_needed, {_coded('read_state')}"
    " FROM project AS p JOIN message AS m ON m.project_id = p.id AND m.at >= p.tail_from {where}"
)

_OPEN_REQUESTS_SQL = (
    "SELECT project_id, side, filed_at FROM reminder_request"
    f" WHERE status IN ({', '.join(repr(s) for s in OPEN_REQUEST_STATUSES)})"
)


def project_overview(
    now: datetime,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    *,
    project_ids: Iterable[int] | None = None,
) -> list[ProjectRow]:
    """All projects with their silence state, in a fixed number of queries (three).

    Only the "tail" of each conversation is read: the counterparty's last on-platform message
    and everything after it. Nothing earlier can change the timers (see timers.py).
    """
    db = connection()
    ids = None if project_ids is None else list(project_ids)
    params: tuple[Any, ...] = ()
    where = ""
    if ids is not None:
        where = f"WHERE id IN ({','.join('?' * len(ids))})" if ids else "WHERE 0"
        params = tuple(ids)
    rows = {}
    for (pid, title, counterparty, platform, role, contract_type, stage, plan_change, archived,
         url, amount, currency, start_date, notes) in db.execute(_PROJECT_SQL.format(where=where), params):
        rows[pid] = ProjectRow(
            pid, title, counterparty, platform, role, contract_type, stage, bool(plan_change),
            bool(archived), url, None if amount is None else Decimal(str(amount)), currency,
            None if start_date is None else date.fromisoformat(str(start_date)), notes,
        )
    facts: dict[int, list[MessageFact]] = {}
    sql = _TAIL_SQL.format(where=where.replace("WHERE id", "WHERE p.id"))
    for pid, at, direction, channel, no_reply, read_state in db.execute(sql, params):
        fact = MessageFact.stored(
            from_db_time(at), _DIRECTION.get(direction, direction), _CHANNEL.get(channel, channel), bool(no_reply),
            _READ_STATE.get(read_state, read_state),
        )
        if pid in facts:
            facts[pid].append(fact)
        else:
            facts[pid] = [fact]
    for pid, side, filed_at in db.execute(_OPEN_REQUESTS_SQL):
        row = rows.get(pid)
        if row is None:
            continue
        filed = from_db_time(filed_at)
        if side == "user":
            row.own_request_at = _latest(row.own_request_at, filed)
        else:
            row.request_against_at = _latest(row.request_against_at, filed)
    for pid, row in rows.items():
        row.messages = facts.get(pid, [])
        row.refresh(now, thresholds)
    return list(rows.values())


def _latest(a: datetime | None, b: datetime) -> datetime:
    return b if a is None or b > a else a


def project_count() -> int:
    return int(connection().execute("SELECT count(*) FROM project").fetchone()[0])


def project_exists(project_id: int) -> bool:
    return connection().execute("SELECT 1 FROM project WHERE id = ?", (project_id,)).fetchone() is not None


# --- One project -------------------------------------------------------------------------------


class MessageRecord(NamedTuple):
    """One stored message, as the timeline shows it."""

    id: int
    project_id: int
    at: datetime
    direction: str
    channel: str
    text: str
    no_reply_needed: bool
    read_state: str
    read_at: datetime | None


class TimelineItem(NamedTuple):
    at: datetime
    kind: str  # "message" or the event kind
    message: MessageRecord | None = None
    data: Mapping[str, Any] = MappingProxyType({})  # the event's details (read-only)


def timeline(project_id: int) -> list[TimelineItem]:
    """Messages and history of one project, newest first."""
    db = connection()
    items = [
        TimelineItem(
            from_db_time(at),
            "message",
            message=MessageRecord(
                mid, pid, from_db_time(at), direction, channel, text, bool(no_reply), read_state,
                None if read_at is None else from_db_time(read_at),
            ),
        )
        for mid, pid, at, direction, channel, text, no_reply, read_state, read_at in db.execute(
            "SELECT id, project_id, at, direction, channel, text, no_reply_needed, read_state, read_at"
            " FROM message WHERE project_id = ?",
            (project_id,),
        )
    ]
    for at, kind, raw in db.execute("SELECT at, kind, data FROM event WHERE project_id = ?", (project_id,)):
        if kind in HIDDEN_EVENT_KINDS:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            data = {}
        items.append(TimelineItem(from_db_time(at), kind, data=data if isinstance(data, dict) else {}))
    items.sort(key=lambda i: (i.at, i.kind != "message"), reverse=True)
    return items


class RequestRecord(NamedTuple):
    """One 連絡催促申請 as stored."""

    id: int
    project_id: int
    side: str  # user | counterparty
    filed_at: datetime
    status: str
    closed_at: datetime | None
    auto_answered: bool


def open_requests(project_id: int) -> list[RequestRecord]:
    """The project's requests still running (pending, or past their deadline), oldest first."""
    return [
        RequestRecord(rid, pid, side, from_db_time(filed_at), status, None if closed_at is None else from_db_time(closed_at), bool(auto))
        for rid, pid, side, filed_at, status, closed_at, auto in connection().execute(
            "SELECT id, project_id, side, filed_at, status, closed_at, auto_answered FROM reminder_request"
            f" WHERE project_id = ? AND status IN ({', '.join(repr(s) for s in OPEN_REQUEST_STATUSES)})"
            " ORDER BY filed_at",
            (project_id,),
        )
    ]
