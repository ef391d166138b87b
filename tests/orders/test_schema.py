"""The stock table and the watch-list index exist in a new store exactly as the models say."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from shopcloser.store.database import Store
from shopcloser.store.models import FINISH_TIME_SQL, Base


def _only_stock(name: str | None, type_: str, parent: Any) -> bool:
    return type_ != "table" or name == "inventory_items"


def _only_stock_objects(obj: Any, name: str | None, type_: str, *_: Any) -> bool:
    table = obj if type_ == "table" else getattr(obj, "table", None)
    return getattr(table, "name", None) == "inventory_items"


def test_the_stock_table_matches_its_model(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": _only_stock, "include_object": _only_stock_objects}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_the_watch_list_index_is_the_models_expression(store: Store) -> None:
    with store.engine.connect() as conn:
        created = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'ix_orders_finish_time'")
        ).scalar_one()
    assert created == f"CREATE INDEX ix_orders_finish_time ON orders (status, {FINISH_TIME_SQL})"
