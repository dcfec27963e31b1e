"""What the window reads: plain row values (ProjectRow, MessageRecord, RequestRecord), never
models, so widgets never hold a peewee object.

The reads are peewee queries returning tuples (:func:`rows_of`), except the two that decide how
fast the app starts with thousands of projects: the project list (:data:`_PROJECT_SQL`, which
also checks in SQL whether each stored next step still holds, from columns the triggers keep and
that are deliberately not model fields) and the conversation tails (:data:`_TAIL_SQL`, one range
scan of the (project_id, at) index from each project's ``tail_from``). Those two are SQL on the
same connection. Writes live in :mod:`companion.store.repo`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any, NamedTuple, cast

from companion.model.decision import Action, Recommendation
from companion.model.policy import Evaluation, Facts, action_urgency, evaluate, urgency
from companion.model.safety import neutralise, normalise_url
from companion.model.timers import MessageFact, SilenceState, Thresholds
from companion.model.vocab import from_db_time, to_db_time
from companion.store.action_cache import cache_key
from companion.store.connection import connection
from companion.store.models import Event, Message, Project, ReminderRequest


def rows_of(query: Any) -> Iterable[tuple[Any, ...]]:
    """A peewee query's rows as plain tuples (its fields' conversions applied: instants come back
    as aware UTC datetimes, flags as bools)."""
    return cast(Iterable[tuple[Any, ...]], query.tuples())


OPEN_REQUEST_STATUSES = ("pending", "deadline_passed")
HIDDEN_EVENT_KINDS = frozenset({"message_logged"})  # the message itself is on the timeline


def is_safe_url(url: str) -> bool:
    """Only absolute http(s) URLs with a plain host are ever stored or opened (safety.py)."""
    return normalise_url(url) is not None


# --- The overview ------------------------------------------------------------------------------


class StoredText(NamedTuple):
    """A project's own text exactly as stored (bidi controls and all)."""

    title: str
    counterparty: str
    notes: str


class ProjectRow:
    """One line of the main window's project list: the stored facts plus the live state.

    A row read with ``lazy=True`` may not be computed yet (``state`` is None): ``action`` is then
    the next step stored in the database (see action_cache), enough to sort, count and filter;
    :func:`load_rows` reads its messages and computes it.
    """

    __slots__ = (
        "action",
        "amount",
        "archived",
        "as_stored",
        "contract_type",
        "counterparty",
        "counterparty_last_seen_at",
        "currency",
        "data_version",
        "evaluation",
        "id",
        "loaded",
        "messages",
        "notes",
        "own_request_at",
        "own_request_route",
        "plan_change_pending",
        "platform",
        "recommendation",
        "request_against_at",
        "request_against_route",
        "role",
        "stage",
        "stage_entered_at",
        "start_date",
        "state",
        "stored_action",
        "text_language",
        "title",
        "url",
        "wants_to_continue",
    )

    def __init__(
        self, id: int, title: str, counterparty: str, platform: str, role: str, contract_type: str, stage: str,
        plan_change_pending: bool, archived: bool, url: str, amount: Decimal | None, currency: str,
        start_date: date | None, notes: str, messages: list[MessageFact] | None = None,
        own_request_at: datetime | None = None, request_against_at: datetime | None = None,
        data_version: int = 0, stored_action: Action | None = None,
        wants_to_continue: bool | None = None, text_language: str = "",
        stage_entered_at: datetime | None = None, counterparty_last_seen_at: datetime | None = None,
    ) -> None:
        self.id = id
        # user text as it is shown everywhere (list, detail, tray, wizard, texts): no bidi controls;
        # as stored (for the forms that edit it: saving must not rewrite what the user typed)
        self.as_stored = StoredText(title, counterparty, notes)
        self.title = neutralise(title)
        self.counterparty = neutralise(counterparty)
        self.platform = platform
        self.role = role
        self.contract_type = contract_type
        self.stage = stage
        self.plan_change_pending = plan_change_pending
        self.archived = archived
        self.url = url
        self.amount = amount
        self.currency = currency
        self.start_date = start_date
        self.notes = neutralise(notes)
        self.messages: list[MessageFact] = messages if messages is not None else []
        self.loaded = messages is not None  # messages and requests read (or given)
        self.own_request_at = own_request_at
        self.request_against_at = request_against_at
        self.wants_to_continue = wants_to_continue  # the client's answer in the wizard (None: not asked)
        self.text_language = text_language  # '' (the platform's), 'ja' or 'en'
        self.stage_entered_at = stage_entered_at  # when it entered its stage (the platforms' clocks)
        self.counterparty_last_seen_at = counterparty_last_seen_at  # "last seen online", if recorded
        self.own_request_route: str | None = None  # the route of the open requests ('' -> None: the main one)
        self.request_against_route: str | None = None
        self.evaluation: Evaluation | None = None
        self.state: SilenceState | None = None
        self.recommendation: Recommendation | None = None
        self.data_version = data_version
        self.stored_action = stored_action  # the valid action stored in the database, if any
        self.action: Action | None = stored_action  # the computed one once computed

    def __repr__(self) -> str:
        return f"ProjectRow(id={self.id!r}, title={self.title!r}, action={self.action!r})"

    def facts(self) -> Facts:
        """What the verdict depends on, besides the messages."""
        return Facts(
            self.platform, self.role, self.contract_type, self.stage, self.plan_change_pending,
            self.own_request_at, self.request_against_at, self.wants_to_continue,
            stage_entered_at=self.stage_entered_at, own_request_route=self.own_request_route,
            request_against_route=self.request_against_route, counterparty_last_seen_at=self.counterparty_last_seen_at,
        )

    def urgency(self, now: datetime | None) -> int:
        """How urgent the row is at ``now`` (policy.urgency); a row not computed yet: the level
        of its stored next step."""
        if self.recommendation is not None:
            return urgency(self.recommendation, now)
        return action_urgency(self.action)

    def refresh(self, now: datetime, thresholds: Thresholds) -> None:
        """Recompute the time-dependent state (cheap: no database access)."""
        self.evaluation = evaluate(self.facts(), self.messages, thresholds, now)
        self.state, self.recommendation = self.evaluation.state, self.evaluation.recommendation
        self.action = self.recommendation.action


