"""Reading an xlsx export: decrypt if needed, check it is safe, then read it with calamine.

python-calamine loads a sheet into memory at once (in Rust, compactly) and hands rows to
Python one by one; every safety check in ``xlsx_safety`` runs before it sees the file.
"""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from shopcloser.domain.records import ItemRecord, OrderRecord
from shopcloser.formats import refusals, xlsx_safety
from shopcloser.formats.cleaning import excel_ruined_ids, looks_excel_ruined
from shopcloser.formats.columns import detect_kind, detect_layout, header_key, is_header_row
from shopcloser.formats.report import ReportFile, ReportKind
from shopcloser.formats.rows import id_column, row_builder

if TYPE_CHECKING:
    from python_calamine import CalamineSheet, CalamineWorkbook

_HEADER_SEARCH_ROWS = 20
_RUINED_CHECK_ROWS = 50
_MAX_SHEETS_SEARCHED = 5
# Excel keeps 15 significant digits: a number this large has lost the id's last digits.
_ID_PRECISION = 1e15
_HALF_SECOND = timedelta(microseconds=500_000)


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
    if password is None:
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


def check_workbook(raw: BinaryIO, size: int) -> None:
    """All safety checks on an xlsx (a zip), before anything reads its sheets."""
    try:
        archive = zipfile.ZipFile(raw)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise refusals.damaged_workbook() from None
    with archive:
        xlsx_safety.check_directory(archive, size)
        if not xlsx_safety.is_workbook(archive):
            raise refusals.not_a_spreadsheet()
        try:
            xlsx_safety.check_parts(archive, raw)
        except (OSError, ValueError, EOFError, zipfile.BadZipFile):
            raise refusals.damaged_workbook() from None  # offsets pointing nowhere


def open_xlsx(path: Path, source: Path | io.BytesIO, size: int, sha256: str) -> ReportFile:
    """Read the workbook (already checked) and prepare the stream of its records."""
    from python_calamine import CalamineWorkbook

    try:
        workbook: CalamineWorkbook
        if isinstance(source, Path):
            workbook = CalamineWorkbook.from_path(str(source))
        else:
            workbook = CalamineWorkbook.from_filelike(source)
        found = _find_header(workbook)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:
        # calamine reports damage with assorted exceptions, a Rust panic among them
        # (which derives from BaseException).
        raise refusals.damaged_workbook() from None
    if found is None:
        raise refusals.no_id_column()
    sheet, header_index, headers, start_row = found
    kind = detect_kind(headers)
    id_index = id_column(kind, headers)
    if id_index is None:
        raise refusals.no_link_column() if kind is ReportKind.ITEMS else refusals.no_id_column()
    rows_total = max(sheet.height - header_index - 1, 0)
    report = ReportFile(
        path=path,
        kind=kind,
        layout=detect_layout(kind, headers),
        headers=headers,
        sha256=sha256,
        size=size,
        rows_total=rows_total,
    )
    _refuse_ruined_ids(sheet, header_index, headers, id_index)
    report.header_row = start_row + header_index

    def reader(first_row: int, stop_row: int | None) -> Iterator[OrderRecord | ItemRecord]:
        return _records(report, sheet, header_index, start_row, first_row, stop_row)

    report._reader = reader
    return report


def _find_header(workbook: CalamineWorkbook) -> tuple[CalamineSheet, int, list[str], int] | None:
    """(sheet, index of the header row in it, stripped headers, first row number)."""
    for index, _name in enumerate(workbook.sheet_names[:_MAX_SHEETS_SEARCHED]):
        sheet = workbook.get_sheet_by_index(index)
        start = sheet.start
        start_row = start[0] + 1 if start else 1
        for row_index, cells in enumerate(sheet.iter_rows()):
            if row_index >= _HEADER_SEARCH_ROWS:
                break
            texts = [_text(c) for c in cells]
            if is_header_row(texts):
                return sheet, row_index, [t.strip() for t in texts], start_row
    return None


def _refuse_ruined_ids(
    sheet: CalamineSheet, header_index: int, headers: list[str], id_index: int
) -> None:
    keys = [header_key(h) for h in headers]
    id_indexes = [id_index] + [i for i, k in enumerate(keys) if k == "子订单编号"]
    for row_index, cells in enumerate(sheet.iter_rows()):
        if row_index <= header_index:
            continue
        if row_index > header_index + _RUINED_CHECK_ROWS:
            break
        for i in id_indexes:
            if i < len(cells):
                text = _text(cells[i])
                if looks_excel_ruined(text):
                    raise excel_ruined_ids(headers[i], text)


def _text(value: Any) -> str:
    """A cell as the text a CSV export would have had."""
    kind = value.__class__
    if kind is str:
        return value  # type: ignore[no-any-return]
    if kind is float:
        if value.is_integer() and -_ID_PRECISION < value < _ID_PRECISION:
            return str(int(value))
        if not math.isfinite(value):
            return ""
        if abs(value) >= _ID_PRECISION:
            return f"{value:.5E}"  # as Excel shows it: a ruined id, if it was one
        return repr(value)
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


def _records(
    report: ReportFile,
    sheet: CalamineSheet,
    header_index: int,
    start_row: int,
    first_row: int = 0,
    stop_row: int | None = None,
) -> Iterator[OrderRecord | ItemRecord]:
    build = row_builder(report.kind, report.headers)
    text = _text
    rows = sheet.iter_rows()
    for _ in range(header_index + 1):
        next(rows, None)
    number = start_row + header_index
    while True:
        try:
            cells = next(rows)
        except StopIteration:
            return
        except Exception:  # a cell calamine cannot convert: the file is damaged
            raise refusals.damaged_row(number + 1) from None
        number += 1
        if number < first_row:
            continue
        if stop_row is not None and number >= stop_row:
            return
        record = build([c if c.__class__ is str else text(c) for c in cells], number)
        if record is not None:
            yield record
