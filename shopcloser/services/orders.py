"""Finding orders: the filtered, searched and sorted list, a page of rows at a time.

The window's table holds only *keys* (see :func:`order_keys`) and asks for the rows of
the few it shows (:func:`fetch_rows`), so a million orders never sit in memory. Key lists
of a large store take a fraction of a second: run them off the GUI thread. Counts are in
:mod:`shopcloser.services.order_counts`, one order's story in
:mod:`shopcloser.services.order_details`.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, literal, select
from sqlalchemy.engine import Connection

from shopcloser.domain.closure import Reason, Standing
from shopcloser.domain.handling import (
    MarkKind,
    parse_reasons,
    refund_summary,
    watch_cutoff,
)
from shopcloser.domain.statuses import (
    FINISHED_TRADE_STATUSES,
    RefundStatus,
    TradeStatus,
)
from shopcloser.services import order_sql as sql
from shopcloser.services.bulk_sql import in_chunks, in_list
from shopcloser.services.order_sql import ANY_OPEN_REFUND, OrderFilter, SortColumn
from shopcloser.services.progress import CancelToken
from shopcloser.services.settings import after_sales_days
from shopcloser.store import search_index
from shopcloser.store.database import Store
from shopcloser.store.models import HandledMark, Order, OrderItem

__all__ = [
    "ANY_OPEN_REFUND",
    "MarkEntry",
    "OrderFilter",
    "OrderQuery",
    "OrderRow",
    "SortColumn",
    "fetch_rows",
    "first_keys",
    "iter_orders",
    "order_ids_for_keys",
    "order_keys",
]

Key = int | str
# Keys per IN (...) list: well under SQLite's limit on bound parameters.
IN_CHUNK = 5_000


@dataclass(frozen=True)
class OrderQuery:
    """What the merchant asked to see, and in which order."""

    filter: OrderFilter = OrderFilter.ALL
    status: str | None = None  # a TradeStatus code
    refund: str | None = None  # a RefundStatus code, or ANY_OPEN_REFUND
    search: str = ""
    sort: SortColumn = SortColumn.CREATED
    descending: bool = False


@dataclass(frozen=True)
class MarkEntry:
    """One row of the append-only marks log."""

    id: int
    order_id: str
    kind: MarkKind
    action: str | None
    note: str | None
    by: str | None
    at: datetime


@dataclass(slots=True)  # not frozen: built by the hundred thousand, and frozen costs
class OrderRow:
    """What the orders table shows of one order (personal data unmasked: mask on screen)."""

    key: Key
    order_id: str
    created_at: datetime | None
    paid_at: datetime | None
    status: TradeStatus
    status_text: str
    amount: Decimal | None
    buyer_nick: str | None
    items: str
    reasons: tuple[Reason, ...]
    handled: bool
    standing: Standing
    refund_states: tuple[RefundStatus, ...]
    mark: MarkEntry | None  # the mark in force, when handled


_TRADE = {status.value: status for status in TradeStatus}
_REFUND = {status.value: status for status in RefundStatus}


def trade_status(code: str) -> TradeStatus:
    return _TRADE.get(code, TradeStatus.UNKNOWN)


def refund_status(code: str) -> RefundStatus:
    return _REFUND.get(code, RefundStatus.UNKNOWN)


def standing_of(
    reasons: Sequence[Reason], handled: bool, status: TradeStatus, finished: datetime | None,
    cutoff: datetime,
) -> Standing:  # fmt: skip
    """The same classification as the filters (and domain.closure.assess)."""
    if reasons:
        return Standing.HANDLED if handled else Standing.BLOCKING
    if status in FINISHED_TRADE_STATUSES and finished is not None and finished > cutoff:
        return Standing.WATCH
    return Standing.CLEAR


def current_cutoff(store: Store, now: datetime | None = None) -> datetime:
    """Finished orders that finished after this moment are on the watch list."""
    return watch_cutoff(now or datetime.now(), after_sales_days(store))


# -- key lists ----------------------------------------------------------------------------


def _where(
    conn: Connection, query: OrderQuery, cutoff: datetime, *, use_index: bool = True
) -> list[ColumnElement[bool]]:
    cut = sql.cutoff_value(conn.dialect, cutoff)
    indexed = not sql.refund_drives(query.refund, conn.dialect)
    return [
        sql.filter_clause(query.filter, cut, indexed=indexed),
        sql.status_clause(query.status, indexed=indexed),
        sql.refund_clause(query.refund),
        sql.search_clause(query.search, conn if use_index else None),
    ]


def is_unfiltered(query: OrderQuery) -> bool:
    return (
        query.filter is OrderFilter.ALL
        and query.status is None
        and query.refund is None
        and not sql.search_words(query.search)
    )


def _keys_statement(
    conn: Connection,
    query: OrderQuery,
    where: list[ColumnElement[bool]],
    *,
    sort_index: bool,
) -> sql.AnySelect:
    terms, joined = sql.sort_expressions(query.sort, conn.dialect)
    if not sort_index:
        terms = [sql.unindexed(term, conn.dialect) for term in terms]
    stmt = select(sql.key_column(conn.dialect)).select_from(Order)
    if joined is not None:
        stmt = stmt.outerjoin(joined, joined.c.order_id == Order.order_id)
    stmt = stmt.where(*where)
    return stmt.order_by(*(term.desc() if query.descending else term.asc() for term in terms))


def first_keys(
    store: Store,
    query: OrderQuery,
    limit: int,
    *,
    cutoff: datetime | None = None,
    cancel: CancelToken | None = None,
) -> list[Key]:
    """The keys of the first ``limit`` matching orders, in display order: enough to paint.

    A search that looks like an order id first tries the ids that start with it (an
    instant lookup); :func:`order_keys` then gives the complete answer.
    """
    cutoff = cutoff or current_cutoff(store)
    with store.engine.connect() as conn:
        # Without the search index first: whether to use it is decided below.
        where = _where(conn, query, cutoff, use_index=False)
        by_id = sql.id_prefix_clause(query.search)
        # Only when some id starts so (one primary-key lookup): walking the sort order to
        # find none would read every order.
        if by_id is not None and _any_order(conn, by_id):
            stmt = _keys_statement(conn, query, [*where[:3], by_id], sort_index=True)
            found = [
                row[0] for chunk in sql.run_raw(conn, stmt.limit(limit), cancel) for row in chunk
            ]
            if found:
                return found
        walk = _walk_sort_index(conn, query, where, limit, cancel)
        if not walk:
            # A rare text: the index's matches. (A common one: walking the sort order and
            # testing each order stops after a screenful, sooner than collecting every
            # match from the index first.)
            where = _where(conn, query, cutoff)
        stmt = _keys_statement(conn, query, where, sort_index=walk).limit(limit)
        return [row[0] for chunk in sql.run_raw(conn, stmt, cancel) for row in chunk]


def _walk_sort_index(
    conn: Connection,
    query: OrderQuery,
    where: list[ColumnElement[bool]],
    limit: int,
    cancel: CancelToken | None,
) -> bool:
    """Whether to find the first orders by walking the sort column's index.

    The walk stops after ``limit`` matches, so it reads about limit × total / matches
    orders; reading the filter's own matches and sorting them reads ``matches`` orders.
    Without a search both counts come from indexes in a few milliseconds; with one, the
    search index counts or estimates the matches of its words.
    """
    if is_unfiltered(query):
        return True
    if sql.search_words(query.search):
        # A search's matches can only be counted (or estimated) fast with the search
        # index; without it, walking at least stops early when the text is common.
        if not search_index.has_search_index(conn):
            return True
        # The highest rowid: about how many orders there are, without counting them.
        total = int(conn.exec_driver_sql("SELECT max(rowid) FROM orders").scalar() or 0)
        found = sql.search_matches(conn, query.search, total)
        return found * found > limit * total
    matches = count_orders(conn, where, cancel)
    total = count_orders(conn, [], cancel)
    return matches * matches > limit * total


def order_keys(
    store: Store,
    query: OrderQuery,
    *,
    cutoff: datetime | None = None,
    cancel: CancelToken | None = None,
) -> Sequence[Key]:
    """The keys of every matching order, in display order (an int array on SQLite)."""
    cutoff = cutoff or current_cutoff(store)
    with store.engine.connect() as conn:
        where = _where(conn, query, cutoff)
        stmt = _keys_statement(conn, query, where, sort_index=is_unfiltered(query))
        keys: array[int] | list[Key] = array("q") if conn.dialect.name == "sqlite" else []
        for chunk in sql.run_raw(conn, stmt, cancel):
            keys.extend(row[0] for row in chunk)
        return keys


def order_ids_for_keys(store: Store, keys: Sequence[Key]) -> list[str]:
    """The order ids behind table keys, in the same order (keys no longer there are left out)."""
    with store.engine.connect() as conn:
        key = sql.key_column(conn.dialect)
        found: dict[Key, str] = {}
        for chunk in in_chunks(keys, IN_CHUNK):
            stmt = select(key, Order.order_id).select_from(Order).where(key.in_(chunk))
            for rows in sql.run_raw(conn, stmt):
                found.update((k, order_id) for k, order_id in rows)
    return [found[k] for k in keys if k in found]


# -- rows ---------------------------------------------------------------------------------


def _refund_states(conn: Connection, order_ids: Sequence[str]) -> dict[str, list[RefundStatus]]:
    states: dict[str, list[RefundStatus]] = defaultdict(list)
    for chunk in in_chunks(order_ids, IN_CHUNK):
        for order_id, code in conn.execute(
            select(OrderItem.order_id, OrderItem.refund_status).where(OrderItem.order_id.in_(chunk))
        ):
            states[order_id].append(refund_status(code))
    return states


def mark_entry(row: Any) -> MarkEntry:
    return MarkEntry(
        id=row.id,
        order_id=row.order_id,
        kind=MarkKind(row.kind),
        action=row.action,
        note=row.note,
        by=row.by,
        at=row.at,
    )


def current_marks(conn: Connection, order_ids: Sequence[str]) -> dict[str, MarkEntry]:
    """The latest log entry of each order that has one."""
    latest: dict[str, MarkEntry] = {}
    for chunk in in_chunks(order_ids, IN_CHUNK):
        newest = (
            select(func.max(HandledMark.id))
            .where(HandledMark.order_id.in_(chunk))
            .group_by(HandledMark.order_id)
        )
        for row in conn.execute(select(HandledMark).where(HandledMark.id.in_(newest))):
            latest[row.order_id] = mark_entry(row)
    return latest


_ROW_COLUMNS = (
    Order.order_id,
    Order.created_at,
    Order.paid_at,
    Order.shipped_at,
    Order.confirmed_at,
    Order.status,
    Order.status_text,
    Order.paid_amount,
    Order.total_amount,
    Order.buyer_nick,
    Order.item_titles,
    Order.blocking_reasons,
    Order.handled,
)


def _rows_from(conn: Connection, result: Iterable[Any], cutoff: datetime) -> list[OrderRow]:
    # Plain tuples: attribute access on result rows costs more than the query here.
    raw = [tuple(r) for r in result]
    refunds = _refund_states(conn, [r[1] for r in raw])
    marks = current_marks(conn, [r[1] for r in raw if r[13]])
    no_refunds: tuple[RefundStatus, ...] = ()
    rows = []
    for (
        key, order_id, created, paid, shipped, confirmed, code, status_text,
        paid_amount, total_amount, nick, titles, stored_reasons, handled,
    ) in raw:  # fmt: skip
        status = trade_status(code)
        reasons = parse_reasons(stored_reasons)
        handled = bool(handled)
        mark = marks.get(order_id) if handled else None
        rows.append(
            OrderRow(
                key,
                order_id,
                created,
                paid,
                status,
                status_text,
                paid_amount if paid_amount is not None else total_amount,
                nick,
                titles or "",
                reasons,
                handled,
                # The finish time inlined (domain.handling.finish_time): this loop is hot.
                standing_of(
                    reasons, handled, status, confirmed or shipped or paid or created, cutoff
                ),
                refund_summary(refunds.get(order_id, no_refunds)),
                mark if mark is not None and mark.kind is MarkKind.MARK else None,
            )
        )
    return rows


def fetch_rows(
    store: Store, keys: Sequence[Key], *, cutoff: datetime | None = None
) -> dict[Key, OrderRow]:
    """The rows of a page of keys (keys no longer in the store are simply absent)."""
    cutoff = cutoff or current_cutoff(store)
    with store.engine.connect() as conn:
        key = sql.key_column(conn.dialect)
        stmt = select(key.label("key"), *_ROW_COLUMNS).where(key.in_(in_list(keys)))
        return {row.key: row for row in _rows_from(conn, conn.execute(stmt), cutoff)}


def iter_orders(
    store: Store,
    query: OrderQuery,
    *,
    cutoff: datetime | None = None,
    chunk: int = 2_000,
    cancel: CancelToken | None = None,
) -> Iterator[OrderRow]:
    """Every matching order in display order, a page at a time (for the CLI and reports)."""
    cutoff = cutoff or current_cutoff(store)
    keys = order_keys(store, query, cutoff=cutoff, cancel=cancel)
    for start in range(0, len(keys), chunk):
        if cancel is not None:
            cancel.check()
        page = keys[start : start + chunk]
        rows = fetch_rows(store, page, cutoff=cutoff)
        yield from (rows[k] for k in page if k in rows)


# -- counting -----------------------------------------------------------------------------


def count_value(conn: Connection, stmt: sql.AnySelect, cancel: CancelToken | None) -> int:
    """The single number a counting statement answers (0 when it answers nothing)."""
    for chunk in sql.run_raw(conn, stmt, cancel):
        return int(chunk[0][0] or 0)
    return 0


def _any_order(conn: Connection, clause: ColumnElement[bool]) -> bool:
    return (
        conn.execute(select(literal(1)).select_from(Order).where(clause).limit(1)).first()
        is not None
    )


def count_orders(
    conn: Connection, clauses: Iterable[ColumnElement[bool]], cancel: CancelToken | None
) -> int:
    """How many orders match all the clauses."""
    return count_value(conn, select(func.count()).select_from(Order).where(*clauses), cancel)
