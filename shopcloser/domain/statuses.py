"""Canonical order and refund statuses, and how export texts map to them.

The canonical codes are the Taobao Open Platform (TOP) names; the texts are what the
seller centre writes in its exports (see shared/domain/taobao-exports.md).
"""

from __future__ import annotations

from enum import StrEnum


class TradeStatus(StrEnum):
    WAIT_BUYER_PAY = "WAIT_BUYER_PAY"
    TRADE_NO_CREATE_PAY = "TRADE_NO_CREATE_PAY"
    WAIT_SELLER_SEND_GOODS = "WAIT_SELLER_SEND_GOODS"
    SELLER_CONSIGNED_PART = "SELLER_CONSIGNED_PART"
    WAIT_BUYER_CONFIRM_GOODS = "WAIT_BUYER_CONFIRM_GOODS"
    TRADE_BUYER_SIGNED = "TRADE_BUYER_SIGNED"
    TRADE_FINISHED = "TRADE_FINISHED"
    TRADE_CLOSED = "TRADE_CLOSED"
    TRADE_CLOSED_BY_TAOBAO = "TRADE_CLOSED_BY_TAOBAO"
    PAY_PENDING = "PAY_PENDING"
    WAIT_PRE_AUTH_CONFIRM = "WAIT_PRE_AUTH_CONFIRM"
    PAID_FORBID_CONSIGN = "PAID_FORBID_CONSIGN"
    # Not a TOP code: the export text was not recognised; the raw text is kept.
    UNKNOWN = "UNKNOWN"


class RefundStatus(StrEnum):
    NO_REFUND = "NO_REFUND"
    WAIT_SELLER_AGREE = "WAIT_SELLER_AGREE"
    WAIT_BUYER_RETURN_GOODS = "WAIT_BUYER_RETURN_GOODS"
    WAIT_SELLER_CONFIRM_GOODS = "WAIT_SELLER_CONFIRM_GOODS"
    SELLER_REFUSE_BUYER = "SELLER_REFUSE_BUYER"
    CLOSED = "CLOSED"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"
    # The item's report had no refund column (item reports before ~2020): the files do
    # not say whether a refund is open, so this is neither "no refund" nor blocking.
    NOT_IN_FILES = "NOT_IN_FILES"


_TRADE_TEXTS: dict[str, TradeStatus] = {
    "等待买家付款": TradeStatus.WAIT_BUYER_PAY,
    "没有创建支付宝交易": TradeStatus.TRADE_NO_CREATE_PAY,
    "买家已付款，等待卖家发货": TradeStatus.WAIT_SELLER_SEND_GOODS,
    "卖家部分发货": TradeStatus.SELLER_CONSIGNED_PART,
    "卖家已发货，等待买家确认": TradeStatus.WAIT_BUYER_CONFIRM_GOODS,
    "买家已签收": TradeStatus.TRADE_BUYER_SIGNED,
    "交易成功": TradeStatus.TRADE_FINISHED,
    "交易被淘宝关闭": TradeStatus.TRADE_CLOSED_BY_TAOBAO,
    # Legacy cash-on-delivery texts.
    "等待买家确认货到付款订单信息": TradeStatus.WAIT_BUYER_PAY,
    "买家已确认，等待卖家发货": TradeStatus.WAIT_SELLER_SEND_GOODS,
    "卖家已发货，等待买家确认收货并付款": TradeStatus.WAIT_BUYER_CONFIRM_GOODS,
    "买家已签收，回款至卖家": TradeStatus.TRADE_BUYER_SIGNED,
}
_TRADE_CLOSED_TEXT = "交易关闭"
_UNPAID_CLOSE_REASON = "买家未付款"

_REFUND_TEXTS: dict[str, RefundStatus] = {
    "没有申请退款": RefundStatus.NO_REFUND,
    "买家已经申请退款，等待卖家同意": RefundStatus.WAIT_SELLER_AGREE,
    "卖家已经同意退款，等待买家退货": RefundStatus.WAIT_BUYER_RETURN_GOODS,
    "买家已经退货，等待卖家确认收货": RefundStatus.WAIT_SELLER_CONFIRM_GOODS,
    "卖家拒绝退款": RefundStatus.SELLER_REFUSE_BUYER,
    "退款关闭": RefundStatus.CLOSED,
    "退款成功": RefundStatus.SUCCESS,
}

# Codes are accepted as they are too: files re-saved by other tools sometimes carry them.
_TRADE_CODES = {s.value: s for s in TradeStatus if s is not TradeStatus.UNKNOWN}
_REFUND_CODES = {
    s.value: s for s in RefundStatus if s not in (RefundStatus.UNKNOWN, RefundStatus.NOT_IN_FILES)
}


