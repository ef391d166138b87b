"""Importing order and item reports: upserts, stubs, re-imports, refusals, rollbacks."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from shopcloser.domain.records import OrderRecord
from shopcloser.formats.problems import incomplete_row
from shopcloser.formats.report import ReportKind
from shopcloser.i18n import user_error_text
from shopcloser.messages import Cancelled, UserError
from shopcloser.services import import_run
from shopcloser.services.batches import undo_batch
from shopcloser.services.importing import ImportSource, import_files, import_sources
from shopcloser.services.progress import CancelToken
from shopcloser.services.status import store_status
from shopcloser.store.database import Store
from shopcloser.store.models import HandledMark, ImportBatch, Order, OrderItem
from tests.samples import rewrite_csv, write_text_too_long_csv
from tests.services.records import (
    FINISHED,
    NO_REFUND,
    REFUND_ASKED,
    SHIPPED,
    TO_SHIP,
    dump,
    item,
    items_file,
    numbered_orders,
    oid,
    order,
    orders_file,
    rows_of,
)


def orders_in(store: Store) -> dict[str, Order]:
    with store.sessions() as session:
        return {o.order_id: o for o in session.scalars(select(Order))}


def items_in(store: Store) -> dict[str, OrderItem]:
    with store.sessions() as session:
        return {i.item_key: i for i in session.scalars(select(OrderItem))}


def test_orders_and_items_are_stored_with_their_values_and_blocking_reasons(
    store: Store,
) -> None:
    summary = import_sources(
        store,
        [
            orders_file([order("1001", FINISHED), order("1002", TO_SHIP), order("1003")]),
            items_file(
                [
                    item("1001", 1, refund=NO_REFUND),
                    item("1001", 2, refund=REFUND_ASKED),
                    item("1002", 1),
                    item("1003", 1),
                ]
            ),
        ],
    )
    assert (summary.orders_added, summary.orders_updated, summary.orders_unchanged) == (3, 0, 0)
    assert (summary.items_added, summary.items_updated) == (4, 0)
    assert summary.blocking_now == 2 and summary.newly_blocking == 2
    orders = orders_in(store)
    assert orders["1001"].blocking_reasons == "open_refund"
    assert orders["1002"].blocking_reasons == "open_order"
    assert orders["1003"].blocking_reasons == ""
    first = orders["1001"]
    assert first.total_amount == Decimal("201.12")
    assert first.paid_at == datetime(2020, 5, 1, 10, 31, 5)
    assert first.extra == {"运送方式": "快递", "是否手机订单": "手机订单"}
    assert not first.from_items_only and not first.handled
    assert first.first_batch_id == first.last_batch_id == summary.batch_id
    items = items_in(store)
    assert set(items) == {"1001#1", "1001#2", "1002#1", "1003#1"}
    assert items["1001#2"].refund_status == "WAIT_SELLER_AGREE"
    assert items["1001#1"].price == Decimal("100.56")
    status = store_status(store)
    assert (status.orders, status.items, status.blocking) == (3, 4, 2)


def test_the_batch_records_each_file(store: Store) -> None:
    source = orders_file([order("1001")], name="ExportOrderList.csv")
    source.sha256, source.layout, source.headers = "ab" * 32, "2017", ["订单编号", "订单状态"]
    summary = import_sources(store, [source, items_file([item("1001")])])
    with store.sessions() as session:
        batch = session.get(ImportBatch, summary.batch_id)
        assert batch is not None
        assert batch.files[0] == {
            "name": "ExportOrderList.csv",
            "sha256": "ab" * 32,
            "kind": "orders",
            "layout": "2017",
            "headers": ["订单编号", "订单状态"],
            "rows": 1,
        }
        assert batch.files[1]["kind"] == "items"
        assert (batch.orders_added, batch.items_added) == (1, 1)
        assert batch.finished_at is not None


def test_items_alone_create_stub_orders_that_an_order_report_fills_in(store: Store) -> None:
    first = import_sources(store, [items_file([item("2001", 1, status=SHIPPED)])])
    assert first.orders_added == 1
    stub = orders_in(store)["2001"]
    assert stub.from_items_only
    assert stub.status == "WAIT_BUYER_CONFIRM_GOODS"
    assert stub.blocking_reasons == "open_order"
    assert stub.buyer_nick is None

    # The order report's status wins over the item's.
    second = import_sources(store, [orders_file([order("2001", FINISHED)])])
    assert (second.orders_added, second.orders_updated) == (0, 1)
    assert second.no_longer_blocking == 1
    filled = orders_in(store)["2001"]
    assert not filled.from_items_only
    assert filled.status == "TRADE_FINISHED"
    assert filled.buyer_nick == "buyer2001"
    assert filled.blocking_reasons == ""

    # A later item report does not take the status back.
    import_sources(store, [items_file([item("2001", 1, status=SHIPPED)])])
    assert orders_in(store)["2001"].status == "TRADE_FINISHED"


def test_a_stub_blocks_when_any_of_its_items_is_still_open(store: Store) -> None:
    import_sources(store, [items_file([item("2002", 1), item("2002", 2, status=TO_SHIP)])])
    stub = orders_in(store)["2002"]
    assert stub.status == "WAIT_SELLER_SEND_GOODS"
    assert stub.blocking_reasons == "open_order"


def test_order_and_item_reports_give_the_same_store_in_any_order(tmp_path: Path) -> None:
    from shopcloser.store.database import open_store

    def sources() -> list[ImportSource]:
        return [
            items_file([item("3001", 1, refund=REFUND_ASKED), item("3002", 1)]),
            orders_file([order("3001"), order("3002", TO_SHIP)]),
        ]

    together = open_store(str(tmp_path / "together.db"))
    import_sources(together, sources())
    apart = open_store(str(tmp_path / "apart.db"))
    items_first, orders_second = sources()
    import_sources(apart, [items_first])
    import_sources(apart, [orders_second])
    for store in (together, apart):
        orders = orders_in(store)
        assert orders["3001"].blocking_reasons == "open_refund"
        assert orders["3002"].blocking_reasons == "open_order"
        assert not orders["3001"].from_items_only
        assert len(items_in(store)) == 2
        store.close()
    keep = "order_id, status, blocking_reasons, from_items_only, buyer_nick, extra"
    query = f"SELECT {keep} FROM orders ORDER BY order_id"
    assert rows_of(tmp_path / "together.db", query) == rows_of(tmp_path / "apart.db", query)


def test_reimport_updates_in_place_and_reports_what_changed(store: Store) -> None:
    import_sources(
        store,
        [
            orders_file(numbered_orders(5, status=TO_SHIP)),
            items_file([item(oid(n)) for n in range(5)]),
        ],
    )
    newer = list(numbered_orders(5, status=TO_SHIP))
    newer[0] = order(newer[0].order_id, FINISHED)  # shipped and confirmed since
    newer[1] = order(newer[1].order_id, SHIPPED)
    newer.append(order(oid(9_999_999), TO_SHIP))
    summary = import_sources(
        store,
        [orders_file(newer), items_file([item(oid(n)) for n in range(5)])],
    )
    assert (summary.orders_added, summary.orders_updated, summary.orders_unchanged) == (1, 2, 3)
    assert (summary.items_added, summary.items_updated) == (0, 0)
    assert summary.no_longer_blocking == 1
    assert summary.newly_blocking == 1  # the new order still has to ship
    assert summary.blocking_now == 5
    assert len(orders_in(store)) == 6 and len(items_in(store)) == 5
    assert orders_in(store)[newer[0].order_id].status == "TRADE_FINISHED"


def test_an_unchanged_reimport_writes_nothing(store: Store) -> None:
    sources = [orders_file(numbered_orders(20)), items_file([item(oid(0))])]
    first = import_sources(store, sources)
    before = dump(store.path)  # type: ignore[arg-type]
    again = import_sources(store, [orders_file(numbered_orders(20)), items_file([item(oid(0))])])
    assert (again.orders_added, again.orders_updated, again.orders_unchanged) == (0, 0, 20)
    assert (again.items_added, again.items_updated) == (0, 0)
    assert dump(store.path) == before  # type: ignore[arg-type]
    assert orders_in(store)[oid(0)].last_batch_id == first.batch_id


def test_handled_marks_survive_a_reimport(store: Store) -> None:
    import_sources(store, [orders_file([order("4001", TO_SHIP)])])
    with store.transaction() as session:
        session.add(HandledMark(order_id="4001", kind="mark", action="shipped", at=datetime.now()))
        target = session.get(Order, "4001")
        assert target is not None
        target.handled = True
    summary = import_sources(store, [orders_file([order("4001", SHIPPED, buyer_nick="x")])])
    assert summary.orders_updated == 1
    again = orders_in(store)["4001"]
    assert again.handled and again.status == "WAIT_BUYER_CONFIRM_GOODS"
    assert summary.blocking_now == 0  # it still would block, but it is handled
    with store.sessions() as session:
        assert session.scalars(select(HandledMark.order_id)).all() == ["4001"]


def test_a_refund_opened_since_the_last_import_makes_an_order_block(store: Store) -> None:
    import_sources(store, [orders_file([order("5001")]), items_file([item("5001", sub="9")])])
    summary = import_sources(store, [items_file([item("5001", sub="9", refund=REFUND_ASKED)])])
    assert summary.items_updated == 1 and summary.orders_updated == 1
    assert summary.newly_blocking == 1 and summary.blocking_now == 1
    assert orders_in(store)["5001"].blocking_reasons == "open_refund"


def test_an_item_report_without_refunds_keeps_the_refund_states_known(store: Store) -> None:
    import_sources(store, [orders_file([order("5002")])])
    import_sources(store, [items_file([item("5002", 1, refund=REFUND_ASKED)])])
    # An older-layout item report (no 退款状态 column) says nothing about refunds.
    import_sources(store, [items_file([item("5002", 1, refund=None, title="新标题")])])
    kept = items_in(store)["5002#1"]
    assert kept.refund_status == "WAIT_SELLER_AGREE" and kept.title == "新标题"
    assert orders_in(store)["5002"].blocking_reasons == "open_refund"


def test_older_and_newer_item_layouts_describe_the_same_items(store: Store) -> None:
    import_sources(store, [orders_file([order("6001")])])
    import_sources(store, [items_file([item("6001", 1), item("6001", 2)])])  # 2017: no sub ids
    summary = import_sources(
        store, [items_file([item("6001", 1, sub="60011"), item("6001", 2, sub="60012")])]
    )
    assert (summary.items_added, summary.items_updated) == (0, 2)
    items = items_in(store)
    assert len(items) == 2
    assert {i.sub_order_id for i in items.values()} == {"60011", "60012"}
    import_sources(store, [items_file([item("6001", 2, sub="60012", refund=REFUND_ASKED)])])
    assert len(items_in(store)) == 2


def test_columns_from_several_layouts_are_all_kept(store: Store) -> None:
    import_sources(store, [orders_file([order("7001", extra={"主订单编号": "7001"})])])
    import_sources(store, [orders_file([order("7001", extra={"运送方式": "快递"})])])
    assert orders_in(store)["7001"].extra == {"主订单编号": "7001", "运送方式": "快递"}


def test_flagged_rows_and_unknown_statuses_are_listed(store: Store) -> None:
    odd = order("8001", "神秘状态", row=7, problems=[("订单付款时间", "2020-13-45")])
    summary = import_sources(
        store,
        [
            orders_file([odd, order("8002")]),
            items_file([item("8002", 1, refund="退款审核中", row=3)]),
        ],
    )
    assert summary.flagged_total == 1
    flagged = summary.flagged[0]
    assert (flagged.file, flagged.row, flagged.problems) == (
        "orders.csv",
        7,
        [("订单付款时间", "2020-13-45")],
    )
    assert summary.unknown_statuses == {"神秘状态": 1}
    assert summary.unknown_refund_statuses == {"退款审核中": 1}
    orders = orders_in(store)
    assert orders["8001"].blocking_reasons == "unknown_status"
    assert orders["8001"].status_text == "神秘状态"
    assert orders["8001"].problems == [["订单付款时间", "2020-13-45"]]
    assert orders["8002"].blocking_reasons == "unknown_refund"
    assert summary.files[0].flagged == 1


def test_a_row_without_an_order_id_is_listed_not_imported(store: Store) -> None:
    """A line with nothing of an order in it (a name, a note under the orders)."""
    summary = import_sources(store, [orders_file([order("", "", row=5), order("8101")])])
    assert summary.orders_added == 1
    # Under the order-number header the merchant knows, not an internal name.
    assert [(f.row, f.problems) for f in summary.flagged] == [(5, [("订单编号", "")])]


def test_rows_to_review_a_later_file_of_the_import_replaced_are_not_listed(
    store: Store,
) -> None:
    """Two exports of one order in one import, the later read cleanly: the store keeps the
    clean one, and the summary lists no row to review that the orders list would not find.
    Rows of other orders, and item rows, stay listed."""
    unread = [("订单付款时间", "2020-13-45")]
    flagged_first = orders_file(
        [order("8101", row=2, problems=unread), order("8102", row=3, problems=unread)],
        name="ExportOrderList202005011200.csv",
    )
    clean_later = orders_file([order("8101", row=2)], name="ExportOrderList202005021200.csv")
    items = items_file([item("8103", 1, sub="81031", row=4, problems=[("价格", "待定")])])
    summary = import_sources(store, [flagged_first, clean_later, items])
    assert [(f.file, f.row, f.order_id) for f in summary.flagged] == [
        ("ExportOrderList202005011200.csv", 3, "8102"),
        ("items.csv", 4, "8103"),
    ]
    assert summary.flagged_total == 2
    assert store_status(store).flagged == 2


@pytest.mark.parametrize(
    "source",
    [
        orders_file([order("8101"), order("", TO_SHIP, row=5)]),
        # An item's row below the first of its order, as a merged order-number cell leaves
        # it: its open refund would be lost, and the shop look ready to close.
        items_file(
            [item("8100", 1, sub="81001"), item("", 2, sub="81002", refund=REFUND_ASKED, row=5)]
        ),
        items_file([item("8100", 1), item("", 2, refund=REFUND_ASKED, row=5)]),
    ],
    ids=["order", "item", "item-2017"],
)
def test_a_row_holding_an_order_or_item_without_its_order_id_refuses_the_file(
    store: Store, source: ImportSource
) -> None:
    import_sources(store, [orders_file([order("8100")])])
    before = dump(store.path)  # type: ignore[arg-type]
    with pytest.raises(UserError) as refused:
        import_sources(store, [source])
    message = str(refused.value)
    assert source.name in message and "Row 5 of this file" in message
    assert "no order number that can be read" in message
    assert dump(store.path) == before  # type: ignore[arg-type]


def test_the_same_order_twice_in_one_file_with_the_same_values_is_fine(store: Store) -> None:
    summary = import_sources(store, [orders_file([order("9001"), order("9001", row=3)])])
    assert summary.orders_added == 1


@pytest.mark.parametrize("chunk_rows", [10_000, 2])
@pytest.mark.parametrize("earlier_import", [False, True])
def test_conflicting_rows_in_one_file_refuse_the_import_and_change_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch, chunk_rows: int, earlier_import: bool
) -> None:
    monkeypatch.setattr(import_run, "CHUNK_ROWS", chunk_rows)
    if earlier_import:
        import_sources(store, [orders_file(numbered_orders(3))])
    before = dump(store.path)  # type: ignore[arg-type]
    records = [*numbered_orders(6), order(oid(1), SHIPPED, row=40)]
    with pytest.raises(UserError) as refused:
        import_sources(store, [orders_file(records, name="ExportOrderList.csv")])
    message = str(refused.value)
    assert oid(1) in message and "ExportOrderList.csv" in message
    assert "rows 3 and 40" in message
    assert dump(store.path) == before  # type: ignore[arg-type]
    with store.sessions() as session:
        assert len(session.scalars(select(ImportBatch)).all()) == int(earlier_import)


@pytest.mark.parametrize("chunk_rows", [10_000, 1])
def test_conflicting_item_rows_are_refused_too(
    store: Store, monkeypatch: pytest.MonkeyPatch, chunk_rows: int
) -> None:
    monkeypatch.setattr(import_run, "CHUNK_ROWS", chunk_rows)
    records = [item("9101", 1, sub="77", row=2), item("9102", 1, sub="78", row=3)]
    records.append(item("9101", 1, sub="77", refund=REFUND_ASKED, row=4))
    with pytest.raises(UserError, match="rows 2 and 4"):
        import_sources(store, [items_file(records)])
    assert store_status(store).orders == 0


@pytest.mark.parametrize("chunk_rows", [10_000, 1])
@pytest.mark.parametrize("earlier_import", [False, True])
def test_item_conflicts_name_the_order_not_an_internal_key(
    store: Store, monkeypatch: pytest.MonkeyPatch, chunk_rows: int, earlier_import: bool
) -> None:
    """Items without a sub-order number are known by their place in their order ("9301#1"
    inside): the merchant reads the order number, the rows, and why they clash."""
    monkeypatch.setattr(import_run, "CHUNK_ROWS", chunk_rows)
    if earlier_import:
        import_sources(store, [items_file([item("9309", 1, row=2)], name="earlier.csv")])
    by_place = [item("9301", 1, row=2), item("9302", 1, row=3)]
    by_place.append(item("9301", 1, row=4, title="另一件"))  # place 1 again: not next to it
    by_sub = [item("9311", 1, sub="91", row=2), item("9311", 2, sub="91", row=3, title="另一件")]
    for records, says in (
        (by_place, "lists items of order 9301 in two places (rows 2 and 4, with other rows"),
        (by_sub, "lists item 91 of order 9311 twice with different contents (rows 2 and 3)"),
    ):
        with pytest.raises(UserError) as refused:
            import_sources(store, [items_file(records, name="ExportOrderDetailList.csv")])
        assert says in str(refused.value)
        assert "#" not in str(refused.value)


_UNREAD_AFTER_8_COLUMNS = (
    *("receiver_address", "created_at", "paid_at", "total_amount", "paid_amount"),
    *("postage", "item_titles", "shop_id", "shop_name"),
)


def _cut_order(order_id: str, row: int, **fields: object) -> OrderRecord:
    """An order row the file ends inside after 8 of its 46 columns: what comes later
    (its status among them) was not read."""
    unread = dict.fromkeys(_UNREAD_AFTER_8_COLUMNS)
    return order(
        order_id, "", row=row, problems=[incomplete_row(8, 46)], extra={}, **unread, **fields
    )


_UNREAD_AMOUNT = [("买家实际支付金额", "1.005")]


@pytest.mark.parametrize("chunk_rows", [10_000, 1])
@pytest.mark.parametrize("earlier_import", [False, True])
@pytest.mark.parametrize("flagged_first", [False, True])
@pytest.mark.parametrize("flagged", ["cut short", "unread cell"])
def test_a_flagged_repeat_that_agrees_on_what_it_read_is_not_a_conflict(
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    chunk_rows: int,
    earlier_import: bool,
    flagged_first: bool,
    flagged: str,
) -> None:
    """The same order twice in one file, one copy cut short (its status unread) or with a
    cell that cannot be read: what one copy could not read says nothing against the other.
    The order is stored as the whole copy gives it; the flagged row is still listed."""
    monkeypatch.setattr(import_run, "CHUNK_ROWS", chunk_rows)
    if earlier_import:
        import_sources(store, [orders_file([order(oid(9), row=2)], name="earlier.csv")])
    key = oid(1)
    whole = order(key, row=3)
    if flagged == "cut short":
        twin = _cut_order(key, row=40)
    else:
        twin = order(key, row=40, paid_amount=None, problems=_UNREAD_AMOUNT)
    pair = [twin, whole] if flagged_first else [whole, twin]
    records = [order(oid(0), row=2), pair[0], *numbered_orders(3, start=2), pair[1]]
    summary = import_sources(store, [orders_file(records, name="ExportOrderList.csv")])
    assert summary.flagged_total == 1 and summary.flagged[0].row == twin.row_number
    stored = orders_in(store)[key]
    assert (stored.status, stored.status_text) == ("TRADE_FINISHED", FINISHED)
    assert stored.paid_amount == Decimal("201.12") and stored.shop_id is not None
    assert stored.problems == [] and stored.blocking_reasons == ""


@pytest.mark.parametrize("chunk_rows", [10_000, 1])
@pytest.mark.parametrize("earlier_import", [False, True])
def test_a_flagged_repeat_that_disagrees_on_what_it_read_is_still_a_conflict(
    store: Store, monkeypatch: pytest.MonkeyPatch, chunk_rows: int, earlier_import: bool
) -> None:
    monkeypatch.setattr(import_run, "CHUNK_ROWS", chunk_rows)
    if earlier_import:
        import_sources(store, [orders_file([order(oid(9), row=2)], name="earlier.csv")])
    key = oid(1)
    for twin in (
        _cut_order(key, row=40, buyer_nick="另一个买家"),
        order(key, SHIPPED, row=40, paid_amount=None, problems=_UNREAD_AMOUNT),
    ):
        records = [order(oid(0), row=2), order(key, row=3), *numbered_orders(3, start=2), twin]
        with pytest.raises(UserError, match="rows 3 and 40"):
            import_sources(store, [orders_file(records, name="ExportOrderList.csv")])


@pytest.mark.parametrize("chunk_rows", [10_000, 1])
@pytest.mark.parametrize("earlier_import", [False, True])
def test_a_flagged_item_repeat_that_agrees_is_not_a_conflict(
    store: Store, monkeypatch: pytest.MonkeyPatch, chunk_rows: int, earlier_import: bool
) -> None:
    monkeypatch.setattr(import_run, "CHUNK_ROWS", chunk_rows)
    if earlier_import:
        import_sources(store, [items_file([item("9409", 1, sub="99")], name="earlier.csv")])
    unread: dict[str, Any] = {"title": None, "price": None, "quantity": None, "extra": {}}
    cut = item("9401", 1, sub="91", status="", row=5, problems=[incomplete_row(2, 18)], **unread)
    records = [item("9401", 1, sub="91", refund=REFUND_ASKED, row=2), item("9402", 1, row=3)]
    summary = import_sources(store, [items_file([*records, cut])])
    assert summary.flagged_total == 1
    stored = items_in(store)["91"]
    assert (stored.status_text, stored.refund_status) == (FINISHED, "WAIT_SELLER_AGREE")
    assert stored.title == "宝贝1" and stored.problems == []


def test_the_same_order_in_two_files_of_one_import_takes_the_later_file(store: Store) -> None:
    summary = import_sources(
        store,
        [
            orders_file([order("9201", TO_SHIP)], name="march.csv"),
            orders_file([order("9201", SHIPPED)], name="april.csv"),
        ],
    )
    assert summary.orders_added == 1
    assert orders_in(store)["9201"].status == "WAIT_BUYER_CONFIRM_GOODS"


def test_cancel_from_the_progress_callback_leaves_the_store_unchanged(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_run, "CHUNK_ROWS", 10)
    import_sources(store, [orders_file(numbered_orders(5))])
    before = dump(store.path)  # type: ignore[arg-type]
    cancel = CancelToken()
    seen: list[tuple[int, int | None]] = []

    def progress(done: int, total: int | None, message: str) -> None:
        seen.append((done, total))
        if done >= 20:
            cancel.cancel()

    with pytest.raises(Cancelled):
        import_sources(
            store,
            [orders_file(numbered_orders(50, start=5, status=TO_SHIP))],
            progress=progress,
            cancel=cancel,
        )
    assert seen[:2] == [(10, None), (20, None)]
    assert dump(store.path) == before  # type: ignore[arg-type]


def test_cancel_while_the_import_finishes_still_changes_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel pressed after every row was read ("finishing…") was not looked at again:
    the window said nothing would change, and the import was saved."""
    import_sources(store, [orders_file(numbered_orders(5))])
    before = dump(store.path)  # type: ignore[arg-type]
    cancel = CancelToken()
    index_search = import_run.index_search

    def index_then_cancel(*args: Any) -> None:
        index_search(*args)
        cancel.cancel()  # the merchant presses Cancel while the import finishes

    monkeypatch.setattr("shopcloser.services.importing.index_search", index_then_cancel)
    with pytest.raises(Cancelled):
        import_sources(store, [orders_file(numbered_orders(20, start=5))], cancel=cancel)
    assert dump(store.path) == before  # type: ignore[arg-type]


