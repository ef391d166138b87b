"""Writing the backup workbook: sheets of typed rows, a manifest, and a key to the columns.

Each sheet gets a bold, frozen header row with an autofilter and readable widths; a table
longer than the row limit continues on "Orders 2", "Orders 3"… Every part's row count and
the SHA-256 of its canonical contents go in the Manifest sheet. A hidden sheet with a fixed
name (``shopcloser-keys``) maps each sheet title to a language-independent key and lists
each column's key and kind, so that verify and restore work whatever language the titles
were written in. The workbook is streamed (openpyxl write-only), so memory stays flat.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from shopcloser.formats.backup_cells import (
    KEYS_SHEET,
    Canonical,
    Column,
    Kind,
    header_line,
    row_line,
    row_text,
)
from shopcloser.formats.xlsx_safe_cells import CellMaker, RowCells

EXCEL_MAX_ROWS = 1_048_576
DATA_ROWS_PER_SHEET = EXCEL_MAX_ROWS - 1  # one row is the header
FORMAT_NAME = "shopcloser-backup"
FORMAT_VERSION = 1
MANIFEST_KEY = "manifest"
MANIFEST_COLUMNS = ("title", "key", "part", "rows", "sha256")
_MAX_TITLE = 31
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
_WIDTHS = {Kind.TEXT: 18.0, Kind.MONEY: 12.0, Kind.INT: 9.0, Kind.BOOL: 8.0, Kind.TIME: 20.0}
_PROGRESS_EVERY = 500


@dataclass
class Part:
    """One worksheet of a (possibly continued) table, and what the manifest says of it."""

    key: str
    number: int
    title: str
    columns: tuple[tuple[str, str], ...]
    rows: int = 0
    sha256: str = ""


@dataclass
class WorkbookWriter:
    """Writes sheets one after another, then the manifest; ``save`` writes the file."""

    row_limit: int = DATA_ROWS_PER_SHEET
    # Called every few hundred rows with the rows written since the last call; it may
    # raise (Cancel) to stop the writing.
    on_rows: Callable[[int], None] = lambda rows: None
    parts: list[Part] = field(default_factory=list)
    _titles: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.row_limit < 1 or self.row_limit > DATA_ROWS_PER_SHEET:
            raise ValueError("row_limit must be between 1 and Excel's row limit")
        self.workbook = Workbook(write_only=True)

    def add_sheet(
        self,
        key: str,
        title: str,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Any]],
        row_limit: int | None = None,
    ) -> list[Part]:
        """Write a table; returns its parts (one per worksheet it needed)."""
        limit = row_limit or self.row_limit
        kinds = tuple((c.key, c.kind.value) for c in columns)
        canonical = Canonical([c.kind for c in columns])
        first = len(self.parts)
        part = self._start_part(key, 1, title, columns, kinds)
        ws, maker, digest = part
        cells = RowCells(maker, [c.kind for c in columns])
        count = pending = 0
        for row in rows:
            if count == limit:
                self._finish_part(ws, digest, count, len(columns))
                ws, maker, digest = self._start_part(
                    key, len(self.parts) - first + 1, title, columns, kinds
                )
                cells = RowCells(maker, [c.kind for c in columns])
                count = 0
            line = row_text(canonical(row))
            digest.update(line.encode())
            digest.update(b"\n")
            ws.append(cells(row, line))
            count += 1
            pending += 1
            if pending == _PROGRESS_EVERY:
                self.on_rows(pending)
                pending = 0
        self._finish_part(ws, digest, count, len(columns))
        if pending:
            self.on_rows(pending)
        return self.parts[first:]

    def _start_part(
        self,
        key: str,
        number: int,
        title: str,
        columns: Sequence[Column],
        kinds: tuple[tuple[str, str], ...],
    ) -> tuple[Any, CellMaker, Any]:
        name = self._unique_title(title if number == 1 else f"{title} {number}")
        ws = self.workbook.create_sheet(name)
        for index, column in enumerate(columns, 1):
            width = column.width or max(_WIDTHS[column.kind], min(2.2 * len(column.title), 40))
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        maker = CellMaker(ws)
        ws.append([maker.header(c.title) for c in columns])
        self.parts.append(Part(key, number, name, kinds))
        digest = hashlib.sha256(header_line(kinds))
        return ws, maker, digest

    def _finish_part(self, ws: Any, digest: Any, rows: int, width: int) -> None:
        part = self.parts[-1]
        part.rows = rows
        part.sha256 = digest.hexdigest()
        if width:
            ws.auto_filter.ref = f"A1:{get_column_letter(width)}{rows + 1}"

    def _unique_title(self, title: str) -> str:
        base = _BAD_TITLE.sub("_", title).strip("'").strip() or f"Sheet {len(self.parts) + 1}"
        name = base[:_MAX_TITLE]
        extra = 2
        while name.casefold() in self._titles or name.casefold() == KEYS_SHEET:
            suffix = f" ({extra})"
            name = base[: _MAX_TITLE - len(suffix)] + suffix
            extra += 1
        self._titles.add(name.casefold())
        return name

    def add_manifest(self, title: str, column_titles: Sequence[str]) -> Part:
        """The Manifest sheet: per part its title, key, number, rows and SHA-256."""
        kinds = (Kind.TEXT, Kind.TEXT, Kind.INT, Kind.INT, Kind.TEXT)
        widths = (24.0, 16.0, 8.0, 12.0, 70.0)
        columns = [
            Column(key, col_title, kind, width)
            for key, col_title, kind, width in zip(
                MANIFEST_COLUMNS, column_titles, kinds, widths, strict=True
            )
        ]
        rows = [[p.title, p.key, p.number, p.rows, p.sha256] for p in self.parts]
        manifest_parts = self.add_sheet(MANIFEST_KEY, title, columns, rows, DATA_ROWS_PER_SHEET)
        if len(manifest_parts) != 1:
            raise ValueError("the manifest must fit on one sheet")
        return manifest_parts[0]

    def discard(self) -> None:
        """Drop a workbook that will not be saved: close its sheets and delete the
        temporary files openpyxl streams them into (they hold the data in clear)."""
        for ws in self.workbook.worksheets:
            with contextlib.suppress(Exception):
                if not ws.closed:
                    ws.close()
            writer: Any = getattr(ws, "_writer", None)
            out = getattr(writer, "out", None)
            if writer is not None and isinstance(out, str) and Path(out).exists():
                with contextlib.suppress(Exception):
                    writer.cleanup()

    def save(self, handle: BinaryIO, properties: dict[str, Any]) -> None:
        """Add the hidden key sheet and write the workbook to ``handle``."""
        keys = self.workbook.create_sheet(KEYS_SHEET)
        keys.sheet_state = "hidden"
        text = CellMaker(keys).text
        keys.append(["format", FORMAT_NAME, FORMAT_VERSION, text(json.dumps(properties))])
        for part in self.parts:
            columns = json.dumps([list(c) for c in part.columns], ensure_ascii=False)
            keys.append(["sheet", text(part.title), text(part.key), part.number, text(columns)])
        # openpyxl's own save leaves its zip open when writing fails (a full disk, Cancel);
        # the zip then complains when it is garbage-collected. Own the zip instead.
        archive = zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        try:
            ExcelWriter(self.workbook, archive).save()
        except BaseException:
            with contextlib.suppress(Exception):
                archive.close()
            raise


def checksum_parts(
    columns: Sequence[Column], rows: Iterable[Sequence[Any]], row_limit: int
) -> list[tuple[int, str]]:
    """(rows, SHA-256) per part, as :class:`WorkbookWriter` would record them, without
    writing anything: to compare a backup with the store."""
    kinds = tuple((c.key, c.kind.value) for c in columns)
    canonical = Canonical([c.kind for c in columns])
    parts: list[tuple[int, str]] = []
    digest = hashlib.sha256(header_line(kinds))
    count = 0
    for row in rows:
        if count == row_limit:
            parts.append((count, digest.hexdigest()))
            digest = hashlib.sha256(header_line(kinds))
            count = 0
        digest.update(row_line(canonical(row)))
        count += 1
    parts.append((count, digest.hexdigest()))
    return parts
