"""Writing one chunk of item (sub-order) rows, and what it does to their orders.

An item is matched to a stored one by its key, else within its order by sub-order id,
else by position when only one of the two reports had sub-order ids (a 2017 item report
and a newer one describe the same items). An order nobody has imported yet is created as
a stub from its items. Afterwards each order's blocking reasons are recomputed from its
status and the refund states of all its items.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from shopcloser.domain.statuses import OPEN_REFUND_STATUSES
from shopcloser.formats.stored import StoredItem
from shopcloser.services.import_repeats import (
    FileSeen,
    as_joined,
    item_conflict,
    joined_repeat,
    stored_problems,
)
from shopcloser.services.import_rows import (
    BATCH_COLUMNS,
    ITEM_COLUMNS,
    ITEM_SHAPE,
    ITEM_TIMES,
    Row,
    RowShape,
)
from shopcloser.services.import_writer import ITEM_FACTS, ChunkWriter, item_facts, refund_lost

_I_ORDER = ITEM_SHAPE.index("order_id")
_I_SUB = ITEM_SHAPE.index("sub_order_id")
_I_LINE = ITEM_SHAPE.index("line_no")
_I_REFUND = ITEM_SHAPE.index("refund_status")
_N_ITEM = len(ITEM_COLUMNS)
_STORED = ITEM_COLUMNS + BATCH_COLUMNS
# The refund states that can make an order block (the closure rules look at no others).
REFUNDS_THAT_MATTER = tuple(sorted(status.value for status in OPEN_REFUND_STATUSES))


def unique_rows(
    writer: ChunkWriter, records: list[StoredItem], seen: FileSeen, tail: Row = ()
) -> tuple[dict[str, Row], dict[str, StoredItem]]:
    """The chunk's item rows (each followed by ``tail``) by key; a key given twice must
    say the same both times."""
    rows: dict[str, Row] = {}
    recs: dict[str, StoredItem] = {}
    dialect_values = writer.conv.values
    for rec in records:
        row = rec.values
        if dialect_values is not None:
            row = dialect_values(row, ITEM_TIMES)
        if tail:
            row += tail
        key = row[0]
        prev = rows.get(key)
        if prev is None:
            rows[key] = row
            recs[key] = rec
        elif prev != row and ITEM_SHAPE.merge(prev, row) != prev:
            first = recs[key]
            joined = joined_repeat(ITEM_SHAPE, prev, first.problems, row, rec.problems)
            if joined is None:
                raise item_conflict(seen.name, rec, first.row_number, rec.row_number)
            rows[key] = joined
            recs[key] = as_joined(first, joined, ITEM_SHAPE)
    return rows, recs


def write_items(
    writer: ChunkWriter, records: list[StoredItem], seen: FileSeen, shape: RowShape = ITEM_SHAPE
) -> None:
    """Upsert one chunk of item rows (whole orders, in file order) and update their orders;
    ``shape``: ITEM_SHAPE for the file's layout (RowShape.for_file)."""
    chunk = _ItemChunk(writer, records, seen, shape)
    chunk.write()
    writer.items_written = True
    seen.remember(chunk.recs, [rec.row_number for rec in chunk.recs.values()])


class _ItemChunk:
    def __init__(
        self, writer: ChunkWriter, records: list[StoredItem], seen: FileSeen, shape: RowShape
    ) -> None:
        self.w = writer
        self.shape = shape
        self.sql = writer.sql
        self.seen = seen
        self.batch_id = writer.batch_id
        self.rows, self.recs = unique_rows(writer, records, seen)
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
        self.w.known_item_orders += sum(1 for link in links.values() if not link[3])
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
            order_id: self.w.order_values(self._facts(order_id), None)
            for order_id in order_ids
            if order_id not in links
        }
        self.w.insert_stubs(stubs)
        self._write_rows()

        new_values = {
            order_id: self.w.order_values(self._facts(order_id), links[order_id])
            for order_id in self.final
            if order_id in links
        }
        moved = sorted(self.moved_from - set(self.final))
        if moved:
            links.update(self.w.order_links(moved))
            left: dict[str, list[Row]] = {key: [] for key in moved}
            for row in self.sql.select_in(
                "order_items", ("order_id", *ITEM_FACTS), "order_id", moved
            ):
                left[row[0]].append(row[1:])
            empty = [key for key in moved if not left[key] and links[key][3]]
            self.w.remove_stubs(empty)
            for order_id in (key for key in moved if key not in empty):
                new_values[order_id] = self.w.order_values(left[order_id], links[order_id])
        self.w.update_orders_from_items(links, new_values)

    def _facts(self, order_id: str) -> list[Row]:
        return [item_facts(row) for row in self.final[order_id].values()]

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
        if self.seen.repeats(key, old[-1], self.batch_id):
            # (A repeat may leave out what the first row gave: any layout's rule.)
            if ITEM_SHAPE.merge(old_data, row) == old_data:
                return
            rec = self.recs[key]
            problems = stored_problems(ITEM_SHAPE, old_data)
            joined = joined_repeat(ITEM_SHAPE, old_data, problems, row, rec.problems)
            if joined is None:
                raise item_conflict(self.seen.name, rec, self.seen.first_row(key), rec.row_number)
            new = joined  # a flagged row and its twin: what both tell
        elif self.recs[key].problems:  # rare: a cell unread, or the file cut short
            new = self.shape.merge_flagged(old_data, row, self.recs[key].problems)
        else:
            new = self.shape.merge(old_data, row)
        old_order = old[_I_ORDER]
        if old_order != new[_I_ORDER]:
            self.moved_from.add(old_order)
            self.final.get(old_order, {}).pop(old[0], None)
        self.final[new[_I_ORDER]][old[0]] = new
        if new == old_data:
            return
        if old[-1] != self.batch_id:
            self.images.append(old)
        else:
            self.w.changed_again["order_items"].add(old[0])
            if refund_lost(old[_I_REFUND], new[_I_REFUND]):
                self.w.set_back_by_later_file.add(new[_I_ORDER])
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
                    raise item_conflict(
                        self.seen.name, self.recs[key], first, self.recs[key].row_number
                    )
        self.w.items_added += added
        self.w.save_item_images(self.images)
        self.sql.update("order_items", (*ITEM_COLUMNS, "last_batch_id"), "item_key", self.updates)


