"""Which orders the table shows, in which order, and the counts beside each filter."""

from __future__ import annotations

from typing import Any

import pytest

from shopcloser.domain.closure import Reason, Standing
from shopcloser.domain.handling import watch_cutoff
from shopcloser.domain.statuses import RefundStatus, TradeStatus
from shopcloser.services.marks import mark_orders
from shopcloser.services.order_counts import filter_counts
from shopcloser.services.order_details import order_details
from shopcloser.services.orders import (
    ANY_OPEN_REFUND,
    OrderFilter,
    OrderQuery,
    SortColumn,
    fetch_rows,
    first_keys,
    order_ids_for_keys,
    order_keys,
)
from shopcloser.store.database import Store
from tests.orders.seed import NOW, add_order, standard_shop

CUTOFF = watch_cutoff(NOW, 15)


def ids(store: Store, **query: object) -> list[str]:
    keys = order_keys(store, OrderQuery(**query), cutoff=CUTOFF)  # type: ignore[arg-type]
    return order_ids_for_keys(store, keys)


@pytest.fixture
def shop(store: Store) -> Store:
    standard_shop(store)
    return store


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (OrderFilter.BLOCKING, {"1001", "1002", "1003", "1007"}),
        (OrderFilter.WATCH, {"1004"}),
        (OrderFilter.HANDLED, set()),
        (OrderFilter.ALL, {"1001", "1002", "1003", "1004", "1005", "1006", "1007"}),
    ],
)
def test_each_filter_shows_its_orders(shop: Store, choice: OrderFilter, expected: set[str]) -> None:
    assert set(ids(shop, filter=choice)) == expected


def test_a_handled_order_moves_from_blocking_to_handled(shop: Store) -> None:
    mark_orders(shop, ["1002"], "shipped", by="王小明")
    assert "1002" not in ids(shop, filter=OrderFilter.BLOCKING)
    assert ids(shop, filter=OrderFilter.HANDLED) == ["1002"]


def test_status_and_refund_filters(shop: Store) -> None:
    assert set(ids(shop, status=TradeStatus.TRADE_FINISHED.value)) == {"1003", "1004", "1005"}
    assert ids(shop, refund=RefundStatus.WAIT_SELLER_AGREE.value) == ["1003"]
    assert ids(shop, refund=ANY_OPEN_REFUND) == ["1003"]
    assert ids(shop, refund=RefundStatus.SUCCESS.value) == ["1005"]
    assert set(ids(shop, refund=RefundStatus.NO_REFUND.value)) == {
        "1001",
        "1002",
        "1004",
        "1006",
        "1007",
    }
    assert ids(shop, filter=OrderFilter.BLOCKING, status=TradeStatus.TRADE_FINISHED.value) == [
        "1003"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1003", ["1003"]),
        ('="1003"', ["1003"]),  # pasted from the CSV as it is
        ("100", ["1005", "1003", "1006", "1001", "1002", "1004", "1007"]),
        ("CAROL", ["1003"]),  # buyer nick, any case
        ("连衣裙", ["1001"]),  # item title
        ("红色 连衣裙", ["1001"]),  # every word must match
        ("蓝色 连衣裙", []),
        ("%", []),  # wildcards are plain characters
        ("_", []),
        ("=HYPERLINK", ["1005"]),
    ],
)
def test_search_by_order_id_buyer_or_item(shop: Store, text: str, expected: list[str]) -> None:
    assert ids(shop, search=text) == expected


def test_search_finds_titles_of_orders_known_only_from_items(store: Store) -> None:
    from shopcloser.store.models import Order

    add_order(store, "2001", titles="茶叶 礼盒")
    with store.transaction() as session:
        order = session.get(Order, "2001")
        assert order is not None
        order.item_titles = None
        order.from_items_only = True
    assert ids(store, search="礼盒") == ["2001"]


def test_an_order_id_search_paints_the_matching_ids_first(store: Store) -> None:
    add_order(store, "35153131473293579", buyer_nick="a")
    add_order(store, "35153131473293580", buyer_nick="b")
    add_order(store, "99999999", buyer_nick="buyer351531")
    query = OrderQuery(search="351531")
    first = order_ids_for_keys(store, first_keys(store, query, 10, cutoff=CUTOFF))
    assert first == ["35153131473293579", "35153131473293580"]
    assert set(ids(store, search="351531")) == {
        "35153131473293579",
        "35153131473293580",
        "99999999",
    }


