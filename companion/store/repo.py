"""Everything that reads or writes projects and messages, with validation and history.

Each write is one short transaction that also appends to the event history, so the history and
the data can never disagree. Validation happens before anything is written: bad input raises
:class:`ValidationError` naming the field and leaves the database untouched.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from companion.model.clock import ensure_utc

# Re-exported: repo stays the one front door for callers that read and write.
from companion.model.errors import NotFoundError, StorageError, ValidationError, storage_error  # noqa: F401
from companion.model.policy import formal_action
from companion.model.reminders import ProjectFacts, StoredState
from companion.model.rules import pack_for
from companion.model.timers import DEFAULT_THRESHOLDS, Thresholds
from companion.model.vocab import (
    CHANNELS,
    CONTRACT_TYPES,
    DIRECTIONS,
    PLATFORMS,
    READ_STATES,
    ROLES,
    STAGES,
    from_db_time,  # noqa: F401 (re-exported)
    to_db_time,
)
from companion.store import reads
from companion.store.connection import database_proxy
from companion.store.models import Event, Message, Project, ReminderRequest, ReminderState
from companion.store.reads import (  # noqa: F401
    OPEN_REQUEST_STATUSES,
    ProjectRow,
    is_safe_url,
    open_requests,
    project_count,
    project_overview,
    timeline,
)
from companion.store.settings import (  # noqa: F401 (re-exported: the settings live in settings.py)
    get_setting,
    reminder_settings,
    set_setting,
    thresholds_from_settings,
)

FUTURE_TOLERANCE = timedelta(minutes=1)
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)  # no crowdsourcing message is older; catches typos
LATEST_START = date(2999, 12, 31)
MAX_TEXT = 1_000_000


@dataclass
class ProjectInput:
    title: str
    platform: str = "lancers"
    role: str = "worker"
    counterparty: str = ""
    contract_type: str = "project_fixed"
    stage: str = "contracted"
    plan_change_pending: bool = False
    url: str = ""
    amount: str = ""
    currency: str = "JPY"
    start_date: date | None = None
    notes: str = ""


# The language of the texts to the counterparty and support: '' (the platform's), ja, en.
TEXT_LANGUAGES = ("", "ja", "en")


@dataclass
class MessageInput:
    at: datetime
    direction: str
    channel: str = "platform"
    text: str = ""
    no_reply_needed: bool = False
    read_state: str = "unknown"
    read_at: datetime | None = None


def _choice(field_name: str, value: str, allowed: Sequence[str]) -> None:
    if value not in allowed:
        raise ValidationError(field_name, "invalid_choice", f"{value!r} is not one of {', '.join(allowed)}")


# What people type around an amount: the yen sign and 円, the dollar sign, a currency code, the
# thousands separators and spaces (full-width forms are folded to these first, by NFKC).
_AMOUNT_NOISE = re.compile(r"[\s,¥$円]|JPY|USD|US|税込|税抜", re.IGNORECASE)


def parse_amount(text: str) -> Decimal | None:
    """An amount as typed: "30000", "30,000円", "３０，０００", "¥30,000", "$1,200.50"."""
    cleaned = _AMOUNT_NOISE.sub("", unicodedata.normalize("NFKC", text))
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError("amount", "not_a_number", f"{text!r} is not a number") from None
    if not value.is_finite() or value < 0 or value >= Decimal("1e14"):
        raise ValidationError("amount", "out_of_range", f"{text!r} must be between 0 and 10^14")
    return value.quantize(Decimal("0.01"))


def validate_project(data: ProjectInput) -> dict[str, Any]:
    """Return the clean column values, or raise ValidationError on the first bad field."""
    title = data.title.strip()
    if not title:
        raise ValidationError("title", "required", "the title is empty")
    for name in ("title", "counterparty", "notes", "url"):
        if len(getattr(data, name)) > MAX_TEXT:
            raise ValidationError(name, "too_long", f"longer than {MAX_TEXT} characters")
    _choice("platform", data.platform, PLATFORMS)
    _choice("role", data.role, ROLES)
    _choice("contract_type", data.contract_type, CONTRACT_TYPES)
    _choice("stage", data.stage, STAGES)
    if data.start_date is not None and not EARLIEST.date() <= data.start_date <= LATEST_START:
        # (a start in the year 9999 made the 取引期限 arithmetic overflow)
        raise ValidationError("start_date", "date_out_of_range", f"{data.start_date} is not between 2000 and 2999")
    url = data.url.strip()
    if url and not is_safe_url(url):
        raise ValidationError("url", "bad_url", f"{url!r} is not an http:// or https:// address")
    currency = data.currency.strip().upper() or "JPY"
    if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        raise ValidationError("currency", "bad_currency", f"{data.currency!r} is not a 3-letter currency code")
    return {
        "title": title,
        "platform": data.platform,
        "role": data.role,
        "counterparty": data.counterparty.strip(),
        "contract_type": data.contract_type,
        "stage": data.stage,
        "plan_change_pending": bool(data.plan_change_pending),
        "url": url,
        "amount": parse_amount(data.amount),
        "currency": currency,
        "start_date": data.start_date,
        "notes": data.notes,
    }


def validate_message(data: MessageInput, now: datetime, *, stored_at: datetime | None = None) -> dict[str, Any]:
    """``stored_at``: the time the message already has. Kept as it is, it is accepted even if it
    lies in the future (logged while the clock was wrong), so the message stays editable."""
    at = ensure_utc(data.at)
    kept = stored_at is not None and abs(at - ensure_utc(stored_at)) < timedelta(minutes=1)  # (a form shows minutes)
    if at > ensure_utc(now) + FUTURE_TOLERANCE and not kept:
        raise ValidationError("at", "in_future", "the message time is in the future")
    if at < EARLIEST:
        raise ValidationError("at", "too_old", "the message time is before the year 2000")
    _choice("direction", data.direction, DIRECTIONS)
    _choice("channel", data.channel, CHANNELS)
    _choice("read_state", data.read_state, READ_STATES)
    if len(data.text) > MAX_TEXT:
        raise ValidationError("text", "too_long", f"longer than {MAX_TEXT} characters")
    read_state = data.read_state if data.direction == "out" else "unknown"
    read_at = ensure_utc(data.read_at) if (data.read_at and read_state == "read") else None
    if read_at is not None:
        if read_at < at:
            raise ValidationError("read_at", "read_before_sent", "a message cannot be read before it was sent")
        if read_at > ensure_utc(now) + FUTURE_TOLERANCE:
            raise ValidationError("read_at", "in_future", "the read time is in the future")
    return {
        "at": at,
        "direction": data.direction,
        "channel": data.channel,
        "text": data.text,
        "no_reply_needed": bool(data.no_reply_needed) and data.direction == "in",
        "read_state": read_state,
        "read_at": read_at,
    }


# A neutral, valid value per field: a form's problems are collected by validating again with each
# bad field replaced by its neutral value, so the checks stay written once, in the validators.
_NEUTRAL_PROJECT: dict[str, Any] = {
    "title": "x", "counterparty": "", "notes": "", "url": "", "amount": "", "currency": "JPY", "start_date": None,
    "platform": PLATFORMS[0], "role": ROLES[0], "contract_type": CONTRACT_TYPES[0], "stage": STAGES[0],
}
_NEUTRAL_MESSAGE: dict[str, Any] = {
    "text": "", "read_at": None, "direction": DIRECTIONS[0], "channel": CHANNELS[0], "read_state": READ_STATES[0],
}


def _all_problems(check: Any, data: Any, neutral: Mapping[str, Any]) -> list[ValidationError]:
    problems: list[ValidationError] = []
    while True:
        try:
            check(data)
        except ValidationError as err:
            problems.append(err)
            if err.field not in neutral or sum(p.field == err.field for p in problems) > 1:
                return problems  # (a field that cannot be neutralised: stop at it)
            data = replace(data, **{err.field: neutral[err.field]})
        else:
            return problems


def project_problems(data: ProjectInput) -> list[ValidationError]:
    """Every bad field of ``data``, one error each ([] if it is valid): :func:`validate_project`
    stops at the first, a form marks them all at once."""
    return _all_problems(validate_project, data, _NEUTRAL_PROJECT)


def message_problems(data: MessageInput, now: datetime, *, stored_at: datetime | None = None) -> list[ValidationError]:
    """Every bad field of a message, as :func:`project_problems` (the time, if bad, is then
    taken as ``now`` to check the rest)."""
    neutral = {**_NEUTRAL_MESSAGE, "at": now}
    return _all_problems(lambda d: validate_message(d, now, stored_at=stored_at), data, neutral)


def _event(project: Project | int | None, kind: str, now: datetime, **data: Any) -> None:
    # The project's id is also kept in the data: the column is cleared if the project is deleted.
    if project is not None:
        data.setdefault("project_id", project if isinstance(project, int) else project.id)
    Event.create(project=project, at=now, kind=kind, data=json.dumps(data, ensure_ascii=False, default=str))


def _message_snapshot(message: Message) -> dict[str, Any]:
    return {
        "at": to_db_time(message.at),
        "direction": message.direction,
        "channel": message.channel,
        "text": message.text,
        "no_reply_needed": message.no_reply_needed,
        "read_state": message.read_state,
        "read_at": to_db_time(message.read_at) if message.read_at else None,
    }


def get_project(project_id: int) -> Project:
    project = Project.get_or_none(Project.id == project_id)
    if project is None:
        raise NotFoundError(f"project {project_id} does not exist")
    return project


def create_project(data: ProjectInput, now: datetime) -> Project:
    values = validate_project(data)
    now = ensure_utc(now)
    with database_proxy.atomic():
        # when it entered its stage is not known (it may have been long before it was added):
        # the platforms' clocks wait for it (set_stage_entered_at), rather than start now
        project = Project.create(**values, created_at=now, updated_at=now, stage_entered_at=None)
        _event(project, "project_created", now, title=project.title, stage=project.stage)
    return project


def update_project(project_id: int, data: ProjectInput, now: datetime) -> Project:
    values = validate_project(data)
    now = ensure_utc(now)
    with database_proxy.atomic():
        project = get_project(project_id)
        changed = {
            k: v for k, v in values.items() if _comparable(getattr(project, k)) != _comparable(v)
        }
        if not changed:
            return project
        old_stage = project.stage
        for k, v in changed.items():
            setattr(project, k, v)
        if "stage" in changed:
            project.stage_entered_at = now  # (the user may correct it: set_stage_entered_at)
        project.updated_at = now
        project.save()
        if "stage" in changed:
            _event(project, "stage_changed", now, old=old_stage, new=project.stage)
        other = sorted(set(changed) - {"stage"})
        if other:
            _event(project, "project_edited", now, fields=other)
    return project


def _comparable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return value.quantize(Decimal("0.01"))
    return value


def set_archived(project_id: int, archived: bool, now: datetime) -> None:
    now = ensure_utc(now)
    with database_proxy.atomic():
        project = get_project(project_id)
        if project.archived == archived:
            return
        project.archived = archived
        project.updated_at = now
        project.save()
        _event(project, "project_archived" if archived else "project_unarchived", now)


def delete_project(project_id: int, now: datetime) -> None:
    now = ensure_utc(now)
    with database_proxy.atomic():
        project = get_project(project_id)
        title = project.title
        project.delete_instance()
        _event(None, "project_deleted", now, project_id=project_id, title=title)


def log_message(project_id: int, data: MessageInput, now: datetime) -> Message:
    values = validate_message(data, now)
    now = ensure_utc(now)
    with database_proxy.atomic():
        project = get_project(project_id)
        message = Message.create(project=project, created_at=now, **values)
        _event(
            project,
            "message_logged",
            now,
            message_id=message.id,
            direction=message.direction,
            channel=message.channel,
            at=to_db_time(message.at),
        )
        _answer_requests(project, message, now)
        _touch(project, now)
    return message


def answer_requests(project: Project, now: datetime) -> None:
    """Bring the project's requests in step with its messages (import and merge use it too)."""
    _answer_requests(project, None, now)


