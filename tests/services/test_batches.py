"""Listing imports and undoing the latest one, exactly."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import event, select

from shopcloser.messages import UserError
from shopcloser.services import batches
from shopcloser.services.batches import list_batches, undo_batch
from shopcloser.services.importing import import_sources
from shopcloser.services.status import store_status
from shopcloser.store.database import Store
from shopcloser.store.models import HandledMark, Order
from tests.services.records import (
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
)


def first_import(store: Store) -> int:
    return import_sources(
        store,
        [
            orders_file([*numbered_orders(4, status=TO_SHIP), order("1", shop_name="旧店名")]),
            items_file([item(oid(n), 1, sub=f"S{n}") for n in range(4)] + [item("2", 1)]),
        ],
    ).batch_id


def second_import(store: Store) -> int:
    newer = list(numbered_orders(4, status=TO_SHIP))
    newer[0] = order(oid(0), SHIPPED, buyer_message="请尽快发货", extra={"新列": "新值"})
    newer.append(order(oid(9), shop_id="6100", shop_name="另一家店"))
    newer.append(order("1", shop_name="新店名"))
    return import_sources(
        store,
        [
            orders_file(newer),
            items_file(
                [
                    item(oid(1), 1, sub="S1", refund=REFUND_ASKED),
                    item(oid(2), 1, sub="S2", title="改过的标题"),
                    item(oid(2), 2, sub="S2b"),
                    item("3", 1),
                    item("2", 1, status=SHIPPED),
                ]
            ),
        ],
    ).batch_id


def test_undoing_the_only_import_leaves_an_empty_store(store: Store) -> None:
    empty = dump(store.path)  # type: ignore[arg-type]
    batch_id = first_import(store)
    result = undo_batch(store, batch_id)
    assert (result.orders_removed, result.items_removed) == (6, 5)
    assert dump(store.path) == empty  # type: ignore[arg-type]
    assert store_status(store).orders == 0


def test_undoing_a_reimport_restores_exactly_the_state_before_it(store: Store) -> None:
    first_import(store)
    before = dump(store.path)  # type: ignore[arg-type]
    status_before = store_status(store)
    batch_id = second_import(store)
    assert dump(store.path) != before  # type: ignore[arg-type]
    result = undo_batch(store, batch_id)
    assert (result.orders_restored, result.items_restored) == (3, 3)
    assert (result.orders_removed, result.items_removed) == (2, 2)
    assert dump(store.path) == before  # type: ignore[arg-type]
    assert store_status(store) == status_before


def test_handled_marks_are_untouched_by_undo(store: Store) -> None:
    first_import(store)
    batch_id = second_import(store)
    with store.transaction() as session:
        for order_id in (oid(0), oid(9)):  # one changed, one created by the import
            session.add(HandledMark(order_id=order_id, kind="mark", at=datetime(2020, 6, 1)))
            target = session.get(Order, order_id)
            assert target is not None
            target.handled = True
    undo_batch(store, batch_id)
    with store.sessions() as session:
        marks = session.scalars(select(HandledMark.order_id).order_by(HandledMark.order_id))
        assert marks.all() == [oid(0), oid(9)]
        restored = session.get(Order, oid(0))
        assert restored is not None and restored.handled and restored.status == TO_SHIP_CODE
        assert session.get(Order, oid(9)) is None


TO_SHIP_CODE = "WAIT_SELLER_SEND_GOODS"


def test_an_order_brought_back_after_undo_keeps_its_mark(store: Store) -> None:
    first_import(store)
    batch_id = second_import(store)
    with store.transaction() as session:
        session.add(HandledMark(order_id=oid(9), kind="mark", at=datetime(2020, 6, 1)))
        target = session.get(Order, oid(9))
        assert target is not None
        target.handled = True
    undo_batch(store, batch_id)
    second_import(store)  # the same export again: the order is new to the store once more
    with store.sessions() as session:
        again = session.get(Order, oid(9))
        assert again is not None and again.handled
        others = session.scalars(select(Order.handled).where(Order.order_id != oid(9)))
        assert not any(others)


def test_only_the_latest_import_can_be_undone(store: Store) -> None:
    first = first_import(store)
    second = second_import(store)
    with pytest.raises(UserError, match="Undo the newer imports first"):
        undo_batch(store, first)
    undo_batch(store, second)
    with pytest.raises(UserError, match="already been undone"):
        undo_batch(store, second)
    undo_batch(store, first)
    assert store_status(store).orders == 0
    with pytest.raises(UserError, match="no import number 99"):
        undo_batch(store, 99)
    # An order number typed instead: past SQLite's integers, it was an internal error.
    for number in (99999999999999999999, 1 << 63, 0, -1):
        with pytest.raises(UserError, match=f"no import number {number}"):
            undo_batch(store, number)


def test_list_batches_newest_first(store: Store) -> None:
    first = first_import(store)
    second = second_import(store)
    batches = list_batches(store)
    assert [b.id for b in batches] == [second, first]
    assert batches[0].can_undo and not batches[1].can_undo
    assert batches[1].files == ["orders.csv", "items.csv"]
    assert (batches[1].orders_added, batches[1].items_added) == (6, 5)
    assert batches[0].orders_updated >= 3
    undo_batch(store, second)
    batches = list_batches(store)
    assert batches[0].undone_at is not None and not batches[0].can_undo
    assert batches[1].can_undo


def test_undo_of_a_reimport_of_real_sample_files_is_exact(store: Store) -> None:
    from pathlib import Path

    from shopcloser.services.importing import import_files

    data = Path(__file__).resolve().parent.parent / "data"
    import_files(store, [data / "orders-2017.csv", data / "items-2017.csv"])
    before = dump(store.path)  # type: ignore[arg-type]
    status_before = store_status(store)
    summary = import_files(store, [data / "items-2020.xlsx", data / "orders-newest.xlsx"])
    assert summary.orders_updated > 0 and summary.items_updated > 0
    undo_batch(store, summary.batch_id)
    assert dump(store.path) == before  # type: ignore[arg-type]
    assert store_status(store) == status_before


def test_undo_puts_back_more_emptied_orders_than_one_statement_may_name(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Orders known only from an item report whose items a newer one moved to another
    order are deleted by the import; undo inserts them again and sets their handled flag
    from the marks log, part by part: never more keys in one statement than the database
    takes (here SQLite's limit lowered to 300 for the undo, with parts of 100)."""
    emptied = 400
    import_sources(store, [items_file(item(oid(n), 1, sub=f"S{n}") for n in range(emptied))])
    with store.transaction() as session:
        session.add(HandledMark(order_id=oid(7), kind="mark", at=datetime(2020, 6, 1)))
        marked = session.get(Order, oid(7))
        assert marked is not None
        marked.handled = True
    before = dump(store.path)  # type: ignore[arg-type]
    moved = [item("T", n + 1, sub=f"S{n}") for n in range(emptied)]
    batch_id = import_sources(store, [items_file(moved, "items-newer.csv")]).batch_id
    assert store_status(store).orders == 1

    @event.listens_for(store.engine, "connect")
    def fewer_bound_values(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 300)

    store.engine.dispose()  # the connections made from now on have the lower limit
    monkeypatch.setattr(batches, "_RESTORE_CHUNK", 100)
    undo_batch(store, batch_id)
    assert dump(store.path) == before  # type: ignore[arg-type]
