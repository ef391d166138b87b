"""Where two exports hold the same order, the newer export's state is the one kept when
both are imported together, and an older export imported later is pointed out."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.helpers import run_cli
from tests.samples import refund_exports, write_orders


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
    db = tmp_path / "shop.db"
    for path in january, march:
        assert run_cli("import", str(path), db=db).returncode == 0
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


def _ids(path: Path) -> list[str]:
    return re.findall(r'^="(\d+)"', path.read_bytes().decode("gb18030"), flags=re.MULTILINE)
