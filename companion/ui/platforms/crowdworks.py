"""CrowdWorks' own words (the CrowdWorks rule pack's codes; context "CrowdWorks")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.ui.platforms import Words


def _stages() -> dict[str, str]:
    return {
        "negotiating": QCoreApplication.translate("CrowdWorks", "Applying / discussing (応募・相談中)"),
        "contracted": QCoreApplication.translate("CrowdWorks", "Contracted, no escrow yet (契約済み・仮払い前)"),
        "escrow_funded": QCoreApplication.translate("CrowdWorks", "Escrow funded, work under way (仮払い済み・作業中)"),
        "delivered": QCoreApplication.translate("CrowdWorks", "Delivered, awaiting acceptance (納品済み・検収待ち)"),
        "paid": QCoreApplication.translate("CrowdWorks", "Accepted and paid (検収完了・支払い済み)"),
        "cancelled": QCoreApplication.translate("CrowdWorks", "Contract ended (契約終了)"),
    }


def _stage_tooltips() -> dict[str, str]:
    return {
        "negotiating": QCoreApplication.translate("CrowdWorks", "No contract yet: the reminder request and the termination request are not available."),
        "contracted": QCoreApplication.translate("CrowdWorks", "Contract agreed but the client has not deposited the fee (仮払い). Never start work before escrow."),
        "escrow_funded": QCoreApplication.translate("CrowdWorks", "The client deposited the fee with CrowdWorks; work is under way."),
        "delivered": QCoreApplication.translate("CrowdWorks", "The worker delivered (納品); the client has not accepted it yet (検収). The guideline for 検収 is 1 week."),
        "paid": QCoreApplication.translate("CrowdWorks", "The client accepted the work (検収) and the fee is paid: the transaction is over."),
        "cancelled": QCoreApplication.translate("CrowdWorks", "The contract ended before completion (契約終了)."),
    }


def _reasons() -> dict[str, str]:
    return {
        # shared codes, in CrowdWorks' terms
        "request_against_user": QCoreApplication.translate("CrowdWorks", "They filed a termination request (契約途中終了リクエスト) against you. If you do not respond within 1 week, the contract ends, the escrow goes back to the client, and you get ★1 in every rating item."),
        "finished": QCoreApplication.translate("CrowdWorks", "The transaction is over (accepted and paid, or the contract ended)."),
        "request_pending": QCoreApplication.translate("CrowdWorks", "Your reminder request (連絡催促申請) is with support (事務局): they review it within 2 business days and, if they approve it, remind the other side by e-mail and site notice."),
        "follow_up_first": QCoreApplication.translate("CrowdWorks", "Send about 3 messages a few days apart before any formal step. CrowdWorks states no minimum silence, so these follow-ups are what comes first."),
        "no_contract_yet": QCoreApplication.translate("CrowdWorks", "Without a contract there is no formal route: the reminder request is only available from the contract on."),
        "not_eligible": QCoreApplication.translate("CrowdWorks", "The reminder request is only for projects (プロジェクト形式: fixed fee or hourly). Tasks (タスク) and competitions (コンペ) have no formal route: ask support (事務局)."),
        # CrowdWorks' own codes
        "reminder_against_user": QCoreApplication.translate("CrowdWorks", "They filed a reminder request (連絡催促申請) against you. Support (事務局) reviews it within 2 business days and may remind you by e-mail and site notice. Nothing happens automatically, but answer them now."),
        "reminder_review_over": QCoreApplication.translate("CrowdWorks", "The review period of your reminder request is over. Nothing happens automatically. If they still do not answer, ask support (事務局) to contact them."),
        "review_new_year_unconfirmed": QCoreApplication.translate("CrowdWorks", "This review period includes the New Year holidays. Whether support (事務局) works then is not confirmed on CrowdWorks' official pages; the review may take longer."),
        "termination_pending": QCoreApplication.translate("CrowdWorks", "Your termination request (契約途中終了リクエスト) is running. If they do not respond within 1 week, the contract ends, the escrow is refunded in full to the client, and they get ★1 in every rating item."),
        "termination_hourly_unconfirmed": QCoreApplication.translate("CrowdWorks", "Hourly contracts (時間単価制) use a 契約終了リクエスト. CrowdWorks does not state that it ends the contract by itself when unanswered: the 1-week date is not confirmed on the official pages. Check there before you act."),
        "no_minimum_silence_unconfirmed": QCoreApplication.translate("CrowdWorks", "CrowdWorks states no minimum silence before a reminder request (Lancers asks for 7 days). This is not confirmed on the official pages; the app waits for your follow-ups first."),
        "reminder_before_escrow": QCoreApplication.translate("CrowdWorks", "Escrow (仮払い) is not funded yet. The reminder request (連絡催促申請) is available from the contract on: support reviews it and reminds them. Never start work before 仮払い."),
        "worker_mid_work": QCoreApplication.translate("CrowdWorks", "The reminder request (連絡催促申請) is safe mid-work: it has no automatic outcome. Do not use the termination request: it would refund the escrow to the client and waste the work so far."),
        "worker_delivered": QCoreApplication.translate("CrowdWorks", "You delivered less than 1 week ago: the reminder request is available until 1 week after 納品. Do not use the termination request: it would refund the escrow to the client."),
        "delivery_date_unknown": QCoreApplication.translate("CrowdWorks", "The app does not know when you delivered. The reminder request is available until 1 week after 納品; after that, ask support (事務局). Record the delivery date to be sure."),
        "acceptance_overdue": QCoreApplication.translate("CrowdWorks", "You delivered 1 week ago or more: the guideline for 検収 is 1 week. Ask support (事務局) through the inquiry page: they contact the client and may proceed with 検収 under the terms. Never the termination request."),
        "client_continue": QCoreApplication.translate("CrowdWorks", "You want the work to continue: the reminder request has no automatic outcome, so nothing ends. Support reviews it and reminds them."),
        "client_stop": QCoreApplication.translate("CrowdWorks", "You want to end the contract: with a termination request (契約途中終了リクエスト), if they do not respond within 1 week, the contract ends and the escrow is refunded to you in full."),
        "reminder_window_over": QCoreApplication.translate("CrowdWorks", "The reminder request is only available until 1 week after 納品. Ask support (事務局) to contact them."),
    }


def _warnings() -> dict[str, str]:
    return {
        "rating_retaliation": QCoreApplication.translate("CrowdWorks", "After a request, the other side may rate you low at the end (5 items, ★1 to ★5). Ratings are blind: hidden until both sides rate, or published after 1 month. A termination request left unanswered gives the side who received it ★1 in every item. The fault is theirs; keep a calm record."),
        "deliverables_at_risk": QCoreApplication.translate("CrowdWorks", "A termination request (契約途中終了リクエスト) ends the contract and refunds the escrow to the client: the fee and the work so far would be lost."),
        "counterparty_may_file": QCoreApplication.translate("CrowdWorks", "If you stay silent, they may file a reminder request (連絡催促申請) or a termination request (契約途中終了リクエスト) against you."),
        "not_eligible": QCoreApplication.translate("CrowdWorks", "CrowdWorks has no formal request for this project (tasks and competitions)."),
    }


def _outcomes() -> dict[str, str]:
    return {
        "no_automatic_outcome": QCoreApplication.translate("CrowdWorks", "If they do not answer: nothing happens automatically. Support (事務局) reviews the request within 2 business days and, if approved, reminds them by e-mail and site notice; a reply is not guaranteed."),
        "contract_terminated_refund": QCoreApplication.translate("CrowdWorks", "If they do not respond within 1 week: the contract ends, the escrow is refunded in full to the client, and they get ★1 in every rating item without being able to rate the sender."),
        "hourly_end_unconfirmed": QCoreApplication.translate("CrowdWorks", "If they do not respond: CrowdWorks does not state that an hourly contract ends by itself (not confirmed on the official pages). Ask support (事務局) if it stays open."),
    }


def _outcomes_against_user() -> dict[str, str]:
    return {
        "no_automatic_outcome": QCoreApplication.translate("CrowdWorks", "If you do not answer: nothing happens automatically, but support (事務局) may remind you by e-mail and site notice. Answer them on CrowdWorks."),
        "contract_terminated_refund": QCoreApplication.translate("CrowdWorks", "If you do not respond within 1 week: the contract ends, the escrow is refunded in full to the client, and you get ★1 in every rating item without being able to rate them."),
        "hourly_end_unconfirmed": QCoreApplication.translate("CrowdWorks", "If you do not respond: CrowdWorks does not state that an hourly contract ends by itself (not confirmed on the official pages). Respond anyway to keep the contract."),
    }


def WORDS() -> Words:  # the name every platform module defines
    return Words(
        stages=_stages(),
        stage_tooltips=_stage_tooltips(),
        roles={"worker": QCoreApplication.translate("CrowdWorks", "Worker (ワーカー)"), "client": QCoreApplication.translate("CrowdWorks", "Client (クライアント)")},
        routes={
            "crowdworks_reminder_request": QCoreApplication.translate("CrowdWorks", "Reminder request (連絡催促申請)"),
            "crowdworks_termination_request": QCoreApplication.translate("CrowdWorks", "Termination request (契約途中終了リクエスト; hourly: 契約終了リクエスト)"),
        },
        reasons=_reasons(),
        warnings=_warnings(),
        outcomes=_outcomes(),
        outcomes_against_user=_outcomes_against_user(),
        actions={
            "file_request": QCoreApplication.translate("CrowdWorks", "File the request"),
            "track_request": QCoreApplication.translate("CrowdWorks", "Track your request"),
        },
        support=QCoreApplication.translate("CrowdWorks", "CrowdWorks support (事務局)"),
    )
