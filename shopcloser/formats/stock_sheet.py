"""Reading the merchant's own list of leftover stock: SKU, title, quantity.

Any CSV (UTF-8 or GBK) or xlsx with a header row naming the columns, in Chinese or
English. Columns are found by name; other columns are ignored.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from shopcloser.formats.xlsx_source import EXCEL_ERRORS, check_workbook
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError

MAX_LINES = 200_000
MAX_BYTES = 50 * 1024 * 1024
_ZIP = b"PK\x03\x04"

# Simplified and Traditional spellings: merchants type these headers themselves.
SKU_HEADERS = (
    "商家编码",
    "商品编码",
    "货号",
    "sku",
    "sku编码",
    "编码",
    "merchant code",
    "code",
    "商家編碼",
    "商品編碼",
    "貨號",
    "sku編碼",
    "編碼",
)
TITLE_HEADERS = (
    "标题",
    "商品标题",
    "宝贝标题",
    "商品名称",
    "名称",
    "title",
    "name",
    "item",
    "標題",
    "商品標題",
    "寶貝標題",
    "商品名稱",
    "名稱",
)
QUANTITY_HEADERS = (
    "数量",
    "库存",
    "库存数量",
    "剩余数量",
    "剩余库存",
    "quantity",
    "qty",
    "stock",
    "數量",
    "庫存",
    "庫存數量",
    "剩餘數量",
    "剩餘庫存",
)


@dataclass(frozen=True)
class StockLine:
    sku: str
    title: str | None
    quantity: int | None
    row: int  # 1-based row in the file, header included


def _refuse_unreadable() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This file cannot be read as a stock list. Save it as CSV or Excel (.xlsx) with "
            "a header row, then choose it again.",
        )
    )


def _refuse_no_sku() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The stock list has no SKU column. Give the column of codes a header such as "
            "商家编码 or SKU (and optionally 标题 and 数量), then choose the file again.",
        )
    )


def _refuse_quantity(row: int, value: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Row {row} of the stock list has the quantity “{value}”, which is not a whole "
            "number of 0 or more. Correct it, then choose the file again.",
        ),
        row=row,
        value=value[:20],
    )


def _refuse_too_big() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The stock list is too large (more than {lines} rows or 50 MB). Split it into "
            "smaller files and import them one by one.",
        ),
        lines=MAX_LINES,
    )


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def _csv_rows(data: bytes) -> list[list[str]]:
    text = _decode(data)
    dialect: type[csv.Dialect] | csv.Dialect
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    return [list(row) for row in csv.reader(io.StringIO(text), dialect)]


def _xlsx_rows(path: Path, size: int) -> list[list[str]]:
    with path.open("rb") as raw:
        check_workbook(raw, size)
    from python_calamine_plus import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        return [[_cell(value) for value in row] for row in sheet.to_python()]
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # calamine reports damage with assorted exceptions
        raise _refuse_unreadable() from None


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if value is None or value in EXCEL_ERRORS:
        return ""
    return str(value)


def _column(headers: list[str], names: tuple[str, ...]) -> int | None:
    keys = [h.strip().lower() for h in headers]
    for name in names:
        if name in keys:
            return keys.index(name)
    return None


def _quantity(value: str, row: int) -> int | None:
    text = value.strip().replace(",", "")
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise _refuse_quantity(row, value) from None
    if number < 0 or not number.is_integer():
        raise _refuse_quantity(row, value)
    return int(number)


def read_stock_sheet(path: Path) -> list[StockLine]:
    """The stock lines of a file, or ``UserError`` saying what to fix in it."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _refuse_too_big()
        with path.open("rb") as raw:
            head = raw.read(4)
        rows = _xlsx_rows(path, size) if head == _ZIP else _csv_rows(path.read_bytes())
    except OSError:
        raise _refuse_unreadable() from None
    if len(rows) > MAX_LINES:
        raise _refuse_too_big()
    # The header may sit below a title line or two.
    found = next(
        ((at, row) for at, row in enumerate(rows[:10]) if _column(row, SKU_HEADERS) is not None),
        None,
    )
    if found is None:
        raise _refuse_no_sku()
    index, headers = found
    sku_at = _column(headers, SKU_HEADERS)
    title_at = _column(headers, TITLE_HEADERS)
    quantity_at = _column(headers, QUANTITY_HEADERS)
    lines = []
    for number, cells in enumerate(rows[index + 1 :], start=index + 2):

        def cell(at: int | None, cells: list[str] = cells) -> str:
            return cells[at].strip() if at is not None and at < len(cells) else ""

        sku = cell(sku_at).removeprefix("=").strip('"')
        if not sku:
            continue
        lines.append(
            StockLine(
                sku=sku,
                title=cell(title_at) or None,
                quantity=_quantity(cell(quantity_at), number),
                row=number,
            )
        )
    return lines
