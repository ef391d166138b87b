"""Orders and items as the rows the store keeps, and back.

Records become tuples of storage-ready values (money in fen, times in the database's own
text form, JSON as text) so that bulk writes skip SQLAlchemy's per-value processing;
before-images for undo are the same rows as JSON (money as strings, times ISO).
Re-imports merge a newer row into the stored one with :meth:`RowShape.merge`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, DateTime, Table
from sqlalchemy.engine import Dialect

from shopcloser.domain.records import ItemRecord, OrderRecord
from shopcloser.store.models import Order, OrderItem
from shopcloser.store.types import Money

Row = tuple[Any, ...]


def _json_encoder() -> Callable[[Any], str]:
    """Compact UTF-8 JSON: Chinese headers stay readable and rows stay small.

    The C encoder is built once here; ``JSONEncoder.encode`` builds it on every call,
    which costs more than encoding the small dict of one row.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def unsupported(value: Any) -> Any:
        raise TypeError(f"not JSON: {type(value).__name__}")

    encoder = make(
        None, unsupported, json.encoder.encode_basestring, None, ":", ",", False, False, True
    )
    return lambda value: "".join(encoder(value, 0))


_encode_json = _json_encoder()
EMPTY_DICT_JSON = "{}"
EMPTY_LIST_JSON = "[]"

ORDER_FIELDS = (
    "order_id", "shop_id", "status", "status_text", "close_reason",
    "buyer_nick", "buyer_alipay", "receiver_name", "receiver_address",
    "receiver_phone", "receiver_mobile", "buyer_message",
    "created_at", "paid_at", "shipped_at", "confirmed_at",
    "goods_amount", "postage", "total_amount", "paid_amount", "refund_amount",
    "item_titles", "item_count", "logistics_company", "tracking_no", "merchant_note",
    "extra", "problems",
)  # fmt: skip
ITEM_FIELDS = (
    "item_key", "order_id", "sub_order_id", "line_no", "title", "price", "quantity",
    "sku_props", "merchant_code", "status", "status_text", "refund_status",
    "refund_status_text", "refund_amount", "paid_amount", "created_at", "paid_at",
    "shipped_at", "extra", "problems",
)  # fmt: skip
# Columns the import derives rather than reads; ``handled`` belongs to the merchant.
ORDER_DERIVED = ("from_items_only", "blocking_reasons")
BATCH_COLUMNS = ("first_batch_id", "last_batch_id")

# What a row of each table looks like in this module: its fields, then derived columns.
ORDER_COLUMNS = ORDER_FIELDS + ORDER_DERIVED
ITEM_COLUMNS = ITEM_FIELDS


@dataclass(frozen=True)
class RowShape:
    """A table's columns as this module orders them, and how a newer row merges in."""

    table: str
    key: str
    columns: tuple[str, ...]
    # Columns a newer file always overwrites; the others keep the stored value when the
    # newer file leaves them empty (older layouts lack columns that newer ones have).
    always_new: frozenset[str]

    def index(self, name: str) -> int:
        return self.columns.index(name)

    def merge(self, old: Row, new: Row, new_extra: dict[str, str]) -> Row:
        """The stored row ``old`` updated with a newer ``new`` (both in this shape)."""
        out = list(new)
        out[0] = old[0]  # the stored key stays, even when matched another way
        for i, name in enumerate(self.columns):
            if out[i] is None and name not in self.always_new:
                out[i] = old[i]
        extra = self.index("extra")
        out[extra] = merge_extra(old[extra], new[extra], new_extra)
        if self.table == "order_items":
            # An item report without a refund column says nothing about refunds.
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


def merge_extra(old_json: Any, new_json: Any, new_extra: dict[str, str]) -> Any:
    """Columns kept under their own headers: newer values win, older columns stay."""
    if old_json == new_json or not new_extra:
        return old_json
    old = json.loads(old_json) if isinstance(old_json, str) else dict(old_json or {})
    if all(old.get(k) == v for k, v in new_extra.items()):
        return old_json
    return _encode_json({**old, **new_extra})


def encode_json(value: Any) -> str:
    return _encode_json(value)


@dataclass(frozen=True)
class Converters:
    """Python value → stored value, for one database dialect."""

    money: Callable[[Decimal | None], Any]
    when: Callable[[datetime | None], Any]
    flag: Callable[[bool], Any]


