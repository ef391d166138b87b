"""The orders with rows to review (cells the import could not read) can be found again."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shopcloser.services import order_sql
from shopcloser.services.batches import undo_batch
from shopcloser.services.importing import import_files
from shopcloser.services.order_counts import filter_counts
from shopcloser.services.orders import OrderFilter, OrderQuery, order_ids_for_keys, order_keys
from shopcloser.services.status import store_status
from shopcloser.store.database import Store, open_store
from shopcloser.store.models import Order
from shopcloser.store.review_index import ITEMS_INDEX, ORDERS_INDEX
from tests.helpers import downgrade_store, run_cli
from tests.samples import write_items, write_orders

ORDERS = 30
_FIRST_TIME = re.compile(r'"20\d\d-\d\d-\d\d \d\d:\d\d:\d\d"')
_PRICE = re.compile(r'^(="\d+","[^"]*",)"[^"]*"', re.MULTILINE)


def _rows(path: Path) -> list[str]:
    return path.read_bytes().decode("gb18030").split("\r\n")


def _write(path: Path, rows: list[str]) -> None:
    path.write_bytes("\r\n".join(rows).encode("gb18030"))


def _id(row: str) -> str:
    found = re.match(r'="(\d+)"', row)
    assert found is not None, row
    return found.group(1)


@pytest.fixture
def exports(tmp_path: Path) -> tuple[Path, Path, set[str]]:
    """A 2017 order and item report of the same orders, clean as exported."""
    orders, items = tmp_path / "clean-orders.csv", tmp_path / "clean-items.csv"
    write_orders(orders, ORDERS, 11, "2017")
    write_items(items, ORDERS, 11, "2017")
    return orders, items, {_id(row) for row in _rows(orders)[1:] if row.startswith('="')}


def _damaged(exports: tuple[Path, Path, set[str]], tmp_path: Path) -> tuple[list[Path], set[str]]:
    """The same reports with a payment time in two order rows and a price in one item row
    that do not read; returns them and the three orders concerned."""
    orders, items, _ = exports
    order_rows = _rows(orders)
    order_starts = [n for n, row in enumerate(order_rows) if row.startswith('="')]
    flagged = set()
    for n in order_starts[2], order_starts[7]:
        order_rows[n] = _FIRST_TIME.sub('"2020-13-45 99:00:00"', order_rows[n], count=1)
        flagged.add(_id(order_rows[n]))
    item_rows = _rows(items)
    n = next(
        n for n, row in enumerate(item_rows) if row.startswith('="') and _id(row) not in flagged
    )
    item_rows[n] = _PRICE.sub(r'\1"价格待定"', item_rows[n], count=1)
    flagged.add(_id(item_rows[n]))
    damaged = [tmp_path / "ExportOrderList.csv", tmp_path / "ExportOrderDetailList.csv"]
    _write(damaged[0], order_rows)
    _write(damaged[1], item_rows)
    return damaged, flagged


def _shown(store: Store) -> set[str]:
    keys = order_keys(store, OrderQuery(filter=OrderFilter.FLAGGED))
    return set(order_ids_for_keys(store, keys))


def test_the_filter_shows_the_orders_with_rows_to_review_until_a_clean_export(
    store: Store, exports: tuple[Path, Path, set[str]], tmp_path: Path
) -> None:
    damaged, flagged = _damaged(exports, tmp_path)
    summary = import_files(store, damaged)
    assert summary.flagged_total == 3
    assert len(flagged) == 3
    assert _shown(store) == flagged
    assert filter_counts(store, OrderQuery()).by_filter[OrderFilter.FLAGGED] == 3
    assert store_status(store).flagged == 3

    # A newer, clean export of the same orders: nothing left to review.
    clean = import_files(store, list(exports[:2]))
    assert _shown(store) == set()
    assert store_status(store).flagged == 0
    # Undoing it brings the rows to review back.
    undo_batch(store, clean.batch_id)
    assert _shown(store) == flagged


def test_the_filter_reads_only_the_flagged_rows(
    store: Store, exports: tuple[Path, Path, set[str]], tmp_path: Path
) -> None:
    """Two partial indexes hold just those rows: no scan of a million orders."""
    import_files(store, _damaged(exports, tmp_path)[0])
    stmt = select(func.count()).select_from(Order).where(order_sql.flagged())
    with store.engine.connect() as conn:
        sql = stmt.compile(dialect=conn.dialect)
        steps = [str(row[3]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
    scans = [step for step in steps if step.startswith("SCAN")]
    assert sorted(scans) == [
        f"SCAN order_items USING INDEX {ITEMS_INDEX}",
        f"SCAN orders USING INDEX {ORDERS_INDEX}",
    ], steps


def test_a_store_from_before_the_filter_finds_its_rows_to_review(
    store_path: Path, exports: tuple[Path, Path, set[str]], tmp_path: Path
) -> None:
    damaged, flagged = _damaged(exports, tmp_path)
    store = open_store(str(store_path))
    import_files(store, damaged)
    downgrade_store(store, "0002")
    with closing(sqlite3.connect(store_path)) as conn:
        names = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    assert ORDERS_INDEX not in names and ITEMS_INDEX not in names

    upgraded = open_store(str(store_path))
    try:
        assert _shown(upgraded) == flagged
    finally:
        upgraded.close()


def test_the_command_line_counts_and_lists_them(
    exports: tuple[Path, Path, set[str]], tmp_path: Path
) -> None:
    damaged, flagged = _damaged(exports, tmp_path)
    db = tmp_path / "shop.db"
    assert run_cli("import", *map(str, damaged), db=db).returncode == 0
    status = run_cli("status", "--json", db=db)
    assert json.loads(status.stdout)["flagged"] == 3
    assert "Orders with rows to review: 3" in run_cli("status", db=db).stdout
    listed = run_cli("orders", "--filter", "flagged", "--json", db=db)
    assert listed.returncode == 0, listed.stderr
    assert {row["order_id"] for row in json.loads(listed.stdout)} == flagged


def test_on_a_server_database_the_filter_compares_the_text() -> None:
    """PostgreSQL's json type has no "!=" (a store given as a server URL): the filter
    compares the text of ``problems`` there, not the json value."""
    from sqlalchemy.dialects.postgresql.base import PGDialect

    stmt = select(func.count()).select_from(Order).where(order_sql.flagged())
    compiled = str(stmt.compile(dialect=PGDialect()))  # type: ignore[no-untyped-call]
    assert "CAST(orders.problems AS TEXT) != '[]'" in compiled
    assert "CAST(order_items.problems AS TEXT) != '[]'" in compiled
