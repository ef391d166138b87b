"""SQL pieces of the orders queries: filters, search and sort orders, and a fast raw path.

Kept apart from :mod:`shopcloser.services.orders` so that the rules of *which* orders
match stay readable next to each other. Every predicate is written so that SQLite can
answer it from an index where one exists (``blocking_reasons > ''`` rather than
``!= ''``; the finish-time expression exactly as ``ix_orders_finish_time`` has it).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeAlias

from sqlalchemy import (
    Column,
    ColumnElement,
    DateTime,
    Select,
    Table,
    and_,
    case,
    cast,
    column,
    exists,
    false,
    func,
    insert,
    literal,
    literal_column,
    not_,
    or_,
    select,
    table,
    true,
    union_all,
)
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnClause
from sqlalchemy.sql.selectable import CompoundSelect, FromClause
from sqlalchemy.sql.sqltypes import Text
from sqlalchemy.sql.visitors import InternalTraversal

from shopcloser.domain.handling import REFUND_SEVERITY, refund_rank
from shopcloser.domain.statuses import (
    NO_REFUND_SHOWN,
    OPEN_REFUND_STATUSES,
    RefundStatus,
    TradeStatus,
)
from shopcloser.messages import Cancelled
from shopcloser.services.pacing import give_way
from shopcloser.services.progress import CancelToken
from shopcloser.store import search_index
from shopcloser.store.models import HandledMark, Order, OrderItem
from shopcloser.store.review_index import FLAGGED

AnySelect: TypeAlias = Select[*tuple[Any, ...]]
# A refund filter choice besides the canonical codes: any item has an open refund.
ANY_OPEN_REFUND = "open"
WITHOUT_REFUND_STATE = sorted(s.value for s in NO_REFUND_SHOWN)
# A search of at least this many digits is first tried as the start of an order id.
ID_PREFIX_DIGITS = 6
# How many rows the raw driver path hands over at a time.
FETCH_ROWS = 20_000


class OrderFilter(StrEnum):
    """Which orders the merchant wants to see."""

    BLOCKING = "blocking"
    WATCH = "watch"
    HANDLED = "handled"
    # Orders with a row the import could only partly read (its "rows to review").
    FLAGGED = "flagged"
    ALL = "all"
    # Every order that needed the merchant: blocking, handled, or ever marked (for reports:
    # an order marked, then shown finished by a newer import, stays in the proof).
    WOULD_BLOCK = "would_block"


class SortColumn(StrEnum):
    ORDER_ID = "order_id"
    CREATED = "created"
    PAID = "paid"
    STATUS = "status"
    REFUND = "refund"
    AMOUNT = "amount"
    BUYER = "buyer"
    ITEMS = "items"
    REASONS = "reasons"
    HANDLED = "handled"


def key_column(dialect: Dialect) -> ColumnElement[Any]:
    """What the lazy table holds per row: SQLite's rowid (8 bytes, the fastest lookup),
    or the order id on other databases."""
    if dialect.name == "sqlite":
        return literal_column("orders.rowid")
    return Order.__table__.c.order_id


def finish_time() -> ColumnElement[Any]:
    # The expression of ix_orders_finish_time (store.models.FINISH_TIME_SQL).
    return func.coalesce(Order.confirmed_at, Order.shipped_at, Order.paid_at, Order.created_at)


def cutoff_value(dialect: Dialect, cutoff: datetime) -> Any:
    """The cutoff as the driver wants it, for the raw path (no SQLAlchemy processing)."""
    process = DateTime().dialect_impl(dialect).bind_processor(dialect)
    return process(cutoff) if process else cutoff


def would_block(*, indexed: bool = True) -> ColumnElement[bool]:
    return _column("blocking_reasons", indexed) > ""


def _column(name: str, indexed: bool) -> ColumnElement[Any]:
    """An orders column; ``indexed=False`` (SQLite only) keeps the planner off its indexes."""
    return getattr(Order, name) if indexed else literal_column(f"+orders.{name}")


def filter_clause(choice: OrderFilter, cutoff: Any, *, indexed: bool = True) -> ColumnElement[bool]:
    """``cutoff`` is already in the driver's form (see :func:`cutoff_value`)."""
    handled = _column("handled", indexed)
    if choice is OrderFilter.BLOCKING:
        return and_(would_block(indexed=indexed), handled == false())
    if choice is OrderFilter.HANDLED:
        return and_(would_block(indexed=indexed), handled == true())
    if choice is OrderFilter.WOULD_BLOCK:
        return or_(would_block(indexed=indexed), Order.order_id.in_(select(HandledMark.order_id)))
    if choice is OrderFilter.FLAGGED:
        return flagged()
    if choice is OrderFilter.WATCH:
        return and_(
            _column("status", indexed) == TradeStatus.TRADE_FINISHED.value,
            finish_time() > literal(cutoff),
            _column("blocking_reasons", indexed) == "",
        )
    return true()


