"""Reading an xlsx export: decrypt if needed, check it is safe, then stream it with calamine.

python-calamine-plus (a fork of python-calamine) decodes the sheet's rows from the zipped
XML as they are asked for, so a 200,000-row export is read in a few MB instead of being
loaded whole first (~1 GB and 8 s before the first row with python-calamine). Every
safety check in ``xlsx_safety`` runs before it sees the file; the rows are then read from
the file as the import goes, and a file that another program changed meanwhile (its size
or modification time another once the rows end or fail) is refused as changed, as a CSV
file is. Rows and columns of a stream count from the sheet's A1 (0-based), so a row's
index plus one is the row number Excel shows.
"""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

from shopcloser.formats import refusals, xlsx_safety
from shopcloser.formats.backup_cells import KEYS_SHEET
from shopcloser.formats.cleaning import (
    DAY_NUMBERS,
    EXCEL_EPOCH,
    MAX_CELL_TEXT,
    excel_ruined_ids,
    looks_excel_ruined,
    refuse_long_text,
)
from shopcloser.formats.columns import (
    detect_kind,
    detect_layout,
    header_key,
    header_text,
    is_header_row,
)
from shopcloser.formats.garbled import looks_garbled
from shopcloser.formats.report import ReportFile, ReportKind
from shopcloser.formats.rows import (
    has_status_column,
    id_column,
    row_builder,
    stored_row_builder,
    time_columns,
)
from shopcloser.formats.zip_damage import ZIP_DAMAGE
from shopcloser.messages import UserError

if TYPE_CHECKING:
    from python_calamine_plus import CalamineWorkbook

_T = TypeVar("_T")

_HEADER_SEARCH_ROWS = 20
_RUINED_CHECK_ROWS = 50
_WATCH_EVERY = 4096  # rows between calls of ReportFile.watch
_LAST_COLUMN = 16_383  # XFD, Excel's last column (0-based)
# Columns past the header's last one that a sheet's declared dimension is believed for,
# to find cells there (see ``open_xlsx``).
_PAST_HEADER = 100
_MAX_SHEETS_SEARCHED = 5
# Cells holding a formula's error: python-calamine-plus gives their text, python-calamine
# (and a CSV export) nothing. Read as empty, so that "#N/A" is never an order id, and the
# row flagged: the cell held something else before a program took it for a formula.
EXCEL_ERRORS = frozenset(
    {
        "#NULL!",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#N/A",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
        "#PYTHON!",
    }
)
# Excel keeps 15 significant digits: a number this large has lost the id's last digits.
_ID_PRECISION = 1e15
_HALF_SECOND = timedelta(microseconds=500_000)
_EPOCH_1904 = datetime(1904, 1, 1)
# The same days as cleaning.DAY_NUMBERS, counted from 1904.
_DAYS_1904 = tuple(n - (_EPOCH_1904 - EXCEL_EPOCH).days for n in DAY_NUMBERS)


def decrypt(raw: BinaryIO, password: str | None) -> io.BytesIO:
    """The decrypted workbook of a password-protected (OLE) file, in memory.

    An OLE file that is not encrypted is an old .xls workbook: refused, because the
    seller centre never writes one and ids in it have passed through Excel.
    """
    import msoffcrypto
    from msoffcrypto import exceptions as office_errors

    try:
        office = msoffcrypto.OfficeFile(raw)
        encrypted = office.is_encrypted()
    except Exception:  # any failure to parse the container means it is not a workbook
        raise refusals.not_a_spreadsheet() from None
    if not encrypted:
        raise refusals.old_excel_format()
    if not password:  # an empty one is none: Excel cannot protect a file with it
        raise refusals.password_required()
    try:
        office.load_key(password=password, verify_password=True)
    except office_errors.InvalidKeyError:
        raise refusals.wrong_password() from None
    except Exception:  # a damaged or unsupported encryption header
        raise refusals.damaged_workbook() from None
    plain = io.BytesIO()
    try:
        office.decrypt(plain)
    except office_errors.InvalidKeyError:
        raise refusals.wrong_password() from None
    except Exception:  # damaged encrypted content
        raise refusals.damaged_workbook() from None
    plain.seek(0)
    return plain


def check_workbook(raw: BinaryIO, size: int, *, far_cells: bool = True) -> xlsx_safety.Checked:
    """All safety checks on an xlsx (a zip), before anything reads its sheets (but the
    one for far cells without ``far_cells``: see ``xlsx_safety.check_parts``).

    Returns what the check found: how many rows its sheet holds, when only one sheet has
    rows, and how far right its cells go.
    """
    try:
        archive = zipfile.ZipFile(raw)
    except ZIP_DAMAGE:
        raise refusals.damaged_workbook() from None
    with archive:
        xlsx_safety.check_directory(archive, size)
        if not xlsx_safety.is_workbook(archive):
            if xlsx_safety.is_other_spreadsheet(archive):
                raise refusals.other_spreadsheet()
            raise refusals.not_a_spreadsheet()
        try:
            return xlsx_safety.check_parts(archive, raw, far_cells=far_cells)
        except ZIP_DAMAGE:
            raise refusals.damaged_workbook() from None  # offsets pointing nowhere


