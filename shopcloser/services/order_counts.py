"""How many orders each filter choice would show, the other choices and the search applied."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, distinct, exists, func, select
from sqlalchemy.engine import Connection

from shopcloser.domain.statuses import NO_REFUND_SHOWN, OPEN_REFUND_STATUSES, RefundStatus
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
    # Refunds the files show are few; items without a state in their files may be every
    # item of a store of older exports, so they are counted apart, and only if any exist.
    shown = [s.value for s in RefundStatus if s not in NO_REFUND_SHOWN]
    open_codes = [s.value for s in OPEN_REFUND_STATUSES]
    joined = (
        select(OrderItem.refund_status, func.count(distinct(OrderItem.order_id)))
        .join(Order, Order.order_id == OrderItem.order_id)
        .where(OrderItem.refund_status.in_(shown), *clauses)
        .group_by(OrderItem.refund_status)
    )
    counts = {code: n for chunk in sql.run_raw(conn, joined, cancel) for code, n in chunk}
    any_refund = (
        select(func.count(distinct(OrderItem.order_id)))
        .join(Order, Order.order_id == OrderItem.order_id)
        .where(OrderItem.refund_status.in_(shown), *clauses)
    )
    with_any = count_value(conn, any_refund, cancel)
    open_any = any_refund.where(OrderItem.refund_status.in_(open_codes))
    counts[ANY_OPEN_REFUND] = count_value(conn, open_any, cancel)
    unknown = _not_in_files(conn, clauses, any_refund, cancel)
    counts[RefundStatus.NOT_IN_FILES.value] = unknown.orders
    counts[RefundStatus.NO_REFUND.value] = total - (with_any + unknown.orders - unknown.also_shown)
    counts[""] = total
    return counts


@dataclass(frozen=True)
class _Unknown:
    orders: int = 0  # orders with an item whose files gave no refund state
    also_shown: int = 0  # ...that also have an item with a refund state shown


def _not_in_files(
    conn: Connection,
    clauses: list[ColumnElement[bool]],
    any_refund: Select[Any],
    cancel: CancelToken | None,
) -> _Unknown:
    code = RefundStatus.NOT_IN_FILES.value
    if (
        conn.execute(
            select(OrderItem.order_id).where(OrderItem.refund_status == code).limit(1)
        ).first()
        is None
    ):
        return _Unknown()
    items = select(OrderItem.order_id).where(OrderItem.refund_status == code)
    orders = count_orders(conn, [Order.order_id.in_(items), *clauses], cancel)
    other = OrderItem.__table__.alias("unknown_items")  # not the outer query's item
    # Looked up by the order's id: through the refund state's index, SQLite would read
    # every item without a state for each order (60,000 orders of a 2017 item report:
    # over a minute).
    unindexed_state = sql.unindexed(other.c.refund_status, conn.dialect)
    of_this_order = exists().where(other.c.order_id == Order.order_id, unindexed_state == code)
    return _Unknown(orders, count_value(conn, any_refund.where(of_this_order), cancel))