class FreshItems:
    """An item report going into an empty items table, as in a first import.

    Its rows go straight in. Afterwards a few whole-table queries find the orders the
    items change: orders not stored yet (they become stubs), stubs (their status comes
    from their items), and orders with a refund that matters for closing. Every other
    order keeps the blocking reasons its status gave it, because before this file it had
    no items at all. So no chunk has to look up its orders or their other items.
    Needs foreign keys checked by the import itself (stubs come after their items).
    """

    PART = 5_000

    def __init__(self, writer: ChunkWriter, seen: FileSeen) -> None:
        self.w = writer
        self.seen = seen

    def add(self, records: list[StoredItem]) -> None:
        w = self.w
        rows, recs = unique_rows(w, records, self.seen, (w.batch_id, w.batch_id))
        added = w.sql.insert("order_items", _STORED, list(rows.values()), ignore_conflicts=True)
        if added < len(rows):
            # Keys already stored came from earlier rows of this very file.
            updates: list[Row] = []
            for stored in w.sql.select_in("order_items", _STORED, "item_key", list(rows)):
                key = stored[0]
                row = rows[key]
                if stored == row or ITEM_SHAPE.merge(stored, row) == stored:
                    continue
                rec, stored_data = recs[key], stored[:_N_ITEM]
                problems = stored_problems(ITEM_SHAPE, stored_data)
                joined = joined_repeat(
                    ITEM_SHAPE, stored_data, problems, row[:_N_ITEM], rec.problems
                )
                if joined is None:
                    first = self.seen.first_row(key)
                    raise item_conflict(self.seen.name, rec, first, rec.row_number)
                if joined != stored_data:  # a flagged row and its twin: what both tell
                    updates.append((*joined, key))
            w.sql.update("order_items", ITEM_COLUMNS, "item_key", updates)
        w.items_added += added
        w.items_written = True
        self.seen.remember(recs, [rec.row_number for rec in recs.values()])

    def finish(self, tick: Callable[[], None]) -> None:
        """Settle the orders of the file's items: stubs, statuses, blocking reasons.

        ``tick`` is called between parts (for progress and Cancel)."""
        w = self.w
        conn = w.sql.conn
        mark = w.sql.mark()
        missing: list[str] = []
        recheck: set[str] = set()
        untouched: list[str] = []
        orders_to_look_at = (
            "SELECT DISTINCT i.order_id, o.order_id IS NULL, o.from_items_only, o.last_batch_id "
            "FROM order_items i LEFT JOIN orders o ON o.order_id = i.order_id WHERE "
            "o.order_id IS NULL OR o.from_items_only OR o.last_batch_id IS NOT " + mark
        )
        for order_id, absent, stub, last in conn.exec_driver_sql(
            orders_to_look_at, (w.batch_id,)
        ).fetchall():
            if absent:
                missing.append(order_id)
            elif stub:
                recheck.add(order_id)
            if not absent and last != w.batch_id:
                untouched.append(order_id)
        marks = ",".join([mark] * len(REFUNDS_THAT_MATTER))
        recheck.update(
            row[0]
            for row in conn.exec_driver_sql(
                f"SELECT DISTINCT order_id FROM order_items WHERE refund_status IN ({marks})",  # noqa: S608
                tuple(REFUNDS_THAT_MATTER),
            ).fetchall()
        )
        recheck.difference_update(missing)
        if missing:  # else every order of the file was known: no need to count them
            w.known_item_orders += int(
                conn.exec_driver_sql(
                    "SELECT count(*) FROM orders o WHERE NOT o.from_items_only AND EXISTS "
                    "(SELECT 1 FROM order_items i WHERE i.order_id = o.order_id)"
                ).scalar_one()
            )
        w.unchanged.update(hash(key) for key in untouched if key not in recheck)
        for part in _parts([*missing, *sorted(recheck)], self.PART):
            tick()
            facts: dict[str, list[Row]] = {key: [] for key in part}
            for row in w.sql.select_in("order_items", ("order_id", *ITEM_FACTS), "order_id", part):
                facts[row[0]].append(row[1:])
            links = w.order_links(part)
            w.insert_stubs(
                {key: w.order_values(facts[key], None) for key in part if key not in links}
            )
            w.update_orders_from_items(
                links, {key: w.order_values(facts[key], link) for key, link in links.items()}
            )


def _parts(keys: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(keys), size):
        yield keys[start : start + size]