def _answer_requests(project: Project, message: Message | None, now: datetime) -> None:
    """Keep requests in step with the messages: the platform clears a 連絡催促申請 as soon as the
    side it was filed against writes in the messages. A request cleared that way is reopened if
    its answering message is deleted or moved before the filing."""
    pack = pack_for(project.platform)
    for req in ReminderRequest.select().where(ReminderRequest.project == project):
        if not pack.cleared_by_reply(req.route):
            continue  # settled on the platform (accepted or disputed), not by a message
        answering_side = "out" if req.side == "counterparty" else "in"
        answered = (
            Message.select()
            .where(
                (Message.project == project)
                & (Message.direction == answering_side)
                & (Message.channel != "offplatform")
                & (Message.at >= req.filed_at)
            )
            .exists()
        )
        if req.status in OPEN_REQUEST_STATUSES and answered:  # (also one past its deadline)
            req.status, req.closed_at, req.auto_answered = "answered", now, True
            req.save()
            _event(project, "request_updated", now, side=req.side, status="answered", automatic=True)
        elif req.status == "answered" and req.auto_answered and not answered:
            req.status, req.closed_at, req.auto_answered = "pending", None, False
            req.save()
            _event(project, "request_updated", now, side=req.side, status="pending", automatic=True)


def update_message(message_id: int, data: MessageInput, now: datetime) -> Message:
    now = ensure_utc(now)
    with database_proxy.atomic():
        message = Message.get_or_none(Message.id == message_id)
        if message is None:
            raise NotFoundError(f"message {message_id} does not exist")
        values = validate_message(data, now, stored_at=message.at)
        before = _message_snapshot(message)
        for k, v in values.items():
            setattr(message, k, v)
        message.save()
        _event(message.project_id, "message_edited", now, message_id=message_id, before=before, after=_message_snapshot(message))
        _answer_requests(message.project, message, now)
        _touch(message.project, now)
    return message


