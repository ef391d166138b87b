"""Cells that Excel and LibreOffice show exactly as the merchant had them.

A text that starts with ``=`` would become a formula, ``#N/A`` an error value, and Excel
evaluates ``+``, ``-`` and ``@`` once the cell is edited: such texts are written as string
cells with the quote prefix. Characters XML cannot carry (and a literal ``_x0041_``) are
escaped the OOXML way (``_x000D_``), which Excel, LibreOffice and our reader undo.

Styled cells are made from a small ``Cell`` subclass with a fixed style number: openpyxl's
own styling machinery costs as much per cell as writing the cell itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from types import MethodType
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font

from shopcloser.formats.backup_cells import CENT, Kind, round_ms
from shopcloser.formats.cleaning import MAX_CELL_TEXT
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError

FORMULA_STARTS = frozenset("=+-@\t\r\n")
_ERRORS = frozenset(ERROR_CODES)
_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
MONEY_FORMAT = "0.00"
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"


class _Styled(Cell):  # type: ignore[misc]
    """A write-only cell whose style number is known in advance."""

    __slots__ = ("_sid",)

    @property
    def has_style(self) -> bool:
        return True

    @property
    def style_id(self) -> int:
        return self._sid  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        # openpyxl formats this into the error it raises (and catches) for every cell
        # appended as a Cell object: keep it cheap.
        return "<cell>"


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return "_x005F_" if char == "_" else f"_x{ord(char):04X}_"


def too_long(length: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "One text in the data is {length} characters long; a spreadsheet cell holds at "
            "most 32,767. Please report this to support with the log file.",
        ),
        length=length,
    )


class CellMaker:
    """Makes the cells of one write-only worksheet."""

    def __init__(self, worksheet: Any) -> None:
        self.ws = worksheet
        worksheet._values_to_row = MethodType(_values_to_row, worksheet)
        self._money = self._style(number_format=MONEY_FORMAT)
        self._time = self._style(number_format=TIME_FORMAT)
        self._quoted = self._style(quote=True)
        self._header = self._style(bold=True)
        self._header_quoted = self._style(bold=True, quote=True)

    def _style(self, *, number_format: str = "", quote: bool = False, bold: bool = False) -> int:
        cell = WriteOnlyCell(self.ws)
        if number_format:
            cell.number_format = number_format
        if quote:
            cell.quotePrefix = True
        if bold:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        return int(cell.style_id)

    def _cell(self, value: Any, data_type: str, style: int) -> Cell:
        cell = _Styled.__new__(_Styled)
        cell.parent = self.ws
        cell._style = None
        cell._value = value
        cell.data_type = data_type
        cell._hyperlink = None
        cell._comment = None
        cell._sid = style
        return cell

    def for_kind(self, kind: Kind) -> Any:
        """The function that turns a value of ``kind`` into what the worksheet appends."""
        return {
            Kind.TEXT: self.text,
            Kind.MONEY: self.money,
            Kind.TIME: self.time,
            Kind.INT: _plain,
            Kind.BOOL: _plain,
        }[kind]

    def text(self, value: str | None) -> Any:
        if not value:
            return None
        if (
            value[0] not in FORMULA_STARTS
            and len(value) <= MAX_CELL_TEXT
            and value not in _ERRORS
            and not _NEEDS_ESCAPE.search(value)
        ):
            return value
        return self._safe_text(value, self._quoted, self._quoted)

    def _safe_text(self, value: str, quoted: int, plain: int) -> Cell:
        if len(value) > MAX_CELL_TEXT:
            raise too_long(len(value))
        escaped = _NEEDS_ESCAPE.sub(_escape, value)
        return self._cell(escaped, "s", quoted if value[0] in FORMULA_STARTS else plain)

    def header(self, title: str) -> Cell:
        """A bold column title, text whatever it looks like."""
        if not title:
            return self._cell(None, "n", self._header)
        return self._safe_text(title, self._header_quoted, self._header)

    def money(self, value: Decimal | None) -> Any:
        if value is None:
            return None
        # Written as its exact decimal text: openpyxl would go through float.
        return self._cell(str(value.quantize(CENT)), "n", self._money)

    def time(self, value: datetime | None) -> Any:
        if value is None:
            return None
        return self._cell(round_ms(value), "d", self._time)


def _plain(value: Any) -> Any:
    return value


# Signs, in a row's canonical JSON line, that some text cell needs care: a value starting
# with a formula or error character, an escaped control character, an OOXML escape.
_ROW_NEEDS_CARE = re.compile(r'"[=+\-@#]|\\[bfnrtu]|_x[0-9A-Fa-f]{4}_|[\ufffe\uffff]')


class RowCells:
    """The cells of one sheet's rows. Most rows hold no text that needs care: they are
    appended as they are, with only money and times made into styled cells."""

    def __init__(self, maker: CellMaker, kinds: Sequence[Kind]) -> None:
        self.every = [maker.for_kind(k) for k in kinds]
        self.styled = [
            (i, maker.for_kind(k)) for i, k in enumerate(kinds) if k in (Kind.MONEY, Kind.TIME)
        ]

    def __call__(self, row: Sequence[Any], line: str) -> list[Any]:
        if len(line) > MAX_CELL_TEXT or _ROW_NEEDS_CARE.search(line):
            return [f(v) for f, v in zip(self.every, row, strict=True)]
        cells = list(row)
        for i, make in self.styled:
            value = cells[i]
            if value is not None:
                cells[i] = make(value)
        return cells


def _values_to_row(ws: Any, values: Sequence[Any], row_idx: int) -> Iterator[Any]:
    """openpyxl's own conversion of appended values, without the exception it raises and
    catches for every value that is already a cell."""
    cell = WriteOnlyCell(ws)
    for col_idx, value in enumerate(values, 1):
        if value is None:
            continue
        if value.__class__ is _Styled:
            value.column = col_idx
            value.row = row_idx
            yield value
            continue
        cell.value = value
        cell.column = col_idx
        cell.row = row_idx
        yield cell
        if cell.has_style:
            cell = WriteOnlyCell(ws)
