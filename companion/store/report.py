"""What the evidence report shows, read from the database (the report itself is pure:
:mod:`companion.model.report`)."""

from __future__ import annotations

import json

from companion.model.report import (
    ReportInput,
    ReportMessage,
    ReportProject,
    ReportRequest,
    StageChange,
)
from companion.store import repo
from companion.store.models import Event, Message, ReminderRequest


def report_input(project_id: int) -> ReportInput:
    p = repo.get_project(project_id)
    messages = tuple(
        ReportMessage(m.at, m.direction, m.channel, bool(m.no_reply_needed), m.read_state, m.read_at, m.text)
        for m in Message.select().where(Message.project == p).order_by(Message.at, Message.id)
    )
    requests = tuple(
        ReportRequest(r.filed_at, r.side, r.status, r.route)
        for r in ReminderRequest.select().where(ReminderRequest.project == p).order_by(ReminderRequest.filed_at)
    )
    changes = []
    for e in Event.select().where((Event.project == p) & (Event.kind == "stage_changed")).order_by(Event.at):
        data = json.loads(e.data or "{}")
        changes.append(StageChange(e.at, str(data.get("old", "")), str(data.get("new", ""))))
    project = ReportProject(
        p.title, p.url, p.counterparty, p.platform, p.role, p.contract_type, p.stage, bool(p.plan_change_pending),
        p.amount, p.currency, p.start_date,
    )
    return ReportInput(project, messages, requests, tuple(changes))
