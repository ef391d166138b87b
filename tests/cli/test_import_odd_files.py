"""Files as merchants sometimes hand them over: several sheets in one workbook, summary
lines under the orders, amounts in other notations, cells past the header, tab-separated
text with a title line. Each is imported through the CLI as a merchant's script would."""

from __future__ import annotations

import csv
import io
import sqlite3
from contextlib import closing
from pathlib import Path

import openpyxl

from tests.helpers import REPO, run_cli

DATA = REPO / "tests" / "data"
ORDERS_2017 = DATA / "orders-2017.csv"


def _rows(path: Path) -> list[list[str]]:
    """A seller-centre CSV's rows as a spreadsheet shows them (ids without ="…")."""
    text = path.read_bytes().decode("gb18030")
    return [
        [c[2:-1] if c.startswith('="') and c.endswith('"') else c for c in row]
        for row in csv.reader(io.StringIO(text, newline=""))
    ]


def _orders(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return sorted(r[0] for r in conn.execute("SELECT order_id FROM orders"))


def test_orders_on_two_sheets_are_refused(tmp_path: Path) -> None:
    header, *orders = _rows(ORDERS_2017)
    book = openpyxl.Workbook()
    march = book.active
    assert march is not None
    march.title = "3月"
    for row in [header, *orders[:10]]:
        march.append(row)
    april = book.create_sheet("4月")
    for row in [header, *orders[10:]]:
        april.append(row)
    path = tmp_path / "orders.xlsx"
    book.save(path)
    db = tmp_path / "shop.db"
    result = run_cli("import", str(path), db=db)
    assert result.returncode == 2, result.stdout
    assert "more than one sheet (“3月”, “4月”)" in result.stderr
    assert "Traceback" not in result.stderr
    assert _orders(db) == []


def test_a_sheet_of_notes_beside_the_orders_is_no_reason_to_refuse(tmp_path: Path) -> None:
    header, *orders = _rows(ORDERS_2017)
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "说明"
    notes.append(["三月的订单，在第二张表"])
    sheet = book.create_sheet("订单")
    for row in [header, *orders]:
        sheet.append(row)
    book.create_sheet("统计").append(["订单数", len(orders)])
    path = tmp_path / "orders.xlsx"
    book.save(path)
    db = tmp_path / "shop.db"
    result = run_cli("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    assert _orders(db) == sorted(row[0] for row in orders)