def test_cancel_once_the_import_is_saving_says_it_is_too_late(store: Store) -> None:
    cancel = CancelToken()
    import_sources(store, [orders_file(numbered_orders(5))], cancel=cancel)
    assert cancel.saving
    assert cancel.cancel() is False  # the window then does not say "nothing will change"
    assert CancelToken().cancel() is True


def test_a_reader_refusing_midway_rolls_everything_back(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_run, "CHUNK_ROWS", 10)
    before = dump(store.path)  # type: ignore[arg-type]

    def records() -> Iterator[OrderRecord]:
        yield from numbered_orders(35)
        raise UserError("Row {row} is damaged.", row=37)

    source = ImportSource("bad.csv", ReportKind.ORDERS, records())
    with pytest.raises(UserError, match="Row 37"):
        import_sources(store, [items_file([item("1")]), source])
    assert dump(store.path) == before  # type: ignore[arg-type]
    with store.sessions() as session:
        assert session.scalars(select(ImportBatch)).all() == []


def test_progress_counts_rows_against_the_known_total(store: Store) -> None:
    seen: list[tuple[int, int | None, str]] = []
    source = orders_file(numbered_orders(3), name="a.xlsx")
    source.rows_total = 3
    import_sources(store, [source], progress=lambda *args: seen.append(args))
    assert seen == [(3, 3, "a.xlsx")]


