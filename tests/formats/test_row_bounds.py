"""A CSV row far larger than any export's (millions of cells, or megabytes of text) is
refused on the file's bytes, before the csv module would build it: in little memory (how
long the refusals take is measured in ``bench/refusal_bench.py``). Rows that are merely
large, and rows ending in any way a CSV may end them, pass."""

from __future__ import annotations

import csv
import io
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shopcloser.formats.csv_bounds import RowBounds, RowTooLargeError
from shopcloser.formats.report import open_report
from shopcloser.messages import UserError
from tests import samples

ORDERS_2017 = samples.DATA / "orders-2017.csv"  # 20 orders, GBK, a multi-line message
FAR_TOO_LARGE = "far larger than any row of a seller-centre report"


def _orders_with(path: Path, junk: bytes, *, after: int = 1, copies: int = 1) -> Path:
    """orders-2017.csv (its rows ``copies`` times) with ``junk`` written at the end of the
    data row ``after`` (1: the first), before its line break."""
    header, *rows = ORDERS_2017.read_bytes().split(b"\r\n")[:-1]
    rows = rows * copies
    rows[after - 1] += junk
    path.write_bytes(b"\r\n".join([header, *rows]) + b"\r\n")
    return path


def _refused_lightly(path: Path) -> UserError:
    """Reading ``path`` is refused having allocated under 60 MB at most (the csv module
    builds a row of 40 million cells in over 500 MB). No time limit here: how long a
    refusal takes is measured in ``bench/refusal_bench.py``, not asserted."""
    tracemalloc.start()
    try:
        with pytest.raises(UserError) as caught:
            list(open_report(path).records())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 60 << 20, f"{peak / (1 << 20):.0f} MB"
    return caught.value


@pytest.mark.parametrize(
    ("junk", "after", "copies"),
    [
        (b"," * 40_000_000, 1, 1),  # the audit's file: 40 million empty cells
        (b'"",' * 1_200_000, 1, 1),  # quoted empty cells
        (b"," * 2_000_000, 15_000, 1_000),  # far down: past the rows read with the header
        # Separators spread over lines that each end inside a quoted cell: one row still.
        ((b"," * 999 + b'"\r\n"') * 2_000, 1, 1),
        (b"a" * 20_000_000, 1, 1),  # text: the csv module's limit refuses it per cell
    ],
    ids=["commas", "quoted-empty", "far-down", "over-many-lines", "one-long-text"],
)
def test_a_row_of_millions_of_cells_is_refused_in_little_memory(
    tmp_path: Path, junk: bytes, after: int, copies: int
) -> None:
    path = _orders_with(tmp_path / "ExportOrderList.csv", junk, after=after, copies=copies)
    message = str(_refused_lightly(path))
    if junk.startswith(b"a"):
        assert "text far longer than a spreadsheet cell" in message
    else:
        assert FAR_TOO_LARGE in message and "more than a million cells" in message
        assert "Download the report again" in message


def test_rows_with_many_empty_cells_under_the_bound_are_read_as_before(tmp_path: Path) -> None:
    path = _orders_with(tmp_path / "orders.csv", b"," * 100_000, after=3)
    records = list(open_report(path).records())
    assert len(records) == 20 and all(r.problems == [] for r in records)


@pytest.mark.parametrize("ending", [b"\r\n", b"\n", b"\r"])
def test_large_files_with_any_line_ending_pass(tmp_path: Path, ending: bytes) -> None:
    """Rows end at \\r\\n, \\n or \\r (old Mac files), and the multi-line buyer message
    (written with \\r\\n inside its quotes whatever the rows end with) does not end one."""
    header, *rows = ORDERS_2017.read_bytes().split(b"\r\n")[:-1]
    rows *= 600  # about 5 MB: rows across every chunk boundary
    path = tmp_path / "orders.csv"
    path.write_bytes(ending.join([header, *rows]) + ending)
    assert len(list(open_report(path).records())) == 12_000


def test_a_row_of_long_texts_under_the_cell_limit_passes(tmp_path: Path) -> None:
    """46 cells of 32,767 Chinese characters (about 4.5 MB in UTF-8) is a lot, but no
    cell is too long: such a row is no reason to refuse the file."""
    header = ORDERS_2017.read_bytes().split(b"\r\n")[0].decode("gbk")
    text = "留" * 32_767
    row = '="2800000000026104",' + ",".join(f'"{text}"' for _ in range(45))
    path = tmp_path / "orders.csv"
    path.write_bytes(f"{header}\r\n{row}\r\n".encode())
    (record,) = open_report(path).records()
    assert record.order_id == "2800000000026104"


