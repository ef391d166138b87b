"""From one row of cell texts to an ``OrderRecord`` or ``ItemRecord``.

``row_builder(kind, headers)`` works out once per file which column feeds which field and
with which cleaner, so the per-row work is a short loop over precomputed (index, cleaner)
pairs: this runs a million times for a big shop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shopcloser.domain.records import ItemRecord, OrderRecord
from shopcloser.domain.statuses import (
    RefundStatus,
    TradeStatus,
    refund_status_from_text,
    trade_status_from_text,
)
from shopcloser.formats.cleaning import (
    CellError,
    clean_count,
    clean_money,
    clean_phone,
    clean_text,
    clean_time,
    key_id,
    unwrap_id,
)
from shopcloser.formats.columns import (
    FREE_TEXT_HEADERS,
    ITEM_FIELDS,
    ORDER_FIELDS,
    Cell,
    Field,
    header_key,
)
from shopcloser.formats.report import ReportKind

Cleaner = Callable[[str], Any]
RowBuilder = Callable[[list[str], int], OrderRecord | ItemRecord | None]

_CLEANERS: dict[Cell, Cleaner] = {
    Cell.TEXT: clean_text,
    Cell.ID: unwrap_id,
    Cell.PHONE: clean_phone,
    Cell.MONEY: clean_money,
    Cell.TIME: clean_time,
    Cell.COUNT: clean_count,
}
_FREE_TEXT_KEYS = frozenset(header_key(h) for h in FREE_TEXT_HEADERS)


class _Plan:
    """Where each field's cells are, for one file's header row."""

    def __init__(self, headers: list[str], fields: tuple[Field, ...]) -> None:
        self.width = len(headers)
        positions: dict[str, int] = {}
        for index, header in enumerate(headers):
            positions.setdefault(header_key(header), index)
        used: set[int] = set()
        self.found: dict[str, tuple[int, str]] = {}  # attr -> (index, header)
        for f in fields:
            for alias in f.aliases:
                index_or_none = positions.get(header_key(alias))
                if index_or_none is not None and index_or_none not in used:
                    used.add(index_or_none)
                    self.found[f.attr] = (index_or_none, headers[index_or_none])
                    break
        # Plain fields: (attr, index, cleaner, header), in file order.
        self.plain = sorted(
            (
                (f.attr, self.found[f.attr][0], _CLEANERS[f.cell], self.found[f.attr][1])
                for f in fields
                if f.attr in self.found and f.cell in _CLEANERS
            ),
            key=lambda p: p[1],
        )
        # Everything else keeps its own header name. Empty headers (the item report's
        # trailing comma) carry nothing.
        self.extras: list[tuple[int, str, Cleaner]] = []
        seen: dict[str, int] = {}
        for index, header in enumerate(headers):
            if index in used or not header:
                continue
            name = header
            seen[header] = seen.get(header, 0) + 1
            if seen[header] > 1:
                name = f"{header}#{seen[header]}"  # a repeated header keeps both columns
            cleaner = clean_text if header_key(header) in _FREE_TEXT_KEYS else unwrap_id
            self.extras.append((index, name, cleaner))

    def index(self, attr: str) -> int | None:
        found = self.found.get(attr)
        return found[0] if found else None

    def header(self, attr: str, default: str) -> str:
        found = self.found.get(attr)
        return found[1] if found else default


def plan_has(kind: ReportKind, headers: list[str], attr: str) -> bool:
    """Whether the headers have a column for ``attr`` (e.g. the order id)."""
    fields = ORDER_FIELDS if kind is ReportKind.ORDERS else ITEM_FIELDS
    return attr in _Plan(headers, fields).found


def id_column(kind: ReportKind, headers: list[str]) -> int | None:
    """Index of the column that identifies the order, or None when there is none."""
    fields = ORDER_FIELDS if kind is ReportKind.ORDERS else ITEM_FIELDS
    return _Plan(headers, fields).index("order_id")


def row_builder(kind: ReportKind, headers: list[str]) -> RowBuilder:
    """The function that turns one row of this file into a record (None for a blank row)."""
    if kind is ReportKind.ORDERS:
        return _order_builder(_Plan(headers, ORDER_FIELDS))
    return _item_builder(_Plan(headers, ITEM_FIELDS))


def _read_cells(
    row: list[str], plain: list[tuple[str, int, Cleaner, str]], problems: list[tuple[str, str]]
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for attr, index, clean, header in plain:
        text = row[index]
        if text:
            try:
                value = clean(text)
            except CellError:
                problems.append((header, text))
                continue
            if value is not None:
                values[attr] = value
    return values


def _read_extras(row: list[str], extras: list[tuple[int, str, Cleaner]]) -> dict[str, str]:
    extra: dict[str, str] = {}
    for index, name, clean in extras:
        text = row[index]
        if text:
            value = clean(text)
            if value is not None:
                extra[name] = value
    return extra


def _order_builder(plan: _Plan) -> RowBuilder:
    width = plan.width
    padding = [""] * width
    plain, extras = plan.plain, plan.extras
    id_index = plan.index("order_id")
    id_header = plan.header("order_id", "订单编号")
    status_index = plan.index("status_text")
    statuses: dict[str, TradeStatus] = {}  # status text -> code, when no close reason

    def build(row: list[str], number: int) -> OrderRecord | None:
        if len(row) < width:
            row = row + padding[len(row) :]
        problems: list[tuple[str, str]] = []
        values = _read_cells(row, plain, problems)
        extra = _read_extras(row, extras)
        raw_id = row[id_index] if id_index is not None else ""
        order_id = key_id(raw_id, id_header) if raw_id else None
        if order_id is None:
            if not values and not extra and not problems:
                return None  # a blank line
            problems.append((id_header, raw_id))
            order_id = ""
        status_text = row[status_index].strip() if status_index is not None else ""
        reason = values.get("close_reason")
        if reason is None:
            status = statuses.get(status_text)
            if status is None:
                status = statuses[status_text] = trade_status_from_text(status_text)
        else:
            status = trade_status_from_text(status_text, reason)
        return OrderRecord(
            order_id=order_id,
            status_text=status_text,
            status=status,
            extra=extra,
            row_number=number,
            problems=problems,
            **values,
        )

    return build


def _item_builder(plan: _Plan) -> RowBuilder:
    width = plan.width
    padding = [""] * width
    plain, extras = plan.plain, plan.extras
    id_index = plan.index("order_id")
    id_header = plan.header("order_id", "订单编号")
    sub_index = plan.index("sub_order_id")
    sub_header = plan.header("sub_order_id", "子订单编号")
    status_index = plan.index("status_text")
    refund_index = plan.index("refund_status_text")
    statuses: dict[str, TradeStatus] = {}
    refunds: dict[str | None, RefundStatus] = {}
    # Items of one order are consecutive: their position numbers them within the order.
    previous = ["", 0]

    def build(row: list[str], number: int) -> ItemRecord | None:
        if len(row) < width:
            row = row + padding[len(row) :]
        problems: list[tuple[str, str]] = []
        values = _read_cells(row, plain, problems)
        extra = _read_extras(row, extras)
        raw_id = row[id_index] if id_index is not None else ""
        order_id = key_id(raw_id, id_header) if raw_id else None
        sub_order_id = key_id(row[sub_index], sub_header) if sub_index is not None else None
        if order_id is None:
            if not values and not extra and not problems and sub_order_id is None:
                return None  # a blank line
            problems.append((id_header, raw_id))
            order_id = ""
        if order_id == previous[0]:
            line_no = previous[1] = int(previous[1]) + 1
        else:
            previous[0], previous[1] = order_id, 1
            line_no = 1
        status_text = row[status_index].strip() if status_index is not None else ""
        status = statuses.get(status_text)
        if status is None:
            status = statuses[status_text] = trade_status_from_text(status_text)
        refund_text = clean_text(row[refund_index]) if refund_index is not None else None
        refund = refunds.get(refund_text)
        if refund is None:
            refund = refunds[refund_text] = refund_status_from_text(refund_text)
        return ItemRecord(
            order_id=order_id,
            sub_order_id=sub_order_id,
            line_no=line_no,
            status_text=status_text,
            status=status,
            refund_status_text=refund_text,
            refund_status=refund,
            extra=extra,
            row_number=number,
            problems=problems,
            **values,
        )

    return build

