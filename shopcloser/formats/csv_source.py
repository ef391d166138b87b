"""Reading a CSV export: encoding, delimiter, the header row, then the rows as a stream.

The file is never loaded whole: rows are parsed by the ``csv`` module straight from a
buffered text stream, and the byte position is published for the progress bar.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from shopcloser.formats import refusals
from shopcloser.formats.cleaning import (
    MAX_CELL_TEXT,
    excel_ruined_ids,
    excel_zeroed_ids,
    looks_excel_ruined,
    refuse_long_text,
    zeroed_by_excel,
)
from shopcloser.formats.columns import (
    ID_HEADERS,
    detect_kind,
    detect_layout,
    header_key,
    header_text,
    is_header_row,
)
from shopcloser.formats.csv_bounds import NUL_RUN
from shopcloser.formats.garbled import looks_garbled
from shopcloser.formats.report import ReportFile, ReportKind
from shopcloser.formats.rows import (
    FILE_ENDS_IN_CELL,
    has_status_column,
    id_column,
    row_builder,
    stored_row_builder,
)
from shopcloser.messages import UserError

HEAD_BYTES = 64 * 1024  # what encoding and delimiter are judged on
_HEADER_SEARCH_ROWS = 20  # the header row may sit below a few title lines
_RUINED_CHECK_ROWS = 50  # rows checked up front for ids ruined by Excel
_PROGRESS_EVERY = 4096  # rows between updates of bytes_read
_BUFFER = 1 << 20
# What the header row and the first data rows are looked for in: bounded, since the file's
# rows are only checked for their size (csv_bounds) once it has passed these checks.
_HEADER_BYTES = 4 << 20
# How the csv module says a field passed its limit (131,072 characters).
_FIELD_LIMIT = "field larger than field limit"
# Where a run of NUL bytes (``csv_bounds.NUL_RUN``) is looked for once reading has failed:
# the bytes the parser read last (a line is read whole before it is parsed).
_NUL_WINDOW = 1 << 20


@dataclass
class _Format:
    encoding: str
    delimiter: str


def sniff(head: bytes, size: int) -> _Format:
    """Encoding (BOM, else strict UTF-8, else GB18030) and delimiter, from the file's head
    (the delimiter from its header row)."""
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        if b"\x00" in head:
            raise refusals.not_a_spreadsheet()
        encoding = "gb18030"
        if not head.isascii() and _decodes(head, "utf-8"):
            encoding = "utf-8"
    if not _decodes(head, encoding):
        raise refusals.not_a_spreadsheet()
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head)
    if len(head) < size and "\n" not in text and "\r" not in text:
        raise refusals.not_a_spreadsheet()  # no line break in 64 KB: not a table
    # Judged on the header row: a title line above it (订单报表 导出时间:…) may hold
    # neither separator, or a comma in tab-separated text.
    lines = text.split("\n", _HEADER_SEARCH_ROWS)[:_HEADER_SEARCH_ROWS]
    header = next((line for line in lines if any(h in line for h in ID_HEADERS)), lines[0])
    delimiter = "\t" if header.count("\t") > header.count(",") else ","
    return _Format(encoding, delimiter)


def _decodes(head: bytes, encoding: str) -> bool:
    try:
        # Not final: the head may end in the middle of a character.
        codecs.getincrementaldecoder(encoding)(errors="strict").decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


class _EndOfFile:
    """The lines the parser reads after the file's own, to tell whether the file ends
    inside a quoted cell (cut short): the csv module, not strict, then returns the row as
    if the cell were complete.

    The first is an empty line. Between rows it comes out as an empty row, which the reader
    of rows skips and reports by setting ``blank``; inside a quoted cell it adds nothing and
    the parser asks again at once. So when asked again without ``blank``, the file ended
    inside a quoted cell: the next line closes it and adds ``width`` empty cells and
    ``FILE_ENDS_IN_CELL``, a row longer than the header, which the row builder checks
    anyway. Nothing is done per row.
    """

    def __init__(self, delimiter: str, width: int) -> None:
        self._closing = '"' + delimiter * width + FILE_ENDS_IN_CELL
        self._asked = 0
        self.blank = False

    def __iter__(self) -> _EndOfFile:
        return self

    def __next__(self) -> str:
        self._asked += 1
        if self._asked == 1:
            self.blank = False
            return ""
        if self._asked == 2 and not self.blank:
            return self._closing
        raise StopIteration


# What the decoders say when the bytes end in the middle of a character. A decoder says
# it only when told the input is complete, which a TextIOWrapper does at the file's end.
_CUT_CHARACTER = ("incomplete multibyte sequence", "unexpected end of data", "truncated data")
_CUT_SHORT_ERRORS = "shopcloser-cut-short"


def _drop_cut_character(error: UnicodeError) -> tuple[str, int]:
    """A file cut short (a download that stopped) ends in half a character about as often
    as not, the reports being mostly Chinese: drop that half, so that the file reads like
    one cut between characters and its last row is flagged as incomplete. Any other
    undecodable byte still refuses the file."""
    if (
        isinstance(error, UnicodeDecodeError)
        and error.reason in _CUT_CHARACTER
        and error.end == len(error.object)
    ):
        return "", error.end
    raise error


codecs.register_error(_CUT_SHORT_ERRORS, _drop_cut_character)


class _Rows:
    """The CSV file's rows, with the byte position the parser has reached."""

    def __init__(
        self,
        path: Path,
        fmt: _Format,
        end: _EndOfFile | None = None,
        start: int = 0,
        limit: int | None = None,
    ) -> None:
        self._binary: BinaryIO = path.open("rb", buffering=_BUFFER)
        if start:
            self._binary.seek(start)  # where a row starts, so where a character starts
        if limit is not None:  # only the first ``limit`` bytes (a character cut there dropped)
            with self._binary:
                self._binary = io.BytesIO(self._binary.read(limit))
        self._text = io.TextIOWrapper(
            self._binary, encoding=fmt.encoding, errors=_CUT_SHORT_ERRORS, newline=""
        )
        lines: Iterator[str] = self._text if end is None else itertools.chain(self._text, end)
        self.reader = csv.reader(lines, delimiter=fmt.delimiter)

    def position(self) -> int:
        return self._binary.tell()

    def changed(self, report: ReportFile) -> bool:
        """Whether the file is not as it was when checked: its size or its modification
        time is another (written to, emptied, or replaced by another file)."""
        now = os.fstat(self._binary.fileno())
        if now.st_size != report.size:
            return True
        return report.mtime_ns is not None and now.st_mtime_ns != report.mtime_ns

    def refusal(self, otherwise: UserError) -> UserError:
        """The refusal for rows that could not be read: a broken download where one
        shows (see ``broken_off``), else ``otherwise``. Asked only once reading has
        failed; the rows cannot be read further after it."""
        return refusals.broken_download() if self.broken_off() else otherwise

    def broken_off(self) -> bool:
        """Whether a run of NUL bytes lies where the parser stopped: a download that broke
        off in the middle (one that broke off at the end is refused before reading),
        which the parser reports as a text too long or as undecodable bytes."""
        try:
            end = self._binary.tell()
            start = max(end - _NUL_WINDOW, 0)
            self._binary.seek(start)
            return NUL_RUN in self._binary.read(end - start + HEAD_BYTES)
        except (OSError, ValueError):
            return False

    def close(self) -> None:
        self._text.close()


