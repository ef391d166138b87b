"""Orders and items as the rows the store keeps, and back.

Readers give rows as tuples of storage-ready values (money in fen, times in SQLite's
text form, JSON as text: :mod:`shopcloser.formats.stored`), so that bulk writes skip
SQLAlchemy's per-value processing;
before-images for undo are the same rows as JSON (money as strings, times ISO).
Re-imports merge a newer row into the stored one with :meth:`RowShape.merge`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, DateTime, Table
from sqlalchemy.engine import Dialect

from shopcloser.domain.records import ItemRecord, OrderRecord
from shopcloser.formats.problems import cut_short
from shopcloser.formats.stored import (
    EMPTY_DICT_JSON,
    EMPTY_LIST_JSON,
    ITEM_VALUES,
    MONEY_VALUES,
    ORDER_VALUES,
    TIME_VALUES,
    StoredItem,
    StoredOrder,
    encode_json,
    fen,
    time_text,
)
from shopcloser.store.models import Order, OrderItem
from shopcloser.store.types import Money

Row = tuple[Any, ...]


# A row's fields as the readers give them (shop last: the import adds its own id for it).
ORDER_FIELDS = (*ORDER_VALUES, "shop_id")
ITEM_FIELDS = ITEM_VALUES
# Columns the import derives rather than reads; ``handled`` belongs to the merchant.
ORDER_DERIVED = ("from_items_only", "blocking_reasons")
BATCH_COLUMNS = ("first_batch_id", "last_batch_id")

# What a row of each table looks like in this module: its fields, then derived columns.
ORDER_COLUMNS = ORDER_FIELDS + ORDER_DERIVED
ITEM_COLUMNS = ITEM_FIELDS


# Stored values a file gives through another field's column.
_READ_WITH = {"refund_status": "refund_status_text"}
# Links and identities rather than cells: an empty one says nothing about the stored one
# (a file without a shop name still belongs to the shop; an item keeps its sub-order id).
_NEVER_CLEARED = frozenset({"shop_id", "sub_order_id"})


@dataclass(frozen=True)
class RowShape:
    """A table's columns as this module orders them, and how a newer row merges in.

    A newer file overwrites what its layout has a column for, empty cells included: the
    empty cell is the current state (a note removed, a refund taken back). Fields its
    layout lacks keep the stored value (older layouts lack columns that newer ones have).
    ``for_file`` gives the shape for one file's layout; without one (records made in
    code), every empty value keeps the stored one.
    """

    table: str
    key: str
    columns: tuple[str, ...]
    # Columns a newer file always overwrites.
    always_new: frozenset[str]
    # The layout of the file whose rows merge in: the fields it has a column for, and the
    # headers of its other columns (kept in ``extra``). None when not known.
    file_fields: frozenset[str] | None = None
    file_extra: frozenset[str] | None = None
    # The file's header text of each field it has (cell problems name the header).
    file_headers: dict[str, str] | None = field(default=None, compare=False, hash=False)
    # Derived: positions that keep the stored value when the newer one is None, and
    # positions that always keep it (a refund state when the file has no refund column).
    _kept_if_none: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _kept: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        fields = self.file_fields
        kept_if_none, kept = [], []
        for i, name in enumerate(self.columns):
            if name in self.always_new or name == "extra":
                continue
            if fields is None or name in _NEVER_CLEARED:
                kept_if_none.append(i)
            elif name in _READ_WITH:
                if _READ_WITH[name] not in fields:
                    kept.append(i)
            elif name not in fields:
                kept_if_none.append(i)
        object.__setattr__(self, "_kept_if_none", tuple(kept_if_none))
        object.__setattr__(self, "_kept", tuple(kept))

    def for_file(
        self, fields: frozenset[str], extra: frozenset[str], headers: dict[str, str]
    ) -> RowShape:
        """This shape for rows of a file whose layout has columns for ``fields`` (under
        the header texts ``headers``: header → field) and keeps its columns ``extra``
        under their own headers."""
        return replace(self, file_fields=fields, file_extra=extra, file_headers=headers)

    def index(self, name: str) -> int:
        return self.columns.index(name)

    def merge_flagged(self, old: Row, new: Row, problems: list[tuple[str, str]]) -> Row:
        """``merge`` for a row with problems. A cell that could not be read (an amount
        like 1.005) comes out empty: it keeps the stored value. In a row the file ends
        inside (a download cut short) every cell it left empty may be one it did not
        reach: they all keep the stored values, the status included (read as empty)."""
        if cut_short(problems):
            out = list(replace(self, file_fields=None, file_extra=None).merge(old, new))
            status, text = self.index("status"), self.index("status_text")
            if not new[text]:
                out[status], out[text] = old[status], old[text]
            return tuple(out)
        out = list(self.merge(old, new))
        headers = self.file_headers or {}
        for header, _ in problems:
            name = headers.get(header)
            if name is not None and name in self.columns:
                i = self.index(name)
                if new[i] is None:
                    out[i] = old[i]
        return tuple(out)

    def merge(self, old: Row, new: Row) -> Row:
        """The stored row ``old`` updated with a newer ``new`` (both in this shape)."""
        out = list(new)
        out[0] = old[0]  # the stored key stays, even when matched another way
        for i in self._kept_if_none:
            if out[i] is None:
                out[i] = old[i]
        for i in self._kept:
            out[i] = old[i]
        extra = self.index("extra")
        out[extra] = merge_extra(old[extra], new[extra], self.file_extra)
        if self.table == "order_items" and self.file_fields is None:
            # Without a refund state text the row says nothing about refunds.
            text = self.index("refund_status_text")
            if new[text] is None:
                out[self.index("refund_status")] = old[self.index("refund_status")]
        return tuple(out)


ORDER_SHAPE = RowShape(
    "orders",
    "order_id",
    ORDER_COLUMNS,
    frozenset({"order_id", "status", "status_text", "problems", *ORDER_DERIVED}),
)
ITEM_SHAPE = RowShape(
    "order_items",
    "item_key",
    ITEM_COLUMNS,
    frozenset({"item_key", "order_id", "line_no", "status", "status_text", "problems"}),
)


def merge_extra(old_json: Any, new_json: Any, columns: frozenset[str] | None = None) -> Any:
    """Columns kept under their own headers: newer values win; older columns stay unless
    the newer file has them (``columns``: its headers), where an empty cell clears them."""
    if old_json == new_json:
        return old_json
    if new_json in (None, EMPTY_DICT_JSON) and not columns:
        return old_json
    new_extra = json.loads(new_json) if new_json is not None else {}
    old = json.loads(old_json) if isinstance(old_json, str) else dict(old_json or {})
    kept = {k: v for k, v in old.items() if k not in columns} if columns else old
    merged = {**kept, **new_extra}
    if merged == old:
        return old_json
    return encode_json(merged)


@dataclass(frozen=True)
class Converters:
    """Python value → stored value, for one database dialect."""

    money: Callable[[Decimal | None], Any]
    when: Callable[[datetime | None], Any]
    flag: Callable[[bool], Any]
    # The readers write times as SQLite's text; other databases take them converted.
    values: Callable[[Row, frozenset[int]], Row] | None = None


# For records made in code and for undo (readers remember fen by the amount's text).
# Amounts repeat a lot (prices, postage, totals): remembering each amount's fen is about
# four times cheaper than the Decimal arithmetic. Equal Decimals (12.5 and 12.50) have
# equal fen, so they may share an entry. Bounded, so that a file of all-different amounts
# cannot grow it without limit.
_FEN_CACHE: dict[Decimal, int] = {}
_FEN_CACHE_MAX = 50_000


def _fen(value: Decimal | None) -> int | None:
    if value is None:
        return None
    found = _FEN_CACHE.get(value)
    if found is not None:
        return found
    result = fen(value)
    assert result is not None
    if len(_FEN_CACHE) >= _FEN_CACHE_MAX:
        _FEN_CACHE.clear()
    _FEN_CACHE[value] = result
    return result


def converters_for(dialect: Dialect) -> Converters:
    if dialect.name == "sqlite":
        return Converters(money=_fen, when=time_text, flag=int)
    when_proc = DateTime().dialect_impl(dialect).bind_processor(dialect)
    flag_proc = Boolean().dialect_impl(dialect).bind_processor(dialect)

    def when(value: datetime | None) -> Any:
        return value if value is None or when_proc is None else when_proc(value)

    def values(row: Row, times: frozenset[int]) -> Row:
        return tuple(
            when(datetime.fromisoformat(v)) if i in times and v is not None else v
            for i, v in enumerate(row)
        )

    return Converters(money=_fen, when=when, flag=flag_proc or (lambda v: v), values=values)


ORDER_TIMES = frozenset(i for i, name in enumerate(ORDER_FIELDS) if name in TIME_VALUES)
ITEM_TIMES = frozenset(i for i, name in enumerate(ITEM_FIELDS) if name in TIME_VALUES)


def stored_order(rec: OrderRecord) -> StoredOrder:
    """An order record as a reader's stored row (for records made in code, not read)."""
    values = tuple(_stored_value(rec, name) for name in ORDER_VALUES)
    return StoredOrder(values, rec.status, rec.shop_id, rec.shop_name, rec.row_number, rec.problems)


