"""The sheets of a backup, read from the store inside one read transaction (a snapshot).

Each sheet is a key, its columns and a lazy stream of typed rows, so that a million orders
pass through without being held in memory. Source sheets (orders, items, handling log,
import batches, shops, undo data) hold every stored value and are what restore reads;
the others (About, Transactions, Customers, After-sales) are derived for the merchant.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, Text, cast, func, literal_column, select
from sqlalchemy.engine import Connection, Row

from shopcloser.formats.backup_cells import Column, Kind
from shopcloser.formats.cleaning import MAX_CELL_TEXT
from shopcloser.services import personal_data as personal
from shopcloser.services.backup_columns import (
    encode_json,
    is_json,
    item_fields,
    kind_of,
    order_fields,
    table_columns,
)
from shopcloser.services.backup_labels import Labels, label
from shopcloser.store.models import (
    BatchChange,
    HandledMark,
    ImportBatch,
    InventoryItem,
    Order,
    OrderItem,
    Setting,
    Shop,
)

ORDERS, ITEMS, MARKS, BATCHES, SHOPS, CHANGES = (
    "orders", "items", "marks", "batches", "shops", "changes",
)  # fmt: skip
INVENTORY, SETTINGS = "inventory", "settings"
ABOUT, TRANSACTIONS, CUSTOMERS, AFTER_SALES = "about", "transactions", "customers", "after_sales"
# Restored in this order (foreign keys).
SOURCE_SHEETS = (SHOPS, BATCHES, ORDERS, ITEMS, MARKS, CHANGES, INVENTORY, SETTINGS)
# Backups written before leftover stock and the shop's settings were backed up lack these.
OPTIONAL_SOURCE_SHEETS = (INVENTORY, SETTINGS)
# Settings about this PC's own files, not the shop's: the list of backups made from it.
LOCAL_SETTINGS = ("backup.records",)
SHEET_ORDER = (
    ABOUT, ORDERS, ITEMS, TRANSACTIONS, CUSTOMERS, AFTER_SALES, MARKS, INVENTORY, BATCHES,
    SHOPS, CHANGES, SETTINGS,
)  # fmt: skip
TABLES: dict[str, Table] = {
    ORDERS: Order.__table__,  # type: ignore[dict-item]
    ITEMS: OrderItem.__table__,  # type: ignore[dict-item]
    MARKS: HandledMark.__table__,  # type: ignore[dict-item]
    SHOPS: Shop.__table__,  # type: ignore[dict-item]
    CHANGES: BatchChange.__table__,  # type: ignore[dict-item]
    INVENTORY: InventoryItem.__table__,  # type: ignore[dict-item]
    SETTINGS: Setting.__table__,  # type: ignore[dict-item]
}
BATCH_TABLE: Table = ImportBatch.__table__  # type: ignore[assignment]
FILE_KEYS = ("file:no", "file:name", "file:kind", "file:rows", "file:sha256", "file:json")
_YIELD = 2_000
# A cell holds at most 32,767 characters as Excel counts them (UTF-16 units, so up to two
# per character). A longer JSON text, such as the before-image of an order whose texts are
# long, goes on in further columns ("field:before:2" and on) that restore joins again.
JSON_PIECE = MAX_CELL_TEXT // 2
Getter = Callable[[Row[Any]], Any]


@dataclass
class Sheet:
    key: str
    columns: list[Column]
    rows: Callable[[], Iterator[list[Any]]]
    count: int

    def title(self, labels: Labels) -> str:
        return label(labels, f"sheet.{self.key}")


def _order_by(conn: Connection, table: Table) -> Any:
    # File order (insertion order) reads most naturally; rowid gives it for free.
    if conn.dialect.name == "sqlite":
        return literal_column(f"{table.name}.rowid")
    return table.primary_key.columns.values()[0]


def _count(conn: Connection, query: Any) -> int:
    return int(conn.execute(select(func.count()).select_from(query.subquery())).scalar() or 0)


def _text(value: Any) -> Any:
    return value if value is None or isinstance(value, str) else str(value)


def _getters(
    table: Table, columns: list[Column], shops: dict[int, tuple[Any, Any]]
) -> list[Getter]:
    names = [c.name for c in table.c]
    index = {name: i for i, name in enumerate(names)}
    json_columns = {c.name for c in table.c if is_json(c)}
    getters: list[Getter] = []
    # JSON columns that go on in further columns ("field:before:2" and on). Only a field's
    # key has a piece number: an extra column's key is its file's header, colons and all.
    pieces = [c.key.split(":")[1:] for c in columns if c.key.startswith("field:")]
    split = {field[0] for field in pieces if len(field) == 2}
    for column in columns:
        source, _, name = column.key.partition(":")
        if source == "field" and name.partition(":")[0] in json_columns:
            name, _, piece = name.partition(":")
            getters.append(_json_piece(index[name], int(piece or 1), name in split))
        elif source == "field":
            getters.append(_field(index[name]))
        elif source == "extra":
            getters.append(_extra(index["extra"], name))
        elif source == "shop":
            getters.append(_shop(index["shop_id"], 0 if name == "platform_id" else 1, shops))
        else:
            raise ValueError(f"unknown column key {column.key}")
    return getters


def _field(i: int) -> Getter:
    return lambda row: row[i]


def _json_piece(i: int, piece: int, split: bool) -> Getter:
    if not split:
        # A text too long for one cell is refused when written, never cut short.
        return lambda row: encode_json(row[i])
    start = (piece - 1) * JSON_PIECE
    return lambda row: (encode_json(row[i]) or "")[start : start + JSON_PIECE] or None


def json_pieces(conn: Connection, table: Table, name: str) -> int:
    """How many columns the longest JSON text of ``table.name`` needs (see JSON_PIECE)."""
    column = table.c[name]
    stored = func.length(cast(column, Text))
    # However the store wrote a value, its text is no shorter than encode_json's, give or
    # take a few characters of number formatting: only long ones are encoded to measure.
    query = select(column).where(stored > JSON_PIECE // 2)
    longest = max((len(encode_json(v) or "") for (v,) in conn.execute(query)), default=0)
    return max(1, -(-longest // JSON_PIECE))


def _extra(i: int, name: str) -> Getter:
    return lambda row: _text((row[i] or {}).get(name))


def _shop(i: int, part: int, shops: dict[int, tuple[Any, Any]]) -> Getter:
    return lambda row: shops.get(row[i], (None, None))[part]


def _masks(columns: list[Column]) -> list[Callable[[Any], Any] | None]:
    """For a masked copy: each column's mask (phones scrubbed from any other text)."""
    masks: list[Callable[[Any], Any] | None] = []
    for column in columns:
        source, _, name = column.key.partition(":")
        mask: Callable[[Any], Any] | None = None
        if source == "field" and name in personal.ORDER_PERSONAL:
            mask = personal.ORDER_PERSONAL[name]
        elif source == "extra":
            mask = personal.header_mask(name) or personal.scrub_phones
        elif source == "field" and name == "problems":
            mask = _mask_problems_json
        elif column.kind is Kind.TEXT:
            mask = personal.scrub_phones
        masks.append(mask)
    return masks