def set_latest_read_state(project_id: int, read_state: str, now: datetime) -> Message | None:
    """What the user sees on the platform for their latest message (既読 / 未読), told to the
    wizard: kept on that message (the latest one sent on the platform), so every view agrees.
    None if there is no such message."""
    _choice("read_state", read_state, READ_STATES)
    now = ensure_utc(now)
    with database_proxy.atomic():
        message: Message | None = (
            Message.select()
            .where((Message.project == project_id) & (Message.direction == "out") & (Message.channel != "offplatform"))
            .order_by(Message.at.desc(), Message.id.desc())
            .first()
        )
        if message is None or message.read_state == read_state:
            return message
        before = _message_snapshot(message)
        message.read_state = read_state
        if read_state != "read":
            message.read_at = None
        message.save()
        _event(message.project_id, "message_edited", now, message_id=message.id, before=before,
               after=_message_snapshot(message))
        _touch(get_project(project_id), now)
    return message


def mark_read(message_id: int, read_at: datetime, now: datetime) -> Message:
    now = ensure_utc(now)
    with database_proxy.atomic():
        message = Message.get_or_none(Message.id == message_id)
        if message is None:
            raise NotFoundError(f"message {message_id} does not exist")
        if message.direction != "out":
            raise ValidationError("read_at", "not_sent", "only messages you sent have a read state")
        data = MessageInput(
            at=message.at,
            direction="out",
            channel=message.channel,
            text=message.text,
            read_state="read",
            read_at=read_at,
        )
        values = validate_message(data, now)
        message.read_state = "read"
        message.read_at = values["read_at"]
        message.save()
        _event(message.project_id, "message_read", now, message_id=message_id, read_at=to_db_time(message.read_at))
        _touch(message.project, now)
    return message