def stored_item(rec: ItemRecord) -> StoredItem:
    """An item record as a reader's stored row (for records made in code, not read)."""
    values = tuple(_stored_value(rec, name) for name in ITEM_VALUES)
    return StoredItem(values, rec.status, rec.refund_status, rec.row_number, rec.problems)


def _stored_value(rec: OrderRecord | ItemRecord, name: str) -> Any:
    value = getattr(rec, name)
    if name in MONEY_VALUES:
        return _fen(value)
    if name in TIME_VALUES:
        return time_text(value)
    if name == "extra":
        return encode_json(value) if value else EMPTY_DICT_JSON
    if name == "problems":
        return encode_json(value) if value else EMPTY_LIST_JSON
    if isinstance(value, StrEnum):
        return value.value  # plain text, as the readers give it (see formats.stored)
    return value


def stub_order_row(
    conv: Converters, order_id: str, status: str, status_text: str, blocking: str
) -> Row:
    """An order known only from its items, until an order report fills it in."""
    values: dict[str, Any] = dict.fromkeys(ORDER_COLUMNS)
    values.update(
        order_id=order_id,
        status=status,
        status_text=status_text,
        extra=EMPTY_DICT_JSON,
        problems=EMPTY_LIST_JSON,
        from_items_only=conv.flag(True),
        blocking_reasons=blocking,
    )
    return tuple(values[name] for name in ORDER_COLUMNS)


