"""The contract between export readers and the import service.

``open_report(path)`` inspects a file and either refuses it with a ``UserError`` (saying
what is wrong and what to do) or returns a ``ReportFile`` whose ``stored_rows()`` streams
its data rows, in file order, as the store keeps them (what the import reads), or whose
``records()`` streams them as cleaned ``OrderRecord``/``ItemRecord`` objects with typed
values (what code that looks at the values reads).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from shopcloser.domain.records import ItemRecord, OrderRecord
from shopcloser.formats.stored import Stored

Record = OrderRecord | ItemRecord
RowMark = tuple[int, list[str]]


class ReportKind(StrEnum):
    ORDERS = "orders"  # 订单报表: one row per order
    ITEMS = "items"  # 宝贝报表: one row per item (sub-order)


@dataclass
class ReportFile:
    path: Path
    kind: ReportKind
    layout: str  # which known layout the headers match best, e.g. "2017", "2020", "unknown"
    headers: list[str]  # the header row, stripped, in file order
    sha256: str
    size: int
    rows_total: int | None = None  # data rows, when known up front (xlsx), else None
    lines: int | None = None  # line breaks in the file (CSV): about how many rows it has
    header_row: int = 1  # the file's row (1-based) holding the headers
    encoding: str | None = None  # a CSV file's
    delimiter: str | None = None  # a CSV file's
    # The modification time of a CSV file or a workbook (not a decrypted one) when it was
    # checked: another when its rows are read means that another program wrote to it or
    # replaced it, even keeping its size.
    mtime_ns: int | None = None
    # A workbook with cells right of its header that its sheet's declared dimension
    # leaves out: only a full check of the workbook finds them (``xlsx_source``).
    undeclared_columns: bool = False
    # (first row, stop row, stored, first row's byte) → records, or with ``stored`` True,
    # stored rows.
    _reader: Callable[[int, int | None, bool, int | None], Iterator[Any]] | None = field(
        default=None, repr=False
    )
    # Two processes splitting a CSV file check that they meet: the row at ``stop_row``
    # once reading stopped there, and the first row read from ``first_byte``, each as
    # (lines read up to the row's end, counted from where reading began; the row's cells).
    at_stop: RowMark | None = field(default=None, repr=False)
    at_start: RowMark | None = field(default=None, repr=False)

    def records(self, first_row: int = 0, stop_row: int | None = None) -> Iterator[Record]:
        """Stream the cleaned rows. May raise ``UserError`` midway (e.g. ids ruined by
        Excel); the import service then rolls back the whole import.

        ``first_row``/``stop_row`` (the file's own row numbers, as in flagged rows) give
        only the rows in between: another process reads the rest of the file.
        """
        return self._take_reader()(first_row, stop_row, False, None)

    def stored_rows(
        self, first_row: int = 0, stop_row: int | None = None, first_byte: int | None = None
    ) -> Iterator[Stored]:
        """Like ``records``, but each row already as the store keeps it (the import's
        way: :mod:`shopcloser.formats.stored`). ``first_byte``, where ``first_row`` starts
        in a CSV file (:func:`~shopcloser.formats.csv_split.row_start_near`), reads from
        there instead of parsing the rows before it."""
        return self._take_reader()(first_row, stop_row, True, first_byte)

    def _take_reader(self) -> Callable[[int, int | None, bool, int | None], Iterator[Any]]:
        if self._reader is None:
            raise RuntimeError("a report's rows can be read once")
        reader, self._reader = self._reader, None
        return reader

    # Called every few thousand rows while a workbook streams, blank rows included: may
    # raise to stop reading (a scan for far cells, done elsewhere, refused the file).
    watch: Callable[[], None] | None = field(default=None, repr=False)

    @property
    def bytes_read(self) -> int:
        """For progress on streams of unknown length: how far into the file the reader is."""
        return self._bytes_read

    _bytes_read: int = 0


# Encrypted Office files are OLE compound documents rather than zip files.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_encrypted_workbook(path: Path) -> bool:
    """True for a password-protected workbook: ask for the password before importing.

    Encrypted workbooks are OLE files, but so is an old .xls without a password, which
    opening refuses at once: no password is asked for it. A file that cannot be told
    apart (damaged, unreadable, a folder) is not encrypted either: opening it says why.
    """
    try:
        with path.open("rb") as handle:
            if handle.read(len(OLE_MAGIC)) != OLE_MAGIC:
                return False
            import msoffcrypto

            handle.seek(0)
            return bool(msoffcrypto.OfficeFile(handle).is_encrypted())
    except Exception:  # any failure to parse the container: let opening refuse it
        return False


def open_report(
    path: Path,
    *,
    password: str | None = None,
    sha256: str | None = None,
    far_cells: bool = True,
) -> ReportFile:
    """Inspect an export file: refuse it with a ``UserError`` saying what is wrong and what
    to do, or return it ready to stream its records.

    A password-protected workbook raises ``PasswordRequired`` when ``password`` is None;
    with a password it is decrypted in memory (a wrong one raises ``UserError``). With
    ``far_cells`` False a workbook is opened without the scan for cells placed far from
    the rest, which the caller then has done elsewhere (set ``watch`` to stop reading
    once that scan refuses the file).
    """
    from shopcloser.formats.opening import open_report as open_any

    return open_any(path, password=password, sha256=sha256, far_cells=far_cells)


def check_xml_defences() -> None:
    """Refuse (``UserError``) unless openpyxl parses XML through defusedxml: call at
    start-up. Cheap: openpyxl is not imported for it."""
    from shopcloser.formats.xlsx_safety import check_xml_defences as check

    check()
