"""Translated names for the model's codes, and localised durations and times.

The model speaks in codes ("escrow_funded", "reply_now"); this module is the one place that
turns them into words, through Qt's translation system (context "Labels").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from companion.model import policy
from companion.model.decision import Action, Recommendation
from companion.ui.platforms import words as platform_words

if TYPE_CHECKING:
    from decimal import Decimal

    from companion.model.rules import Rule


def platform_label(code: str) -> str:
    return {
        "lancers": QCoreApplication.translate("Labels", "Lancers"),
        "crowdworks": QCoreApplication.translate("Labels", "CrowdWorks"),
        "coconala": QCoreApplication.translate("Labels", "Coconala"),
        "upwork": QCoreApplication.translate("Labels", "Upwork"),
        "fiverr": QCoreApplication.translate("Labels", "Fiverr"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(code, code)


def _short(label: str) -> str:
    """A platform's label for a list column: its own words (the part in brackets in English)."""
    if "(" in label and label.endswith(")") and QCoreApplication.translate("Labels", "Worker") == "Worker":
        return label[: label.index("(")].strip() or label
    return label


def role_short(code: str, platform: str | None = None) -> str:
    own = platform_words(platform).roles.get(code)
    if own:
        return _short(own)
    return {"worker": QCoreApplication.translate("Labels", "Worker"), "client": QCoreApplication.translate("Labels", "Client")}.get(code, code)


