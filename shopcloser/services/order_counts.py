"""How many orders each filter choice would show, the other choices and the search applied."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, distinct, func, select
from sqlalchemy.engine import Connection

from shopcloser.domain.statuses import OPEN_REFUND_STATUSES, RefundStatus
from shopcloser.services import order_sql as sql
from shopcloser.services.order_sql import ANY_OPEN_REFUND, OrderFilter
from shopcloser.services.orders import OrderQuery, count_orders, count_value, current_cutoff
from shopcloser.services.progress import CancelToken
from shopcloser.store.database import Store
from shopcloser.store.models import Order, OrderItem


@dataclass
class FilterCounts:
    """How many orders each filter choice would show, given the other choices."""

    by_filter: dict[OrderFilter, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)  # "" = any status
    by_refund: dict[str, int] = field(default_factory=dict)  # "" = any refund state


def filter_counts(
    store: Store,
    query: OrderQuery,
    *,
    cutoff: datetime | None = None,
    cancel: CancelToken | None = None,
) -> FilterCounts:
    """Counts for each choice of each filter, the other filters and the search applied."""
    cutoff = cutoff or current_cutoff(store)
    counts = FilterCounts()
    with store.engine.connect() as conn:
        cut = sql.cutoff_value(conn.dialect, cutoff)
        indexed = not sql.refund_drives(query.refund, conn.dialect)
        standing = sql.filter_clause(query.filter, cut, indexed=indexed)
        status = sql.status_clause(query.status, indexed=indexed)
        refund = sql.refund_clause(query.refund)
        search = sql.search_clause(query.search, conn)

        # Grouping along the status index would look up every order to test the filter.
        group = (
            Order.status
            if query.filter is OrderFilter.ALL
            else sql.unindexed(Order.__table__.c.status, conn.dialect)
        )
        stmt = select(Order.status, func.count()).where(standing, refund, search).group_by(group)
        counts.by_status = {
            code: n for chunk in sql.run_raw(conn, stmt, cancel) for code, n in chunk
        }
        counts.by_status[""] = sum(counts.by_status.values())
        # Orders matching every choice: often the answer to another count, saving a scan.
        shown = counts.by_status.get(query.status or "", 0)

        base = [status, refund, search]
        counts.by_filter[OrderFilter.ALL] = (
            shown if query.filter is OrderFilter.ALL else count_orders(conn, base, cancel)
        )
        counts.by_filter[OrderFilter.BLOCKING] = counts.by_filter[OrderFilter.HANDLED] = 0
        handled_groups = (
            select(Order.handled, func.count())
            .where(sql.would_block(), *base)
            .group_by(Order.handled)
        )
        for chunk in sql.run_raw(conn, handled_groups, cancel):
            for handled, n in chunk:
                counts.by_filter[OrderFilter.HANDLED if handled else OrderFilter.BLOCKING] = n
        watch = sql.filter_clause(OrderFilter.WATCH, cut)
        counts.by_filter[OrderFilter.WATCH] = count_orders(conn, [watch, *base], cancel)
        counts.by_filter[OrderFilter.FLAGGED] = count_orders(conn, [sql.flagged(), *base], cancel)

        others = [standing, status, search]
        total = shown if query.refund is None else count_orders(conn, others, cancel)
        counts.by_refund = _refund_counts(conn, others, total, cancel)
    return counts


def _refund_counts(
    conn: Connection,
    clauses: list[ColumnElement[bool]],
    total: int,
    cancel: CancelToken | None,
) -> dict[str, int]:
    """Orders per refund state (an order with two states counts under both)."""
    with_refund = [s.value for s in RefundStatus if s is not RefundStatus.NO_REFUND]
    open_codes = [s.value for s in OPEN_REFUND_STATUSES]
    joined = (
        select(OrderItem.refund_status, func.count(distinct(OrderItem.order_id)))
        .join(Order, Order.order_id == OrderItem.order_id)
        .where(OrderItem.refund_status.in_(with_refund), *clauses)
        .group_by(OrderItem.refund_status)
    )
    counts = {code: n for chunk in sql.run_raw(conn, joined, cancel) for code, n in chunk}
    any_refund = (
        select(func.count(distinct(OrderItem.order_id)))
        .join(Order, Order.order_id == OrderItem.order_id)
        .where(OrderItem.refund_status.in_(with_refund), *clauses)
    )
    with_any = count_value(conn, any_refund, cancel)
    open_any = any_refund.where(OrderItem.refund_status.in_(open_codes))
    counts[ANY_OPEN_REFUND] = count_value(conn, open_any, cancel)
    counts[RefundStatus.NO_REFUND.value] = total - with_any
    counts[""] = total
    return counts
