"""Upwork's own words: its stages, roles, routes, and the reasons, warnings and outcomes of its
rule pack (companion/model/rules/upwork.py). Translation context "Upwork"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.ui.platforms import Words


def _stages() -> dict[str, str]:
    return {
        "negotiating": QCoreApplication.translate("Upwork", "Proposal / interview (提案・面接中)"),
        "contracted": QCoreApplication.translate("Upwork", "Contract started, milestone not funded (契約開始・マイルストーン未入金)"),
        "escrow_funded": QCoreApplication.translate("Upwork", "Milestone funded (マイルストーン入金済み・作業中)"),
        "delivered": QCoreApplication.translate("Upwork", "Work done, not submitted yet (作業完了・未提出)"),
        "completion_reported": QCoreApplication.translate("Upwork", "Work submitted for the milestone (提出済み・承認待ち)"),
        "paid": QCoreApplication.translate("Upwork", "Payment released (支払い済み)"),
        "cancelled": QCoreApplication.translate("Upwork", "Contract ended / refunded (契約終了・返金)"),
    }


def _stage_tooltips() -> dict[str, str]:
    return {
        "negotiating": QCoreApplication.translate("Upwork", "Proposal or interview: no contract yet, so Upwork has no formal route."),
        "contracted": QCoreApplication.translate("Upwork", "The contract has started but the client has not funded the milestone. Never start work before it is funded."),
        "escrow_funded": QCoreApplication.translate("Upwork", "The client funded the milestone (project funds, held by Upwork); work is under way."),
        "delivered": QCoreApplication.translate("Upwork", "The work is done and sent, but not yet submitted for the milestone on Upwork."),
        "completion_reported": QCoreApplication.translate("Upwork", "The work is submitted for the milestone: the client has 14 days to approve it or request changes, else Upwork releases the funds."),
        "paid": QCoreApplication.translate("Upwork", "The payment for the milestone was released to the freelancer."),
        "cancelled": QCoreApplication.translate("Upwork", "The contract was ended, or the funds were refunded to the client."),
    }


def _routes() -> dict[str, str]:
    return {
        "upwork_escrow_refund": QCoreApplication.translate("Upwork", "Refund request: end the contract and get the funded milestone back (返金リクエスト)"),
        "upwork_review_window": QCoreApplication.translate("Upwork", "The client's 14 days to approve or request changes (承認期間)"),
        "upwork_submit_work": QCoreApplication.translate("Upwork", "Submit the work for the milestone (Submit work・成果物の提出)"),
    }


def _reasons() -> dict[str, str]:
    return {
        # shared codes whose Lancers wording does not fit Upwork
        "request_against_user": QCoreApplication.translate("Upwork", "The client ended the contract and requested a refund of the funded milestone: you have 7 days to approve or dispute it."),
        "finished": QCoreApplication.translate("Upwork", "The contract is over (payment released, or the contract ended)."),
        "request_pending": QCoreApplication.translate("Upwork", "Your refund request is pending: the freelancer has 7 days to approve or dispute it."),
        "follow_up_first": QCoreApplication.translate("Upwork", "Send about 3 messages a few days apart before any formal step (a polite reminder after 2–3 business days is the usual pace)."),
        "no_contract_yet": QCoreApplication.translate("Upwork", "Without a contract there is no formal route: Upwork's protections start with a funded milestone."),
        "not_eligible": QCoreApplication.translate("Upwork", "Upwork's refund request and automatic release are for fixed-price contracts only. For this contract, ask Upwork support."),
        "no_escrow_yet": QCoreApplication.translate("Upwork", "The milestone is not funded yet, so Upwork has no formal route. A freelancer should never start work before it is funded; Upwork support can contact the other side."),
        "worker_mid_work": QCoreApplication.translate("Upwork", "Upwork support can contact the client. Once the work is done, submit it: if the client does nothing, the funds are released 14 days later."),
        "client_stop": QCoreApplication.translate("Upwork", "You do not want the work to continue: end the contract and request a refund of the funded milestone. If the freelancer neither approves nor disputes within 7 days, the refund goes to you."),
        "client_continue": QCoreApplication.translate("Upwork", "You want the work to continue: Upwork support can contact the freelancer. A refund request would end the contract."),
        # Upwork's own
        "review_window": QCoreApplication.translate("Upwork", "The freelancer submitted the work: approve it or request changes within 14 days of the submission. If you do nothing, Upwork releases the funds to the freelancer."),
        "review_window_start_unknown": QCoreApplication.translate("Upwork", "The freelancer submitted the work: you have 14 days from the submission to approve it or request changes, or Upwork releases the funds. The app does not know when it was submitted: check the contract and set the date."),
        "review_window_closed": QCoreApplication.translate("Upwork", "The 14 days after the submission are over: Upwork releases the funds to the freelancer automatically. Update the stage once the contract shows it."),
        "auto_release_wait": QCoreApplication.translate("Upwork", "You submitted the work: if the client does nothing, Upwork releases the funds to you 14 days after the submission. No follow-up is needed."),
        "auto_release_overdue": QCoreApplication.translate("Upwork", "The 14 days after your submission are over. If the contract does not show the payment released, ask Upwork support: it should have been released automatically."),
        "auto_release_start_unknown": QCoreApplication.translate("Upwork", "You submitted the work: if the client does nothing, Upwork releases the funds 14 days after the submission. The app does not know when you submitted: set the date to see the day."),
        "submit_work_first": QCoreApplication.translate("Upwork", "The work is done but not submitted. Submit it for the milestone on Upwork: if the client does nothing, Upwork releases the funds 14 days after the submission."),
        "hourly_pause_contract": QCoreApplication.translate("Upwork", "An hourly contract has no formal route: pause the contract, and ask Upwork support to contact the freelancer."),
    }


def _warnings() -> dict[str, str]:
    return {
        "rating_retaliation": QCoreApplication.translate("Upwork", "Upwork feedback is double-blind: each side has 14 days after the contract ends, and neither sees the other's until both have left it or the 14 days are over. An unhappy freelancer may still rate you low; the fault is theirs; keep a calm record."),
        "do_not_end_contract": QCoreApplication.translate("Upwork", "Never end a fixed-price contract yourself: that gives up the funded milestone. Once the work is done, submit it."),
        "deliverables_at_risk": QCoreApplication.translate("Upwork", "An unanswered refund request returns the funded milestone to the client: the work so far would go unpaid."),
        "no_work_before_escrow": QCoreApplication.translate("Upwork", "Do not start work before the milestone is funded (project funds)."),
        "not_eligible": QCoreApplication.translate("Upwork", "Upwork has no formal route for this contract."),
        "counterparty_may_file": QCoreApplication.translate("Upwork", "If you leave the client without an answer, they may end the contract and request a refund; you would then have 7 days to approve or dispute it."),
        "support_reviews_after_deadline": QCoreApplication.translate("Upwork", "The freelancer can dispute the refund within the 7 days: then Upwork mediates first. An undisputed refund is credited within 5 business days."),
    }


def _outcomes() -> dict[str, str]:
    return {
        "escrow_refunded": QCoreApplication.translate("Upwork", "If the freelancer neither approves nor disputes within 7 days: the funded milestone is refunded to you."),
        "auto_accepted": QCoreApplication.translate("Upwork", "If the client neither approves nor requests changes within 14 days of the submission: Upwork releases the funds to you."),
    }


def _outcomes_against_user() -> dict[str, str]:
    return {
        "escrow_refunded": QCoreApplication.translate("Upwork", "If you neither approve nor dispute within 7 days: the refund goes to the client, and the funded milestone is lost to you."),
        "auto_accepted": QCoreApplication.translate("Upwork", "If you neither approve nor request changes within 14 days of the submission: Upwork releases the funds to the freelancer."),
    }


def _actions() -> dict[str, str]:
    return {
        "respond_to_request": QCoreApplication.translate("Upwork", "Act before Upwork's deadline"),
        "track_request": QCoreApplication.translate("Upwork", "Track your request"),
        "contact_support": QCoreApplication.translate("Upwork", "Ask Upwork support to contact them"),
        "report_completion_first": QCoreApplication.translate("Upwork", "Submit the work (成果物の提出)"),
        "file_request": QCoreApplication.translate("Upwork", "File the refund request"),
    }


def WORDS() -> Words:  # (the name every platform module defines)
    return Words(
        stages=_stages(),
        stage_tooltips=_stage_tooltips(),
        roles={"worker": QCoreApplication.translate("Upwork", "Freelancer (フリーランサー)"), "client": QCoreApplication.translate("Upwork", "Client (クライアント)")},
        routes=_routes(),
        reasons=_reasons(),
        warnings=_warnings(),
        outcomes=_outcomes(),
        outcomes_against_user=_outcomes_against_user(),
        actions=_actions(),
        support=QCoreApplication.translate("Upwork", "Upwork support (サポート)"),
    )