@dataclass(frozen=True)
class _Found:
    """Where the data of a workbook is: its sheet, its header row and columns."""

    sheet: int
    header_index: int  # 0-based row of the header
    first_column: int
    headers: list[str]
    rows_to_header: int  # rows holding anything, down to the header's

    @property
    def last_column(self) -> int:
        return self.first_column + len(self.headers) - 1


def open_xlsx(
    path: Path, source: Path | io.BytesIO, size: int, sha256: str, checked: xlsx_safety.Checked
) -> ReportFile:
    """Prepare the stream of a workbook's records (already checked: ``checked`` tells how
    many rows its sheet holds and how far right its cells go, where the check could)."""
    from python_calamine_plus import CalamineWorkbook

    rows = checked.rows
    with _damage_refused():
        workbook: CalamineWorkbook
        if isinstance(source, Path):
            workbook = CalamineWorkbook.from_path(str(source))
        else:
            workbook = CalamineWorkbook.from_filelike(source)
        found = _find_header(workbook, one_sheet_filled=rows is not None)
        if found is None:
            raise _why_no_header(workbook)
    refuse_long_text(found.headers, found.headers, found.header_index + 1)  # backup columns
    kind = detect_kind(found.headers)
    id_index = id_column(kind, found.headers)
    if id_index is None:
        raise refusals.no_link_column() if kind is ReportKind.ITEMS else refusals.no_id_column()
    if not has_status_column(kind, found.headers):
        raise refusals.no_status_column(kind)
    report = ReportFile(
        path=path,
        kind=kind,
        layout=detect_layout(kind, found.headers),
        headers=found.headers,
        sha256=sha256,
        size=size,
        rows_total=None if rows is None else max(rows - found.rows_to_header, 0),
    )
    with _damage_refused():
        _refuse_ruined_ids(workbook, found, id_index)
        # Columns right of the header read as well, to flag rows with data there: as far
        # as the sheet has cells, which the check found, however far (its judgement of
        # the cells a sheet spans bounds what padding every row to them costs), cells
        # without a reference included; and as far as its declared dimension tells,
        # where the check left that to another process, but not without bound: that is
        # only a claim, and rows are padded to the last column read. calamine cuts every
        # row there: its rows cannot tell of cells further right. Excel declares every
        # cell a merchant typed; other programs may declare no dimension, or "A1" only.
        # An export has no cell right of its header: its rows cost nothing more.
        declared = _declared_width(source)
        # Times in a workbook counting days from 1904 that are bare numbers (General
        # cells): calamine turns date cells into times itself, but not these.
        day_counts = (
            time_columns(kind, found.headers)
            if _on_the_file(source, xlsx_safety.dates_from_1904)
            else []
        )
        bound = found.last_column + _PAST_HEADER
        cells_end = _cells_end(source, found.sheet, checked, bound)
    from_declared = max(found.last_column, min(declared - 1, bound))
    last_column = max(from_declared, cells_end - 1)
    # Where the check was left to another process, that process tells whether the
    # declaration left out cells to read (see ``import_helper.run_job``).
    report.undeclared_columns = last_column > from_declared
    report.header_row = found.header_index + 1

    # calamine reads the file itself as the rows are asked for; a decrypted one is read
    # from memory, whatever happens to the file.
    from_file = isinstance(source, Path)

    def reader(
        first_row: int, stop_row: int | None, stored: bool, first_byte: int | None
    ) -> Iterator[Any]:
        assert first_byte is None, "a workbook is split by rows only"
        rows = _records(
            report, workbook, found, last_column, first_row, stop_row, stored, day_counts
        )
        return _unchanged(report, rows) if from_file else rows

    report._reader = reader
    return report


def _unchanged(report: ReportFile, records: Iterator[Any]) -> Iterator[Any]:
    """``records``, checking that the file is as it was when checked once they end or
    fail. Another program may write to it, empty it or replace it meanwhile (a browser
    still downloading it, a sync tool): calamine would then stop at bytes that are no
    longer there, which is no damage of the merchant's file, or read another file's rows
    under this one's SHA-256."""
    try:
        yield from records
    except UserError:
        if _changed_since(report):
            raise refusals.file_changed() from None
        raise
    if _changed_since(report):
        raise refusals.file_changed()


def _changed_since(report: ReportFile) -> bool:
    """Whether the file at the report's path has another size or modification time than
    when it was checked (not if it is gone: a file still open is read as it was)."""
    try:
        now = report.path.stat()
    except OSError:
        return False
    if now.st_size != report.size:
        return True
    return report.mtime_ns is not None and now.st_mtime_ns != report.mtime_ns