def _open_rows(
    path: Path,
    fmt: _Format,
    end: _EndOfFile | None = None,
    start: int = 0,
    limit: int | None = None,
) -> _Rows:
    """The file's rows. The file was opened when it was checked, but it may have been
    deleted or moved since (a browser, a sync tool), while other files were read."""
    try:
        return _Rows(path, fmt, end, start, limit)
    except OSError as error:
        raise refusals.cannot_read(error) from None


def _header(path: Path, fmt: _Format) -> tuple[int, list[str], list[list[str]]]:
    """(1-based row of the header, stripped headers, first data rows), looked for in the
    file's first ``_HEADER_BYTES`` (the last row read may be cut there)."""
    rows = _open_rows(path, fmt, limit=_HEADER_BYTES)
    read = 0
    first: list[list[str]] = []  # data rows read below the header
    seen: list[list[str]] = []  # rows looked at, to say why none was the header
    try:
        for read, cells in enumerate(rows.reader, start=1):
            seen.append(cells)
            if is_header_row(cells):
                headers = [header_text(c) for c in cells]
                for cells_below in rows.reader:
                    first.append(cells_below)
                    if len(first) >= _RUINED_CHECK_ROWS:
                        break
                return read, headers, first
            if read >= _HEADER_SEARCH_ROWS:
                break
    except csv.Error as error:
        if _past_field_limit(error):
            raise rows.refusal(refusals.text_far_too_long(read + len(first) + 1)) from None
        raise rows.refusal(refusals.not_a_spreadsheet()) from None
    except UnicodeDecodeError:
        raise rows.refusal(refusals.not_a_spreadsheet()) from None
    except OSError as error:
        raise refusals.cannot_read(error) from None
    finally:
        rows.close()
    raise _why_no_header(seen)


# A web page's first tags: some programs save an HTML table under a spreadsheet's name.
_WEB_PAGE = re.compile(r"<\s*(?:!doctype\s+html|html|table|head|body|meta)\b", re.I)


