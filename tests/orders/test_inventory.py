"""Leftover stock: SKUs from the orders or the merchant, and a decision for each."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import event

from shopcloser.domain.handling import Disposition, Verdict
from shopcloser.domain.statuses import RefundStatus, TradeStatus
from shopcloser.messages import UserError
from shopcloser.services.inventory import (
    StockItem,
    add_stock,
    collect_from_orders,
    decide,
    import_stock_file,
    list_stock,
    remove_stock,
    set_quantity,
    stock_summary,
)
from shopcloser.services.readiness import readiness
from shopcloser.store.database import Store
from tests.orders.seed import NOW, add_order


@pytest.fixture
def shop(store: Store) -> Store:
    add_order(
        store,
        "1",
        TradeStatus.TRADE_FINISHED,
        merchant_codes=["SKU-A"],
        quantities=[2],
        titles="连衣裙",
    )
    add_order(
        store,
        "2",
        TradeStatus.TRADE_FINISHED,
        refunds=(RefundStatus.NO_REFUND, RefundStatus.NO_REFUND),
        merchant_codes=["SKU-A", "SKU-B"],
        quantities=[3, 1],
    )
    add_order(store, "3", TradeStatus.TRADE_FINISHED, merchant_codes=[None])
    return store


def by_sku(store: Store) -> dict[str, StockItem]:
    return {item.sku: item for item in list_stock(store)}


def test_skus_are_found_in_the_item_reports(shop: Store) -> None:
    assert collect_from_orders(shop, by="王小明") == 2
    stock = by_sku(shop)
    assert set(stock) == {"SKU-A", "SKU-B"}
    assert stock["SKU-A"].sold == 5
    assert stock["SKU-A"].quantity is None
    assert collect_from_orders(shop) == 0  # nothing new the second time


def test_every_sku_held_needs_a_decision(shop: Store) -> None:
    collect_from_orders(shop)
    assert stock_summary(shop).undecided == 2
    assert readiness(shop, now=NOW).verdict is Verdict.ALMOST
    set_quantity(shop, ["SKU-B"], 0)  # none left: nothing to decide
    set_quantity(shop, ["SKU-A"], 12)
    decide(shop, ["SKU-A"], Disposition.RETURNED, note="退回供应商")
    summary = stock_summary(shop)
    assert (summary.skus, summary.undecided, summary.units_held) == (2, 0, 0)
    assert summary.by_disposition[Disposition.RETURNED.value] == 1
    assert readiness(shop, now=NOW).verdict is Verdict.READY


def test_kept_stock_still_counts_as_held(shop: Store) -> None:
    add_stock(shop, "OWN-1", title="样品", quantity=4, by="me")
    decide(shop, ["OWN-1"], Disposition.KEPT)
    assert stock_summary(shop).units_held == 4
    assert by_sku(shop)["OWN-1"].source == "entered"


def test_mistakes_are_refused_and_change_nothing(shop: Store) -> None:
    add_stock(shop, "OWN-1")
    with pytest.raises(UserError):
        add_stock(shop, " OWN-1 ")
    with pytest.raises(UserError):
        add_stock(shop, "   ")
    with pytest.raises(UserError):
        set_quantity(shop, ["OWN-1"], -1)
    with pytest.raises(UserError):
        decide(shop, ["OWN-1", "NOPE"], Disposition.WRITTEN_OFF)
    assert by_sku(shop)["OWN-1"].disposition is Disposition.UNDECIDED
    remove_stock(shop, ["OWN-1"])
    assert by_sku(shop) == {}


def test_a_stock_list_can_be_imported_from_csv_or_xlsx(shop: Store, tmp_path: Path) -> None:
    csv_file = tmp_path / "库存.csv"
    csv_file.write_bytes("商家编码,标题,库存\nSKU-A,连衣裙,7\nSKU-C,帽子,\n".encode("gb18030"))
    result = import_stock_file(shop, csv_file, by="me")
    assert (result.added, result.updated) == (2, 0)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["盘点表"])
    sheet.append(["SKU", "Title", "Quantity"])
    sheet.append(["SKU-A", None, 9])
    sheet.append(["SKU-D", "围巾", "#N/A"])  # a lookup formula that found nothing
    xlsx_file = tmp_path / "stock.xlsx"
    workbook.save(xlsx_file)
    result = import_stock_file(shop, xlsx_file)
    assert (result.added, result.updated) == (1, 1)
    stock = by_sku(shop)
    assert stock["SKU-A"].quantity == 9
    assert stock["SKU-A"].title == "连衣裙"
    assert stock["SKU-C"].quantity is None
    assert stock["SKU-D"].quantity is None  # no count yet, not a refused list


def test_traditional_chinese_headers_are_understood(shop: Store, tmp_path: Path) -> None:
    csv_file = tmp_path / "庫存.csv"
    csv_file.write_text("商家編碼,標題,數量\nSKU-T,外套,4\n", encoding="utf-8")
    import_stock_file(shop, csv_file)
    stock = by_sku(shop)
    assert stock["SKU-T"].title == "外套"
    assert stock["SKU-T"].quantity == 4


def test_a_bad_stock_list_is_explained(shop: Store, tmp_path: Path) -> None:
    no_sku = tmp_path / "a.csv"
    no_sku.write_text("name,count\nx,1\n", encoding="utf-8")
    with pytest.raises(UserError, match="SKU column"):
        import_stock_file(shop, no_sku)
    bad_quantity = tmp_path / "b.csv"
    bad_quantity.write_text("sku,qty\nA,lots\n", encoding="utf-8")
    with pytest.raises(UserError, match="Row 2"):
        import_stock_file(shop, bad_quantity)
    assert by_sku(shop) == {}


def test_a_long_stock_list_can_be_changed_all_at_once(store: Store, tmp_path: Path) -> None:
    """More SKUs, chosen together, than SQLite takes values in one statement: 32,766 by
    default (builds differ; this machine's allows more, so the test sets the default)."""

    @event.listens_for(store.engine, "connect")
    def default_limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32_766)

    store.engine.dispose()  # connections opened from now on get the limit
    skus = [f"SKU-{n:05d}" for n in range(40_000)]
    stock_file = tmp_path / "库存.csv"
    stock_file.write_text("商家编码,库存\n" + "".join(f"{s},1\n" for s in skus), encoding="utf-8")
    assert import_stock_file(store, stock_file).added == len(skus)
    with pytest.raises(UserError):
        decide(store, [*skus, "NOPE"], Disposition.WRITTEN_OFF)
    decide(store, skus, Disposition.WRITTEN_OFF, note="sold off")
    set_quantity(store, skus, 0)
    stock = by_sku(store)
    assert {(s.disposition, s.quantity) for s in stock.values()} == {(Disposition.WRITTEN_OFF, 0)}
    remove_stock(store, skus)
    assert by_sku(store) == {}