def _cells_end(
    source: Path | io.BytesIO, sheet: int, checked: xlsx_safety.Checked, bound: int
) -> int:
    """The last column (1-based) holding a cell in the sheet read, as the check found it
    (0 where the check was left to another process). Only that sheet's: a wide sheet
    beside a long export would make every row of the export as wide. Where its part is
    not found, the farthest of all sheets, no farther than ``bound`` (0-based)."""
    if not checked.columns:
        return 0
    parts = _on_the_file(source, xlsx_safety.sheet_parts)
    part = parts[sheet] if sheet < len(parts) else None
    if part in checked.columns:
        return checked.columns[part]
    return min(max(checked.columns.values()), bound + 1)


def _on_the_file(source: Path | io.BytesIO, read: Callable[[BinaryIO], _T]) -> _T:
    """``read`` over the workbook's bytes: the file, or the decrypted copy in memory
    (left where it was for calamine)."""
    if isinstance(source, Path):
        with source.open("rb") as raw:
            return read(raw)
    position = source.tell()
    try:
        return read(source)
    finally:
        source.seek(position)


def _declared_width(source: Path | io.BytesIO) -> int:
    return _on_the_file(source, xlsx_safety.declared_width)


@contextmanager
def _damage_refused() -> Iterator[None]:
    """calamine reports damage with assorted exceptions, a Rust panic among them (which
    derives from BaseException): each is a damaged workbook to the merchant."""
    try:
        yield
    except (KeyboardInterrupt, SystemExit, UserError):
        raise
    except BaseException:
        raise refusals.damaged_workbook() from None


def _stream(
    workbook: CalamineWorkbook,
    found: _Found,
    first: int,
    last: int | None = None,
    last_column: int | None = None,
) -> Iterator[list[Any]]:
    """Rows ``first``..``last`` (0-based, inclusive) of the data's columns, padded to them
    (to ``last_column`` when given, past the header's).

    Starting a stream ends the workbook's previous one.
    """
    return iter(
        workbook.stream_sheet_by_index(
            found.sheet,
            min_row=first,
            max_row=last,
            min_col=found.first_column,
            max_col=found.last_column if last_column is None else last_column,
        )
    )


_NOTE_COLUMNS = 3  # cells a row of a sheet of notes names at most


def _find_header(workbook: CalamineWorkbook, *, one_sheet_filled: bool) -> _Found | None:
    """The first of the first sheets with a header row. Orders on another sheet as well
    (months pasted into one workbook) would be left out without a word: such a workbook
    is refused, unless the safety check found rows on one sheet only."""
    names = workbook.sheet_names
    if KEYS_SHEET in names:
        raise refusals.a_backup_workbook()
    found: _Found | None = None
    for index in range(min(len(names), _MAX_SHEETS_SEARCHED)):
        found = _sheet_header(workbook, index)
        if found is not None:
            break
    if found is None or one_sheet_filled:
        return found
    others = [f for i in range(found.sheet + 1, len(names)) if (f := _sheet_header(workbook, i))]
    if not others:
        return found
    tables = [f for f in (found, *others) if not _names_fields(f)] or [found]
    if len(tables) == 1:
        return tables[0]  # the others list the field names (a sheet of notes)
    raise refusals.orders_on_several_sheets([names[f.sheet] for f in tables])


def _names_fields(found: _Found) -> bool:
    """A sheet of notes, one field a row (订单编号 and what it holds), rather than a
    table: a report, even cut down, names more columns than that."""
    return sum(1 for header in found.headers if header) <= _NOTE_COLUMNS


def _sheet_header(workbook: CalamineWorkbook, index: int) -> _Found | None:
    # Bounded like every stream: a cell beyond Excel's last column would make each
    # row that wide (the far-cell scan may run elsewhere, after this).
    rows = workbook.stream_sheet_by_index(
        index, max_row=_HEADER_SEARCH_ROWS - 1, max_col=_LAST_COLUMN
    )
    filled = 0
    for row_index, cells in enumerate(rows):
        texts = [header_text(_text(c)) for c in cells]
        filled += any(texts)
        if is_header_row(texts):
            # From column A: cells under an empty header cell, before the first named
            # one or between named ones, are kept under their column's letter.
            last = max(i for i, t in enumerate(texts) if t)
            return _Found(index, row_index, 0, texts[: last + 1], filled)
    return None


def _why_no_header(workbook: CalamineWorkbook) -> UserError:
    """The refusal of a workbook in which no header row was found: its text garbled by a
    wrong character set (a CSV export opened so and saved as a workbook), or no report."""
    rows = workbook.stream_sheet_by_index(0, max_row=_HEADER_SEARCH_ROWS - 1, max_col=_LAST_COLUMN)
    if looks_garbled([_text(c) for c in cells] for cells in rows):
        return refusals.garbled_text()
    return refusals.no_id_column()