def stage_short(code: str, platform: str | None = None) -> str:
    own = platform_words(platform).stages.get(code)
    if own:
        return _short(own)
    return {
        "negotiating": QCoreApplication.translate("Labels", "Negotiating"),
        "contracted": QCoreApplication.translate("Labels", "No escrow yet"),
        "escrow_funded": QCoreApplication.translate("Labels", "Escrow funded"),
        "delivered": QCoreApplication.translate("Labels", "Delivered"),
        "completion_reported": QCoreApplication.translate("Labels", "Completion reported"),
        "paid": QCoreApplication.translate("Labels", "Paid"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }.get(code, code)


def role_label(code: str, platform: str | None = None) -> str:
    own = platform_words(platform).roles.get(code)
    if own:
        return own
    return {"worker": QCoreApplication.translate("Labels", "Worker (受注者)"), "client": QCoreApplication.translate("Labels", "Client (発注者)")}.get(code, code)


def _platform_contract_types(platform: str) -> dict[str, str]:
    """Each platform's names for its kinds of work (DOMAIN-PLATFORMS.md: the codes stay)."""
    if platform == "crowdworks":
        return {
            "project_fixed": QCoreApplication.translate("Labels", "Fixed-fee project (固定報酬制)"),
            "hourly": QCoreApplication.translate("Labels", "Hourly project (時間単価制)"),
            "task": QCoreApplication.translate("Labels", "Task (タスク形式)"),
            "competition": QCoreApplication.translate("Labels", "Competition (コンペ形式)"),
        }
    if platform == "coconala":
        return {
            "package": QCoreApplication.translate("Labels", "Service bought from its page (出品サービスの購入)"),
            "direct_fixed": QCoreApplication.translate("Labels", "Quote or custom offer (見積もり・提案)"),
        }
    if platform == "upwork":
        return {
            "project_fixed": QCoreApplication.translate("Labels", "Fixed-price contract"),
            "hourly": QCoreApplication.translate("Labels", "Hourly contract"),
        }
    if platform == "fiverr":
        return {
            "package": QCoreApplication.translate("Labels", "Gig order"),
            "direct_fixed": QCoreApplication.translate("Labels", "Custom offer"),
        }
    return {}


def contract_type_label(code: str, platform: str | None = None) -> str:
    own = _platform_contract_types(platform or "").get(code)
    if own:
        return own
    return {
        "project_fixed": QCoreApplication.translate("Labels", "Fixed-fee project (プロジェクト固定報酬)"),
        "direct_fixed": QCoreApplication.translate("Labels", "Direct request (直接依頼)"),
        "hourly": QCoreApplication.translate("Labels", "Hourly (時間報酬)"),
        "task": QCoreApplication.translate("Labels", "Task (タスク)"),
        "competition": QCoreApplication.translate("Labels", "Competition (コンペ)"),
        "package": QCoreApplication.translate("Labels", "Package (パッケージ)"),
    }.get(code, code)


def stage_label(code: str, platform: str | None = None) -> str:
    own = platform_words(platform).stages.get(code)
    if own:
        return own
    return {
        "negotiating": QCoreApplication.translate("Labels", "Negotiating"),
        "contracted": QCoreApplication.translate("Labels", "Contracted, no escrow yet"),
        "escrow_funded": QCoreApplication.translate("Labels", "Escrow funded (仮払い)"),
        "delivered": QCoreApplication.translate("Labels", "Delivered (納品)"),
        "completion_reported": QCoreApplication.translate("Labels", "Completion reported (仕事完了報告)"),
        "paid": QCoreApplication.translate("Labels", "Payment confirmed (支払い確定)"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }.get(code, code)


def stage_tooltip(code: str, platform: str | None = None) -> str:
    own = platform_words(platform).stage_tooltips.get(code)
    if own:
        return own
    return {
        "negotiating": QCoreApplication.translate("Labels", "No contract yet: the platform's formal request is not available."),
        "contracted": QCoreApplication.translate("Labels", "Contract agreed but the client has not deposited the fee (仮払い). Never start work before escrow."),
        "escrow_funded": QCoreApplication.translate("Labels", "The client deposited the fee with the platform; work is under way."),
        "delivered": QCoreApplication.translate("Labels", "The worker delivered; completion has not been reported yet."),
        "completion_reported": QCoreApplication.translate("Labels", "The worker reported the work complete (仕事完了報告). An unanswered reminder request then confirms the payment."),
        "paid": QCoreApplication.translate("Labels", "Payment confirmed to the worker: the transaction is over."),
        "cancelled": QCoreApplication.translate("Labels", "The contract was cancelled."),
    }.get(code, "")


def channel_label(code: str) -> str:
    return {
        "platform": QCoreApplication.translate("Labels", "Platform message"),
        "workspace": QCoreApplication.translate("Labels", "Workspace"),
        "offplatform": QCoreApplication.translate("Labels", "Off-platform (email/chat)"),
    }.get(code, code)


def read_state_label(code: str | bool | None) -> str:
    if code is True or code == "read":
        return QCoreApplication.translate("Labels", "Read (既読)")
    if code is False or code == "unread":
        return QCoreApplication.translate("Labels", "Unread (未読)")
    return QCoreApplication.translate("Labels", "Unknown")


def read_state_short(code: str) -> str:
    return {"read": QCoreApplication.translate("Labels", "既読"), "unread": QCoreApplication.translate("Labels", "未読")}.get(code, "")


def direction_label(code: str) -> str:
    return {"out": QCoreApplication.translate("Labels", "You"), "in": QCoreApplication.translate("Labels", "Them")}.get(code, code)


def event_label(kind: str, data: Mapping[str, object]) -> str:
    if kind == "stage_changed":
        return QCoreApplication.translate("Labels", "Stage changed: %1 → %2").replace("%1", stage_label(str(data.get("old", "")))).replace(
            "%2", stage_label(str(data.get("new", "")))
        )
    if kind == "request_filed":
        return QCoreApplication.translate("Labels", "You filed a reminder request (連絡催促申請)") if data.get("side") == "user" else QCoreApplication.translate(
            "Labels", "A reminder request was filed against you"
        )
    if kind == "request_updated":
        status = str(data.get("status", ""))
        return {
            "answered": QCoreApplication.translate("Labels", "Reminder request cleared: answered"),
            "deadline_passed": QCoreApplication.translate("Labels", "Reminder request deadline passed: support is reviewing"),
            "payment_confirmed": QCoreApplication.translate("Labels", "Reminder request resolved: payment confirmed"),
            "escrow_cancelled": QCoreApplication.translate("Labels", "Reminder request resolved: escrow cancelled"),
            "withdrawn": QCoreApplication.translate("Labels", "Reminder request withdrawn"),
            "pending": QCoreApplication.translate("Labels", "Reminder request open again (its answering message was removed)"),
        }.get(status, status)
    if kind == "wizard_run":
        return QCoreApplication.translate("Labels", "Decision wizard: recommended “%1”, you chose “%2”").replace(
            "%1", action_label(str(data.get("recommended", "")))).replace("%2", action_label(str(data.get("chosen", ""))))
    if kind == "support_contacted":
        return QCoreApplication.translate("Labels", "You contacted support (事務局)")
    return {
        "project_created": QCoreApplication.translate("Labels", "Project created"),
        "project_edited": QCoreApplication.translate("Labels", "Project details edited"),
        "project_archived": QCoreApplication.translate("Labels", "Project archived"),
        "project_unarchived": QCoreApplication.translate("Labels", "Project restored from the archive"),
        "message_edited": QCoreApplication.translate("Labels", "A message was edited"),
        "message_deleted": QCoreApplication.translate("Labels", "A message was deleted"),
        "message_read": QCoreApplication.translate("Labels", "A message you sent was read (既読)"),
    }.get(kind, kind)


def format_duration(delta: timedelta) -> str:
    """'3 d 4 h' / '3日4時間': two units at most, never seconds."""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rem = divmod(minutes, 24 * 60)
    hours, mins = divmod(rem, 60)
    if days:
        if hours:
            return QCoreApplication.translate("Duration", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
        return QCoreApplication.translate("Duration", "%1 d").replace("%1", str(days))
    if hours:
        if mins:
            return QCoreApplication.translate("Duration", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(mins))
        return QCoreApplication.translate("Duration", "%1 h").replace("%1", str(hours))
    return QCoreApplication.translate("Duration", "%1 min").replace("%1", str(mins))


def format_amount(amount: Decimal | None, currency: str) -> str:
    if amount is None:
        return "—"
    digits = 0 if amount == amount.to_integral_value() else 2
    return f"{amount:,.{digits}f} {currency}"


def format_time(when: datetime | None, tz: tzinfo) -> str:
    if when is None:
        return ""
    return when.astimezone(tz).strftime("%Y-%m-%d %H:%M")


# --- The next step ---------------------------------------------------------------------------

# How urgent each next step is, and how steps rank within a level, is policy (model/policy.py);
# only the symbol and the words are made here.
URGENT, ACTION, WAITING, NONE = policy.URGENT, policy.ACTION, policy.WAITING, policy.NONE
ACTION_RANK = policy.ACTION_RANK
action_rank, action_urgency, urgency = policy.action_rank, policy.action_urgency, policy.urgency

# A non-colour cue for each level, so urgency does not depend on seeing colour.
URGENCY_SYMBOL = {URGENT: "‼", ACTION: "●", WAITING: "◷", NONE: "–"}


def urgency_label(level: int) -> str:
    return {
        URGENT: QCoreApplication.translate("Labels", "Urgent"),
        ACTION: QCoreApplication.translate("Labels", "Action needed"),
        WAITING: QCoreApplication.translate("Labels", "Waiting"),
        NONE: QCoreApplication.translate("Labels", "No action"),
    }[level]


def next_step_text(rec: Recommendation | None, now: datetime) -> str:
    if rec is None:
        return ""
    a = rec.action
    if rec.route and not rec.route.startswith(("lancers_", "recorded_")):
        own = _platform_step_text(rec, now)
        if own:
            return own
    if a is Action.RESPOND_TO_REQUEST:
        if rec.deadline_at and rec.deadline_at > now:
            return QCoreApplication.translate("Labels", "Respond now: request deadline in %1").replace("%1", format_duration(rec.deadline_at - now))
        return QCoreApplication.translate("Labels", "Respond now: request deadline passed")
    if a is Action.REPLY_NOW:
        if urgency(rec, now) == URGENT:
            return QCoreApplication.translate("Labels", "Reply now")
        if rec.urgent_from is not None:  # they could file against the user if this drags on
            return QCoreApplication.translate("Labels", "Reply soon")
        return QCoreApplication.translate("Labels", "Reply when you can")
    if a is Action.TRACK_REQUEST:
        if rec.deadline_at and rec.deadline_at > now:
            return QCoreApplication.translate("Labels", "Request deadline in %1").replace("%1", format_duration(rec.deadline_at - now))
        return QCoreApplication.translate("Labels", "Request deadline passed: support reviews")
    if a is Action.WAIT and rec.wait_until is not None:
        left = format_duration(rec.wait_until - now)
        if rec.request_possible_at is not None and rec.wait_until == rec.request_possible_at:
            return QCoreApplication.translate("Labels", "Request possible in %1").replace("%1", left)
        if rec.reasons and rec.reasons[0].code == "formal_step_gap":
            return QCoreApplication.translate("Labels", "Next step in %1").replace("%1", left)
        return QCoreApplication.translate("Labels", "Follow-up in %1").replace("%1", left)
    return {
        Action.SEND_FOLLOW_UP: QCoreApplication.translate("Labels", "Follow-up due"),
        Action.MOVE_ON: QCoreApplication.translate("Labels", "No formal route: consider moving on"),
        Action.CONTACT_SUPPORT: QCoreApplication.translate("Labels", "Contact support (事務局)"),
        Action.REPORT_COMPLETION_FIRST: QCoreApplication.translate("Labels", "Report completion first, then file"),
        Action.FILE_REQUEST: QCoreApplication.translate("Labels", "Reminder request possible"),
        Action.NOTHING_TO_DO: QCoreApplication.translate("Labels", "Nothing to do"),
    }.get(a, "")


def _platform_step_text(rec: Recommendation, now: datetime) -> str:
    """The next step on a platform with its own routes, named by the route."""
    route = route_label(rec.route)
    a = rec.action
    if a is Action.RESPOND_TO_REQUEST:
        if rec.deadline_at is None:
            return QCoreApplication.translate("Labels", "Act now: %1").replace("%1", route)
        if rec.deadline_at > now:
            return QCoreApplication.translate("Labels", "Act now: %1, %2 left").replace("%1", route).replace(
                "%2", format_duration(rec.deadline_at - now))
        return QCoreApplication.translate("Labels", "Act now: %1, its deadline passed").replace("%1", route)
    if a is Action.TRACK_REQUEST and rec.deadline_at is not None:
        if rec.deadline_at > now:
            return QCoreApplication.translate("Labels", "%1: %2 left").replace("%1", route).replace(
                "%2", format_duration(rec.deadline_at - now))
        return QCoreApplication.translate("Labels", "%1: its time is over").replace("%1", route)
    if a is Action.WAIT and rec.auto_outcome_at is not None and rec.auto_outcome_at > now:
        return QCoreApplication.translate("Labels", "The platform acts by itself in %1").replace(
            "%1", format_duration(rec.auto_outcome_at - now))
    if a is Action.FILE_REQUEST:
        return QCoreApplication.translate("Labels", "Possible now: %1").replace("%1", route)
    if a is Action.REPORT_COMPLETION_FIRST:
        return QCoreApplication.translate("Labels", "First: %1").replace("%1", route)
    return ""


def next_step_explanation(rec: Recommendation | None) -> str:
    if rec is None:
        return ""
    if rec.route and not rec.route.startswith(("lancers_", "recorded_")):
        route = route_label(rec.route)
        own = {
            Action.RESPOND_TO_REQUEST: QCoreApplication.translate("Labels", "A platform clock is running on you: %1. Act on the platform before it ends."),
            Action.TRACK_REQUEST: QCoreApplication.translate("Labels", "Your %1 is running: the project shows its countdown."),
            Action.FILE_REQUEST: QCoreApplication.translate("Labels", "The platform's formal step can be taken now: %1."),
            Action.REPORT_COMPLETION_FIRST: QCoreApplication.translate("Labels", "Do the platform's formal step first: %1. Its own clock then works for you."),
            Action.WAIT: QCoreApplication.translate("Labels", "The platform acts by itself (%1): nothing to send meanwhile."),
        }.get(rec.action)
        if own:
            return own.replace("%1", route)
    return {
        Action.RESPOND_TO_REQUEST: QCoreApplication.translate("Labels", "The other side filed a reminder request (連絡催促申請) against you. Answer them in the platform's messages before the deadline."),
        Action.REPLY_NOW: QCoreApplication.translate("Labels", "They wrote last and are waiting for your answer."),
        Action.TRACK_REQUEST: QCoreApplication.translate("Labels", "Your reminder request is running. If they do not answer by the deadline, support reviews the case (not instantly)."),
        Action.WAIT: QCoreApplication.translate("Labels", "Give them time: a follow-up too soon feels pushy. The app tells you when the next step is due."),
        Action.SEND_FOLLOW_UP: QCoreApplication.translate("Labels", "Send a polite follow-up (about 3 messages a few days apart come before any formal step)."),
        Action.MOVE_ON: QCoreApplication.translate("Labels", "There is no contract yet, so there is no formal route. Stop investing time; move on."),
        Action.CONTACT_SUPPORT: QCoreApplication.translate("Labels", "Ask the platform's support (事務局) to contact them: no automatic cancellation, payment or rating."),
        Action.REPORT_COMPLETION_FIRST: QCoreApplication.translate("Labels", "You delivered but have not reported completion. Report completion (仕事完了報告) first; then the reminder request can be filed."),
        Action.FILE_REQUEST: QCoreApplication.translate("Labels", "The formal reminder request (連絡催促申請) can be filed now."),
        Action.NOTHING_TO_DO: QCoreApplication.translate("Labels", "Nobody is waiting on anybody."),
    }.get(rec.action, "")


# --- The wizard's words ------------------------------------------------------------------------


def action_label(action: str, platform: str | None = None) -> str:
    own = platform_words(platform).actions.get(action)
    if own:
        return own
    return {
        "respond_to_request": QCoreApplication.translate("Labels", "Answer the request against you"),
        "reply_now": QCoreApplication.translate("Labels", "Reply to them"),
        "nothing_to_do": QCoreApplication.translate("Labels", "Nothing to do"),
        "track_request": QCoreApplication.translate("Labels", "Track your reminder request"),
        "wait": QCoreApplication.translate("Labels", "Wait"),
        "send_follow_up": QCoreApplication.translate("Labels", "Send a polite follow-up"),
        "move_on": QCoreApplication.translate("Labels", "Move on"),
        "contact_support": QCoreApplication.translate("Labels", "Ask support (事務局) to contact them"),
        "report_completion_first": QCoreApplication.translate("Labels", "Report completion (仕事完了報告), then file"),
        "file_request": QCoreApplication.translate("Labels", "File the reminder request (連絡催促申請)"),
    }.get(action, action)


def reason_text(code: str, platform: str | None = None) -> str:
    own = platform_words(platform).reasons.get(code)
    if own:
        return own
    return {
        "request_against_user": QCoreApplication.translate("Labels", "A reminder request against you gives you 7 days (168 hours) to answer on the platform."),
        "ball_in_your_court": QCoreApplication.translate("Labels", "Their last message is newer than yours and needs an answer: the ball is in your court."),
        "finished": QCoreApplication.translate("Labels", "The transaction is over (payment confirmed or cancelled)."),
        "reply_owed": QCoreApplication.translate("Labels", "Their last message is newer than yours and needs an answer. No formal request is possible at this stage, so it is not urgent; answer when you can."),
        "request_pending": QCoreApplication.translate("Labels", "Your reminder request is pending; only one request can be open at a time."),
        "nothing_unanswered": QCoreApplication.translate("Labels", "You have no unanswered message: nobody is waiting on them."),
        "follow_up_gap": QCoreApplication.translate("Labels", "Your last message is recent. Leave a few days between messages; a follow-up too soon feels pushy."),
        "formal_step_gap": QCoreApplication.translate("Labels", "You have sent enough follow-ups. Do not send more: give your last one its time (the follow-up gap) before any formal step."),
        "follow_up_first": QCoreApplication.translate("Labels", "Send about 3 messages a few days apart before any formal step (Lancers: 3 messages, then about 3 days)."),
        "no_contract_yet": QCoreApplication.translate("Labels", "Without a contract there is no formal route: the reminder request needs a transaction in progress."),
        "not_eligible": QCoreApplication.translate("Labels", "The reminder request is only for fixed-fee projects and direct requests on Lancers; tasks, competitions, hourly work and packages are not eligible."),
        "plan_change_pending": QCoreApplication.translate("Labels", "A plan change (計画変更) is pending: the reminder request cannot be filed until it is settled."),
        "no_escrow_yet": QCoreApplication.translate("Labels", "Escrow (仮払い) is not funded yet. Never start work before escrow; support can contact them."),
        "silence_not_long_enough": QCoreApplication.translate("Labels", "The request needs at least 7 days with no message from them on the platform; that date has not come yet."),
        "file_after_completion": QCoreApplication.translate("Labels", "Completion is reported: if they do not answer within 7 days, the payment is confirmed after support reviews the case."),
        "report_completion_first": QCoreApplication.translate("Labels", "Filing before reporting completion would cancel the contract and lose the work you delivered. Report completion first, then file."),
        "worker_mid_work": QCoreApplication.translate("Labels", "Mid-work, an unanswered request cancels the contract and wastes the work so far. Support can contact them without that risk."),
        "client_stop": QCoreApplication.translate("Labels", "You want to stop: if they do not answer within 7 days, support reviews the case, then the escrow is cancelled and returned to you and the project is released."),
        "client_continue": QCoreApplication.translate("Labels", "You want the work to continue: a request would end the contract if unanswered. Support can contact them instead."),
    }.get(code, code)


def cause_text(code: str, stage: str | None = None) -> str:
    """A likely cause; "ignoring" is rare once escrow is funded, and not rare before."""
    if code == "ignoring" and stage in ("negotiating", "contracted"):
        return QCoreApplication.translate("Labels", "They may be ignoring you: before escrow (仮払い), people sometimes lose interest and stop replying.")
    return {
        "not_logging_in": QCoreApplication.translate("Labels", "They may not be logging in. Side-job users often stay away from the platform for days, so your message stays unread (未読)."),
        "missed_email": QCoreApplication.translate("Labels", "They may have missed the notification e-mail: the registered address may be unused, shared with many services, or gone."),
        "ignoring": QCoreApplication.translate("Labels", "They may be ignoring you, after trouble or after pushy reminders. This is rare once escrow (仮払い) is funded."),
    }.get(code, code)


def wants_to_continue_label(wants: bool | None) -> str:
    return {
        True: QCoreApplication.translate("Labels", "yes, the work should continue"),
        False: QCoreApplication.translate("Labels", "no, end the contract"),
        None: QCoreApplication.translate("Labels", "not sure yet"),
    }[wants]


# The warnings a reason already says in its own words (a page shows each point once).
REASON_SAYS: Mapping[str, frozenset[str]] = {
    "report_completion_first": frozenset({"deliverables_at_risk"}),
    "worker_mid_work": frozenset({"deliverables_at_risk"}),
    "no_escrow_yet": frozenset({"no_work_before_escrow"}),
    "not_eligible": frozenset({"not_eligible"}),
    "file_after_completion": frozenset(),
}


def warning_text(code: str, platform: str | None = None) -> str:
    own = platform_words(platform).warnings.get(code)
    if own:
        return own
    return {
        "rating_retaliation": QCoreApplication.translate("Labels", "After a request, the other side may answer rudely and rate you 残念 (disappointed) at the end. The fault is theirs; keep a calm record."),
        "deliverables_at_risk": QCoreApplication.translate("Labels", "An unanswered request before completion is reported cancels the contract: the fee and the work delivered so far can be lost."),
        "no_work_before_escrow": QCoreApplication.translate("Labels", "Do not start work before escrow (仮払い) is funded."),
        "not_eligible": QCoreApplication.translate("Labels", "The formal reminder request is not available for this project."),
        "counterparty_may_file": QCoreApplication.translate("Labels", "If you stay silent for 7 days, they may file a reminder request against you."),
        "support_reviews_after_deadline": QCoreApplication.translate("Labels", "At the deadline, support reviews the case before anything happens: not instantly."),
    }.get(code, code)


def outcome_text(code: str | None, *, against_user: bool = False, platform: str | None = None) -> str:
    """What an unanswered request leads to; ``against_user``: the request is against the user,
    so the user is the side who must answer (and who would be rated)."""
    words = platform_words(platform)
    own = (words.outcomes_against_user if against_user else words.outcomes).get(code or "")
    if own:
        return own
    if against_user:
        return {
            "payment_confirmed": QCoreApplication.translate("Labels", "If you do not answer by the deadline: after support reviews the case, the payment is confirmed (支払い確定) and you get an automatic negative rating."),
            "escrow_cancelled": QCoreApplication.translate("Labels", "If you do not answer by the deadline: after support reviews the case, the escrow is cancelled and returned to the client (仮払いキャンセル), the project is released, and you get an automatic negative rating."),
        }.get(code or "", QCoreApplication.translate("Labels", "No automatic outcome applies at this stage."))
    return {
        "payment_confirmed": QCoreApplication.translate("Labels", "If they do not answer by the deadline: after support reviews the case, the payment is confirmed (支払い確定) and they get an automatic negative rating."),
        "escrow_cancelled": QCoreApplication.translate("Labels", "If they do not answer by the deadline: after support reviews the case, the escrow is cancelled and returned to the client (仮払いキャンセル), the project is released, and the silent side gets an automatic negative rating."),
    }.get(code or "", QCoreApplication.translate("Labels", "No automatic outcome applies at this stage."))


def route_label(code: str | None, platform: str | None = None) -> str:
    """The name of a platform's formal route (Lancers' 連絡催促申請, CrowdWorks' 契約途中終了リクエスト...);
    a route code starts with its platform's ("crowdworks_..."), so the platform may be left out."""
    if not code:
        return ""
    own = platform_words(platform or code.split("_", 1)[0]).routes.get(code)
    if own:
        return own
    return {
        "lancers_reminder_request": QCoreApplication.translate("Labels", "Reminder request (連絡催促申請)"),
        "lancers_completion_report": QCoreApplication.translate("Labels", "Completion report (仕事完了報告)"),
        "recorded_request": QCoreApplication.translate("Labels", "Formal request"),
    }.get(code, code)


# --- Sources: every rule the app states, with where it is written and when that was checked ----


def short_url(url: str, limit: int = 64) -> str:
    """A source address as a person reads it: no scheme, no query, at most ``limit`` characters
    (long FAQ addresses cannot wrap in a label); the full one is in the tooltip."""
    shown = url.split("://", 1)[-1]
    if len(shown) > limit:
        shown = shown.split("?", 1)[0].split("#", 1)[0]
    if len(shown) > limit:
        shown = shown[: limit - 1] + "…"
    return shown


def rule_source(rule: Rule) -> str:
    """One rule's source and its own last-checked date, and a caveat if it is not certain."""
    line = QCoreApplication.translate("Labels", "%1 (checked %2)").replace("%1", short_url(rule.source)).replace(
        "%2", rule.checked.isoformat())
    if rule.uncertain:
        line += " — " + uncertain_text(rule.uncertain)
    return line


def uncertain_text(code: str) -> str:
    return {
        "not_stated": QCoreApplication.translate("Labels", "not stated by the platform: the app's assumption"),
        "not_confirmed": QCoreApplication.translate("Labels", "not confirmed on the platform's official pages: check there before you act"),
    }.get(code, code)


def sources_tooltip(rules: Iterable[Rule]) -> str:
    """The full source addresses (for the tooltip of a sources line)."""
    return "\n".join(dict.fromkeys(rule.source for rule in rules))


def sources_text(rules: Iterable[Rule]) -> str:
    """"Sources: …" for the rules a screen states: each page once, with the date it was last
    checked (rules often share a page); a page cited only for what the app assumes says so."""
    pages: dict[str, list[Rule]] = {}
    for rule in rules:
        pages.setdefault(rule.source, []).append(rule)
    lines = []
    for cited in pages.values():
        certain = [r for r in cited if not r.uncertain]
        lines.append(rule_source(min(certain or cited, key=lambda r: r.checked)))
    if not lines:
        return ""
    return QCoreApplication.translate("Labels", "Sources: %1").replace("%1", "; ".join(lines))


def reply_clears_request_text() -> str:
    return QCoreApplication.translate(
        "Labels",
        "The app assumes that any reply in the platform's messages clears the request; the platform does not say so. "
        "If in doubt, ask support.")


# --- Glossary: the Japanese platform terms, explained (tooltips) -------------------------------


def glossary() -> dict[str, str]:
    return {
        "連絡催促申請": QCoreApplication.translate("Glossary", "連絡催促申請 (reminder request): the platform's formal request that the other side answer within 7 days."),
        "仮払い": QCoreApplication.translate("Glossary", "仮払い (escrow): the client deposits the fee with the platform; work should start only after this."),
        "仕事完了報告": QCoreApplication.translate("Glossary", "仕事完了報告 (completion report): the worker reports the work complete; it decides the outcome of a reminder request."),
        "支払い確定": QCoreApplication.translate("Glossary", "支払い確定 (payment confirmed): the fee is paid to the worker; the transaction is over."),
        "仮払いキャンセル": QCoreApplication.translate("Glossary", "仮払いキャンセル (escrow cancelled): the deposit goes back to the client and the project is released."),
        "事務局": QCoreApplication.translate("Glossary", "事務局 (support): the platform's staff; they can contact the other side without automatic penalties."),
        "計画変更": QCoreApplication.translate("Glossary", "計画変更 (plan change): the amount or milestones are being changed; no reminder request meanwhile."),
        "納品": QCoreApplication.translate("Glossary", "納品 (delivery): the worker hands over the work."),
        "既読": QCoreApplication.translate("Glossary", "既読 (read): the platform shows that the other side opened your message."),
        "未読": QCoreApplication.translate("Glossary", "未読 (unread): the other side has not opened your message."),
        "残念": QCoreApplication.translate("Glossary", "残念 (disappointed): the negative one of Lancers' two ratings (満足 / 残念)."),
        "直接依頼": QCoreApplication.translate("Glossary", "直接依頼 (direct request): a client asks one worker directly; eligible for the reminder request."),
    }


def glossary_tooltip(*texts: str) -> str:
    """Explanations of the Japanese terms that appear in ``texts`` (empty if none)."""
    joined = "\n".join(texts)
    lines = [explanation for term, explanation in glossary().items() if term in joined]
    return "\n".join(lines)
