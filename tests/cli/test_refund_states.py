"""Refund states the files do not give are not reported as "no refund"."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.helpers import run_cli

DATA = Path(__file__).resolve().parents[1] / "data"


def _json(db: Path, *args: str) -> object:
    done = run_cli(*args, db=db)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_an_item_report_without_a_refund_column_leaves_refunds_unknown(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    done = run_cli("import", str(DATA / "orders-2017.csv"), str(DATA / "items-2017.csv"), db=db)
    assert done.returncode == 0, done.stderr
    status = _json(db, "status", "--json")
    assert isinstance(status, dict)
    refunds = status["by_refund_status"]
    assert refunds["NOT_IN_FILES"] == status["items"] > 0
    assert refunds["NO_REFUND"] == 0
    orders = _json(db, "orders", "--json")
    assert isinstance(orders, list)
    assert {tuple(o["refund_states"]) for o in orders} == {("NOT_IN_FILES",)}
    # Unknown is not open: the orders block only for their own status, as before.
    assert all("open_refund" not in o["reasons"] for o in orders)


def _without_refund_columns(source: Path, target: Path) -> Path:
    """The item report as an export without 退款状态 / 退款金额 would list the same items."""
    with source.open(encoding="gb18030", newline="") as file:
        rows = list(csv.reader(file))
    drop = {i for i, name in enumerate(rows[0]) if name.strip() in ("退款状态", "退款金额")}
    assert len(drop) == 2
    with target.open("w", encoding="gb18030", newline="") as file:
        csv.writer(file).writerows([c for i, c in enumerate(row) if i not in drop] for row in rows)
    return target


def _refunds(db: Path) -> dict[str, int]:
    status = _json(db, "status", "--json")
    assert isinstance(status, dict)
    return {code: n for code, n in status["by_refund_status"].items() if n}


def test_a_known_refund_state_is_kept_and_an_unknown_one_learnt(tmp_path: Path) -> None:
    with_states = DATA / "items-2020.csv"
    without = _without_refund_columns(with_states, tmp_path / "items-without-refunds.csv")

    first_known = tmp_path / "a.db"
    for path in (with_states, without):
        assert run_cli("import", str(path), db=first_known).returncode == 0
    known = _refunds(first_known)
    assert "NOT_IN_FILES" not in known and known.get("WAIT_SELLER_CONFIRM_GOODS", 0) > 0

    first_unknown = tmp_path / "b.db"
    assert run_cli("import", str(without), db=first_unknown).returncode == 0
    assert set(_refunds(first_unknown)) == {"NOT_IN_FILES"}
    assert run_cli("import", str(with_states), db=first_unknown).returncode == 0
    assert _refunds(first_unknown) == known
