"""Marking orders handled: all or nothing, undoable, logged for good, kept across imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from shopcloser.domain.handling import MarkKind
from shopcloser.domain.statuses import RefundStatus, TradeStatus
from shopcloser.messages import UserError
from shopcloser.services.marks import (
    iter_marks,
    mark_orders,
    marks_of,
    undo_mark,
    unmark_orders,
)
from shopcloser.services.orders import OrderFilter, OrderQuery, order_ids_for_keys, order_keys
from shopcloser.services.readiness import readiness
from shopcloser.store.database import Store
from tests.orders.seed import NOW, reimport, standard_shop

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def shop(store: Store) -> Store:
    standard_shop(store)
    return store


def blocking(store: Store) -> list[str]:
    return order_ids_for_keys(store, order_keys(store, OrderQuery(filter=OrderFilter.BLOCKING)))


def test_marking_records_who_what_and_when(shop: Store) -> None:
    result = mark_orders(
        shop, ["1001", "1002"], "shipped", note="  顺丰 SF123 ", by="王小明", at=NOW
    )
    assert result.newly_marked == ["1001", "1002"]
    assert set(blocking(shop)) == {"1003", "1007"}
    entry = marks_of(shop, "1001")[-1]
    assert (entry.kind, entry.action, entry.note, entry.by, entry.at) == (
        MarkKind.MARK,
        "shipped",
        "顺丰 SF123",
        "王小明",
        NOW,
    )
    state = readiness(shop, now=NOW)
    assert (state.blocking, state.handled) == (2, 2)


def test_an_unknown_order_id_changes_nothing(shop: Store) -> None:
    with pytest.raises(UserError) as refused:
        mark_orders(shop, ["1001", "9999", "1002"], "shipped")
    assert "9999" in str(refused.value)
    assert "No order was marked" in str(refused.value)
    assert set(blocking(shop)) == {"1001", "1002", "1003", "1007"}
    assert list(iter_marks(shop)) == []
    with pytest.raises(UserError):
        unmark_orders(shop, ["1001", "9999"])


def test_an_unknown_action_or_no_order_is_refused(shop: Store) -> None:
    with pytest.raises(UserError):
        mark_orders(shop, ["1001"], "burnt")
    with pytest.raises(UserError):
        mark_orders(shop, ["  "], "shipped")


def test_unmarking_makes_the_order_block_again_and_keeps_the_history(shop: Store) -> None:
    mark_orders(shop, ["1003"], "refund_completed", by="a")
    result = unmark_orders(shop, ["1003", "1001"], by="b")
    assert result.unmarked == ["1003"]
    assert result.not_marked == ["1001"]
    assert "1003" in blocking(shop)
    assert [(m.kind, m.by) for m in marks_of(shop, "1003")] == [
        (MarkKind.MARK, "a"),
        (MarkKind.UNMARK, "b"),
    ]


def test_undo_puts_back_exactly_what_was_there(shop: Store) -> None:
    mark_orders(shop, ["1001"], "shipped", note="first")
    second = mark_orders(shop, ["1001", "1002"], "other", note="second")
    assert second.newly_marked == ["1002"]
    assert second.replaced["1001"].note == "first"
    undo_mark(shop, second)
    assert "1002" in blocking(shop) and "1001" not in blocking(shop)
    assert marks_of(shop, "1001")[-1].note == "first"
    assert [m.kind for m in marks_of(shop, "1002")] == [MarkKind.MARK, MarkKind.UNMARK]
    assert len(list(iter_marks(shop))) == 5  # nothing was removed from the log


def test_marking_many_orders_at_once(store: Store) -> None:
    from tests.orders.seed import add_order

    for n in range(300):
        add_order(store, f"5{n:05d}")
    result = mark_orders(store, [f"5{n:05d}" for n in range(300)], "closed_on_platform")
    assert len(result.newly_marked) == 300
    assert blocking(store) == []


def test_a_mark_outlives_a_newer_import_that_finishes_the_order(shop: Store) -> None:
    mark_orders(shop, ["1001"], "shipped", by="王小明")
    reimport(shop, "1001", TradeStatus.TRADE_FINISHED, [RefundStatus.NO_REFUND])
    state = readiness(shop, now=NOW)
    assert "1001" not in blocking(shop)
    assert state.handled == 0  # it no longer needs handling at all
    assert [m.kind for m in marks_of(shop, "1001")] == [MarkKind.MARK]


def test_marks_survive_reimporting_real_exports(store: Store, tmp_path: Path) -> None:
    from shopcloser.services.importing import import_files

    orders, items = DATA / "orders-2017.csv", DATA / "items-2017.csv"
    import_files(store, [orders, items])
    before = blocking(store)
    assert before, "the sample export has open orders"
    marked = before[0]
    mark_orders(store, [marked], "shipped", note="SF", by="王小明")

    import_files(store, [orders, items])  # the same export again: the mark stays
    assert marked not in blocking(store)
    assert marked in order_ids_for_keys(
        store, order_keys(store, OrderQuery(filter=OrderFilter.HANDLED))
    )

    newer = tmp_path / "ExportOrderList-newer.csv"
    newer.write_bytes(_finish_order(orders.read_bytes(), marked))
    import_files(store, [newer])  # now the platform says it is finished
    assert marked not in blocking(store)
    assert marked not in order_ids_for_keys(
        store, order_keys(store, OrderQuery(filter=OrderFilter.HANDLED))
    )
    assert [m.kind for m in marks_of(store, marked)] == [MarkKind.MARK]


def _finish_order(report: bytes, order_id: str) -> bytes:
    """The same order report, with one order's status changed to 交易成功 (finished)."""
    text = report.decode("gb18030")
    lines = text.split("\r\n") if "\r\n" in text else text.split("\n")
    statuses = (
        "买家已付款，等待卖家发货",
        "卖家部分发货",
        "卖家已发货，等待买家确认",
        "等待买家付款",
    )
    for index, line in enumerate(lines):
        if line.startswith(f'="{order_id}"'):
            for status in statuses:
                line = line.replace(f'"{status}"', '"交易成功"')
            lines[index] = line
    joiner = "\r\n" if "\r\n" in text else "\n"
    return joiner.join(lines).encode("gb18030")
