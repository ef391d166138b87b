"""Files as merchants sometimes hand them over: several sheets in one workbook, summary
lines under the orders, amounts in other notations, cells past the header, tab-separated
text with a title line. Each is imported through the CLI as a merchant's script would."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import subprocess
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

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
    assert not db.exists()  # nothing imported, no data file made


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


def test_a_sheet_listing_the_field_names_before_the_orders(tmp_path: Path) -> None:
    """A first sheet explaining the columns, one per row (订单编号 among them), was taken
    for a second sheet of orders and the workbook refused."""
    header, *orders = _rows(ORDERS_2017)
    book = openpyxl.Workbook()
    fields = book.active
    assert fields is not None
    fields.title = "字段说明"
    for name in header:
        fields.append([name, "导出的列"])
    sheet = book.create_sheet("订单")
    for row in [header, *orders]:
        sheet.append(row)
    path = tmp_path / "orders.xlsx"
    book.save(path)
    db = tmp_path / "shop.db"
    result = run_cli("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    assert _orders(db) == sorted(row[0] for row in orders)
    # Orders on two sheets are still refused when a sheet of field names is there too.
    sheet.title = "3月"
    book.create_sheet("4月").append(header)
    book["4月"].append(orders[0])
    book.save(path)
    result = run_cli("import", str(path), db=tmp_path / "other.db")
    assert result.returncode == 2, result.stdout
    assert "more than one sheet (“3月”, “4月”)" in result.stderr


def _with_lines(source: Path, target: Path, *lines: str) -> Path:
    """``source`` (a seller-centre CSV) with ``lines`` written after its rows, in GBK."""
    text = source.read_bytes().decode("gb18030")
    target.write_bytes((text + "".join(line + "\r\n" for line in lines)).encode("gbk"))
    return target


def _blank(width: int, first: str) -> str:
    return ",".join([f'"{first}"'] + ['""'] * (width - 1))


@pytest.mark.parametrize(
    ("footer", "row", "shown"),
    [
        (["{合计}"], 22, "合计"),
        (["", "{导出时间：2020-05-01 12:00}"], 23, "导出时间：2020-05-01 12:00"),
        (["{共 20 条记录}"], 22, "共 20 条记录"),
        (["{Total: 20}"], 22, "Total: 20"),
        (["{Total}"], 22, "Total"),  # ASCII, but an order number has digits
        (["{--------}"], 22, "--------"),
    ],
)
def test_a_summary_line_under_the_orders_is_no_order(
    tmp_path: Path, footer: list[str], row: int, shown: str
) -> None:
    width = len(_rows(ORDERS_2017)[0])
    lines = [_blank(width, line[1:-1]) if line else "" for line in footer]
    path = _with_lines(ORDERS_2017, tmp_path / "ExportOrderList.csv", *lines)
    db = tmp_path / "shop.db"
    result = run_cli("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Orders added: 20" in out
    assert f"ExportOrderList.csv row {row}: 订单编号 = '{shown}'" in out
    assert "Unknown order status" not in out
    assert _orders(db) == sorted(r[0] for r in _rows(ORDERS_2017)[1:])


def test_a_summary_line_under_the_orders_of_a_workbook_is_no_order(tmp_path: Path) -> None:
    header, *orders = _rows(ORDERS_2017)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [["订单报表 导出时间:2020-05-01 12:00"], header, *orders, [], ["合计：20笔订单"]]:
        sheet.append(row)
    path = tmp_path / "orders.xlsx"
    book.save(path)
    db = tmp_path / "shop.db"
    result = run_cli("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    assert "orders.xlsx row 24: 订单编号 = '合计：20笔订单'" in result.stdout
    assert "Unknown order status" not in result.stdout
    assert _orders(db) == sorted(row[0] for row in orders)


def test_an_item_whose_sub_order_number_is_text_is_flagged(tmp_path: Path) -> None:
    text = (DATA / "items-2020.csv").read_bytes().decode("gb18030")
    header, first, rest = text.split("\r\n", 2)
    sub_order = first.split(",")[0]
    path = tmp_path / "ExportOrderDetailList.csv"
    path.write_bytes(
        "\r\n".join([header, first.replace(sub_order, '"赠品 一"', 1), rest]).encode("gbk")
    )
    result = run_cli("import", str(path), db=tmp_path / "shop.db")
    assert result.returncode == 0, result.stderr
    assert "ExportOrderDetailList.csv row 2: 子订单编号 = '赠品 一'" in result.stdout


def _with_cells(path: Path, cells: dict[tuple[int, str], str]) -> Path:
    """orders-2017 with the cells (row number, header) set to the texts given."""
    headers = _rows(ORDERS_2017)[0]
    lines = ORDERS_2017.read_bytes().decode("gb18030").split("\r\n")
    for (number, header), value in cells.items():
        row = next(csv.reader([lines[number - 1]]))
        row[headers.index(header)] = value
        lines[number - 1] = ",".join(
            c if i in (0, 21) else '"' + c.replace('"', '""') + '"' for i, c in enumerate(row)
        )
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    return path


def _with_amounts(path: Path, amounts: list[str]) -> Path:
    """orders-2017 with 买家实际支付金额 of rows 2, 3, … set to ``amounts``."""
    return _with_cells(path, {(n, "买家实际支付金额"): a for n, a in enumerate(amounts, start=2)})


def _paid(db: Path) -> dict[str, int | None]:
    with closing(sqlite3.connect(db)) as conn:
        return dict(conn.execute("SELECT order_id, paid_amount FROM orders"))


AMOUNTS = ["123,45", "1.005", "1,234.50", "￥1,000", "12,34.5", "0.125", ".125", "0,500", "12.340"]
UNREAD = ((2, "123,45"), (3, "1.005"), (6, "12,34.5"), (7, "0.125"), (8, ".125"), (9, "0,500"))


def test_amounts_that_cannot_be_read_exactly_are_flagged(tmp_path: Path) -> None:
    rows = _rows(ORDERS_2017)
    path = _with_amounts(tmp_path / "ExportOrderList.csv", AMOUNTS)
    db = tmp_path / "shop.db"
    result = run_cli("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for row, amount in UNREAD:
        assert f"ExportOrderList.csv row {row}: 买家实际支付金额 = '{amount}'" in out
    assert "row 4:" not in out and "row 5:" not in out and "row 10:" not in out
    ids = [rows[n][0] for n in range(1, len(AMOUNTS) + 1)]
    stored = _paid(db)
    assert [stored[i] for i in ids] == [None, None, 123450, 100000, None, None, None, None, 1234]


def test_an_amount_that_cannot_be_read_keeps_the_stored_one(tmp_path: Path) -> None:
    rows = _rows(ORDERS_2017)
    db = tmp_path / "shop.db"
    assert run_cli("import", str(ORDERS_2017), db=db).returncode == 0
    before = _paid(db)
    path = _with_amounts(tmp_path / "ExportOrderList.csv", AMOUNTS)
    assert run_cli("import", str(path), db=db).returncode == 0
    after = _paid(db)
    for row, _ in UNREAD:  # flagged, and what the store knew is still there
        order = rows[row - 1][0]
        assert after[order] == before[order] is not None


def test_cells_past_the_header_are_flagged(tmp_path: Path) -> None:
    lines = ORDERS_2017.read_bytes().decode("gb18030").split("\r\n")
    lines[2] += ',"多出来的一格","另一格"'  # row 3
    lines[3] += ',"",=""'  # row 4: only empty cells past the header
    path = tmp_path / "ExportOrderList.csv"
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    db = tmp_path / "shop.db"
    result = run_cli("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Orders added: 20" in out
    assert (
        "ExportOrderList.csv row 3: Row longer than the header: 48 cells for 46 columns; "
        "what is past the last column was not imported" in out
    )
    assert "row 4:" not in out


def test_cells_past_an_item_report_header_are_flagged_but_not_its_trailing_comma(
    tmp_path: Path,
) -> None:
    source = DATA / "items-2017.csv"
    lines = source.read_bytes().decode("gb18030").split("\r\n")
    assert lines[0].endswith(",") and lines[1].endswith(",")  # one empty column more
    lines[1] += ","  # row 2: one more empty cell
    lines[3] += ',"多出来的一格"'  # row 4: data past it
    lines[4] += '"多出来的一格"'  # row 5: data in the unnamed column itself
    path = tmp_path / "ExportOrderDetailList.csv"
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    result = run_cli("import", str(path), db=tmp_path / "shop.db")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Rows to review (imported with what could be read): 2" in out
    assert "ExportOrderDetailList.csv row 4: Row longer than the header: 12 cells" in out
    assert (
        "ExportOrderDetailList.csv row 5: Row longer than the header: 11 cells for 10 "
        "columns; what is past the last column was not imported" in out
    )


def _backup_column(db: Path, tmp_path: Path, title: str) -> dict[str, object]:
    """The backup's Orders sheet: each order number → its cell under ``title``."""
    out = tmp_path / "backup.xlsx"
    result = run_cli("backup", str(out), db=db)
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out, read_only=True)
    header, *rows = book["Orders"].iter_rows(values_only=True)
    book.close()
    assert title in header, header
    index = header.index(title)
    return {str(row[0]): row[index] for row in rows}


