"""Turning one export cell (text) into a typed value, undoing the seller centre's artefacts.

Each cleaner takes the cell text and returns the value, ``None`` for an empty cell or a
placeholder (``null``, ``--``), or raises ``CellError`` when the text cannot be read; the
row is then kept with that field empty and the cell listed as a problem. Cleaners run once
per cell of a possibly million-row file, so the common case comes first and stays short.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

from shopcloser.formats import refusals
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError

# What one spreadsheet cell holds at most; the backup workbook can keep nothing longer.
MAX_CELL_TEXT = 32_767
# Placeholders the seller centre writes for "nothing here".
NULLS = frozenset({"", "null", "NULL", "Null", "--", "'null", "'NULL", '=""'})

# Excel's scientific notation for a long number it could not keep: 3.51531E+16.
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:\.\d*)?[eE][+-]?\d+")
_FROM_A_NUMBER = re.compile(r"(\d+)\.0*")  # 2800000000026104.0: an id a program held as a number
# Excel keeps a number to 15 significant digits: an id longer than that, once held as a
# number, has lost its last digits (to zeros, when shown in full).
EXCEL_DIGITS = 15
# Zeros past the 15th digit in every long id of a column, in this many such digits or
# more: one time in a hundred by chance (an id's last digits come from the buyer's, so a
# repeat buyer's orders share them), and only ids written as bare digits are judged.
_ZEROED_DIGITS = 2
_SLASH_TIME = re.compile(
    r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[ T]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?"
)
_MONEY_JUNK = str.maketrans("", "", "￥¥元, \u3000")
_FEN = Decimal("0.01")
_HAS_DIGIT = re.compile(r"\d")
_MONEY_SIGNS = str.maketrans("", "", "￥¥元 \u3000")  # all but the comma
# Digits in groups of three after the first, as in 1,234.50 or -12,000 (any digits after
# the point: how many is checked apart).
_GROUPED = re.compile(r"[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d*)?")
_NO_REFUND_TEXTS = frozenset({"无退款申请", "无", "没有申请退款"})
_MAX_MONEY_DIGITS = 15  # a shop's order does not reach a quadrillion yuan
_MAX_COUNT = 10**9
_SHOP_TZ = timezone(timedelta(hours=8))  # Beijing time: the time the seller centre shows
EXCEL_EPOCH = datetime(1899, 12, 30)
# Day numbers read as times (days since EXCEL_EPOCH): 1954..2119; others are no time.
DAY_NUMBERS = (20_000, 80_000)


class CellError(ValueError):
    """The cell's text cannot be read as the column's type."""


def excel_ruined_ids(header: str, value: str) -> UserError:
    """The refusal for ids that Excel turned into rounded numbers."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The order numbers in this file were damaged by Excel (column {column} shows "
            "{value} instead of the full number), so orders cannot be told apart. Export "
            "the report again from the seller centre (卖家中心 → 已卖出的宝贝 → 批量导出) and "
            "import the downloaded file directly, without opening and saving it in Excel.",
        ),
        column=header,
        value=value,
    )


def refuse_long_text(cells: list[str], headers: list[str], row: int) -> None:
    """Refuse the file if a cell of this row is longer than a spreadsheet cell can be:
    no export holds such a text, and the backup could not give it back."""
    lengths = [len(cell) for cell in cells]
    longest = max(lengths, default=0)
    if longest > MAX_CELL_TEXT:
        index = lengths.index(longest)
        column = headers[index] if index < len(headers) and headers[index] else f"#{index + 1}"
        raise refusals.text_too_long(row, column, longest)


def clean_text(value: str) -> str | None:
    """Free text: trimmed; placeholders become None."""
    value = value.strip()
    if value in NULLS:
        return None
    return value


def unwrap_id(value: str) -> str | None:
    """An id as text: ``="3515…"``, quotes, a leading apostrophe or tab removed."""
    if value.isdigit():
        return value
    if value[:2] == '="' and value[-1:] == '"':
        inner = value[2:-1]
        if inner.isdigit():
            return inner
    value = value.strip()
    if value[:1] == "=":
        value = value[1:]
    value = value.strip().strip('"').strip()
    if value[:1] == "'":
        value = value[1:].strip()
    if value in NULLS:
        return None
    return value


def key_id(value: str, header: str) -> str | None:
    """An order or sub-order id: like ``unwrap_id``, and refuses ids ruined by Excel.

    Real ids are digits; other ASCII ids are kept on purpose (test shops, other tools).
    Text with Chinese characters or spaces inside (a summary line under the orders:
    合计, 共 20 条记录, 导出时间：…) is no id: it raises CellError, so that the row is
    flagged and not stored as an order that would block closing as unknown.
    """
    cleaned = unwrap_id(value)
    if cleaned is None or (cleaned.isascii() and cleaned.isdigit()):
        return cleaned
    if _SCIENTIFIC.fullmatch(cleaned):
        raise excel_ruined_ids(header, cleaned)
    number = _FROM_A_NUMBER.fullmatch(cleaned)
    if number and cleaned.isascii():
        # Exact up to 15 digits, as an xlsx number cell is read; longer ones were rounded.
        if len(number[1]) > EXCEL_DIGITS:
            raise excel_ruined_ids(header, cleaned)
        return number[1]
    if not cleaned.isascii() or len(cleaned.split()) > 1 or not _HAS_DIGIT.search(cleaned):
        raise CellError(value)  # and "Total", "--------": every id has a digit
    return cleaned


