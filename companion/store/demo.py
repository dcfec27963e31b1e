"""A realistic demo data set: fifteen projects on all five platforms, in varied stages, with
Japanese names and texts (English on Upwork and Fiverr).

Times are relative to "now" so the demo is alive whenever it is loaded.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from companion.store import repo
from companion.store.connection import database_proxy
from companion.store.reads import project_count
from companion.store.repo import MessageInput, ProjectInput


class DemoNotEmptyError(RuntimeError):
    pass


D = timedelta(days=1)
H = timedelta(hours=1)

# (project, [(ago, direction, channel, text, extra)], requests)
_DEMO: list[tuple[ProjectInput, list[tuple[timedelta, str, str, str, dict[str, object]]], list[tuple[str, timedelta]]]] = [
    (
        ProjectInput(
            title="コーポレートサイトのバナー制作（5点）",
            counterparty="株式会社ミナトデザイン",
            role="worker",
            stage="completion_reported",
            amount="33000",
            url="https://www.lancers.jp/work/detail/4812345",
            start_date=date(2026, 9, 20),
            notes="納品済み・仕事完了報告済み。検収待ち。",
        ),
        [
            (20 * D, "in", "platform", "バナー5点、ご納品ありがとうございます。確認いたします。", {}),
            (15 * D, "out", "platform", "仕事完了報告をいたしました。ご確認のほどよろしくお願いいたします。", {"read_state": "unread"}),
            (12 * D, "out", "platform", "お世話になっております。ご確認状況はいかがでしょうか。", {"read_state": "unread"}),
            (9 * D, "out", "platform", "行き違いでしたら申し訳ございません。念のため再度ご連絡いたしました。", {"read_state": "unread"}),
        ],
        [],
    ),
    (
        ProjectInput(
            title="ECサイト商品説明文ライティング（30本）",
            counterparty="山田 花子",
            role="worker",
            stage="escrow_funded",
            amount="45000",
            url="https://www.lancers.jp/work/detail/4823456",
            start_date=date(2026, 10, 25),
            notes="15本納品済み、残り15本。資料の追加待ち。",
        ),
        [
            (11 * D, "in", "platform", "前半15本、問題ありません。後半の資料は明日お送りします。", {}),
            (8 * D, "out", "platform", "ご確認ありがとうございます。後半の資料をお待ちしております。", {"read_state": "read"}),
            (5 * D, "out", "platform", "後半分の資料はいつ頃ご共有いただけそうでしょうか。", {"read_state": "read"}),
            (2 * D + 3 * H, "out", "platform", "お忙しいところ恐れ入ります。ご返信をお待ちしております。", {"read_state": "unknown"}),
        ],
        [],
    ),
    (
        ProjectInput(
            title="スマホアプリのUIデザイン改善",
            counterparty="合同会社ソラテック",
            role="worker",
            stage="delivered",
            amount="120000",
            url="https://www.lancers.jp/work/detail/4834567",
            start_date=date(2026, 9, 1),
            notes="最終デザインを納品済み。完了報告はまだ。",
        ),
        [
            (16 * D, "in", "platform", "最終版の納品をお願いします。", {}),
            (14 * D, "out", "platform", "最終デザインを納品いたしました。ご確認をお願いいたします。", {"read_state": "unread"}),
            (11 * D, "out", "platform", "納品物はご確認いただけましたでしょうか。", {"read_state": "unread"}),
            (8 * D, "out", "platform", "念のため再度ご連絡いたします。お手すきの際にご確認ください。", {"read_state": "unread"}),
            (6 * D, "out", "offplatform", "（メールでも同じ内容を連絡）", {}),
        ],
        [],
    ),
    (
        ProjectInput(
            title="会社紹介動画の編集",
            counterparty="佐藤 健一",
            role="client",
            stage="escrow_funded",
            amount="80000",
            url="https://www.lancers.jp/work/detail/4845678",
            start_date=date(2026, 10, 10),
            notes="仮払い済み。初稿の納期を過ぎている。",
        ),
        [
            (10 * D, "in", "platform", "承知しました。初稿は来週中にお送りします。", {}),
            (6 * D, "out", "platform", "初稿の進捗はいかがでしょうか。", {"read_state": "read"}),
            (4 * D, "out", "platform", "納期を過ぎておりますので、状況をお知らせください。", {"read_state": "read"}),
            (1 * D + 20 * H, "out", "platform", "ご返信がない場合、事務局に相談させていただきます。", {"read_state": "unread"}),
        ],
        [],
    ),
    (
        ProjectInput(
            title="ロゴデザイン（飲食店）",
            counterparty="cafe hinata",
            role="worker",
            stage="negotiating",
            url="https://www.lancers.jp/work/detail/4856789",
            notes="提案後、返事なし。",
        ),
        [
            (9 * D, "out", "platform", "ご提案いたしました。ご検討のほどよろしくお願いいたします。", {"read_state": "read"}),
            (6 * D, "out", "platform", "ご不明点があればお気軽にお尋ねください。", {"read_state": "read"}),
            (3 * D, "out", "platform", "その後ご検討状況はいかがでしょうか。", {"read_state": "read"}),
        ],
        [],
    ),
    (
        ProjectInput(
            title="ブログ記事の校正（月10本）",
            counterparty="株式会社ことのは",
            role="worker",
            stage="escrow_funded",
            contract_type="direct_fixed",
            amount="20000",
            url="https://www.lancers.jp/work/detail/4867890",
            start_date=date(2026, 11, 1),
            notes="直接依頼。今月分の原稿待ち。",
        ),
        [
            (3 * D, "out", "platform", "今月分の原稿はいつ頃いただけますでしょうか。", {"read_state": "read", "read_after": 2 * H}),
            (5 * H, "in", "platform", "遅くなりすみません、今週金曜にお送りします。ご都合いかがですか？", {}),
        ],
        [],
    ),
    (
        ProjectInput(
            title="Webサイト翻訳（日→英）",
            counterparty="Global Bridge Inc.",
            role="worker",
            stage="escrow_funded",
            amount="60000",
            currency="JPY",
            url="https://www.lancers.jp/work/detail/4878901",
            start_date=date(2026, 10, 1),
            notes="相手から連絡催促申請が来ている！",
        ),
        [
            (12 * D, "in", "platform", "進捗を教えてください。", {}),
            (3 * D, "in", "platform", "至急ご連絡ください。", {}),
        ],
        [("counterparty", 2 * D)],
    ),
    (
        ProjectInput(
            title="LP（ランディングページ）コーディング",
            counterparty="田中 誠",
            role="client",
            stage="escrow_funded",
            amount="150000",
            url="https://www.lancers.jp/work/detail/4889012",
            start_date=date(2026, 9, 15),
            notes="制作途中で連絡が途絶えた。連絡催促申請を提出済み。",
        ),
        [
            (21 * D, "in", "platform", "デザインの共有ありがとうございます。着手します。", {}),
            (17 * D, "out", "platform", "進捗はいかがでしょうか。", {"read_state": "unread"}),
            (14 * D, "out", "platform", "ご状況をお知らせいただけますか。", {"read_state": "unread"}),
            (11 * D, "out", "platform", "ご連絡をお待ちしております。", {"read_state": "unread"}),
        ],
        [("user", 3 * D)],
    ),
    (
        ProjectInput(
            title="名刺デザイン",
            counterparty="鈴木 美咲",
            role="worker",
            stage="paid",
            amount="8000",
            url="https://www.lancers.jp/work/detail/4890123",
            start_date=date(2026, 8, 1),
            notes="完了。満足の評価をいただいた。",
        ),
        [
            (40 * D, "out", "platform", "納品いたしました。", {"read_state": "read"}),
            (39 * D, "in", "platform", "ありがとうございました！", {"no_reply_needed": True}),
        ],
        [],
    ),
    (
        ProjectInput(
            title="データ入力（商品マスタ整備）",
            counterparty="ミドリ商事",
            role="worker",
            stage="contracted",
            amount="15000",
            url="https://www.lancers.jp/work/detail/4901234",
            notes="契約したが仮払いがまだ。作業は仮払い後に開始する。",
        ),
        [
            (13 * D, "in", "platform", "よろしくお願いします。仮払いしておきます。", {}),
            (10 * D, "out", "platform", "仮払いのご対応をお願いできますでしょうか。", {"read_state": "unread"}),
            (7 * D, "out", "platform", "仮払い確認後に作業を開始いたします。", {"read_state": "unread"}),
            (4 * D, "out", "platform", "ご確認のほどよろしくお願いいたします。", {"read_state": "unread"}),
        ],
        [],
    ),
]


# One project on each other platform where its own clock matters (DOMAIN-PLATFORMS.md).
_DEMO += [
    (
        ProjectInput(
            title="採用サイトのコーディング", counterparty="佐々木 亮", platform="crowdworks", role="client",
            stage="escrow_funded", amount="80000", url="https://crowdworks.jp/public/jobs/9876543",
            notes="仮払い済み。ワーカーからの連絡が途絶えている。契約を終わらせたい。",
        ),
        [
            (16 * D, "in", "platform", "承知しました。来週中に初稿をお送りします。", {}),
            (12 * D, "out", "platform", "初稿の進み具合はいかがでしょうか。", {}),
            (9 * D, "out", "platform", "ご状況をお知らせいただけますでしょうか。", {}),
            (6 * D, "out", "platform", "12月10日までにご返信がない場合、契約の終了を検討いたします。", {}),
        ],
        [],
    ),
    (
        ProjectInput(
            title="ロゴ作成（シンプル・3案）", counterparty="nao_design", platform="coconala", role="worker",
            contract_type="package", stage="escrow_funded", amount="12000", url="https://coconala.com/services/1234567",
            notes="購入されたばかり。最初のメッセージは購入から48時間以内に。",
        ),
        [],
        [],
    ),
    (
        ProjectInput(
            title="Landing page copy (EN)", counterparty="Bright Harbor LLC", platform="upwork", role="worker",
            stage="completion_reported", amount="400", currency="USD", url="https://www.upwork.com/jobs/~01abcdef",
            notes="Milestone 1 submitted. The client has not reviewed it yet.",
        ),
        [
            (6 * D, "in", "platform", "Great, looking forward to the first draft.", {}),
            (5 * D, "out", "platform", "I have submitted the work for milestone 1. Let me know if anything needs changing.", {}),
        ],
        [],
    ),
    (
        ProjectInput(
            title="Product photo retouching (20 images)", counterparty="pixelcraft", platform="fiverr", role="client",
            contract_type="package", stage="completion_reported", amount="60", currency="USD",
            url="https://www.fiverr.com/pixelcraft/retouch-product-photos",
            notes="Delivered yesterday. Check the images and accept or ask for a revision.",
        ),
        [(1 * D, "in", "platform", "Your order is delivered. Please review the 20 images.", {})],
        [],
    ),
    (
        ProjectInput(
            title="アンケート集計（Excel）", counterparty="株式会社ひまわり", platform="crowdworks", role="worker",
            stage="delivered", amount="20000", url="https://crowdworks.jp/public/jobs/9765432",
            notes="9日前に納品。検収の連絡がない。",
        ),
        [
            (10 * D, "in", "platform", "納品をお待ちしております。", {}),
            (9 * D, "out", "platform", "集計結果を納品いたしました。ご確認をお願いいたします。", {}),
            (6 * D, "out", "platform", "ご確認いただけましたでしょうか。", {}),
            (3 * D, "out", "platform", "お忙しいところ恐縮ですが、検収のご対応をお願いいたします。", {}),
        ],
        [],
    ),
]
# When a project entered its stage, where its platform's clock starts there (ago from now);
# and the answers the wizard would have recorded.
_ENTERED_AGO = {"ロゴ作成（シンプル・3案）": 30 * H, "Landing page copy (EN)": 5 * D,
                "Product photo retouching (20 images)": 1 * D, "アンケート集計（Excel）": 9 * D}
_WANTS_TO_CONTINUE = {"採用サイトのコーディング": False}


def load_demo(now: datetime) -> int:
    """Load the demo set into an empty database; refuse if there is data already."""
    if project_count() > 0:
        raise DemoNotEmptyError("the demo data can only be loaded into an empty data folder")
    with database_proxy.atomic():
        for project_input, messages, requests in _DEMO:
            entered = _ENTERED_AGO.get(project_input.title)
            created = now - (entered if entered is not None else max((m[0] for m in messages), default=D) + D)
            project = repo.create_project(project_input, created)
            repo.set_stage_entered_at(project.id, created, created)  # (the demo knows when)
            if project_input.title in _WANTS_TO_CONTINUE:
                repo.set_wants_to_continue(project.id, _WANTS_TO_CONTINUE[project_input.title], created)
            for ago, direction, channel, text, extra in messages:
                at = now - ago
                read_state = str(extra.get("read_state", "unknown")) if direction == "out" else "unknown"
                read_after = extra.get("read_after")
                read_at = at + read_after if isinstance(read_after, timedelta) else None
                repo.log_message(
                    project.id,
                    MessageInput(
                        at=at,
                        direction=direction,
                        channel=channel,
                        text=text,
                        no_reply_needed=bool(extra.get("no_reply_needed", False)),
                        read_state=read_state,
                        read_at=read_at,
                    ),
                    read_at or at,
                )
            for side, ago in requests:
                repo.record_request(project.id, side, now - ago, now - ago)
    return len(_DEMO)