def _bounds_say(data: bytes, chunk: int) -> bool:
    """Whether RowBounds, for at most 4 separators, refuses ``data`` fed in chunks of
    ``chunk`` bytes."""
    bounds = RowBounds("utf-8", ",", separators=4)
    try:
        for start in range(0, len(data), chunk):
            bounds.feed(data[start : start + chunk])
    except RowTooLargeError:
        return True
    return False


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(
        st.lists(st.text(alphabet='a,"\r\n', max_size=6), min_size=1, max_size=6),
        min_size=1,
        max_size=8,
    ),
    ending=st.sampled_from(["\r\n", "\n", "\r"]),
    chunk=st.integers(min_value=1, max_value=40),
)
def test_rows_are_measured_as_the_csv_module_reads_them(
    rows: list[list[str]], ending: str, chunk: int
) -> None:
    """Against a bound of 4 separators, fed in chunks of any size: the file is refused
    exactly when a row the csv module reads has more than 4 separators in its text and
    reaches past a chunk (its own line break in a later chunk than the one before it).
    With one-byte chunks, that is every row."""
    text, refused = "", False
    for cells in rows:
        row = io.StringIO(newline="")
        csv.writer(row, lineterminator="\r\n").writerow(cells)  # quotes cells with \r, \n
        start, row_text = len(text), row.getvalue()[:-2]
        text += row_text + ending
        before, end = start - 1, start + len(row_text)  # line breaks around the row
        measured = start == 0 or before // chunk != end // chunk
        refused |= measured and row_text.count(",") > 4
    assert list(csv.reader(io.StringIO(text, newline=""))) == rows  # as written
    assert _bounds_say(text.encode(), chunk) == refused


def _one_row_many_times(path: Path, copies: int) -> Path:
    """orders-2017.csv's first data row (one line: no line break in its cells) ``copies``
    times: no line break inside a quoted cell to end the one row a count of quotes sees
    after a stray quote, as in a file whose buyers left no multi-line message."""
    header, first = ORDERS_2017.read_bytes().split(b"\r\n")[:2]
    path.write_bytes(b"\r\n".join([header, *[first] * copies]) + b"\r\n")
    return path


def _with_a_stray_quote(path: Path) -> Path:
    """``path`` with one quote left single in its first data row's second quoted cell
    (``"a"x"`` where the cell read ``"a"``): the csv module reads it as text, while a
    count of quotes takes every row after it for one."""
    header, first, rest = path.read_bytes().split(b"\r\n", 2)
    first = first.replace(b'","', b'"x","', 1)
    path.write_bytes(b"\r\n".join([header, first, rest]))
    return path


def test_a_stray_quote_does_not_refuse_a_large_file(tmp_path: Path) -> None:
    """Before: 30,000 rows after a hand-edited cell with a single quote were refused as
    one row "far larger" than any (over a million separators); the csv module reads
    them all, and so does the import, as before the bound was added."""
    path = _with_a_stray_quote(_one_row_many_times(tmp_path / "orders.csv", 30_000))
    records = list(open_report(path).records())
    assert len(records) == 30_000
    assert all(record.problems == [] for record in records)


def test_a_stray_quote_does_not_let_a_row_of_millions_of_cells_through(tmp_path: Path) -> None:
    path = _one_row_many_times(tmp_path / "orders.csv", 30_000)
    header, *rows = path.read_bytes().split(b"\r\n")[:-1]
    rows[20_000] += b"," * 2_000_000
    path.write_bytes(b"\r\n".join([header, *rows]) + b"\r\n")
    message = str(_refused_lightly(_with_a_stray_quote(path)))
    assert FAR_TOO_LARGE in message


def test_a_stray_quote_and_a_cell_past_the_limit_refuse_the_file_as_it_is_opened(
    tmp_path: Path,
) -> None:
    """Before: where the csv module could not read a cell (past its limit of 131,072
    characters), the check stopped and passed the file, leaving the rows after it
    unmeasured: an import split between two processes had its helper parse a later row
    of millions of cells (over 400 MB for 40 million) before the import reached the
    cell. Now the file is refused as it is opened, naming the cell's row."""
    path = _one_row_many_times(tmp_path / "orders.csv", 30_000)
    header, *rows = path.read_bytes().split(b"\r\n")[:-1]
    rows[100] = rows[100].replace(b'","', b'","' + b"y" * 200_000, 1)
    rows[20_000] += b"," * 2_000_000
    path.write_bytes(b"\r\n".join([header, *rows]) + b"\r\n")
    with pytest.raises(UserError) as caught:
        open_report(_with_a_stray_quote(path))
    message = str(caught.value)
    assert "far longer than a spreadsheet cell can hold" in message
    assert "Row 102 " in message
