"""The columns of the Orders and Items sheets: the merchant's own headers, then the app's.

The import keeps modelled columns (订单编号 → ``order_id``) in table columns and every other
column in ``extra`` under its header. Here that is undone: the headers of every imported
file of the kind, in file order, give the sheet's columns back under their original names,
each bound to the stored value it came from. Key forms:

- ``field:<column>``: a column of the table (modelled, or one the app adds);
- ``extra:<header>``: a value kept in ``extra`` under that header;
- ``shop:platform_id`` / ``shop:name``: the order's shop (shown, not restored from).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Integer, Table, select, text
from sqlalchemy.engine import Connection

from shopcloser.formats.backup_cells import Column, Kind
from shopcloser.formats.columns import (
    ITEM_FIELDS,
    ORDER_FIELDS,
    Cell,
    Field,
    header_key,
    kept_columns,
)
from shopcloser.services.backup_labels import Labels, label
from shopcloser.store.models import ImportBatch
from shopcloser.store.types import Money

_CELL_KINDS = {Cell.MONEY: Kind.MONEY, Cell.TIME: Kind.TIME, Cell.COUNT: Kind.INT}
# Record attributes that are not columns of the orders table.
_SHOP_FIELDS = {"shop_id": "shop:platform_id", "shop_name": "shop:name"}
# Columns that never appear as sheet columns of their own.
_HIDDEN = frozenset({"extra"})


def kind_of(column: Any) -> Kind:
    """The sheet kind for a table column, from its SQL type."""
    sql_type = column.type
    if isinstance(sql_type, Money):
        return Kind.MONEY
    if isinstance(sql_type, DateTime):
        return Kind.TIME
    if isinstance(sql_type, Boolean):
        return Kind.BOOL
    if isinstance(sql_type, Integer):
        return Kind.INT
    return Kind.TEXT


def is_json(column: Any) -> bool:
    return isinstance(column.type, JSON)


@dataclass(frozen=True)
class _Role:
    title: str
    key: str


def _file_roles(
    headers: Sequence[str], fields: tuple[Field, ...], kept: frozenset[str]
) -> list[_Role]:
    """What each column of one file became on import (the reader's own rules). A column
    with an empty header is one only when some row kept a value in it (``kept``: the
    names in stored ``extra`` values): an empty one was nothing in the merchant's file."""
    positions: dict[str, int] = {}
    for index, header in enumerate(headers):
        if header:
            positions.setdefault(header_key(header), index)
    used: dict[int, str] = {}
    for f in fields:
        for alias in f.aliases:
            column = positions.get(header_key(alias))
            if column is not None and column not in used:
                used[column] = _SHOP_FIELDS.get(f.attr, f"field:{f.attr}")
                break
    names = dict(kept_columns(list(headers), used))
    roles: list[_Role] = []
    for index, header in enumerate(headers):
        name = names.get(index)
        if index in used:
            roles.append(_Role(header, used[index]))
        elif name is not None and (header or name in kept):
            roles.append(_Role(name, f"extra:{name}"))
    return roles


def source_columns(
    file_headers: Iterable[Sequence[str]],
    fields: tuple[Field, ...],
    table: Table,
    extra_keys: Iterable[str],
    filled: set[str],
) -> list[Column]:
    """The export's own columns of a sheet, in file order, under their original headers.

    ``extra_keys`` are the names found in stored ``extra`` values (added when no file
    header mentions them); ``filled`` the table columns holding any value (a modelled
    column that no header names is added only when it holds something).
    """
    extra_keys = list(extra_keys)
    kept = frozenset(extra_keys)
    order: list[str] = []
    roles: dict[str, list[str]] = {}
    for headers in file_headers:
        for role in _file_roles(headers, fields, kept):
            if role.title not in roles:
                order.append(role.title)
                roles[role.title] = []
            if role.key not in roles[role.title]:
                roles[role.title].append(role.key)
    extra_titles = {t for t in order if any(k.startswith("extra:") for k in roles[t])}
    # Each modelled field takes the first header that fed it, preferring one that is not
    # also a kept column of another file (主订单编号 can be either).
    chosen: dict[str, str] = {}
    for title in order:
        for key in roles[title]:
            if key.startswith("extra:"):
                continue
            current = chosen.get(key)
            if current is None or (current in extra_titles and title not in extra_titles):
                chosen[key] = title
    kinds = {_SHOP_FIELDS.get(f.attr, f"field:{f.attr}"): f for f in fields}
    columns: list[Column] = []
    emitted: set[str] = set()
    for title in order:
        for key in roles[title]:
            if key in emitted or (not key.startswith("extra:") and chosen.get(key) != title):
                continue
            emitted.add(key)
            field = kinds.get(key)
            kind = _CELL_KINDS.get(field.cell, Kind.TEXT) if field else Kind.TEXT
            columns.append(Column(key, title, kind, _width(kind, key)))
    titles = {c.title for c in columns}
    for f in fields:
        key = _SHOP_FIELDS.get(f.attr, f"field:{f.attr}")
        attr_filled = f.attr in filled or (key.startswith("shop:") and "shop_id" in filled)
        if key in emitted or not (attr_filled or f.attr == "order_id"):
            continue
        if f.attr not in table.c and not key.startswith("shop:"):
            continue
        title = f.aliases[0] if f.aliases[0] not in titles else f"{f.aliases[0]} *"
        emitted.add(key)
        kind = _CELL_KINDS.get(f.cell, Kind.TEXT)
        columns.append(Column(key, title, kind, _width(kind, key)))
        titles.add(title)
    for name in extra_keys:
        key = f"extra:{name}"
        if key not in emitted:
            emitted.add(key)
            columns.append(Column(key, name, Kind.TEXT))
    return columns


def app_columns(table: Table, taken: set[str], labels: Labels) -> list[Column]:
    """The table's other columns (status code, handled, batches…), titled by the app."""
    columns = []
    for column in table.c:
        key = f"field:{column.name}"
        if key in taken or column.name in _HIDDEN:
            continue
        kind = kind_of(column)
        title = label(labels, f"col.{column.name}")
        columns.append(Column(key, title, kind, _width(kind, key)))
    return columns


def _width(kind: Kind, key: str) -> float | None:
    if key in ("field:order_id", "field:sub_order_id", "field:item_key", "field:tracking_no"):
        return 21.0
    if key in ("field:receiver_address", "field:item_titles", "field:title"):
        return 40.0
    return None


def file_headers(conn: Connection, kind: str) -> list[list[str]]:
    """The header rows of every imported file of ``kind`` ("orders"/"items"), oldest first."""
    headers = []
    for (files,) in conn.execute(select(ImportBatch.files).order_by(ImportBatch.id)):
        for entry in files or []:
            if isinstance(entry, dict) and entry.get("kind") == kind:
                headers.append([str(h) for h in entry.get("headers") or []])
    return headers


def extra_keys(conn: Connection, table: Table) -> list[str]:
    """Every name used in the table's ``extra`` values."""
    if conn.dialect.name == "sqlite":
        rows = conn.execute(
            text(f"SELECT DISTINCT j.key FROM {table.name}, json_each({table.name}.extra) AS j")  # noqa: S608 - our table name
        )
        return sorted(str(key) for (key,) in rows)
    names: set[str] = set()
    for (extra,) in conn.execute(select(table.c.extra)):
        names.update(extra or {})
    return sorted(names)


def filled_columns(conn: Connection, table: Table) -> set[str]:
    """The table's columns that hold a value in at least one row."""
    from sqlalchemy import func

    columns = [c for c in table.c if c.name not in _HIDDEN]
    counts = conn.execute(select(*[func.count(c) for c in columns])).one()
    return {c.name for c, n in zip(columns, counts, strict=True) if n}


def table_columns(
    conn: Connection, table: Table, kind: str, fields: tuple[Field, ...], labels: Labels
) -> list[Column]:
    """All columns of the Orders (``kind`` "orders") or Items sheet."""
    source = source_columns(
        file_headers(conn, kind),
        fields,
        table,
        extra_keys(conn, table),
        filled_columns(conn, table),
    )
    # Modelled fields that no file named and no row fills are left out, not retitled.
    taken = {c.key for c in source} | {f"field:{f.attr}" for f in fields}
    if table.name == "orders":
        taken.discard("field:shop_id")  # the shop number column, not the platform's id
    return source + app_columns(table, taken, labels)


def order_fields() -> tuple[Field, ...]:
    return ORDER_FIELDS


def item_fields() -> tuple[Field, ...]:
    return ITEM_FIELDS


def encode_json(value: Any) -> str | None:
    """A JSON column's value as the text a sheet keeps (compact, Chinese kept readable)."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
