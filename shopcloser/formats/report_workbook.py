"""Writing an xlsx report safely: every text stays text, and the file appears whole or not at all.

Buyers and merchants write titles, notes and messages; one that starts with ``=``, ``+``,
``-`` or ``@`` would become a formula in Excel (formula injection). Such text is stored
as a string cell with Excel's "quote prefix", so it stays text even when edited.
The workbook is written to a temporary file beside the target, flushed to disk, then
renamed over it: a crash or a full disk never leaves half a report under the real name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# Text starting with one of these could be read as a formula (or a DDE command).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DEFAULT_WIDTH = 14


@dataclass
class SheetSpec:
    """One worksheet: a bold, frozen header row, then the rows (streamed, never all held)."""

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    widths: Sequence[int] = field(default_factory=tuple)


def safe_text(text: str) -> str:
    """Text without the control characters an xlsx cannot hold."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", text))


def _text_cell(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    cell = WriteOnlyCell(sheet, value=text)
    if text.startswith(FORMULA_STARTS):
        cell.data_type = "s"  # openpyxl would take "=…" for a formula
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    return cell


def _cell(sheet: WriteOnlyWorksheet, value: Any) -> Any:
    if isinstance(value, str):
        value = safe_text(value)
        if value.startswith(FORMULA_STARTS):
            return _text_cell(sheet, value)
    return value


def _header(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    cell = _text_cell(sheet, safe_text(text))
    cell.font = Font(bold=True)
    return cell


def _write_sheet(workbook: Workbook, spec: SheetSpec) -> WriteOnlyWorksheet:
    sheet = workbook.create_sheet(title=spec.title[:31])
    for column in range(1, len(spec.headers) + 1):
        width = spec.widths[column - 1] if column <= len(spec.widths) else DEFAULT_WIDTH
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([_header(sheet, text) for text in spec.headers])
    return sheet


def _fill(sheet: WriteOnlyWorksheet, spec: SheetSpec) -> None:
    for row in spec.rows:
        sheet.append([_cell(sheet, value) for value in row])


def _discard(sheets: list[WriteOnlyWorksheet]) -> None:
    """Close the half-written sheets and delete openpyxl's temporary files at once: they
    hold buyers' data, and would otherwise wait for the program to exit."""
    for sheet in sheets:
        with contextlib.suppress(Exception):
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()


def write_workbook(path: Path, sheets: Iterable[SheetSpec]) -> None:
    """Write the sheets to ``path`` atomically (an existing file is replaced only once the
    new one is complete). ``OSError`` is left to the caller to explain."""
    path = Path(path)
    workbook = Workbook(write_only=True)
    written: list[WriteOnlyWorksheet] = []
    temporary: Path | None = None
    try:
        for spec in sheets:
            written.append(_write_sheet(workbook, spec))
            _fill(written[-1], spec)
        handle, name = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=".xlsx.part", dir=path.parent
        )
        os.close(handle)
        temporary = Path(name)
        workbook.save(temporary)
        with temporary.open("rb+") as saved:
            os.fsync(saved.fileno())
        temporary.replace(path)  # os.replace: atomic on the same volume
    except BaseException:
        _discard(written)
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
        raise
