"""Texts the user can copy: polite follow-ups, a reply, a note after filing and a support (事務局)
inquiry, in Japanese and English.

Pure data and string formatting: the template language is chosen by the user, independently of
the interface language (a Japanese UI user may write to an English-speaking client). Nothing here
is ever sent: the user copies the text and acts on the platform themselves.

Every text is filled in by one ``str.format`` call whose values are never formatted again, so a
name or title with braces in it is inserted as typed. Dates in personal messages are the ones a
person writes (「11月28日（土）」, "Saturday, 28 November": the year only when it is not the current
one, no time of day); the support inquiry, a record of facts, has the year and the time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import NamedTuple

from companion.model.clock import ensure_utc

TEMPLATE_LANGUAGES = ("ja", "en")

# --- the platforms, in one place ------------------------------------------------------------------


class PlatformNames(NamedTuple):
    """How the texts name a platform ("" where the platform is not known)."""

    service_ja: str  # ランサーズ
    support_ja: str  # ランサーズ事務局: who the user would ask for help, in a sentence
    en: str  # Lancers


PLATFORM_NAMES: dict[str, PlatformNames] = {
    "lancers": PlatformNames("ランサーズ", "ランサーズ事務局", "Lancers"),
    "crowdworks": PlatformNames("クラウドワークス", "クラウドワークス事務局", "CrowdWorks"),
    "coconala": PlatformNames("ココナラ", "ココナラ事務局", "Coconala"),
    "upwork": PlatformNames("Upwork", "Upworkのサポート", "Upwork"),
    "fiverr": PlatformNames("Fiverr", "Fiverrのサポート", "Fiverr"),
}
GENERIC_PLATFORM = PlatformNames("", "運営事務局", "")

# The only formal request the texts name: the app knows no other platform's (rules/lancers.py).
# Elsewhere the note after filing speaks of the platform's procedure in general.
_NAMED_REQUEST = frozenset({"lancers"})


def platform_names(platform: str) -> PlatformNames:
    """The names of ``platform`` (a vocab.PLATFORMS code); generic ones for "other" or unknown."""
    return PLATFORM_NAMES.get(platform, GENERIC_PLATFORM)


def _support_en(names: PlatformNames) -> str:
    return f"{names.en} support" if names.en else "the platform’s support team"


# --- dates ----------------------------------------------------------------------------------------

_WEEKDAYS_JA = "月火水木金土日"
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def message_date(when: datetime, lang: str, *, tz: tzinfo, now: datetime | None = None) -> str:
    """A date as a person writes it in a message: 「11月28日（土）」 / "Saturday, 28 November".

    The day is the one in ``tz`` (the user's zone). The year is added only when it is not the
    year of ``now`` there (always when ``now`` is not given). Aware datetimes only."""
    local = ensure_utc(when).astimezone(tz)
    year_shown = now is None or ensure_utc(now).astimezone(tz).year != local.year
    if lang == "ja":
        year = f"{local.year}年" if year_shown else ""
        return f"{year}{local.month}月{local.day}日（{_WEEKDAYS_JA[local.weekday()]}）"
    year_en = f" {local.year}" if year_shown else ""
    return f"{_WEEKDAYS_EN[local.weekday()]}, {local.day} {_MONTHS_EN[local.month - 1]}{year_en}"


def record_time(when: datetime | None, lang: str, *, tz: tzinfo) -> str:
    """A time in a record of facts (the support inquiry): the date with its year, and the time."""
    if when is None:
        return _SUPPORT_LABELS[lang]["none"]
    local = ensure_utc(when).astimezone(tz)
    if lang == "ja":
        return f"{message_date(local, lang, tz=tz)}{local:%H:%M}"
    return f"{_WEEKDAYS_EN[local.weekday()][:3]} {local.day} {_MONTHS_EN[local.month - 1][:3]} {local.year}, {local:%H:%M}"


# --- the parts every personal message shares -------------------------------------------------------


def _check(lang: str) -> None:
    if lang not in TEMPLATE_LANGUAGES:
        raise ValueError(f"no templates for language {lang!r}")


def _name(lang: str, counterparty: str) -> str:
    """The addressee as typed; in Japanese without a 様 the user typed (the template adds it)."""
    name = counterparty.strip()
    if lang == "ja":
        name = name.removesuffix("様").rstrip()
        return name or "ご担当者"
    return name or "there"


def _title(lang: str, title: str) -> str:
    title = title.strip()
    if lang == "ja":
        return f"「{title}」" if title else "お取引"
    return f"“{title}”" if title else "our project"


_BY_THE_WAY_JA = "なお、本メッセージと行き違いになっておりましたら、何卒ご容赦ください。\n"
_BY_THE_WAY_EN = "If you have already replied, please disregard this message.\n"
_CLOSING_JA = "\n引き続きどうぞよろしくお願いいたします。"
_CLOSING_EN = "\nBest regards"

# --- follow-ups -------------------------------------------------------------------------------------

FOLLOW_UP_LEVELS = ("first", "second", "final")
READ_KINDS = ("unread", "read")  # "did it arrive?" (unread or not known) / "when could you reply?"

_FOLLOW_UP: dict[tuple[str, str, str], str] = {
    ("ja", "first", "unread"): (
        "{name}様\n\n"
        "いつもお世話になっております。{title}の件でご連絡いたしました。\n"
        "{first_on}お送りしたメッセージは届いておりますでしょうか。\n"
        "お忙しいところ恐縮ですが、ご確認のうえご返信いただけますと幸いです。\n"
        + _BY_THE_WAY_JA + _CLOSING_JA
    ),
    ("ja", "first", "read"): (
        "{name}様\n\n"
        "いつもお世話になっております。{title}の件でご連絡いたしました。\n"
        "{first_on}お送りしたメッセージについて、ご返信はいつ頃いただけそうでしょうか。\n"
        "お忙しいところ恐縮ですが、おおよその目安だけでもお知らせいただけますと、こちらも予定が立てやすく大変助かります。\n"
        + _BY_THE_WAY_JA + _CLOSING_JA
    ),
    ("ja", "second", "unread"): (
        "{name}様\n\n"
        "いつもお世話になっております。{title}の件で、改めてご連絡いたしました。\n"
        "{first_on}メッセージをお送りしておりますが、ご覧いただけましたでしょうか。\n"
        "ご多忙のところ恐れ入りますが、お手すきの際にひと言ご返信いただけますと大変助かります。\n"
        + _BY_THE_WAY_JA + _CLOSING_JA
    ),
    ("ja", "second", "read"): (
        "{name}様\n\n"
        "いつもお世話になっております。{title}の件で、改めてご連絡いたしました。\n"
        "{first_on}お送りしたメッセージについて、その後いかがでしょうか。\n"
        "ご確認やご検討にお時間がかかるようでしたら、その旨だけでもお知らせいただけますと安心いたします。\n"
        + _BY_THE_WAY_JA + _CLOSING_JA
    ),
    ("ja", "final", "unread"): (
        "{name}様\n\n"
        "いつもお世話になっております。\n"
        "{title}の件で、{first}より何度かメッセージをお送りしておりますが、その後ご状況はいかがでしょうか。\n"
        "お手数をおかけしますが、{reply_by}までにご返信いただけますと幸いです。\n"
        "それまでにご連絡が難しい場合は、{support}に相談させていただくことも考えております。\n"
        + _BY_THE_WAY_JA + _CLOSING_JA
    ),
    ("ja", "final", "read"): (
        "{name}様\n\n"
        "いつもお世話になっております。\n"
        "{title}の件で、{first}より何度かメッセージをお送りしております。\n"
        "ご事情もおありかと存じますが、{reply_by}までに、ご返信いただける時期の目安だけでもお知らせいただけますと幸いです。\n"
        "それまでにご連絡が難しい場合は、{support}に相談させていただくことも考えております。\n"
        + _BY_THE_WAY_JA + _CLOSING_JA
    ),
    ("en", "first", "unread"): (
        "Hello {name},\n\n"
        "I am writing about {title}.\n"
        "Did my message of {first} reach you?\n"
        "Whenever you have a moment, I would be grateful for a reply.\n"
        + _BY_THE_WAY_EN + _CLOSING_EN
    ),
    ("en", "first", "read"): (
        "Hello {name},\n\n"
        "I am writing about {title}.\n"
        "Could you let me know when you might be able to reply to my message of {first}?\n"
        "Even a rough idea of the timing would help me plan.\n"
        + _BY_THE_WAY_EN + _CLOSING_EN
    ),
    ("en", "second", "unread"): (
        "Hello {name},\n\n"
        "I am following up on my message of {first} about {title}.\n"
        "In case the notification got lost, I wanted to make sure it reached you. "
        "A short reply whenever you can would help a lot.\n"
        + _BY_THE_WAY_EN + _CLOSING_EN
    ),
    ("en", "second", "read"): (
        "Hello {name},\n\n"
        "I am following up on my message of {first} about {title}. How are things on your side?\n"
        "If you need more time, just letting me know would already be a great help.\n"
        + _BY_THE_WAY_EN + _CLOSING_EN
    ),
    ("en", "final", "unread"): (
        "Hello {name},\n\n"
        "I have written to you a few times since {first} about {title}, and I hope all is well.\n"
        "Could you reply by {reply_by}? If I have not heard from you by then, "
        "I may ask {support} for help.\n"
        + _BY_THE_WAY_EN + _CLOSING_EN
    ),
    ("en", "final", "read"): (
        "Hello {name},\n\n"
        "I have written to you a few times since {first} about {title}. "
        "I understand you may have your reasons.\n"
        "Could you reply by {reply_by}, even if only to say when you expect to answer? "
        "If I have not heard from you by then, I may ask {support} for help.\n"
        + _BY_THE_WAY_EN + _CLOSING_EN
    ),
}

FINAL_REPLY_WITHIN = timedelta(days=3)


def follow_up_level(sent: int, final_from: int = 3) -> str:
    """Which follow-up comes next after ``sent`` unanswered messages (the original included):
    the first, a second (different) one, and from ``final_from`` on the final one."""
    if sent >= max(final_from, 2):
        return "final"
    return "second" if sent >= 2 else "first"


def follow_up(
    lang: str,
    *,
    counterparty: str,
    title: str,
    last_sent: datetime | None = None,
    read: bool | None,
    tz: tzinfo,
    first_sent: datetime | None = None,
    sent: int = 1,
    now: datetime | None = None,
    platform: str = "lancers",
    final_from: int = 3,
    reply_within: timedelta = FINAL_REPLY_WITHIN,
) -> str:
    """A polite follow-up: "did it arrive?" when unread or unknown, "when could you reply?" when read.

    ``sent``: the unanswered messages the user already sent (the original one included); it picks
    the first, second or final follow-up (:func:`follow_up_level`). Each refers to the original
    message, ``first_sent`` (``last_sent`` if not given). The final one asks for a reply by
    ``now`` + ``reply_within`` and says that the user may then ask the platform's support; it needs
    ``now``. ``final_from``: the "follow-ups before a formal step" setting."""
    _check(lang)
    level = follow_up_level(sent, final_from)
    kind = "read" if read is True else "unread"
    original = first_sent or last_sent
    when = message_date(original, lang, tz=tz, now=now) if original else ("先日" if lang == "ja" else "the other day")
    reply_by = ""
    if level == "final":
        if now is None:
            raise ValueError("the final follow-up names a reply-by date: it needs now")
        reply_by = message_date(now + reply_within, lang, tz=tz, now=now)
    names = platform_names(platform)
    return _FOLLOW_UP[(lang, level, kind)].format(
        name=_name(lang, counterparty),
        title=_title(lang, title),
        first=when,
        first_on=f"{when}に" if original and lang == "ja" else when,  # 「11月28日（土）に」 but 「先日」
        reply_by=reply_by,
        support=names.support_ja if lang == "ja" else _support_en(names),
    )


# --- the note after filing a request ----------------------------------------------------------------

_FILING_NOTICE = {
    "ja": (
        "{name}様\n\n"
        "いつもお世話になっております。{title}の件につきまして、ご報告いたします。\n"
        "{silence}、誠に勝手ながら{procedure}を行いました。\n"
        "何かご事情がおありのことと存じますが、お手すきの際にメッセージにてご返信いただけますと幸いです。\n\n"
        "何卒よろしくお願いいたします。"
    ),
    "en": (
        "Hello {name},\n\n"
        "I am writing about {title}.\n"
        "{silence}, I have {procedure}.\n"
        "There may well be a reason I am not aware of. Whenever you see this, "
        "I would be grateful for a reply in the messages.\n"
        + _CLOSING_EN
    ),
}

_SILENCE = {
    ("ja", False): "{since}以降、ご連絡が取れない状況が続いておりましたため",
    ("ja", True): "{since}にご連絡して以降、お返事をいただけていない状況が続いておりましたため",
    ("en", False): "As I have not been able to reach you since {since}",
    ("en", True): "As I have not had a reply since I wrote to you on {since}",
}


def _procedure(lang: str, platform: str) -> str:
    """What the user filed, as the note names it."""
    names = platform_names(platform)
    if lang == "ja":
        if platform in _NAMED_REQUEST:
            return f"{names.service_ja}の「連絡催促申請」"
        return f"{names.service_ja or 'サービス'}の所定の手続き"
    if platform in _NAMED_REQUEST:
        return f"filed a reminder request on {names.en}"
    return f"used the formal procedure on {names.en}" if names.en else "used the platform’s formal procedure"


def filing_notice(
    lang: str,
    *,
    counterparty: str,
    title: str,
    silent_since: datetime | None,
    tz: tzinfo,
    now: datetime | None = None,
    never_wrote: bool = False,
    platform: str = "lancers",
) -> str:
    """A calm note to send with a formal request: what was done, and an open door.

    ``silent_since``: their last message on the platform or, if they never wrote
    (``never_wrote``), the user's first unanswered message. Only Lancers' request is named
    (連絡催促申請); on other platforms the note speaks of the platform's procedure."""
    _check(lang)
    if silent_since is not None:
        since = message_date(silent_since, lang, tz=tz, now=now)
        silence = _SILENCE[(lang, never_wrote)].format(since=since)
    else:
        silence = "ご連絡が取れない状況が続いておりましたため" if lang == "ja" else "As I have not been able to reach you for a while"
    return _FILING_NOTICE[lang].format(
        name=_name(lang, counterparty),
        title=_title(lang, title),
        silence=silence,
        procedure=_procedure(lang, platform),
    )


# --- the first message after a purchase (Coconala: due within 48 hours) -----------------------------

_FIRST_MESSAGE = {
    "ja": (
        "{name}様\n\n"
        "このたびは{title}をご購入いただき、誠にありがとうございます。\n"
        "これより作業を進めてまいります。（ここに、進め方や納品までの目安、必要な情報をお書きください）\n"
        "ご不明な点がございましたら、お気軽にお知らせください。\n\n"
        "どうぞよろしくお願いいたします。"
    ),
    "en": (
        "Hello {name},\n\n"
        "Thank you for your order of {title}.\n"
        "I am starting on it now. (Write how you will proceed, when to expect the delivery, and what you need.)\n"
        "If you have any questions, just let me know.\n\n"
        "Best regards"
    ),
}


def first_message(lang: str, *, counterparty: str, title: str) -> str:
    """The seller's first message after a purchase: thanks, and what happens next."""
    _check(lang)
    return _FIRST_MESSAGE[lang].format(name=_name(lang, counterparty), title=_title(lang, title))


# --- a deadline notice before cancelling (Coconala: announce a date in the talk room first) -----------

DEADLINE_NOTICE_WITHIN = timedelta(days=3)

_DEADLINE_NOTICE = {
    "ja": (
        "{name}様\n\n"
        "いつもお世話になっております。{title}の件でご連絡いたしました。\n"
        "{since}にお送りしたメッセージ以降、ご連絡をいただけていない状況です。\n"
        "お手数をおかけしますが、{date}までにご連絡をいただけますでしょうか。\n"
        "{date}までにご連絡のない場合は、誠に恐縮ながらキャンセルの手続きを進めさせていただきます。\n\n"
        "何卒よろしくお願いいたします。"
    ),
    "en": (
        "Hello {name},\n\n"
        "I am writing about {title}. I have not heard from you since my message of {since}.\n"
        "Could you get back to me by {date}?\n"
        "If I have not heard from you by then, I am afraid I will go ahead with cancelling the order.\n\n"
        "Best regards"
    ),
}


def deadline_notice(
    lang: str, *, counterparty: str, title: str, since: datetime | None, tz: tzinfo, now: datetime,
    within: timedelta = DEADLINE_NOTICE_WITHIN,
) -> str:
    """The notice to post before cancelling (Coconala's guidance: a clear date first, e.g.
    「●月●日までにご連絡のない場合はキャンセルさせていただきます」), calm and with a real date.
    ``since``: the user's first unanswered message."""
    _check(lang)
    date = message_date(now + within, lang, tz=tz, now=now)
    first = message_date(since, lang, tz=tz, now=now) if since is not None else ("先日" if lang == "ja" else "the other day")
    return _DEADLINE_NOTICE[lang].format(name=_name(lang, counterparty), title=_title(lang, title), since=first, date=date)


# --- a reply the user owes ---------------------------------------------------------------------------

REPLY_LATE_AFTER = timedelta(hours=24)

_REPLY = {
    ("ja", True): (
        "{name}様\n\n"
        "いつもお世話になっております。{title}の件、ご連絡が遅くなり大変申し訳ございません。\n"
        "（ここにご質問への回答や、今後の予定をお書きください）\n"
        + _CLOSING_JA
    ),
    ("ja", False): (
        "{name}様\n\n"
        "いつもお世話になっております。{title}の件、ご連絡ありがとうございます。\n"
        "（ここにご質問への回答や、今後の予定をお書きください）\n"
        + _CLOSING_JA
    ),
    ("en", True): (
        "Hello {name},\n\n"
        "Thank you for your message about {title}, and I am sorry for my late reply.\n"
        "(Write your answer and the next steps here.)\n"
        + _CLOSING_EN
    ),
    ("en", False): (
        "Hello {name},\n\n"
        "Thank you for your message about {title}.\n"
        "(Write your answer and the next steps here.)\n"
        + _CLOSING_EN
    ),
}


def reply_is_late(received_at: datetime | None, now: datetime | None, late_after: timedelta | None = None) -> bool:
    """Whether a reply to a message received at ``received_at`` is late at ``now``: older than
    ``late_after`` (the user's reply-owed setting; 24 hours if not given)."""
    if received_at is None or now is None:
        return False
    # (at exactly the setting it is late, as the list turns the reply urgent then: policy.urgency)
    return ensure_utc(now) - ensure_utc(received_at) >= (late_after if late_after is not None else REPLY_LATE_AFTER)


def reply_opening(
    lang: str,
    *,
    counterparty: str,
    title: str,
    received_at: datetime | None = None,
    now: datetime | None = None,
    late_after: timedelta | None = None,
) -> str:
    """The frame of a reply (a greeting and a place for the answer), for when the ball is in the
    user's court or a request was filed against them. It apologises for the delay only when the
    reply is late (:func:`reply_is_late`: ``received_at``, their message owed a reply, is older
    than ``late_after``); otherwise it thanks them for their message."""
    _check(lang)
    late = reply_is_late(received_at, now, late_after)
    return _REPLY[(lang, late)].format(name=_name(lang, counterparty), title=_title(lang, title))


# --- the support inquiry ----------------------------------------------------------------------------

_SUPPORT_ASK = {
    ("ja", False): "お手数をおかけしますが、先方へご連絡いただくことは可能でしょうか。",
    # The wording of the softer route (https://info.lancers.jp/?p=33599).
    ("ja", True): "お手数をおかけしますが、連絡催促申請ではなく、事務局より個別にご状況をご確認いただくことは可能でしょうか。",
    ("en", False): "I would be grateful if you could contact them.",
    ("en", True): "Rather than filing a reminder request, I would like to ask whether your team could check on their situation individually.",
}

_SUPPORT_LABELS = {
    "ja": {
        "title": "案件名", "url": "URL", "counterparty": "取引相手", "role": "私の立場",
        "contract": "契約形式", "stage": "現在の段階", "last_received": "取引相手からの最後のメッセージ",
        "unanswered": "その後の私からのメッセージ", "read": "最新メッセージの既読状態",
        "history": "連絡の経緯", "none": "なし", "count": "{n}件",
        "you": "私", "them": "相手", "closing": "何卒よろしくお願いいたします。",
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

# Shared with the evidence report (companion/model/report.py).
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

# ランサー / クライアント are Lancers' words; elsewhere the roles are 受注者 / 発注者.
_ROLES_JA = {
    "lancers": {"worker": "ランサー（受注者）", "client": "クライアント（発注者）"},
    "": {"worker": "受注者", "client": "発注者"},
}


# Each platform's own words for the stages (DOMAIN-PLATFORMS.md's vocabulary), for what support
# reads (the inquiry, the evidence report); Lancers' are _TERMS'.
_STAGES = {
    "crowdworks": {
        "ja": {"negotiating": "応募・相談中", "contracted": "契約済み・仮払い前", "escrow_funded": "仮払い済み（作業中）",
               "delivered": "納品済み（検収待ち）", "completion_reported": "納品済み（検収待ち）",
               "paid": "検収完了・支払い済み", "cancelled": "契約終了"},
        "en": {"negotiating": "applying / discussing", "contracted": "contracted, escrow not yet funded",
               "escrow_funded": "escrow funded, work in progress", "delivered": "delivered, awaiting acceptance",
               "completion_reported": "delivered, awaiting acceptance", "paid": "accepted and paid", "cancelled": "contract ended"},
    },
    "coconala": {
        "ja": {"negotiating": "見積もり相談中", "contracted": "購入前", "escrow_funded": "購入済み（トークルーム）",
               "delivered": "納品物を送付済み（正式な納品の前）", "completion_reported": "正式な納品済み（承諾待ち）",
               "paid": "取引完了", "cancelled": "キャンセル"},
        "en": {"negotiating": "discussing a quote", "contracted": "not purchased yet", "escrow_funded": "purchased (talk room)",
               "delivered": "work sent, not formally delivered", "completion_reported": "formally delivered, awaiting approval",
               "paid": "transaction complete", "cancelled": "cancelled"},
    },
    "upwork": {
        "ja": {"negotiating": "提案・面談中", "contracted": "契約済み（マイルストーン未入金）", "escrow_funded": "マイルストーン入金済み",
               "delivered": "作業完了（未提出）", "completion_reported": "作業を提出済み（承認待ち）",
               "paid": "支払い済み", "cancelled": "契約終了・返金"},
        "en": {"negotiating": "proposal / interview", "contracted": "contract started, milestone not funded",
               "escrow_funded": "milestone funded", "delivered": "work done, not yet submitted",
               "completion_reported": "work submitted for the milestone", "paid": "payment released",
               "cancelled": "contract ended / refunded"},
    },
    "fiverr": {
        "ja": {"negotiating": "カスタムオファー相談中", "contracted": "注文前", "escrow_funded": "注文進行中",
               "delivered": "メッセージで送付済み（Fiverrでの納品の前）", "completion_reported": "Fiverrで納品済み",
               "paid": "注文完了", "cancelled": "キャンセル"},
        "en": {"negotiating": "custom offer", "contracted": "not ordered yet", "escrow_funded": "order in progress",
               "delivered": "work sent by message, not delivered in Fiverr", "completion_reported": "delivered in Fiverr",
               "paid": "order completed", "cancelled": "cancelled"},
    },
}


def stage_term(lang: str, platform: str, stage: str) -> str:
    """A stage in the words of ``platform`` (Lancers' otherwise)."""
    own = _STAGES.get(platform, {}).get(lang, {}).get(stage)
    return own or _TERMS[lang].get(stage, stage)


def role_label(lang: str, platform: str, role: str) -> str:
    """The user's role as the support inquiry names it on ``platform``."""
    if lang == "ja":
        return _ROLES_JA.get(platform, _ROLES_JA[""]).get(role, role)
    return _TERMS["en"].get(role, role)


def _support_head(lang: str, platform: str, instead_of_request: bool) -> list[str]:
    names = platform_names(platform)
    softer = instead_of_request and platform in _NAMED_REQUEST
    if lang == "ja":
        return [
            f"{names.service_ja} サポートご担当者様" if names.service_ja else "ご担当者様",
            "",
            "いつもお世話になっております。",
            "下記の案件について、取引相手の方と連絡が取れず困っております。",
            _SUPPORT_ASK[("ja", softer)],
        ]
    return [
        f"Dear {names.en} support team," if names.en else "Dear support team,",
        "",
        "I cannot reach the other party in the project below. " + _SUPPORT_ASK[("en", softer)],
    ]


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    direction: str  # out | in
    channel: str
    read_state: str = "unknown"


def _history_lines(lang: str, history: Iterable[HistoryLine], tz: tzinfo) -> list[str]:
    lab, term = _SUPPORT_LABELS[lang], _TERMS[lang]
    ordered = sorted(history, key=lambda h: h.at)
    if not ordered:
        return [f"- {lab['none']}"]
    lines = []
    for item in ordered:
        who = f"{lab['you']} → {lab['them']}" if item.direction == "out" else f"{lab['them']} → {lab['you']}"
        extra = lab["offplatform"] if item.channel == "offplatform" else ""
        state = f" [{term[item.read_state]}]" if item.direction == "out" and item.read_state != "unknown" else ""
        lines.append(f"- {record_time(item.at, lang, tz=tz)} {who}{extra}{state}")
    return lines


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
    instead_of_request: bool = False,
) -> str:
    """The inquiry to the platform's support, with the project's facts and its contact timeline.

    ``instead_of_request``: the user could file the platform's formal request (now or once the
    silence is long enough) and asks support instead, the softer route; on Lancers the inquiry
    then says so in the platform's own words."""
    _check(lang)
    lab = _SUPPORT_LABELS[lang]
    term = _TERMS[lang]
    read_key = "read" if last_sent_read is True else "unread" if last_sent_read is False else "unknown"
    sent = lab["none"]
    if unanswered:
        span = (record_time(unanswered[0], lang, tz=tz), record_time(unanswered[-1], lang, tz=tz))
        to = " 〜 " if lang == "ja" else " to "
        between = span[0] if len(unanswered) == 1 else f"{span[0]}{to}{span[1]}"
        sent = lab["count"].format(n=len(unanswered)) + (f"、{between}" if lang == "ja" else f" ({between})")
    bullet = "■ " if lang == "ja" else "- "
    sep = "：" if lang == "ja" else ": "
    facts = [
        (lab["title"], title),
        (lab["url"], url or lab["none"]),
        (lab["counterparty"], counterparty or lab["none"]),
        (lab["role"], role_label(lang, platform, role)),
        (lab["contract"], term.get(contract_type, contract_type)),
        (lab["stage"], stage_term(lang, platform, stage)),
        (lab["last_received"], record_time(last_received, lang, tz=tz)),
        (lab["unanswered"], sent),
        (lab["read"], term[read_key]),
    ]
    lines = [*_support_head(lang, platform, instead_of_request), ""]
    lines += [f"{bullet}{k}{sep}{v}" for k, v in facts]
    lines += ["", f"{lab['history']}{sep.strip()}" if lang == "en" else f"【{lab['history']}】"]
    lines += _history_lines(lang, history, tz)
    lines += ["", lab["closing"]]
    return "\n".join(lines)
