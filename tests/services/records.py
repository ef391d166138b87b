"""Building records and looking at a store, for the import and undo tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from shopcloser.domain.records import ItemRecord, OrderRecord
from shopcloser.domain.statuses import refund_status_from_text, trade_status_from_text
from shopcloser.formats.report import ReportKind
from shopcloser.services.importing import ImportSource

FINISHED = "交易成功"
TO_SHIP = "买家已付款，等待卖家发货"
SHIPPED = "卖家已发货，等待买家确认"
REFUND_ASKED = "买家已经申请退款，等待卖家同意"
NO_REFUND = "没有申请退款"


def order(order_id: str, status: str = FINISHED, row: int = 2, **fields: Any) -> OrderRecord:
    values: dict[str, Any] = {
        "buyer_nick": f"buyer{order_id[-4:]}",
        "receiver_name": "张三",
        "receiver_mobile": "13900001111",
        "receiver_address": "浙江省 杭州市 西湖区 文三路1号(310000)",
        "created_at": datetime(2020, 5, 1, 10, 30, 0),
        "paid_at": datetime(2020, 5, 1, 10, 31, 5),
        "total_amount": Decimal("201.12"),
        "paid_amount": Decimal("201.12"),
        "postage": Decimal("0.00"),
        "item_titles": "连衣裙，围巾",
        "shop_id": "5800",
        "shop_name": "小店",
        "extra": {"运送方式": "快递", "是否手机订单": "手机订单"},
    }
    values.update(fields)
    return OrderRecord(
        order_id=order_id,
        status_text=status,
        status=trade_status_from_text(status, values.get("close_reason")),
        row_number=row,
        **values,
    )


def item(
    order_id: str,
    line: int = 1,
    *,
    sub: str | None = None,
    status: str = FINISHED,
    refund: str | None = None,
    row: int = 2,
    **fields: Any,
) -> ItemRecord:
    values: dict[str, Any] = {
        "title": f"宝贝{line}",
        "price": Decimal("100.56"),
        "quantity": 1,
        "extra": {"商家编码": "", "备注": ""},
    }
    values.update(fields)
    return ItemRecord(
        order_id=order_id,
        sub_order_id=sub,
        line_no=line,
        status_text=status,
        status=trade_status_from_text(status),
        refund_status_text=refund,
        refund_status=refund_status_from_text(refund),
        row_number=row,
        **values,
    )


def orders_file(records: Iterable[OrderRecord], name: str = "orders.csv") -> ImportSource:
    return ImportSource(name=name, kind=ReportKind.ORDERS, records=list(records))


def items_file(records: Iterable[ItemRecord], name: str = "items.csv") -> ImportSource:
    return ImportSource(name=name, kind=ReportKind.ITEMS, records=list(records))


def oid(n: int) -> str:
    """The n-th made-up order id: 18 digits, like real ones."""
    return f"35153131473{n:07d}"


def numbered_orders(count: int, start: int = 0, status: str = FINISHED) -> Iterator[OrderRecord]:
    for n in range(start, start + count):
        yield order(oid(n), status, row=n + 2)


# Tables an import or an undo may change; import_batches keeps its history on purpose.
DATA_TABLES = ("orders", "order_items", "shops", "handled_marks", "batch_changes")


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the data tables, as the database holds them (checking on the way that
    every item's order, every batch and every shop a row points to exists)."""
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in DATA_TABLES
        }


def rows_of(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()
