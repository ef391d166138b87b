"""Exports a merchant passed through another program before importing them: what that
program changed in the cells is read as the export meant it, or the file is read as the
report it still is (found by a helper making such files with Excel's neighbours)."""

from __future__ import annotations

import csv
import re
import sqlite3
import zipfile
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from tests.helpers import REPO, run_cli

DATA = REPO / "tests" / "data"
TIMES = ("订单创建时间", "订单付款时间 ", "确认收货时间")


def _imported(db: Path, *files: Path) -> str:
    done = run_cli("import", *map(str, files), db=db)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _orders(db: Path) -> dict[str, tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute(
            "SELECT order_id, created_at, paid_at, confirmed_at, total_amount, blocking_reasons,"
            " problems FROM orders"
        )
        return {row[0]: row[1:] for row in rows}


def _resaved(target: Path, change: object) -> Path:
    """orders-2020.xlsx with ``change(sheet, headers)`` applied, saved by openpyxl."""
    book = openpyxl.load_workbook(DATA / "orders-2020.xlsx")
    sheet = book.active
    assert sheet is not None
    headers = [cell.value for cell in sheet[1]]
    change(book, sheet, headers)  # type: ignore[operator]
    book.save(target)
    return target


def test_times_of_a_1904_workbook_in_general_cells_are_read_from_1904(tmp_path: Path) -> None:
    """Excel for Mac's old "1904 date system": a day number counts from 1904-01-01. Read
    from 1899-12-30, as in other workbooks, every time came out four years early."""

    def as_1904_day_numbers(book, sheet, headers) -> None:  # type: ignore[no-untyped-def]
        book.epoch = CALENDAR_MAC_1904  # written as <workbookPr date1904="1">
        for name in TIMES:
            column = headers.index(name) + 1
            for row in range(2, sheet.max_row + 1):
                cell = sheet.cell(row, column)
                text = cell.value
                if isinstance(text, str) and text.startswith("20"):
                    when = datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
                    cell.value = (when - datetime(1904, 1, 1)) / timedelta(days=1)
                    cell.number_format = "General"  # a bare number, not a date cell

    resaved = _resaved(tmp_path / "orders-1904.xlsx", as_1904_day_numbers)
    assert 'date1904="1"' in _part(resaved, "xl/workbook.xml")
    _imported(tmp_path / "original.db", DATA / "orders-2020.xlsx")
    _imported(tmp_path / "resaved.db", resaved)
    original, read = _orders(tmp_path / "original.db"), _orders(tmp_path / "resaved.db")
    assert read == original
    assert any(str(times[0]).startswith("2020-03-01") for times in read.values())


def test_an_amount_worked_out_in_a_spreadsheet_is_read_as_it_shows(tmp_path: Path) -> None:
    """400.1 + 88.8 is stored as 488.90000000000003: Excel shows 15 digits, 488.9. Read
    to 17 digits, it had more than two decimals and the amount was flagged unreadable."""

    def summed_total(book, sheet, headers) -> None:  # type: ignore[no-untyped-def]
        sheet.cell(2, headers.index("总金额") + 1).value = 488.9

    # openpyxl writes the shortest digits that read back; Excel writes all 17.
    resaved = _with_part_replaced(
        _resaved(tmp_path / "orders-summed.xlsx", summed_total),
        "xl/worksheets/sheet1.xml",
        "<v>488.9</v>",
        f"<v>{400.1 + 88.8!r}</v>",
    )
    assert "<v>488.90000000000003</v>" in _part(resaved, "xl/worksheets/sheet1.xml")
    db = tmp_path / "shop.db"
    out = _imported(db, resaved)
    assert "Rows to review" not in out
    first = _orders(db)[_first_order_id()]
    assert first[3] == 48890  # fen
    assert first[5] == "[]"  # nothing to review


def test_an_item_report_cut_down_to_its_refunds_is_still_an_item_report(
    tmp_path: Path,
) -> None:
    """An item report cut down to 主订单编号, 订单状态, 退款状态 and 退款金额 has none of
    the columns that told item reports from order reports: read as an order report, its
    refunds were set aside as text and an open refund stopped blocking closure."""
    source = openpyxl.load_workbook(DATA / "items-2020.xlsx").active
    assert source is not None
    rows = [[str(cell.value or "") for cell in row] for row in source.iter_rows()]
    keep = [rows[0].index(name) for name in ("主订单编号", "订单状态", "退款状态", "退款金额")]
    trimmed = tmp_path / "refunds.csv"
    with trimmed.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows([[row[i] for i in keep] for row in rows])
    open_refund = {
        row[keep[0]] for row in rows[1:] if row[keep[2]] == "买家已经退货，等待卖家确认收货"
    }
    assert open_refund

    db = tmp_path / "shop.db"
    out = _imported(db, DATA / "orders-2020.xlsx", trimmed)
    assert "Item report refunds.csv" in out
    reasons = {order: str(row[4]) for order, row in _orders(db).items()}
    assert all("open_refund" in reasons[order] for order in open_refund)


def _part(path: Path, part: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(part).decode("utf-8")


def _with_part_replaced(path: Path, part: str, old: str, new: str) -> Path:
    with zipfile.ZipFile(path) as archive:
        parts = {info: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts.items():
            if info.filename == part:
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode())
            archive.writestr(info, data)
    return path


def _first_order_id() -> str:
    book = openpyxl.load_workbook(DATA / "orders-2020.xlsx", read_only=True)
    try:
        header, first = book.worksheets[0].iter_rows(max_row=2, values_only=True)
    finally:
        book.close()
    return str(first[list(header).index("订单编号")])


def test_a_formula_error_where_the_export_had_text_flags_its_row(tmp_path: Path) -> None:
    """Titles may begin with "=": a program that takes one for a formula saves the cell
    as an error (LibreOffice: #NAME?). The title is lost: the row is listed to review
    (it was imported with the title quietly empty)."""

    def title_as_formula(book, sheet, headers) -> None:  # type: ignore[no-untyped-def]
        sheet.cell(3, headers.index("宝贝标题 ") + 1).value = "#NAME?"  # openpyxl: an error

    resaved = _resaved(tmp_path / "orders-formula.xlsx", title_as_formula)
    assert 't="e"' in _part(resaved, "xl/worksheets/sheet1.xml")
    db = tmp_path / "shop.db"
    out = _imported(db, resaved)
    assert "Rows to review (imported with what could be read): 1" in out
    assert re.search(r"orders-formula.xlsx row 3: 宝贝标题 = '#NAME\?' \(order \d+\)", out)
    with closing(sqlite3.connect(db)) as conn:
        (titles,) = conn.execute("SELECT item_titles FROM orders WHERE problems != '[]'").fetchone()
    assert titles is None