def looks_excel_ruined(value: str) -> bool:
    """True for an id cell that Excel wrote as a rounded number (3.51531E+16, or
    35153131473979248.0 from another program)."""
    cleaned = unwrap_id(value)
    if cleaned is None:
        return False
    number = _FROM_A_NUMBER.fullmatch(cleaned)
    return bool(_SCIENTIFIC.fullmatch(cleaned)) or (
        number is not None and cleaned.isascii() and len(number[1]) > EXCEL_DIGITS
    )


def zeroed_by_excel(cells: Iterable[str]) -> str | None:
    """One of a CSV column's ids (its first cells), if they look cut to Excel's 15 digits:
    a column formatted as a number (to show 3.51531E+16 in full) keeps 15 digits and is
    saved as bare digits with zeros after them. Ids written ="…" (as the seller centre
    writes them, and a number column never is) are not judged: a genuine export whose few
    buyers' ids end in zeros imports, and exporting again is a way out of a wrong guess.
    None for ids that do not look cut."""
    long_ids = {
        cell
        for cell in (raw.strip() for raw in cells)
        if len(cell) > EXCEL_DIGITS and cell.isascii() and cell.isdigit()
    }
    tails = [i[EXCEL_DIGITS:] for i in long_ids]
    if any(tail.strip("0") for tail in tails) or sum(map(len, tails)) < _ZEROED_DIGITS:
        return None
    return min(long_ids)


def excel_zeroed_ids(header: str, value: str) -> UserError:
    """The refusal for ids whose digits past the 15th Excel turned into zeros."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The order numbers in this file were damaged by Excel: in column {column} every "
            "long number ends in zeros ({value}, for one), because Excel keeps only the "
            "first 15 digits of a number. Orders cannot be told apart. Export the report "
            "again from the seller centre (卖家中心 → 已卖出的宝贝 → 批量导出) and import the "
            "downloaded file directly, without opening and saving it in Excel.",
        ),
        column=header,
        value=value,
    )


def clean_phone(value: str) -> str | None:
    """A phone number as text: leading apostrophe removed, ``'null`` is None."""
    value = value.strip()
    if value[:1] == "'":
        value = value[1:].strip()
    elif value[:2] == '="':
        return unwrap_id(value)
    if value in NULLS:
        return None
    return value


def clean_money(value: str) -> Decimal | None:
    """An amount as Decimal: ``201.12``, ``0元``, ``￥20.00``, ``1,234.50``; ``无退款申请``
    is 0.

    A comma is read only as a thousands separator between groups of three digits:
    ``123,45`` (a decimal comma) would otherwise be read a hundred times too large. An
    amount with a third decimal short of fen (``1.005``) is no amount in fen: rounding it
    would change it without a word. Both raise CellError.
    """
    try:
        amount = Decimal(value)
    except InvalidOperation:
        stripped = value.translate(_MONEY_JUNK)
        if stripped in NULLS:
            return None
        if stripped in _NO_REFUND_TEXTS:
            return Decimal(0)
        if "," in value and not _GROUPED.fullmatch(value.translate(_MONEY_SIGNS)):
            raise CellError(value) from None
        try:
            amount = Decimal(stripped)
        except InvalidOperation:
            raise CellError(value) from None
    if not amount.is_finite() or amount.adjusted() >= _MAX_MONEY_DIGITS:
        raise CellError(value)
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2 and amount != amount.quantize(_FEN):
        raise CellError(value)  # 1.005, .125; not 12.340, which is exact in fen
    return amount


def clean_count(value: str) -> int | None:
    """A whole number (quantities): ``3``; ``3.0`` from a spreadsheet is 3 too."""
    try:
        number = int(value)
    except ValueError:
        value = value.strip()
        if value in NULLS:
            return None
        try:
            as_decimal = Decimal(value)
        except InvalidOperation:
            raise CellError(value) from None
        if not as_decimal.is_finite() or as_decimal != as_decimal.to_integral_value():
            raise CellError(value) from None
        number = int(as_decimal) if abs(as_decimal) < _MAX_COUNT else _MAX_COUNT
    if abs(number) >= _MAX_COUNT:
        raise CellError(value)
    return number


def clean_time(value: str) -> datetime | None:
    """A time: ``2017-07-08 12:00:00``, Excel's ``2016/5/23 22:02``, or an Excel day number."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        value = value.strip()
        if value in NULLS:
            return None
        return _slow_time(value)
    if moment.tzinfo is not None:
        moment = _shop_time(moment, value)
    return moment


def _shop_time(moment: datetime, value: str) -> datetime:
    try:
        return moment.astimezone(_SHOP_TZ).replace(tzinfo=None)
    except OverflowError:  # 0001-01-01 00:00:00+08:00 is before the first year
        raise CellError(value) from None


def _slow_time(value: str) -> datetime:
    match = _SLASH_TIME.fullmatch(value)
    if match:
        year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
        try:
            return datetime(year, month, day, hour, minute, second)
        except ValueError:
            raise CellError(value) from None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        pass
    else:
        return _shop_time(moment, value) if moment.tzinfo is not None else moment
    # A time cell Excel stored as a bare day count (days since 1899-12-30).
    try:
        days = float(value)
    except ValueError:
        raise CellError(value) from None
    if not DAY_NUMBERS[0] <= days <= DAY_NUMBERS[1]:
        raise CellError(value)
    # Rounded to the nearest second: the day fraction is written to 15 digits, which
    # leaves nearly half the seconds of a day a hair short of themselves.
    return (EXCEL_EPOCH + timedelta(days=days, milliseconds=500)).replace(microsecond=0)