_HUNDRED = Decimal(100)


# Amounts repeat a lot (prices, postage, totals): remembering each amount's fen is about
# four times cheaper than the Decimal arithmetic. Equal Decimals (12.5 and 12.50) have
# equal fen, so they may share an entry. Bounded, so that a file of all-different amounts
# cannot grow it without limit.
_FEN_CACHE: dict[Decimal, int] = {}
_FEN_CACHE_MAX = 50_000


def _fen(value: Decimal | None) -> int | None:
    # Same result as the Money column type; the rounding step only when there is any.
    if value is None:
        return None
    found = _FEN_CACHE.get(value)
    if found is not None:
        return found
    fen = value * _HUNDRED
    whole = int(fen)
    result = whole if fen == whole else int(fen.to_integral_value())
    if len(_FEN_CACHE) >= _FEN_CACHE_MAX:
        _FEN_CACHE.clear()
    _FEN_CACHE[value] = result
    return result


def _sqlite_when(value: datetime | None) -> str | None:
    # SQLAlchemy's SQLite DATETIME text form (a test checks they agree).
    return None if value is None else value.isoformat(" ", "microseconds")


def converters_for(dialect: Dialect) -> Converters:
    if dialect.name == "sqlite":
        return Converters(money=_fen, when=_sqlite_when, flag=int)
    when_proc = DateTime().dialect_impl(dialect).bind_processor(dialect)
    flag_proc = Boolean().dialect_impl(dialect).bind_processor(dialect)
    return Converters(
        money=_fen,
        when=(lambda v: None if v is None else when_proc(v)) if when_proc else (lambda v: v),
        flag=flag_proc or (lambda v: v),
    )


def order_row_maker(conv: Converters) -> Callable[[OrderRecord, int | None, str, Row], Row]:
    """A function turning an order record into an ORDER_COLUMNS row.

    Its arguments are the record, the store's shop id, the blocking reasons and values
    to append (the rest of an INSERT's columns; building the whole row at once is cheaper
    than joining two tuples a million times).
    """
    money, when, flag, enc = conv.money, conv.when, conv.flag, _encode_json
    not_stub = flag(False)

    def make(rec: OrderRecord, shop: int | None, blocking: str, tail: Row = ()) -> Row:
        return (
            rec.order_id, shop, rec.status, rec.status_text, rec.close_reason,
            rec.buyer_nick, rec.buyer_alipay, rec.receiver_name, rec.receiver_address,
            rec.receiver_phone, rec.receiver_mobile, rec.buyer_message,
            when(rec.created_at), when(rec.paid_at), when(rec.shipped_at),
            when(rec.confirmed_at),
            money(rec.goods_amount), money(rec.postage), money(rec.total_amount),
            money(rec.paid_amount), money(rec.refund_amount),
            rec.item_titles, rec.item_count, rec.logistics_company, rec.tracking_no,
            rec.merchant_note,
            enc(rec.extra) if rec.extra else EMPTY_DICT_JSON,
            enc(rec.problems) if rec.problems else EMPTY_LIST_JSON,
            not_stub, blocking, *tail,
        )  # fmt: skip

    return make


def item_row_maker(conv: Converters) -> Callable[[ItemRecord, Row], Row]:
    """A function turning an item record into an ITEM_COLUMNS row (plus ``tail``)."""
    money, when, enc = conv.money, conv.when, _encode_json

    def make(rec: ItemRecord, tail: Row = ()) -> Row:
        return (
            rec.item_key, rec.order_id, rec.sub_order_id, rec.line_no, rec.title,
            money(rec.price), rec.quantity, rec.sku_props, rec.merchant_code,
            rec.status, rec.status_text, rec.refund_status,
            rec.refund_status_text, money(rec.refund_amount), money(rec.paid_amount),
            when(rec.created_at), when(rec.paid_at), when(rec.shipped_at),
            enc(rec.extra) if rec.extra else EMPTY_DICT_JSON,
            enc(rec.problems) if rec.problems else EMPTY_LIST_JSON, *tail,
        )  # fmt: skip

    return make


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
        image: dict[str, Any] = {}
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
                row.append(_encode_json(value))
            elif isinstance(kind, Boolean):
                row.append(self._conv.flag(bool(value)))
            else:
                row.append(write(value) if write is not None else value)
        return tuple(row)
