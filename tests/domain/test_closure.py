from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from shopcloser.domain.closure import Reason, Standing, assess, blocking_reasons
from shopcloser.domain.statuses import RefundStatus as R
from shopcloser.domain.statuses import TradeStatus as T

NOW = datetime(2026, 11, 22, 12, 0)

BLOCKING_STATUSES = [
    T.WAIT_BUYER_PAY,
    T.TRADE_NO_CREATE_PAY,
    T.WAIT_SELLER_SEND_GOODS,
    T.SELLER_CONSIGNED_PART,
    T.WAIT_BUYER_CONFIRM_GOODS,
    T.TRADE_BUYER_SIGNED,
]
OPEN_REFUNDS = [
    R.WAIT_SELLER_AGREE,
    R.WAIT_BUYER_RETURN_GOODS,
    R.WAIT_SELLER_CONFIRM_GOODS,
    R.SELLER_REFUSE_BUYER,
]


@pytest.mark.parametrize("status", BLOCKING_STATUSES)
def test_open_orders_block(status: T) -> None:
    assert blocking_reasons(status, []) == (Reason.OPEN_ORDER,)


@pytest.mark.parametrize("status", [T.TRADE_FINISHED, T.TRADE_CLOSED, T.TRADE_CLOSED_BY_TAOBAO])
def test_finished_and_closed_orders_do_not_block(status: T) -> None:
    assert blocking_reasons(status, [R.NO_REFUND, R.SUCCESS, R.CLOSED]) == ()


def test_unknown_status_needs_review() -> None:
    assert blocking_reasons(T.UNKNOWN, []) == (Reason.UNKNOWN_STATUS,)


@pytest.mark.parametrize("refund", OPEN_REFUNDS)
def test_an_open_refund_on_any_item_blocks_a_finished_order(refund: R) -> None:
    assert blocking_reasons(T.TRADE_FINISHED, [R.NO_REFUND, refund]) == (Reason.OPEN_REFUND,)


def test_reasons_add_up() -> None:
    reasons = blocking_reasons(T.WAIT_SELLER_SEND_GOODS, [R.WAIT_SELLER_AGREE, R.UNKNOWN])
    assert set(reasons) == {Reason.OPEN_ORDER, Reason.OPEN_REFUND, Reason.UNKNOWN_REFUND}


@pytest.mark.parametrize(
    ("status", "refunds", "handled", "finished_days_ago", "expected"),
    [
        (T.WAIT_SELLER_SEND_GOODS, [], False, None, Standing.BLOCKING),
        (T.WAIT_SELLER_SEND_GOODS, [], True, None, Standing.HANDLED),
        (T.TRADE_FINISHED, [R.WAIT_SELLER_AGREE], True, 1, Standing.HANDLED),
        (T.TRADE_FINISHED, [], False, 3, Standing.WATCH),
        (T.TRADE_FINISHED, [], False, 14.9, Standing.WATCH),
        (T.TRADE_FINISHED, [], False, 15, Standing.CLEAR),
        (T.TRADE_FINISHED, [], False, None, Standing.CLEAR),
        (T.TRADE_CLOSED, [], False, 1, Standing.CLEAR),
    ],
)
def test_assess(
    status: T, refunds: list[R], handled: bool, finished_days_ago: float | None, expected: Standing
) -> None:
    finished = None if finished_days_ago is None else NOW - timedelta(days=finished_days_ago)
    result = assess(status, refunds, handled=handled, finished_at=finished, now=NOW)
    assert result.standing is expected


def test_after_sales_window_is_a_setting() -> None:
    finished = NOW - timedelta(days=20)
    assert (
        assess(
            T.TRADE_FINISHED, [], handled=False, finished_at=finished, now=NOW, after_sales_days=30
        ).standing
        is Standing.WATCH
    )
