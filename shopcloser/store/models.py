"""The tables of a ShopCloser store.

Ids from the platform are text (their length varies). Money is stored as fen through
:class:`Money`. Handled-marks are an append-only log: undoing a mark adds a row.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shopcloser.store.types import Money

# When a finished order finished, as far as the files tell (domain.handling.finish_time).
FINISH_TIME_SQL = "coalesce(confirmed_at, shipped_at, paid_at, created_at)"


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Shop(Base):
    __tablename__ = "shops"

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_shop_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))


class Order(Base):
    __tablename__ = "orders"

    order_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    shop_id: Mapped[int | None] = mapped_column(ForeignKey("shops.id"))
    status: Mapped[str] = mapped_column(String(32), index=True)
    status_text: Mapped[str] = mapped_column(String(100), default="")
    close_reason: Mapped[str | None] = mapped_column(Text)
    buyer_nick: Mapped[str | None] = mapped_column(String(200))
    buyer_alipay: Mapped[str | None] = mapped_column(String(200))
    receiver_name: Mapped[str | None] = mapped_column(String(200))
    receiver_address: Mapped[str | None] = mapped_column(Text)
    receiver_phone: Mapped[str | None] = mapped_column(String(64))
    receiver_mobile: Mapped[str | None] = mapped_column(String(64))
    buyer_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime | None] = mapped_column(index=True)
    paid_at: Mapped[datetime | None]
    shipped_at: Mapped[datetime | None]
    confirmed_at: Mapped[datetime | None]
    goods_amount: Mapped[Decimal | None] = mapped_column(Money)
    postage: Mapped[Decimal | None] = mapped_column(Money)
    total_amount: Mapped[Decimal | None] = mapped_column(Money)
    paid_amount: Mapped[Decimal | None] = mapped_column(Money)
    refund_amount: Mapped[Decimal | None] = mapped_column(Money)
    item_titles: Mapped[str | None] = mapped_column(Text)
    item_count: Mapped[int | None]
    logistics_company: Mapped[str | None] = mapped_column(String(100))
    tracking_no: Mapped[str | None] = mapped_column(String(100))
    merchant_note: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # True when only an item report has mentioned this order so far.
    from_items_only: Mapped[bool] = mapped_column(default=False)
    # Rows that could not be read completely; the reasons, for the merchant to review.
    problems: Mapped[list[Any]] = mapped_column(default=list)
    # Derived from the domain rules at import/mark time so that counts stay one SQL query.
    blocking_reasons: Mapped[str] = mapped_column(String(100), default="")
    handled: Mapped[bool] = mapped_column(default=False)
    first_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    last_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))

    __table_args__ = (
        Index("ix_orders_blocking", "blocking_reasons", "handled"),
        # The watch list (finished, still inside after-sales) by finish time; the same
        # expression as shopcloser.services.orders.FINISH_TIME so that SQLite uses it.
        Index("ix_orders_finish_time", "status", text(FINISH_TIME_SQL)),
    )


class OrderItem(Base):
    __tablename__ = "order_items"

    item_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.order_id"), index=True)
    sub_order_id: Mapped[str | None] = mapped_column(String(40))
    line_no: Mapped[int] = mapped_column(default=1)
    title: Mapped[str | None] = mapped_column(Text)
    price: Mapped[Decimal | None] = mapped_column(Money)
    quantity: Mapped[int | None]
    sku_props: Mapped[str | None] = mapped_column(Text)
    merchant_code: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(32))
    status_text: Mapped[str] = mapped_column(String(100), default="")
    refund_status: Mapped[str] = mapped_column(String(32), index=True)
    refund_status_text: Mapped[str | None] = mapped_column(String(100))
    refund_amount: Mapped[Decimal | None] = mapped_column(Money)
    paid_amount: Mapped[Decimal | None] = mapped_column(Money)
    created_at: Mapped[datetime | None]
    paid_at: Mapped[datetime | None]
    shipped_at: Mapped[datetime | None]
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    problems: Mapped[list[Any]] = mapped_column(default=list)
    first_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    last_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    # One entry per file: name, sha256, kind (orders/items), layout, headers, rows.
    files: Mapped[list[Any]] = mapped_column(default=list)
    orders_added: Mapped[int] = mapped_column(default=0)
    orders_updated: Mapped[int] = mapped_column(default=0)
    items_added: Mapped[int] = mapped_column(default=0)
    items_updated: Mapped[int] = mapped_column(default=0)
    flagged_rows: Mapped[int] = mapped_column(default=0)
    undone_at: Mapped[datetime | None]
    # Stored orders the import deleted (ChunkWriter.remove_stubs); None for imports made
    # before it was recorded (migration 0004): not known.
    orders_removed: Mapped[int | None] = mapped_column(default=0)


class BatchChange(Base):
    """What a batch overwrote, so that undoing it restores exactly the state before it."""

    __tablename__ = "batch_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), index=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_key: Mapped[str] = mapped_column(String(64))
    # The row as it was before the batch; None when the batch created it.
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class HandledMark(Base):
    """Append-only audit log of the merchant marking orders handled (or undoing that)."""

    __tablename__ = "handled_marks"

    id: Mapped[int] = mapped_column(primary_key=True)
    # No foreign key: the log outlives an undone import of the order it speaks of.
    order_id: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "mark" or "unmark"
    action: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    by: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime]


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class InventoryItem(Base):
    """Leftover stock: one SKU (商家编码), how much is left, and what happens to it."""

    __tablename__ = "inventory_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    # Units still held; None until the merchant has counted them.
    quantity: Mapped[int | None]
    disposition: Mapped[str] = mapped_column(String(32), default="undecided")
    note: Mapped[str | None] = mapped_column(Text)
    # "orders" (found in the item report), "entered" (typed in) or "file" (imported).
    source: Mapped[str] = mapped_column(String(16), default="entered")
    updated_by: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[datetime | None]
