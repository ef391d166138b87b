"""Writing one chunk of orders or items into the store, inside the import's transaction.

Rows are upserted by order id and item key. New rows carry ``first_batch_id``; a stored
row that really changes gets a before-image in ``batch_changes`` the first time this batch
changes it, then ``last_batch_id``. Rows that do not change are not written at all.
"""

from __future__ import annotations

import json
from typing import Any

from shopcloser.domain.closure import blocking_reasons
from shopcloser.domain.statuses import (
    OPEN_TRADE_STATUSES,
    REFUND_ASKED,
    STEP_OF_CODE,
    RefundStatus,
    TradeStatus,
)
from shopcloser.formats.stored import StoredOrder, encode_json
from shopcloser.services.bulk_sql import BulkSql, in_chunks
from shopcloser.services.import_repeats import (
    FileSeen,
    as_joined,
    conflict,
    joined_repeat,
    stored_problems,
)
from shopcloser.services.import_rows import (
    BATCH_COLUMNS,
    ITEM_COLUMNS,
    ITEM_SHAPE,
    ORDER_COLUMNS,
    ORDER_SHAPE,
    ORDER_TIMES,
    BeforeImages,
    Row,
    RowShape,
    converters_for,
    stub_order_row,
)
from shopcloser.services.import_shops import ShopRefs
from shopcloser.store import search_index

_O_STATUS = ORDER_SHAPE.index("status")
_O_STATUS_TEXT = ORDER_SHAPE.index("status_text")
_O_STUB = ORDER_SHAPE.index("from_items_only")
_O_BLOCKING = ORDER_SHAPE.index("blocking_reasons")
_I_ORDER = ITEM_SHAPE.index("order_id")
_I_SUB = ITEM_SHAPE.index("sub_order_id")
_I_LINE = ITEM_SHAPE.index("line_no")
_I_STATUS = ITEM_SHAPE.index("status")
_I_STATUS_TEXT = ITEM_SHAPE.index("status_text")
_I_REFUND = ITEM_SHAPE.index("refund_status")
_N_ORDER = len(ORDER_COLUMNS)
_N_ITEM = len(ITEM_COLUMNS)
# What the items of a chunk need to know about their orders.
_ORDER_LINK = ("order_id", "status", "status_text", "from_items_only", "blocking_reasons")
_ORDER_UPDATE = ("status", "status_text", "blocking_reasons", "last_batch_id")
# New orders start unhandled; only the merchant changes that.
_ORDER_INSERT = (*ORDER_COLUMNS, "handled", *BATCH_COLUMNS)


# What an order needs to know about each of its items.
ITEM_FACTS = ("item_key", "line_no", "status", "status_text", "refund_status")
_F_LINE, _F_STATUS, _F_TEXT, _F_REFUND = 1, 2, 3, 4


def item_facts(row: Row) -> Row:
    """ITEM_FACTS of a whole item row."""
    return (row[0], row[_I_LINE], row[_I_STATUS], row[_I_STATUS_TEXT], row[_I_REFUND])


def stub_status(facts: list[Row]) -> tuple[str, str]:
    """An order known only from its items takes the status of its first still-open item
    (so that it blocks when any item is open), else of its first item."""
    ordered = sorted(facts, key=lambda f: (f[_F_LINE], f[0]))
    for fact in ordered:
        if TradeStatus(fact[_F_STATUS]) in OPEN_TRADE_STATUSES:
            return fact[_F_STATUS], fact[_F_TEXT]
    return ordered[0][_F_STATUS], ordered[0][_F_TEXT]


