"""Whatever a file holds, reading it either yields records or refuses it cleanly."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopcloser.domain.records import ItemRecord, OrderRecord
from shopcloser.formats.problems import INCOMPLETE_ROW
from shopcloser.formats.report import open_report
from shopcloser.messages import UserError
from tests import samples
from tests.formats.stored_routes import assert_routes_agree

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEADERS = sorted(set(samples.ORDER_LAYOUTS["newest"]) | set(samples.ITEM_LAYOUTS["newest"]))
CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ['="3515313147329357"', '=""', "3.51531E+16", "'null", "null", "--", "0元", "￥20.00",
         "无退款申请", "2016/5/23 22:02", "2017-07-08 12:00:00", "2017-02-30 25:61:00", "NaN",
         "1e999999", "交易关闭", "退款成功", "'13925130165", "=SUM(A1)", '"', "\r\n", "\x00"]
    ),
)  # fmt: skip


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def outcome(path: Path) -> list[OrderRecord | ItemRecord] | UserError:
    """Read the whole file; any exception other than UserError fails the test."""
    try:
        return list(open_report(path).records())
    except UserError as refused:
        return refused


@PROPERTY
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_arbitrary_bytes_are_read_or_refused(folder: Path, data: bytes, suffix: str) -> None:
    path = folder / f"any{suffix}"
    path.write_bytes(data)
    outcome(path)


@PROPERTY
@given(
    headers=st.lists(
        st.one_of(st.sampled_from(HEADERS), st.text(max_size=6)), min_size=1, max_size=12
    ),
    rows=st.lists(st.lists(CELLS, max_size=14), max_size=8),
    encoding=st.sampled_from(["gb18030", "utf-8", "utf-8-sig", "utf-16"]),
    separator=st.sampled_from([",", "\t"]),
)
def test_arbitrary_csv_text_is_read_or_refused(
    folder: Path, headers: list[str], rows: list[list[str]], encoding: str, separator: str
) -> None:
    def line(cells: list[str]) -> str:
        return separator.join('"' + c.replace('"', '""') + '"' for c in cells)

    text = "\r\n".join([line(headers), *(line(r) for r in rows)])
    path = folder / "any.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    result = outcome(path)
    if isinstance(result, list):
        for record in result:
            assert record.row_number >= 2
            assert all(isinstance(v, str) for v in record.extra.values())
        # The import's own route (rows as the store keeps them) reads the same.
        assert assert_routes_agree(path) == len(result)


@PROPERTY
@given(position=st.integers(min_value=0), value=st.integers(min_value=0, max_value=255))
def test_damaged_workbooks_are_read_or_refused(folder: Path, position: int, value: int) -> None:
    original = (samples.DATA / "orders-newest.xlsx").read_bytes()
    damaged = bytearray(original)
    damaged[position % len(damaged)] = value
    path = folder / "damaged.xlsx"
    path.write_bytes(bytes(damaged))
    if isinstance(outcome(path), list):
        assert_routes_agree(path)


CUT_HEADERS = ["订单编号", "买家留言", "订单状态", "乙"]


@PROPERTY
@given(
    texts=st.lists(
        st.lists(st.text(alphabet='ab"，, \r\n中', max_size=6), min_size=3, max_size=3),
        min_size=1,
        max_size=3,
    ),
    where=st.floats(min_value=0, max_value=1),
)
def test_a_csv_cut_anywhere_in_its_last_row_flags_it_when_cells_are_lost(
    folder: Path, texts: list[list[str]], where: float
) -> None:
    """Cut in a CSV of whole rows, written like the seller centre's: the last row is flagged
    exactly when it has fewer cells than the header or the file ends inside a quoted cell
    (which the csv module, strict, calls an unexpected end of data)."""

    def line(cells: list[str]) -> str:
        return ",".join('"' + c.replace('"', '""') + '"' for c in cells)

    lines = [line(CUT_HEADERS)]
    lines += [f'="{1000 + n}",' + line(cells) for n, cells in enumerate(texts)]
    text = "\r\n".join(lines) + "\r\n"
    start = len("\r\n".join(lines[:-1])) + 2  # where the last row begins
    end = start + round(where * (len(text) - start))
    path = folder / "cut.csv"
    path.write_bytes(text[:end].encode("gb18030"))
    records = outcome(path)
    assert isinstance(records, list)
    assert assert_routes_agree(path) == len(records)
    assert all(r.problems == [] for r in records[: len(texts) - 1])
    if end == start:
        assert len(records) == len(texts) - 1
        return
    parsed = list(csv.reader(io.StringIO(text[:end], newline="")))
    try:
        list(csv.reader(io.StringIO(text[:end], newline=""), strict=True))
        inside_a_cell = False
    except csv.Error:
        inside_a_cell = True
    last = records[-1]
    assert len(records) == len(texts)
    assert last.row_number == len(texts) + 1
    flagged = [raw for column, raw in last.problems if column == INCOMPLETE_ROW]
    if inside_a_cell or len(parsed[-1]) < len(CUT_HEADERS):
        assert flagged == [f"{min(len(parsed[-1]), 4)}/4"]
    else:
        assert flagged == []
