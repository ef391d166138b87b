from __future__ import annotations

import pytest

from shopcloser.domain.statuses import (
    RefundStatus,
    TradeStatus,
    refund_status_from_text,
    trade_status_from_text,
)


@pytest.mark.parametrize(
    ("text", "close_reason", "expected"),
    [
        ("等待买家付款", None, TradeStatus.WAIT_BUYER_PAY),
        ("没有创建支付宝交易", None, TradeStatus.TRADE_NO_CREATE_PAY),
        ("买家已付款，等待卖家发货", None, TradeStatus.WAIT_SELLER_SEND_GOODS),
        ("买家已付款,等待卖家发货", None, TradeStatus.WAIT_SELLER_SEND_GOODS),  # half-width comma
        ("卖家部分发货", None, TradeStatus.SELLER_CONSIGNED_PART),
        ("卖家已发货，等待买家确认", None, TradeStatus.WAIT_BUYER_CONFIRM_GOODS),
        ("买家已签收", None, TradeStatus.TRADE_BUYER_SIGNED),
        ("交易成功", None, TradeStatus.TRADE_FINISHED),
        ("交易关闭", "买家申请退款", TradeStatus.TRADE_CLOSED),
        ("交易关闭", None, TradeStatus.TRADE_CLOSED),
        ("交易关闭", "买家未付款", TradeStatus.TRADE_CLOSED_BY_TAOBAO),
        ("交易被淘宝关闭", None, TradeStatus.TRADE_CLOSED_BY_TAOBAO),
        ("卖家已发货，等待买家确认收货并付款", None, TradeStatus.WAIT_BUYER_CONFIRM_GOODS),
        (" 交易成功 ", None, TradeStatus.TRADE_FINISHED),
        ("TRADE_FINISHED", None, TradeStatus.TRADE_FINISHED),
        ("火星状态", None, TradeStatus.UNKNOWN),
        ("", None, TradeStatus.UNKNOWN),
    ],
)
def test_trade_status_texts(text: str, close_reason: str | None, expected: TradeStatus) -> None:
    assert trade_status_from_text(text, close_reason) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, RefundStatus.NO_REFUND),
        ("", RefundStatus.NO_REFUND),
        ("无退款申请", RefundStatus.NO_REFUND),
        ("没有申请退款", RefundStatus.NO_REFUND),
        ("买家已经申请退款，等待卖家同意", RefundStatus.WAIT_SELLER_AGREE),
        ("卖家已经同意退款，等待买家退货", RefundStatus.WAIT_BUYER_RETURN_GOODS),
        ("买家已经退货，等待卖家确认收货", RefundStatus.WAIT_SELLER_CONFIRM_GOODS),
        ("卖家拒绝退款", RefundStatus.SELLER_REFUSE_BUYER),
        ("退款关闭", RefundStatus.CLOSED),
        ("退款成功", RefundStatus.SUCCESS),
        ("退款中（新状态）", RefundStatus.UNKNOWN),
    ],
)
def test_refund_status_texts(text: str | None, expected: RefundStatus) -> None:
    assert refund_status_from_text(text) is expected


def test_every_known_trade_status_has_its_step_and_closing_comes_after_success() -> None:
    from shopcloser.domain.statuses import TRADE_PROGRESS

    assert set(TRADE_PROGRESS) == set(TradeStatus) - {TradeStatus.UNKNOWN}
    step = TRADE_PROGRESS
    assert step[TradeStatus.WAIT_BUYER_PAY] < step[TradeStatus.WAIT_SELLER_SEND_GOODS]
    assert step[TradeStatus.WAIT_SELLER_SEND_GOODS] < step[TradeStatus.WAIT_BUYER_CONFIRM_GOODS]
    assert step[TradeStatus.WAIT_BUYER_CONFIRM_GOODS] < step[TradeStatus.TRADE_FINISHED]
    # A finished trade may still close after a refund: that is moving on.
    assert step[TradeStatus.TRADE_FINISHED] < step[TradeStatus.TRADE_CLOSED]
