"""Rows found on a CSV order report's bytes are the rows the parser finds, and reading
from one gives the same rows, numbered the same, as reading the whole file. (Item reports
are never split: an item's position in its order counts its rows.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from shopcloser.formats.csv_split import row_start_near
from shopcloser.formats.report import ReportFile, open_report
from tests.samples import write_orders

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = sorted(p.name for p in DATA.glob("orders-*.csv"))


def _rows(report: ReportFile, first_row: int = 0, first_byte: int | None = None) -> list[object]:
    return [(row.row_number, row.values) for row in report.stored_rows(first_row, None, first_byte)]


def _check_every_split(path: Path, offsets: list[int]) -> int:
    """Read ``path`` whole, then from each row found near ``offsets``; returns how many
    splits were found."""
    whole = _rows(open_report(path))
    found = 0
    for offset in offsets:
        start = row_start_near(open_report(path), offset)
        if start is None:
            continue
        first_byte, first_row, lines = start
        assert first_byte >= offset
        data = path.read_bytes()
        assert data[first_byte - 1 : first_byte] == b"\n"
        before = data[:first_byte]  # lines as csv counts them: a lone \r ends one too
        assert lines == before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n")
        tail = [row for row in whole if row[0] >= first_row]  # type: ignore[index]
        assert _rows(open_report(path), first_row, first_byte) == tail
        found += 1
    return found


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_layout_splits_where_the_parser_would(name: str) -> None:
    path = DATA / name
    size = path.stat().st_size
    assert _check_every_split(path, [size * n // 20 for n in range(1, 20)]) > 0


@pytest.mark.parametrize("layout", ["2017", "2020", "newest"])
def test_generated_reports_with_messages_over_several_lines(tmp_path: Path, layout: str) -> None:
    """The generated reports hold buyers' messages spanning lines: a split found inside
    one would start the helper mid-row."""
    path = tmp_path / "orders.csv"
    write_orders(path, 600, 7, layout)
    data = path.read_bytes()
    assert any(line.count(b'"') % 2 for line in data.split(b"\n")), "no message over lines"
    offsets = list(range(1, len(data), max(len(data) // 150, 1)))
    assert _check_every_split(path, offsets) >= 100


def test_a_break_inside_a_quoted_cell_is_passed_over(tmp_path: Path) -> None:
    orders = tmp_path / "orders.csv"
    write_orders(orders, 40, 3, "2017")
    text = orders.read_bytes()
    lines = text.split(b"\r\n")
    # Row 20's last cell becomes a message of three lines.
    lines[20] = lines[20][:-1] + b'a\r\nb\r\nc"'
    orders.write_bytes(b"\r\n".join(lines))
    cell_start = orders.read_bytes().index(b"a\r\nb")
    start = row_start_near(open_report(orders), cell_start + 1)
    assert start is not None
    assert start.row == 22  # the row after row 21 (header = row 1), not a line inside it
    assert _check_every_split(orders, [cell_start + 1, cell_start + 4]) == 2


def test_no_split_on_the_bytes_of_utf16_files(tmp_path: Path) -> None:
    """In UTF-16 a quote's byte can be half of another character."""
    source = DATA / "orders-2017.csv"
    text = source.read_bytes().decode("gb18030")
    path = tmp_path / "utf16.csv"
    path.write_bytes(text.encode("utf-16"))
    report = open_report(path)
    assert report.encoding == "utf-16"
    assert row_start_near(report, report.size // 2) is None