def _refuse_ruined_ids(workbook: CalamineWorkbook, found: _Found, id_index: int) -> None:
    keys = [header_key(h) for h in found.headers]
    id_indexes = [id_index] + [i for i, k in enumerate(keys) if k == "子订单编号"]
    first = found.header_index + 1
    # An id Excel cut to 15 digits is a number cell here, which ``_text`` shows as the
    # rounded number it is: text cells keep every digit (zeroed_by_excel is for CSV).
    for cells in _stream(workbook, found, first, first + _RUINED_CHECK_ROWS - 1):
        for i in id_indexes:
            text = _text(cells[i])
            if looks_excel_ruined(text):
                raise excel_ruined_ids(found.headers[i], text)


def _text(value: Any) -> str:
    """A cell as the text a CSV export would have had."""
    kind = value.__class__
    if kind is str:
        return "" if value in EXCEL_ERRORS else value
    if kind is float:
        if value.is_integer() and -_ID_PRECISION < value < _ID_PRECISION:
            return str(int(value))
        if not math.isfinite(value):
            return ""
        if abs(value) >= _ID_PRECISION:
            return f"{value:.5E}"  # as Excel shows it: a ruined id, if it was one
        # As Excel shows it, to 15 digits: 400.1 + 88.8 is stored 488.90000000000003.
        return f"{value:.15g}"
    if kind is datetime:
        if value.microsecond:  # stored as a day fraction: round to the second meant
            value = (value + _HALF_SECOND).replace(microsecond=0)
        return value.isoformat(" ")  # type: ignore[no-any-return]
    if kind is bool:
        return "TRUE" if value else "FALSE"
    if kind is int:
        return f"{value:.5E}" if abs(value) >= _ID_PRECISION else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (time, timedelta)):
        return str(value)
    return "" if value is None else str(value)


def _times_from_1904(cells: list[Any], columns: list[int]) -> None:
    """Day counts from 1904-01-01 in ``columns`` turned into the times they are; other
    numbers are left to be flagged as what they are (see ``cleaning._slow_time``)."""
    for column in columns:
        days = cells[column] if column < len(cells) else None
        if days.__class__ in (float, int) and _DAYS_1904[0] <= days <= _DAYS_1904[1]:
            cells[column] = _EPOCH_1904 + timedelta(days=days)


def _records(
    report: ReportFile,
    workbook: CalamineWorkbook,
    found: _Found,
    last: int,
    first_row: int = 0,
    stop_row: int | None = None,
    stored: bool = False,
    days_from_1904: list[int] | None = None,
) -> Iterator[Any]:
    """Records (stored rows with ``stored``) of rows numbered ``first_row`` up to
    ``stop_row`` (Excel's numbers), read up to column ``last`` (0-based): a row with
    data right of the header is flagged. ``days_from_1904``: the columns whose numbers
    are days counted from 1904-01-01 (see ``open_xlsx``)."""
    build = (stored_row_builder if stored else row_builder)(report.kind, report.headers)
    text = _text
    errors = EXCEL_ERRORS
    max_text = MAX_CELL_TEXT
    watch = report.watch
    first = max(found.header_index + 1, first_row - 1)
    if stop_row is not None and stop_row - 2 < first:
        return
    # calamine reads the file again here: rewritten or emptied since it was checked, it
    # no longer opens.
    with _damage_refused():
        rows = _stream(workbook, found, first, None if stop_row is None else stop_row - 2, last)
    number = first
    while True:
        try:
            cells = next(rows)
        except StopIteration:
            return
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # a cell calamine cannot convert (a panic among them)
            raise refusals.damaged_rows_from(number + 1) from None
        number += 1
        if watch is not None and not number % _WATCH_EVERY:
            watch()
        if days_from_1904:
            _times_from_1904(cells, days_from_1904)
        errors_found = None
        if errors.isdisjoint(cells):  # one pass in C; the rare row with an error is mended
            try:
                # Only texts, as the seller centre writes them: used as they are.
                length = len("".join(cells))
                texts = cells
            except TypeError:
                texts = [c if c.__class__ is str else text(c) for c in cells]
                length = len("".join(texts))
        else:
            texts = [text(c) for c in cells]
            length = len("".join(texts))
            # A formula's error where the export had text (a title beginning with "=" that
            # another program took for a formula, say): what was there is lost.
            errors_found = [
                (header, cell)
                for header, cell in zip(report.headers, cells, strict=False)
                if cell in errors
            ] or None
        if length > max_text:
            refuse_long_text(texts, report.headers, number)
        record = build(texts, number, errors_found)
        if record is not None:
            yield record
