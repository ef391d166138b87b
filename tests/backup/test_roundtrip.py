"""Backup → restore gives the same store; the workbook reads as a merchant expects."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopcloser.messages import UserError
from shopcloser.services.backup import write_backup
from shopcloser.services.backup_labels import DEFAULT_LABELS
from shopcloser.services.backup_records import records
from shopcloser.services.backup_verify import verify_backup
from shopcloser.services.restore import restore_backup
from shopcloser.services.settings import (
    AFTER_SALES_DAYS,
    after_sales_days,
    checklist_state,
    set_setting,
)
from shopcloser.services.status import store_status
from shopcloser.store.database import Store
from tests.backup.conftest import ORDER_HEADERS, table_contents
from tests.samples import DATA


def test_seeded_store_round_trips_exactly(
    seeded: Store, empty_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "backup.xlsx"
    write_backup(seeded, out)
    restore_backup(empty_store, out)
    assert store_status(empty_store).as_json() == store_status(seeded).as_json()
    assert table_contents(empty_store) == table_contents(seeded)


def test_imported_store_round_trips_exactly(
    imported: Store, empty_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "backup.xlsx"
    result = write_backup(imported, out)
    assert result.rows("orders") == 60
    restore_backup(empty_store, out)
    assert store_status(empty_store).as_json() == store_status(imported).as_json()
    assert table_contents(empty_store) == table_contents(imported)


def test_orders_sheet_keeps_the_export_headers_and_real_types(
    seeded: Store, tmp_path: Path
) -> None:
    out = tmp_path / "backup.xlsx"
    write_backup(seeded, out, now=datetime(2024, 7, 1, 12, 0))
    book = load_workbook(out)
    assert book.sheetnames == [
        "About", "Orders", "Items", "Transactions", "Customers", "After-sales",
        "Handling log", "Leftover stock", "Import history", "Shops", "Undo data",
        "Shop settings", "Manifest", "shopcloser-keys",
    ]  # fmt: skip
    assert book["shopcloser-keys"].sheet_state == "hidden"
    orders = book["Orders"]
    headers = [c.value for c in orders[1]]
    assert headers[: len(ORDER_HEADERS)] == ORDER_HEADERS
    assert "Status code" in headers
    row = dict(zip(headers, orders[2], strict=True))
    assert row["订单编号"].value == "35153131473293570" and row["订单编号"].data_type == "s"
    assert row["联系手机"].value == "13812345678" and row["联系手机"].data_type == "s"
    assert row["总金额"].value == pytest.approx(201.12)
    assert row["总金额"].number_format == "0.00"
    assert row["订单创建时间"].value == datetime(2020, 3, 1, 8, 0, 8)
    assert row["订单创建时间"].is_date
    assert row["Status code"].value == "TRADE_FINISHED"
    assert row["修改后的收货地址"].value.startswith("广东省")
    for sheet in book.worksheets[:-2]:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref, sheet.title
        assert sheet.column_dimensions["A"].width >= 8
    about = [r[1] for r in book["About"].iter_rows(values_only=True)]
    assert "小王的杂货铺" in about and "2024-07-01 12:00:00" in about


def test_transactions_customers_and_after_sales(seeded: Store, tmp_path: Path) -> None:
    out = tmp_path / "backup.xlsx"
    write_backup(seeded, out)
    book = load_workbook(out, read_only=True)
    transactions = list(book["Transactions"].iter_rows(min_row=2, values_only=True))
    kinds = [row[3] for row in transactions]
    assert kinds.count("Payment") == 3 and kinds.count("Refund") == 1
    customers = list(book["Customers"].iter_rows(min_row=2, values_only=True))
    assert len(customers) == 4
    assert {row[3] for row in customers} == {"13812345678", "15900001111", "18698765432",
                                             "17711112222"}  # fmt: skip
    after_sales = list(book["After-sales"].iter_rows(min_row=2, values_only=True))
    assert [(row[0], row[3]) for row in after_sales] == [("35153131473293572", "WAIT_SELLER_AGREE")]


def test_long_tables_continue_on_further_sheets(
    seeded: Store, empty_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "backup.xlsx"
    result = write_backup(seeded, out, row_limit=3)
    titles = [p.title for p in result.parts if p.key == "orders"]
    assert titles == ["Orders", "Orders 2"]
    assert [p.rows for p in result.parts if p.key == "items"] == [3, 2]
    book = load_workbook(out, read_only=True)
    manifest = list(book["Manifest"].iter_rows(min_row=2, values_only=True))
    assert ("Orders 2", "orders", 2, 1) in [row[:4] for row in manifest]
    assert verify_backup(out).ok
    restore_backup(empty_store, out)
    assert table_contents(empty_store) == table_contents(seeded)


def test_a_backup_in_another_language_restores_anywhere(
    seeded: Store, empty_store: Store, tmp_path: Path
) -> None:
    chinese = {key: f"中文{n}" for n, key in enumerate(DEFAULT_LABELS)}
    chinese["sheet.orders"] = "订单"
    out = tmp_path / "备份.xlsx"
    write_backup(seeded, out, labels=chinese)
    assert "订单" in load_workbook(out, read_only=True).sheetnames
    report = verify_backup(out, store=seeded, compare_store=True)
    assert report.ok and report.current
    restore_backup(empty_store, out)
    assert table_contents(empty_store) == table_contents(seeded)


def test_restore_refuses_a_store_that_holds_data(seeded: Store, tmp_path: Path) -> None:
    out = tmp_path / "backup.xlsx"
    write_backup(seeded, out)
    before = table_contents(seeded)
    with pytest.raises(UserError, match="empty"):
        restore_backup(seeded, out)
    assert table_contents(seeded) == before


def test_restore_refuses_a_masked_copy(seeded: Store, empty_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "masked.xlsx"
    write_backup(seeded, out, masked=True)
    with pytest.raises(UserError, match="masked"):
        restore_backup(empty_store, out)
    assert store_status(empty_store).orders == 0


def test_a_backup_resaved_by_a_spreadsheet_program_still_verifies(
    seeded: Store, empty_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "backup.xlsx"
    write_backup(seeded, out)
    resaved = tmp_path / "resaved.xlsx"
    load_workbook(out).save(resaved)  # shared strings, other styles, other XML
    assert verify_backup(resaved).ok
    restore_backup(empty_store, resaved)
    assert table_contents(empty_store) == table_contents(seeded)


def test_an_empty_store_backs_up_and_restores(
    store: Store, empty_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "empty.xlsx"
    result = write_backup(store, out)
    assert result.rows("orders") == 0
    assert verify_backup(out).ok
    restore_backup(empty_store, out)
    assert store_status(empty_store).orders == 0


def test_leftover_stock_and_shop_settings_come_back_and_replace_the_new_stores(
    seeded: Store, empty_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "backup.xlsx"
    write_backup(seeded, out)
    set_setting(empty_store, AFTER_SALES_DAYS, "30")  # chosen before restoring
    restore_backup(empty_store, out)
    assert after_sales_days(empty_store) == 7
    assert checklist_state(empty_store) == {"notify_suppliers": True, "export_backup": False}
    # The list of backups made on the first PC stays behind: its paths mean nothing here.
    assert [r.path for r in records(empty_store)] == [str(out.absolute())]
    restored = table_contents(empty_store)["inventory_items"]
    assert restored == table_contents(seeded)["inventory_items"]
    assert [row["sku"] for row in restored] == ["SKU-红色-M", "=1+1"]


def test_a_backup_from_before_stock_and_settings_were_backed_up_still_restores(
    seeded: Store, empty_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shopcloser.services import backup_sheets

    older = tuple(
        k for k in backup_sheets.SHEET_ORDER if k not in backup_sheets.OPTIONAL_SOURCE_SHEETS
    )
    monkeypatch.setattr(backup_sheets, "SHEET_ORDER", older)
    out = tmp_path / "older.xlsx"
    write_backup(seeded, out)
    monkeypatch.undo()
    assert "Leftover stock" not in load_workbook(out, read_only=True).sheetnames
    restore_backup(empty_store, out)
    assert store_status(empty_store).as_json() == store_status(seeded).as_json()
    assert table_contents(empty_store)["orders"] == table_contents(seeded)["orders"]
    assert table_contents(empty_store)["inventory_items"] == []


def test_an_undo_image_longer_than_a_cell_goes_on_in_further_columns(
    store: Store, empty_store: Store, tmp_path: Path
) -> None:
    """An order whose texts are long (each within a cell's 32,767 characters), changed by a
    second import: what undo needs of it runs past one cell, yet backs up and restores."""
    import csv

    from shopcloser.services.batches import undo_batch
    from shopcloser.services.importing import import_files

    with (DATA / "orders-2017.csv").open(encoding="gb18030", newline="") as handle:
        rows = list(csv.reader(handle))
    headers = [h.strip() for h in rows[0]]
    first = rows[1]
    # Spaces and formula signs wherever the text is cut into cells.
    first[headers.index("买家留言")] = "留言= " * 5_000
    first[headers.index("订单备注")] = "备注 -" * 5_000

    def export(name: str) -> Path:
        path = tmp_path / name
        with path.open("w", encoding="gb18030", newline="") as handle:
            csv.writer(handle, quoting=csv.QUOTE_ALL).writerows(rows)
        return path

    import_files(store, [export("ExportOrderList.csv")])
    first[headers.index("订单备注")] = "改过 +" * 5_000
    batch = import_files(store, [export("ExportOrderList (1).csv")]).batch_id

    out = tmp_path / "backup.xlsx"
    write_backup(store, out)
    book = load_workbook(out, read_only=True)
    titles = [cell.value for cell in next(book["Undo data"].iter_rows(max_row=1))]
    book.close()
    assert titles[-3:] == ["Before the import", "Before the import (2)", "Before the import (3)"]
    assert verify_backup(out).ok
    restore_backup(empty_store, out)
    assert table_contents(empty_store) == table_contents(store)

    when = datetime(2026, 11, 23, 12, 0)
    undo_batch(empty_store, batch, now=when)
    undo_batch(store, batch, now=when)
    assert table_contents(empty_store) == table_contents(store)
    assert "备注 -" * 5_000 in str(table_contents(empty_store)["orders"])


def test_a_column_whose_header_has_colons_is_backed_up(
    store: Store, empty_store: Store, tmp_path: Path
) -> None:
    """A column ShopCloser does not model keeps its file's header, colons and all (发票:抬头):
    its values are in the backup and come back with a restore."""
    import csv

    from shopcloser.services.importing import import_files

    with (DATA / "orders-2017.csv").open(encoding="gb18030", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[0].append("发票:抬头:类型")
    for number, row in enumerate(rows[1:], 1):
        row.append(f"某某公司{number}:个人")
    path = tmp_path / "ExportOrderList.csv"
    with path.open("w", encoding="gb18030", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL).writerows(rows)
    import_files(store, [path])

    out = tmp_path / "backup.xlsx"
    write_backup(store, out)
    book = load_workbook(out, read_only=True)
    sheet = list(book["Orders"].iter_rows(values_only=True))
    book.close()
    column = sheet[0].index("发票:抬头:类型")
    assert sorted(str(row[column]) for row in sheet[1:]) == sorted(
        f"某某公司{n}:个人" for n in range(1, len(rows))
    )
    assert verify_backup(out).ok
    restore_backup(empty_store, out)
    assert table_contents(empty_store) == table_contents(store)


def test_the_about_sheet_describes_every_sheet(seeded: Store, tmp_path: Path) -> None:
    """Leftover stock and Shop settings were described by their internal keys
    ("desc.inventory")."""
    out = tmp_path / "backup.xlsx"
    write_backup(seeded, out)
    book = load_workbook(out)
    about = book["About"].iter_rows(values_only=True, max_col=2)
    described = {row[0]: row[-1] for row in about if row[0]}
    shown = [sheet.title for sheet in book.worksheets if sheet.sheet_state == "visible"]
    for name in shown[1:]:
        text = described.get(name.split(" (")[0])  # "Orders (2)" continues "Orders"
        assert text and " " in text and text.endswith("."), (name, text)
