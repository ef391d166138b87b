"""Stores to back up: one seeded through the models with every awkward value, one imported
from generated seller-centre exports."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, select

from shopcloser.formats.backup_cells import round_ms
from shopcloser.store.database import Store, open_store
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

PHONES = ["13812345678", "15900001111", "18698765432", "17711112222"]
NAMES = ["张三丰", "李四", "王小二", "赵六"]
ADDRESSES = [
    "浙江省 杭州市 西湖区 文三路90号幸福里7幢902室(310012)",
    "广东省 深圳市 宝安区 文三路12号阳光小区18幢104室(518000)",
    "江苏省 南京市 玄武区 解放路47号星河湾18幢2603室(210000)",
    "上海市 上海市 浦东新区 世纪大道100号(200120)",
]
# Texts a spreadsheet would take for formulas, errors or markup, and characters XML cannot
# carry: each must come back exactly as stored.
AWKWARD = [
    '=HYPERLINK("http://evil.example","点我")',
    "+86 123",
    "-5",
    "@SUM(A1)",
    "\t前面有制表符",
    "\r\n前面有换行",
    "#N/A",
    "字面上的 _x0041_ 不是 A",
    "响铃\x07字符",
    "  两边有空格  ",
    "Windows 换行\r\n第二行",
    '<b>&amp;</b> "引号"',
]
ORDER_HEADERS = [
    "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额",
    "买家实际支付金额", "订单状态", "买家留言", "收货人姓名", "收货地址", "运送方式",
    "联系电话", "联系手机", "订单创建时间", "订单付款时间", "宝贝标题", "物流单号", "物流公司",
    "订单备注", "宝贝总数量", "店铺Id", "店铺名称", "订单关闭原因", "修改后的收货地址",
    "发票抬头", "退款金额",
]  # fmt: skip
ITEM_HEADERS = [
    "子订单编号", "主订单编号", "标题", "价格", "购买数量", "商品属性", "备注", "订单状态",
    "商家编码", "退款状态", "退款金额", "买家实际支付金额",
]  # fmt: skip
WHEN = datetime(2020, 3, 1, 8, 0, 8)


def seed_store(store: Store) -> None:
    """Four orders with items, marks, a batch with undo data, and every awkward text."""
    with store.transaction() as session:
        session.add(Shop(id=1, platform_shop_id="60123456", name="小王的杂货铺"))
        session.flush()
        session.add(
            ImportBatch(
                id=1,
                started_at=datetime(2024, 5, 6, 7, 8, 9, 123456),
                finished_at=datetime(2024, 5, 6, 7, 8, 10),
                files=[
                    {
                        "name": "ExportOrderList.csv",
                        "sha256": "ab" * 32,
                        "kind": "orders",
                        "layout": "2017",
                        "headers": ORDER_HEADERS,
                        "rows": 4,
                        "flagged": 1,
                    },
                    {
                        "name": "ExportOrderDetailList.csv",
                        "sha256": "cd" * 32,
                        "kind": "items",
                        "layout": "2020",
                        "headers": ITEM_HEADERS,
                        "rows": 5,
                        "flagged": 0,
                    },
                ],
                orders_added=4,
                items_added=5,
                flagged_rows=1,
            )
        )
        session.flush()
        statuses = [
            ("TRADE_FINISHED", "交易成功", ""),
            ("WAIT_SELLER_SEND_GOODS", "买家已付款，等待卖家发货", "open_order"),
            ("WAIT_BUYER_CONFIRM_GOODS", "卖家已发货，等待买家确认", "open_order,open_refund"),
            ("TRADE_CLOSED", "交易关闭", ""),
        ]
        for n in range(4):
            status, text, blocking = statuses[n]
            order_id = f"3515313147329357{n}"
            session.add(
                Order(
                    order_id=order_id,
                    shop_id=1,
                    status=status,
                    status_text=text,
                    buyer_nick=f"tb{n}_{NAMES[n]}",
                    buyer_alipay=f"{PHONES[n]}" if n % 2 else f"buyer{n}@example.com",
                    receiver_name=NAMES[n],
                    receiver_address=ADDRESSES[n],
                    receiver_phone="0571-81450685" if n == 0 else None,
                    receiver_mobile=PHONES[n],
                    buyer_message=f"{AWKWARD[n]} 请打电话 {PHONES[n]}",
                    created_at=WHEN.replace(day=n + 1),
                    paid_at=WHEN.replace(day=n + 1, minute=5) if n != 3 else None,
                    goods_amount=Decimal("201.12") + n,
                    postage=Decimal("0.00"),
                    total_amount=Decimal("201.12") + n,
                    paid_amount=Decimal("201.12") + n if n != 3 else Decimal("0.00"),
                    refund_amount=Decimal("20.50") if n == 2 else None,
                    item_titles="，".join(["有机绿茶"] * (n + 1)),
                    item_count=n + 1,
                    logistics_company="顺丰速运",
                    tracking_no=f"SF00{n}",
                    merchant_note=AWKWARD[(n + 4) % len(AWKWARD)],
                    extra={
                        "运送方式": "快递",
                        "修改后的收货地址": ADDRESSES[(n + 1) % 4],
                        "发票抬头": AWKWARD[(n + 8) % len(AWKWARD)],
                    },
                    problems=[["订单付款时间", "2020-13-45"], ["联系手机", PHONES[n]]]
                    if n == 1
                    else [],
                    blocking_reasons=blocking,
                    handled=n == 2,
                    first_batch_id=1,
                    last_batch_id=1,
                )
            )
        session.flush()
        for n in range(5):
            order = n % 4
            refund = (
                ("WAIT_SELLER_AGREE", "买家已经申请退款，等待卖家同意")
                if n == 2
                else ("NO_REFUND", "没有申请退款")
            )
            session.add(
                OrderItem(
                    item_key=f"280000000000100000{n}",
                    order_id=f"3515313147329357{order}",
                    sub_order_id=f"280000000000100000{n}",
                    line_no=1 + n // 4,
                    title=AWKWARD[n] if n else "有机绿茶明前龙井250g",
                    price=Decimal("158.00"),
                    quantity=1,
                    sku_props="净含量:250g",
                    merchant_code="SKU-1006",
                    status="TRADE_FINISHED",
                    status_text="交易成功",
                    refund_status=refund[0],
                    refund_status_text=refund[1],
                    refund_amount=Decimal("20.50") if n == 2 else Decimal("0.00"),
                    paid_amount=Decimal("158.00"),
                    created_at=WHEN,
                    extra={"备注": f"联系 {PHONES[order]}"} if n == 1 else {},
                    first_batch_id=1,
                    last_batch_id=1,
                )
            )
        session.add(
            BatchChange(
                id=1,
                batch_id=1,
                table_name="orders",
                row_key="35153131473293570",
                before={
                    "order_id": "35153131473293570",
                    "receiver_mobile": PHONES[0],
                    "receiver_name": NAMES[0],
                    "extra": {"联系手机": PHONES[0], "运送方式": "快递"},
                    "problems": [],
                },
            )
        )
        session.add(
            InventoryItem(
                id=1,
                sku="SKU-红色-M",
                title="连衣裙 红色 M",
                quantity=12,
                disposition="returned",
                note=AWKWARD[0],
                source="orders",
                updated_by="店长",
                updated_at=datetime(2024, 6, 2, 10, 0, 0, 250000),
            )
        )
        session.add(InventoryItem(id=2, sku="=1+1", title=None, quantity=None))
        session.add(Setting(key="after_sales_days", value="7"))
        session.add(Setting(key="checklist.notify_suppliers", value="1"))
        session.add(Setting(key="checklist.export_backup", value="0"))
        for n, (kind, note) in enumerate(
            [("mark", f"已电话联系买家 {PHONES[2]}"), ("unmark", None), ("mark", AWKWARD[0])]
        ):
            session.add(
                HandledMark(
                    id=n + 1,
                    order_id="35153131473293572",
                    kind=kind,
                    action="refunded" if kind == "mark" else None,
                    note=note,
                    by="店长",
                    at=datetime(2024, 6, 1, 9, 30, n, 654321),
                )
            )


def table_contents(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every data table, times to the millisecond (what a workbook keeps)."""
    contents = {}
    for model in (Shop, ImportBatch, Order, OrderItem, BatchChange, HandledMark, InventoryItem):
        table = model.__table__
        assert isinstance(table, Table)
        key = next(iter(table.primary_key.columns))
        with store.sessions() as session:
            rows = session.execute(select(table).order_by(key)).mappings().all()
        contents[table.name] = [
            {k: round_ms(v) if isinstance(v, datetime) else v for k, v in row.items()}
            for row in rows
        ]
    return contents


def xml_text_of(path: Path) -> str:
    """Every XML part of an xlsx, concatenated."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith((".xml", ".rels"))
        )


# A mobile number on its own (not inside a longer number such as an order id).
PHONE_PATTERN = re.compile(r"(?<![\d.])1[3-9]\d{9}(?!\d)")


@pytest.fixture
def seeded(store: Store) -> Store:
    seed_store(store)
    return store


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "restored.db"))
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def export_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A seller-centre order report and item report of the same 60 orders."""
    from tests.samples import write_items, write_orders

    folder = tmp_path_factory.mktemp("exports")
    orders, items = folder / "ExportOrderList.csv", folder / "ExportOrderDetailList.csv"
    write_orders(orders, 60, 7, "newest")
    write_items(items, 60, 7, "2020")
    return [orders, items]


@pytest.fixture
def imported(store: Store, export_files: list[Path]) -> Store:
    from shopcloser.services.importing import import_files

    import_files(store, export_files)
    return store