_PROJECT_SQL = (
    "SELECT id, title, counterparty, platform, role, contract_type, stage, plan_change_pending, archived,"
    " url, amount, currency, start_date, notes, data_version, wants_to_continue, text_language,"
    " stage_entered_at, counterparty_last_seen_at,"
    # the stored action, where it still holds (see action_cache)
    " CASE WHEN action_version = data_version AND action_key = ? AND action_from <= ?"
    " AND (action_until = '' OR action_until > ?) THEN action END"
    " FROM project {where} ORDER BY id"
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

def _open_requests() -> Any:
    """The requests still running, of every project: (project id, side, filed at, route)."""
    R = ReminderRequest
    return R.select(R.project, R.side, R.filed_at, R.route).where(R.status.in_(OPEN_REQUEST_STATUSES))

_ACTIONS = {a.value: a for a in Action}


def project_overview(
    now: datetime,
    thresholds: Thresholds,
    *,
    project_ids: Iterable[int] | None = None,
    lazy: bool = False,
) -> list[ProjectRow]:
    """All projects with their silence state, in a fixed number of queries (three).

    Only the "tail" of each conversation is read: the counterparty's last on-platform message
    and everything after it. Nothing earlier can change the timers (see timers.py).

    ``lazy``: rows whose stored next step still holds are not computed (``state`` stays None; see
    :func:`load_rows`); only the others are, so the list can be sorted by urgency at once.
    """
    db = connection()
    ids = None if project_ids is None else list(project_ids)
    params: tuple[Any, ...] = ()
    where = ""
    if ids is not None:
        where = f"WHERE id IN ({','.join('?' * len(ids))})" if ids else "WHERE 0"
        params = tuple(ids)
    stamp = to_db_time(now)
    rows = {}
    actions = _ACTIONS
    for (pid, title, counterparty, platform, role, contract_type, stage, plan_change, archived,
         url, amount, currency, start_date, notes, version, wants, language, entered, seen, stored) in db.execute(
            _PROJECT_SQL.format(where=where), (cache_key(thresholds), stamp, stamp, *params)):
        rows[pid] = ProjectRow(
            pid, title, counterparty, platform, role, contract_type, stage, bool(plan_change),
            bool(archived), url, None if amount is None else Decimal(str(amount)), currency,
            None if start_date is None else date.fromisoformat(str(start_date)), notes,
            data_version=version, stored_action=actions.get(stored) if stored else None,
            wants_to_continue=None if wants is None else bool(wants), text_language=language,
            stage_entered_at=from_db_time(entered) if entered else None,
            counterparty_last_seen_at=from_db_time(seen) if seen else None,
        )
    if not lazy:
        _load(rows, now, thresholds, where.replace("WHERE id", "WHERE p.id"), params)
    else:
        load_rows([r for r in rows.values() if r.stored_action is None], now, thresholds)
    return list(rows.values())


def load_rows(rows: Iterable[ProjectRow], now: datetime, thresholds: Thresholds) -> None:
    """Read the messages and requests of the rows not read yet, and compute them (two queries)."""
    todo = {r.id: r for r in rows if not r.loaded}
    if not todo:
        return
    ids = tuple(todo)
    if len(ids) > 900:  # SQLite's older limit on bound parameters: read them all instead
        _load(todo, now, thresholds, "", ())
    else:
        _load(todo, now, thresholds, f"WHERE p.id IN ({','.join('?' * len(ids))})", ids)


def _load(rows: dict[int, ProjectRow], now: datetime, thresholds: Thresholds, where: str, params: tuple[Any, ...]) -> None:
    db = connection()
    facts: dict[int, list[MessageFact]] = {}
    for pid, at, direction, channel, no_reply, read_state in db.execute(_TAIL_SQL.format(where=where), params):
        fact = MessageFact(
            from_db_time(at), _DIRECTION.get(direction, direction), _CHANNEL.get(channel, channel), bool(no_reply),
            _READ_STATE.get(read_state, read_state),
        )
        if pid in facts:
            facts[pid].append(fact)
        else:
            facts[pid] = [fact]
    for row in rows.values():
        row.own_request_at = row.request_against_at = None
        row.own_request_route = row.request_against_route = None
    for pid, side, filed, route in rows_of(_open_requests()):
        requested = rows.get(pid)
        if requested is None:
            continue
        if side == "user":
            if requested.own_request_at is None or filed > requested.own_request_at:
                requested.own_request_at, requested.own_request_route = filed, route or None
        elif requested.request_against_at is None or filed > requested.request_against_at:
            requested.request_against_at, requested.request_against_route = filed, route or None
    for pid, row in rows.items():
        row.messages = facts.get(pid, [])
        row.loaded = True
        row.refresh(now, thresholds)


def _latest(a: datetime | None, b: datetime) -> datetime:
    return b if a is None or b > a else a


# Progress that extends an automatic end of the transaction (the Lancers 取引期限). The platform
# counts 仮払い, 完了報告, 計画変更, 増額/減額, 支払確定 and 連絡催促; of these the app knows
# when only a request was filed (its filing time is recorded). A stage change carries the time it
# was recorded, often long after it happened, and counting it could push the deadline past the
# real one, so the warning would come after the automatic cancellation: a warning that comes a
# little early is harmless, one that comes too late is not.


def progress_times(project_ids: Iterable[int] | None = None) -> dict[int, list[datetime]]:
    """The instants of each project's progress events the app can date (requests filed, by
    either side), in one query."""
    R = ReminderRequest
    query = R.select(R.project, R.filed_at)
    if project_ids is not None:
        query = query.where(R.project.in_(list(project_ids)))
    out: dict[int, list[datetime]] = {}
    for pid, filed in rows_of(query):
        out.setdefault(pid, []).append(filed)
    return out


def project_count() -> int:
    return int(Project.select().count())


def project_exists(project_id: int) -> bool:
    return bool(Project.select().where(Project.id == project_id).exists())


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


def _messages_of(project_id: int) -> Any:
    M = Message
    return M.select(
        M.id, M.project, M.at, M.direction, M.channel, M.text, M.no_reply_needed, M.read_state, M.read_at,
    ).where(M.project == project_id)


def _message_records(query: Any) -> list[MessageRecord]:
    return [
        MessageRecord(mid, pid, at, direction, channel, neutralise(text), bool(no_reply), read_state, read_at)
        for mid, pid, at, direction, channel, text, no_reply, read_state, read_at in rows_of(query)
    ]


def timeline(project_id: int) -> list[TimelineItem]:
    """Messages and history of one project, newest first."""
    items = [TimelineItem(m.at, "message", message=m) for m in _message_records(_messages_of(project_id))]
    items.extend(history(project_id))
    items.sort(key=lambda i: (i.at, i.kind != "message"), reverse=True)
    return items


def conversation(project_id: int, *, before: tuple[datetime, int] | None = None, limit: int = 200) -> list[MessageRecord]:
    """One page of a project's messages, oldest first: the newest ``limit`` of them, or the newest
    ``limit`` before ``before`` (a message's time and id, for the page above it)."""
    M = Message
    query = _messages_of(project_id)
    if before is not None:
        at, mid = before
        query = query.where((M.at < at) | ((M.at == at) & (M.id < mid)))
    query = query.order_by(M.at.desc(), M.id.desc()).limit(limit)
    page = _message_records(query)
    page.reverse()
    return page


def message_count(project_id: int) -> int:
    return int(Message.select().where(Message.project == project_id).count())


def history(project_id: int) -> list[TimelineItem]:
    """A project's events (not its messages: those are the conversation), newest first."""
    E = Event
    items = []
    for at, kind, raw in rows_of(E.select(E.at, E.kind, E.data).where(E.project == project_id).order_by(E.at.desc(), E.id.desc())):
        if kind in HIDDEN_EVENT_KINDS:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            data = {}
        items.append(TimelineItem(at, kind, data=data if isinstance(data, dict) else {}))
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
    route: str = ""  # the platform's route ('' = its main one)


def open_requests(project_id: int) -> list[RequestRecord]:
    """The project's requests still running (pending, or past their deadline), oldest first."""
    R = ReminderRequest
    query = R.select(R.id, R.project, R.side, R.filed_at, R.status, R.closed_at, R.auto_answered, R.route).where(
        (R.project == project_id) & R.status.in_(OPEN_REQUEST_STATUSES)
    ).order_by(R.filed_at)
    return [
        RequestRecord(rid, pid, side, filed_at, status, closed_at, bool(auto), route)
        for rid, pid, side, filed_at, status, closed_at, auto, route in rows_of(query)
    ]
