"""The stored form of imported values matches what SQLAlchemy itself would store."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import DateTime
from sqlalchemy.dialects import sqlite

from shopcloser.services.import_rows import (
    ORDER_COLUMNS,
    BeforeImages,
    converters_for,
    stored_order,
)
from shopcloser.store.types import Money
from tests.services.records import order


def test_times_and_money_are_stored_as_sqlalchemy_would() -> None:
    dialect = sqlite.dialect()
    conv = converters_for(dialect)
    when = DateTime().dialect_impl(dialect).bind_processor(dialect)
    assert when is not None
    for value in (datetime(2017, 7, 8, 12, 0, 1), datetime(2020, 1, 2, 3, 4, 5, 6)):
        assert conv.when(value) == when(value)
    money = Money()
    for amount in ("201.12", "0.00", "0", "-3.5", "12345678.99", "0.005"):
        assert conv.money(Decimal(amount)) == money.process_bind_param(Decimal(amount), dialect)


def test_before_images_round_trip_exactly() -> None:
    dialect = sqlite.dialect()
    record = order("1001", extra={"运送方式": "快递"}, problems=[("订单付款时间", "bad")])
    # The row as the import writes it: shop, not a stub, blocking reasons, batches.
    stored = (*stored_order(record).values, 3, 0, "open_order", 1, 2)
    images = BeforeImages(dialect)
    image = images.to_json("orders", stored)
    assert image["total_amount"] == "201.12"
    assert image["paid_at"] == "2020-05-01T10:31:05"
    assert image["extra"] == {"运送方式": "快递"}
    assert image["from_items_only"] is False
    assert set(image) == {*ORDER_COLUMNS, "first_batch_id", "last_batch_id"}
    assert list(image)[:3] == ["order_id", "shop_id", "status"]  # as images always began
    assert "handled" not in image  # the merchant's, never the import's
    assert images.from_json("orders", image) == stored


def test_only_open_or_unknown_refunds_change_blocking_reasons() -> None:
    # FreshItems relies on this: orders whose items have only other refund states keep
    # the reasons their status alone gives them.
    from itertools import combinations

    from shopcloser.domain.closure import blocking_reasons
    from shopcloser.domain.statuses import OPEN_REFUND_STATUSES, RefundStatus, TradeStatus

    refunds = list(RefundStatus)
    for status in TradeStatus:
        for size in range(3):
            for chosen in combinations(refunds, size):
                kept = [r for r in chosen if r in OPEN_REFUND_STATUSES]
                assert blocking_reasons(status, chosen) == blocking_reasons(status, kept)
