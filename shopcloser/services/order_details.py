"""One order's story: its items with their refund states, its times, its marks history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from shopcloser.domain.closure import Reason, Standing
from shopcloser.domain.handling import finish_time, parse_reasons
from shopcloser.domain.statuses import RefundStatus, TradeStatus
from shopcloser.services.orders import (
    MarkEntry,
    current_cutoff,
    mark_entry,
    refund_status,
    standing_of,
    trade_status,
)
from shopcloser.store.database import Store
from shopcloser.store.models import HandledMark, Order, OrderItem, Shop


@dataclass(frozen=True)
class ItemView:
    item_key: str
    sub_order_id: str | None
    title: str | None
    sku_props: str | None
    merchant_code: str | None
    quantity: int | None
    price: Decimal | None
    status: TradeStatus
    refund_status: RefundStatus
    refund_status_text: str | None
    refund_amount: Decimal | None


@dataclass(frozen=True)
class OrderDetails:
    """Everything about one order, personal data included: shown masked unless asked."""

    order_id: str
    status: TradeStatus
    status_text: str
    close_reason: str | None
    standing: Standing
    reasons: tuple[Reason, ...]
    handled: bool
    buyer_nick: str | None
    receiver_name: str | None
    receiver_phone: str | None
    receiver_address: str | None
    buyer_message: str | None
    merchant_note: str | None
    created_at: datetime | None
    paid_at: datetime | None
    shipped_at: datetime | None
    confirmed_at: datetime | None
    amount: Decimal | None
    refund_amount: Decimal | None
    logistics_company: str | None
    tracking_no: str | None
    shop_name: str | None
    items: tuple[ItemView, ...]
    marks: tuple[MarkEntry, ...]
    # Cells of its rows the import could not read, as (column, text in the file): the
    # order's own row first, then its items' rows.
    unread: tuple[tuple[str, str], ...] = ()


def order_details(
    store: Store, order_id: str, *, cutoff: datetime | None = None
) -> OrderDetails | None:
    """One order with its items and its whole marks history, oldest first."""
    cutoff = cutoff or current_cutoff(store)
    with store.sessions() as session:
        order = session.get(Order, order_id)
        if order is None:
            return None
        items = session.scalars(
            select(OrderItem)
            .where(OrderItem.order_id == order_id)
            .order_by(OrderItem.line_no, OrderItem.item_key)
        ).all()
        marks = session.execute(
            select(HandledMark).where(HandledMark.order_id == order_id).order_by(HandledMark.id)
        ).scalars()
        status = trade_status(order.status)
        reasons = parse_reasons(order.blocking_reasons)
        finished = finish_time(
            order.confirmed_at, order.shipped_at, order.paid_at, order.created_at
        )
        shop = session.get(Shop, order.shop_id) if order.shop_id is not None else None
        return OrderDetails(
            order_id=order.order_id,
            status=status,
            status_text=order.status_text,
            close_reason=order.close_reason,
            standing=standing_of(reasons, order.handled, status, finished, cutoff),
            reasons=reasons,
            handled=order.handled,
            buyer_nick=order.buyer_nick,
            receiver_name=order.receiver_name,
            receiver_phone=order.receiver_mobile or order.receiver_phone,
            receiver_address=order.receiver_address,
            buyer_message=order.buyer_message,
            merchant_note=order.merchant_note,
            created_at=order.created_at,
            paid_at=order.paid_at,
            shipped_at=order.shipped_at,
            confirmed_at=order.confirmed_at,
            amount=order.paid_amount if order.paid_amount is not None else order.total_amount,
            refund_amount=order.refund_amount,
            logistics_company=order.logistics_company,
            tracking_no=order.tracking_no,
            shop_name=shop.name if shop else None,
            items=tuple(
                ItemView(
                    item_key=item.item_key,
                    sub_order_id=item.sub_order_id,
                    title=item.title,
                    sku_props=item.sku_props,
                    merchant_code=item.merchant_code,
                    quantity=item.quantity,
                    price=item.price,
                    status=trade_status(item.status),
                    refund_status=refund_status(item.refund_status),
                    refund_status_text=item.refund_status_text,
                    refund_amount=item.refund_amount,
                )
                for item in items
            ),
            marks=tuple(mark_entry(m) for m in marks),
            unread=tuple(
                (str(column), str(text))
                for problems in (order.problems, *(item.problems for item in items))
                for column, text in problems or ()
            ),
        )