def _extra_keys(db: Path) -> set[str]:
    with closing(sqlite3.connect(db)) as conn:
        query = "SELECT DISTINCT j.key FROM orders, json_each(orders.extra) AS j"
        return {r[0] for r in conn.execute(query)}


def _with_column_c(tmp_path: Path, header: str, cell: Callable[[int], str]) -> Path:
    """orders-2017.csv with a column C inserted after 订单编号 and 买家会员名 (no cell of
    this file holds ',"' or ',='): ``header`` above it, ``cell(n)`` in data line n."""
    lines = ORDERS_2017.read_bytes().decode("gb18030").split("\r\n")
    lines[0] = lines[0].replace(',"买家支付宝账号"', f',{header},"买家支付宝账号"', 1)
    for number in range(1, 21):
        parts = lines[number].split(',"', 2)
        lines[number] = f'{parts[0]},"{parts[1]},{cell(number)},"{parts[2]}'
    path = tmp_path / "ExportOrderList.csv"
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    return path


@pytest.mark.parametrize("empty_header", ['""', ""], ids=["quoted", "two commas"])
def test_a_column_with_an_empty_header_is_kept_under_its_letter(
    tmp_path: Path, empty_header: str
) -> None:
    """An empty header cell between named ones (a column the merchant added and did not
    name): its cells are imported and the backup gives them back, under the column's
    letter; empty cells there add nothing and flag nothing."""
    path = _with_column_c(
        tmp_path,
        empty_header,
        lambda number: '"自己加的备注"' if number == 2 else '""' if number % 2 else "",
    )
    db = tmp_path / "shop.db"
    result = run_cli("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    assert "Orders added: 20" in result.stdout
    assert "Rows to review" not in result.stdout
    order = _rows(ORDERS_2017)[2][0]  # row 3's order
    column = _backup_column(db, tmp_path, "(column C)")
    assert column[order] == "自己加的备注"
    assert [v for v in column.values() if v] == ["自己加的备注"]
    assert "(column C)" in _extra_keys(db)


def test_an_empty_column_with_an_empty_header_adds_nothing(tmp_path: Path) -> None:
    """Two commas in a header row with nothing under them: no column in the backup."""
    path = _with_column_c(tmp_path, "", lambda number: '""')
    db = tmp_path / "shop.db"
    result = run_cli("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    assert "Rows to review" not in result.stdout
    assert not any(key.startswith("(column") for key in _extra_keys(db))
    out = tmp_path / "backup.xlsx"
    assert run_cli("backup", str(out), db=db).returncode == 0
    book = openpyxl.load_workbook(out, read_only=True)
    header = next(book["Orders"].iter_rows(values_only=True))
    book.close()
    assert header[:3] == ("订单编号", "买家会员名", "买家支付宝账号")


def test_a_workbook_with_cells_past_its_header_flags_them_and_keeps_an_unnamed_column(
    tmp_path: Path,
) -> None:
    """The workbook route does as the CSV route: data right of the header's last column
    flags its row; a column whose header cell is empty is kept under its letter."""
    header, *orders = _rows(ORDERS_2017)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    width = len(header)
    sheet.append([*header[:2], None, *header[2:]])
    for number, row in enumerate(orders, start=2):
        sheet.append([*row[:2], "自己加的备注" if number == 3 else None, *row[2:]])
    sheet.cell(4, width + 3, "多出来的一格")  # row 4: two columns past the header
    path = tmp_path / "orders.xlsx"
    book.save(path)
    db = tmp_path / "shop.db"
    result = run_cli("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Orders added: 20" in out
    assert "Rows to review (imported with what could be read): 1" in out
    assert (
        f"orders.xlsx row 4: Row longer than the header: {width + 3} cells for {width + 1} "
        "columns; what is past the last column was not imported" in out
    )
    column = _backup_column(db, tmp_path, "(column C)")
    assert column[orders[1][0]] == "自己加的备注"
    assert [v for v in column.values() if v] == ["自己加的备注"]


@pytest.mark.parametrize("dimension", ["none", "the header's", "A1"])
def test_cells_past_the_header_that_the_sheet_does_not_declare_are_flagged(
    tmp_path: Path, dimension: str
) -> None:
    """Programs other than Excel may declare no dimension, or one narrower than the
    cells (only the header's, or "A1" as streaming writers do). Before: the cells right
    of the header were read only as far as the sheet declared, and their row imported
    without a word."""
    header, *orders = _rows(ORDERS_2017)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [header, *orders]:
        sheet.append(row)
    width = len(header)
    sheet.cell(4, width + 2, "多出来的一格")  # row 4: two columns past the header
    saved = tmp_path / "saved.xlsx"
    book.save(saved)
    declared = {
        "none": b"",
        "the header's": f'<dimension ref="A1:{_letters(width)}21"/>'.encode(),
        "A1": b'<dimension ref="A1"/>',
    }
    path = tmp_path / "orders.xlsx"
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data, found = re.subn(rb"<dimension [^>]*/>", declared[dimension], data)
                assert found == 1
            out.writestr(info, data)
    result = run_cli("import", str(path), db=tmp_path / "shop.db")
    _row_4_cut_at_the_header(result, width, width + 2)


def _row_4_cut_at_the_header(
    result: subprocess.CompletedProcess[str], width: int, cells: int
) -> None:
    """The 20 orders imported, row 4 among them and listed for review as cut at the header."""
    assert result.returncode == 0, result.stderr
    assert "Orders added: 20" in result.stdout
    assert "Rows to review (imported with what could be read): 1" in result.stdout
    assert (
        f"orders.xlsx row 4: Row longer than the header: {cells} cells for {width} "
        "columns; what is past the last column was not imported" in result.stdout
    )


def _inline(text: str, reference: str = "") -> str:
    """A cell of text, with its reference when given (the format lets a writer leave it
    out: the cell is then right of the one before it in its row, or first in it)."""
    where = f' r="{reference}"' if reference else ""
    return f'<c{where} t="inlineStr"><is><t>{text}</t></is></c>'


def _hand_made(path: Path, rows: list[list[str]], extra: dict[int, str], references: bool) -> None:
    """A workbook written by hand, as a program other than Excel may write it: every
    cell of ``rows`` (with or without its reference: an empty one holds its place),
    then ``extra`` XML at the end of the given rows (by Excel's number)."""
    lines = []
    for number, row in enumerate(rows, start=1):
        cells = "".join(
            _inline(text, f"{_letters(column)}{number}" if references else "")
            for column, text in enumerate(row, start=1)
        )
        where = f' r="{number}"' if references else ""
        lines.append(f"<row{where}>{cells}{extra.get(number, '')}</row>")
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(lines)}</sheetData></worksheet>"
    )
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="'
            'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension='
            '"xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            '.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="'
            'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            f'{relations}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="'
            f'{relations}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>'
            "</workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            f'{relations}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, text in parts.items():
            out.writestr(name, text)


# What is typed right of row 4's cells, and how many cells the row then has: cells
# without a reference (right of the header, after cells past it, or after a far one),
# and cells more than 100 columns past the header.
_PAST_THE_HEADER: dict[str, tuple[Callable[[int], str], int]] = {
    "a cell without its reference": (lambda width: _inline("多出来的一格"), 1),
    "cells without theirs after one with it": (
        lambda width: _inline("多", f"{_letters(width + 2)}4") + _inline("出来的一格"),
        3,
    ),
    "a cell 150 columns past the header": (
        lambda width: _inline("多出来的一格", f"{_letters(width + 150)}4"),
        150,
    ),
    "one without its reference after that": (
        lambda width: _inline("多", f"{_letters(width + 150)}4") + _inline("出来的一格"),
        151,
    ),
    "one 200 columns past, after empty ones": (
        lambda width: f'<c r="{_letters(width + 1)}4"/>' + "<c/>" * 198 + _inline("格"),
        200,
    ),
}


@pytest.mark.parametrize("references", [True, False], ids=["cells placed", "none placed"])
@pytest.mark.parametrize("typed", list(_PAST_THE_HEADER))
def test_cells_placed_without_references_or_far_past_the_header_are_flagged(
    tmp_path: Path, typed: str, references: bool
) -> None:
    """Before: a cell without a reference right of the header was not seen by the check
    that finds how far right the cells go, and one more than 100 columns past the
    header was not read: their row was imported without a word, and what they held
    lost. calamine places a cell without a reference right of the one before it."""
    header, *orders = _rows(ORDERS_2017)
    width = len(header)
    cells, past = _PAST_THE_HEADER[typed]
    path = tmp_path / "orders.xlsx"
    _hand_made(path, [header, *orders], {4: cells(width)}, references)
    result = run_cli("import", str(path), db=tmp_path / "shop.db")
    _row_4_cut_at_the_header(result, width, width + past)


def test_a_hand_made_workbook_without_references_imports_like_its_csv(tmp_path: Path) -> None:
    header, *orders = _rows(ORDERS_2017)
    path = tmp_path / "orders.xlsx"
    _hand_made(path, [header, *orders], {}, references=False)
    db = tmp_path / "shop.db"
    result = run_cli("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    assert "Orders added: 20" in result.stdout
    assert "Rows to review" not in result.stdout
    assert _orders(db) == sorted(row[0] for row in orders)


def _letters(column: int) -> str:
    """A column's letters from its number (1-based)."""
    letters = ""
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def test_tab_separated_text_with_a_title_line_is_read(tmp_path: Path) -> None:
    """Excel's "Unicode text" (UTF-16, tab-separated) with the export's title line above
    the header row; the title holds a comma and no tab."""
    rows = _rows(ORDERS_2017)
    lines = ["订单报表, 导出时间:2020-05-01 12:00"]
    lines += ["\t".join(c.replace("\t", " ").replace("\n", " ") for c in row) for row in rows]
    path = tmp_path / "orders.txt"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    db = tmp_path / "shop.db"
    result = run_cli("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    assert "Orders added: 20" in result.stdout
    assert _orders(db) == sorted(row[0] for row in rows[1:])


def test_a_row_without_its_order_number_is_listed_in_the_files_words(tmp_path: Path) -> None:
    path = _with_lines(ORDERS_2017, tmp_path / "ExportOrderList.csv", '"合计：20笔订单"')
    result = run_cli("import", str(path), db=tmp_path / "shop.db")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert (
        "ExportOrderList.csv row 22: Incomplete row: only 1 of 46 columns (the file may be "
        "cut short); 订单编号 = ''\n" in out
    )
    assert "order_id" not in out


def test_a_flagged_row_still_clears_what_its_newer_export_emptied(tmp_path: Path) -> None:
    """Only the cell that could not be read keeps the stored value."""
    order = _rows(ORDERS_2017)[2][0]  # row 3
    db = tmp_path / "shop.db"
    noted = _with_cells(tmp_path / "v1.csv", {(3, "订单备注"): "买家要求改地址，已改"})
    assert run_cli("import", str(noted), db=db).returncode == 0
    newer = {(3, "订单备注"): "", (3, "买家实际支付金额"): "1.005"}
    result = run_cli("import", str(_with_cells(tmp_path / "v2.csv", newer)), db=db)
    assert result.returncode == 0, result.stderr
    assert "row 3: 买家实际支付金额 = '1.005'" in result.stdout
    with closing(sqlite3.connect(db)) as conn:
        note, paid = conn.execute(
            "SELECT merchant_note, paid_amount FROM orders WHERE order_id = ?", (order,)
        ).fetchone()
    assert note is None  # emptied in the newer export: cleared
    assert paid is not None  # unreadable there: kept


def _items_2017(db: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(db)) as conn:
        return sorted(conn.execute("SELECT item_key, title FROM order_items"))


def test_a_line_without_an_order_number_between_an_orders_items_does_not_part_them(
    tmp_path: Path,
) -> None:
    """An item is known by its place in its order (the 2017 item report): a summary line
    or a note pasted between two items of one order used to start the count again, and
    the second item clashed with the first."""
    source = DATA / "items-2017.csv"
    header, *rows = source.read_bytes().decode("gb18030").split("\r\n")
    rows.insert(4, '"以下为同一订单"' + "," * 10)  # row 6, inside the order of rows 5 to 8
    path = tmp_path / "ExportOrderDetailList.csv"
    path.write_bytes("\r\n".join([header, *rows]).encode("gbk"))
    db = tmp_path / "shop.db"
    result = run_cli("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    assert "Items added: 30" in result.stdout
    assert "ExportOrderDetailList.csv row 6: 订单编号 = '以下为同一订单'" in result.stdout
    whole = tmp_path / "whole.db"
    assert run_cli("import", str(source), db=whole).returncode == 0
    assert _items_2017(db) == _items_2017(whole)
