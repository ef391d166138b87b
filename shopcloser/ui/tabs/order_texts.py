"""Codes in the merchant's words: statuses, refund states, reasons, actions, decisions.

One object per widget that needs it; every text goes through ``self.tr`` (context
"OrderTexts") so that the translation files carry it once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from shopcloser.domain.closure import Reason
from shopcloser.domain.handling import Disposition, HandledAction, MarkKind, Verdict
from shopcloser.domain.statuses import RefundStatus, TradeStatus
from shopcloser.services.reconciliation_report import ReportTexts


class OrderTexts(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.statuses: dict[str, str] = {
            TradeStatus.WAIT_BUYER_PAY: self.tr("Waiting for the buyer to pay"),
            TradeStatus.TRADE_NO_CREATE_PAY: self.tr("No Alipay payment created"),
            TradeStatus.WAIT_SELLER_SEND_GOODS: self.tr("Paid, waiting for you to ship"),
            TradeStatus.SELLER_CONSIGNED_PART: self.tr("Partly shipped"),
            TradeStatus.WAIT_BUYER_CONFIRM_GOODS: self.tr("Shipped, waiting for the buyer"),
            TradeStatus.TRADE_BUYER_SIGNED: self.tr("Signed for (cash on delivery)"),
            TradeStatus.TRADE_FINISHED: self.tr("Finished"),
            TradeStatus.TRADE_CLOSED: self.tr("Closed after a refund"),
            TradeStatus.TRADE_CLOSED_BY_TAOBAO: self.tr("Closed before payment"),
            TradeStatus.PAY_PENDING: self.tr("Payment being confirmed"),
            TradeStatus.WAIT_PRE_AUTH_CONFIRM: self.tr("Waiting for pre-authorisation"),
            TradeStatus.PAID_FORBID_CONSIGN: self.tr("Paid, shipping not allowed yet"),
            TradeStatus.UNKNOWN: self.tr("Status not recognised"),
        }
        self.refunds: dict[str, str] = {
            RefundStatus.NO_REFUND: self.tr("No refund"),
            RefundStatus.WAIT_SELLER_AGREE: self.tr("Refund asked, waiting for you"),
            RefundStatus.WAIT_BUYER_RETURN_GOODS: self.tr("Waiting for the buyer to return"),
            RefundStatus.WAIT_SELLER_CONFIRM_GOODS: self.tr("Returned, waiting for you"),
            RefundStatus.SELLER_REFUSE_BUYER: self.tr("You refused the refund"),
            RefundStatus.CLOSED: self.tr("Refund closed"),
            RefundStatus.SUCCESS: self.tr("Refunded"),
            RefundStatus.UNKNOWN: self.tr("Refund state not recognised"),
            RefundStatus.NOT_IN_FILES: self.tr("Refund state not in the files"),
        }
        self.reasons: dict[str, str] = {
            Reason.OPEN_ORDER: self.tr("Order still open"),
            Reason.UNKNOWN_STATUS: self.tr("Status not recognised"),
            Reason.OPEN_REFUND: self.tr("Refund still open"),
            Reason.UNKNOWN_REFUND: self.tr("Refund state not recognised"),
        }
        self.reason_help: dict[str, str] = {
            Reason.OPEN_ORDER: self.tr(
                "The order is not finished: it is unpaid, not yet shipped, or not yet "
                "received. Ship it, or agree with the buyer to cancel it, and wait until the "
                "platform shows it finished or closed."
            ),
            Reason.UNKNOWN_STATUS: self.tr(
                "The export shows a status ShopCloser does not know. Look the order up in "
                "the seller centre and handle it as the platform shows it."
            ),
            Reason.OPEN_REFUND: self.tr(
                "A buyer has asked for a refund or a return that is not settled yet. Agree, "
                "refuse with a reason, or confirm the returned goods in the seller centre."
            ),
            Reason.UNKNOWN_REFUND: self.tr(
                "An item shows a refund state ShopCloser does not know. Look the refund up "
                "in the seller centre and settle it there."
            ),
        }
        self.actions: dict[str, str] = {
            HandledAction.SHIPPED: self.tr("Shipped"),
            HandledAction.REFUND_COMPLETED: self.tr("Refund completed"),
            HandledAction.CANCELLED_WITH_BUYER: self.tr("Cancelled with the buyer"),
            HandledAction.CLOSED_ON_PLATFORM: self.tr("Closed on the platform"),
            HandledAction.OTHER: self.tr("Other (see note)"),
        }
        self.mark_kinds: dict[str, str] = {
            MarkKind.MARK: self.tr("Marked handled"),
            MarkKind.UNMARK: self.tr("Mark undone"),
        }
        self.dispositions: dict[str, str] = {
            Disposition.UNDECIDED: self.tr("Not decided"),
            Disposition.SOLD_OFF: self.tr("Sold off"),
            Disposition.RETURNED: self.tr("Returned to supplier"),
            Disposition.WRITTEN_OFF: self.tr("Written off"),
            Disposition.KEPT: self.tr("Kept"),
        }
        self.verdicts: dict[str, str] = {
            Verdict.NO_ORDERS: self.tr("Import your orders first"),
            Verdict.NOT_YET: self.tr("Not yet: orders still block closing the shop"),
            Verdict.ALMOST: self.tr("Almost: no order blocks, a few things need care"),
            Verdict.READY: self.tr("Yes: nothing stands in the way of closing the shop"),
        }

    def status(self, code: str) -> str:
        return self.statuses.get(code, code)

    def refund(self, code: str) -> str:
        return self.refunds.get(code, code)

    def reason(self, code: str) -> str:
        return self.reasons.get(code, code)

    def action(self, code: str | None) -> str:
        return self.actions.get(code or "", code or "")

    def report_texts(self) -> ReportTexts:
        """The reconciliation report's words, in the merchant's language."""
        return ReportTexts(
            summary_sheet=self.tr("Summary"),
            orders_sheet=self.tr("Orders"),
            marks_sheet=self.tr("Marks log"),
            order_headers=(
                self.tr("Order number"),
                self.tr("Status"),
                self.tr("Handled?"),
                self.tr("Action"),
                self.tr("Note"),
                self.tr("Who"),
                self.tr("When"),
                self.tr("Why it blocked"),
                self.tr("Refund"),
                self.tr("Created"),
                self.tr("Amount"),
            ),
            marks_headers=(
                self.tr("When"),
                self.tr("Order number"),
                self.tr("Entry"),
                self.tr("Action"),
                self.tr("Note"),
                self.tr("Who"),
            ),
            yes=self.tr("Yes"),
            no=self.tr("No"),
            not_needed=self.tr("Not needed"),
            summary_labels={
                "made_at": self.tr("Report made at"),
                "scope": self.tr("Orders listed"),
                "scope_all": self.tr("All orders"),
                "scope_blocking": self.tr("Only orders that blocked closure"),
                "orders": self.tr("Orders"),
                "blocking": self.tr("Still blocking closure"),
                "handled": self.tr("Handled by you"),
                "watch": self.tr("Finished, still inside after-sales"),
                "verdict": self.tr("Can the shop close?"),
                "by_reason": self.tr("Orders still blocking, by reason"),
                "by_status": self.tr("All orders, by status"),
                "marks": self.tr("Entries in the marks log"),
                "stock": self.tr("Stock items still needing a decision"),
            },
            statuses=dict(self.statuses),
            refunds=dict(self.refunds),
            reasons=dict(self.reasons),
            actions=dict(self.actions),
            mark_kinds=dict(self.mark_kinds),
            verdicts=dict(self.verdicts),
        )
