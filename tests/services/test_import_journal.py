"""A first import from the command line writes the store's pages once (rollback journal
instead of the WAL), and only where nothing else can be reading the store meanwhile."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from shopcloser.services.importing import import_sources
from shopcloser.store.database import Store
from tests.services.records import numbered_orders, orders_file

ORDERS = 25_000  # a few chunks, so that progress is reported while rows go in


def journal_seen(store: Store, store_path: Path, start: int = 0) -> bool:
    """Import orders, watching for SQLite's rollback journal beside the store."""
    journal = store_path.with_name(store_path.name + "-journal")
    seen: list[bool] = []
    import_sources(
        store,
        [orders_file(numbered_orders(ORDERS, start=start))],
        progress=lambda done, total, name: seen.append(journal.exists()),
    )
    assert seen, "no progress was reported while the rows went in"
    assert not journal.exists()
    with closing(sqlite3.connect(store_path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("SELECT count(*) FROM orders").fetchone() == (ORDERS + start,)
    return any(seen)


def test_a_first_import_on_its_own_skips_the_wal(store: Store, store_path: Path) -> None:
    store.single_user = True
    assert journal_seen(store, store_path)


def test_an_import_the_window_may_read_meanwhile_keeps_the_wal(
    store: Store, store_path: Path
) -> None:
    assert not journal_seen(store, store_path)


def test_an_import_into_a_store_with_orders_keeps_the_wal(store: Store, store_path: Path) -> None:
    store.single_user = True
    assert journal_seen(store, store_path)
    assert not journal_seen(store, store_path, start=ORDERS)


def test_a_store_the_process_reads_elsewhere_keeps_the_wal(store: Store, store_path: Path) -> None:
    store.single_user = True
    with store.engine.connect() as reader:
        reader.exec_driver_sql("SELECT count(*) FROM orders").scalar()
        assert not journal_seen(store, store_path)


def test_a_store_open_in_another_connection_keeps_the_wal(store: Store, store_path: Path) -> None:
    store.single_user = True
    with closing(sqlite3.connect(store_path)) as reader:
        reader.execute("SELECT count(*) FROM orders").fetchone()
        assert not journal_seen(store, store_path)