class _Flagged(ColumnElement[bool]):
    """``table``'s row was flagged (its ``problems`` are not the empty list)."""

    # No Boolean type: SQLite would then be sent "… = 1", which no index condition is.
    inherit_cache = True
    _traverse_internals = [("table", InternalTraversal.dp_string)]  # noqa: RUF012

    def __init__(self, table: str) -> None:
        self.table = table


@compiles(_Flagged, "sqlite")
def _flagged_in_sqlite(element: _Flagged, compiler: SQLCompiler, **kw: Any) -> str:
    # The partial indexes' own words: SQLite uses an index only for the same ones.
    return f"{element.table}.{FLAGGED}"


@compiles(_Flagged)
def _flagged_elsewhere(element: _Flagged, compiler: SQLCompiler, **kw: Any) -> str:
    # PostgreSQL's json type has no "!=": its text does.
    problems = cast(literal_column(f"{element.table}.problems"), Text)
    return compiler.process(problems != literal_column("'[]'"), **kw)


def flagged() -> ColumnElement[bool]:
    """Orders whose own row or an item's row the import flagged: looked up in the two
    small partial indexes (store.review_index), then by order id."""
    ids: CompoundSelect[Any] = (
        select(literal_column("orders.order_id"))
        .select_from(table("orders"))
        .where(_Flagged("orders"))
        .union(
            select(literal_column("order_items.order_id"))
            .select_from(table("order_items"))
            .where(_Flagged("order_items"))
        )
    )
    return Order.order_id.in_(ids)


def status_clause(status: str | None, *, indexed: bool = True) -> ColumnElement[bool]:
    return true() if status is None else _column("status", indexed) == status


def refund_drives(refund: str | None, dialect: Dialect) -> bool:
    """Whether the orders of a refund filter are few enough to be found first, through the
    primary key, with the other filters tested on each (SQLite: without its statistics the
    planner would walk the status or blocking index instead, ten times slower)."""
    return dialect.name == "sqlite" and refund not in (None, *WITHOUT_REFUND_STATE)


def refund_clause(refund: str | None) -> ColumnElement[bool]:
    if refund is None:
        return true()
    with_refund = [s.value for s in RefundStatus if s is not RefundStatus.NO_REFUND]
    if refund == RefundStatus.NO_REFUND:
        return not_(
            Order.order_id.in_(
                select(OrderItem.order_id).where(OrderItem.refund_status.in_(with_refund))
            )
        )
    codes = [s.value for s in OPEN_REFUND_STATUSES] if refund == ANY_OPEN_REFUND else [refund]
    return Order.order_id.in_(select(OrderItem.order_id).where(OrderItem.refund_status.in_(codes)))


def id_prefix_clause(text: str) -> ColumnElement[bool] | None:
    """For a search that can only be (the start of) an order id: the orders whose id
    starts with it, answered from the primary key in an instant. None otherwise."""
    words = search_words(text)
    if len(words) != 1 or len(words[0]) < ID_PREFIX_DIGITS or not words[0].isdigit():
        return None
    word = words[0]
    after = word[:-1] + chr(ord(word[-1]) + 1)  # digits only: "…9" becomes "…:"
    return and_(Order.order_id >= word, Order.order_id < after)


def search_words(text: str) -> list[str]:
    """The words of a search; an id pasted from a CSV (``="3515…"``) is unwrapped."""
    words = []
    for word in text.split():
        word = word.strip().removeprefix("=").strip('"').strip("'")
        if word:
            words.append(word)
    return words


ESCAPE = "\\"


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# Items searched on their own alias: the counts join order_items too.
_SEARCH_ITEMS = OrderItem.__table__.alias("searched_items")


_ORDERS: Table = Order.__table__  # type: ignore[assignment]
_STUBS = _ORDERS.alias("stub_orders")


def search_clause(text: str, conn: Connection | None = None) -> ColumnElement[bool]:
    """Every word must appear in the order id, the buyer's nick or an item title.

    Given a connection to a store with :mod:`~shopcloser.store.search_index`, every word
    is looked up in the trigram index instead of scanning the orders.
    """
    indexed = conn is not None and search_index.has_search_index(conn)
    clauses = []
    for word in search_words(text):
        pattern = _like(word)
        exact = or_(
            Order.order_id.like(pattern, escape=ESCAPE),
            Order.buyer_nick.like(pattern, escape=ESCAPE),
            Order.item_titles.like(pattern, escape=ESCAPE),
            # Orders known only from an item report have no titles of their own.
            and_(Order.from_items_only == true(), _item_title_like(_ORDERS, pattern)),
        )
        if indexed:
            assert conn is not None
            # The index finds every candidate (it folds more letters' case than LIKE);
            # the exact test keeps the answer the same whichever way it is found.
            exact = and_(_indexed_word(conn, word, pattern), exact)
        clauses.append(exact)
    return and_(true(), *clauses)