class ChunkWriter:
    """Upserts chunks of one import; keeps the batch's counters."""

    def __init__(self, sql: BulkSql, batch_id: int, *, orders_empty: bool, items_empty: bool):
        dialect = sql.conn.dialect
        self.sql = sql
        self.batch_id = batch_id
        conv = converters_for(dialect)
        self.images = BeforeImages(dialect)
        # Report kind → the earlier imports that last wrote the rows this one changed
        # while applying a report of that kind (the older export warning,
        # import_summary.older_exports). Orders an item report settles count for items.
        self.overwritten: dict[str, set[int]] = {"orders": set(), "items": set()}
        self.conv = conv
        self._new_order_tail = (conv.flag(False), batch_id, batch_id)
        self.shops = ShopRefs(sql, batch_id)
        self.orders_empty = orders_empty
        self.items_empty = items_empty
        self.items_written = False
        self.orders_added = self.orders_updated = 0
        # Stored orders this import deleted (remove_stubs): neither updated nor added.
        self.orders_removed = 0
        self.items_added = self.items_updated = 0
        # Orders item rows created (no order report gave them), and orders item rows named
        # that an order report had given: an item report of another shop shows as many
        # of the first and none of the second (import_summary.unmatched_item_orders).
        self.stubs_added = self.known_item_orders = 0
        # Hashes of stored orders this import mentioned and left as they were.
        self.unchanged: set[int] = set()
        # Keys of rows a file of this import changed after an earlier file of it had: the
        # later may have put them back as they were (settle_changed_back).
        self.changed_again: dict[str, set[str]] = {"orders": set(), "order_items": set()}
        # Orders a file of this import set back from what an earlier file of it gave:
        # an earlier status, or an item without the refund that file showed asked for.
        self.set_back_by_later_file: set[str] = set()
        self._reasons: dict[tuple[str, frozenset[str]], str] = {}
        # An order's reasons before its items are known: from its status alone.
        self._status_reasons: dict[str, str] = {}

    def reasons(self, status: str, refunds: frozenset[str]) -> str:
        key = (status, refunds)
        found = self._reasons.get(key)
        if found is None:
            found = ",".join(
                blocking_reasons(TradeStatus(status), [RefundStatus(r) for r in refunds])
            )
            self._reasons[key] = found
        return found

    def _save_images(self, table: str, rows: list[Row], kind: str) -> None:
        # Images are saved when this batch first changes a row: its last_batch_id (the
        # rows' last column) is still the earlier import's.
        self.overwritten[kind].update(row[-1] for row in rows if row[-1] is not None)
        self.sql.insert(
            "batch_changes",
            ("batch_id", "table_name", "row_key", "before"),
            [
                (self.batch_id, table, row[0], encode_json(self.images.to_json(table, row)))
                for row in rows
            ],
        )

    # -- orders -------------------------------------------------------------------------

    def orders(
        self, records: list[StoredOrder], seen: FileSeen, shape: RowShape = ORDER_SHAPE
    ) -> None:
        """Upsert one chunk of an order report's rows; ``shape``: ORDER_SHAPE for the
        file's layout (RowShape.for_file), which says what a stored order keeps."""
        rows: dict[str, Row] = {}
        recs: dict[str, StoredOrder] = {}
        no_refunds: frozenset[str] = frozenset()
        shops, reasons = self.shops, self._status_reasons
        fresh = seen.sole_writer and self.sql.can_ignore_conflicts
        tail = self._new_order_tail if fresh else ()
        # What follows a row's values (shop, derived columns, ``tail``): few different ones.
        ends: dict[tuple[str | None, str | None, str], Row] = {}
        not_stub, dialect_values = self.conv.flag(False), self.conv.values
        for rec in records:
            status = rec.status
            blocking = reasons.get(status)
            if blocking is None:
                blocking = reasons[status] = self.reasons(status, no_refunds)
            end_key = (rec.shop_id, rec.shop_name, blocking)
            end = ends.get(end_key)
            if end is None:
                shop = shops.ref(rec.shop_id, rec.shop_name)
                end = ends[end_key] = (shop, not_stub, blocking, *tail)
            values = rec.values
            if dialect_values is not None:
                values = dialect_values(values, ORDER_TIMES)
            row = values + end
            prev = rows.get(rec.order_id)
            if prev is None:
                rows[rec.order_id] = row
                recs[rec.order_id] = rec
            elif prev != row and ORDER_SHAPE.merge(prev, row) != prev:
                # (A repeat may leave out what the first row gave: any layout's rule.)
                first = recs[rec.order_id]
                joined = joined_repeat(ORDER_SHAPE, prev, first.problems, row, rec.problems)
                if joined is None:
                    raise conflict(seen.name, rec.order_id, first.row_number, rec.row_number)
                rows[rec.order_id] = joined
                recs[rec.order_id] = as_joined(first, joined, ORDER_SHAPE)
        if fresh:
            self._orders_fresh(rows, recs, seen)
        else:
            self._orders_merge(rows, recs, seen, shape)
        seen.remember(recs, [rec.row_number for rec in recs.values()])

    def _orders_fresh(
        self, rows: dict[str, Row], recs: dict[str, StoredOrder], seen: FileSeen
    ) -> None:
        # The table held nothing before this file: insert (the rows carry the rest of
        # the INSERT's columns already), and look closer only if some id was already
        # there (a repeat from an earlier chunk of this file).
        added = self.sql.insert("orders", _ORDER_INSERT, list(rows.values()), ignore_conflicts=True)
        self.orders_added += added
        if added == len(rows):
            return
        updates: list[Row] = []
        for stored in self.sql.select_in("orders", ORDER_COLUMNS, "order_id", list(rows)):
            key = stored[0]
            row = rows[key][:_N_ORDER]
            if stored != row and ORDER_SHAPE.merge(stored, row) != stored:
                joined = joined_repeat(
                    ORDER_SHAPE,
                    stored,
                    stored_problems(ORDER_SHAPE, stored),
                    row,
                    recs[key].problems,
                )
                if joined is None:
                    raise conflict(seen.name, key, seen.first_row(key), recs[key].row_number)
                if joined != stored:  # a flagged row and its twin: what both tell
                    updates.append((*joined, key))
        self.sql.update("orders", ORDER_COLUMNS, "order_id", updates)

    def _orders_merge(
        self, rows: dict[str, Row], recs: dict[str, StoredOrder], seen: FileSeen, shape: RowShape
    ) -> None:
        batch_id = self.batch_id
        stored_rows = self.sql.select_in(
            "orders", ORDER_COLUMNS + BATCH_COLUMNS, "order_id", list(rows)
        )
        stored = {row[0]: row for row in stored_rows}
        inserts: list[Row] = []
        merged: dict[str, Row] = {}
        for key, row in rows.items():
            old = stored.get(key)
            if old is None:
                inserts.append(row + self._new_order_tail)
                continue
            old_data = old[:_N_ORDER]
            if seen.repeats(key, old[-1], batch_id):
                if ORDER_SHAPE.merge(old_data, row) != old_data:
                    joined = joined_repeat(
                        ORDER_SHAPE,
                        old_data,
                        stored_problems(ORDER_SHAPE, old_data),
                        row,
                        recs[key].problems,
                    )
                    if joined is None:
                        first = seen.first_row(key)
                        raise conflict(seen.name, key, first, recs[key].row_number)
                    if joined != old_data:  # a flagged row and its twin: what both tell
                        merged[key] = joined
                continue
            problems = recs[key].problems  # rare: a cell unread, or the file cut short
            if problems:
                merged[key] = shape.merge_flagged(old_data, row, problems)
            else:
                merged[key] = shape.merge(old_data, row)
        self.orders_added += self.sql.insert("orders", _ORDER_INSERT, inserts)

        # Blocking depends on the items' refunds too; only a changed status (or a stub
        # becoming a real order) can change it here.
        recheck = [
            key
            for key, new in merged.items()
            if new[_O_STATUS] != stored[key][_O_STATUS] or stored[key][_O_STUB]
        ]
        refunds = self._refunds_of(recheck)
        recheck_set = set(recheck)
        updates: list[Row] = []
        images: list[Row] = []
        for key, new in merged.items():
            old = stored[key]
            blocking = old[_O_BLOCKING]
            if key in recheck_set:
                blocking = self.reasons(new[_O_STATUS], refunds.get(key, frozenset()))
            final = (*new[:_O_STUB], self.conv.flag(False), blocking)
            self._classify_order(key, old, final, updates, images)
        self._save_images("orders", images, "orders")
        self.sql.update("orders", (*ORDER_COLUMNS, "last_batch_id"), "order_id", updates)

    def _classify_order(
        self, key: str, old: Row, final: Row, updates: list[Row], images: list[Row]
    ) -> None:
        touched = old[-1] == self.batch_id
        if final == old[:_N_ORDER]:
            if not touched:
                self.unchanged.add(hash(key))
            return
        if not touched:
            images.append(old)
            self.orders_updated += 1
            self.unchanged.discard(hash(key))
        else:
            self.changed_again["orders"].add(key)
            if _later_step(old[_O_STATUS], final[_O_STATUS]):
                self.set_back_by_later_file.add(key)
        updates.append((*final, self.batch_id, key))

    def _refunds_of(self, order_ids: list[str]) -> dict[str, frozenset[str]]:
        if not order_ids or (self.items_empty and not self.items_written):
            return {}
        found: dict[str, set[str]] = {}
        for order_id, refund in self.sql.select_in(
            "order_items", ("order_id", "refund_status"), "order_id", order_ids
        ):
            found.setdefault(order_id, set()).add(refund)
        return {key: frozenset(value) for key, value in found.items()}

    # -- what item chunks need -----------------------------------------------------------

    def order_links(self, order_ids: list[str]) -> dict[str, Row]:
        return {
            row[0]: row
            for row in self.sql.select_in(
                "orders", (*_ORDER_LINK, "last_batch_id"), "order_id", order_ids
            )
        }

    def insert_stubs(self, stubs: dict[str, tuple[str, str, str]]) -> None:
        tail = self._new_order_tail
        rows = [
            stub_order_row(self.conv, key, status, text, blocking) + tail
            for key, (status, text, blocking) in stubs.items()
        ]
        added = self.sql.insert("orders", _ORDER_INSERT, rows)
        self.orders_added += added
        self.stubs_added += added

    def update_orders_from_items(
        self, links: dict[str, Row], new_values: dict[str, tuple[str, str, str]]
    ) -> None:
        """Store recomputed (status, status text, blocking) of orders whose items changed."""
        batch_id = self.batch_id
        changed: list[str] = []
        for key, values in new_values.items():
            link = links[key]
            touched = link[-1] == batch_id
            if values == (link[1], link[2], link[4]):
                if not touched:
                    self.unchanged.add(hash(key))
                continue
            changed.append(key)
        first_touch = [key for key in changed if links[key][-1] != batch_id]
        self.changed_again["orders"].update(key for key in changed if links[key][-1] == batch_id)
        if first_touch:
            old_rows = self.sql.select_in(
                "orders", ORDER_COLUMNS + BATCH_COLUMNS, "order_id", first_touch
            )
            self._save_images("orders", old_rows, "items")
            self.orders_updated += len(old_rows)
            for key in first_touch:
                self.unchanged.discard(hash(key))
        self.sql.update(
            "orders",
            _ORDER_UPDATE,
            "order_id",
            [(*new_values[key], batch_id, key) for key in changed],
        )

    def remove_stubs(self, order_ids: list[str]) -> None:
        """Delete orders known only from item rows that no longer have any item (a newer
        item report moved them to another order): such an order was never more than its
        items, and left behind it would count as an order without items, and block
        closing while its status is open. Its before-image lets undo put it back
        (batches.undo_batch inserts the orders a batch deleted)."""
        rows = self.sql.select_in("orders", ORDER_COLUMNS + BATCH_COLUMNS, "order_id", order_ids)
        if not rows:
            return
        created = [row for row in rows if row[-2] == self.batch_id]
        first_touch = [row for row in rows if row[-1] != self.batch_id]
        self._save_images("orders", first_touch, "items")
        # Counted as removed, not updated (one this import changed before was counted so);
        # one this import created and now removes was never there: it is not counted.
        self.orders_updated -= len(rows) - len(created) - len(first_touch)
        self.orders_removed += len(rows) - len(created)
        self.orders_added -= len(created)
        self.stubs_added -= len(created)
        for row in rows:
            self.unchanged.discard(hash(row[0]))
        keys = [row[0] for row in rows]
        if search_index.has_search_index(self.sql.conn):  # its triggers are off meanwhile
            for part in in_chunks(keys):
                marks = self.sql.marks(len(part))
                search_index.forget_orders(self.sql.conn, f"order_id IN ({marks})", part)
        self.sql.delete_in("orders", "order_id", keys)

    def settle_changed_back(self) -> None:
        """Rows that one file of this import changed and a later file put back as they
        were before the import (two exports of overlapping dates, the older one last):
        not changed by this import after all. Their before-images go, their last import
        is the earlier one again, and they count as unchanged, not updated: importing the
        same files again says so."""
        settled = False
        for table in ("orders", "order_items"):
            keys = sorted(self.changed_again[table])
            if not keys:
                continue
            key_column = "order_id" if table == "orders" else "item_key"
            columns = self.images.columns(table)
            now = {
                row[0]: self.images.to_json(table, row)
                for row in self.sql.select_in(table, columns, key_column, keys)
            }
            back: list[tuple[int, str, Any]] = []  # (image id, key, earlier last import)
            for part in in_chunks(keys):
                mark = self.sql.mark
                listed = ",".join(mark(n) for n in range(3, len(part) + 3))
                for image_id, key, before in self.sql.rows(
                    "SELECT id, row_key, before FROM batch_changes WHERE batch_id = "  # noqa: S608
                    f"{mark(1)} AND table_name = {mark(2)} AND row_key IN ({listed})",
                    (self.batch_id, table, *part),
                ):
                    image = _image(before)
                    row = now.get(key)
                    if image is None or row is None:
                        continue  # created or removed by this import
                    if {**row, "last_batch_id": None} == {**image, "last_batch_id": None}:
                        back.append((image_id, key, image["last_batch_id"]))
            if not back:
                continue
            self.sql.delete_in("batch_changes", "id", [image_id for image_id, _, _ in back])
            self.sql.update(
                table,
                ("last_batch_id",),
                key_column,
                [(earlier, key) for _, key, earlier in back],
            )
            if table == "orders":
                self.orders_updated -= len(back)
                self.unchanged.update(hash(key) for _, key, _ in back)
            else:
                self.items_updated -= len(back)
            settled = True
        if settled:
            # The earlier imports this one overwrote: only those whose rows it still
            # changes (the older-export warning speaks of them).
            still = {
                (_image(before) or {}).get("last_batch_id")
                for (before,) in self.sql.rows(
                    f"SELECT before FROM batch_changes WHERE batch_id = {self.sql.mark(1)}",  # noqa: S608
                    (self.batch_id,),
                )
            }
            for earlier in self.overwritten.values():
                earlier &= still

    def save_item_images(self, rows: list[Row]) -> None:
        self._save_images("order_items", rows, "items")
        self.items_updated += len(rows)

    def order_values(self, facts: list[Row], link: Row | None) -> tuple[str, str, str]:
        """(status, status text, blocking reasons) of an order, given the ITEM_FACTS of
        all its items and its stored link columns (None when it is not stored yet)."""
        refunds = frozenset(fact[_F_REFUND] for fact in facts)
        if link is not None and (not link[3] or not facts):
            status, text = link[1], link[2]
        else:
            status, text = stub_status(facts)
        return status, text, self.reasons(status, refunds)


_REFUND_ASKED = frozenset(state.value for state in REFUND_ASKED)


def _later_step(was: str, now: str) -> bool:
    """Whether an order's status ``was`` is a later step than ``now`` (unknown: no)."""
    return was in STEP_OF_CODE and now in STEP_OF_CODE and STEP_OF_CODE[was] > STEP_OF_CODE[now]


def refund_lost(was: str | None, now: str | None) -> bool:
    """Whether an item showing refund state ``was`` shows none at ``now``: once a refund
    was asked for, a later export says what became of it."""
    return was in _REFUND_ASKED and now == RefundStatus.NO_REFUND.value


def _image(before: Any) -> dict[str, Any] | None:
    """A before-image as the driver gives it back: JSON text (SQLite) or a dict."""
    image: dict[str, Any] | None = json.loads(before) if isinstance(before, str) else before
    return image
