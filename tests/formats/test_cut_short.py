"""A CSV cut short, or a row missing cells, is read with what is there and flagged.

The seller centre writes every separator on every row, so a CSV row with fewer cells than
the header was damaged (most often: the download stopped, and the last row is cut). Such a
row is kept, flagged for review with its row number; the file is not refused.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shopcloser.domain.records import OrderRecord
from shopcloser.formats.problems import INCOMPLETE_ROW, cells_past_header, incomplete_row
from shopcloser.formats.report import open_report
from shopcloser.messages import UserError
from tests import samples
from tests.formats.stored_routes import assert_routes_agree

ORDERS_2017 = samples.DATA / "orders-2017.csv"  # 20 orders of 46 columns, GBK, CRLF
COLUMNS = 46
LAST_ROW = 21  # the header is row 1


def orders(path: Path) -> list[OrderRecord]:
    records = list(open_report(path).records())
    assert all(isinstance(r, OrderRecord) for r in records)
    assert assert_routes_agree(path) == len(records)  # the import's own route says the same
    return records  # type: ignore[return-value]


def raw_cells(line: str) -> list[str]:
    """The cells of one line of orders-2017.csv as written (no cell holds ',"' or ',=')."""
    return re.split(r',(?=["=])', line)


def cut(tail: str) -> bytes:
    """orders-2017.csv cut just after ``tail`` (a text of its last row)."""
    data = ORDERS_2017.read_bytes()
    end = data.rindex(tail.encode("gbk")) + len(tail.encode("gbk"))
    return data[:end]


@pytest.mark.parametrize(
    ("tail", "problem"),
    [
        # inside the creation time, a quoted cell: the audit's case
        ('"快递","\'null","\'18706106144","2020-03-01 0', incomplete_row(18, COLUMNS)),
        # just after a separator
        ('"快递",', incomplete_row(16, COLUMNS)),
        # just after the opening quote of the last column
        ('"0.00","', incomplete_row(COLUMNS, COLUMNS)),
    ],
    ids=["inside a quoted cell", "after a separator", "inside the last cell"],
)
def test_a_file_cut_inside_its_last_row_flags_that_row(
    tmp_path: Path, tail: str, problem: tuple[str, str]
) -> None:
    path = tmp_path / "ExportOrderList.csv"
    path.write_bytes(cut(tail))
    records = orders(path)
    assert len(records) == 20
    *whole, last = records
    assert all(r.problems == [] for r in whole)
    assert last.row_number == LAST_ROW
    assert last.order_id == "2800000001948274"
    assert last.problems[0] == problem
    if problem == incomplete_row(18, COLUMNS):
        # The cell the file stops in is not read: "2020-03-01 0" is no time.
        assert last.created_at is None
        assert last.problems[1:] == []


def test_a_file_cut_inside_a_quoted_cell_keeps_the_cells_before_it(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(cut('="2800000001948274","董建'))
    *_, last = orders(path)
    # The nick the file stops in is part of one: not kept as if it were the buyer's.
    assert (last.order_id, last.buyer_nick) == ("2800000001948274", None)
    assert last.problems == [incomplete_row(2, COLUMNS)]


def test_a_file_ending_just_before_its_last_line_break_is_whole(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(ORDERS_2017.read_bytes()[:-2])  # '\r\n' missing: every cell is there
    records = orders(path)
    assert len(records) == 20 and all(r.problems == [] for r in records)


def test_a_row_with_missing_cells_in_the_middle_of_the_file_is_flagged(tmp_path: Path) -> None:
    lines = ORDERS_2017.read_bytes().decode("gbk").split("\r\n")
    lines[4] = ",".join(raw_cells(lines[4])[:12])  # row 5 keeps 12 of its 46 cells
    path = tmp_path / "orders.csv"
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    records = orders(path)
    assert len(records) == 20
    flagged = [(r.row_number, r.problems) for r in records if r.problems]
    assert flagged == [(5, [incomplete_row(12, COLUMNS)])]
    short = records[3]
    assert short.status_text  # the cells that were there are read
    assert short.receiver_address is None and short.created_at is None


def test_an_item_row_is_incomplete_only_before_the_last_named_column(tmp_path: Path) -> None:
    """The item report ends every line, the header's too, with a separator: the unnamed
    column after it holds nothing, and a row without it has lost nothing."""
    lines = (samples.DATA / "items-2017.csv").read_bytes().decode("gbk").split("\r\n")
    assert lines[0].endswith(",") and lines[2].endswith(",")
    lines[2] = lines[2][:-1]  # row 3 without its last separator
    lines[3] = '","'.join(lines[3].split('","')[:5]) + '"'  # row 4: 5 of 10 named
    path = tmp_path / "items.csv"
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    records = list(open_report(path).records())
    assert len(records) == 30
    assert [(r.row_number, r.problems) for r in records if r.problems] == [
        (4, [incomplete_row(5, 10)])
    ]
    assert assert_routes_agree(path) == 30


def test_data_in_the_item_reports_unnamed_last_column_is_flagged(tmp_path: Path) -> None:
    """The item report's rows end with a separator: its unnamed column is empty. Data in
    it is past the header (not imported), and flagged as other cells past it are."""
    lines = (samples.DATA / "items-2017.csv").read_bytes().decode("gbk").split("\r\n")
    lines[2] += '"补充说明"'  # row 3
    lines[3] += '=""'  # row 4: an empty id-like cell is nothing
    path = tmp_path / "items.csv"
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    records = list(open_report(path).records())
    assert [(r.row_number, r.problems) for r in records if r.problems] == [
        (3, [cells_past_header(11, 10)])
    ]
    assert assert_routes_agree(path) == 30


def test_blank_lines_and_rows_of_separators_are_still_skipped(tmp_path: Path) -> None:
    lines = ORDERS_2017.read_bytes().decode("gbk").split("\r\n")
    assert lines[-1] == ""
    lines[3:3] = ["", ",,,", '=""," "']  # a blank line and two rows holding nothing
    path = tmp_path / "orders.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n\r\n").encode("gbk"))
    records = orders(path)
    assert len(records) == 20
    assert all(r.problems == [] for r in records)


def test_a_title_line_above_the_header_is_not_a_short_row(tmp_path: Path) -> None:
    text = ORDERS_2017.read_bytes().decode("gbk")
    path = tmp_path / "orders.csv"
    path.write_bytes(("订单报表 导出时间:2020-05-01 12:00\r\n" + text).encode("gbk"))
    records = orders(path)
    assert len(records) == 20 and records[0].row_number == 3
    assert all(r.problems == [] for r in records)


@pytest.mark.parametrize("name", samples.SAMPLE_FILES)
def test_complete_exports_have_no_incomplete_rows(name: str) -> None:
    """CSV item rows end with a separator; xlsx rows leave out empty cells at their end."""
    records = list(open_report(samples.DATA / name).records())
    assert records
    assert not [r.row_number for r in records for c, _ in r.problems if c == INCOMPLETE_ROW]


def test_a_cut_anywhere_in_the_last_row_flags_it(tmp_path: Path) -> None:
    text = ORDERS_2017.read_bytes().decode("gbk")
    start = text.rindex("\r\n", 0, len(text) - 2) + 2  # where the last row begins
    whole = len(text) - 2  # its end, before '\r\n'
    path = tmp_path / "orders.csv"
    # Just after the last separator the row has all its cells, the last one empty: nothing
    # tells it from a whole row whose last cell is empty, written without a last line break.
    after_separator = whole - 2
    assert text[after_separator - 1 : whole] == ',""'
    for end in [e for e in range(start + 1, whole) if e != after_separator]:
        path.write_bytes(text[:end].encode("gbk"))
        records = orders(path)
        assert len(records) == 20, end
        assert all(r.problems == [] for r in records[:-1]), end
        assert records[-1].row_number == LAST_ROW
        assert records[-1].problems[0][0] == INCOMPLETE_ROW, (end, text[start:end])
    for end in (start, whole, whole + 1):  # at a row's end, or between '\r' and '\n'
        path.write_bytes(text[:end].encode("gbk"))
        assert all(r.problems == [] for r in orders(path))


@pytest.mark.parametrize("encoding", ["gbk", "utf-8"])
def test_a_cut_in_the_middle_of_a_character_flags_the_last_row(
    tmp_path: Path, encoding: str
) -> None:
    """A download that stopped ends in half a Chinese character about as often as not:
    that half is dropped and the row flagged, as for any other cut (it used to refuse the
    file as one that mixes encodings)."""
    data = ORDERS_2017.read_bytes().decode("gbk").encode(encoding)
    start = data.rindex(b"\r\n", 0, len(data) - 2) + 2
    path = tmp_path / "orders.csv"
    halves = 0
    for end in range(start + 1, len(data) - 2):
        try:
            data[:end].decode(encoding)
            continue  # cut between characters: the test above
        except UnicodeDecodeError:
            halves += 1
        path.write_bytes(data[:end])
        records = orders(path)
        assert len(records) == 20, end
        assert records[-1].problems[0][0] == INCOMPLETE_ROW, end
    assert halves > 50  # the last row is mostly Chinese


def test_an_undecodable_byte_before_the_end_still_refuses_the_file(tmp_path: Path) -> None:
    data = bytearray(ORDERS_2017.read_bytes())
    data[data.rindex("滨江大道".encode("gbk"))] = 0x81  # a lead byte, then a space-like one
    data[data.rindex("江大道".encode("gbk"))] = 0x20
    path = tmp_path / "orders.csv"
    path.write_bytes(bytes(data))
    with pytest.raises(UserError, match="not a spreadsheet"):  # judged on the head
        list(open_report(path).records())
    # Past the first 64 KB, where the encoding is judged, the same byte is found reading.
    rows = ORDERS_2017.read_bytes().split(b"\r\n")
    big = b"\r\n".join([rows[0], *rows[1:-1] * 200, bytes(data).split(b"\r\n")[-2]])
    path.write_bytes(big)
    with pytest.raises(UserError, match="mixes character encodings"):
        list(open_report(path).records())


@pytest.mark.parametrize(("name", "id_cells"), [("orders-2017.csv", 1), ("items-2020.csv", 2)])
def test_a_row_cut_inside_an_order_number_is_not_an_order(
    name: str, id_cells: int, tmp_path: Path
) -> None:
    """Part of an order number (``="28000000``) would make an order that does not exist,
    blocking closure as unknown (found by a review): the row is listed, not imported."""
    data = (samples.DATA / name).read_bytes()
    start = data.rindex(b"\r\n", 0, len(data) - 2) + 2
    id_cells_end = start + len(b",".join(data[start:].split(b",")[:id_cells]))
    path = tmp_path / name
    for end in range(start + 1, id_cells_end):
        path.write_bytes(data[:end])
        records = list(open_report(path).records())
        assert records[-1].row_number == len(records) + 1, end
        assert records[-1].order_id == "", (end, data[start:end])
        assert records[-1].problems[0][0] == INCOMPLETE_ROW
        assert assert_routes_agree(path) == len(records)


def test_a_short_row_in_the_middle_of_the_file_keeps_its_last_cell(tmp_path: Path) -> None:
    """A line end follows the cell it stops in: that cell is whole (only the cell a file
    ends inside is not taken)."""
    lines = ORDERS_2017.read_bytes().decode("gbk").split("\r\n")
    status = raw_cells(lines[4])[10].strip('"')
    lines[4] = ",".join(raw_cells(lines[4])[:11])  # row 5 ends with its 订单状态
    path = tmp_path / "orders.csv"
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    short = orders(path)[3]
    assert short.problems == [incomplete_row(11, COLUMNS)]
    assert status and short.status_text == status