def delete_message(message_id: int, now: datetime) -> None:
    now = ensure_utc(now)
    with database_proxy.atomic():
        message = Message.get_or_none(Message.id == message_id)
        if message is None:
            raise NotFoundError(f"message {message_id} does not exist")
        project = message.project
        snapshot = _message_snapshot(message)
        message.delete_instance()
        _event(project, "message_deleted", now, message_id=message_id, message=snapshot)
        _answer_requests(project, None, now)
        _touch(project, now)


def _touch(project: Project, now: datetime) -> None:
    Project.update(updated_at=now).where(Project.id == project.id).execute()


# --- Reading: the overview -------------------------------------------------------------------


CLOSING_STATUSES = ("answered", "deadline_passed", "payment_confirmed", "escrow_cancelled", "withdrawn")
# Resolving a request moves the project to the stage the platform's decision implies.
STAGE_AFTER = {"payment_confirmed": "paid", "escrow_cancelled": "cancelled"}


def record_request(
    project_id: int, side: str, filed_at: datetime, now: datetime, route: str = "",
) -> ReminderRequest:
    """Record a formal request (Lancers' 連絡催促申請, or another of the platform's routes:
    ``route``, a Route.code of its rule pack; '' = its main one) filed by the user ("user") or
    against them ("counterparty").

    The platform allows one pending request per project (by either side), so a second is refused.
    """
    now = ensure_utc(now)
    filed_at = ensure_utc(filed_at)
    if side not in ("user", "counterparty"):
        raise ValidationError("side", "invalid_choice", f"{side!r} is not user or counterparty")
    if filed_at > now + FUTURE_TOLERANCE:
        raise ValidationError("filed_at", "in_future", "the filing time is in the future")
    if filed_at < EARLIEST:
        raise ValidationError("filed_at", "too_old", "the filing time is before the year 2000")
    with database_proxy.atomic():
        project = get_project(project_id)
        if route and route not in {r.code for r in pack_for(project.platform).routes}:
            raise ValidationError("route", "invalid_choice", f"{route!r} is not a route of {project.platform}")
        if open_requests(project_id):
            raise ValidationError("filed_at", "request_open", "a reminder request is already open for this project")
        req = ReminderRequest.create(project=project, side=side, filed_at=filed_at, route=route)
        _event(project, "request_filed", now, side=side, filed_at=to_db_time(filed_at), route=route)
        _answer_requests(project, None, now)  # recorded late: an answer already logged clears it
        _touch(project, now)
    return ReminderRequest.get_by_id(req.id)