def _why_no_header(rows: list[list[str]]) -> UserError:
    """The refusal of a text file in which no header row was found, saying why where the
    rows tell: a web page, columns separated by semicolons, or text garbled by a program
    that read it with the wrong character set."""
    lines = [",".join(cells) for cells in rows]
    if _WEB_PAGE.search("\n".join(lines)):
        return refusals.web_page()
    if any("订单编号" in line and ";" in line for line in lines):
        return refusals.semicolons()
    if looks_garbled(rows):
        return refusals.garbled_text()
    return refusals.no_id_column()


def open_csv(
    path: Path, head: bytes, size: int, sha256: str, lines: int | None = None
) -> ReportFile:
    """Check a CSV export and prepare the stream of its records (reading only its first
    rows: ``sha256`` and ``lines`` may be filled in once the file has passed)."""
    fmt = sniff(head, size)
    header_row, headers, first_rows = _header(path, fmt)
    refuse_long_text(headers, headers, header_row)  # headers name the backup's columns
    kind = detect_kind(headers)
    id_index = id_column(kind, headers)
    if id_index is None:
        raise refusals.no_link_column() if kind is ReportKind.ITEMS else refusals.no_id_column()
    if not has_status_column(kind, headers):
        raise refusals.no_status_column(kind)
    _refuse_ruined_ids(headers, id_index, first_rows)
    report = ReportFile(
        path=path,
        kind=kind,
        layout=detect_layout(kind, headers),
        headers=headers,
        sha256=sha256,
        size=size,
        lines=lines,
        header_row=header_row,
        encoding=fmt.encoding,
        delimiter=fmt.delimiter,
    )

    def reader(
        first_row: int, stop_row: int | None, stored: bool, first_byte: int | None
    ) -> Iterator[Any]:
        return _records(report, fmt, header_row, headers, first_row, stop_row, stored, first_byte)

    report._reader = reader
    return report


def _refuse_ruined_ids(headers: list[str], id_index: int, rows: list[list[str]]) -> None:
    keys = [header_key(h) for h in headers]
    id_indexes = [id_index] + [i for i, k in enumerate(keys) if k == "子订单编号"]
    for cells in rows:
        for i in id_indexes:
            if i < len(cells) and looks_excel_ruined(cells[i]):
                raise excel_ruined_ids(headers[i], cells[i].strip())
    for i in id_indexes:
        zeroed = zeroed_by_excel(cells[i] for cells in rows if i < len(cells))
        if zeroed is not None:
            raise excel_zeroed_ids(headers[i], zeroed)


def _past_field_limit(error: csv.Error) -> bool:
    return _FIELD_LIMIT in str(error)


def _unreadable_row(error: csv.Error, row: int, rows: _Rows) -> UserError:
    if _past_field_limit(error):
        return rows.refusal(refusals.text_far_too_long(row))
    return rows.refusal(refusals.damaged_row(row))


def _records(
    report: ReportFile,
    fmt: _Format,
    header_row: int,
    headers: list[str],
    first_row: int = 0,
    stop_row: int | None = None,
    stored: bool = False,
    first_byte: int | None = None,
) -> Iterator[Any]:
    build = (stored_row_builder if stored else row_builder)(report.kind, headers, full_rows=True)
    end = _EndOfFile(fmt.delimiter, len(headers))
    rows = _open_rows(report.path, fmt, end, first_byte or 0)
    number = 0
    try:
        # The file was checked when the import began: another program may have changed or
        # replaced it since, while other files were read (it is looked at again at its end).
        if rows.changed(report):
            raise refusals.file_changed()
        reader = rows.reader
        if first_byte is None:
            for _ in range(header_row):
                next(reader)
            number = header_row
        else:
            number = first_row - 1
        for cells in reader:
            number += 1
            if number == first_row and first_byte is not None:
                report.at_start = (reader.line_num, cells)
            if stop_row is not None and number >= stop_row:
                report.at_stop = (reader.line_num, cells)
                break
            if not cells:
                end.blank = True  # a blank line, or the file's end between two rows
                continue
            if number < first_row:
                # Parsed but not built: a later part read without ``first_byte``.
                continue
            if len("".join(cells)) > MAX_CELL_TEXT:  # one pass in C: nearly every row passes
                refuse_long_text(cells, headers, number)
            record = build(cells, number)
            if record is not None:
                yield record
            if not number % _PROGRESS_EVERY:
                report._bytes_read = rows.position()
        else:
            # Shortened, added to or written over while read.
            if rows.position() != report.size or rows.changed(report):
                raise refusals.file_changed()
    except csv.Error as error:
        raise _unreadable_row(error, number + 1, rows) from None
    except UnicodeDecodeError:
        raise rows.refusal(refusals.mixed_encoding()) from None
    except OSError as error:
        raise refusals.cannot_read(error) from None
    finally:
        rows.close()
    report._bytes_read = report.size