def _item_title_like(orders: FromClause, pattern: str) -> ColumnElement[bool]:
    return exists(
        select(literal(1))
        .where(
            _SEARCH_ITEMS.c.order_id == orders.c.order_id,
            _SEARCH_ITEMS.c.title.like(pattern, escape=ESCAPE),
        )
        .correlate(orders)
    )


# The search index, and its own copy of the indexed text (see store.search_index).
_INDEX = table(search_index.TABLE, column("rowid"))
_CONTENT = table(search_index.CONTENT, column("id"), column("c0"))


def _matching(query: str) -> ColumnElement[bool]:
    """The index's rows that an FTS5 ``query`` matches."""
    return literal_column(search_index.TABLE).op("MATCH")(query)


def _indexed_word(conn: Connection, word: str, pattern: str) -> ColumnElement[bool]:
    """The orders whose buyer or titles have ``word`` (from the index), stubs (orders known
    only from an item report, found through their partial index) with an item titled with
    it, and for digits the orders whose id has them."""
    found: AnySelect
    if len(word) >= search_index.MIN_INDEXED_CHARS:
        found = select(_INDEX.c.rowid).where(_matching(search_index.match_phrase(word)))
    elif (terms := search_index.short_word_terms(conn, word)) is not None:
        any_term = _matching(search_index.match_any(terms)) if terms else false()
        found = select(_INDEX.c.rowid).where(any_term)
    else:  # a very common character: read the index's copy of the text
        found = select(_CONTENT.c.id).where(_contains(_CONTENT.c.c0, word, pattern))
    stubs: AnySelect = select(literal_column("stub_orders.rowid")).where(
        _STUBS.c.from_items_only == true(), _item_title_like(_STUBS, pattern)
    )
    parts = [found, stubs]
    ids = _ORDERS.alias("id_orders")
    if word.isdigit():
        # Order ids are not in the index: read the primary key's own (narrow) index.
        parts.append(
            select(literal_column("id_orders.rowid")).where(func.instr(ids.c.order_id, word) > 0)
        )
    elif word.isascii():
        # Ids with other characters than digits: their own partial index (empty for the
        # seller centre's all-digit ids).
        odd: ColumnElement[Any] = literal_column(f"id_orders.{search_index.ODD_ID}")
        parts.append(
            select(literal_column("id_orders.rowid"))
            .select_from(ids)
            .where(odd, ids.c.order_id.like(pattern, escape=ESCAPE))
        )
    return literal_column("orders.rowid").in_(union_all(*parts))


def _contains(text: ColumnElement[Any], word: str, pattern: str) -> ColumnElement[bool]:
    """``text`` contains ``word``, ignoring the case of ASCII letters as LIKE does.
    Without ASCII letters ``instr`` says the same, about a quarter faster."""
    if any(ch.isascii() and ch.isalpha() for ch in word):
        return text.like(pattern, escape=ESCAPE)
    return func.instr(text, word) > 0


# Orders read to estimate how common a word too short for the trigram index is.
_SAMPLE_ROWS = 20_000


def search_matches(conn: Connection, text: str, total: int) -> int:
    """About how many of the ``total`` orders a search matches (the fewest of any of its
    words), for the query planning in :mod:`~shopcloser.services.orders`. Words of three
    characters or more are counted in the trigram index; shorter ones, and digits in order
    ids, are estimated from the first orders."""
    counts = [total]
    scale = max(total, 1) / min(max(total, 1), _SAMPLE_ROWS)
    for word in search_words(text):
        ids = 0
        if word.isdigit():
            first_ids = select(Order.order_id).limit(_SAMPLE_ROWS).subquery()
            stmt = select(func.count()).where(func.instr(first_ids.c.order_id, word) > 0)
            ids = int(int(conn.execute(stmt).scalar() or 0) * scale)
        if len(word) >= search_index.MIN_INDEXED_CHARS:
            phrase = search_index.match_phrase(word)
            stmt = select(func.count()).select_from(_INDEX).where(_matching(phrase))
            counts.append(ids + int(conn.execute(stmt).scalar() or 0))
        else:
            sample = select(_CONTENT.c.c0).order_by(_CONTENT.c.id).limit(_SAMPLE_ROWS).subquery()
            stmt = select(func.count()).where(sample.c.c0.like(_like(word), escape=ESCAPE))
            counts.append(ids + int(int(conn.execute(stmt).scalar() or 0) * scale))
    return min(counts)


