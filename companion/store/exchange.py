"""Export and import: a versioned JSON format (everything) and CSV (projects, messages).

Import validates everything before writing anything, writes in one transaction, and names each
problem with its place (``projects[2].messages[0].at`` or ``messages.csv line 7, at``). Places are
made by the importer only: a ``_where`` (or any other) key in a file is never taken as a place.
CSV lines are rows as a spreadsheet counts them (the header is line 1).

What is "already there" (so a second import of the same file adds nothing):

* A project in the file is matched only with a project that existed before this import, and each
  existing project with at most one project of the file: two projects of one file are never merged
  with each other, even when they are identical.
* It must have the same title, platform and counterparty. That alone is no identity (a recurring
  job for the same client is a new project), so it must also be the same project:
  - a project that carries ``created_at`` (every export does) is the one created at that instant;
  - one without ``created_at`` is the one that already holds at least one of its messages (same
    time, direction, channel and text), or, if the file gives it no messages, one that has none.
  Among several, the one sharing most messages is taken (then the oldest).
* Within a matched project, a message is added as many times as the file has it, minus the copies
  already there; requests (side, filing time), events and reminder states likewise are not repeated.

Times: anything that already happened (message, read, filing and closing times, event times,
``created_at``) may be at most ``repo.FUTURE_TOLERANCE`` ahead of now (clock skew), as when typed in
the app. A snooze end or a reminder's anchor may lie ahead, but at most ``MAX_AHEAD`` (a year);
a start date at most a year ahead too. Nothing before the year 2000.

A JSON file must have ``"version": 1`` (an integer, not ``true`` or ``1.0``) and no key twice in any
object; a CSV file no column twice. A UTF-8 byte order mark is allowed in both.

CSV cells are safe to open in a spreadsheet (OWASP's advice on formula injection): a cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, possibly after apostrophes, is
written with one more leading ``'``, and reading removes exactly that one, so every text comes back
as it was. Numbers the app exports (row numbers, amounts, which are never negative) start with a
digit and stay plain numbers; were one ever negative, it would be written as text.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from companion.model.clock import ensure_utc
from companion.model.errors import ValidationError
from companion.model.vocab import REQUEST_SIDES, REQUEST_STATUSES, to_db_time
from companion.store import repo, settings
from companion.store.connection import database_proxy
from companion.store.models import Event, Message, Project, ReminderRequest, ReminderState
from companion.store.reads import OPEN_REQUEST_STATUSES
from companion.store.repo import MessageInput, ProjectInput

FORMAT = "renraku-companion"
VERSION = 1
PROJECT_FIELDS = ("title", "platform", "role", "counterparty", "contract_type", "stage", "plan_change_pending",
                  "url", "amount", "currency", "start_date", "notes", "archived", "created_at")
MESSAGE_FIELDS = ("at", "direction", "channel", "text", "no_reply_needed", "read_state", "read_at")
MAX_AHEAD = timedelta(days=366)  # how far ahead a snooze, a reminder's anchor or a start date may be
MAX_PROBLEM = 300  # characters of one problem line: a quoted value is shortened, never shown whole


class ImportProblems(ValueError):
    def __init__(self, problems: list[str]) -> None:
        problems = [_brief(p) for p in problems]
        super().__init__("\n".join(problems))
        self.problems = problems


def _brief(text: str, limit: int = MAX_PROBLEM) -> str:
    """One line of at most ``limit`` characters: the start and the end (which says what is wrong)."""
    text = text.replace("\r", " ").replace("\n", " ")
    if len(text) <= limit:
        return text
    tail = limit // 3
    return f"{text[:limit - tail - 3]} … {text[-tail:]}"


def _shown(value: Any) -> str:
    """A value from the file as a problem quotes it: escaped (repr) and short."""
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:40]}…{text[-10:]} ({len(text)} characters)"


@dataclass
class ImportSummary:
    projects_added: int = 0
    projects_existing: int = 0
    messages_added: int = 0
    requests_added: int = 0
    requests_updated: int = 0  # requests here that took the file's outcome
    events_added: int = 0
    dry_run: bool = False
    details: list[str] = field(default_factory=list)

    def text(self) -> str:
        verb = "would add" if self.dry_run else "added"
        updated = f" ({self.requests_updated} updated)" if self.requests_updated else ""
        return (f"{verb} {self.projects_added} projects ({self.projects_existing} already there), "
                f"{self.messages_added} messages, {self.requests_added} requests{updated}, {self.events_added} events")


# --- export --------------------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return None if value is None else ensure_utc(value).isoformat()


def export_data(now: datetime) -> dict[str, Any]:
    projects = []
    for p in Project.select().order_by(Project.id):
        projects.append({
            "title": p.title, "platform": p.platform, "role": p.role, "counterparty": p.counterparty,
            "contract_type": p.contract_type, "stage": p.stage, "plan_change_pending": p.plan_change_pending,
            "url": p.url, "amount": None if p.amount is None else str(p.amount), "currency": p.currency,
            "start_date": p.start_date.isoformat() if p.start_date else None, "notes": p.notes,
            "archived": p.archived, "created_at": _iso(p.created_at),
            "wants_to_continue": p.wants_to_continue, "text_language": p.text_language,
            "stage_entered_at": _iso(p.stage_entered_at), "counterparty_last_seen_at": _iso(p.counterparty_last_seen_at),
            "messages": [
                {"at": _iso(m.at), "direction": m.direction, "channel": m.channel, "text": m.text,
                 "no_reply_needed": m.no_reply_needed, "read_state": m.read_state, "read_at": _iso(m.read_at)}
                for m in Message.select().where(Message.project == p).order_by(Message.at, Message.id)
            ],
            "requests": [
                {"side": r.side, "filed_at": _iso(r.filed_at), "status": r.status, "closed_at": _iso(r.closed_at),
                 "auto_answered": r.auto_answered, "route": r.route}
                for r in ReminderRequest.select().where(ReminderRequest.project == p).order_by(ReminderRequest.id)
            ],
            "events": [
                {"at": _iso(e.at), "kind": e.kind, "data": json.loads(e.data or "{}")}
                for e in Event.select().where(Event.project == p).order_by(Event.id)
            ],
            "reminders": [
                {"kind": s.kind, "anchor": s.anchor, "status": s.status, "snoozed_until": _iso(s.snoozed_until)}
                for s in ReminderState.select().where(ReminderState.project == p)
            ],
        })
    events = [  # the history that belongs to no project any more (deleted projects, imports)
        {"at": _iso(e.at), "kind": e.kind, "data": json.loads(e.data or "{}")}
        for e in Event.select().where(Event.project.is_null()).order_by(Event.id)
    ]
    return {"format": FORMAT, "version": VERSION, "exported_at": _iso(now), "projects": projects,
            "events": events, "settings": settings.portable_values()}


def export_json(path: Path, now: datetime) -> None:
    _write_atomically(path, json.dumps(export_data(now), ensure_ascii=False, indent=2))


def export_csv(folder: Path, now: datetime) -> list[Path]:
    """projects.csv and messages.csv (the messages name their project by its row number)."""
    folder.mkdir(parents=True, exist_ok=True)
    data = export_data(now)
    projects_csv = folder / "projects.csv"
    messages_csv = folder / "messages.csv"
    rows = [[str(i + 1), *(_cell(p[f]) for f in PROJECT_FIELDS)] for i, p in enumerate(data["projects"])]
    _write_csv(projects_csv, ["project", *PROJECT_FIELDS], rows)
    mrows = [[str(i + 1), *(_cell(m[f]) for f in MESSAGE_FIELDS)] for i, p in enumerate(data["projects"]) for m in p["messages"]]
    _write_csv(messages_csv, ["project", *MESSAGE_FIELDS], mrows)
    return [projects_csv, messages_csv]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return csv_cell(str(value))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_QUOTED = re.compile(r"'*[=+\-@\t\r]")  # a formula start, possibly after apostrophes


def csv_cell(text: str) -> str:
    """The CSV cell for ``text``: a spreadsheet never runs it as a formula (see the module doc)."""
    return "'" + text if _QUOTED.match(text) else text


def csv_text(cell: str) -> str:
    """The text a CSV cell holds: :func:`csv_cell` undone (``csv_text(csv_cell(t)) == t``)."""
    return cell[1:] if cell.startswith("'") and _QUOTED.match(cell) else cell


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    _write_atomically(path, buffer.getvalue(), encoding="utf-8-sig")  # BOM: Excel opens Japanese right


def _write_atomically(path: Path, content: str, encoding: str = "utf-8") -> None:
    """Write under a temporary name, on the disk, then rename: ``path`` is the old file or the
    whole new one, and a failed write (a full disk) leaves nothing behind."""
    tmp = path.with_name(path.name + ".partial")
    try:
        with open(tmp, "w", encoding=encoding, newline="") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# --- import --------------------------------------------------------------------------------------


class _Sourced(dict[str, Any]):
    """A project or message read from a CSV file, with its place there. JSON never makes one, so a
    file cannot name the place of its own problems."""

    __slots__ = ("place",)

    def __init__(self, place: str, values: dict[str, Any]) -> None:
        super().__init__(values)
        self.place = place


def _place(item: Any, default: str) -> str:
    return item.place if isinstance(item, _Sourced) else default


def _time(value: Any, where: str, problems: list[str], *, required: bool = True,
          latest: datetime | None = None, ahead: str = "in the future") -> datetime | None:
    """An aware instant from the year 2000 on, and no later than ``latest`` (if given)."""
    if value in (None, ""):
        if required:
            problems.append(f"{where}: a date and time is required")
        return None
    if not isinstance(value, str):
        problems.append(f"{where}: expected an ISO date-time text, got {type(value).__name__}")
        return None
    try:
        result = ensure_utc(datetime.fromisoformat(value))
    except (ValueError, OverflowError) as exc:
        reason = str(exc) if len(str(exc)) <= 80 else "not ISO 8601"
        problems.append(f"{where}: {_shown(value)} is not a date-time with its time zone ({reason})")
        return None
    if result < repo.EARLIEST or result.year > 9000:
        problems.append(f"{where}: {_shown(value)} is out of range (before 2000 or after 9000)")
        return None
    if latest is not None and result > latest:
        problems.append(f"{where}: {_shown(value)} is {ahead}")
        return None
    return result


def _bool(value: Any, where: str, problems: list[str]) -> bool:
    if isinstance(value, bool):
        return value
    if value in ("true", "1", 1, "TRUE", "True"):
        return True
    if value in ("false", "0", 0, "", None, "FALSE", "False"):
        return False
    problems.append(f"{where}: {_shown(value)} is not true or false")
    return False


def _text(value: Any, where: str, problems: list[str]) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.append(f"{where}: expected text, got {type(value).__name__}")
        return ""
    return value


class _Repeated(dict[str, Any]):
    """A JSON object that had keys more than once (the last one would win): refused on load."""

    __slots__ = ("repeated",)

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        self.repeated = [key for key, n in Counter(k for k, _ in pairs).items() if n > 1]


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    values = dict(pairs)
    return values if len(values) == len(pairs) else _Repeated(pairs)


def _repeated_keys(data: Any) -> Iterator[str]:
    """Where each repeated key is: ``projects[0].messages[1]: the key 'at'`` (no recursion: files
    may nest deeply)."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            for key in getattr(node, "repeated", ()):
                yield f"{path or 'the top level'}: the key {_shown(key)}"
            for key, child in reversed(node.items()):
                if isinstance(child, dict | list):
                    name = key if key.isascii() and key.isidentifier() else f"[{_shown(key)}]"
                    stack.append((child, f"{path}.{name}" if path and not name.startswith("[") else f"{path}{name}"))
        elif isinstance(node, list):
            stack.extend((child, f"{path}[{i}]") for i, child in reversed(list(enumerate(node))) if isinstance(child, dict | list))


