"""What a backup column holds, and the canonical text each value is checksummed as.

The writer checksums the values it writes; verify reads the workbook back and checksums
what it finds. Both sides reduce a value to the same canonical text through this module,
whatever the cell looked like on disk (``201.1`` and ``201.10`` are both ``201.10``).
Times are kept to the millisecond: Excel stores them as day fractions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from shopcloser.formats.stored import encode_json

# The hidden sheet every backup has (its keys and manifest): here, where reading a report
# can tell a backup by it without loading the backup's writer (openpyxl).
KEYS_SHEET = "shopcloser-keys"

CENT = Decimal("0.01")
EXCEL_EPOCH = datetime(1899, 12, 30)
_MS = timedelta(milliseconds=1)


class Kind(StrEnum):
    TEXT = "text"
    MONEY = "money"
    INT = "int"
    BOOL = "bool"
    TIME = "time"


@dataclass(frozen=True)
class Column:
    """One column of a sheet: a language-independent key, a title, what it holds."""

    key: str
    title: str
    kind: Kind = Kind.TEXT
    width: float | None = None


def round_ms(moment: datetime) -> datetime:
    """The nearest whole millisecond: what survives a round trip through Excel."""
    micro = moment.microsecond
    if micro % 1000 == 0:
        return moment
    rounded = moment.replace(microsecond=(micro // 1000) * 1000)
    return rounded + _MS if micro % 1000 >= 500 else rounded


def _text(value: Any) -> str:
    return "" if value is None else value


def _money(value: Any) -> str:
    return "" if value is None else str(value.quantize(CENT))


def _int(value: Any) -> str:
    return "" if value is None else str(int(value))


def _bool(value: Any) -> str:
    return "" if value is None else ("1" if value else "0")


def _time(value: Any) -> str:
    return "" if value is None else round_ms(value).isoformat(" ", "milliseconds")


CANONICAL: dict[Kind, Callable[[Any], str]] = {
    Kind.TEXT: _text,
    Kind.MONEY: _money,
    Kind.INT: _int,
    Kind.BOOL: _bool,
    Kind.TIME: _time,
}


_encode = encode_json  # compact, UTF-8


def header_line(columns: Sequence[tuple[str, str]]) -> bytes:
    """The first line checksummed for a sheet: its column keys and kinds."""
    return (_encode([[key, kind] for key, kind in columns]) + "\n").encode()


def row_text(canonical: list[str]) -> str:
    """One row's canonical texts as an unambiguous line (JSON escapes separators)."""
    return _encode(canonical)


def row_line(canonical: list[str]) -> bytes:
    return (_encode(canonical) + "\n").encode()


class Canonical:
    """Turns rows of a sheet into their canonical texts; text columns (most of them) need
    no conversion, so only the others are visited one by one."""

    def __init__(self, kinds: Sequence[Kind]) -> None:
        self.special = [(i, CANONICAL[k]) for i, k in enumerate(kinds) if k is not Kind.TEXT]

    def __call__(self, row: Sequence[Any]) -> list[str]:
        canon = ["" if v is None else v for v in row]
        for i, convert in self.special:
            canon[i] = convert(row[i])
        return canon


# ---------------------------------------------------------------------------------------
# Reading back: a cell as found in the file (its type letter and text) → a typed value.

_TRUE = frozenset({"1", "true", "TRUE", "True"})


class BadCellError(ValueError):
    """A cell whose content does not fit its column (someone edited the workbook)."""


def from_cell(kind: Kind, cell_type: str, text: str) -> Any:
    """The typed value of a cell read from the file; ``None`` for an empty one.

    ``cell_type`` is the cell's ``t`` attribute as in the file: ``n`` (number), ``s`` or
    ``inlineStr`` or ``str`` (text), ``b`` (boolean), ``d`` (ISO date), ``e`` (error).
    """
    if text == "":
        return None
    try:
        if kind is Kind.TEXT:
            if cell_type == "b":
                return "TRUE" if text in _TRUE else "FALSE"
            return text
        if kind is Kind.MONEY:
            return Decimal(text.strip()).quantize(CENT)
        if kind is Kind.INT:
            number = Decimal(text.strip())
            if number != number.to_integral_value():
                raise BadCellError(text)
            return int(number)
        if kind is Kind.BOOL:
            return text.strip() in _TRUE
        if kind is Kind.TIME:
            if cell_type == "n":
                return from_serial(float(text))
            return round_ms(datetime.fromisoformat(text.strip()))
    except (InvalidOperation, ValueError, OverflowError):
        raise BadCellError(text) from None
    raise BadCellError(text)


def from_serial(days: float) -> datetime:
    """An Excel day number as a time, to the nearest millisecond."""
    return EXCEL_EPOCH + timedelta(milliseconds=round(days * 86_400_000))
