"""Writing one chunk of item (sub-order) rows, and what it does to their orders.

An item is matched to a stored one by its key, else within its order by sub-order id,
else by position when only one of the two reports had sub-order ids (a 2017 item report
and a newer one describe the same items). An order nobody has imported yet is created as
a stub from its items. Afterwards each order's blocking reasons are recomputed from its
status and the refund states of all its items.
"""

from __future__ import annotations

from collections.abc import Sequence

from shopcloser.domain.records import ItemRecord
from shopcloser.services.import_rows import BATCH_COLUMNS, ITEM_COLUMNS, ITEM_SHAPE, Row
from shopcloser.services.import_writer import ChunkWriter, FileSeen, conflict

_I_ORDER = ITEM_SHAPE.index("order_id")
_I_SUB = ITEM_SHAPE.index("sub_order_id")
_I_LINE = ITEM_SHAPE.index("line_no")
_N_ITEM = len(ITEM_COLUMNS)
_STORED = ITEM_COLUMNS + BATCH_COLUMNS


def write_items(writer: ChunkWriter, records: list[ItemRecord], seen: FileSeen) -> None:
    """Upsert one chunk of item rows (whole orders, in file order) and update their orders."""
    chunk = _ItemChunk(writer, records, seen)
    chunk.write()
    writer.items_written = True
    seen.remember((key, rec.row_number) for key, rec in chunk.recs.items())


class _ItemChunk:
    def __init__(self, writer: ChunkWriter, records: list[ItemRecord], seen: FileSeen) -> None:
        self.w = writer
        self.sql = writer.sql
        self.seen = seen
        self.batch_id = writer.batch_id
        self.rows: dict[str, Row] = {}
        self.recs: dict[str, ItemRecord] = {}
        make = writer.make_item
        for rec in records:
            row = make(rec)
            key = row[0]
            prev = self.rows.get(key)
            if prev is None:
                self.rows[key] = row
                self.recs[key] = rec
            elif prev != row and ITEM_SHAPE.merge(prev, row, rec.extra) != prev:
                raise conflict(seen.name, "item", key, self.recs[key].row_number, rec.row_number)
        # Every order's items as they will be after this chunk, for its blocking reasons.
        self.final: dict[str, dict[str, Row]] = {}
        for row in self.rows.values():
            self.final.setdefault(row[_I_ORDER], {})
        self.inserts: list[Row] = []
        self.updates: list[Row] = []
        self.images: list[Row] = []
        self.moved_from: set[str] = set()

    def write(self) -> None:
        order_ids = list(self.final)
        links = self.w.order_links(order_ids)
        stored = self.sql.select_in("order_items", _STORED, "order_id", order_ids)
        by_key = {row[0]: row for row in stored}
        by_order: dict[str, list[Row]] = {}
        for row in stored:
            by_order.setdefault(row[_I_ORDER], []).append(row)
            self.final[row[_I_ORDER]][row[0]] = row[:_N_ITEM]
        taken: set[str] = set()
        unmatched: list[str] = []
        for key, row in self.rows.items():
            old = by_key.get(key) or self._match(row, by_order.get(row[_I_ORDER], ()), taken)
            if old is None:
                unmatched.append(key)
            else:
                taken.add(old[0])
                self._merge(key, row, old)
        self._place_unmatched(unmatched)

        stubs = {
            order_id: self.w.item_stub_values(list(self.final[order_id].values()), None)
            for order_id in order_ids
            if order_id not in links
        }
        self.w.insert_stubs(stubs)
        self._write_rows()

        new_values = {
            order_id: self.w.item_stub_values(list(items.values()), links[order_id])
            for order_id, items in self.final.items()
            if order_id in links
        }
        moved = sorted(self.moved_from - set(self.final))
        if moved:
            links.update(self.w.order_links(moved))
            left: dict[str, list[Row]] = {key: [] for key in moved}
            for row in self.sql.select_in("order_items", ITEM_COLUMNS, "order_id", moved):
                left[row[_I_ORDER]].append(row)
            for order_id in moved:
                new_values[order_id] = self.w.item_stub_values(left[order_id], links[order_id])
        self.w.update_orders_from_items(links, new_values)

    def _match(self, row: Row, candidates: Sequence[Row], taken: set[str]) -> Row | None:
        free = [c for c in candidates if c[0] not in taken and c[0] not in self.rows]
        sub = row[_I_SUB]
        if sub is not None:
            for cand in free:
                if cand[_I_SUB] == sub:
                    return cand
        for cand in free:
            if (cand[_I_SUB] is None) != (sub is None) and cand[_I_LINE] == row[_I_LINE]:
                return cand
        return None

    def _merge(self, key: str, row: Row, old: Row) -> None:
        old_data = old[:_N_ITEM]
        new = ITEM_SHAPE.merge(old_data, row, self.recs[key].extra)
        if self.seen.repeats(key, old[-1], self.batch_id):
            if new != old_data:
                first = self.seen.first_row(key)
                raise conflict(self.seen.name, "item", key, first, self.recs[key].row_number)
            return
        old_order = old[_I_ORDER]
        if old_order != new[_I_ORDER]:
            self.moved_from.add(old_order)
            self.final.get(old_order, {}).pop(old[0], None)
        self.final[new[_I_ORDER]][old[0]] = new
        if new == old_data:
            return
        if old[-1] != self.batch_id:
            self.images.append(old)
        self.updates.append((*new, self.batch_id, old[0]))

    def _place_unmatched(self, unmatched: list[str]) -> None:
        # On a re-import the key may be stored under another order (the item moved).
        elsewhere: dict[str, Row] = {}
        if unmatched and not (self.seen.sole_writer and self.sql.can_ignore_conflicts):
            elsewhere = {
                row[0]: row
                for row in self.sql.select_in("order_items", _STORED, "item_key", unmatched)
            }
        batch = (self.batch_id, self.batch_id)
        for key in unmatched:
            old = elsewhere.get(key)
            if old is not None:
                self._merge(key, self.rows[key], old)
                continue
            row = self.rows[key]
            self.final[row[_I_ORDER]][key] = row
            self.inserts.append(row + batch)

    def _write_rows(self) -> None:
        added = self.sql.insert("order_items", _STORED, self.inserts, ignore_conflicts=True)
        if added < len(self.inserts):
            # Only a repeat of an earlier row of this file, under another order, gets here.
            keys = [row[0] for row in self.inserts]
            for old in self.sql.select_in("order_items", _STORED, "item_key", keys):
                key = old[0]
                if old[:_N_ITEM] != self.rows[key]:
                    first = self.seen.first_row(key)
                    raise conflict(self.seen.name, "item", key, first, self.recs[key].row_number)
        self.w.items_added += added
        self.w.save_item_images(self.images)
        self.sql.update("order_items", (*ITEM_COLUMNS, "last_batch_id"), "item_key", self.updates)
