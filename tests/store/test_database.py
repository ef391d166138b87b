from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from shopcloser.messages import UserError
from shopcloser.store.database import (
    MIGRATIONS_DIR,
    PAGE_SIZE,
    SCHEMA_HEAD,
    Store,
    backup_before_migration,
    migration_copies,
    open_store,
)
from shopcloser.store.models import Order


def test_schema_head_matches_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_every_connection_is_durable_and_checks_foreign_keys(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        busy_timeout = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
        assert busy_timeout is not None and busy_timeout >= 1000


def test_new_stores_get_large_pages_and_older_ones_keep_theirs(tmp_path: Path) -> None:
    fresh = open_store(str(tmp_path / "fresh.db"))
    with fresh.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == PAGE_SIZE
    fresh.close()
    older = tmp_path / "older.db"
    with closing(sqlite3.connect(older)) as conn:  # as stores were made before
        conn.execute("PRAGMA page_size=4096")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t (x)")
    opened = open_store(str(older))
    with opened.transaction() as session:
        session.add(Order(order_id="42", status="WAIT_BUYER_PAY"))
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 4096
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    opened.close()


def test_the_import_bench_floor_writes_pages_of_the_stores_size() -> None:
    from bench.import_bench import STORE_PAGE_SIZE

    assert STORE_PAGE_SIZE == PAGE_SIZE


def test_money_round_trips_exactly(store: Store) -> None:
    with store.transaction() as session:
        session.add(
            Order(
                order_id="35153131473293579",
                status="TRADE_FINISHED",
                total_amount=Decimal("201.12"),
                postage=Decimal("0.10"),
            )
        )
    with store.sessions() as session:
        order = session.get(Order, "35153131473293579")
        assert order is not None
        assert order.total_amount == Decimal("201.12")
        assert order.postage == Decimal("0.10")


def test_a_failed_transaction_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.add(Order(order_id="1", status="TRADE_FINISHED"))
        session.flush()
        raise RuntimeError("boom")
    with store.sessions() as session:
        assert session.get(Order, "1") is None


def test_a_store_from_a_newer_version_is_refused_untouched(store_path: Path) -> None:
    open_store(str(store_path)).close()
    with sqlite3.connect(store_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = store_path.read_bytes()
    with pytest.raises(UserError, match="newer version"):
        open_store(str(store_path))
    assert store_path.read_bytes() == before
    assert migration_copies(store_path) == []


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "orders.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(UserError, match="could not be opened"):
        open_store(str(junk))


def test_copy_aside_before_migration_keeps_the_data(store: Store, store_path: Path) -> None:
    with store.transaction() as session:
        session.add(Order(order_id="42", status="WAIT_BUYER_PAY"))
    copy = backup_before_migration(store.engine, store_path)
    assert copy in migration_copies(store_path)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT order_id FROM orders").fetchall() == [("42",)]


def test_a_sqlalchemy_url_is_accepted(tmp_path: Path) -> None:
    target = tmp_path / "by-url.db"
    opened = open_store(f"sqlite:///{target}")
    assert opened.path == target
    opened.close()
    assert target.exists()


def hold_without_wal(store_path: Path) -> sqlite3.Connection:
    """What a first import from the command line does to the store: no WAL, and a write
    lock that keeps readers out."""
    open_store(str(store_path)).close()
    holder = sqlite3.connect(store_path, isolation_level=None, check_same_thread=False)
    assert holder.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    holder.execute("BEGIN EXCLUSIVE")
    return holder


def test_opening_waits_while_an_import_holds_the_store(store_path: Path) -> None:
    holder = hold_without_wal(store_path)

    def release() -> None:
        holder.execute("COMMIT")
        holder.close()

    threading.Timer(0.5, release).start()
    opened = open_store(str(store_path))
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    opened.close()


@pytest.mark.slow
def test_a_store_held_too_long_is_busy(store_path: Path) -> None:
    holder = hold_without_wal(store_path)
    try:
        with pytest.raises(UserError, match="is busy: another ShopCloser command"):
            open_store(str(store_path))
    finally:
        holder.close()