def _mask_problems_json(value: Any) -> Any:
    import json

    if not value:
        return value
    return encode_json(personal.mask_problems(json.loads(value)))


def _apply(
    rows: Iterator[list[Any]], masks: list[Callable[[Any], Any] | None]
) -> Iterator[list[Any]]:
    for row in rows:
        yield [
            m(v) if m is not None and v is not None else v for m, v in zip(masks, row, strict=True)
        ]


def _table_sheet(
    conn: Connection,
    key: str,
    table: Table,
    columns: list[Column],
    masked: bool,
    shops: dict[int, tuple[Any, Any]] | None = None,
) -> Sheet:
    getters = _getters(table, columns, shops or {})
    query = select(table).order_by(_order_by(conn, table))
    if table.name == Setting.__tablename__:
        query = query.where(table.c.key.not_in(LOCAL_SETTINGS))

    def rows() -> Iterator[list[Any]]:
        result = conn.execution_options(yield_per=_YIELD).execute(query)
        produced = ([g(row) for g in getters] for row in result)
        return _apply(produced, _masks(columns)) if masked else produced

    return Sheet(key, columns, rows, _count(conn, query))


def _plain_columns(conn: Connection, table: Table, prefix: str, labels: Labels) -> list[Column]:
    columns = []
    for c in table.c:
        title = label(labels, f"col.{prefix}.{c.name}")
        columns.append(Column(f"field:{c.name}", title, kind_of(c)))
        if is_json(c):
            for piece in range(2, json_pieces(conn, table, c.name) + 1):
                columns.append(Column(f"field:{c.name}:{piece}", f"{title} ({piece})", Kind.TEXT))
    return columns