@pytest.mark.parametrize("column", list(SortColumn))
@pytest.mark.parametrize("descending", [False, True])
def test_every_column_sorts_both_ways(shop: Store, column: SortColumn, descending: bool) -> None:
    query = OrderQuery(sort=column, descending=descending)
    keys = order_keys(shop, query, cutoff=CUTOFF)
    rows = fetch_rows(shop, keys, cutoff=CUTOFF)
    shown = [rows[k] for k in keys]
    assert len(shown) == 7

    def value(row: object) -> object:
        from shopcloser.services.orders import OrderRow

        assert isinstance(row, OrderRow)
        return {
            SortColumn.ORDER_ID: row.order_id,
            SortColumn.CREATED: row.created_at,
            SortColumn.PAID: row.paid_at or NOW.replace(year=1),
            SortColumn.STATUS: row.status.value,
            SortColumn.REFUND: len(row.refund_states)
            and row.refund_states[0] != RefundStatus.NO_REFUND,
            SortColumn.AMOUNT: row.amount,
            SortColumn.BUYER: row.buyer_nick,
            SortColumn.ITEMS: row.items,
            SortColumn.REASONS: ",".join(r.value for r in row.reasons),
            SortColumn.HANDLED: row.handled,
        }[column]

    values = [value(row) for row in shown]
    assert values == sorted(values, reverse=descending)  # type: ignore[type-var]
    assert first_keys(shop, query, 3, cutoff=CUTOFF) == list(keys[:3])


def test_refund_sort_puts_open_refunds_first_when_descending(shop: Store) -> None:
    assert ids(shop, sort=SortColumn.REFUND, descending=True)[:2] == ["1003", "1005"]


def test_rows_say_why_an_order_blocks(shop: Store) -> None:
    rows = {
        r.order_id: r
        for r in fetch_rows(shop, order_keys(shop, OrderQuery()), cutoff=CUTOFF).values()
    }
    assert rows["1001"].reasons == (Reason.OPEN_ORDER,)
    assert rows["1001"].standing is Standing.BLOCKING
    assert rows["1003"].reasons == (Reason.OPEN_REFUND,)
    assert rows["1003"].refund_states == (RefundStatus.WAIT_SELLER_AGREE,)
    assert rows["1004"].standing is Standing.WATCH
    assert rows["1005"].standing is Standing.CLEAR
    assert rows["1007"].reasons == (Reason.UNKNOWN_STATUS,)
    assert rows["1004"].amount is not None and str(rows["1004"].amount) == "10.00"


def test_counts_beside_each_filter(shop: Store) -> None:
    counts = filter_counts(shop, OrderQuery(), cutoff=CUTOFF)
    assert counts.by_filter == {
        OrderFilter.ALL: 7,
        OrderFilter.BLOCKING: 4,
        OrderFilter.HANDLED: 0,
        OrderFilter.WATCH: 1,
        OrderFilter.FLAGGED: 0,
    }
    assert counts.by_status[TradeStatus.TRADE_FINISHED.value] == 3
    assert counts.by_status[""] == 7
    assert counts.by_refund[ANY_OPEN_REFUND] == 1
    assert counts.by_refund[RefundStatus.NO_REFUND.value] == 5
    assert counts.by_refund[""] == 7


def test_counts_follow_the_other_filters_and_the_search(shop: Store) -> None:
    mark_orders(shop, ["1001"], "shipped")
    blocking = OrderQuery(filter=OrderFilter.BLOCKING)
    counts = filter_counts(shop, blocking, cutoff=CUTOFF)
    assert counts.by_status == {
        TradeStatus.WAIT_SELLER_SEND_GOODS.value: 1,
        TradeStatus.TRADE_FINISHED.value: 1,
        TradeStatus.UNKNOWN.value: 1,
        "": 3,
    }
    assert counts.by_filter[OrderFilter.HANDLED] == 1
    searched = filter_counts(shop, OrderQuery(search="连衣裙"), cutoff=CUTOFF)
    assert searched.by_filter[OrderFilter.ALL] == 1
    assert searched.by_filter[OrderFilter.BLOCKING] == 0
    assert searched.by_filter[OrderFilter.HANDLED] == 1
    refunded = filter_counts(shop, OrderQuery(refund=ANY_OPEN_REFUND), cutoff=CUTOFF)
    assert refunded.by_filter[OrderFilter.ALL] == 1
    assert refunded.by_refund[""] == 7