def _normalise_text(text: str) -> str:
    # Exports mix half-width and full-width commas; the table uses full-width ones.
    return text.strip().replace(",", "，")


def trade_status_from_text(text: str, close_reason: str | None = None) -> TradeStatus:
    """Map an export's 订单状态 text to its canonical code (UNKNOWN if not recognised)."""
    norm = _normalise_text(text)
    if norm == _TRADE_CLOSED_TEXT:
        if close_reason and _UNPAID_CLOSE_REASON in close_reason:
            return TradeStatus.TRADE_CLOSED_BY_TAOBAO
        return TradeStatus.TRADE_CLOSED
    return _TRADE_TEXTS.get(norm) or _TRADE_CODES.get(norm.upper()) or TradeStatus.UNKNOWN


def refund_status_from_text(text: str | None) -> RefundStatus:
    """Map an item report's 退款状态 text to its canonical code.

    An empty cell means no refund was ever asked for. (A report without the column says
    nothing: its items are ``NOT_IN_FILES``, decided by the reader, not here.)
    """
    if text is None:
        return RefundStatus.NO_REFUND
    norm = _normalise_text(text)
    if norm in ("", "无", "无退款申请"):
        return RefundStatus.NO_REFUND
    return _REFUND_TEXTS.get(norm) or _REFUND_CODES.get(norm.upper()) or RefundStatus.UNKNOWN


OPEN_TRADE_STATUSES = frozenset(
    {
        TradeStatus.WAIT_BUYER_PAY,
        TradeStatus.TRADE_NO_CREATE_PAY,
        TradeStatus.WAIT_SELLER_SEND_GOODS,
        TradeStatus.SELLER_CONSIGNED_PART,
        TradeStatus.WAIT_BUYER_CONFIRM_GOODS,
        TradeStatus.TRADE_BUYER_SIGNED,
        TradeStatus.PAY_PENDING,
        TradeStatus.WAIT_PRE_AUTH_CONFIRM,
        TradeStatus.PAID_FORBID_CONSIGN,
        TradeStatus.UNKNOWN,
    }
)
OPEN_REFUND_STATUSES = frozenset(
    {
        RefundStatus.WAIT_SELLER_AGREE,
        RefundStatus.WAIT_BUYER_RETURN_GOODS,
        RefundStatus.WAIT_SELLER_CONFIRM_GOODS,
        RefundStatus.SELLER_REFUSE_BUYER,
        RefundStatus.UNKNOWN,
    }
)
FINISHED_TRADE_STATUSES = frozenset({TradeStatus.TRADE_FINISHED})
# Items whose files show no refund: none was asked for, or the report had no refund column.
NO_REFUND_SHOWN = frozenset({RefundStatus.NO_REFUND, RefundStatus.NOT_IN_FILES})

# How far along its life a trade is, as the seller centre shows it: an export made later
# never shows a trade at an earlier step. Paying, shipping, receipt and the end follow one
# another; a finished trade can still be closed (a refund after 交易成功), so the closed
# states come last. Unknown texts have no place: nothing is said about them.
TRADE_PROGRESS: dict[TradeStatus, int] = {
    TradeStatus.WAIT_BUYER_PAY: 0,
    TradeStatus.TRADE_NO_CREATE_PAY: 0,
    TradeStatus.PAY_PENDING: 0,
    TradeStatus.WAIT_PRE_AUTH_CONFIRM: 0,
    TradeStatus.WAIT_SELLER_SEND_GOODS: 1,
    TradeStatus.PAID_FORBID_CONSIGN: 1,
    TradeStatus.SELLER_CONSIGNED_PART: 2,
    TradeStatus.WAIT_BUYER_CONFIRM_GOODS: 3,
    TradeStatus.TRADE_BUYER_SIGNED: 4,
    TradeStatus.TRADE_FINISHED: 5,
    TradeStatus.TRADE_CLOSED: 6,
    TradeStatus.TRADE_CLOSED_BY_TAOBAO: 6,
}
# The same by the code the store holds (plain text).
STEP_OF_CODE: dict[str, int] = {status.value: step for status, step in TRADE_PROGRESS.items()}
# An item's refund states after which a later export never shows "no refund": once a
# refund was asked for, the export says what became of it. (Other orders of refund states
# are possible: a closed refund may be asked for again, a partial one may follow a
# successful one.)
REFUND_ASKED = frozenset(
    {*OPEN_REFUND_STATUSES - {RefundStatus.UNKNOWN}, RefundStatus.CLOSED, RefundStatus.SUCCESS}
)
