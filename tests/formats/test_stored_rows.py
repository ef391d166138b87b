"""The import reads rows straight into the form the store keeps; it must store exactly
what the typed records would have given, for every layout and every awkward cell."""

from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shopcloser.formats.report import open_report
from shopcloser.formats.stored import ORDER_VALUES, StoredOrder
from tests import samples
from tests.formats.stored_routes import assert_routes_agree


@pytest.mark.parametrize("name", [*samples.SAMPLE_FILES, "orders-2020-title.xlsx"])
def test_every_sample_file_is_stored_as_its_records_say(name: str) -> None:
    assert assert_routes_agree(samples.DATA / name) > 0


HEADER = ["订单编号", "订单状态", "订单创建时间", "订单付款时间 ", "总金额", "买家应付邮费",
          "宝贝总数量", "店铺Id", "店铺名称", "运送方式", '备注 "甲"\\', "运送方式",
          "物流单号 "]  # fmt: skip
ROWS = [
    # the same amount written two ways, and again (remembered by its text)
    ['="1001"', "交易成功", "2017-07-08 12:00:00", "", "12.5", "0元", "1", "1", "店",
     "快递", "a", "b", '=""'],
    ['="1002"', "交易成功", "2017-07-08T12:00:00+00:00", "2016/5/23 22:02", "12.50",
     "￥20.00", "2", "1", "店", "", 'x\\y"z\x01', "", '="778"'],
    ['="1003"', "交易成功", "42000.5", "昨天", "1e20", "NaN", "3.0", "", "", "--",
     "tab\there", "null", "'9"],
    ['="1004"', "交易成功", "2017-07-08 12:00:00.123456", "2017-02-30 25:61:00", "12.5",
     "-0.005", "两件", "2", "另一店", "快递", "换行\r\n里", "快递", "="],
    ['="1005"', "交易成功", "", "", "  7.10 ", "1_000", "", "1", "店", "", "", "", ""],
]  # fmt: skip


def test_awkward_cells_are_stored_as_their_records_say(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    with path.open("w", encoding="gb18030", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL).writerows([HEADER, *ROWS])
    assert assert_routes_agree(path) == len(ROWS)

    stored = [row for row in open_report(path).stored_rows() if isinstance(row, StoredOrder)]

    def value(row: StoredOrder, name: str) -> object:
        return row.values[ORDER_VALUES.index(name)]

    first, second, third = stored[:3]
    assert value(first, "total_amount") == value(second, "total_amount") == 1250
    assert value(second, "postage") == 2000
    assert value(first, "created_at") == "2017-07-08 12:00:00.000000"
    assert value(second, "created_at") == "2017-07-08 20:00:00.000000"  # Beijing time
    assert json.loads(str(value(second, "extra")))['备注 "甲"\\'] == 'x\\y"z\x01'
    assert json.loads(str(value(first, "extra"))) == {"运送方式": "快递", '备注 "甲"\\': "a",
                                                       "运送方式#2": "b"}  # fmt: skip
    assert {header for header, _ in third.problems} == {"订单付款时间", "总金额", "买家应付邮费"}


TIME_PIECES = st.sampled_from(
    ["2017-07-08", "2017-W27-6", "20170708", "２０１７-07-08", "2017/7/8", " ", "T", "x",
     "12:00:00", "23:59:59", "120000", "12:00", "24:00:00", "12:00:0٣", ".5", ",123",
     "+08:00", "Z", "-", ":", "0", "42000.5"]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(times=st.lists(st.lists(TIME_PIECES, max_size=4).map("".join), min_size=1, max_size=8))
def test_any_time_text_is_stored_as_its_record_says(times: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert assert_routes_agree(_orders_created_at(Path(folder), times)) == len(times)


def test_every_form_of_time_is_stored_as_its_record_says(tmp_path: Path) -> None:
    dates = ["2017-07-08", "2017-W27-6", "20170708", "２０１７-07-08", "2017/7/8", "2017-7-8"]
    times = ["12:00:00", "120000", "12:00", "12:00:0٣", "24:00:00", "12:00:60", "1:02:03"]
    texts = [
        date + separator + time + suffix
        for date in dates
        for separator in (" ", "T", "x", "  ")
        for time in times
        for suffix in ("", ".5", ",123456", "+08:00", "Z", " ")
    ]
    assert assert_routes_agree(_orders_created_at(tmp_path, texts)) == len(texts)


def _orders_created_at(folder: Path, times: list[str]) -> Path:
    """An order report with one order per creation time."""
    path = folder / "orders.csv"
    lines = [["订单编号", "订单状态", "订单创建时间"]]
    lines += [[f'="{1000 + n}"', "交易成功", text] for n, text in enumerate(times)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL).writerows(lines)
    return path


def test_a_header_renamed_onto_another_keeps_one_value(tmp_path: Path) -> None:
    # The second "备注X" is kept as "备注X#2", which the third column is really called.
    path = tmp_path / "orders.csv"
    path.write_text('订单编号,订单状态,备注X,备注X,备注X#2\n="1001",交易成功,a,b,c\n', "utf-8")
    assert assert_routes_agree(path) == 1
    (row,) = open_report(path).stored_rows()
    assert isinstance(row, StoredOrder)
    assert row.values[ORDER_VALUES.index("extra")] == '{"备注X":"a","备注X#2":"c"}'


def test_a_time_before_the_first_year_in_shop_time_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(
        '订单编号,订单状态,订单创建时间\n="1001",交易成功,0001-01-01 00:00:00+08:00\n', "utf-8"
    )
    assert assert_routes_agree(path) == 1
    (row,) = open_report(path).stored_rows()
    assert row.problems == [("订单创建时间", "0001-01-01 00:00:00+08:00")]


def test_only_short_amount_texts_are_remembered(tmp_path: Path) -> None:
    from shopcloser.formats import rows

    padded = " " * 30_000 + "7.5"
    path = tmp_path / "orders.csv"
    path.write_text(
        f'订单编号,订单状态,总金额\n="1",交易成功,{padded}\n="2",交易成功,7.25\n', "utf-8"
    )
    assert assert_routes_agree(path) == 2
    assert "7.25" in rows._FEN_BY_TEXT
    assert padded not in rows._FEN_BY_TEXT  # a cache of amounts must not hold whole cells


def test_amounts_not_exact_in_fen_are_flagged_by_both_routes_each_time(tmp_path: Path) -> None:
    """A decimal comma or a third decimal short of fen is flagged, on every row it appears
    in (the stored route remembers only amounts it could read); trailing zeros are not."""
    amounts = ["123,45", "1.005", "1,234.50", "123,45", "1.005", "1,234.50", "12.340"]
    path = tmp_path / "orders.csv"
    with path.open("w", encoding="gb18030", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow(["订单编号", "订单状态", "总金额"])
        writer.writerows([f"{1001 + n}", "交易成功", a] for n, a in enumerate(amounts))
    assert assert_routes_agree(path) == len(amounts)
    rows = [row for row in open_report(path).stored_rows() if isinstance(row, StoredOrder)]
    total = ORDER_VALUES.index("total_amount")
    assert [row.values[total] for row in rows] == [None, None, 123450] * 2 + [1234]
    assert [bool(row.problems) for row in rows] == [True, True, False] * 2 + [False]
