"""Where two exports hold the same order, the newer export's state is the one kept when
both are imported together, and an older export imported later is pointed out."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.helpers import run_cli
from tests.samples import refund_exports, write_items, write_orders


def _open_refunds(db: Path) -> int:
    result = run_cli("status", "--json", db=db)
    assert result.returncode == 0, result.stderr
    return int(json.loads(result.stdout)["by_refund_status"]["WAIT_SELLER_AGREE"])


def test_files_imported_together_are_applied_in_export_order(tmp_path: Path) -> None:
    older, newer = refund_exports(tmp_path)
    alone = tmp_path / "newer-alone.db"
    assert run_cli("import", str(newer), db=alone).returncode == 0
    expected = _open_refunds(alone)
    assert expected == _open_refunds_of(tmp_path, older) + 1
    together = tmp_path / "together.db"
    result = run_cli("import", str(newer), str(older), db=together)  # newest named first
    assert result.returncode == 0, result.stderr
    assert _open_refunds(together) == expected
    assert "was exported on" not in result.stdout


def _open_refunds_of(folder: Path, path: Path) -> int:
    db = folder / f"{path.stem}.db"
    assert run_cli("import", str(path), db=db).returncode == 0
    return _open_refunds(db)


def test_an_older_export_imported_later_is_pointed_out_and_can_be_undone(
    tmp_path: Path,
) -> None:
    older, newer = refund_exports(tmp_path)
    db = tmp_path / "shop.db"
    assert run_cli("import", str(newer), db=db).returncode == 0
    open_before = _open_refunds(db)
    result = run_cli("import", str(older), db=db)
    assert result.returncode == 0, result.stderr
    assert (
        "ExportOrderDetailList202003151200.csv was exported on 2020-03-15 12:00, before "
        "ExportOrderDetailList202004011200.csv (exported on 2020-04-01 12:00)"
    ) in result.stdout
    assert "shopcloser undo 2" in result.stdout
    assert _open_refunds(db) == open_before - 1  # the older state, as the message says
    assert run_cli("undo", "2", db=db).returncode == 0
    assert _open_refunds(db) == open_before
    # As the message advises: both files together. The newer is applied last; no warning.
    both = run_cli("import", str(older), str(newer), db=db)
    assert both.returncode == 0 and "was exported on" not in both.stdout
    assert _open_refunds(db) == open_before
    # The same file again, or a newer one, is no reason to warn either.
    again = run_cli("import", str(newer), db=db)
    assert again.returncode == 0 and "was exported on" not in again.stdout


def test_a_newer_export_of_another_period_is_no_reason_to_warn(tmp_path: Path) -> None:
    """January and March exported apart, then January exported again in February: its
    orders were last written by the January export, which it is newer than. The March
    export is newer still, but holds none of its orders."""
    january = tmp_path / "ExportOrderList202001101000.csv"
    march = tmp_path / "ExportOrderList202003101200.csv"
    write_orders(january, 20, 21, "2017")
    write_orders(march, 20, 22, "2017")
    assert not set(_ids(january)) & set(_ids(march))
    again = tmp_path / "ExportOrderList202002011000.csv"
    finished = '"交易成功"'.encode("gbk")
    assert finished in january.read_bytes()
    again.write_bytes(january.read_bytes().replace(finished, '"交易关闭"'.encode("gbk"), 1))
    db = _imported_apart(tmp_path, january, march)
    result = run_cli("import", str(again), db=db)
    assert result.returncode == 0, result.stderr
    assert "Orders updated: 1" in result.stdout
    assert "was exported on" not in result.stdout
    # The March export applied again after an older re-export of March would be pointed out.
    older_march = tmp_path / "ExportOrderList202003011200.csv"
    older_march.write_bytes(march.read_bytes().replace(finished, '"交易关闭"'.encode("gbk"), 1))
    warned = run_cli("import", str(older_march), db=db)
    assert "ExportOrderList202003011200.csv was exported on 2020-03-01 12:00, before" in (
        warned.stdout
    )


def _imported_apart(folder: Path, *paths: Path) -> Path:
    """A store in ``folder`` into which ``paths`` were imported one at a time."""
    db = folder / "shop.db"
    for path in paths:
        assert run_cli("import", str(path), db=db).returncode == 0
    return db


def _ids(path: Path) -> list[str]:
    return re.findall(r'^="(\d+)"', path.read_bytes().decode("gb18030"), flags=re.MULTILINE)


def test_an_older_export_is_pointed_out_where_an_item_report_settled_the_orders(
    tmp_path: Path,
) -> None:
    """An item report with an open refund settles its order (the order now carries the
    item report's import); an older order export that then puts that order back is
    still compared with the newer order export."""
    orders = tmp_path / "ExportOrderList202003101200.csv"
    items = tmp_path / "ExportOrderDetailList202004011200.csv"
    write_orders(orders, 40, 5, "2017")
    write_items(items, 40, 5, "2020")
    db = _imported_apart(tmp_path, orders, items)
    refunded = min(_orders_with_open_refunds(db))
    older = tmp_path / "ExportOrderList202003011200.csv"
    older.write_bytes(_with_status(orders, refunded, "等待买家付款"))
    result = run_cli("import", str(older), db=db)
    assert result.returncode == 0, result.stderr
    assert "Orders updated: 1" in result.stdout
    assert "ExportOrderList202003011200.csv was exported on 2020-03-01 12:00, before" in (
        result.stdout
    )


def test_an_item_report_imported_with_an_order_export_does_not_make_it_older(
    tmp_path: Path,
) -> None:
    """January and March apart; then January exported again in February, together with
    March's newer item report, which settles March's orders: January's export changed
    none of them."""
    january = tmp_path / "ExportOrderList202001101000.csv"
    march = tmp_path / "ExportOrderList202003101200.csv"
    write_orders(january, 20, 21, "2017")
    write_orders(march, 40, 5, "2017")
    db = _imported_apart(tmp_path, january, march)
    again = tmp_path / "ExportOrderList202002011000.csv"
    first = _ids(january)[0]
    again.write_bytes(_with_status(january, first, "交易关闭"))
    march_items = tmp_path / "ExportOrderDetailList202004011200.csv"
    write_items(march_items, 40, 5, "2020")
    result = run_cli("import", str(again), str(march_items), db=db)
    assert result.returncode == 0, result.stderr
    assert _orders_with_open_refunds(db)  # the item report did settle March's orders
    assert "was exported on" not in result.stdout


def _orders_with_open_refunds(db: Path) -> set[str]:
    listed = run_cli("orders", "--json", db=db)
    assert listed.returncode == 0, listed.stderr
    return {row["order_id"] for row in json.loads(listed.stdout) if "open_refund" in row["reasons"]}


def _with_status(path: Path, order_id: str, status: str) -> bytes:
    """``path``'s bytes with order ``order_id``'s status text changed."""
    text = path.read_bytes().decode("gb18030")
    start = text.index(f'="{order_id}"')
    end = text.index("\r\n", start)
    cells = text[start:end].split('","')
    at = next(n for n, cell in enumerate(cells) if cell in _STATUS_TEXTS)
    cells[at] = status
    return (text[:start] + '","'.join(cells) + text[end:]).encode("gb18030")


_STATUS_TEXTS = ("交易成功", "卖家已发货，等待买家确认", "买家已付款，等待卖家发货", "交易关闭")
