"""One import's transaction and batch, and how a file's records go into it.

``ImportRun`` keeps what an import has done so far (counters, flagged rows, unknown
statuses, the files' summaries) and writes chunk by chunk through ``ChunkWriter``. The
import of a whole batch (``services.importing``) and the helper process of a large first
import (``services.import_helper``) both drive it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import insert, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from shopcloser.domain.records import ItemRecord, OrderRecord
from shopcloser.domain.statuses import RefundStatus, TradeStatus
from shopcloser.formats import refusals
from shopcloser.formats.columns import ITEM_FIELDS, ORDER_FIELDS, header_key
from shopcloser.formats.report import ReportKind
from shopcloser.formats.rows import file_columns, id_column
from shopcloser.formats.stored import StoredItem, StoredOrder
from shopcloser.messages import naming_file
from shopcloser.services.bulk_sql import BulkSql
from shopcloser.services.handled_flags import handled_from_log
from shopcloser.services.import_items import FreshItems, write_items
from shopcloser.services.import_repeats import FileSeen
from shopcloser.services.import_rows import (
    ITEM_SHAPE,
    ORDER_SHAPE,
    RowShape,
    stored_item,
    stored_order,
)
from shopcloser.services.import_summary import (
    FileSummary,
    FlaggedRow,
    ImportSummary,
    WentBack,
    blocking_changes,
    handled_with_new_reasons,
    older_exports,
    reports_disagree,
    unmatched_item_orders,
    went_back,
)
from shopcloser.services.import_writer import ChunkWriter
from shopcloser.services.pacing import give_way
from shopcloser.services.progress import CancelToken
from shopcloser.store import search_index
from shopcloser.store.database import Store, pages_written_once
from shopcloser.store.models import ImportBatch, Order

if TYPE_CHECKING:
    from shopcloser.services.importing import ImportSource

CHUNK_ROWS = 10_000
# The summary keeps this many flagged rows in full; the count covers all of them.
MAX_FLAGGED_LISTED = 10_000

# What an import source may give: stored rows as readers write them, or records.
SourceRow = StoredOrder | StoredItem | OrderRecord | ItemRecord
# (rows done, rows in all, file name): a ProgressReporter or any plain function like it.
Progress = Callable[[int, int | None, str], None]
_R = TypeVar("_R", StoredOrder, StoredItem)


def index_search(conn: Connection, run: ImportRun) -> None:
    """Bring the search index up to date with the orders this import wrote, in one go."""
    if run.writer.orders_empty:
        search_index.refill_search_index(conn, merge=False)
    else:
        search_index.reindex_orders(
            conn, "first_batch_id = ? OR last_batch_id = ?", (run.batch_id, run.batch_id)
        )


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while millions of short-lived rows are made.

    Rows and records hold no reference cycles, so nothing is lost; the collector would
    otherwise walk the live objects again and again (about a tenth of an import's time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def import_transaction(store: Store, *, attach: Path | None = None) -> Iterator[Connection]:
    """One transaction for the whole import, on a connection of its own.

    On SQLite the import keeps the links between rows itself (its tests check them with
    ``PRAGMA foreign_key_check``), so the per-row foreign-key lookups are switched off for
    this connection while it runs: that pragma only works outside a transaction. So does
    attaching ``attach`` (a helper's staging file) as schema ``helper``.
    """
    with store.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        attached = False
        try:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
                if attach is not None:
                    conn.exec_driver_sql("ATTACH DATABASE ? AS helper", (str(attach),))
                    attached = True
                conn.commit()
            empty = sqlite and store.single_user and _holds_no_orders(conn)
            with pages_written_once(conn, wanted=empty), conn.begin():
                yield conn
        finally:
            if sqlite:
                conn.rollback()  # nothing is open by now, unless ATTACH failed midway
                conn.exec_driver_sql("PRAGMA foreign_keys = ON")
                conn.commit()
                if attached:
                    _detach(conn)


def _holds_no_orders(conn: Connection) -> bool:
    found = conn.exec_driver_sql(
        "SELECT 1 FROM orders UNION ALL SELECT 1 FROM order_items LIMIT 1"
    ).first()
    conn.commit()
    return found is None


def _detach(conn: Connection) -> None:
    try:
        conn.exec_driver_sql("DETACH DATABASE helper")
        conn.commit()
    except DBAPIError:
        conn.invalidate()  # never hand a connection with the staging file to anyone else


@dataclass
class PartFindings:
    """What one file, or one part of a file, added to an import's summary."""

    summary: FileSummary
    flagged: list[FlaggedRow]  # those listed in full (the run keeps MAX_FLAGGED_LISTED)
    flagged_total: int
    unknown: dict[str, set[str]]
    unknown_on_items: dict[str, set[str]]
    unknown_refunds: dict[str, set[str]]
    # Records with an order number: a file none of whose parts has one is refused.
    with_ids: int = 0
    # The first row holding an order or an item but no order number (see _holds_an_order):
    # a file with one is refused, judged whole (as one process judges it).
    orphan_row: int | None = None


class ImportRun:
    def __init__(
        self,
        conn: Connection,
        started: datetime,
        sources: Sequence[ImportSource],
        progress: Progress,
        cancel: CancelToken,
        *,
        batch_id: int | None = None,
    ) -> None:
        """Records the batch (under ``batch_id`` when given: a helper's copy of it)."""
        self.conn = conn
        self.sources = sources
        self.progress = progress
        self.cancel = cancel
        values = {"started_at": started, "files": []}
        if batch_id is not None:
            values["id"] = batch_id
        result = conn.execute(insert(ImportBatch).values(**values))
        key = result.inserted_primary_key
        assert key is not None
        self.batch_id = int(key[0])
        self.sql = sql = BulkSql(conn)
        self._no_foreign_keys = sql.dialect == "sqlite" and not sql.scalar("PRAGMA foreign_keys")
        self.writer = ChunkWriter(
            sql,
            self.batch_id,
            orders_empty=sql.scalar("SELECT 1 FROM orders LIMIT 1") is None,
            items_empty=sql.scalar("SELECT 1 FROM order_items LIMIT 1") is None,
        )
        self.files: list[FileSummary] = []
        self.flagged: list[FlaggedRow] = []
        self.flagged_total = 0
        # Unknown 订单状态 text → the stored orders whose order row, or one of whose item
        # rows, gave it (rare texts: the sets stay small). Which of those orders end up
        # with it as their status is known only at the end (see _unknown_statuses).
        self.unknown: dict[str, set[str]] = {}
        self.unknown_on_items: dict[str, set[str]] = {}
        # Unknown 退款状态 text → the orders of the item rows that gave it (counted, like
        # unknown order statuses, by the orders that still hold it at the end).
        self.unknown_refunds: dict[str, set[str]] = {}
        self.done = 0
        self.with_ids = 0
        self.orphan_row: int | None = None  # of the last file or part, as with_ids
        self.orphan_is_header = False  # that row repeats the header row
        self._wrote_kinds: set[ReportKind] = set()
        known = [s.rows_total for s in sources]
        self.total_rows = sum(n for n in known if n is not None) if None not in known else None
        self.total_bytes = sum(s.size for s in sources)
        self.bytes_before = 0
        self._order_indexes: list[str] = []  # suspended while order reports go in

    def rebuild_order_indexes(self) -> None:
        self.sql.rebuild_indexes(self._order_indexes)
        self._order_indexes = []

    def add(self, source: ImportSource, *, deferred: list[str] | None = None) -> FileSummary:
        """Write one file's records (or a part of them: ``source.records``).

        With ``deferred``, a table this file filled from empty gets its index statements
        appended there instead of run, and an item report's orders are not settled: the
        caller does both once the rest of the table (from a helper process) is in.
        """
        kind = source.kind
        orders = kind is ReportKind.ORDERS
        if not orders:
            self.rebuild_order_indexes()  # every order report is in: items look orders up
        empty = self.writer.orders_empty if orders else self.writer.items_empty
        seen = FileSeen(source.name, sole_writer=empty and kind not in self._wrote_kinds)
        self._wrote_kinds.add(kind)
        # Filling an empty table: build its indexes once at the end, not row by row.
        fresh = seen.sole_writer and self.sql.can_ignore_conflicts and self._no_foreign_keys
        rebuild = self.sql.suspend_indexes("orders" if orders else "order_items") if fresh else []
        fresh_items = FreshItems(self.writer, seen) if fresh and not orders else None
        shape = _shape_for(source)
        rows = flagged = with_ids = 0
        self.orphan_row, self.orphan_is_header = None, False
        for chunk in _chunks_read(source):
            rows += len(chunk)
            if orders:
                order_records, flagged_here = self._note(chunk, source, StoredOrder)
                self.writer.orders(order_records, seen, shape)
                with_ids += len(order_records)
            else:
                item_records, flagged_here = self._note(chunk, source, StoredItem)
                if fresh_items is not None:
                    fresh_items.add(item_records)
                else:
                    write_items(self.writer, item_records, seen, shape)
                with_ids += len(item_records)
            flagged += flagged_here
            self.done += len(chunk)
            self._tick(source)
        if source.whole and not with_ids:
            with naming_file(source.name):
                raise refusals.no_readable_order(_id_header(source)) if rows else refusals.no_rows()
        if source.whole and self.orphan_row is not None:
            with naming_file(source.name):
                if self.orphan_is_header:
                    raise refusals.header_repeated(self.orphan_row, _id_header(source))
                raise refusals.row_without_order_number(self.orphan_row, _id_header(source))
        self.with_ids = with_ids  # of the last file or part: a split import adds its parts'
        if deferred is not None:
            deferred.extend(rebuild)
        elif orders:
            # Later order reports of this import (other date ranges) go in without them
            # too: nothing reads orders by those indexes while orders are written.
            self._order_indexes.extend(rebuild)
        else:
            self.sql.rebuild_indexes(rebuild)
            if fresh_items is not None:
                fresh_items.finish(lambda: self._tick(source))
        self.bytes_before += source.size
        summary = FileSummary(
            name=source.name,
            sha256=source.sha256,
            kind=kind.value,
            layout=source.layout,
            headers=list(source.headers),
            rows=rows,
            flagged=flagged,
        )
        self.files.append(summary)
        return summary

    def add_part(self, source: ImportSource, *, deferred: list[str]) -> PartFindings:
        """``add`` (deferred), and what this part alone found: a split import puts the
        parts of both processes together into one summary."""
        listed, total = len(self.flagged), self.flagged_total
        unknown, on_items, refunds = self.unknown, self.unknown_on_items, self.unknown_refunds
        self.unknown, self.unknown_on_items, self.unknown_refunds = {}, {}, {}
        summary = self.add(source, deferred=deferred)
        found = PartFindings(
            summary,
            self.flagged[listed:],
            self.flagged_total - total,
            self.unknown,
            self.unknown_on_items,
            self.unknown_refunds,
            self.with_ids,
            self.orphan_row,
        )
        self.unknown, self.unknown_on_items, self.unknown_refunds = unknown, on_items, refunds
        add_unknown(self.unknown, found.unknown)
        add_unknown(self.unknown_on_items, found.unknown_on_items)
        add_unknown(self.unknown_refunds, found.unknown_refunds)
        return found

    def _tick(self, source: ImportSource) -> None:
        self.cancel.check()
        self.progress(self.done, self._estimated_total(source), source.name)

    def _note(
        self, chunk: list[SourceRow], source: ImportSource, kind: type[_R]
    ) -> tuple[list[_R], int]:
        """Keep flagged rows and count unknown statuses.

        Returns the rows that have an id to file them under, and how many were flagged.
        """
        usable: list[_R] = []
        flagged = 0
        unknown_trade = TradeStatus.UNKNOWN
        unknown_refund = RefundStatus.UNKNOWN
        for record in chunk:
            if not isinstance(record, kind):
                if isinstance(record, OrderRecord):
                    record = stored_order(record)
                elif isinstance(record, ItemRecord):
                    record = stored_item(record)
                if not isinstance(record, kind):
                    raise TypeError(f"a {kind.__name__} file gave a {type(record).__name__}")
            rec: _R = record
            problems: list[tuple[str, str]] = rec.problems
            if rec.order_id:
                usable.append(rec)
                # Only rows that are stored: a row without an order number (a summary
                # line, say) makes no order whose status needs review.
                if rec.status is unknown_trade:
                    found = self.unknown_on_items if isinstance(rec, StoredItem) else self.unknown
                    found.setdefault(rec.status_text, set()).add(rec.order_id)
                if isinstance(rec, StoredItem) and rec.refund_status is unknown_refund:
                    text = rec.refund_status_text or ""
                    self.unknown_refunds.setdefault(text, set()).add(rec.order_id)
            else:
                if self.orphan_row is None and _holds_an_order(rec):
                    self.orphan_row = rec.row_number  # the file is refused at its end
                    self.orphan_is_header = header_key(rec.status_text) in _STATUS_HEADERS
                if not problems:  # a record made in code: a file's rows name the id cell
                    problems = [(_id_header(source), "")]
            if problems:
                flagged += 1
                self._flag(source.name, rec.row_number, problems, rec.order_id)
        return usable, flagged

    def _flag(self, file: str, row: int, problems: list[tuple[str, str]], order_id: str) -> None:
        self.flagged_total += 1
        if len(self.flagged) < MAX_FLAGGED_LISTED:
            self.flagged.append(FlaggedRow(file, row, list(problems), order_id or ""))

    def _estimated_total(self, source: ImportSource) -> int | None:
        if self.total_rows is not None:
            return max(self.total_rows, self.done)
        read = source.bytes_read() if source.bytes_read else 0
        if not self.total_bytes or not read:
            return None
        fraction = (self.bytes_before + read) / self.total_bytes
        return max(self.done, int(self.done / fraction)) if fraction > 0 else None

    def _unknown_statuses(self) -> tuple[dict[str, int], dict[str, int]]:
        """(unknown 订单状态 text → orders stored with it, which block until checked;
        text → orders only some of whose items gave it, while their order row gave them a
        known status, which the text does not change), most orders first.

        An order takes its items' status only when no order report gave it one (a stub),
        and a later file of this import may have given it another: the store says which
        orders hold the text now."""
        mentioned: dict[str, set[str]] = {}
        for found in (self.unknown, self.unknown_on_items):
            for text, ids in found.items():
                mentioned.setdefault(text, set()).update(ids)
        unknown = TradeStatus.UNKNOWN.value
        holding: dict[str, int] = {}
        on_items: dict[str, int] = {}
        for text, ids in mentioned.items():
            held = {
                order_id
                for order_id, status, status_text in self.sql.select_in(
                    "orders", ("order_id", "status", "status_text"), "order_id", sorted(ids)
                )
                if status == unknown and status_text == text
            }
            if held:
                holding[text] = len(held)
            rest = self.unknown_on_items.get(text, set()) - held
            if rest:
                on_items[text] = len(rest)
        return _most_first(holding), _most_first(on_items)

    def _unknown_refund_statuses(self) -> dict[str, int]:
        """Unknown 退款状态 text → orders with an item stored with it (they block until
        checked), most orders first: orders, as for unknown order statuses, not rows (an
        order's items often share one refund state), and only those a later file of this
        import did not give a known state."""
        unknown = RefundStatus.UNKNOWN.value
        holding: dict[str, int] = {}
        for text, ids in self.unknown_refunds.items():
            held = {
                order_id
                for order_id, refund, refund_text in self.sql.select_in(
                    "order_items",
                    ("order_id", "refund_status", "refund_status_text"),
                    "order_id",
                    sorted(ids),
                )
                if refund == unknown and (refund_text or "") == text
            }
            if held:
                holding[text] = len(held)
        return _most_first(holding)

    def _restore_marks_of_new_orders(self) -> None:
        """An order new to the store may have marks already (an undone import brought back):
        the log is the merchant's word, so its latest entry decides."""
        handled_from_log(self.conn, Order.first_batch_id == self.batch_id)

    def _drop_replaced_flags(self) -> None:
        """Rows to review that a later file of this import replaced (the same order, read
        cleanly there) are no longer listed or counted: the orders list, which shows what
        the store holds, would find none of them. Only the rows listed are looked at (the
        first MAX_FLAGGED_LISTED), and only when a file followed another of its kind."""
        kinds = [f.kind for f in self.files]
        if len(kinds) == len(set(kinds)) or not self.flagged:
            return
        ids = sorted({row.order_id for row in self.flagged if row.order_id})
        still = {
            order_id
            for table in ("orders", "order_items")
            for order_id, problems in self.sql.select_in(
                table, ("order_id", "problems"), "order_id", ids
            )
            if problems not in (None, "[]")
        }
        kept = [row for row in self.flagged if not row.order_id or row.order_id in still]
        self.flagged_total -= len(self.flagged) - len(kept)
        self.flagged = kept

    def finish(self, finished: datetime) -> ImportSummary:
        self.rebuild_order_indexes()
        self._drop_replaced_flags()
        w = self.writer
        w.settle_changed_back()
        self.conn.execute(
            update(ImportBatch)
            .where(ImportBatch.id == self.batch_id)
            .values(
                finished_at=finished,
                files=[f.as_json() for f in self.files],
                orders_added=w.orders_added,
                orders_updated=w.orders_updated,
                orders_removed=w.orders_removed,
                items_added=w.items_added,
                items_updated=w.items_updated,
                flagged_rows=self.flagged_total,
            )
        )
        self._restore_marks_of_new_orders()
        newly, no_longer, now_blocking = blocking_changes(self.conn, self.batch_id)
        unknown, on_items = self._unknown_statuses()
        older = older_exports(self.conn, self.files, w.overwritten)
        named = {o.file for o in older}
        covered = frozenset(f.kind for f in self.files if f.name in named)
        back = went_back(self.conn, self.batch_id, covered)
        set_back = WentBack.of(w.set_back_by_later_file)
        return ImportSummary(
            batch_id=self.batch_id,
            files=self.files,
            orders_added=w.orders_added,
            orders_updated=w.orders_updated,
            orders_removed=w.orders_removed,
            orders_unchanged=len(w.unchanged),
            items_added=w.items_added,
            items_updated=w.items_updated,
            flagged=self.flagged,
            flagged_total=self.flagged_total,
            unknown_statuses=unknown,
            unknown_item_statuses=on_items,
            unknown_refund_statuses=self._unknown_refund_statuses(),
            newly_blocking=newly,
            no_longer_blocking=no_longer,
            blocking_now=now_blocking,
            older_exports=older,
            went_back=back,
            set_back_by_later_file=set_back,
            handled_new_reasons=handled_with_new_reasons(self.conn, self.batch_id),
            unmatched_item_orders=unmatched_item_orders(
                self.conn, w.stubs_added, w.known_item_orders
            ),
            # An older file set back orders: their reports disagree for that reason, and
            # undoing the import (which those warnings say) puts both right.
            reports_disagree=(
                None if older or back or set_back else reports_disagree(self.conn, self.batch_id)
            ),
        )


def add_unknown(into: dict[str, set[str]], found: dict[str, set[str]]) -> None:
    """Add one part's unknown status texts and their orders to ``into``."""
    for text, ids in found.items():
        into.setdefault(text, set()).update(ids)


def _most_first(counts: dict[str, int]) -> dict[str, int]:
    """Highest count first; equal counts in the order first met."""
    return dict(sorted(counts.items(), key=lambda pair: -pair[1]))


def _shape_for(source: ImportSource) -> RowShape:
    """How the file's rows merge into stored ones: by its header row's columns (records
    made in code come without one)."""
    shape = ORDER_SHAPE if source.kind is ReportKind.ORDERS else ITEM_SHAPE
    if not source.headers:
        return shape
    return shape.for_file(*file_columns(source.kind, source.headers))


def _chunks_read(source: ImportSource) -> Iterator[list[SourceRow]]:
    """The chunks of a file's records: a refusal met while reading them names the file
    (not one met while writing them, such as a conflict, which names it itself)."""
    with naming_file(source.name):
        yield from chunks(source.records, by_order=source.kind is not ReportKind.ORDERS)


def chunks(records: Iterable[SourceRow], *, by_order: bool) -> Iterator[list[SourceRow]]:
    """Chunks of about CHUNK_ROWS records; item chunks end where an order ends, so that
    each order's items (consecutive in the reports) are written together."""
    chunk: list[SourceRow] = []
    for rec in records:
        if not len(chunk) % 128:
            give_way()  # reading lets go of the GIL at every file read
        if len(chunk) >= CHUNK_ROWS and (
            not by_order or rec.order_id != chunk[-1].order_id or len(chunk) >= 4 * CHUNK_ROWS
        ):
            yield chunk
            chunk = []
        chunk.append(rec)
    if chunk:
        yield chunk


def _holds_an_order(record: StoredOrder | StoredItem) -> bool:
    """Whether a row without an order number still holds an order or an item: a status,
    a refund state or a sub-order number (not a summary line or a stray note)."""
    if record.status_text:
        return True
    return isinstance(record, StoredItem) and bool(
        record.refund_status_text or not record.item_key.startswith("#")
    )


# The status column's names: a row whose status reads like one repeats the header row.
_STATUS_HEADERS = frozenset(
    header_key(name)
    for field in (*ORDER_FIELDS, *ITEM_FIELDS)
    if field.attr == "status_text"
    for name in field.aliases
)


def _id_header(source: ImportSource) -> str:
    """The file's own header of its order-number column, as the merchant sees it."""
    column = id_column(source.kind, source.headers) if source.headers else None
    return source.headers[column] if column is not None else "订单编号"