def build_sheets(
    conn: Connection, labels: Labels, *, masked: bool, now: datetime, only: tuple[str, ...] = ()
) -> list[Sheet]:
    """The sheets in workbook order (``only``: just these keys, e.g. for a store check)."""
    shops = {
        int(row.id): (row.platform_shop_id, row.name)
        for row in conn.execute(select(Shop.__table__))
    }
    wanted = only or SHEET_ORDER
    sheets: list[Sheet] = []
    for key in wanted:
        if masked and key == CHANGES:
            continue  # before-images of imports: personal data, and useless without restore
        sheet = _build(conn, key, labels, masked, now, shops)
        sheets.append(sheet)
    return sheets


def _build(
    conn: Connection,
    key: str,
    labels: Labels,
    masked: bool,
    now: datetime,
    shops: dict[int, tuple[Any, Any]],
) -> Sheet:
    if key == ORDERS:
        table = TABLES[ORDERS]
        columns = table_columns(conn, table, "orders", order_fields(), labels)
        return _table_sheet(conn, key, table, columns, masked, shops)
    if key == ITEMS:
        table = TABLES[ITEMS]
        columns = table_columns(conn, table, "items", item_fields(), labels)
        return _table_sheet(conn, key, table, columns, masked)
    if key in (MARKS, SHOPS, CHANGES, INVENTORY, SETTINGS):
        table = TABLES[key]
        prefix = {
            MARKS: "mark", SHOPS: "shop", CHANGES: "change", INVENTORY: "stock", SETTINGS: "setting"
        }[key]  # fmt: skip
        columns = _plain_columns(conn, table, prefix, labels)
        return _table_sheet(conn, key, table, columns, masked)
    if key == BATCHES:
        return _batches_sheet(conn, labels)
    from shopcloser.services import backup_derived

    if key == ABOUT:
        return backup_derived.about_sheet(conn, labels, masked, now, shops)
    if key == TRANSACTIONS:
        return backup_derived.transactions_sheet(conn, labels)
    if key == CUSTOMERS:
        return backup_derived.customers_sheet(conn, labels, masked)
    if key == AFTER_SALES:
        return backup_derived.after_sales_sheet(conn, labels, masked)
    raise ValueError(f"unknown sheet {key}")


def _batches_sheet(conn: Connection, labels: Labels) -> Sheet:
    """One row per imported file (a batch with no files gets one row of its own)."""
    table = BATCH_TABLE
    batch_columns = [c for c in table.c if c.name != "files"]
    columns = [
        Column(f"field:{c.name}", label(labels, f"col.batch.{c.name}"), kind_of(c))
        for c in batch_columns
    ]
    file_kinds = (Kind.INT, Kind.TEXT, Kind.TEXT, Kind.INT, Kind.TEXT, Kind.TEXT)
    widths = (8.0, 34.0, 10.0, 10.0, 20.0, 30.0)
    columns += [
        Column(key, label(labels, f"col.{key.replace(':', '.')}"), kind, width)
        for key, kind, width in zip(FILE_KEYS, file_kinds, widths, strict=True)
    ]
    query = select(table).order_by(table.c.id)

    def rows() -> Iterator[list[Any]]:
        for batch in conn.execute(query):
            head = [getattr(batch, c.name) for c in batch_columns]
            files = batch.files or []
            if not files:
                yield head + [None] * len(FILE_KEYS)
            for number, entry in enumerate(files, 1):
                details = entry if isinstance(entry, dict) else {}
                yield [
                    *head,
                    number,
                    _text(details.get("name")),
                    _text(details.get("kind")),
                    details.get("rows") if isinstance(details.get("rows"), int) else None,
                    _text(details.get("sha256")),
                    encode_json(entry),
                ]

    count = sum(max(len(files or []), 1) for (files,) in conn.execute(select(table.c.files)))
    return Sheet(BATCHES, columns, rows, count)
