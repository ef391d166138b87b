"""Sheets derived for the merchant: About, Transactions, Customers and After-sales.

They are checksummed like every sheet but not restored from: restore rebuilds the store
from the source sheets, and these follow from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import exists, func, literal, select, union_all
from sqlalchemy.engine import Connection

from shopcloser import __version__
from shopcloser.domain.statuses import NO_REFUND_SHOWN
from shopcloser.formats.backup_cells import Column, Kind
from shopcloser.services import personal_data as personal
from shopcloser.services.backup_labels import Labels, label
from shopcloser.services.backup_sheets import (
    ABOUT,
    AFTER_SALES,
    CUSTOMERS,
    SHEET_ORDER,
    TRANSACTIONS,
    Sheet,
)
from shopcloser.store.models import Order, OrderItem

_ID_WIDTH = 21.0
_ZERO = Decimal(0)


def _col(labels: Labels, key: str, kind: Kind = Kind.TEXT, width: float | None = None) -> Column:
    return Column(key, label(labels, f"col.{key}"), kind, width)


def _count(conn: Connection, query: Any) -> int:
    return int(conn.execute(select(func.count()).select_from(query.subquery())).scalar() or 0)


def about_sheet(
    conn: Connection,
    labels: Labels,
    masked: bool,
    now: datetime,
    shops: dict[int, tuple[Any, Any]],
) -> Sheet:
    columns = [
        Column("about.what", label(labels, "about.what"), Kind.TEXT, 24.0),
        Column("about.value", label(labels, "about.value"), Kind.TEXT, 100.0),
    ]
    names = "、".join(
        str(name or platform_id) for platform_id, name in shops.values() if name or platform_id
    )
    rows: list[list[Any]] = [
        [label(labels, "about.heading"), None],
        [label(labels, "about.shops"), names or "—"],
        [label(labels, "about.written"), now.strftime("%Y-%m-%d %H:%M:%S")],
        [label(labels, "about.version"), __version__],
        [label(labels, "about.copy"), label(labels, "about.masked" if masked else "about.full")],
        [label(labels, "sheet.manifest"), label(labels, "about.check")],
        [label(labels, "col.time"), label(labels, "about.times")],
    ]
    for key in (*SHEET_ORDER[1:], "manifest"):
        if masked and key == "changes":
            continue
        rows.append([label(labels, f"sheet.{key}"), label(labels, f"desc.{key}")])
    return Sheet(ABOUT, columns, lambda: iter(rows), len(rows))


def transactions_sheet(conn: Connection, labels: Labels) -> Sheet:
    """Payments (paid orders) and refunds (per item, else per order)."""
    columns = [
        _col(labels, "time", Kind.TIME),
        _col(labels, "order", width=_ID_WIDTH),
        _col(labels, "sub_order", width=_ID_WIDTH),
        _col(labels, "kind", width=10.0),
        _col(labels, "amount", Kind.MONEY),
        _col(labels, "state", width=30.0),
    ]
    payment, refund = label(labels, "kind.payment"), label(labels, "kind.refund")
    payments = select(
        Order.paid_at,
        Order.order_id,
        literal(None).label("sub"),
        literal(payment).label("kind"),
        Order.paid_amount,
        Order.status_text,
    ).where(Order.paid_at.is_not(None))
    item_refunds = select(
        literal(None).label("at"),
        OrderItem.order_id,
        OrderItem.sub_order_id,
        literal(refund).label("kind"),
        OrderItem.refund_amount,
        OrderItem.refund_status_text,
    ).where(OrderItem.refund_amount > _ZERO)
    order_refunds = select(
        literal(None).label("at"),
        Order.order_id,
        literal(None).label("sub"),
        literal(refund).label("kind"),
        Order.refund_amount,
        Order.status_text,
    ).where(
        Order.refund_amount > _ZERO,
        ~exists(
            select(1).where(OrderItem.order_id == Order.order_id, OrderItem.refund_amount > _ZERO)
        ),
    )
    queries = (payments.order_by(Order.paid_at, Order.order_id), item_refunds, order_refunds)

    def rows() -> Iterator[list[Any]]:
        for query in queries:
            for row in conn.execution_options(yield_per=2000).execute(query):
                yield list(row)

    count = _count(conn, union_all(payments, item_refunds, order_refunds))
    return Sheet(TRANSACTIONS, columns, rows, count)


def customers_sheet(conn: Connection, labels: Labels, masked: bool) -> Sheet:
    """One row per buyer, with the contact details of their latest order."""
    columns = [
        _col(labels, "member", width=18.0),
        _col(labels, "alipay", width=22.0),
        _col(labels, "receiver", width=12.0),
        _col(labels, "phone", width=15.0),
        _col(labels, "address", width=44.0),
        _col(labels, "order_count", Kind.INT),
        _col(labels, "total_paid", Kind.MONEY),
        _col(labels, "first_order", Kind.TIME),
        _col(labels, "last_order", Kind.TIME),
    ]
    buyer = func.coalesce(
        Order.buyer_nick,
        Order.buyer_alipay,
        Order.receiver_mobile,
        Order.receiver_phone,
        Order.receiver_name,
    )
    latest = (Order.created_at.desc(), Order.order_id.desc())
    inner = (
        select(
            buyer.label("buyer"),
            Order.buyer_nick,
            Order.buyer_alipay,
            Order.receiver_name,
            func.coalesce(Order.receiver_mobile, Order.receiver_phone).label("phone"),
            Order.receiver_address,
            func.count().over(partition_by=buyer).label("orders"),
            func.sum(Order.paid_amount).over(partition_by=buyer).label("paid"),
            func.min(Order.created_at).over(partition_by=buyer).label("first"),
            func.max(Order.created_at).over(partition_by=buyer).label("last"),
            func.row_number().over(partition_by=buyer, order_by=latest).label("rank"),
        )
        .where(buyer.is_not(None))
        .subquery()
    )
    query = (
        select(*[c for c in inner.c if c.name not in ("buyer", "rank")])
        .where(inner.c.rank == 1)
        .order_by(inner.c.buyer)
    )
    masks = [personal.NAME, personal.ACCOUNT, personal.NAME, personal.PHONE, personal.ADDRESS]

    def rows() -> Iterator[list[Any]]:
        for row in conn.execution_options(yield_per=2000).execute(query):
            values = list(row)
            if masked:
                values[:5] = [m(v) for m, v in zip(masks, values[:5], strict=True)]
            yield values

    count = int(conn.execute(select(func.count(func.distinct(buyer)))).scalar() or 0)
    return Sheet(CUSTOMERS, columns, rows, count)


def after_sales_sheet(conn: Connection, labels: Labels, masked: bool) -> Sheet:
    """Items with a refund state their files show (not "no refund", not unknown)."""
    columns = [
        _col(labels, "order", width=_ID_WIDTH),
        _col(labels, "sub_order", width=_ID_WIDTH),
        _col(labels, "item_title", width=36.0),
        _col(labels, "refund_status", width=26.0),
        _col(labels, "refund_text", width=30.0),
        _col(labels, "refund_amount", Kind.MONEY),
        _col(labels, "paid_amount", Kind.MONEY),
        _col(labels, "order_status", width=26.0),
        _col(labels, "member", width=18.0),
    ]
    query = (
        select(
            OrderItem.order_id,
            OrderItem.sub_order_id,
            OrderItem.title,
            OrderItem.refund_status,
            OrderItem.refund_status_text,
            OrderItem.refund_amount,
            OrderItem.paid_amount,
            Order.status,
            Order.buyer_nick,
        )
        .join(Order, Order.order_id == OrderItem.order_id)
        .where(OrderItem.refund_status.not_in(sorted(NO_REFUND_SHOWN)))
        .order_by(OrderItem.order_id, OrderItem.line_no, OrderItem.item_key)
    )

    def rows() -> Iterator[list[Any]]:
        for row in conn.execution_options(yield_per=2000).execute(query):
            values = list(row)
            if masked:
                values[8] = personal.NAME(values[8])
            yield values

    return Sheet(AFTER_SALES, columns, rows, _count(conn, query))