def close_request(request_id: int, status: str, now: datetime, *, answered_at: datetime | None = None) -> ReminderRequest:
    """Record what became of a request: they answered, the deadline passed (support reviews), or
    support decided (payment confirmed / escrow cancelled), or it was withdrawn.

    "answered" is a reply in the messages: it is logged as one (on the platform, from the side
    the request was against, at ``answered_at``, default now), so the silence, the unanswered
    count, the next step and the evidence report all agree; deleting that message reopens the
    request, as for any answer."""
    now = ensure_utc(now)
    _choice("status", status, CLOSING_STATUSES)
    with database_proxy.atomic():
        req = ReminderRequest.get_or_none(ReminderRequest.id == request_id)
        if req is None:
            raise NotFoundError(f"reminder request {request_id} does not exist")
        if req.status not in OPEN_REQUEST_STATUSES:
            raise ValidationError("status", "request_closed", "this request is already closed")
        if status == "answered":
            return _answer_with_message(req, answered_at or now, now)
        problem = outcome_problem(req, req.project.stage, status, now)
        if problem:
            raise ValidationError("status", problem, f"{status} is not possible for this request now")
        req.status = status
        req.closed_at = None if status == "deadline_passed" else now
        req.save()
        project = req.project
        _event(project, "request_updated", now, side=req.side, status=status)
        if not apply_outcome_stage(project, status, now):
            _touch(project, now)
    return req


def apply_outcome_stage(project: Project, status: str, now: datetime, *, history: bool = True) -> bool:
    """The stage a request's outcome moves the project to (support confirmed the payment: paid;
    cancelled the escrow: cancelled), with its history event unless the caller brings it (an
    import does); True if the stage changed."""
    new_stage = STAGE_AFTER.get(status)
    if not new_stage or project.stage == new_stage:
        return False
    if history:
        _event(project, "stage_changed", now, old=project.stage, new=new_stage)
    project.stage = new_stage
    project.updated_at = now
    project.save()
    return True


def _answer_with_message(req: ReminderRequest, at: datetime, now: datetime) -> ReminderRequest:
    at = ensure_utc(at)
    if at < ensure_utc(req.filed_at):
        raise ValidationError("at", "answer_before_filing", "the answer cannot come before the request was filed")
    if at > ensure_utc(now) + FUTURE_TOLERANCE:
        raise ValidationError("at", "in_future", "the answer's time is in the future")
    if not pack_for(req.project.platform).cleared_by_reply(req.route):
        # settled on the platform (accepted or disputed), not by a message: recorded as such
        req.status, req.closed_at, req.auto_answered = "answered", at, False
        req.save()
        _event(req.project, "request_updated", now, side=req.side, status="answered")
        _touch(req.project, now)
        return req
    direction = "out" if req.side == "counterparty" else "in"
    log_message(req.project_id, MessageInput(at=at, direction=direction, channel="platform"), now)
    answered = ReminderRequest.get_by_id(req.id)
    if answered.status != "answered":  # (log_message answers it; this is the safety net)
        raise ValidationError("status", "not_answered", "the request could not be marked answered")
    return answered


