"""How large a CSV file's rows are, judged on its bytes while the file is hashed.

The ``csv`` module bounds the length of one cell (131,072 characters), not the number of
cells in a row nor the length of a row: a row followed by 40 million separators is read
as a list of 40 million cells (over 500 MB), and a row of 300 MB as one text that long.
No export comes near either, so such a file is refused before its rows are parsed, as
the file is read for its SHA-256 anyway.

A row ends at a line break outside quotes. Quotes are counted on the raw bytes, as in
:mod:`shopcloser.formats.csv_split` (neither a quote, a separator nor a line break is
ever part of another character in UTF-8 or GB18030; UTF-16 text is decoded first). Only
rows that reach past a chunk of the file are measured: a row inside one chunk is
shorter than both bounds. So each chunk costs a few searches in C, and a line loop
only where a chunk starts or ends inside a quoted cell holding line breaks. A quote the
``csv`` module reads as text (one inside an unquoted cell, or one left single inside a
quoted cell: no export writes either, a hand-edited file may) makes the rows after it
look like one: where the bytes say a row is too large, the ``csv`` module reads the file
again to decide (:meth:`RowBounds.confirm`), bounded as it goes.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import AnyStr, TextIO

from shopcloser.formats import refusals

_SAFE_ENCODINGS = ("utf-8", "utf-8-sig", "gb18030")
# A row of an export has a few dozen cells, each at most 32,767 characters (a longer one
# refuses the file anyway): well under a megabyte of separators and 16 MB of text.
MAX_ROW_SEPARATORS = 1 << 20
MAX_ROW_BYTES = 16 << 20
CHUNK = 1 << 20  # what ``feed`` is given at most: no longer than either bound
assert CHUNK <= MAX_ROW_SEPARATORS and CHUNK <= MAX_ROW_BYTES
# A run of NUL bytes: none in an export (whose text has no NUL byte, and a UTF-16 one
# none but as halves of characters), a broken download's gap (``opening``), which is a
# disk block or more. A row grown too large by such a gap is a broken download, told as
# one. A NUL byte alone, or a few, is read as part of its cell.
NUL_RUN = bytes(16)
_NUL_TEXT = NUL_RUN.decode("ascii")
# How the csv module says a cell passed its limit (as ``csv_source`` tells it).
_FIELD_LIMIT = "field larger than field limit"


class RowTooLargeError(Exception):
    """The bytes say a row passes the bounds: :meth:`RowBounds.confirm` decides."""


class RowBounds:
    """Fed a CSV file's bytes in order, chunk by chunk (each at most ``CHUNK`` bytes):
    stops (``RowTooLargeError``) at the first row with more than ``separators`` separators or
    ``size`` bytes, for :meth:`confirm` to refuse the file or not. (Smaller bounds than
    the chunks, for tests, apply only to rows that reach past a chunk.)"""

    def __init__(
        self,
        encoding: str,
        delimiter: str,
        *,
        separators: int = MAX_ROW_SEPARATORS,
        size: int = MAX_ROW_BYTES,
    ) -> None:
        self._most_separators = separators
        self._most_size = size
        self._encoding = encoding
        self._delimiter = delimiter
        self._decode: Callable[[bytes], str] | None = None
        if encoding not in _SAFE_ENCODINGS:  # UTF-16: its bytes hold other characters' halves
            self._decode = codecs.getincrementaldecoder(encoding)(errors="replace").decode
        self._byte_marks = (delimiter.encode(), b'"', b"\n", b"\r")
        self._text_marks = (delimiter, '"', "\n", "\r")
        self._quoted = False  # inside a quoted cell where the next chunk starts
        self._separators = 0  # in the row the next chunk starts inside
        self._size = 0  # that row's bytes (characters of UTF-16 text) so far
        self._last_line = ""  # the line ``confirm`` read last

    def feed(self, data: bytes) -> None:
        """Raises RowTooLargeError where the bytes say a row passes the bounds."""
        try:
            if self._decode is None:
                self._scan(data, self._byte_marks)
            else:
                self._scan(self._decode(data), self._text_marks)
        except RowTooLargeError:
            if NUL_RUN in data:  # looked for only now: a search of every chunk costs
                raise refusals.broken_download() from None
            raise

    def confirm(self, path: Path) -> None:
        """Read ``path`` with the ``csv`` module, as its rows will be read, and refuse it
        (``UserError``) at the first row past the bounds, or the first the module cannot
        read (as the import would: the rows after it are not measured); return if there
        is none (a stray quote misled the count of quotes). A row is measured by the lines the
        module takes for it, each line before it is parsed, and no line is read longer
        than the bound on a row's text: nothing past the bounds is ever held."""
        with path.open(encoding=self._encoding, errors="replace", newline="") as text:
            reader = csv.reader(self._lines(text), delimiter=self._delimiter)
            rows = 0
            try:
                for _row in reader:
                    rows += 1
                    self._size = self._separators = 0
            except csv.Error as error:
                # A cell over the csv module's limit: refused here as the import would
                # refuse it, since the rows after it are not measured, and a helper
                # process reading the file's end would parse them before the import got
                # there (a row of 40 million cells, over 400 MB).
                if _NUL_TEXT in self._last_line:
                    raise refusals.broken_download() from None
                if _FIELD_LIMIT in str(error):
                    raise refusals.text_far_too_long(rows + 1) from None
                raise refusals.damaged_row(rows + 1) from None
            except RowTooLargeError:
                raise refusals.row_far_too_large() from None

    def _lines(self, text: TextIO) -> Iterator[str]:
        self._size = self._separators = 0
        while line := text.readline(self._most_size + 1):
            self._grow(len(line), line.count(self._delimiter))
            self._last_line = line
            yield line

    def _scan(self, chunk: AnyStr, marks: tuple[AnyStr, AnyStr, AnyStr, AnyStr]) -> None:
        delimiter, quote, breaks, carriage = marks
        if carriage in chunk:  # a row may end at \r, \r\n or \n (a copy: not what is hashed)
            chunk = chunk.replace(carriage, breaks)
        first = _first_row_end(chunk, breaks, quote, self._quoted)
        if first < 0:  # the whole chunk is inside one row
            self._grow(len(chunk), chunk.count(delimiter))
            self._quoted ^= bool(chunk.count(quote) & 1)
            return
        self._grow(first, chunk.count(delimiter, 0, first))
        last, quoted = _last_row_end(chunk, breaks, quote, self._quoted, first)
        self._size = self._separators = 0
        self._grow(len(chunk) - last - 1, chunk.count(delimiter, last + 1))
        self._quoted = quoted

    def _grow(self, size: int, separators: int) -> None:
        self._size += size
        self._separators += separators
        if self._separators > self._most_separators or self._size > self._most_size:
            raise RowTooLargeError


def _first_row_end(chunk: AnyStr, breaks: AnyStr, quote: AnyStr, quoted: bool) -> int:
    """Where the first line break outside quotes is, or -1."""
    start = 0
    while (end := chunk.find(breaks, start)) >= 0:
        quoted ^= bool(chunk.count(quote, start, end) & 1)
        if not quoted:
            return end
        start = end + 1
    return -1


def _last_row_end(
    chunk: AnyStr, breaks: AnyStr, quote: AnyStr, quoted: bool, first: int
) -> tuple[int, bool]:
    """Where the last line break outside quotes is (at ``first`` or after), and whether
    the chunk ends inside a quoted cell."""
    end = chunk.rfind(breaks)
    at_end = quoted ^ bool(chunk.count(quote) & 1)
    quoted_after = bool(chunk.count(quote, end) & 1)  # quotes from that break on
    while end > first and at_end ^ quoted_after:
        before = chunk.rfind(breaks, first, end)
        quoted_after ^= bool(chunk.count(quote, before, end) & 1)
        end = before
    return end, at_end