def test_details_tell_the_whole_story(shop: Store) -> None:
    mark_orders(shop, ["1003"], "refund_completed", note="退款已同意", by="王小明")
    details = order_details(shop, "1003", cutoff=CUTOFF)
    assert details is not None
    assert details.standing is Standing.HANDLED
    assert [i.refund_status for i in details.items] == [
        RefundStatus.NO_REFUND,
        RefundStatus.WAIT_SELLER_AGREE,
    ]
    assert details.confirmed_at is not None
    assert [(m.action, m.note, m.by) for m in details.marks] == [
        ("refund_completed", "退款已同意", "王小明")
    ]
    assert details.receiver_phone == "13812345678"
    assert order_details(shop, "nope") is None


def test_the_watch_filter_uses_its_index(shop: Store) -> None:
    from shopcloser.services import order_sql as sql
    from shopcloser.services.orders import _keys_statement, _where

    with shop.engine.connect() as conn:
        query = OrderQuery(filter=OrderFilter.WATCH)
        stmt = _keys_statement(conn, query, _where(conn, query, CUTOFF), sort_index=False)
        compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
        params = compiled.construct_params()
        args = tuple(params[name] for name in compiled.positiontup or ())
        plan = " ".join(
            str(row) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), args)
        )
    assert "ix_orders_finish_time" in plan
    assert sql.FETCH_ROWS > 0


def test_refund_counts_match_the_lists_when_files_gave_no_refund_state(shop: Store) -> None:
    unknown = RefundStatus.NOT_IN_FILES
    add_order(shop, "2001", TradeStatus.TRADE_FINISHED, refunds=(unknown, unknown))
    add_order(shop, "2002", TradeStatus.TRADE_FINISHED, refunds=(unknown, RefundStatus.SUCCESS))
    add_order(shop, "2003", TradeStatus.TRADE_FINISHED, refunds=(unknown, RefundStatus.NO_REFUND))
    counts = filter_counts(shop, OrderQuery(), cutoff=CUTOFF)
    assert counts.by_refund[unknown.value] == 3
    assert counts.by_refund[RefundStatus.NO_REFUND.value] == 5  # the shop's own, as before
    for choice in [*(s.value for s in RefundStatus), ANY_OPEN_REFUND]:
        assert counts.by_refund.get(choice, 0) == len(ids(shop, refund=choice)), choice
    # The same with another filter applied, which the counts must follow.
    finished = OrderQuery(status=TradeStatus.TRADE_FINISHED.value)
    counts = filter_counts(shop, finished, cutoff=CUTOFF)
    for choice in [*(s.value for s in RefundStatus), ANY_OPEN_REFUND]:
        listed = ids(shop, status=TradeStatus.TRADE_FINISHED.value, refund=choice)
        assert counts.by_refund.get(choice, 0) == len(listed), choice


def test_refund_counts_look_up_items_without_a_state_by_their_order(
    shop: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting orders that have items with and without a refund state tests each order's
    items by its id: through the refund state's index, SQLite read every item without a
    state for each order (a 2017 item report gives none: minutes at 60,000 orders)."""
    from shopcloser.services import order_sql as sql

    unknown = RefundStatus.NOT_IN_FILES
    add_order(shop, "3001", TradeStatus.WAIT_SELLER_SEND_GOODS, refunds=(unknown, unknown))
    add_order(shop, "3002", TradeStatus.WAIT_SELLER_SEND_GOODS, refunds=(unknown,))
    ran: list[Any] = []
    real_run_raw = sql.run_raw

    def recording(conn: Any, stmt: Any, cancel: Any = None) -> Any:
        compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
        params = compiled.construct_params()
        args = tuple(params[name] for name in compiled.positiontup or ())
        plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), args).fetchall()
        ran.append((str(compiled), " ".join(str(row) for row in plan)))
        return real_run_raw(conn, stmt, cancel)

    monkeypatch.setattr(sql, "run_raw", recording)
    query = OrderQuery(filter=OrderFilter.ALL, status=TradeStatus.WAIT_SELLER_SEND_GOODS.value)
    counts = filter_counts(shop, query, cutoff=CUTOFF)
    assert counts.by_refund[unknown.value] == 2
    plans = [plan for text, plan in ran if "unknown_items" in text]
    assert plans
    for plan in plans:
        assert "unknown_items USING INDEX ix_order_items_refund_status" not in plan, plan
