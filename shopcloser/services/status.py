"""How many orders there are, and how many still stand in the way of closing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, literal, select

from shopcloser.domain.statuses import RefundStatus, TradeStatus
from shopcloser.services import order_sql
from shopcloser.store.database import Store
from shopcloser.store.models import InventoryItem, Order, OrderItem


@dataclass
class StoreStatus:
    orders: int = 0
    items: int = 0
    blocking: int = 0
    handled: int = 0
    flagged: int = 0  # orders with rows to review
    without_items: int = 0  # orders no imported item report lists: refunds unknown
    by_status: dict[str, int] = field(default_factory=dict)
    by_refund_status: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "orders": self.orders,
            "items": self.items,
            "blocking": self.blocking,
            "handled": self.handled,
            "flagged": self.flagged,
            "without_items": self.without_items,
            "by_status": self.by_status,
            "by_refund_status": self.by_refund_status,
        }


def store_status(store: Store) -> StoreStatus:
    """Counts over the whole store; every canonical code appears, zeros included."""
    with store.sessions() as session:
        by_status = {code.value: 0 for code in TradeStatus}
        for code, count in session.execute(
            select(Order.status, func.count()).group_by(Order.status)
        ):
            by_status[code] = count
        by_refund = {code.value: 0 for code in RefundStatus}
        for code, count in session.execute(
            select(OrderItem.refund_status, func.count()).group_by(OrderItem.refund_status)
        ):
            by_refund[code] = count
        items = session.scalar(select(func.count()).select_from(OrderItem)) or 0
        would_block = Order.blocking_reasons != ""
        blocking = (
            session.scalar(select(func.count()).where(would_block, Order.handled.is_(False))) or 0
        )
        handled = (
            session.scalar(select(func.count()).where(would_block, Order.handled.is_(True))) or 0
        )
        flagged = session.scalar(select(func.count()).where(order_sql.flagged())) or 0
        listed = select(OrderItem.order_id).where(OrderItem.order_id == Order.order_id)
        without_items = (
            session.scalar(select(func.count()).select_from(Order).where(~listed.exists())) or 0
        )
    return StoreStatus(
        orders=sum(by_status.values()),
        items=items,
        blocking=blocking,
        handled=handled,
        flagged=flagged,
        without_items=without_items,
        by_status=by_status,
        by_refund_status=by_refund,
    )


def holds_data(store: Store) -> bool:
    """Whether the store holds anything a backup would keep: orders, their items, or
    leftover stock. Quick on any store (it stops at the first row)."""
    with store.engine.connect() as conn:
        return any(
            conn.execute(select(literal(1)).select_from(model).limit(1)).first() is not None
            for model in (Order, OrderItem, InventoryItem)
        )
