"""Fiverr's own words: seller / buyer, orders, delivering in Fiverr, the Resolution Center.

The ⚠ facts of the Fiverr pack (the 3 days after delivery, the 48 hours of a cancellation
request, what a cancelled order does to ratings) are said with "not confirmed" wherever a text
gives them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.ui.platforms import Words


def WORDS() -> Words:
    return Words(
        stages={
            "negotiating": QCoreApplication.translate("Fiverr", "Custom offer (カスタムオファー・相談中)"),
            "escrow_funded": QCoreApplication.translate("Fiverr", "Order in progress (注文済み・作業中)"),
            "delivered": QCoreApplication.translate("Fiverr", "Work sent by message (メッセージで送付・未納品)"),
            "completion_reported": QCoreApplication.translate("Fiverr", "Delivered in Fiverr (納品済み・承認待ち)"),
            "paid": QCoreApplication.translate("Fiverr", "Order completed (注文完了)"),
            "cancelled": QCoreApplication.translate("Fiverr", "Cancelled (キャンセル)"),
        },
        stage_tooltips={
            "negotiating": QCoreApplication.translate("Fiverr", "A custom offer or a conversation before any order: Fiverr's formal routes are not available yet."),
            "escrow_funded": QCoreApplication.translate("Fiverr", "The buyer paid the order; Fiverr holds the money while the work is under way."),
            "delivered": QCoreApplication.translate("Fiverr", "The seller sent the work by message but has not delivered it in Fiverr: the buyer's 3 days have not started."),
            "completion_reported": QCoreApplication.translate("Fiverr", "The seller delivered in Fiverr. The buyer accepts it or asks for a revision; if neither, the order completes by itself after 3 days (not confirmed)."),
            "paid": QCoreApplication.translate("Fiverr", "The order is completed and the seller is paid: the transaction is over."),
            "cancelled": QCoreApplication.translate("Fiverr", "The order was cancelled and the buyer refunded."),
        },
        roles={
            "worker": QCoreApplication.translate("Fiverr", "Seller (出品者)"),
            "client": QCoreApplication.translate("Fiverr", "Buyer (購入者)"),
        },
        routes={
            "fiverr_cancellation": QCoreApplication.translate("Fiverr", "Cancellation request (Resolution Center・キャンセルリクエスト)"),
            "fiverr_review_window": QCoreApplication.translate("Fiverr", "The buyer's 3 days to accept or ask for a revision (承認期間)"),
            "fiverr_deliver": QCoreApplication.translate("Fiverr", "Deliver the order in Fiverr (納品)"),
        },
        reasons={
            "request_against_user": QCoreApplication.translate("Fiverr", "They asked to cancel the order in the Resolution Center. Accept or decline it there: a message alone does not answer it. Unanswered, it is said to be accepted automatically after 48 hours (other sources say 72 hours or 4 days: not confirmed on Fiverr's official pages)."),
            "finished": QCoreApplication.translate("Fiverr", "The order is over (completed or cancelled)."),
            "request_pending": QCoreApplication.translate("Fiverr", "Your cancellation request is open in the Resolution Center. Unanswered, it is said to be accepted automatically after 48 hours (not confirmed on Fiverr's official pages)."),
            "follow_up_first": QCoreApplication.translate("Fiverr", "Send about 3 messages a few days apart before any formal step."),
            "no_contract_yet": QCoreApplication.translate("Fiverr", "No order yet (the custom offer is not accepted): Fiverr's routes work on an order, so there is no formal step."),
            "not_eligible": QCoreApplication.translate("Fiverr", "Fiverr's routes are for gig orders and custom offers; for this project, ask Fiverr Customer Support."),
            "no_escrow_yet": QCoreApplication.translate("Fiverr", "The order is not paid yet: Fiverr holds no money and there is nothing to cancel. Never start work before the buyer pays the order; Customer Support can help."),
            "worker_mid_work": QCoreApplication.translate("Fiverr", "Ask Fiverr Customer Support to help reach the buyer. Do not ask to cancel: a cancellation refunds the buyer, loses the work so far and lowers your completion rate. Once the work is done, deliver it in Fiverr."),
            "deliver_first": QCoreApplication.translate("Fiverr", "You sent the work by message, but the order is not delivered in Fiverr. Deliver it on the order page: then, if the buyer does nothing, the order completes automatically after 3 days (not confirmed on Fiverr's official pages). Deliver only finished work."),
            "client_stop": QCoreApplication.translate("Fiverr", "You want to stop: ask to cancel the order in the Resolution Center. If the seller does not answer, the order is cancelled and you are refunded to your Fiverr balance (accepted automatically after about 48 hours: not confirmed on Fiverr's official pages)."),
            "client_continue": QCoreApplication.translate("Fiverr", "You want the order to continue: a cancellation request would end it. Ask Fiverr Customer Support to help reach the seller instead."),
            "review_window_unconfirmed": QCoreApplication.translate("Fiverr", "The seller delivered the order. Accept it or ask for a revision on the order page within 3 days of the delivery; if you do neither, Fiverr completes the order and pays the seller. Not confirmed on Fiverr's official pages (some orders are not completed automatically): check the order page."),
            "review_window_passed_unconfirmed": QCoreApplication.translate("Fiverr", "The 3 days after the delivery have passed: Fiverr may already have completed the order and paid the seller. Check the order page; if it is still open, accept it or ask for a revision now. (The 3 days are not confirmed on Fiverr's official pages.)"),
            "review_window_no_date": QCoreApplication.translate("Fiverr", "The seller delivered the order: accept it or ask for a revision on the order page. Fiverr completes it by itself about 3 days after the delivery (not confirmed on Fiverr's official pages); record when it was delivered to see the date."),
            "auto_complete_wait_unconfirmed": QCoreApplication.translate("Fiverr", "You delivered in Fiverr. If the buyer neither accepts nor asks for a revision, Fiverr completes the order 3 days after the delivery and you are paid: no follow-up is needed. Not confirmed on Fiverr's official pages: check the order page."),
            "auto_complete_passed": QCoreApplication.translate("Fiverr", "The 3 days after your delivery have passed and the order is still not completed. Fiverr does not complete some orders by itself (not confirmed on its official pages): ask Fiverr Customer Support."),
            "auto_complete_no_date": QCoreApplication.translate("Fiverr", "You delivered in Fiverr: the order completes by itself about 3 days after the delivery if the buyer does nothing (not confirmed on Fiverr's official pages). Record when you delivered to see the date."),
        },
        warnings={
            "rating_retaliation": QCoreApplication.translate("Fiverr", "On Fiverr the buyer reviews first; the seller can review only after, without seeing the buyer's review. Reviews become public when both have reviewed or the review window closes. Sellers report that a late or undelivered order the buyer cancels can count as ★1 (not confirmed). After a request, the other side may answer rudely: keep a calm record."),
            "no_work_before_escrow": QCoreApplication.translate("Fiverr", "Do not start work before the buyer has paid the order in Fiverr."),
            "counterparty_may_file": QCoreApplication.translate("Fiverr", "If you stay silent, they may ask to cancel the order in the Resolution Center; unanswered, it is said to be accepted automatically after 48 hours (not confirmed)."),
            "support_reviews_after_deadline": QCoreApplication.translate("Fiverr", "At the deadline, Fiverr is said to accept the cancellation by itself (48 hours; other sources say 72 hours or 4 days: not confirmed). Check the order page; if nothing happens, ask Customer Support."),
            "deliverables_at_risk": QCoreApplication.translate("Fiverr", "A cancellation refunds the buyer: the fee for the work so far is lost, and cancellations lower a seller's completion rate."),
            "not_eligible": QCoreApplication.translate("Fiverr", "Fiverr's cancellation request is not available for this project."),
        },
        outcomes={
            "order_cancelled_refund": QCoreApplication.translate("Fiverr", "If they do not answer: the order is cancelled and the buyer refunded to the Fiverr balance (accepted automatically after about 48 hours: not confirmed)."),
            "auto_accepted": QCoreApplication.translate("Fiverr", "If the buyer does nothing: Fiverr completes the order and the seller is paid (3 days after the delivery: not confirmed)."),
        },
        outcomes_against_user={
            "order_cancelled_refund": QCoreApplication.translate("Fiverr", "If you do not answer: the order is cancelled and the buyer refunded to the Fiverr balance (accepted automatically after about 48 hours: not confirmed)."),
            "auto_accepted": QCoreApplication.translate("Fiverr", "If you do nothing: Fiverr completes the order and pays the seller (3 days after the delivery: not confirmed)."),
        },
        actions={
            "respond_to_request": QCoreApplication.translate("Fiverr", "Answer in time on the order page"),
            "track_request": QCoreApplication.translate("Fiverr", "Track your cancellation request"),
            "contact_support": QCoreApplication.translate("Fiverr", "Ask Fiverr Customer Support for help"),
            "report_completion_first": QCoreApplication.translate("Fiverr", "Deliver the order in Fiverr (納品)"),
            "file_request": QCoreApplication.translate("Fiverr", "Ask to cancel the order (Resolution Center)"),
        },
        support=QCoreApplication.translate("Fiverr", "Fiverr Customer Support (カスタマーサポート)"),
    )
