"""Texts the user can copy: polite follow-ups and a support (事務局) inquiry, in Japanese and English.

Pure data and string formatting: the template language is chosen by the user, independently of
the interface language (a Japanese UI user may write to an English-speaking client). Nothing here
is ever sent: the user copies the text and acts on the platform themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo

TEMPLATE_LANGUAGES = ("ja", "en")

_FOLLOW_UP = {
    ("ja", "unread"): (
        "{name}様\n\n"
        "いつもお世話になっております。{title}の件でご連絡いたしました。\n"
        "{last_sent}にお送りしたメッセージは届いておりますでしょうか。\n"
        "行き違いでしたら申し訳ございません。\n"
        "お忙しいところ恐縮ですが、ご確認のうえご返信いただけますと幸いです。\n\n"
        "引き続きどうぞよろしくお願いいたします。"
    ),
    ("ja", "read"): (
        "{name}様\n\n"
        "いつもお世話になっております。{title}の件でご連絡いたしました。\n"
        "{last_sent}にお送りしたメッセージについて、ご返信はいつ頃いただけそうでしょうか。\n"
        "おおよその目安だけでもお知らせいただけますと、こちらも予定が立てやすく大変助かります。\n\n"
        "引き続きどうぞよろしくお願いいたします。"
    ),
    ("en", "unread"): (
        "Hello {name},\n\n"
        "I am writing about {title}.\n"
        "Did my message of {last_sent} reach you? If our messages crossed, please excuse this one.\n"
        "Whenever you have a moment, I would be grateful for a reply.\n\n"
        "Best regards"
    ),
    ("en", "read"): (
        "Hello {name},\n\n"
        "I am writing about {title}.\n"
        "Could you let me know when you might be able to reply to my message of {last_sent}?\n"
        "Even a rough idea of the timing would help me plan.\n\n"
        "Best regards"
    ),
}

_FILING_NOTICE = {
    "ja": (
        "{name}様\n\n"
        "いつもお世話になっております。{title}の件です。\n"
        "{since}以降ご連絡をいただけていないため、ランサーズの連絡催促申請を利用させていただきました。\n"
        "ご事情がおありのことと存じますので、ご確認いただけましたら、メッセージにてご返信いただけますと幸いです。\n\n"
        "どうぞよろしくお願いいたします。"
    ),
    "en": (
        "Hello {name},\n\n"
        "I am writing about {title}.\n"
        "As I have not heard from you since {since}, I have used the platform's reminder request.\n"
        "I am sure you have your reasons; whenever you see this, a reply in the messages would be much appreciated.\n\n"
        "Best regards"
    ),
}

_SUPPORT_HEAD = {
    "ja": (
        "{platform}事務局 御中\n\n"
        "いつもお世話になっております。\n"
        "下記のプロジェクトについて、相手の方と連絡が取れず困っております。\n"
        "お手数をおかけしますが、相手の方へご連絡いただくことは可能でしょうか。\n"
    ),
    "en": (
        "Dear {platform} support,\n\n"
        "I cannot reach the other side of the project below, and I would be grateful if you could "
        "contact them.\n"
    ),
}

_SUPPORT_LABELS = {
    "ja": {
        "title": "プロジェクト", "url": "URL", "counterparty": "相手", "role": "私の立場",
        "contract": "契約形式", "stage": "現在の段階", "last_received": "相手からの最後のメッセージ",
        "unanswered": "その後の私からのメッセージ", "read": "最新メッセージの既読状態",
        "history": "連絡の経緯", "none": "なし", "count": "{n}件",
        "you": "私", "them": "相手", "closing": "どうぞよろしくお願いいたします。",
        "offplatform": "（プラットフォーム外）",
    },
    "en": {
        "title": "Project", "url": "URL", "counterparty": "Counterparty", "role": "My role",
        "contract": "Contract type", "stage": "Current stage",
        "last_received": "Their last message", "unanswered": "My messages since then",
        "read": "Read state of my latest message", "history": "Contact history",
        "none": "none", "count": "{n}", "you": "me", "them": "them",
        "closing": "Thank you for your help.", "offplatform": " (off-platform)",
    },
}

_TERMS = {
    "ja": {
        "worker": "ランサー（受注者）", "client": "クライアント（依頼者）",
        "project_fixed": "プロジェクト（固定報酬）", "direct_fixed": "直接依頼", "hourly": "時間報酬",
        "task": "タスク", "competition": "コンペ", "package": "パッケージ",
        "negotiating": "交渉中", "contracted": "契約済み（仮払い前）", "escrow_funded": "仮払い済み（作業中）",
        "delivered": "納品済み", "completion_reported": "仕事完了報告済み", "paid": "支払い確定",
        "cancelled": "キャンセル", "read": "既読", "unread": "未読", "unknown": "不明",
        "lancers": "ランサーズ", "crowdworks": "クラウドワークス", "coconala": "ココナラ",
        "upwork": "Upwork", "fiverr": "Fiverr", "other": "",
    },
    "en": {
        "worker": "worker", "client": "client",
        "project_fixed": "fixed-fee project", "direct_fixed": "direct request", "hourly": "hourly",
        "task": "task", "competition": "competition", "package": "package",
        "negotiating": "negotiating", "contracted": "contracted, escrow not yet funded",
        "escrow_funded": "escrow funded, work in progress", "delivered": "delivered",
        "completion_reported": "completion reported", "paid": "payment confirmed",
        "cancelled": "cancelled", "read": "read", "unread": "unread", "unknown": "unknown",
        "lancers": "Lancers", "crowdworks": "CrowdWorks", "coconala": "Coconala",
        "upwork": "Upwork", "fiverr": "Fiverr", "other": "",
    },
}


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    direction: str  # out | in
    channel: str
    read_state: str = "unknown"


def _fmt(when: datetime | None, tz: tzinfo, lang: str) -> str:
    if when is None:
        return _SUPPORT_LABELS[lang]["none"]
    local = when.astimezone(tz)
    if lang == "ja":
        return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"
    return local.strftime("%Y-%m-%d %H:%M")


def follow_up(
    lang: str, *, counterparty: str, title: str, last_sent: datetime | None, read: bool | None, tz: tzinfo
) -> str:
    """A polite follow-up: "did it arrive?" when unread or unknown, "when could you reply?" when read."""
    if lang not in TEMPLATE_LANGUAGES:
        raise ValueError(f"no templates for language {lang!r}")
    kind = "read" if read is True else "unread"
    name = counterparty.strip() or ("ご担当者" if lang == "ja" else "there")
    shown_title = f"「{title}」" if lang == "ja" else f"“{title}”"
    when = _fmt(last_sent, tz, lang) if last_sent else ("先日" if lang == "ja" else "the other day")
    return _FOLLOW_UP[(lang, kind)].format(name=name, title=shown_title, last_sent=when)


def filing_notice(lang: str, *, counterparty: str, title: str, silent_since: datetime | None, tz: tzinfo) -> str:
    """A calm note to send with a reminder request: what was done, and an open door.

    ``silent_since``: their last message on the platform (or, if they never wrote, the user's
    first unanswered message)."""
    if lang not in TEMPLATE_LANGUAGES:
        raise ValueError(f"no templates for language {lang!r}")
    name = counterparty.strip() or ("ご担当者" if lang == "ja" else "there")
    shown_title = f"「{title}」" if lang == "ja" else f"“{title}”"
    since = _fmt(silent_since, tz, lang) if silent_since else ("先日" if lang == "ja" else "a while")
    return _FILING_NOTICE[lang].format(name=name, title=shown_title, since=since)


_REPLY = {
    "ja": (
        "{name}様\n\n"
        "いつもお世話になっております。{title}の件です。\n"
        "ご連絡が遅くなり、大変申し訳ございません。\n"
        "（ここにご質問への回答や、今後の予定をお書きください）\n\n"
        "引き続きどうぞよろしくお願いいたします。"
    ),
    "en": (
        "Hello {name},\n\n"
        "Thank you for your patience about {title}, and I am sorry for my late reply.\n"
        "(Write your answer and the next steps here.)\n\n"
        "Best regards"
    ),
}


def reply_opening(lang: str, *, counterparty: str, title: str) -> str:
    """The frame of a late reply (an apology and a place for the answer): for when the ball is in
    the user's court, or a request was filed against them."""
    if lang not in TEMPLATE_LANGUAGES:
        raise ValueError(f"no templates for language {lang!r}")
    name = counterparty.strip() or ("ご担当者" if lang == "ja" else "there")
    shown_title = f"「{title}」" if lang == "ja" else f"“{title}”"
    return _REPLY[lang].format(name=name, title=shown_title)


