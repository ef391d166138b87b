"""A file cut short (a download stopped inside a row) does not wipe what the store knows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import run_cli

DATA = Path(__file__).resolve().parents[1] / "data"


def _cut_inside(source: Path, target: Path, marker: bytes, keep: int) -> Path:
    """``source`` up to ``keep`` bytes past the start of ``marker`` (or its end if 0)."""
    data = source.read_bytes()
    start = data.index(marker)
    target.write_bytes(data[: start + (keep or len(marker))])
    return target


def _row(db: Path, sql: str, key: str) -> tuple[object, ...]:
    with sqlite3.connect(db) as conn:
        found = conn.execute(sql, (key,)).fetchone()
    assert found is not None
    return tuple(found)


def test_an_order_row_cut_before_its_status_keeps_the_stored_order(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    full = DATA / "orders-2018.csv"
    order = "2800000000526209"
    cut = _cut_inside(full, tmp_path / "cut.csv", f'="{order}"'.encode(), 60)
    sql = "SELECT status, status_text, paid_amount, created_at FROM orders WHERE order_id = ?"
    assert run_cli("import", str(full), db=db).returncode == 0
    before = _row(db, sql, order)
    assert before[0] == "TRADE_FINISHED"

    done = run_cli("import", str(cut), db=db)
    assert done.returncode == 0, done.stderr
    assert "only" in done.stdout  # the cut row is listed for review
    assert _row(db, sql, order) == before


def test_an_item_row_cut_short_keeps_its_refund_state(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    full = DATA / "items-2020.csv"
    text = full.read_bytes().decode("gb18030")
    refund = "买家已经退货，等待卖家确认收货"
    line = next(row for row in text.splitlines() if refund in row)
    sub_order = line.split(",")[0]  # ="…" as the seller centre writes it
    # Cut where its refund state begins: everything before it read, the state not.
    before_state = line.index(refund) - 1
    cut = _cut_inside(full, tmp_path / "cut.csv", line[:before_state].encode("gb18030"), 0)
    assert cut.read_bytes().endswith(line[:before_state].encode("gb18030"))
    sql = "SELECT refund_status, refund_status_text FROM order_items WHERE sub_order_id = ?"
    key = sub_order.strip('="')
    assert run_cli("import", str(full), db=db).returncode == 0
    before = _row(db, sql, key)
    assert before[0] == "WAIT_SELLER_CONFIRM_GOODS"

    done = run_cli("import", str(cut), db=db)
    assert done.returncode == 0, done.stderr
    assert _row(db, sql, key) == before


@pytest.mark.parametrize(
    ("keep", "state"),
    [
        (-2, "NOT_IN_FILES"),  # the file ends before the refund state's cell: not in it
        (3, "UNKNOWN"),  # …inside it: part of a state, to be checked (it blocks)
    ],
)
def test_an_item_cut_near_its_refund_state_is_not_said_to_have_none(
    tmp_path: Path, keep: int, state: str
) -> None:
    full = DATA / "items-2020.csv"
    text = full.read_bytes().decode("gb18030")
    line = next(row for row in text.splitlines() if "买家已经退货，等待卖家确认收货" in row)
    end = line.index("买家已经退货") + keep
    cut = _cut_inside(full, tmp_path / "cut.csv", line[:end].encode("gb18030"), 0)
    db = tmp_path / "shop.db"
    assert run_cli("import", str(cut), db=db).returncode == 0
    key = line.split(",")[0].strip('="')
    sql = "SELECT refund_status FROM order_items WHERE sub_order_id = ?"
    assert _row(db, sql, key) == (state,)


def test_the_cell_a_file_ends_inside_is_not_taken_as_its_value(tmp_path: Path) -> None:
    full = DATA / "orders-2017.csv"
    text = full.read_bytes().decode("gb18030")
    line = next(row for row in text.splitlines() if '"交易成功"' in row and row.startswith('="'))
    order = line.split(",")[0].strip('="')
    inside_status = line[: line.index('"交易成功"') + len('"交易成')]
    cut = _cut_inside(full, tmp_path / "cut.csv", inside_status.encode("gb18030"), 0)
    sql = "SELECT status, status_text FROM orders WHERE order_id = ?"

    fresh = tmp_path / "fresh.db"
    assert run_cli("import", str(cut), db=fresh).returncode == 0
    assert _row(fresh, sql, order) == ("UNKNOWN", "")  # flagged for review, not 交易成

    stored = tmp_path / "stored.db"
    assert run_cli("import", str(full), db=stored).returncode == 0
    assert run_cli("import", str(cut), db=stored).returncode == 0
    assert _row(stored, sql, order) == ("TRADE_FINISHED", "交易成功")


@pytest.mark.parametrize("where", ["at the end", "in the middle"])
def test_an_order_repeated_in_a_row_cut_short_is_no_conflict(tmp_path: Path, where: str) -> None:
    """The same order twice in one file, one copy cut short before its status: what the
    copy did not reach says nothing against the other copy (it used to refuse the file as
    one order with conflicting rows)."""
    full = DATA / "orders-2017.csv"
    header, *rows, _ = full.read_bytes().split(b"\r\n")
    order = rows[2].split(b",")[0].strip(b'="').decode()  # row 4
    short = b",".join(rows[2].split(b",")[:8])  # its first 8 columns: no status
    if where == "at the end":
        data = b"\r\n".join([header, *rows, short])  # the file ends inside the copy
        copy_row = len(rows) + 2
    else:
        data = b"\r\n".join([header, *rows[:5], short, *rows[5:]]) + b"\r\n"
        copy_row = 7
    path = tmp_path / "ExportOrderList.csv"
    path.write_bytes(data)
    db = tmp_path / "shop.db"
    done = run_cli("import", str(path), db=db)
    assert done.returncode == 0, done.stderr
    assert "Orders added: 20" in done.stdout
    assert f"ExportOrderList.csv row {copy_row}: Incomplete row: only 8 of 46" in done.stdout
    sql = "SELECT status, status_text, paid_amount, problems FROM orders WHERE order_id = ?"
    whole = tmp_path / "whole.db"
    assert run_cli("import", str(full), db=whole).returncode == 0
    assert _row(db, sql, order) == _row(whole, sql, order)