# Keys a before-image starts with: images written before rows had the shop last keep
# the same text.
_IMAGE_FIRST = {"orders": ("order_id", "shop_id"), "order_items": ()}


class BeforeImages:
    """Stored rows ↔ JSON before-images, using the column types' own conversions."""

    def __init__(self, dialect: Dialect) -> None:
        self._tables: dict[str, tuple[tuple[str, ...], list[Any], list[Any], list[Any]]] = {}
        for table, columns in (
            (Order.__table__, ORDER_COLUMNS + BATCH_COLUMNS),
            (OrderItem.__table__, ITEM_COLUMNS + BATCH_COLUMNS),
        ):
            assert isinstance(table, Table)
            kinds, reads, writes = [], [], []
            for name in columns:
                col_type = table.c[name].type
                impl = col_type.dialect_impl(dialect)
                kinds.append(col_type)
                reads.append(impl.result_processor(dialect, None))
                writes.append(impl.bind_processor(dialect))
            self._tables[table.name] = (columns, kinds, reads, writes)
        self._conv = converters_for(dialect)

    def columns(self, table: str) -> tuple[str, ...]:
        """The columns a before-image holds: everything the import may change."""
        return self._tables[table][0]

    def to_json(self, table: str, row: Row) -> dict[str, Any]:
        columns, kinds, reads, _ = self._tables[table]
        image: dict[str, Any] = dict.fromkeys(_IMAGE_FIRST[table])  # the images' own order
        for name, kind, read, value in zip(columns, kinds, reads, row, strict=True):
            if read is not None and value is not None:
                value = read(value)
            if isinstance(kind, Money) and value is not None:
                value = str(value)
            elif isinstance(value, datetime):
                value = value.isoformat()
            elif name in ("extra", "problems") and isinstance(value, str):
                value = json.loads(value)
            image[name] = value
        return image

    def from_json(self, table: str, image: dict[str, Any]) -> Row:
        columns, kinds, _, writes = self._tables[table]
        row: list[Any] = []
        for name, kind, write in zip(columns, kinds, writes, strict=True):
            value = image.get(name)
            if value is None:
                row.append(None)
            elif isinstance(kind, Money):
                row.append(self._conv.money(Decimal(value)))
            elif isinstance(kind, DateTime):
                row.append(self._conv.when(datetime.fromisoformat(value)))
            elif name in ("extra", "problems"):
                row.append(encode_json(value))
            elif isinstance(kind, Boolean):
                row.append(self._conv.flag(bool(value)))
            else:
                row.append(write(value) if write is not None else value)
        return tuple(row)
