"""The evidence report for a support (事務局) inquiry: a project's facts and its whole contact
history, in Japanese or English, as Markdown (here) or PDF (companion.ui.report_pdf).

User text is data, never markup: it is escaped for Markdown here and for HTML in the PDF.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import NamedTuple

from companion.model.clock import ensure_utc
from companion.model.policy import Facts, evaluate
from companion.model.rules import pack_for
from companion.model.safety import one_line
from companion.model.templates import _TERMS, role_label, stage_term
from companion.model.timers import MessageFact, Thresholds

LABELS = {
    "ja": {
        "title": "連絡経緯の報告書", "created": "作成日時", "facts": "プロジェクト", "summary": "現在の状況",
        "messages": "メッセージの記録", "requests": "連絡催促申請", "requests_any": "正式な申請", "stages": "段階の変更",
        "project": "プロジェクト", "url": "URL", "counterparty": "相手", "role": "私の立場", "contract": "契約形式",
        "stage": "現在の段階", "amount": "金額", "start": "開始日", "last_received": "相手からの最後のメッセージ",
        "unanswered": "その後の私からの未返信メッセージ", "silence": "連絡のない期間", "days": "{n}日",
        "read": "最新メッセージの既読状態", "when": "日時", "who": "送信者", "channel": "経路", "state": "既読", "text": "内容",
        "me": "私", "them": "相手", "platform": "メッセージ", "workspace": "ワークスペース", "offplatform": "プラットフォーム外",
        "side_user": "私が提出", "side_counterparty": "相手が提出", "filed": "提出日時", "deadline": "期限", "status": "状況",
        "none": "なし", "from": "変更前", "to": "変更後",
    },
    "en": {
        "title": "Contact history report", "created": "Created", "facts": "Project", "summary": "Current situation",
        "messages": "Messages", "requests": "Reminder requests (連絡催促申請)", "requests_any": "Formal requests",
        "stages": "Stage changes",
        "project": "Project", "url": "URL", "counterparty": "Counterparty", "role": "My role", "contract": "Contract type",
        "stage": "Current stage", "amount": "Amount", "start": "Start date", "last_received": "Their last message",
        "unanswered": "My unanswered messages since", "silence": "Silence so far", "days": "{n} days",
        "read": "Read state of my latest message", "when": "When", "who": "From", "channel": "Channel", "state": "Read",
        "text": "Text", "me": "me", "them": "them", "platform": "platform", "workspace": "workspace",
        "offplatform": "off-platform", "side_user": "filed by me", "side_counterparty": "filed by them", "filed": "Filed",
        "deadline": "Deadline", "status": "Status", "none": "none", "from": "From", "to": "To",
    },
}
STATUS = {
    "ja": {"pending": "進行中", "answered": "返答あり", "deadline_passed": "期限切れ（事務局確認中）",
           "payment_confirmed": "支払い確定", "escrow_cancelled": "仮払いキャンセル", "withdrawn": "取り下げ"},
    "en": {"pending": "pending", "answered": "answered", "deadline_passed": "deadline passed (support reviewing)",
           "payment_confirmed": "payment confirmed", "escrow_cancelled": "escrow cancelled", "withdrawn": "withdrawn"},
}


@dataclass(frozen=True)
class Table:
    heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str
    tables: tuple[Table, ...]


class ReportProject(NamedTuple):
    title: str
    url: str
    counterparty: str
    platform: str
    role: str
    contract_type: str
    stage: str
    plan_change_pending: bool
    amount: Decimal | None
    currency: str
    start_date: date | None


class ReportMessage(NamedTuple):
    at: datetime
    direction: str
    channel: str
    no_reply_needed: bool
    read_state: str
    read_at: datetime | None
    text: str


class ReportRequest(NamedTuple):
    filed_at: datetime
    side: str
    status: str
    route: str = ""  # the platform's route ('' = its main one)


# The platforms' formal routes by name, for support staff reading the report (ja, en).
ROUTE_NAMES = {
    "lancers_reminder_request": ("連絡催促申請", "Reminder request (連絡催促申請)"),
    "crowdworks_reminder_request": ("連絡催促申請", "Reminder request (連絡催促申請)"),
    "crowdworks_termination_request": ("契約途中終了リクエスト", "Termination request (契約途中終了リクエスト)"),
    "coconala_cancel_request": ("キャンセル申請", "Cancellation request (キャンセル申請)"),
    "upwork_escrow_refund": ("エスクロー返金の申請", "Escrow refund request"),
    "fiverr_cancellation": ("キャンセルリクエスト（Resolution Center）", "Cancellation request (Resolution Center)"),
}


class StageChange(NamedTuple):
    at: datetime
    old: str
    new: str


class ReportInput(NamedTuple):
    """Everything the report shows, as stored (read by :func:`companion.store.report.report_input`)."""

    project: ReportProject
    messages: Sequence[ReportMessage]  # oldest first
    requests: Sequence[ReportRequest]  # oldest first
    stage_changes: Sequence[StageChange]  # oldest first


def build(data: ReportInput, lang: str, tz: tzinfo, now: datetime, thresholds: Thresholds) -> Report:
    lab, term, status = LABELS[lang], _TERMS[lang], STATUS[lang]
    p = data.project

    def when(t: datetime | None) -> str:
        return ensure_utc(t).astimezone(tz).strftime("%Y-%m-%d %H:%M") if t else lab["none"]

    project_facts = Facts(p.platform, p.role, p.contract_type, p.stage, p.plan_change_pending)
    tail = [MessageFact(m.at, m.direction, m.channel, m.no_reply_needed, m.read_state) for m in data.messages]
    state = evaluate(project_facts, tail, thresholds, now).state
    silence = state.waiting_for(now)
    read = {True: term["read"], False: term["unread"], None: term["unknown"]}[state.last_sent_read]
    facts = Table(lab["facts"], ("", ""), (
        (lab["project"], p.title), (lab["url"], p.url or lab["none"]), (lab["counterparty"], p.counterparty or lab["none"]),
        (lab["role"], role_label(lang, p.platform, p.role)), (lab["contract"], term.get(p.contract_type, p.contract_type)),
        (lab["stage"], stage_term(lang, p.platform, p.stage)),
        (lab["amount"], f"{p.amount:,} {p.currency}" if p.amount is not None else lab["none"]),
        (lab["start"], p.start_date.isoformat() if p.start_date else lab["none"]),
    ))
    summary = Table(lab["summary"], ("", ""), (
        (lab["last_received"], when(state.last_received_at)),
        (lab["unanswered"], str(state.unanswered_count)),
        (lab["silence"], lab["days"].format(n=silence.days) if silence is not None else lab["none"]),
        (lab["read"], read if state.unanswered else lab["none"]),
    ))
    history = Table(lab["messages"], (lab["when"], lab["who"], lab["channel"], lab["state"], lab["text"]), tuple(
        (when(m.at), lab["me"] if m.direction == "out" else lab["them"], lab[m.channel],
         (term[m.read_state] + (" " + when(m.read_at) if m.read_at else "")) if m.direction == "out" else "",
         m.text)
        for m in data.messages
    ))
    pack = pack_for(p.platform)
    index = 0 if lang == "ja" else 1

    def named(r: ReportRequest) -> str:
        route = pack.route(r.route or None)
        name = ROUTE_NAMES.get(route.code)
        return f" {name[index]}" if name and (p.platform != "lancers") else ""

    requests = Table(lab["requests"] if p.platform == "lancers" else lab["requests_any"],
                     (lab["filed"], lab["deadline"], lab["status"]), tuple(
        (f"{when(r.filed_at)} ({lab['side_' + r.side]}){named(r)}",
         when(pack.route(r.route or None).deadline_at(ensure_utc(r.filed_at), thresholds)),
         status.get(r.status, r.status))
        for r in data.requests
    ))
    stages = tuple((when(c.at), term.get(c.old, c.old), term.get(c.new, c.new)) for c in data.stage_changes)
    stage_table = Table(lab["stages"], (lab["when"], lab["from"], lab["to"]), stages)
    return Report(f"{lab['title']}: {p.title}", f"{lab['created']}: {when(now)}", (facts, summary, history, requests, stage_table))


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&])")


def md_escape(value: str) -> str:
    """User text shown literally in Markdown (no emphasis, links or HTML), on one table line,
    without bidi controls."""
    return _MD_SPECIAL.sub(r"\\\1", one_line(value))


def to_markdown(report: Report) -> str:
    lines = [f"# {md_escape(report.title)}", "", md_escape(report.subtitle), ""]
    for table in report.tables:
        lines += [f"## {md_escape(table.heading)}", ""]
        if not table.rows:
            lines += ["—", ""]
            continue
        lines.append("| " + " | ".join(md_escape(c) or " " for c in table.columns) + " |")
        lines.append("|" + "---|" * len(table.columns))
        for row in table.rows:
            lines.append("| " + " | ".join(md_escape(c) for c in row) + " |")
        lines.append("")
    return "\n".join(lines)
