"""The handling rules, table-tested without a database."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from shopcloser.domain.closure import Reason
from shopcloser.domain.handling import (
    MarkKind,
    Verdict,
    closing_verdict,
    finish_time,
    in_after_sales,
    is_handled,
    parse_reasons,
    refund_rank,
    refund_summary,
)
from shopcloser.domain.statuses import RefundStatus as R

NOW = datetime(2026, 11, 22, 12, 0)
CONFIRMED, SHIPPED, PAID, CREATED = (NOW - timedelta(days=d) for d in (1, 2, 3, 4))


@pytest.mark.parametrize(
    ("confirmed", "shipped", "paid", "created", "expected"),
    [
        (CONFIRMED, SHIPPED, PAID, CREATED, CONFIRMED),
        (None, SHIPPED, PAID, CREATED, SHIPPED),
        (None, None, PAID, CREATED, PAID),
        (None, None, None, CREATED, CREATED),
        (None, None, None, None, None),
    ],
)
def test_finish_time_is_the_best_time_the_files_tell(
    confirmed: datetime | None,
    shipped: datetime | None,
    paid: datetime | None,
    created: datetime | None,
    expected: datetime | None,
) -> None:
    assert finish_time(confirmed, shipped, paid, created) == expected


@pytest.mark.parametrize(
    ("finished", "days", "inside"),
    [
        (NOW - timedelta(days=14, hours=23), 15, True),
        (NOW - timedelta(days=15), 15, False),
        (NOW - timedelta(days=16), 15, False),
        (NOW - timedelta(hours=1), 0, False),
        (None, 15, False),
    ],
)
def test_after_sales_window(finished: datetime | None, days: int, inside: bool) -> None:
    assert in_after_sales(finished, NOW, days) is inside


@pytest.mark.parametrize(
    ("stored", "reasons"),
    [
        ("", ()),
        ("open_order", (Reason.OPEN_ORDER,)),
        ("open_order,open_refund", (Reason.OPEN_ORDER, Reason.OPEN_REFUND)),
        ("unknown_status,from_the_future", (Reason.UNKNOWN_STATUS,)),
    ],
)
def test_stored_reasons_are_read_back(stored: str, reasons: tuple[Reason, ...]) -> None:
    assert parse_reasons(stored) == reasons


@pytest.mark.parametrize(
    ("states", "summary"),
    [
        ([], ()),
        ([R.NO_REFUND, R.NO_REFUND], (R.NO_REFUND,)),
        ([R.NO_REFUND, R.SUCCESS], (R.SUCCESS,)),
        ([R.SUCCESS, R.WAIT_SELLER_AGREE, R.NO_REFUND], (R.WAIT_SELLER_AGREE, R.SUCCESS)),
        ([R.CLOSED, R.UNKNOWN], (R.UNKNOWN, R.CLOSED)),
    ],
)
def test_refund_summary_puts_the_most_pressing_first(
    states: list[R], summary: tuple[R, ...]
) -> None:
    assert refund_summary(states) == summary


def test_open_refunds_rank_above_finished_ones() -> None:
    assert refund_rank(R.NO_REFUND) == 0
    assert refund_rank(R.WAIT_SELLER_AGREE) > refund_rank(R.SUCCESS) > refund_rank(R.NO_REFUND)


@pytest.mark.parametrize(
    ("log", "handled"),
    [
        ([], False),
        ([MarkKind.MARK], True),
        ([MarkKind.MARK, MarkKind.UNMARK], False),
        ([MarkKind.MARK, MarkKind.UNMARK, MarkKind.MARK], True),
        ([MarkKind.MARK, MarkKind.MARK], True),
    ],
)
def test_the_log_folds_into_the_handled_flag(log: list[MarkKind], handled: bool) -> None:
    assert is_handled(log) is handled


@pytest.mark.parametrize(
    ("orders", "blocking", "watch", "stock", "verdict"),
    [
        (0, 0, 0, 0, Verdict.NO_ORDERS),
        (10, 1, 0, 0, Verdict.NOT_YET),
        (10, 1, 5, 3, Verdict.NOT_YET),
        (10, 0, 2, 0, Verdict.ALMOST),
        (10, 0, 0, 4, Verdict.ALMOST),
        (10, 0, 0, 0, Verdict.READY),
    ],
)
def test_can_i_close(orders: int, blocking: int, watch: int, stock: int, verdict: Verdict) -> None:
    assert (
        closing_verdict(orders=orders, blocking=blocking, watch=watch, stock_undecided=stock)
        is verdict
    )
