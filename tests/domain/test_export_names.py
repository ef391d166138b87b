"""The export time in seller-centre file names, and the order files are applied in."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from shopcloser.domain.export_names import (
    export_kind,
    export_stamp,
    in_export_order,
    newest_earlier,
)


@pytest.mark.parametrize(
    ("name", "stamp", "kind"),
    [
        ("ExportOrderList201707081200.csv", datetime(2017, 7, 8, 12, 0), "orders"),
        ("ExportOrderDetailList202005011359.xlsx", datetime(2020, 5, 1, 13, 59), "items"),
        ("ExportOrderList201707081200 (1).csv", datetime(2017, 7, 8, 12, 0), "orders"),
        ("exportorderlist201707081200.CSV", datetime(2017, 7, 8, 12, 0), "orders"),
        ("ExportOrderList201713081200.csv", None, "orders"),  # month 13: not a stamp
        ("ExportOrderList2017070812001.csv", None, None),  # 13 digits
        ("orders-2017.csv", None, None),
        ("店铺订单.xlsx", None, None),
    ],
)
def test_stamp_and_kind_come_from_seller_centre_names(
    name: str, stamp: datetime | None, kind: str | None
) -> None:
    assert export_stamp(name) == stamp
    assert export_kind(name) == kind


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


def test_the_newest_later_export_of_the_same_report_is_named() -> None:
    earlier = [
        "ExportOrderList202004011200.csv",
        "ExportOrderList202005011200.csv",
        "ExportOrderDetailList202006011200.csv",  # the item report: another kind
        "orders-renamed.csv",
    ]
    assert newest_earlier("ExportOrderList202003151200.csv", earlier) == (
        "ExportOrderList202005011200.csv",
        datetime(2020, 5, 1, 12, 0),
        datetime(2020, 3, 15, 12, 0),
    )
    assert newest_earlier("ExportOrderList202006011200.csv", earlier) is None
    assert newest_earlier("orders.csv", earlier) is None
    # Imported together with one at least as new, which is applied after it: no warning.
    older = "ExportOrderList202003151200.csv"
    assert newest_earlier(older, earlier, [older, "ExportOrderList202005011200.csv"]) is None
    assert newest_earlier(older, earlier, [older, "ExportOrderDetailList202007011200.csv"])
