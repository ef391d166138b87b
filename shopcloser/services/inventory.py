"""Leftover stock: which SKUs the merchant still holds, and what happens to each.

SKUs come from the item report's 商家编码 (:func:`collect_from_orders`), or the merchant
types them in or imports a list. The exports never say how much is left on the shelf,
so the merchant enters the quantity; every SKU still held needs a decision before the
shop closes: sold off, returned to the supplier, written off, or kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, or_, select, update

from shopcloser.domain.handling import Disposition
from shopcloser.formats.stock_sheet import read_stock_sheet
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError, and_more
from shopcloser.services.bulk_sql import in_chunks
from shopcloser.store.database import Store
from shopcloser.store.models import InventoryItem, OrderItem

SKU_LENGTH = 100
NAME_LENGTH = 100
FROM_ORDERS = "orders"
ENTERED = "entered"
FROM_FILE = "file"


@dataclass(frozen=True)
class StockItem:
    sku: str
    title: str | None
    quantity: int | None  # None: not counted yet
    sold: int  # units sold, as far as the imported item reports tell
    disposition: Disposition
    note: str | None
    source: str
    updated_by: str | None
    updated_at: datetime | None

    @property
    def needs_decision(self) -> bool:
        """Still held (or not counted yet) and nobody has decided what happens to it."""
        return self.disposition is Disposition.UNDECIDED and self.quantity != 0


@dataclass
class StockSummary:
    skus: int = 0
    undecided: int = 0  # SKUs that still need a decision
    units_held: int = 0  # counted units not yet sold off, returned or written off
    by_disposition: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "skus": self.skus,
            "undecided": self.undecided,
            "units_held": self.units_held,
            "by_disposition": self.by_disposition,
        }


def _sku(text: str) -> str:
    sku = text.strip()
    if not sku:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "Enter the SKU (商家编码) of the stock item first.")
        )
    if len(sku) > SKU_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "An SKU can be at most {limit} characters long; shorten “{sku}…”."
            ),
            limit=SKU_LENGTH,
            sku=sku[:20],
        )
    return sku


def _quantity(value: int | None) -> int | None:
    if value is not None and value < 0:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "A quantity cannot be below 0. Enter how many units you still hold."
            )
        )
    return value


def _who(by: str | None) -> str | None:
    by = (by or "").strip()
    return by[:NAME_LENGTH] or None


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def collect_from_orders(store: Store, *, by: str | None = None) -> int:
    """Add every SKU named in the imported item reports that is not listed yet.

    SKUs already listed keep what the merchant entered. Returns how many were added.
    """
    with store.engine.begin() as conn:
        listed = set(conn.scalars(select(InventoryItem.sku)))
        found = conn.execute(
            select(OrderItem.merchant_code, func.max(OrderItem.title))
            .where(OrderItem.merchant_code.is_not(None), OrderItem.merchant_code != "")
            .group_by(OrderItem.merchant_code)
        ).all()
        found_codes = [(code.strip()[:SKU_LENGTH], title) for code, title in found if code]
        rows = [
            {
                "sku": code,
                "title": title,
                "quantity": None,
                "disposition": Disposition.UNDECIDED.value,
                "note": None,
                "source": FROM_ORDERS,
                "updated_by": _who(by),
                "updated_at": _now(),
            }
            for code, title in found_codes
            if code and code not in listed
        ]
        unique = list({row["sku"]: row for row in rows}.values())
        if unique:
            conn.execute(insert(InventoryItem), unique)
    return len(unique)


def list_stock(store: Store) -> list[StockItem]:
    """Every listed SKU, by SKU, with the units sold according to the item reports."""
    with store.engine.connect() as conn:
        sold = dict(
            conn.execute(
                select(OrderItem.merchant_code, func.sum(OrderItem.quantity))
                .where(OrderItem.merchant_code.in_(select(InventoryItem.sku)))
                .group_by(OrderItem.merchant_code)
            ).all()
        )
        rows = conn.execute(select(InventoryItem).order_by(InventoryItem.sku)).all()
    return [
        StockItem(
            sku=row.sku,
            title=row.title,
            quantity=row.quantity,
            sold=int(sold.get(row.sku) or 0),
            disposition=_disposition(row.disposition),
            note=row.note,
            source=row.source,
            updated_by=row.updated_by,
            updated_at=row.updated_at,
        )
        for row in rows
    ]


def _disposition(code: str) -> Disposition:
    try:
        return Disposition(code)
    except ValueError:
        return Disposition.UNDECIDED


def add_stock(
    store: Store,
    sku: str,
    *,
    title: str | None = None,
    quantity: int | None = None,
    by: str | None = None,
) -> None:
    """List one SKU the merchant typed in; refused if it is listed already."""
    sku = _sku(sku)
    with store.engine.begin() as conn:
        if conn.scalar(select(InventoryItem.id).where(InventoryItem.sku == sku)) is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The SKU {sku} is listed already. Change its quantity in the list instead.",
                ),
                sku=sku,
            )
        conn.execute(
            insert(InventoryItem).values(
                sku=sku,
                title=(title or "").strip() or None,
                quantity=_quantity(quantity),
                disposition=Disposition.UNDECIDED.value,
                source=ENTERED,
                updated_by=_who(by),
                updated_at=_now(),
            )
        )


def _known(conn: Any, skus: Sequence[str]) -> list[str]:
    wanted = list(dict.fromkeys(s.strip() for s in skus if s.strip()))
    if not wanted:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "Choose at least one stock item first."))
    found = {
        sku
        for chunk in in_chunks(wanted)
        for sku in conn.scalars(select(InventoryItem.sku).where(InventoryItem.sku.in_(chunk)))
    }
    missing = [s for s in wanted if s not in found]
    if missing:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "These SKUs are not in the stock list: {skus}. Add them first; nothing "
                "was changed.",
            ),
            skus=and_more(missing[:5], len(missing)),
        )
    return wanted


def set_quantity(
    store: Store, skus: Sequence[str], quantity: int | None, *, by: str | None = None
) -> None:
    """Set how many units are held of these SKUs (all or none)."""
    quantity = _quantity(quantity)
    with store.engine.begin() as conn:
        values = {"quantity": quantity, "updated_by": _who(by), "updated_at": _now()}
        for chunk in in_chunks(_known(conn, skus)):  # one time for the whole change
            conn.execute(update(InventoryItem).where(InventoryItem.sku.in_(chunk)).values(**values))


def decide(
    store: Store,
    skus: Sequence[str],
    disposition: Disposition,
    *,
    note: str | None = None,
    by: str | None = None,
) -> None:
    """Record what happens to these SKUs (all or none)."""
    with store.engine.begin() as conn:
        wanted = _known(conn, skus)
        values: dict[str, Any] = {
            "disposition": disposition.value,
            "updated_by": _who(by),
            "updated_at": _now(),
        }
        if note is not None:
            values["note"] = note.strip() or None
        for chunk in in_chunks(wanted):
            conn.execute(update(InventoryItem).where(InventoryItem.sku.in_(chunk)).values(**values))


def remove_stock(store: Store, skus: Sequence[str]) -> None:
    """Take SKUs off the list (all or none). SKUs found in the orders come back the next
    time they are collected: for those, set the quantity to 0 instead."""
    with store.engine.begin() as conn:
        for chunk in in_chunks(_known(conn, skus)):
            conn.execute(delete(InventoryItem).where(InventoryItem.sku.in_(chunk)))


@dataclass
class StockImport:
    added: int = 0
    updated: int = 0


def import_stock_file(store: Store, path: Path, *, by: str | None = None) -> StockImport:
    """Add or update SKUs from the merchant's own list (quantities and titles it gives
    replace the stored ones; decisions are kept)."""
    lines = read_stock_sheet(path)
    result = StockImport()
    stamp = {"updated_by": _who(by), "updated_at": _now()}
    added: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    with store.engine.begin() as conn:
        listed = set(conn.scalars(select(InventoryItem.sku)))
        seen: set[str] = set()
        for line in lines:
            sku = _sku(line.sku)
            if sku in listed:
                changes.append(
                    {"key": sku, "new_title": line.title or None, "new_quantity": line.quantity}
                )
                result.updated += sku not in seen
            else:
                added.append(
                    {
                        "sku": sku,
                        "title": line.title or None,
                        "quantity": line.quantity,
                        "disposition": Disposition.UNDECIDED.value,
                        "source": FROM_FILE,
                        **stamp,
                    }
                )
                listed.add(sku)
                result.added += 1
            seen.add(sku)
        # One statement each, run for many rows (a list of 40,000 SKUs took 10 s row by
        # row). A SKU listed twice is added, then changed by its later lines, in order.
        if added:
            conn.execute(insert(InventoryItem), added)
        if changes:
            conn.execute(
                update(InventoryItem)
                .where(InventoryItem.sku == bindparam("key"))
                .values(
                    # What a line leaves empty keeps its stored value.
                    title=func.coalesce(bindparam("new_title"), InventoryItem.title),
                    quantity=func.coalesce(bindparam("new_quantity"), InventoryItem.quantity),
                    **stamp,
                ),
                changes,
            )
    return result


def stock_summary(store: Store) -> StockSummary:
    """How many SKUs are listed, how many still need a decision, how many units are held."""
    summary = StockSummary(by_disposition={d.value: 0 for d in Disposition})
    undecided = InventoryItem.disposition == Disposition.UNDECIDED.value
    held = InventoryItem.disposition.in_((Disposition.UNDECIDED.value, Disposition.KEPT.value))
    with store.engine.connect() as conn:
        for code, count in conn.execute(
            select(InventoryItem.disposition, func.count()).group_by(InventoryItem.disposition)
        ):
            summary.by_disposition[code] = count
        summary.skus = sum(summary.by_disposition.values())
        summary.undecided = int(
            conn.scalar(
                select(func.count()).where(
                    undecided,
                    or_(InventoryItem.quantity.is_(None), InventoryItem.quantity != 0),
                )
            )
            or 0
        )
        summary.units_held = int(
            conn.scalar(select(func.coalesce(func.sum(InventoryItem.quantity), 0)).where(held)) or 0
        )
    return summary
