"""The imports done so far, and undoing the most recent one.

Undo deletes what the batch created, puts back the before-images of what it changed, and
marks the batch undone, all in one transaction. Handled-marks are the merchant's work, not
the import's: they are never touched (an undone order's marks stay in the log).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update

from shopcloser.messages import QT_TRANSLATE_NOOP, UserError
from shopcloser.services.bulk_sql import BulkSql
from shopcloser.services.handled_flags import handled_from_log
from shopcloser.services.import_rows import BeforeImages
from shopcloser.services.progress import CancelToken
from shopcloser.store import search_index
from shopcloser.store.database import Store
from shopcloser.store.models import (
    BatchChange,
    ImportBatch,
    Order,
    OrderItem,
    Shop,
)

_RESTORE_CHUNK = 5_000


@dataclass
class BatchInfo:
    id: int
    started_at: datetime
    finished_at: datetime | None
    files: list[str] = field(default_factory=list)
    orders_added: int = 0
    orders_updated: int = 0
    # Stored orders the import deleted: known only from items that all moved to other
    # orders (ChunkWriter.remove_stubs). None for imports made before it was recorded.
    orders_removed: int | None = 0
    items_added: int = 0
    items_updated: int = 0
    flagged_rows: int = 0
    undone_at: datetime | None = None
    can_undo: bool = False  # the most recent import still in effect


@dataclass
class UndoResult:
    batch_id: int
    orders_removed: int
    orders_restored: int
    items_removed: int
    items_restored: int


def list_batches(store: Store) -> list[BatchInfo]:
    """Every import, newest first."""
    with store.sessions() as session:
        batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc())).all()
        latest = _latest_in_effect(session)
        return [
            BatchInfo(
                id=b.id,
                started_at=b.started_at,
                finished_at=b.finished_at,
                files=[str(f.get("name", "")) for f in b.files or []],
                orders_added=b.orders_added,
                orders_updated=b.orders_updated,
                orders_removed=b.orders_removed,
                items_added=b.items_added,
                items_updated=b.items_updated,
                flagged_rows=b.flagged_rows,
                undone_at=b.undone_at,
                can_undo=b.id == latest,
            )
            for b in batches
        ]


def _latest_in_effect(session: Any) -> int | None:
    latest: int | None = session.scalar(
        select(func.max(ImportBatch.id)).where(ImportBatch.undone_at.is_(None))
    )
    return latest


def undo_batch(
    store: Store,
    batch_id: int,
    *,
    now: datetime | None = None,
    cancel: CancelToken | None = None,
) -> UndoResult:
    """Put the store back exactly as it was before import ``batch_id``.

    Only the most recent import still in effect can be undone: later imports were made on
    top of it. ``cancel`` stops it between its steps, before anything is committed.
    """
    token = cancel or CancelToken()
    check = token.check
    with store.transaction() as session:
        # A number past SQLite's integers (an order number typed by mistake) is no import.
        batch = session.get(ImportBatch, batch_id) if 0 < batch_id < 1 << 63 else None
        if batch is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "There is no import number {id}. The list of imports shows the numbers "
                    "you can use.",
                ),
                id=batch_id,
            )
        if batch.undone_at is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "Import {id} has already been undone."),
                id=batch_id,
            )
        latest = _latest_in_effect(session)
        if latest != batch_id:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Import {id} cannot be undone yet: import {latest} was made after it. "
                    "Undo the newer imports first, newest first.",
                ),
                id=batch_id,
                latest=latest,
            )
        conn = session.connection()
        sql = BulkSql(conn)
        images = BeforeImages(conn.dialect)
        with search_index.triggers_off(conn) as indexed:
            if indexed:
                touched = "first_batch_id = ? OR last_batch_id = ?"
                search_index.forget_orders(conn, touched, (batch_id, batch_id))
            # Items first: they point at orders the batch may have created.
            check()
            items_removed = conn.execute(
                delete(OrderItem).where(OrderItem.first_batch_id == batch_id)
            ).rowcount
            check()
            # Before the items that point at them again.
            _put_back_deleted_orders(sql, images, batch_id)
            check()
            items_restored = _restore(sql, images, batch_id, "order_items", "item_key")
            check()
            orders_restored = _restore(sql, images, batch_id, "orders", "order_id")
            check()
            orders_removed = conn.execute(
                delete(Order).where(Order.first_batch_id == batch_id)
            ).rowcount
            check()
            if indexed:
                search_index.reindex_orders(
                    conn,
                    "order_id IN (SELECT row_key FROM batch_changes "
                    "WHERE batch_id = ? AND table_name = 'orders')",
                    (batch_id,),
                )
        _restore_shops(session, batch_id)
        conn.execute(delete(BatchChange).where(BatchChange.batch_id == batch_id))
        conn.execute(
            update(ImportBatch)
            .where(ImportBatch.id == batch_id)
            .values(undone_at=now or datetime.now())
        )
        token.last_check()  # the last moment: the commit follows
    return UndoResult(batch_id, orders_removed, orders_restored, items_removed, items_restored)


def _restore(sql: BulkSql, images: BeforeImages, batch_id: int, table: str, key: str) -> int:
    """Write back the before-images of ``table``; returns how many rows."""
    columns = images.columns(table)
    result = sql.conn.execute(
        select(BatchChange.before)
        .where(BatchChange.batch_id == batch_id, BatchChange.table_name == table)
        .order_by(BatchChange.id)
    )
    restored = 0
    while part := result.fetchmany(_RESTORE_CHUNK):
        rows = []
        for (before,) in part:
            image = before if isinstance(before, dict) else json.loads(before)
            row = images.from_json(table, image)
            rows.append((*row[1:], row[0]))
        sql.update(table, columns[1:], key, rows)
        restored += len(rows)
    return restored


def _put_back_deleted_orders(sql: BulkSql, images: BeforeImages, batch_id: int) -> None:
    """Insert again the orders the batch deleted (stubs whose items a newer item report
    moved to other orders: ChunkWriter.remove_stubs), from their before-images; whether
    the merchant had marked one handled is the latest entry of the marks log, which
    outlives the order. ``_restore`` then writes them like every other image."""
    gone = ~select(Order.order_id).where(Order.order_id == BatchChange.row_key).exists()
    result = sql.conn.execute(
        select(BatchChange.before)
        .where(BatchChange.batch_id == batch_id, BatchChange.table_name == "orders", gone)
        .order_by(BatchChange.id)
    )
    columns = images.columns("orders")
    while part := result.fetchmany(_RESTORE_CHUNK):
        rows = []
        for (before,) in part:
            image = before if isinstance(before, dict) else json.loads(before)
            rows.append((*images.from_json("orders", image), False))
        sql.insert("orders", (*columns, "handled"), rows)
        # One part at a time: an IN list of every key could pass the database's limit on
        # bound values (SQLite's default build takes 32766; see bulk_sql.MAX_IN_KEYS).
        handled_from_log(sql.conn, Order.order_id.in_([row[0] for row in rows]))


def _restore_shops(session: Any, batch_id: int) -> None:
    changes = session.execute(
        select(BatchChange.row_key, BatchChange.before)
        .where(BatchChange.batch_id == batch_id, BatchChange.table_name == "shops")
        .order_by(BatchChange.id.desc())  # newest first, so the oldest image wins
    ).all()
    for row_key, before in changes:
        shop_id = int(row_key)
        if before is None:
            session.execute(delete(Shop).where(Shop.id == shop_id))
        else:
            session.execute(update(Shop).where(Shop.id == shop_id).values(name=before["name"]))