def support_inquiry(
    lang: str,
    *,
    platform: str,
    title: str,
    url: str,
    counterparty: str,
    role: str,
    contract_type: str,
    stage: str,
    last_received: datetime | None,
    unanswered: tuple[datetime, ...],
    last_sent_read: bool | None,
    history: Iterable[HistoryLine],
    tz: tzinfo,
) -> str:
    """The inquiry to the platform's support, with the project's facts and its contact timeline."""
    if lang not in TEMPLATE_LANGUAGES:
        raise ValueError(f"no templates for language {lang!r}")
    lab = _SUPPORT_LABELS[lang]
    term = _TERMS[lang]
    platform_name = term.get(platform, platform) or ("プラットフォーム" if lang == "ja" else "platform")
    read_key = "read" if last_sent_read is True else "unread" if last_sent_read is False else "unknown"
    if unanswered:
        sent = lab["count"].format(n=len(unanswered))
        sent += (
            f"（{_fmt(unanswered[0], tz, lang)} 〜 {_fmt(unanswered[-1], tz, lang)}）"
            if lang == "ja"
            else f" ({_fmt(unanswered[0], tz, lang)} to {_fmt(unanswered[-1], tz, lang)})"
        )
    else:
        sent = lab["none"]
    bullet = "■ " if lang == "ja" else "- "
    sep = "：" if lang == "ja" else ": "
    facts = [
        (lab["title"], title),
        (lab["url"], url or lab["none"]),
        (lab["counterparty"], counterparty or lab["none"]),
        (lab["role"], term.get(role, role)),
        (lab["contract"], term.get(contract_type, contract_type)),
        (lab["stage"], term.get(stage, stage)),
        (lab["last_received"], _fmt(last_received, tz, lang)),
        (lab["unanswered"], sent),
        (lab["read"], term[read_key]),
    ]
    lines = [_SUPPORT_HEAD[lang].format(platform=platform_name).rstrip("\n"), ""]
    lines += [f"{bullet}{k}{sep}{v}" for k, v in facts]
    lines += ["", f"{lab['history']}{sep.strip()}" if lang == "en" else f"【{lab['history']}】"]
    ordered = sorted(history, key=lambda h: h.at)
    if not ordered:
        lines.append(f"- {lab['none']}")
    for item in ordered:
        who = f"{lab['you']} → {lab['them']}" if item.direction == "out" else f"{lab['them']} → {lab['you']}"
        extra = lab["offplatform"] if item.channel == "offplatform" else ""
        state = f" [{term[item.read_state]}]" if item.direction == "out" and item.read_state != "unknown" else ""
        lines.append(f"- {_fmt(item.at, tz, lang)} {who}{extra}{state}")
    lines += ["", lab["closing"]]
    return "\n".join(lines)
