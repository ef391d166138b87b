"""Finding the orders the import flagged for review, through two partial indexes.

A row the import could only partly read keeps what it could not read in its
``problems`` column (``[]`` for every other row). Indexes holding only those rows stay
empty for a clean export, cost nothing to keep up, and find the flagged orders of a
million in milliseconds instead of a scan.

SQLite uses a partial index only where the query repeats its condition word for word,
so queries write :data:`FLAGGED` as it is here, as SQL text, never as a bound value.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

ORDERS_INDEX = "ix_orders_flagged"
ITEMS_INDEX = "ix_order_items_flagged"
FLAGGED = "problems != '[]'"
CREATE_STATEMENTS = (
    f"CREATE INDEX IF NOT EXISTS {ORDERS_INDEX} ON orders (order_id) WHERE {FLAGGED}",
    f"CREATE INDEX IF NOT EXISTS {ITEMS_INDEX} ON order_items (order_id) WHERE {FLAGGED}",
)


def create_review_indexes(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for statement in CREATE_STATEMENTS:
            conn.exec_driver_sql(statement)


def drop_review_indexes(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for name in (ORDERS_INDEX, ITEMS_INDEX):
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
