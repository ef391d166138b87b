"""The export time in seller-centre file names, and the order files are applied in."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from shopcloser.domain.export_names import (
    NewerExports,
    export_stamp,
    in_export_order,
    newer_exports,
)


@pytest.mark.parametrize(
    ("name", "stamp"),
    [
        ("ExportOrderList201707081200.csv", datetime(2017, 7, 8, 12, 0)),
        ("ExportOrderDetailList202005011359.xlsx", datetime(2020, 5, 1, 13, 59)),
        ("ExportOrderList201707081200 (1).csv", datetime(2017, 7, 8, 12, 0)),
        ("exportorderlist201707081200.CSV", datetime(2017, 7, 8, 12, 0)),
        ("ExportOrderList201713081200.csv", None),  # month 13: not a stamp
        ("ExportOrderList2017070812001.csv", None),  # 13 digits
        ("orders-2017.csv", None),
        ("店铺订单.xlsx", None),
    ],
)
def test_the_stamp_comes_from_seller_centre_names(name: str, stamp: datetime | None) -> None:
    assert export_stamp(name) == stamp


def test_stamped_files_are_applied_oldest_first_and_others_keep_their_places() -> None:
    given = [
        Path("ExportOrderList202004011200.csv"),
        Path("orders-renamed.csv"),
        Path("ExportOrderDetailList202003151200.csv"),
        Path("ExportOrderList202003151200.csv"),
    ]
    assert [p.name for p in in_export_order(given)] == [
        "ExportOrderDetailList202003151200.csv",
        "orders-renamed.csv",
        "ExportOrderList202003151200.csv",
        "ExportOrderList202004011200.csv",
    ]
    unstamped = [Path("b.csv"), Path("a.csv")]
    assert in_export_order(unstamped) == unstamped


def test_earlier_imports_of_newer_exports_of_the_same_report_are_found() -> None:
    earlier = [
        (1, "ExportOrderList202004011200.csv", "orders"),
        (2, "ExportOrderList202005011200.csv", "orders"),
        (2, "ExportOrderDetailList202006011200.csv", "items"),  # another report
        (3, "ExportOrderList202003010900.csv", "orders"),  # older
        (4, "orders-renamed.csv", "orders"),  # no stamp: cannot be judged
    ]
    assert newer_exports("ExportOrderList202003151200.csv", "orders", earlier) == NewerExports(
        batches=frozenset({1, 2}),
        newest="ExportOrderList202005011200.csv",
        newest_at=datetime(2020, 5, 1, 12, 0),
        exported_at=datetime(2020, 3, 15, 12, 0),
    )
    assert newer_exports("ExportOrderList202006011200.csv", "orders", earlier) is None
    assert newer_exports("orders.csv", "orders", earlier) is None
