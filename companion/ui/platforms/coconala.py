"""Coconala's own words (the Coconala rule pack's codes; ui/text.py has the rest)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.ui.platforms import Words


def WORDS() -> Words:
    """Coconala's texts, translated now (context "Coconala")."""
    return Words(
        stages={
            "negotiating": QCoreApplication.translate("Coconala", "Discussing a quote (見積もり相談中)"),
            "escrow_funded": QCoreApplication.translate("Coconala", "Purchased (購入済み・トークルーム)"),
            "delivered": QCoreApplication.translate("Coconala", "Work sent, not formally delivered (正式な納品の前)"),
            "completion_reported": QCoreApplication.translate("Coconala", "Formally delivered, awaiting acceptance (正式な納品済み・承諾待ち)"),
            "paid": QCoreApplication.translate("Coconala", "Completed (取引完了)"),
            "cancelled": QCoreApplication.translate("Coconala", "Cancelled (キャンセル)"),
        },
        stage_tooltips={
            "negotiating": QCoreApplication.translate("Coconala", "No purchase yet: there is no order, so no formal route."),
            "escrow_funded": QCoreApplication.translate("Coconala", "The buyer purchased the service; on Coconala the purchase is the payment. The seller must send a first message within 48 hours."),
            "delivered": QCoreApplication.translate("Coconala", "The seller sent the work in the talk room but has not sent the formal delivery (正式な納品) yet."),
            "completion_reported": QCoreApplication.translate("Coconala", "The seller sent the formal delivery (正式な納品). The buyer has 72 hours to accept or return it once; then it is accepted automatically."),
            "paid": QCoreApplication.translate("Coconala", "The order is complete and the seller is paid."),
            "cancelled": QCoreApplication.translate("Coconala", "The order was cancelled."),
        },
        roles={
            "worker": QCoreApplication.translate("Coconala", "Seller (出品者)"),
            "client": QCoreApplication.translate("Coconala", "Buyer (購入者)"),
        },
        routes={
            "coconala_first_reply": QCoreApplication.translate("Coconala", "First message after the purchase (48 hours)"),
            "coconala_cancel_request": QCoreApplication.translate("Coconala", "Cancellation request (キャンセル申請)"),
            "coconala_acceptance_window": QCoreApplication.translate("Coconala", "Acceptance of the delivery (承諾 / 差し戻し, 72 hours)"),
            "coconala_formal_delivery": QCoreApplication.translate("Coconala", "Formal delivery (正式な納品)"),
        },
        reasons={
            # shared codes, in Coconala's terms
            "request_against_user": QCoreApplication.translate("Coconala", "They filed a cancellation request (キャンセル申請) against you. Users report that it counts as agreed if you do not answer within 24 hours; this is not confirmed on Coconala's official pages, so answer as soon as you can."),
            "request_pending": QCoreApplication.translate("Coconala", "Your cancellation request (キャンセル申請) is pending. Users report that it counts as agreed if they do not answer within 24 hours; this is not confirmed on Coconala's official pages."),
            "finished": QCoreApplication.translate("Coconala", "The order is over (completed or cancelled)."),
            "follow_up_first": QCoreApplication.translate("Coconala", "Send a few polite messages a few days apart before any formal step."),
            "no_contract_yet": QCoreApplication.translate("Coconala", "There is no purchase yet, so there is no order and no formal route."),
            "not_eligible": QCoreApplication.translate("Coconala", "The app knows no formal route on Coconala for this kind of order: ask Coconala support."),
            "no_escrow_yet": QCoreApplication.translate("Coconala", "The service is not purchased yet; on Coconala the purchase is the payment. Never start work before it; support can contact them."),
            "client_stop": QCoreApplication.translate("Coconala", "You want to end the order: a cancellation request with the reason 出品者と連絡がとれない cancels it and refunds you."),
            "client_continue": QCoreApplication.translate("Coconala", "You want the work to continue: a cancellation request would end the order. Ask Coconala support to contact the seller instead."),
            # Coconala's own
            "first_reply_due": QCoreApplication.translate("Coconala", "As the seller, send your first message in the talk room within 48 hours of the purchase. Otherwise Coconala cancels the order, rates you ★1 and pauses all your services."),
            "first_reply_overdue": QCoreApplication.translate("Coconala", "More than 48 hours have passed since the purchase without a message from you: Coconala may already have cancelled the order. Check the order page, and write now if it is still open."),
            "first_reply_time_unknown": QCoreApplication.translate("Coconala", "A seller must write within 48 hours of the purchase, but the purchase time is not recorded, so the app cannot count. Write now, and record when the purchase was made."),
            "acceptance_due": QCoreApplication.translate("Coconala", "The seller sent the formal delivery (正式な納品). Check it and accept it (承諾) or return it once (差し戻し) within 72 hours; otherwise Coconala accepts it automatically."),
            "acceptance_passed": QCoreApplication.translate("Coconala", "More than 72 hours have passed since the formal delivery: Coconala has probably accepted it automatically. Check the order page and update the stage."),
            "acceptance_time_unknown": QCoreApplication.translate("Coconala", "After a formal delivery you have 72 hours to accept or return it, but its time is not recorded, so the app cannot count. Check the order page now, and record when it was delivered."),
            "auto_acceptance_pending": QCoreApplication.translate("Coconala", "You sent the formal delivery: if the buyer does nothing, Coconala accepts it automatically 72 hours later and you are paid. No follow-up is needed."),
            "auto_acceptance_overdue": QCoreApplication.translate("Coconala", "More than 72 hours have passed since your formal delivery and the order is not complete: Coconala did not act as it says it does. Ask Coconala support."),
            "auto_acceptance_time_unknown": QCoreApplication.translate("Coconala", "Coconala accepts a formal delivery automatically 72 hours after it if the buyer does nothing, but its time is not recorded, so the app cannot count. Record when you delivered."),
            "announce_deadline_first": QCoreApplication.translate("Coconala", "First announce a reply deadline in the talk room, as Coconala advises, and take the next step only after that date."),
            "seller_cancel_before_delivery": QCoreApplication.translate("Coconala", "Before delivery, Coconala's advice is a deadline in the talk room, then a cancellation request: the buyer is refunded."),
            "formal_delivery_first": QCoreApplication.translate("Coconala", "You sent the work but not the formal delivery. After the deadline, send the formal delivery (正式な納品): if the buyer then stays silent, Coconala accepts it automatically after 72 hours."),
            "seller_cancel_possible_unconfirmed": QCoreApplication.translate("Coconala", "A seller's cancellation request (reason 購入者と連絡がつかない) is reported to need 4 days (96 hours) since the buyer's last message. This is not confirmed on Coconala's official pages: check there before you act."),
            "buyer_cancel_possible_unconfirmed": QCoreApplication.translate("Coconala", "A buyer's cancellation request (reason 出品者と連絡がとれない) needs 4 days (96 hours) since your last message without a reply, says a post on Coconala's blog. This is not confirmed on Coconala's official pages: check there before you act."),
            "read_state_unconfirmed": QCoreApplication.translate("Coconala", "Users report read marks (既読) in Coconala's talk room, but Coconala's official pages do not confirm them: take the read state as a hint only."),
        },
        warnings={
            "rating_retaliation": QCoreApplication.translate("Coconala", "Coconala's ratings are blind: each side rates within 10 days without seeing the other's rating, and both are shown once both have rated (or after 10 days). So a rating cannot answer yours, but an annoyed buyer or seller can still rate you low. Stay calm and keep a record."),
            "deliverables_at_risk": QCoreApplication.translate("Coconala", "A cancellation refunds the buyer: the sale and the work so far are lost. If the work is in fact done, send the formal delivery (正式な納品) instead."),
            "deliver_only_when_done": QCoreApplication.translate("Coconala", "Send the formal delivery (正式な納品) only once the work is really delivered, never just to force an answer."),
            "no_work_before_escrow": QCoreApplication.translate("Coconala", "Do not start work before the service is purchased (購入): on Coconala the purchase is the payment."),
            "not_eligible": QCoreApplication.translate("Coconala", "No formal route on Coconala is known for this order."),
            "counterparty_may_file": QCoreApplication.translate("Coconala", "If you stay silent for about 4 days, they may file a cancellation request (キャンセル申請) against you (not confirmed on Coconala's official pages)."),
            "support_reviews_after_deadline": QCoreApplication.translate("Coconala", "What happens at the deadline is only reported by users: an unanswered cancellation request reportedly counts as agreed after 24 hours. Check the order page."),
        },
        outcomes={
            "order_cancelled_penalty": QCoreApplication.translate("Coconala", "If the seller does not write by the deadline: Coconala cancels the order, rates the seller ★1 and pauses all the seller's services."),
            "order_cancelled_refund": QCoreApplication.translate("Coconala", "If they do not answer: the order is cancelled and the buyer refunded (reportedly after 24 hours; not confirmed on Coconala's official pages)."),
            "auto_accepted": QCoreApplication.translate("Coconala", "If the buyer does nothing within 72 hours of the formal delivery: Coconala accepts it automatically (承諾) and the seller is paid."),
        },
        outcomes_against_user={
            "order_cancelled_penalty": QCoreApplication.translate("Coconala", "If you do not write by the deadline: Coconala cancels the order, rates you ★1 and pauses all your services."),
            "order_cancelled_refund": QCoreApplication.translate("Coconala", "If you do not answer: the order is cancelled and the buyer refunded (reportedly after 24 hours; not confirmed on Coconala's official pages)."),
            "auto_accepted": QCoreApplication.translate("Coconala", "If you do nothing within 72 hours of the formal delivery: Coconala accepts it automatically (承諾) and the seller is paid."),
        },
        actions={
            "respond_to_request": QCoreApplication.translate("Coconala", "Act before the deadline"),
            "track_request": QCoreApplication.translate("Coconala", "Track your request"),
            "contact_support": QCoreApplication.translate("Coconala", "Ask Coconala support to contact them"),
            "report_completion_first": QCoreApplication.translate("Coconala", "Do the formal step first"),
            "file_request": QCoreApplication.translate("Coconala", "File the formal request"),
        },
        support=QCoreApplication.translate("Coconala", "Coconala support (ココナラ サポート)"),
    )
