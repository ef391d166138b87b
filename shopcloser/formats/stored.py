"""Rows of an export already in the form the store keeps, for the import.

``OrderRecord``/``ItemRecord`` hold typed values (Decimal, datetime, a dict of the
unmodelled columns); the store keeps money in fen, times as text and those columns as
JSON. Going from cells to typed values and on to stored values cost about as much again
as reading the file, so the import asks the readers for ``StoredOrder``/``StoredItem``
instead: the row builder (:mod:`shopcloser.formats.rows`) writes the stored values
straight from the cells. Both routes give the same values; a test compares them on every
sample file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from shopcloser.domain.statuses import RefundStatus, TradeStatus

Values = tuple[Any, ...]

# The stored values a builder gives, in this order. An order's shop comes last and is
# added by the import, which knows the store's own id for the shop.
ORDER_VALUES = (
    "order_id", "status", "status_text", "close_reason",
    "buyer_nick", "buyer_alipay", "receiver_name", "receiver_address",
    "receiver_phone", "receiver_mobile", "buyer_message",
    "created_at", "paid_at", "shipped_at", "confirmed_at",
    "goods_amount", "postage", "total_amount", "paid_amount", "refund_amount",
    "item_titles", "item_count", "logistics_company", "tracking_no", "merchant_note",
    "extra", "problems",
)  # fmt: skip
ITEM_VALUES = (
    "item_key", "order_id", "sub_order_id", "line_no", "title", "price", "quantity",
    "sku_props", "merchant_code", "status", "status_text", "refund_status",
    "refund_status_text", "refund_amount", "paid_amount", "created_at", "paid_at",
    "shipped_at", "extra", "problems",
)  # fmt: skip
MONEY_VALUES = frozenset(
    {"goods_amount", "postage", "total_amount", "paid_amount", "refund_amount", "price"}
)
TIME_VALUES = frozenset({"created_at", "paid_at", "shipped_at", "confirmed_at"})
EMPTY_DICT_JSON = "{}"
EMPTY_LIST_JSON = "[]"


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


encode_json = _json_encoder()
# One JSON string, as ``encode_json`` writes it (used to write a row's JSON piece by piece).
json_string: Callable[[str], str] = json.encoder.encode_basestring


def fen(value: Decimal | None) -> int | None:
    """An amount in fen (1/100 yuan), rounded half to even as the Money column does."""
    if value is None:
        return None
    cents = value * 100
    whole = int(cents)
    return whole if cents == whole else int(cents.to_integral_value())


def time_text(value: datetime | None) -> str | None:
    """A time as the store's text (SQLAlchemy's SQLite DATETIME form; a test checks)."""
    return None if value is None else value.isoformat(" ", "microseconds")


# In ``values`` a status is its plain text (the member's value), in the attributes the
# member: Python's sqlite3 binds an exact ``str`` directly, but sends a ``str`` subclass
# such as a StrEnum member through its adapter lookup (about 0.6 µs each; 750,000 of them
# in a first import of 200,000 orders with their items).


class StoredOrder:
    """One order row: ``values`` in ORDER_VALUES order, and what the import looks at."""

    __slots__ = (
        "order_id",
        "problems",
        "row_number",
        "shop_id",
        "shop_name",
        "status",
        "status_text",
        "values",
    )  # fmt: skip

    def __init__(
        self,
        values: Values,
        status: TradeStatus,
        shop_id: str | None,
        shop_name: str | None,
        row_number: int,
        problems: list[tuple[str, str]],
    ) -> None:
        self.values = values
        self.order_id: str = values[0]
        self.status = status
        self.status_text: str = values[2]
        self.shop_id = shop_id
        self.shop_name = shop_name
        self.row_number = row_number
        self.problems = problems


class StoredItem:
    """One item row: ``values`` in ITEM_VALUES order, and what the import looks at."""

    __slots__ = (
        "item_key",
        "order_id",
        "problems",
        "refund_status",
        "refund_status_text",
        "row_number",
        "status",
        "status_text",
        "values",
    )  # fmt: skip

    def __init__(
        self,
        values: Values,
        status: TradeStatus,
        refund_status: RefundStatus,
        row_number: int,
        problems: list[tuple[str, str]],
    ) -> None:
        self.values = values
        self.item_key: str = values[0]
        self.order_id: str = values[1]
        self.status = status
        self.status_text: str = values[10]
        self.refund_status = refund_status
        self.refund_status_text: str | None = values[12]
        self.row_number = row_number
        self.problems = problems


Stored = StoredOrder | StoredItem
