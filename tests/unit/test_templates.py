"""The texts the user copies and sends (companion/model/templates.py): every variant in Japanese
and English, the dates they show, and that what the user typed goes in exactly as typed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from companion.model import templates
from companion.model.templates import (
    HistoryLine,
    filing_notice,
    follow_up,
    follow_up_level,
    message_date,
    platform_names,
    record_time,
    reply_is_late,
    reply_opening,
    support_inquiry,
)

JST = timezone(timedelta(hours=9))
D = timedelta(days=1)
H = timedelta(hours=1)
NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)  # Monday 30 November 2026, 12:00 in Japan
FIRST = datetime(2026, 11, 27, 15, 30, tzinfo=UTC)  # Saturday 28 November 00:30 in Japan
LATEST = datetime(2026, 11, 29, 1, 0, tzinfo=UTC)  # Sunday 29 November in Japan
PLATFORMS = ("lancers", "crowdworks", "coconala", "upwork", "fiverr", "other", "no-such-platform")


def fu(lang: str = "ja", sent: int = 1, read: bool | None = False, platform: str = "lancers", **kw) -> str:
    args = dict(counterparty="山田", title="ロゴ制作", last_sent=LATEST, read=read, tz=JST, first_sent=FIRST,
                sent=sent, now=NOW, platform=platform)
    args.update(kw)
    return follow_up(lang, **args)


def support(lang: str = "ja", platform: str = "lancers", **kw) -> str:
    args = dict(
        platform=platform, title="ロゴ制作", url="", counterparty="山田", role="worker", contract_type="project_fixed",
        stage="escrow_funded", last_received=FIRST - 3 * D, unanswered=(FIRST, LATEST), last_sent_read=False,
        history=[HistoryLine(FIRST, "out", "platform", "unread"), HistoryLine(FIRST - 3 * D, "in", "platform")], tz=JST,
    )
    args.update(kw)
    return support_inquiry(lang, **args)


# --- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "lang", "tz", "now", "expected"),
    [
        (FIRST, "ja", JST, NOW, "11月28日（土）"),  # JST: already the 28th
        (FIRST, "ja", UTC, NOW, "11月27日（金）"),  # UTC: still the 27th
        (FIRST, "en", JST, NOW, "Saturday, 28 November"),
        (FIRST, "en", UTC, NOW, "Friday, 27 November"),
        (datetime(2025, 11, 28, 3, tzinfo=UTC), "ja", JST, NOW, "2025年11月28日（金）"),  # another year
        (datetime(2025, 11, 28, 3, tzinfo=UTC), "en", JST, NOW, "Friday, 28 November 2025"),
        (datetime(2024, 2, 29, 3, tzinfo=UTC), "ja", JST, NOW, "2024年2月29日（木）"),
        (datetime(2026, 11, 1, 1, tzinfo=UTC), "ja", JST, NOW, "11月1日（日）"),
        (FIRST, "ja", JST, None, "2026年11月28日（土）"),  # no "now": the year is always shown
        (FIRST, "en", JST, None, "Saturday, 28 November 2026"),
        # New Year's Eve in UTC is New Year's Day in Japan: the year is the one there, for both.
        (datetime(2026, 12, 31, 15, 30, tzinfo=UTC), "ja", JST, datetime(2026, 12, 31, 10, tzinfo=UTC), "2027年1月1日（金）"),
        (datetime(2026, 12, 31, 15, 30, tzinfo=UTC), "ja", JST, datetime(2026, 12, 31, 16, tzinfo=UTC), "1月1日（金）"),
        (datetime(2026, 12, 31, 10, tzinfo=UTC), "ja", JST, datetime(2026, 12, 31, 16, tzinfo=UTC), "2026年12月31日（木）"),
        (datetime(2026, 12, 31, 10, tzinfo=UTC), "en", JST, datetime(2026, 12, 31, 16, tzinfo=UTC), "Thursday, 31 December 2026"),
    ],
)
def test_message_date(when, lang, tz, now, expected):
    assert message_date(when, lang, tz=tz, now=now) == expected


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)))
def test_message_date_weekday_and_day_are_the_local_ones(when):
    local = when.astimezone(JST)
    ja = message_date(when, "ja", tz=JST, now=when)
    assert ja == f"{local.month}月{local.day}日（{'月火水木金土日'[local.weekday()]}）"
    assert message_date(when, "en", tz=JST, now=when).startswith(local.strftime("%A, ") + str(local.day) + " ")


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        message_date(datetime(2026, 11, 28), "ja", tz=JST, now=NOW)


@pytest.mark.parametrize(
    ("lang", "expected"), [("ja", "2026年11月28日（土）00:30"), ("en", "Sat 28 Nov 2026, 00:30")]
)
def test_record_time_has_the_year_and_the_time(lang, expected):
    assert record_time(FIRST, lang, tz=JST) == expected


# --- follow-ups -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sent", "final_from", "level"),
    [(0, 3, "first"), (1, 3, "first"), (2, 3, "second"), (3, 3, "final"), (7, 3, "final"),
     (2, 5, "second"), (4, 5, "second"), (5, 5, "final"), (1, 2, "first"), (2, 2, "final"), (1, 1, "first"), (2, 1, "final")],
)
def test_follow_up_level(sent, final_from, level):
    assert follow_up_level(sent, final_from) == level


FOLLOW_UPS = [
    # lang, sent, read, a phrase only this variant has
    ("ja", 1, False, "11月28日（土）にお送りしたメッセージは届いておりますでしょうか。"),
    ("ja", 1, None, "11月28日（土）にお送りしたメッセージは届いておりますでしょうか。"),
    ("ja", 1, True, "11月28日（土）にお送りしたメッセージについて、ご返信はいつ頃いただけそうでしょうか。"),
    ("ja", 2, False, "11月28日（土）にメッセージをお送りしておりますが、ご覧いただけましたでしょうか。"),
    ("ja", 2, None, "ご覧いただけましたでしょうか"),
    ("ja", 2, True, "その旨だけでもお知らせいただけますと安心いたします。"),
    ("ja", 3, False, "「ロゴ制作」の件で、11月28日（土）より何度かメッセージをお送りしておりますが、その後ご状況はいかがでしょうか。"),
    ("ja", 3, True, "12月3日（木）までに、ご返信いただける時期の目安だけでもお知らせいただけますと幸いです。"),
    ("en", 1, False, "Did my message of Saturday, 28 November reach you?"),
    ("en", 1, None, "Did my message of Saturday, 28 November reach you?"),
    ("en", 1, True, "when you might be able to reply to my message of Saturday, 28 November"),
    ("en", 2, False, "In case the notification got lost"),
    ("en", 2, True, "If you need more time, just letting me know"),
    ("en", 3, False, "Could you reply by Thursday, 3 December? If I have not heard from you by then, I may ask Lancers support for help."),
    ("en", 3, True, "Could you reply by Thursday, 3 December, even if only to say when you expect to answer?"),
]


@pytest.mark.parametrize(("lang", "sent", "read", "phrase"), FOLLOW_UPS)
def test_each_follow_up_variant(lang, sent, read, phrase):
    body = fu(lang, sent, read)
    assert phrase in body
    others = {p for (l2, s2, r2, p) in FOLLOW_UPS if l2 == lang and (s2, r2 is True) != (sent, read is True)}
    assert not [p for p in others if p in body]
    assert ("山田様" if lang == "ja" else "Hello 山田,") in body
    assert ("「ロゴ制作」" if lang == "ja" else "“ロゴ制作”") in body


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("read", [False, True])
def test_the_three_follow_ups_differ_beyond_the_date(lang, read):
    bodies = [fu(lang, sent, read) for sent in (1, 2, 3)]
    # the sentences themselves differ, not only a date in them
    cores = [set(b.replace("11月28日（土）", "").replace("Saturday, 28 November", "").splitlines()) for b in bodies]
    for a, b in ((0, 1), (1, 2), (0, 2)):
        assert cores[a] ^ cores[b]
    assert len(set(bodies)) == 3


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("sent", [1, 2, 3])
def test_follow_ups_refer_to_the_original_message(lang, sent):
    body = fu(lang, sent)
    assert message_date(FIRST, lang, tz=JST, now=NOW) in body
    assert message_date(LATEST, lang, tz=JST, now=NOW) not in body
    # without first_sent, the one given is used
    assert message_date(LATEST, lang, tz=JST, now=NOW) in fu(lang, sent, first_sent=None)


@pytest.mark.parametrize("read", [False, True, None])
@pytest.mark.parametrize("sent", [1, 2, 3])
def test_japanese_follow_ups_apologise_for_crossed_messages(sent, read):
    body = fu("ja", sent, read)
    assert "なお、本メッセージと行き違いになっておりましたら、何卒ご容赦ください。" in body
    assert "行き違いでしたら申し訳ございません" not in body
    assert "If you have already replied, please disregard this message." in fu("en", sent, read)


@pytest.mark.parametrize(
    ("platform", "ja", "en"),
    [
        ("lancers", "ランサーズ事務局に相談させていただくことも考えております", "I may ask Lancers support for help"),
        ("crowdworks", "クラウドワークス事務局に相談", "I may ask CrowdWorks support for help"),
        ("coconala", "ココナラ事務局に相談", "I may ask Coconala support for help"),
        ("upwork", "Upworkのサポートに相談", "I may ask Upwork support for help"),
        ("fiverr", "Fiverrのサポートに相談", "I may ask Fiverr support for help"),
        ("other", "運営事務局に相談", "I may ask the platform's support team for help"),
        ("no-such-platform", "運営事務局に相談", "I may ask the platform's support team for help"),
    ],
)
@pytest.mark.parametrize("read", [False, True])
def test_the_final_follow_up_names_a_date_and_the_platforms_support(platform, ja, en, read):
    body = fu("ja", 3, read, platform)
    assert ja in body and "12月3日（木）まで" in body
    assert en.replace("'", "’") in fu("en", 3, read, platform).replace("'", "’")
    if platform != "lancers":
        assert "ランサーズ" not in body
    # the first two do not name the support, nor a date
    for sent in (1, 2):
        assert "事務局" not in fu("ja", sent, read, platform) and "support" not in fu("en", sent, read, platform)


def test_the_final_follow_up_date_is_in_the_users_zone_and_setting():
    late_evening = datetime(2026, 11, 30, 15, 30, tzinfo=UTC)  # already 1 December in Japan
    assert "12月4日（金）まで" in fu("ja", 3, now=late_evening)
    assert "12月3日（木）まで" in fu("ja", 3, now=late_evening, tz=UTC)
    assert "12月7日（月）まで" in fu("ja", 3, reply_within=7 * D)
    assert "2027年1月2日（土）まで" in fu("ja", 3, now=datetime(2026, 12, 30, 3, tzinfo=UTC))
    assert "Saturday, 2 January 2027" in fu("en", 3, now=datetime(2026, 12, 30, 3, tzinfo=UTC))
    assert "12月3日（木）まで" in fu("ja", 5, final_from=5)  # the "follow-ups before a formal step" setting
    assert "まで" not in fu("ja", 4, final_from=5)


def test_the_final_follow_up_needs_now():
    with pytest.raises(ValueError):
        fu("ja", 3, now=None)
    assert "2026年11月28日（土）" in fu("ja", 1, now=None)  # the others do not: the year is shown


def test_follow_up_keeps_its_old_call():
    body = follow_up("ja", counterparty="山田", title="バナー", last_sent=FIRST, read=None, tz=JST)
    assert "2026年11月28日（土）にお送りしたメッセージは届いておりますでしょうか" in body
    assert "先日お送りしたメッセージ" in follow_up("ja", counterparty="", title="", last_sent=None, read=None, tz=JST)
    assert "my message of the other day" in follow_up("en", counterparty="", title="", last_sent=None, read=True, tz=JST)


@pytest.mark.parametrize(
    ("lang", "counterparty", "title", "name", "shown"),
    [
        ("ja", "", "", "ご担当者様", "お取引の件"),
        ("ja", "  山田様 ", " ロゴ ", "山田様\n", "「ロゴ」"),  # the 様 the user typed is not doubled
        ("ja", "山田 様", "ロゴ", "山田様\n", "「ロゴ」"),
        ("en", "", "", "Hello there,", "about our project"),
        ("en", " Ann ", "Logo", "Hello Ann,", "“Logo”"),
    ],
)
def test_names_and_titles(lang, counterparty, title, name, shown):
    for body in (
        fu(lang, 1, counterparty=counterparty, title=title),
        fu(lang, 3, counterparty=counterparty, title=title),
        filing_notice(lang, counterparty=counterparty, title=title, silent_since=FIRST, tz=JST, now=NOW),
        reply_opening(lang, counterparty=counterparty, title=title),
    ):
        assert body.startswith(name) and shown in body
        assert "様様" not in body


# --- the note after filing ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "never_wrote", "phrase"),
    [
        ("ja", False, "11月28日（土）以降、ご連絡が取れない状況が続いておりましたため、誠に勝手ながらランサーズの「連絡催促申請」を行いました。"),
        ("ja", True, "11月28日（土）にご連絡して以降、お返事をいただけていない状況が続いておりましたため、誠に勝手ながらランサーズの「連絡催促申請」を行いました。"),
        ("en", False, "As I have not been able to reach you since Saturday, 28 November, I have filed a reminder request on Lancers."),
        ("en", True, "As I have not had a reply since I wrote to you on Saturday, 28 November, I have filed a reminder request on Lancers."),
    ],
)
def test_filing_notice(lang, never_wrote, phrase):
    body = filing_notice(lang, counterparty="山田", title="ロゴ制作", silent_since=FIRST, tz=JST, now=NOW, never_wrote=never_wrote)
    assert phrase in body
    if lang == "ja":
        assert "何かご事情がおありのことと存じますが、お手すきの際にメッセージにてご返信いただけますと幸いです。" in body
        for old in ("利用させていただきました", "存じますので", "ご連絡をいただけていないため", "以降ご連絡をいただけていない"):
            assert old not in body
    else:
        assert "I am sure you have your reasons" not in body


@pytest.mark.parametrize(
    ("platform", "ja", "en"),
    [
        ("crowdworks", "クラウドワークスの所定の手続きを行いました", "I have used the formal procedure on CrowdWorks."),
        ("coconala", "ココナラの所定の手続きを行いました", "I have used the formal procedure on Coconala."),
        ("upwork", "Upworkの所定の手続きを行いました", "I have used the formal procedure on Upwork."),
        ("fiverr", "Fiverrの所定の手続きを行いました", "I have used the formal procedure on Fiverr."),
        ("other", "サービスの所定の手続きを行いました", "I have used the platform’s formal procedure."),
        ("no-such-platform", "サービスの所定の手続きを行いました", "I have used the platform’s formal procedure."),
    ],
)
def test_filing_notice_names_the_request_only_on_lancers(platform, ja, en):
    body = filing_notice("ja", counterparty="山田", title="x", silent_since=FIRST, tz=JST, now=NOW, platform=platform)
    assert ja in body and "連絡催促申請" not in body and "ランサーズ" not in body
    body_en = filing_notice("en", counterparty="Ann", title="x", silent_since=FIRST, tz=JST, now=NOW, platform=platform)
    assert en in body_en and "reminder request" not in body_en


def test_filing_notice_without_a_date():
    assert "\nご連絡が取れない状況が続いておりましたため、" in filing_notice("ja", counterparty="", title="x", silent_since=None, tz=JST)
    assert "reach you for a while" in filing_notice("en", counterparty="", title="x", silent_since=None, tz=JST)


# --- the reply ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "late_after", "late"),
    [
        (2 * H, None, False),
        (24 * H, None, True),  # exactly a day: late, as the list turns the reply urgent then
        (24 * H - timedelta(minutes=1), None, False),
        (30 * H, None, True),
        (30 * H, 48 * H, False),  # the user's reply-owed setting, when given
        (49 * H, 48 * H, True),
        (2 * H, timedelta(hours=1), True),
    ],
)
def test_reply_apologises_only_when_late(age, late_after, late):
    assert reply_is_late(NOW - age, NOW, late_after) is late
    ja = reply_opening("ja", counterparty="山田", title="ロゴ制作", received_at=NOW - age, now=NOW, late_after=late_after)
    en = reply_opening("en", counterparty="Ann", title="Logo", received_at=NOW - age, now=NOW, late_after=late_after)
    if late:
        assert "「ロゴ制作」の件、ご連絡が遅くなり大変申し訳ございません。" in ja and "ありがとうございます" not in ja
        assert "Thank you for your message about “Logo”, and I am sorry for my late reply." in en
    else:
        assert "「ロゴ制作」の件、ご連絡ありがとうございます。" in ja and "申し訳" not in ja
        assert "Thank you for your message about “Logo”.\n" in en and "sorry" not in en


def test_reply_without_the_time_of_their_message_does_not_apologise():
    assert reply_is_late(None, NOW) is False and reply_is_late(NOW - 3 * D, None) is False
    assert "ご連絡ありがとうございます。" in reply_opening("ja", counterparty="山田", title="x")


# --- the support inquiry --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "ja_head", "en_head", "worker_ja", "client_ja"),
    [
        ("lancers", "ランサーズ サポートご担当者様", "Dear Lancers support team,", "ランサー（受注者）", "クライアント（発注者）"),
        ("crowdworks", "クラウドワークス サポートご担当者様", "Dear CrowdWorks support team,", "受注者", "発注者"),
        ("coconala", "ココナラ サポートご担当者様", "Dear Coconala support team,", "受注者", "発注者"),
        ("upwork", "Upwork サポートご担当者様", "Dear Upwork support team,", "受注者", "発注者"),
        ("fiverr", "Fiverr サポートご担当者様", "Dear Fiverr support team,", "受注者", "発注者"),
        ("other", "ご担当者様", "Dear support team,", "受注者", "発注者"),
        ("no-such-platform", "ご担当者様", "Dear support team,", "受注者", "発注者"),
    ],
)
def test_support_inquiry_per_platform(platform, ja_head, en_head, worker_ja, client_ja):
    body = support("ja", platform)
    assert body.startswith(ja_head + "\n\nいつもお世話になっております。\n下記の案件について、取引相手の方と連絡が取れず困っております。\n")
    assert "お手数をおかけしますが、先方へご連絡いただくことは可能でしょうか。" in body
    assert f"■ 私の立場：{worker_ja}\n" in body and f"■ 私の立場：{client_ja}\n" in support("ja", platform, role="client")
    assert "御中" not in body and "プラットフォーム事務局" not in body
    if platform != "lancers":
        assert "ランサー" not in body
    assert support("en", platform).startswith(en_head + "\n\nI cannot reach the other party in the project below. ")


@pytest.mark.parametrize("platform", PLATFORMS)
def test_support_inquiry_softer_route_uses_lancers_words_on_lancers_only(platform):
    softer = "連絡催促申請ではなく、事務局より個別にご状況をご確認いただくことは可能でしょうか。"
    body = support("ja", platform, instead_of_request=True)
    en = support("en", platform, instead_of_request=True)
    if platform == "lancers":
        assert softer in body and "先方へ" not in body
        assert "Rather than filing a reminder request" in en
    else:
        assert softer not in body and "先方へご連絡いただくことは可能でしょうか" in body
        assert "reminder request" not in en and "I would be grateful if you could contact them." in en
    assert softer not in support("ja", platform)


def test_support_inquiry_has_the_facts_and_the_timeline():
    body = support("ja")
    assert "■ 案件名：ロゴ制作\n" in body and "■ 取引相手：山田\n" in body
    assert "■ 取引相手からの最後のメッセージ：2026年11月25日（水）00:30\n" in body
    assert "■ その後の私からのメッセージ：2件、2026年11月28日（土）00:30 〜 2026年11月29日（日）10:00\n" in body
    history = body.split("【連絡の経緯】")[1]
    assert history.index("2026年11月25日（水）00:30 相手 → 私") < history.index("2026年11月28日（土）00:30 私 → 相手 [未読]")
    assert body.endswith("\n\n何卒よろしくお願いいたします。")
    assert "■ その後の私からのメッセージ：1件、2026年11月28日（土）00:30\n" in support("ja", unanswered=(FIRST,))
    assert "- My messages since then: 1 (Sat 28 Nov 2026, 00:30)\n" in support("en", unanswered=(FIRST,))
    en = support("en", unanswered=(), history=[])
    assert "- My messages since then: none\n" in en and "Contact history:\n- none\n" in en


def test_platform_names_in_one_place():
    assert platform_names("lancers") == ("ランサーズ", "ランサーズ事務局", "Lancers")
    assert platform_names("other") == platform_names("anything") == templates.GENERIC_PLATFORM
    assert set(templates.PLATFORM_NAMES) == {"lancers", "crowdworks", "coconala", "upwork", "fiverr"}


# --- every text -----------------------------------------------------------------------------------


def every_text(name: str = "山田", title: str = "ロゴ制作") -> list[tuple[str, str]]:
    """(lang, text) for every variant of every template."""
    out = []
    for lang in templates.TEMPLATE_LANGUAGES:
        for platform in PLATFORMS:
            for sent in (1, 2, 3):
                for read in (False, True, None):
                    out.append((lang, fu(lang, sent, read, platform, counterparty=name, title=title)))
            for never_wrote in (False, True):
                out.append((lang, filing_notice(lang, counterparty=name, title=title, silent_since=FIRST, tz=JST,
                                                now=NOW, never_wrote=never_wrote, platform=platform)))
            for softer in (False, True):
                out.append((lang, support(lang, platform, title=title, counterparty=name, instead_of_request=softer)))
        for age in (H, 3 * D):
            out.append((lang, reply_opening(lang, counterparty=name, title=title, received_at=NOW - age, now=NOW)))
    return out


def test_no_text_says_resend_and_keigo_is_not_overdone():
    texts = every_text()
    raw = [*templates._FOLLOW_UP.values(), *templates._FILING_NOTICE.values(), *templates._SILENCE.values(),
           *templates._REPLY.values(), *templates._SUPPORT_ASK.values()]
    for body in [t for _, t in texts] + raw:
        assert "再送" not in body
        assert body.count("させていただ") <= 1
        assert "{" not in body.replace("{name}", "").replace("{title}", "").replace("{first}", "").replace("{first_on}", "").replace(
            "{reply_by}", "").replace("{support}", "").replace("{silence}", "").replace("{procedure}", "").replace("{since}", "")
    for lang, body in texts:
        assert "ロゴ制作" in body and "山田" in body
        if lang == "en":
            assert not [c for c in body.replace("ロゴ制作", "").replace("山田", "") if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"]


@pytest.mark.parametrize("call", [
    lambda: follow_up("fr", counterparty="", title="", last_sent=None, read=None, tz=UTC),
    lambda: filing_notice("fr", counterparty="", title="", silent_since=None, tz=UTC),
    lambda: reply_opening("fr", counterparty="", title=""),
    lambda: support("fr"),
])
def test_unknown_template_language_is_refused(call):
    with pytest.raises(ValueError):
        call()


_typed = st.text(min_size=1, max_size=40).map(str.strip).filter(lambda t: t and not t.endswith("様"))


@given(name=_typed, title=_typed)
@example(name="{name}{title}{0}{", title="{first}%s{reply_by}}")
@example(name="{counterparty!r}", title="{0.__class__}")
def test_what_the_user_typed_is_inserted_verbatim(name, title):
    for lang in templates.TEMPLATE_LANGUAGES:
        head = f"{name}様\n" if lang == "ja" else f"Hello {name},\n"
        shown = f"「{title}」" if lang == "ja" else f"“{title}”"
        for sent in (1, 2, 3):
            body = fu(lang, sent, counterparty=name, title=title)
            assert body.startswith(head) and shown in body
        body = filing_notice(lang, counterparty=name, title=title, silent_since=FIRST, tz=JST, now=NOW)
        assert body.startswith(head) and shown in body
        body = reply_opening(lang, counterparty=name, title=title, received_at=NOW - 3 * D, now=NOW)
        assert body.startswith(head) and shown in body
        sep = "：" if lang == "ja" else ": "
        body = support(lang, counterparty=name, title=title)
        assert f"{sep}{title}\n" in body and f"{sep}{name}\n" in body


@pytest.mark.parametrize("lang, phrases", [
    ("ja", ("12月3日（木）までにご連絡をいただけますでしょうか", "キャンセルの手続き", "11月28日（土）")),
    ("en", ("by Thursday, 3 December", "cancelling the order", "28 November")),
])
def test_the_deadline_notice_names_a_real_date_and_the_next_step(lang, phrases):
    from companion.model.templates import deadline_notice

    now = datetime(2026, 11, 30, 12, tzinfo=timezone(timedelta(hours=9)))
    body = deadline_notice(lang, counterparty="山田", title="ロゴ制作", since=datetime(2026, 11, 28, 9, tzinfo=now.tzinfo),
                           tz=now.tzinfo, now=now)
    for phrase in phrases:
        assert phrase in body
    assert "●" not in body and "{" not in body


@pytest.mark.parametrize("platform, expected", [
    ("coconala", "正式な納品済み（承諾待ち）"), ("upwork", "作業を提出済み（承認待ち）"), ("fiverr", "Fiverrで納品済み"),
    ("lancers", "仕事完了報告済み"), ("other", "仕事完了報告済み"),
])
def test_support_reads_each_platforms_stage_words(platform, expected):
    from companion.model.templates import stage_term

    assert stage_term("ja", platform, "completion_reported") == expected


def test_the_first_message_after_a_purchase_thanks_for_the_order():
    from companion.model.templates import first_message

    assert "ご購入いただき、誠にありがとうございます" in first_message("ja", counterparty="nao", title="ロゴ作成")
    assert "Thank you for your order" in first_message("en", counterparty="nao", title="Logo")
