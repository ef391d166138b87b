"""Where a CSV file's rows start, found without parsing them.

Two processes importing one order report split it by rows: the import reads the start,
a helper the rest. Without a place to start, the helper would have to parse (and decode)
every row before its own to know where a row ends, since a quoted cell (a buyer's
message) may hold line breaks: about 0.7 s of a 200,000-order import. Counting quotes
on the raw bytes tells instead: a row ends at a line break outside quotes. That holds in
the encodings reports come in (UTF-8 and GB18030, where neither a quote nor a line
break is ever part of another character), for cells quoted as the csv module quotes
them. Files that break the rule (a stray quote the csv module reads as text, a lone
carriage return ending a row) are caught where it matters: the import checks that the
row it stopped at is the row the helper started at (the same cells, ending after the
same count of lines) and imports in one process if not.
"""

from __future__ import annotations

from typing import NamedTuple

from shopcloser.formats.report import ReportFile

_SAFE_ENCODINGS = ("utf-8", "utf-8-sig", "gb18030")
_CHUNK = 1 << 20
# Every byte but quotes and line breaks (\n, \r).
_NOT_MARKS = bytes(b for b in range(256) if b not in b'"\n\r')


class RowStart(NamedTuple):
    byte: int  # where the row starts
    row: int  # its number, as the csv module counts rows (blank lines included)
    lines: int  # lines before it, as csv's line_num counts them (a lone \r ends one too)


def row_start_near(report: ReportFile, offset: int) -> RowStart | None:
    """The first row starting at or after ``offset`` below the first data row; None where
    rows cannot be found this way or none starts there."""
    if report.encoding not in _SAFE_ENCODINGS or not 0 < offset < report.size:
        return None
    lines = 0  # lines before ``position``
    rows = 0  # rows (csv records, blank lines included) ended before ``position``
    quotes = 0  # quotes since the last row ended
    position = 0  # where the next line starts
    pending = b""
    with report.path.open("rb") as raw:
        while chunk := raw.read(_CHUNK):
            data = pending + chunk
            cut = data.rfind(b"\n") + 1  # whole lines only
            data, pending = data[:cut], data[cut:]
            if not quotes and position + len(data) < offset:
                # Each line's quotes (and lone carriage returns), the lines' own \r\n as \n.
                marks = data.translate(None, _NOT_MARKS).replace(b"\r\n", b"\n")
                runs = marks.split(b"\n")[:-1]
                if b"\r" not in marks and not any(length % 2 for length in set(map(len, runs))):
                    rows += len(runs)  # no break inside a quoted cell: each ends a row
                    lines += len(runs)
                    position += len(data)
                    continue
            for line in data.split(b"\n")[:-1]:
                quotes += line.count(b'"')
                position += len(line) + 1
                # Lines as the text layer (newline="") splits them and csv's line_num
                # counts them: a lone \r (not the one of this line's \r\n) ends one too.
                lines += 1 + line.count(b"\r") - line.endswith(b"\r")
                if quotes % 2:
                    continue  # the break is inside a quoted cell
                quotes = 0
                rows += 1
                if position >= offset and rows > report.header_row:
                    return RowStart(position, rows + 1, lines) if position < report.size else None
    return None
