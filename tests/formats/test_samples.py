"""The sample generator writes what the seller centre writes, and the committed files match it."""

from __future__ import annotations

import re
from pathlib import Path

from tests import samples


def test_committed_sample_files_are_up_to_date(tmp_path: Path) -> None:
    samples.write_test_data(tmp_path)
    written = {p.name for p in tmp_path.iterdir()}
    assert written == {p.name for p in samples.DATA.iterdir()}
    for name in sorted(written - {"encrypted-shop123.xlsx"}):  # encryption salts at random
        assert (tmp_path / name).read_bytes() == (samples.DATA / name).read_bytes(), name


def test_orders_look_real() -> None:
    orders = list(samples.make_orders(500, seed=1))
    ids = [o.order_id for o in orders]
    assert len(set(ids)) == len(ids)
    assert {len(i) for i in ids} >= {16, 17, 18}
    sub_ids = [i.sub_order_id for o in orders for i in o.items]
    assert len(set(sub_ids)) == len(sub_ids)
    assert all(re.fullmatch(r"'1[3-9]\d{9}", o.mobile) for o in orders)
    assert all(re.fullmatch(r"\S+ \S+ \S+ \S+\(\d{6}\)", o.address) for o in orders)
    statuses = [o.status for o in orders]
    assert statuses.count("交易成功") > len(orders) / 2
    assert {"交易关闭", "买家已付款，等待卖家发货", "等待买家付款"} <= set(statuses)
    assert any(i.refund_status.startswith("买家已经") for o in orders for i in o.items)


def test_csv_bytes_are_written_like_the_seller_centre(tmp_path: Path) -> None:
    orders = tmp_path / "orders.csv"
    items = tmp_path / "items.csv"
    samples.write_orders(orders, 5, 3, "2017")
    samples.write_items(items, 5, 3, "2017")
    header, first = orders.read_bytes().decode("gbk").split("\r\n")[:2]
    assert '"收货地址 "' in header and '"订单付款时间 "' in header
    assert re.match(r'="\d{16,}","', first)  # id unquoted as ="…", the rest quoted
    assert ",\"'1" in first  # phone with its apostrophe
    item_lines = items.read_bytes().decode("gbk").split("\r\n")
    assert all(line.endswith(",") for line in item_lines if line)