def outcome_problem(req: Any, stage: str, status: str, now: datetime, platform: str | None = None) -> str | None:
    """Why an outcome cannot be recorded (a code), or None. The platform's rules decide: the
    deadline passes when the route's clock ends (Lancers: 7 days after filing); support confirms
    the payment only after a completion report, and cancels the escrow only before one.
    ``req``: the stored request or its RequestRecord; ``platform``: the project's (read from the
    request's project when not given)."""
    platform = platform or req.project.platform
    route = pack_for(platform).route(req.route or None)
    deadline = route.deadline_at(ensure_utc(req.filed_at), DEFAULT_THRESHOLDS)
    if platform != "lancers" and status in ("payment_confirmed", "escrow_cancelled"):
        return "lancers_only"  # (support's outcomes on Lancers; elsewhere the platform applies its own)
    if status in ("deadline_passed", "payment_confirmed", "escrow_cancelled") and ensure_utc(now) < deadline:
        return "deadline_not_passed"
    if status == "payment_confirmed" and stage != "completion_reported":
        return "needs_completion_report"
    if status == "escrow_cancelled" and stage not in ("escrow_funded", "delivered"):
        return "needs_escrow_before_completion"
    return None


def set_stage(project_id: int, stage: str, now: datetime) -> None:
    now = ensure_utc(now)
    _choice("stage", stage, STAGES)
    with database_proxy.atomic():
        project = get_project(project_id)
        if project.stage == stage:
            return
        _event(project, "stage_changed", now, old=project.stage, new=stage)
        project.stage = stage
        project.stage_entered_at = now
        project.updated_at = now
        project.save()


def set_stage_entered_at(project_id: int, at: datetime, now: datetime) -> None:
    """When the project really entered its stage (a purchase, a delivery): the platforms' clocks
    start there, so the user can correct the time the app noted."""
    at, now = ensure_utc(at), ensure_utc(now)
    if at > now + FUTURE_TOLERANCE:
        raise ValidationError("stage_entered_at", "in_future", "the time is in the future")
    if at < EARLIEST:
        raise ValidationError("stage_entered_at", "too_old", "the time is before the year 2000")
    with database_proxy.atomic():
        project = get_project(project_id)
        _event(project, "stage_time_corrected", now, stage=project.stage, at=to_db_time(at))
        project.stage_entered_at = at
        project.updated_at = now
        project.save()


def set_last_seen(project_id: int, at: datetime | None, now: datetime) -> None:
    """When the other side was last seen online (the platform's profile shows it where there is
    no read state); None: not known."""
    now = ensure_utc(now)
    if at is not None:
        at = ensure_utc(at)
        if at > now + FUTURE_TOLERANCE:
            raise ValidationError("counterparty_last_seen_at", "in_future", "the time is in the future")
        if at < EARLIEST:
            raise ValidationError("counterparty_last_seen_at", "too_old", "the time is before the year 2000")
    with database_proxy.atomic():
        project = get_project(project_id)
        project.counterparty_last_seen_at = at
        project.updated_at = now
        project.save()


def set_wants_to_continue(project_id: int, wants: bool | None, now: datetime) -> None:
    """The client's answer to "should the work continue?" (the wizard asks; the detail pane
    changes it; None: not answered). The verdict uses it everywhere."""
    if wants not in (None, True, False):
        raise ValidationError("wants_to_continue", "invalid_choice", f"{wants!r} is not yes, no or unanswered")
    now = ensure_utc(now)
    with database_proxy.atomic():
        project = get_project(project_id)
        if project.wants_to_continue is wants:
            return
        _event(project, "answer_recorded", now, question="wants_to_continue", old=project.wants_to_continue, new=wants)
        project.wants_to_continue = wants
        project.updated_at = now
        project.save()


def set_text_language(project_id: int, language: str, now: datetime) -> None:
    """The language of the texts to this project's counterparty and support ('' = the platform's)."""
    _choice("text_language", language, TEXT_LANGUAGES)
    now = ensure_utc(now)
    with database_proxy.atomic():
        project = get_project(project_id)
        if project.text_language == language:
            return
        project.text_language = language
        project.updated_at = now
        project.save()


RECORDABLE_EVENTS = frozenset({"wizard_run", "support_contacted"})


def record_support_contact(project_id: int, at: datetime, now: datetime) -> None:
    at = ensure_utc(at)
    if at > ensure_utc(now) + FUTURE_TOLERANCE:
        raise ValidationError("at", "in_future", "the time is in the future")
    record_event(project_id, "support_contacted", now, at=to_db_time(at))