def test_a_missing_file_is_refused_before_anything_is_written(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        import_files(store, [tmp_path / "nowhere.csv"])
    with store.sessions() as session:
        assert session.scalars(select(ImportBatch)).all() == []


SAMPLES = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize("helper", [False, True], ids=["one-process", "with-helper"])
@pytest.mark.parametrize("refused_when", ["opened", "read"])
def test_a_refusal_names_the_file_it_came_from(
    store: Store, tmp_path: Path, helper: bool, refused_when: str
) -> None:
    """Whichever process met the refusal, the merchant is told which file it was, and
    that nothing was imported (from the other file either)."""
    before = dump(store.path)  # type: ignore[arg-type]
    if refused_when == "opened":
        bad = SAMPLES / "bad-excel-ids.csv"
    else:
        bad = tmp_path / "ExportOrderList-march.csv"
        write_text_too_long_csv(bad)
    with pytest.raises(UserError) as refused:
        import_files(store, [SAMPLES / "orders-2017.csv", bad], helper=helper)
    lead, reason = user_error_text(refused.value).splitlines()
    assert lead == f"The file {bad.name} cannot be imported, so nothing was imported."
    assert ("damaged by Excel" if refused_when == "opened" else "Row 3 ") in reason
    assert dump(store.path) == before  # type: ignore[arg-type]


def test_a_message_that_names_its_file_does_not_name_it_again(store: Store) -> None:
    records = [*numbered_orders(3), order(oid(1), SHIPPED, row=9)]
    with pytest.raises(UserError) as refused:
        import_sources(store, [orders_file(records, name="ExportOrderList.csv")])
    assert user_error_text(refused.value).count("ExportOrderList.csv") == 1


def test_every_sample_layout_imports_into_the_same_orders_without_duplicates(
    store: Store,
) -> None:
    first = import_files(store, [SAMPLES / "orders-2017.csv", SAMPLES / "items-2017.csv"])
    assert first.orders_added == 20 and first.items_added > 20
    items = first.items_added
    for name in sorted(p.name for p in SAMPLES.glob("[oi][rt]*s-*.*")):
        summary = import_files(store, [SAMPLES / name])
        assert summary.orders_added == 0, name
        assert summary.items_added == 0, name
        status = store_status(store)
        assert (status.orders, status.items) == (20, items), name
    assert store_status(store).by_status["UNKNOWN"] == 0


def test_an_item_report_after_its_order_report_counts_the_orders_it_leaves_alone(
    store: Store,
) -> None:
    import_sources(store, [orders_file([*numbered_orders(3), order("x1", TO_SHIP)])])
    before = orders_in(store)
    summary = import_sources(
        store,
        [
            items_file(
                [
                    item(oid(0)),
                    item(oid(1), refund=REFUND_ASKED),
                    item(oid(2), status=SHIPPED),  # the order report's status stays
                    item("x1"),
                    item("new", status=TO_SHIP),
                ]
            )
        ],
    )
    assert (summary.orders_added, summary.orders_updated, summary.orders_unchanged) == (1, 1, 3)
    assert (summary.items_added, summary.newly_blocking, summary.blocking_now) == (5, 2, 3)
    after = orders_in(store)
    assert after[oid(1)].blocking_reasons == "open_refund"
    assert after["new"].from_items_only and after["new"].status == "WAIT_SELLER_SEND_GOODS"
    for key in (oid(0), oid(2), "x1"):
        assert after[key].status == before[key].status
        assert after[key].last_batch_id == before[key].last_batch_id


def test_a_newer_export_clears_what_its_cells_now_leave_empty(store: Store, tmp_path: Path) -> None:
    """A newer export has the column, so its empty cell is the current state (a note
    removed, a tracking number or a refund taken back); a layout without the column
    says nothing about it."""
    first_item = rows_of_csv(SAMPLES / "items-2020.csv")[0]
    target = first_item["主订单编号"]  # the order of the item report's first row, as ="…"
    order_id = target[2:-1]

    def v1_order(row: dict[str, str]) -> None:
        if row["订单编号"] == target:
            row.update(订单备注="买家要求改地址，已改", 退款金额="20.00", 异常信息="地址待确认")

    def v2_order(row: dict[str, str]) -> None:
        if row["订单编号"] == target:
            row.update(订单备注="", 物流单号='=""', 退款金额="", 异常信息="")

    def v1_item(row: dict[str, str]) -> None:
        if row["子订单编号"] == first_item["子订单编号"]:
            row.update(退款状态="买家已经申请退款，等待卖家同意", 退款金额="20.00")

    def v2_item(row: dict[str, str]) -> None:
        if row["子订单编号"] == first_item["子订单编号"]:
            row.update(退款状态="", 退款金额="")

    orders_1 = rewrite_csv(SAMPLES / "orders-2017.csv", tmp_path / "orders-1.csv", v1_order)
    items_1 = rewrite_csv(SAMPLES / "items-2020.csv", tmp_path / "items-1.csv", v1_item)
    orders_2 = rewrite_csv(SAMPLES / "orders-2017.csv", tmp_path / "orders-2.csv", v2_order)
    items_2 = rewrite_csv(SAMPLES / "items-2020.csv", tmp_path / "items-2.csv", v2_item)
    import_files(store, [orders_1, items_1])
    # The 2016 layout has no 退款金额 column: the stored amount stays.
    import_files(store, [SAMPLES / "orders-2016.csv"])
    assert orders_in(store)[order_id].refund_amount == Decimal(20)
    import_files(store, [orders_1])
    before = orders_in(store)[order_id]
    assert (before.merchant_note, before.refund_amount) == ("买家要求改地址，已改", Decimal(20))
    assert before.tracking_no and before.extra["异常信息"] == "地址待确认"
    assert before.blocking_reasons == "open_refund"
    kept = dump(store.path)  # type: ignore[arg-type]

    summary = import_files(store, [orders_2, items_2])
    assert (summary.orders_updated, summary.items_updated) == (1, 1)
    assert summary.no_longer_blocking == 1
    after = orders_in(store)[order_id]
    assert (after.merchant_note, after.tracking_no, after.refund_amount) == (None, None, None)
    assert "异常信息" not in after.extra and after.blocking_reasons == ""
    refunded = [
        i for i in items_in(store).values() if i.sub_order_id == first_item["子订单编号"][2:-1]
    ]
    assert [(i.refund_status, i.refund_status_text, i.refund_amount) for i in refunded] == [
        ("NO_REFUND", None, None)
    ]

    again = import_files(store, [orders_2, items_2])
    assert (again.orders_updated, again.items_updated, again.orders_unchanged) == (0, 0, 20)

    undo_batch(store, again.batch_id)
    undo_batch(store, summary.batch_id)
    restored = dump(store.path)  # type: ignore[arg-type]
    assert {t: restored[t] for t in ("orders", "order_items", "shops")} == {
        t: kept[t] for t in ("orders", "order_items", "shops")
    }


def rows_of_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="gb18030", newline="") as handle:
        rows = list(csv.reader(handle))
    keys = [h.strip() for h in rows[0]]
    return [dict(zip(keys, cells, strict=True)) for cells in rows[1:]]
