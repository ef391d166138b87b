"""Purge personal data: once a verified backup holds it, remove it from the store for good.

Buyer names, phones, addresses, Alipay accounts and messages are removed from orders, from
the export columns kept under their headers, from unreadable-cell notes and from the undo
data of imports; phone numbers are masked inside any remaining free text. The database is
then rewritten with ``secure_delete`` on, checkpointed and VACUUMed so that the old bytes
are gone from the database, its WAL and its shared-memory file, and the copies taken
before schema upgrades are deleted. Orders, statuses and amounts stay.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, select, update
from sqlalchemy.engine import Connection

from shopcloser.messages import QT_TRANSLATE_NOOP, UserError
from shopcloser.services import personal_data as personal
from shopcloser.services.backup_labels import DEFAULT_LABELS, Labels, label
from shopcloser.services.backup_records import BackupRecord, file_sha256, purge_candidate
from shopcloser.services.progress import CancelToken, ProgressReporter, no_progress
from shopcloser.store import search_index
from shopcloser.store.database import Store, migration_copies, remove_import_leftovers
from shopcloser.store.models import BatchChange, HandledMark, Order, OrderItem

_CHUNK = 2_000
_ORDER_PERSONAL = frozenset(personal.ORDER_PERSONAL)


@dataclass
class PurgeResult:
    backup: BackupRecord
    orders: int = 0
    items: int = 0
    changes: int = 0
    copies_deleted: list[Path] = field(default_factory=list)


def no_verified_backup() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "There is no verified backup of the data as it is now, so personal data was not "
            "removed. Export a backup (not a masked copy) first; then purge.",
        )
    )


def backup_changed(path: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The backup {path} is no longer the file ShopCloser wrote and verified (it was "
            "moved, changed or deleted), so personal data was not removed. Export a new "
            "backup first; then purge.",
        ),
        path=path,
    )


def not_wiped() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Personal data was removed, but the old bytes could not yet be wiped from the data "
            "file because another program is reading it. Close other ShopCloser windows and "
            "run Purge again.",
        )
    )


def purge_personal_data(
    store: Store,
    *,
    labels: Labels | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> PurgeResult:
    """Remove buyers' personal data; refused unless a verified backup of it exists."""
    labels = labels or DEFAULT_LABELS
    cancel = cancel or CancelToken()
    record = purge_candidate(store)
    if record is None:
        raise no_verified_backup()
    try:
        unchanged = file_sha256(Path(record.path)) == record.sha256
    except OSError:
        unchanged = False
    if not unchanged:
        raise backup_changed(record.path)
    cancel.check()
    result = PurgeResult(record)
    message = label(labels, "progress.purging")
    with store.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
            conn.commit()
        try:
            with conn.begin():
                total = sum(
                    int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                    for t in (Order, OrderItem, BatchChange)
                )
                done = 0

                def step(rows: int) -> None:
                    nonlocal done
                    done += rows
                    cancel.check()
                    progress(done, total, message)

                # The search index holds buyers' nicks too: emptied here, filled again
                # after VACUUM (which may renumber the orders it points at).
                with search_index.triggers_off(conn):
                    search_index.empty_search_index(conn)
                    result.orders = _purge_orders(conn, step)
                result.items = _purge_rows(conn, _table(OrderItem), "item_key", set(), step)
                result.changes = _purge_changes(conn, step)
                _purge_notes(conn)
                cancel.last_check()  # the commit, then the wipe, which cannot be stopped
            if conn.dialect.name == "sqlite":
                progress(total, total, label(labels, "progress.wiping"))
                try:
                    _wipe(conn)
                finally:
                    # Whatever the wipe did, searching must work again.
                    with conn.begin():
                        search_index.refill_search_index(conn)
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                    conn.commit()
        finally:
            if conn.dialect.name == "sqlite":
                with contextlib.suppress(Exception):
                    conn.exec_driver_sql("PRAGMA secure_delete = OFF")
    if store.path is not None:
        for copy in migration_copies(store.path):
            with contextlib.suppress(OSError):
                copy.unlink()
                result.copies_deleted.append(copy)
        remove_import_leftovers(store.path)
    return result


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def _purge_orders(conn: Connection, step: Callable[[int], None]) -> int:
    table = _table(Order)
    columns = dict.fromkeys(_ORDER_PERSONAL)
    conn.execute(update(table).values(**columns))
    return _purge_rows(conn, table, "order_id", set(), step)


def _purge_rows(
    conn: Connection,
    table: Table,
    key: str,
    personal_columns: set[str],
    step: Callable[[int], None],
) -> int:
    """Rewrite ``extra``, ``problems`` and notes of every row (keyset pages); returns
    how many rows were looked at."""
    key_column = table.c[key]
    extras = [c for c in ("extra", "problems", "merchant_note") if c in table.c]
    seen = 0
    last: Any = None
    while True:
        query = select(key_column, *[table.c[c] for c in extras]).order_by(key_column)
        if last is not None:
            query = query.where(key_column > last)
        rows = conn.execute(query.limit(_CHUNK)).all()
        if not rows:
            return seen
        updates = []
        for row in rows:
            before = dict(zip(extras, row[1:], strict=True))
            after = personal.purge_row(before, personal_columns)
            if after != before:
                updates.append((row[0], after))
        for row_key, values in updates:
            conn.execute(update(table).where(key_column == row_key).values(**values))
        seen += len(rows)
        last = rows[-1][0]
        step(len(rows))


def _purge_changes(conn: Connection, step: Callable[[int], None]) -> int:
    """Before-images of imports hold whole rows: purge them like the rows themselves."""
    table = _table(BatchChange)
    changed = 0
    last = 0
    while True:
        rows = conn.execute(
            select(table.c.id, table.c.before)
            .where(table.c.id > last)
            .order_by(table.c.id)
            .limit(_CHUNK)
        ).all()
        if not rows:
            return changed
        for change_id, before in rows:
            if not isinstance(before, dict):
                continue
            after = _purge_image(before)
            if after != before:
                conn.execute(update(table).where(table.c.id == change_id).values(before=after))
                changed += 1
        last = rows[-1][0]
        step(len(rows))


def _purge_image(before: dict[str, Any]) -> dict[str, Any]:
    image = dict(before)
    for name in ("extra", "problems"):
        if isinstance(image.get(name), str):  # kept as JSON text inside the image
            with contextlib.suppress(ValueError):
                image[name] = json.loads(image[name])
    return personal.purge_row(image, _ORDER_PERSONAL)


def _purge_notes(conn: Connection) -> None:
    table = _table(HandledMark)
    for mark_id, note in conn.execute(
        select(table.c.id, table.c.note).where(table.c.note.is_not(None))
    ).all():
        scrubbed = personal.scrub_phones(note)
        if scrubbed != note:
            conn.execute(update(table).where(table.c.id == mark_id).values(note=scrubbed))


def _wipe(conn: Connection) -> None:
    """Rewrite the file without free pages, then empty the WAL (old page images)."""
    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.commit()
    raw = conn.connection.dbapi_connection
    assert raw is not None
    raw.execute("VACUUM")
    for _attempt in range(50):
        busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy is not None and busy[0] == 0:
            return
        time.sleep(0.1)
    raise not_wiped()