def record_event(project_id: int, kind: str, now: datetime, **data: Any) -> None:
    """Append a user-reported fact (a wizard run, "I contacted support at ...") to the history."""
    if kind not in RECORDABLE_EVENTS:
        raise ValidationError("kind", "invalid_choice", f"{kind!r} cannot be recorded directly")
    now = ensure_utc(now)
    with database_proxy.atomic():
        project = get_project(project_id)
        _event(project, kind, now, **data)
        _touch(project, now)


# --- Reminders -----------------------------------------------------------------------------------


def reminder_facts(
    rows: Iterable[ProjectRow], thresholds: Thresholds, progress: Mapping[int, list[datetime]] | None = None,
) -> list[ProjectFacts]:
    """The reminders' view of the overview rows, with the thresholds the rows were computed with.
    ``progress``: each project's progress events (reads.progress_times), for the platform's
    automatic end of the transaction; read here (one query) when not given."""
    rows = [row for row in rows if row.evaluation is not None]
    if progress is None:
        progress = reads.progress_times(row.id for row in rows)
    facts = []
    for row in rows:
        evaluation = row.evaluation
        assert evaluation is not None
        state, rec = evaluation.state, evaluation.recommendation
        formal_step = formal_action(evaluation, thresholds)
        start = None
        if row.start_date is not None:
            start = datetime.combine(row.start_date, datetime.min.time(), tzinfo=UTC)
        pack = pack_for(row.platform)
        expires = pack.trade_deadline(row.contract_type, start, progress.get(row.id, ()))
        own = against = None
        if row.own_request_at is not None:
            own = pack.route(row.own_request_route).deadline_at(row.own_request_at, thresholds)
        if row.request_against_at is not None:
            against = pack.route(row.request_against_route).deadline_at(row.request_against_at, thresholds)
        obligation = rec.deadline_at if rec.action.value == "respond_to_request" and row.request_against_at is None else None
        # (the platform acting in the user's favour: a worker waiting for the automatic release)
        waiting = rec.action.value in ("wait", "contact_support") and row.role == "worker"
        auto = rec.auto_outcome_at if waiting and row.stage != "paid" else None
        facts.append(
            ProjectFacts(
                project_id=row.id,
                title=row.title,
                platform=row.platform,
                stage=row.stage,
                archived=row.archived,
                action=rec.action.value,
                unanswered_count=state.unanswered_count,
                last_sent_at=state.last_sent_at,
                next_follow_up_at=state.next_follow_up_at,
                reply_owed_since=state.reply_owed_since,
                request_possible_at=rec.request_possible_at,
                own_request_at=row.own_request_at,
                request_against_at=row.request_against_at,
                trade_deadline_at=expires,
                own_request_deadline=own,
                request_against_deadline=against,
                obligation_deadline=obligation,
                obligation_start=row.stage_entered_at if obligation is not None else None,
                auto_outcome_at=auto,
                formal_action=None if formal_step is None else formal_step.value,
            )
        )
    return facts


def reminder_states() -> dict[tuple[int, str, str], StoredState]:
    return {
        (r.project_id, r.kind, r.anchor): StoredState(r.status, r.snoozed_until)
        for r in ReminderState.select()
    }


REMINDER_STATUSES = ("fired", "dismissed", "snoozed")


def set_reminder_states(
    keys: Iterable[tuple[int, str, str]], status: str, now: datetime, snoozed_until: datetime | None = None
) -> None:
    """Record what became of reminders (one transaction; existing states are replaced)."""
    _choice("status", status, REMINDER_STATUSES)
    now = ensure_utc(now)
    if status == "snoozed" and (snoozed_until is None or ensure_utc(snoozed_until) <= now):
        raise ValidationError("snoozed_until", "in_past", "a snooze must end in the future")
    with database_proxy.atomic():
        for project_id, kind, anchor in keys:
            ReminderState.insert(
                project=project_id, kind=kind, anchor=anchor, status=status,
                snoozed_until=snoozed_until, updated_at=now,
            ).on_conflict(
                conflict_target=[ReminderState.project, ReminderState.kind, ReminderState.anchor],
                update={ReminderState.status: status, ReminderState.snoozed_until: snoozed_until, ReminderState.updated_at: now},
            ).execute()