def load(path: Path) -> dict[str, Any]:
    """Read a JSON export, or a CSV export folder (projects.csv + messages.csv)."""
    if path.is_dir():
        return _load_csv(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")  # a byte order mark (Windows Notepad) is fine
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportProblems([f"{path}: cannot be read ({exc})"]) from exc
    try:
        data = json.loads(raw, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise ImportProblems([f"{path} line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"]) from exc
    except RecursionError as exc:
        raise ImportProblems([f"{path}: nested too deeply to be an export"]) from exc
    repeated = [f"{path} {where} appears more than once" for where in _repeated_keys(data)]
    if repeated:
        raise ImportProblems(repeated)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportProblems([f"{path}: not a Renraku Companion export (no \"format\": \"{FORMAT}\")"])
    version = data.get("version")
    if type(version) is not int or version != VERSION:  # True and 1.0 equal 1, but are no version
        raise ImportProblems([f"{path}: export format version {_shown(version)} is not supported (this app reads {VERSION})"])
    return data


def _read_csv(folder: Path, name: str, problems: list[str]) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The header and the rows (with their line numbers, cells as texts: :func:`csv_text`) of one
    CSV file. Structure problems (columns twice, rows of the wrong length) go to ``problems``; a file
    that is not CSV at all raises, naming the file and line."""
    header: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    line = 0
    with open(folder / name, encoding="utf-8-sig", newline="") as f:
        try:
            for cells in csv.reader(f, strict=True):  # strict: an unclosed quote is an error, not the rest of the file
                line += 1
                if line == 1:
                    header = cells
                    problems.extend(f"{name} line 1: the column {_shown(c)} appears more than once"
                                    for c, n in Counter(header).items() if n > 1)
                elif not cells:
                    continue  # a blank line
                elif len(cells) != len(header):
                    problems.append(f"{name} line {line}: wrong number of columns ({len(cells)}, the header has {len(header)})")
                else:
                    rows.append((line, {h: csv_text(c) for h, c in zip(header, cells, strict=True)}))
        except csv.Error as exc:
            raise ImportProblems([f"{name} line {line + 1}: not valid CSV ({exc})"]) from exc
    return header, rows


def _load_csv(folder: Path) -> dict[str, Any]:
    csv.field_size_limit(repo.MAX_TEXT + 1)  # the app allows texts longer than csv's default limit
    problems: list[str] = []
    projects: list[dict[str, Any]] = []
    by_number: dict[str, tuple[int, dict[str, Any]]] = {}
    try:
        header, rows = _read_csv(folder, "projects.csv", problems)
        for line, row in rows:
            item = _Sourced(f"projects.csv line {line}", {k: row.get(k) for k in PROJECT_FIELDS})
            item.update(messages=[], requests=[], events=[], reminders=[])
            number = row.get("project") or ""
            if number in by_number:
                problems.append(f"projects.csv line {line}, project: {_shown(number)} is already the number of line {by_number[number][0]}")
            elif number:
                by_number[number] = (line, item)
            projects.append(item)
        mheader, mrows = _read_csv(folder, "messages.csv", problems)
        if mrows and "project" not in mheader:
            problems.append("messages.csv line 1: the column 'project' is missing")
        elif mrows and "project" not in header:
            problems.append("projects.csv line 1: the column 'project' is missing (messages.csv names its projects by it)")
        else:
            for line, row in mrows:
                owner = by_number.get(row["project"])
                if owner is None:
                    problems.append(f"messages.csv line {line}, project: {_shown(row['project'])} is not a row of projects.csv")
                    continue
                owner[1]["messages"].append(_Sourced(f"messages.csv line {line}", {k: row.get(k) for k in MESSAGE_FIELDS}))
    except OSError as exc:
        raise ImportProblems([f"{folder}: {exc.strerror or exc} ({exc.filename})"]) from exc
    except UnicodeDecodeError as exc:
        raise ImportProblems([f"{folder}: the CSV files are not UTF-8 (in Excel, save as “CSV UTF-8”)"]) from exc
    if problems:
        raise ImportProblems(problems)
    return {"format": FORMAT, "version": VERSION, "projects": projects, "settings": {}}


@dataclass
class _Checked:
    """A file's content as it will be written, or the problems that keep it from being written."""

    projects: list[dict[str, Any]] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)  # the history of no project
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Limits:
    """How late the times of a file may be."""

    now: datetime
    past: datetime  # the latest time something that happened may have (a little clock skew)
    ahead: datetime  # the latest a snooze, a reminder's anchor or a start date may be

    @classmethod
    def at(cls, now: datetime) -> _Limits:
        return cls(now, now + repo.FUTURE_TOLERANCE, now + MAX_AHEAD)


LATER = "more than a year ahead"


def _validate(data: dict[str, Any], now: datetime) -> _Checked:
    checked = _Checked()
    problems = checked.problems
    limits = _Limits.at(now)
    projects = data.get("projects")
    if not isinstance(projects, list):
        return _Checked(problems=["projects: expected a list"])
    for i, p in enumerate(projects):
        project = _project(p, _place(p, f"projects[{i}]"), limits, problems)
        if project is not None:
            checked.projects.append(project)
    checked.settings = _settings(data.get("settings"), problems)
    raw_events = data.get("events")
    checked.events = _events(raw_events if isinstance(raw_events, list) else [], "events", limits, problems, stages=False)
    if raw_events is not None and not isinstance(raw_events, list):
        problems.append("events: expected a list")
    return checked


def _project(p: Any, where: str, limits: _Limits, problems: list[str]) -> dict[str, Any] | None:
    """One project of the file with everything it holds; None if it cannot be imported."""
    if not isinstance(p, dict):
        problems.append(f"{where}: expected an object")
        return None
    values = _project_values(p, where, _start_date(p.get("start_date"), where, limits, problems), problems)
    created = _time(p.get("created_at"), f"{where}, created_at", problems, required=False, latest=limits.past)
    for part in ("messages", "requests", "events", "reminders"):
        if p.get(part) is not None and not isinstance(p.get(part), list):
            problems.append(f"{where}, {part}: expected a list")
            p = {**p, part: []}
    messages = _messages(p.get("messages") or [], where, limits, problems)
    requests = _requests(p.get("requests") or [], where, limits, problems)
    events = _events(p.get("events") or [], f"{where}.events", limits, problems, stages=True)
    reminders = _reminders(p.get("reminders") or [], where, limits, problems)
    answers = _answers(p, where, limits, problems)
    open_ones = [r for r in requests if r["status"] in OPEN_REQUEST_STATUSES]
    if len(open_ones) > 1:
        problems.append(
            f"{where}, requests: {len(open_ones)} reminder requests are open (pending or past their deadline); "
            "the platform allows only one at a time per project"
        )
    if values is None:
        return None
    return {"values": values, "archived": _bool(p.get("archived"), f"{where}, archived", problems),
            "created_at": created, "messages": messages, "requests": requests, "events": events,
            "reminders": reminders, "answers": answers}


def _answers(p: dict[str, Any], where: str, limits: _Limits, problems: list[str]) -> dict[str, Any]:
    """What the user told the app about the project (files of format version 1 may lack them)."""
    answers: dict[str, Any] = {}
    wants = p.get("wants_to_continue")
    if wants is not None:
        if isinstance(wants, bool):
            answers["wants_to_continue"] = wants
        else:
            problems.append(f"{where}, wants_to_continue: {_shown(wants)} is not true, false or null")
    for name in ("stage_entered_at", "counterparty_last_seen_at"):
        if p.get(name) is not None:
            when = _time(p.get(name), f"{where}, {name}", problems, required=False, latest=limits.past)
            if when is not None:
                answers[name] = when
    language = p.get("text_language")
    if language is not None:
        if language in repo.TEXT_LANGUAGES:
            answers["text_language"] = language
        else:
            problems.append(f"{where}, text_language: {_shown(language)} is not one of \"\", ja, en")
    return answers


def _start_date(raw: Any, where: str, limits: _Limits, problems: list[str]) -> date | None:
    if raw in (None, ""):
        return None
    try:
        if not isinstance(raw, str):
            raise ValueError
        start_date = date.fromisoformat(raw)
    except ValueError:
        problems.append(f"{where}, start_date: {_shown(raw)} is not a date (YYYY-MM-DD)")
        return None
    if not repo.EARLIEST.date() <= start_date <= limits.ahead.date():
        problems.append(f"{where}, start_date: {_shown(raw)} is before 2000 or {LATER}")
        return None
    return start_date


def _project_values(p: dict[str, Any], where: str, start_date: date | None, problems: list[str]) -> dict[str, Any] | None:
    """The project's own fields, validated as when typed in the app."""
    amount = p.get("amount")
    try:
        return repo.validate_project(ProjectInput(
            title=_text(p.get("title"), f"{where}, title", problems),
            platform=_text(p.get("platform") or "lancers", f"{where}, platform", problems),
            role=_text(p.get("role") or "worker", f"{where}, role", problems),
            counterparty=_text(p.get("counterparty"), f"{where}, counterparty", problems),
            contract_type=_text(p.get("contract_type") or "project_fixed", f"{where}, contract_type", problems),
            stage=_text(p.get("stage") or "contracted", f"{where}, stage", problems),
            plan_change_pending=_bool(p.get("plan_change_pending"), f"{where}, plan_change_pending", problems),
            url=_text(p.get("url"), f"{where}, url", problems),
            amount="" if amount is None else str(amount),
            currency=_text(p.get("currency") or "JPY", f"{where}, currency", problems),
            start_date=start_date,
            notes=_text(p.get("notes"), f"{where}, notes", problems),
        ))
    except ValidationError as err:
        problems.append(f"{where}, {err.field}: {err.message}")
        return None


def _messages(items: list[Any], where: str, limits: _Limits, problems: list[str]) -> list[dict[str, Any]]:
    messages = []
    for j, m in enumerate(items):
        mwhere = _place(m, f"{where}.messages[{j}]")
        if not isinstance(m, dict):
            problems.append(f"{mwhere}: expected an object")
            continue
        at = _time(m.get("at"), f"{mwhere}, at", problems)
        read_at = _time(m.get("read_at"), f"{mwhere}, read_at", problems, required=False)
        if at is None:
            continue
        try:
            messages.append(repo.validate_message(MessageInput(
                at=at,
                direction=_text(m.get("direction"), f"{mwhere}, direction", problems),
                channel=_text(m.get("channel") or "platform", f"{mwhere}, channel", problems),
                text=_text(m.get("text"), f"{mwhere}, text", problems),
                no_reply_needed=_bool(m.get("no_reply_needed"), f"{mwhere}, no_reply_needed", problems),
                read_state=_text(m.get("read_state") or "unknown", f"{mwhere}, read_state", problems),
                read_at=read_at,
            ), limits.now))
        except ValidationError as err:
            problems.append(f"{mwhere}, {err.field}: {err.message}")
    return messages


def _requests(items: list[Any], where: str, limits: _Limits, problems: list[str]) -> list[dict[str, Any]]:
    requests = []
    for j, r in enumerate(items):
        rwhere = f"{where}.requests[{j}]"
        if not isinstance(r, dict) or r.get("side") not in REQUEST_SIDES or r.get("status") not in REQUEST_STATUSES:
            problems.append(f"{rwhere}: needs a side ({', '.join(REQUEST_SIDES)}) and a status ({', '.join(REQUEST_STATUSES)})")
            continue
        filed = _time(r.get("filed_at"), f"{rwhere}, filed_at", problems, latest=limits.past)
        closed = _time(r.get("closed_at"), f"{rwhere}, closed_at", problems, required=False, latest=limits.past)
        route = r.get("route") or ""
        if not isinstance(route, str) or len(route) > 64:
            problems.append(f"{rwhere}, route: {_shown(route)} is not a route code")
            route = ""
        if filed:
            requests.append({"side": r["side"], "filed_at": filed, "status": r["status"], "closed_at": closed,
                             "auto_answered": _bool(r.get("auto_answered"), f"{rwhere}, auto_answered", problems),
                             "route": route})
    return requests


def _events(items: list[Any], prefix: str, limits: _Limits, problems: list[str], *, stages: bool) -> list[dict[str, Any]]:
    """History events (``stages``: a project's, where a stage change must name both stages)."""
    events = []
    for j, e in enumerate(items):
        ewhere = f"{prefix}[{j}]"
        if not isinstance(e, dict) or not isinstance(e.get("kind"), str) or not isinstance(e.get("data", {}), dict):
            problems.append(f"{ewhere}: needs a kind (text) and data (an object)")
            continue
        if stages and e["kind"] == "stage_changed" and not all(isinstance(e["data"].get(k), str) for k in ("old", "new")):
            problems.append(f"{ewhere}: a stage change needs old and new stages as text")
            continue
        at = _time(e.get("at"), f"{ewhere}, at", problems, latest=limits.past)
        if at:
            events.append({"at": at, "kind": e["kind"], "data": json.dumps(e.get("data", {}), ensure_ascii=False, sort_keys=True)})
    return events


def _reminders(items: list[Any], where: str, limits: _Limits, problems: list[str]) -> list[dict[str, Any]]:
    reminders = []
    for j, s in enumerate(items):
        swhere = f"{where}.reminders[{j}]"
        if (not isinstance(s, dict) or s.get("status") not in repo.REMINDER_STATUSES or not isinstance(s.get("kind"), str)
                or not isinstance(s.get("anchor"), str)):
            problems.append(f"{swhere}: needs kind, anchor and a status ({', '.join(repo.REMINDER_STATUSES)})")
            continue
        # the anchor names the instant that armed the reminder (a daily one: days after a filing)
        anchor = _time(s["anchor"], f"{swhere}, anchor", problems, latest=limits.ahead, ahead=LATER)
        until = _time(s.get("snoozed_until"), f"{swhere}, snoozed_until", problems, required=False, latest=limits.ahead, ahead=LATER)
        if anchor:
            reminders.append({"kind": s["kind"], "anchor": anchor.isoformat(), "status": s["status"], "snoozed_until": until})
    return reminders


def _settings(raw: Any, problems: list[str]) -> dict[str, Any]:
    """The file's settings that the dialog shows, checked against their declarations; the others
    (unknown, or internal to the machine that exported them) are not imported."""
    raw = raw or {}
    if not isinstance(raw, dict):
        problems.append("settings: expected an object")
        return {}
    clean = {}
    for key, value in raw.items():
        declaration = settings.DECLARED.get(key)
        if declaration is None or not declaration.user_visible:
            continue
        why = settings.problem(key, value)
        if why is not None:
            problems.append(f"settings, {key}: {_shown(value)} {why}")
            continue
        clean[key] = value
    return clean


def import_data(data: dict[str, Any], now: datetime, *, dry_run: bool = False) -> ImportSummary:
    now = ensure_utc(now)
    checked = _validate(data, now)
    if checked.problems:
        raise ImportProblems(checked.problems)
    summary = ImportSummary(dry_run=dry_run)
    taken: set[int] = set()  # projects of this import: each matched or made by one item of the file
    with database_proxy.atomic() as tx:
        problems: list[str] = []
        for i, p in enumerate(checked.projects):
            problem = _import_project(p, now, taken, summary)
            if problem:
                problems.append(f"projects[{i}] ({_brief(p['values']['title'], 60)}): {problem}")
        if problems:  # nothing of the file is kept
            tx.rollback()
            raise ImportProblems(problems)
        _add_events(None, checked.events, summary)
        for name, value in checked.settings.items():
            settings.set_setting(name, value)
        if summary.projects_added or summary.messages_added:
            Event.create(project=None, at=now, kind="data_imported", data=json.dumps({"summary": summary.text()}))
        if dry_run:
            tx.rollback()
    return summary


def _import_project(p: dict[str, Any], now: datetime, taken: set[int], summary: ImportSummary) -> str | None:
    """Add one project of the file, or what it has that the same project here has not, with the
    same effects as in the window (a reply answers a pending request). Returns why the result
    cannot be kept (two open requests), or None."""
    v = p["values"]
    thread = Counter(_message_key(m) for m in p["messages"])
    found = _already_there(v, p["created_at"], thread, taken)
    if found is None:
        # a file without the stage time (older exports): the latest stage change it records, else
        # the project's creation, as the v7 migration does
        changes = [e["at"] for e in p["events"] if e["kind"] == "stage_changed"]
        answers = {"stage_entered_at": max(changes, default=p["created_at"]), **p["answers"]}
        project = Project.create(**v, **answers, archived=p["archived"], created_at=p["created_at"] or now,
                                 updated_at=now)
        have: Counter[tuple[Any, ...]] = Counter()
        summary.projects_added += 1
    else:
        project, have = found
        summary.projects_existing += 1
        gaps = {name: value for name, value in p["answers"].items() if getattr(project, name) in (None, "")}
        if gaps:  # an answer given here is kept; the file fills gaps
            Project.update(**gaps).where(Project.id == project.id).execute()
    taken.add(project.id)
    # Idempotent but faithful: a message is added as many times as the file has it, minus
    # the copies already here (two identical follow-ups stay two).
    for m in p["messages"]:
        k = _message_key(m)
        if have[k] > 0:
            have[k] -= 1
            continue
        Message.create(project=project, created_at=now, **m)
        summary.messages_added += 1
    _merge_requests(project, p["requests"], p["events"], now, summary)
    _add_events(project, p["events"], summary)
    for s in p["reminders"]:
        if ReminderState.get_or_none((ReminderState.project == project) & (ReminderState.kind == s["kind"]) & (ReminderState.anchor == s["anchor"])) is None:
            ReminderState.create(project=project, updated_at=now, **s)
    repo.answer_requests(project, now)  # a platform reply in the messages clears a pending request
    still_open = ReminderRequest.select().where(
        (ReminderRequest.project == project) & ReminderRequest.status.in_(OPEN_REQUEST_STATUSES)
    ).count()
    if still_open > 1:
        return (f"the import would leave {still_open} reminder requests open on this project (one here, another in "
                "the file); the platform allows only one at a time: close one of them first")
    return None


def _merge_requests(project: Project, requests: list[dict[str, Any]], events: list[dict[str, Any]], now: datetime,
                    summary: ImportSummary) -> None:
    """Add the file's requests; a request that is here already takes the file's outcome when the
    file knows more (it is closed there and still open here), never the other way round, and the
    project's stage follows that outcome as in the window (the file's own stage change, if it has
    one, is its history)."""
    for r in requests:
        here = ReminderRequest.get_or_none(
            (ReminderRequest.project == project) & (ReminderRequest.side == r["side"]) & (ReminderRequest.filed_at == r["filed_at"])
        )
        if here is None:
            ReminderRequest.create(project=project, **r)
            summary.requests_added += 1
        elif here.status in OPEN_REQUEST_STATUSES and r["status"] not in OPEN_REQUEST_STATUSES:
            here.status, here.closed_at, here.auto_answered = r["status"], r["closed_at"], r["auto_answered"]
            here.save()
            summary.requests_updated += 1
            target = repo.STAGE_AFTER.get(r["status"])
            recorded = any(e["kind"] == "stage_changed" and _event_data(e).get("new") == target for e in events)
            repo.apply_outcome_stage(project, r["status"], now, history=not recorded)
        elif here.status == "pending" and r["status"] == "deadline_passed":
            here.status = "deadline_passed"
            here.save()
            summary.requests_updated += 1


def _add_events(project: Project | None, events: list[dict[str, Any]], summary: ImportSummary) -> None:
    """The events of a project (None: of no project) that are not there yet, as many times as given."""
    query = Event.select().where(Event.project.is_null() if project is None else Event.project == project)
    seen = Counter((to_db_time(e.at), e.kind, _same_data(e.data)) for e in query)
    for e in events:
        k = (to_db_time(e["at"]), e["kind"], _same_data(e["data"]))
        if seen[k] > 0:
            seen[k] -= 1
            continue
        Event.create(project=project, **e)
        summary.events_added += 1


def _event_data(e: dict[str, Any]) -> dict[str, Any]:
    try:
        data = json.loads(e["data"]) if isinstance(e["data"], str) else e["data"]
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _same_data(raw: str) -> str:
    """An event's details in one spelling (keys sorted), whoever wrote them: the app writes its
    keys in its own order, an import sorted, and the same event must be recognised either way."""
    try:
        return json.dumps(json.loads(raw), sort_keys=True, ensure_ascii=False)
    except ValueError:
        return raw


def _message_key(m: dict[str, Any]) -> tuple[Any, ...]:
    return (to_db_time(m["at"]), m["direction"], m["channel"], m["text"])


def _already_there(values: dict[str, Any], created_at: datetime | None, thread: Counter[tuple[Any, ...]],
                   taken: set[int]) -> tuple[Project, Counter[tuple[Any, ...]]] | None:
    """The existing project a project of the file is (the rule is in the module doc), with the
    messages it holds; None: it is a new project."""
    query = Project.select().where((Project.title == values["title"]) & (Project.platform == values["platform"])
                                   & (Project.counterparty == values["counterparty"]))
    if created_at is not None:
        query = query.where(Project.created_at == created_at)
    best: tuple[Project, Counter[tuple[Any, ...]]] | None = None
    best_shared = -1
    for candidate in query.order_by(Project.id):
        if candidate.id in taken:
            continue
        rows: Any = Message.select(Message.at, Message.direction, Message.channel, Message.text).where(
            Message.project == candidate).tuples()
        have: Counter[tuple[Any, ...]] = Counter((to_db_time(r[0]), r[1], r[2], r[3]) for r in rows)
        shared = sum((have & thread).values())
        if created_at is None and not (shared or not (thread or have)):
            continue  # same title, but none of its messages: another job
        if shared > best_shared:
            best, best_shared = (candidate, have), shared
    return best


def import_path(path: Path, now: datetime, *, dry_run: bool = False) -> ImportSummary:
    return import_data(load(path), now, dry_run=dry_run)

