"""Where two exports hold the same order, the newer export's state is the one kept,
whichever was imported first; a renamed file, which carries no export time, counts as
imported (the last one applied wins)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.helpers import REPO, run_cli
from tests.samples import refund_exports

ORDERS_2017 = REPO / "tests" / "data" / "orders-2017.csv"
LEFT_AS_NEWER = "rows found in both were left as the newer export has them"


def _status(db: Path) -> dict[str, object]:
    result = run_cli("status", "--json", db=db)
    assert result.returncode == 0, result.stderr
    loaded: dict[str, object] = json.loads(result.stdout)
    return loaded


def _open_refunds(db: Path) -> int:
    by_refund = _status(db)["by_refund_status"]
    assert isinstance(by_refund, dict)
    return int(by_refund["WAIT_SELLER_AGREE"])


def _import(db: Path, *paths: Path) -> str:
    result = run_cli("import", *map(str, paths), db=db)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_files_imported_together_are_applied_in_export_order(tmp_path: Path) -> None:
    older, newer = refund_exports(tmp_path)
    _import(tmp_path / "older.db", older)
    _import(tmp_path / "newer.db", newer)
    expected = _open_refunds(tmp_path / "newer.db")
    assert expected == _open_refunds(tmp_path / "older.db") + 1
    together = tmp_path / "together.db"
    out = _import(together, newer, older)  # the newest named first
    assert _open_refunds(together) == expected
    assert "was exported on" not in out


def test_an_older_item_report_imported_later_leaves_the_newer_state(tmp_path: Path) -> None:
    older, newer = refund_exports(tmp_path)
    db = tmp_path / "shop.db"
    _import(db, newer)
    open_refunds = _open_refunds(db)
    out = _import(db, older)
    assert (
        "ExportOrderDetailList202003151200.csv was exported on 2020-03-15 12:00, before "
        "ExportOrderDetailList202004011200.csv (exported on 2020-04-01 12:00), which an "
        f"earlier import brought in: 30 {LEFT_AS_NEWER}."
    ) in out
    assert "Items updated: 0" in out
    assert _open_refunds(db) == open_refunds  # the refund asked for since stays open
    # Once that earlier import is undone, the older export is all there is: it counts.
    assert run_cli("undo", "2", db=db).returncode == 0
    assert run_cli("undo", "1", db=db).returncode == 0
    assert LEFT_AS_NEWER not in _import(db, older)
    assert _open_refunds(db) == open_refunds - 1


def test_an_older_order_report_imported_later_leaves_the_newer_state(tmp_path: Path) -> None:
    older = tmp_path / "ExportOrderList202003151200.csv"
    newer = tmp_path / "ExportOrderList202004011200.csv"
    data = ORDERS_2017.read_bytes()
    older.write_bytes(data)
    waiting = '"买家已付款，等待卖家发货"'.encode("gbk")
    assert data.count(waiting) == 1
    newer.write_bytes(data.replace(waiting, '"交易成功"'.encode("gbk")))  # shipped since
    db = tmp_path / "shop.db"
    _import(db, newer)
    blocking = int(str(_status(db)["blocking"]))
    out = _import(db, older)
    assert f"20 {LEFT_AS_NEWER}" in out
    assert _status(db)["blocking"] == blocking
    # A renamed copy of the older export carries no export time: applied, it counts.
    renamed = tmp_path / "orders.csv"
    shutil.copy(older, renamed)
    out = _import(db, renamed)
    assert LEFT_AS_NEWER not in out and "Orders updated: 1" in out
    assert _status(db)["blocking"] == blocking + 1  # the order waits to be shipped again
