"""What an import tells the merchant afterwards: counts, flagged rows, blocking changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection

from shopcloser.domain.export_names import export_kind, newest_earlier
from shopcloser.store.models import BatchChange, ImportBatch, Order


@dataclass
class FlaggedRow:
    """A row imported with what could be read; the rest is listed for review."""

    file: str
    row: int  # 1-based line (CSV) or row (xlsx) in the file, header included
    problems: list[tuple[str, str]]  # (column header, raw value); see formats.problems
    order_id: str = ""  # the order the row belongs to, when its number could be read


@dataclass
class FileSummary:
    name: str
    sha256: str
    kind: str  # "orders" or "items"
    layout: str
    headers: list[str]
    rows: int
    flagged: int

    def as_json(self) -> dict[str, Any]:
        """The entry kept in ``ImportBatch.files``."""
        return {
            "name": self.name,
            "sha256": self.sha256,
            "kind": self.kind,
            "layout": self.layout,
            "headers": self.headers,
            "rows": self.rows,
        }


@dataclass(frozen=True)
class OlderExport:
    """A file of this import exported before one an earlier import brought in, while
    this import changed stored rows of that report: where both hold the same orders,
    the store now shows the older state."""

    file: str
    exported_at: datetime
    newer_file: str
    newer_exported_at: datetime


def older_exports(
    conn: Connection, files: list[FileSummary], overwritten: dict[str, set[int]]
) -> list[OlderExport]:
    """This import's files that are older exports than a file of the same kind that an
    earlier import brought in, where this import changed rows that earlier import wrote
    last (``overwritten``: kind → those imports' batch ids, see ChunkWriter). Newer
    exports of other periods, whose orders this import did not touch, are no reason to
    warn. Where such an import had no report of that kind (an item report settled the
    order), any earlier one's may have written the row: all of them count."""
    wanted = {b for f in files for b in overwritten.get(f.kind, ())}
    if not wanted:
        return []
    names_by_batch = {
        batch_id: [str(entry.get("name", "")) for entry in entries or []]
        for batch_id, entries in conn.execute(
            select(ImportBatch.id, ImportBatch.files).where(
                ImportBatch.id <= max(wanted), ImportBatch.undone_at.is_(None)
            )
        )
    }
    found = []
    for file in files:
        kind = export_kind(file.name)
        if kind is None:
            continue  # no export time in its name: nothing to compare
        earlier: list[str] = []
        for batch in sorted(overwritten.get(file.kind, ())):
            names = [n for n in names_by_batch.get(batch, []) if export_kind(n) == kind]
            if not names:
                names = [
                    n
                    for other, others in names_by_batch.items()
                    if other < batch
                    for n in others
                    if export_kind(n) == kind
                ]
            earlier += names
        newer = newest_earlier(file.name, earlier, [f.name for f in files])
        if newer is not None:
            found.append(OlderExport(file.name, newer[2], newer[0], newer[1]))
    return found


@dataclass
class ImportSummary:
    batch_id: int
    files: list[FileSummary] = field(default_factory=list)
    orders_added: int = 0
    orders_updated: int = 0  # stored orders this import changed
    orders_unchanged: int = 0  # stored orders this import mentioned and left as they were
    items_added: int = 0
    items_updated: int = 0
    flagged: list[FlaggedRow] = field(default_factory=list)  # the first ones, in file order
    flagged_total: int = 0
    # Raw 订单状态 → orders now stored with it (they block until checked).
    unknown_statuses: dict[str, int] = field(default_factory=dict)
    # Raw 订单状态 on item rows only → orders whose order row gave a known status: the
    # text is kept on the items and does not change these orders' state.
    unknown_item_statuses: dict[str, int] = field(default_factory=dict)
    unknown_refund_statuses: dict[str, int] = field(default_factory=dict)  # raw 退款状态 → rows
    newly_blocking: int = 0  # block now, did not before (new orders included)
    no_longer_blocking: int = 0  # blocked before, do not now
    blocking_now: int = 0  # all orders in the store that block and are not handled
    older_exports: list[OlderExport] = field(default_factory=list)


def blocking_changes(conn: Connection, batch_id: int) -> tuple[int, int, int]:
    """(newly blocking, no longer blocking, blocking now) after batch ``batch_id``.

    Orders the merchant has marked handled count in neither direction: they did not
    stand in the way before and do not now.
    """
    open_now = and_(Order.blocking_reasons != "", Order.handled.is_(False))
    before = BatchChange.before["blocking_reasons"].as_string()
    changed = (
        select(func.count())
        .select_from(BatchChange)
        .join(Order, Order.order_id == BatchChange.row_key)
        .where(
            BatchChange.batch_id == batch_id,
            BatchChange.table_name == "orders",
            Order.handled.is_(False),
        )
    )
    newly_added = conn.execute(
        select(func.count()).where(Order.first_batch_id == batch_id, open_now)
    ).scalar_one()
    newly_changed = conn.execute(
        changed.where(before == "", Order.blocking_reasons != "")
    ).scalar_one()
    no_longer = conn.execute(changed.where(before != "", Order.blocking_reasons == "")).scalar_one()
    blocking_now = conn.execute(select(func.count()).where(open_now)).scalar_one()
    return int(newly_added + newly_changed), int(no_longer), int(blocking_now)
