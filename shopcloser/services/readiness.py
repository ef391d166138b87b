"""Can the shop close? The counts behind the readiness header and its verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from shopcloser.domain.closure import Reason
from shopcloser.domain.handling import Verdict, closing_verdict, parse_reasons
from shopcloser.domain.statuses import TradeStatus
from shopcloser.services import order_sql as sql
from shopcloser.services.inventory import StockSummary, stock_summary
from shopcloser.services.order_sql import OrderFilter
from shopcloser.services.orders import current_cutoff
from shopcloser.store.database import Store
from shopcloser.store.models import Order


@dataclass
class Readiness:
    orders: int = 0
    blocking: int = 0  # would block and not handled
    handled: int = 0  # would block, handled by the merchant
    watch: int = 0  # finished, still inside the after-sales window
    by_reason: dict[Reason, int] = field(default_factory=dict)  # of the blocking orders
    by_status: dict[str, int] = field(default_factory=dict)  # of all orders
    stock: StockSummary = field(default_factory=StockSummary)
    verdict: Verdict = Verdict.NO_ORDERS

    @property
    def to_handle(self) -> int:
        """Orders that needed handling: the progress bar's whole."""
        return self.blocking + self.handled

    def as_json(self) -> dict[str, Any]:
        return {
            "orders": self.orders,
            "blocking": self.blocking,
            "handled": self.handled,
            "watch": self.watch,
            "by_reason": {reason.value: n for reason, n in self.by_reason.items()},
            "by_status": self.by_status,
            "stock": self.stock.as_json(),
            "verdict": self.verdict.value,
        }


def readiness(store: Store, *, now: datetime | None = None) -> Readiness:
    """Counts over the whole store (no filter), each from an index."""
    cutoff = current_cutoff(store, now)
    result = Readiness(
        by_reason=dict.fromkeys(Reason, 0), by_status={code.value: 0 for code in TradeStatus}
    )
    with store.engine.connect() as conn:
        for code, count in conn.execute(select(Order.status, func.count()).group_by(Order.status)):
            result.by_status[code] = count
        result.orders = sum(result.by_status.values())
        groups = (
            select(Order.blocking_reasons, Order.handled, func.count())
            .where(sql.would_block())
            .group_by(Order.blocking_reasons, Order.handled)
        )
        for stored, handled, count in conn.execute(groups):
            if handled:
                result.handled += count
                continue
            result.blocking += count
            for reason in parse_reasons(stored):
                result.by_reason[reason] += count
        watch = sql.filter_clause(OrderFilter.WATCH, sql.cutoff_value(conn.dialect, cutoff))
        result.watch = int(conn.scalar(select(func.count()).select_from(Order).where(watch)) or 0)
    result.stock = stock_summary(store)
    result.verdict = closing_verdict(
        orders=result.orders,
        blocking=result.blocking,
        watch=result.watch,
        stock_undecided=result.stock.undecided,
    )
    return result