def unindexed(term: ColumnElement[Any], dialect: Dialect) -> ColumnElement[Any]:
    """A sort or group term SQLite may not answer from an index (``+column``).

    When a filter picks a small part of the orders, reading them through the filter's
    index and sorting them is far faster than walking the sort column's index and
    looking up every order to test the filter.
    """
    if dialect.name != "sqlite":
        return term
    if isinstance(term, Column):
        return literal_column(f"+{term.table.name}.{term.name}")
    if isinstance(term, ColumnClause) and term.name == "orders.rowid":
        return literal_column("+orders.rowid")
    return term


def refund_rank_expression() -> ColumnElement[int]:
    return case(
        {status.value: refund_rank(status) for status in REFUND_SEVERITY},
        value=OrderItem.refund_status,
        else_=0,
    )


def sort_expressions(
    column: SortColumn, dialect: Dialect
) -> tuple[list[ColumnElement[Any]], Any | None]:
    """The ORDER BY terms for a column (key last, as the tie-breaker), and a subquery to
    LEFT JOIN when the column is computed from the items."""
    key = key_column(dialect)
    if column is SortColumn.REFUND:
        ranks = (
            # Items with no state in their files sort with those without a refund: ranking
            # them would read every item of a store of older exports.
            select(OrderItem.order_id, func.max(refund_rank_expression()).label("rank"))
            .where(OrderItem.refund_status.not_in(WITHOUT_REFUND_STATE))
            .group_by(OrderItem.order_id)
            .subquery("refund_ranks")
        )
        return [func.coalesce(ranks.c.rank, 0), key], ranks
    c = Order.__table__.c
    terms: dict[SortColumn, list[ColumnElement[Any]]] = {
        SortColumn.ORDER_ID: [c.order_id],
        SortColumn.CREATED: [c.created_at, key],
        SortColumn.PAID: [c.paid_at, key],
        SortColumn.STATUS: [c.status, key],
        SortColumn.AMOUNT: [func.coalesce(c.paid_amount, c.total_amount), key],
        SortColumn.BUYER: [c.buyer_nick, key],
        SortColumn.ITEMS: [c.item_titles, key],
        SortColumn.REASONS: [c.blocking_reasons, c.handled, key],
        SortColumn.HANDLED: [c.handled, c.blocking_reasons, key],
    }
    return terms[column], None


def run_raw(
    conn: Connection, stmt: AnySelect, cancel: CancelToken | None = None
) -> Iterator[list[Sequence[Any]]]:
    """Rows straight from the driver, in lists of up to FETCH_ROWS: for result sets of a
    million keys, where SQLAlchemy's row processing would cost more than the query itself.

    Only for columns that need no conversion (keys, ids, codes, counts). On SQLite a
    cancel interrupts the statement itself, not just the fetching.
    """
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args: Any = (
        tuple(params[name] for name in compiled.positiontup or ())
        if compiled.positional
        else params
    )
    driver: Any = conn.connection.driver_connection
    interrupting = cancel is not None and hasattr(driver, "set_progress_handler")
    if interrupting:
        assert cancel is not None

        def progress() -> int:
            # Called from inside SQLite, holding the GIL: a long statement (a sort, every
            # key of a large store) took it back so often that the window's thread waited
            # 100-150 ms for its turn. Here it gets its turn (see pacing).
            give_way()
            return 1 if cancel.cancelled else 0

        driver.set_progress_handler(progress, 20_000)
    cursor = conn.connection.cursor()
    try:
        try:
            cursor.execute(str(compiled), args)
        except Exception:
            if cancel is not None and cancel.cancelled:
                raise Cancelled() from None
            raise
        while True:
            if cancel is not None:
                cancel.check()
            rows = list(cursor.fetchmany(FETCH_ROWS))
            if not rows:
                return
            yield rows
    finally:
        cursor.close()
        if interrupting:
            driver.set_progress_handler(None, 0)


def insert_many(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert many rows through the driver's executemany, values converted by the columns'
    own types: SQLAlchemy's per-row parameter handling would cost more than the insert."""
    if not rows:
        return
    columns = list(rows[0])
    dialect = conn.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=columns)
    convert = {
        name: table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns
    }
    names = list(compiled.positiontup or ()) if compiled.positional else columns
    converted = [
        tuple(process(row[name]) if (process := convert.get(name)) else row[name] for name in names)
        for row in rows
    ]
    if compiled.positional:
        conn.exec_driver_sql(str(compiled), converted)
    else:
        conn.exec_driver_sql(
            str(compiled), [dict(zip(names, values, strict=True)) for values in converted]
        )
