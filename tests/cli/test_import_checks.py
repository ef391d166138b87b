"""What the import summary points out from the files' content: an older export whose name
carries no export time, an item report whose orders no order report has given, unknown
refund states counted by order, and orders an item report left without items."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from shopcloser.store.database import open_store
from tests.helpers import REPO, downgrade_store, run_cli
from tests.samples import items_moving_an_order_away, rewrite_csv, write_items, write_orders

SHIPPED = "卖家已发货，等待买家确认"
NO_REFUND = "没有申请退款"
TO_SHIP = "买家已付款，等待卖家发货"
FINISHED = "交易成功"


def _json(db: Path, *args: str) -> Any:
    done = run_cli(*args, db=db)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _orders(db: Path) -> dict[str, dict[str, Any]]:
    return {row["order_id"]: row for row in _json(db, "orders", "--json")}


def _imported(db: Path, *paths: Path) -> str:
    done = run_cli("import", *map(str, paths), db=db)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _went_back_count(stdout: str) -> int | None:
    found = re.search(r"This import put (\d+) orders? back to an earlier state", stdout)
    return int(found.group(1)) if found else None


def _as_not_yet_shipped(row: dict[str, str]) -> None:
    """An order report row as it read before the order was shipped."""
    if row["订单状态"] in (SHIPPED, FINISHED):
        row["订单状态"] = TO_SHIP
        row["物流单号"] = '=""'
        row["物流公司"] = ""
        row["发货时间"] = "--"
        row["确认收货时间"] = ""


def test_a_renamed_older_order_export_is_found_by_its_content(tmp_path: Path) -> None:
    """Exported in April, then again in May with the names changed (no export time in
    them), imported May first: the April file sets shipped and finished orders back to
    "waiting to ship" and clears their tracking numbers. The summary says how many, names
    some, and says how to undo; undo brings the May state back."""
    may = tmp_path / "orders-may.csv"
    write_orders(may, 40, 12, "newest")
    april = rewrite_csv(may, tmp_path / "orders-april.csv", _as_not_yet_shipped)
    db = tmp_path / "shop.db"
    _imported(db, may)
    before = _orders(db)
    set_back = {
        k
        for k, o in before.items()
        if o["status"] in ("TRADE_FINISHED", "WAIT_BUYER_CONFIRM_GOODS")
    }
    assert len(set_back) > 10

    out = _imported(db, april)
    assert _went_back_count(out) == len(set_back)
    # Five named, and "…" after them: the list is not all of them.
    named = re.search(r"\(for example ([\d, ]+), …\)", out)
    assert named is not None
    assert len(named.group(1).split(", ")) == 5
    assert set(named.group(1).split(", ")) <= set_back
    assert "shopcloser undo 2" in out
    assert "was exported on" not in out  # no export time in the names: no such warning
    assert {
        k for k, o in _orders(db).items() if o["status"] == "WAIT_SELLER_SEND_GOODS"
    } >= set_back

    assert run_cli("undo", "2", db=db).returncode == 0
    assert _orders(db) == before
    # Newer over older is the usual way: no warning, nor for the same file again.
    fresh = tmp_path / "fresh.db"
    _imported(fresh, april)
    assert _went_back_count(_imported(fresh, may)) is None
    assert _went_back_count(_imported(fresh, may)) is None


def test_moving_on_is_no_reason_to_warn_and_a_lost_time_is(tmp_path: Path) -> None:
    """A finished trade closed after a refund moves on; a shipping time that goes missing
    while the status stays does not."""
    first = tmp_path / "first.csv"
    write_orders(first, 40, 12, "newest")
    finished = [o for o, row in _rows(first).items() if row["订单状态"] == FINISHED]
    shipped = [o for o, row in _rows(first).items() if row["订单状态"] == SHIPPED]
    assert finished and shipped

    def closed(row: dict[str, str]) -> None:
        if _id(row) == finished[0]:
            row["订单状态"] = "交易关闭"
            row["订单关闭原因"] = "退款成功"

    db = tmp_path / "shop.db"
    _imported(db, first)
    out = _imported(db, rewrite_csv(first, tmp_path / "later.csv", closed))
    assert "Orders updated: 1" in out
    assert _went_back_count(out) is None

    def no_shipping_time(row: dict[str, str]) -> None:
        if _id(row) == shipped[0]:
            row["发货时间"] = "--"

    out = _imported(db, rewrite_csv(first, tmp_path / "odd.csv", no_shipping_time))
    assert _went_back_count(out) == 2  # that order, and the one closed above reopened
    assert shipped[0] in out


def _id(row: dict[str, str], column: str = "订单编号") -> str:
    """An id cell's digits (the CSV holds ``="…"``)."""
    return row[column].removeprefix('="').removesuffix('"')


def _rows(path: Path) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}

    def keep(row: dict[str, str]) -> None:
        found[_id(row)] = dict(row)

    rewrite_csv(path, path.with_suffix(".copy"), keep)
    return found


def test_a_renamed_older_item_report_bringing_refunds_back_is_found(tmp_path: Path) -> None:
    """The newer item report has the refunds of shipped orders done and those orders
    closed; the older one, renamed and imported after it, reopens them."""
    orders = tmp_path / "orders.csv"
    older = tmp_path / "items-a.csv"
    write_orders(orders, 40, 12, "2018")
    write_items(older, 40, 12, "2020")

    def refunded(row: dict[str, str]) -> None:
        if row["订单状态"] == SHIPPED:
            row["订单状态"] = "交易关闭"
            row["退款状态"] = "退款成功"

    newer = rewrite_csv(older, tmp_path / "items-b.csv", refunded)
    reopened = {_sub_order(row) for row in _item_rows(older) if row["订单状态"] == SHIPPED}
    assert reopened
    db = tmp_path / "shop.db"
    _imported(db, orders, newer)
    out = _imported(db, older)
    assert _went_back_count(out) == len(
        {_main_order(r) for r in _item_rows(older) if _sub_order(r) in reopened}
    )


def _sub_order(row: dict[str, str]) -> str:
    return _id(row, "子订单编号")


def _main_order(row: dict[str, str]) -> str:
    return _id(row, "主订单编号")


def _item_rows(path: Path) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    rewrite_csv(path, path.with_suffix(".copy"), lambda row: found.append(dict(row)))
    return found


def test_an_older_export_known_by_its_name_is_not_warned_about_twice(tmp_path: Path) -> None:
    from tests.samples import refund_exports

    older, newer = refund_exports(tmp_path)
    db = tmp_path / "shop.db"
    _imported(db, newer)
    out = _imported(db, older)
    assert "was exported on" in out
    assert _went_back_count(out) is None


def test_an_item_report_of_another_shop_is_pointed_out(tmp_path: Path) -> None:
    ours = tmp_path / "ExportOrderList202005011200.csv"
    theirs = tmp_path / "ExportOrderDetailList202005011300.csv"
    write_orders(ours, 20, 5, "2018")
    write_items(theirs, 20, 99, "2020")  # other orders altogether
    db = tmp_path / "shop.db"
    _imported(db, ours)
    out = _imported(db, theirs)
    said = "20 orders in the item report are in no order report imported so far"
    assert said in out
    assert "shopcloser undo 2" in out
    assert run_cli("undo", "2", db=db).returncode == 0
    # Our own item report, or items before any order report: nothing to say.
    ours_items = tmp_path / "ExportOrderDetailList202005011201.csv"
    write_items(ours_items, 20, 5, "2020")
    assert "in no order report" not in _imported(db, ours_items)
    assert "in no order report" not in _imported(tmp_path / "items-first.db", theirs)
    # Both shops' reports together: their orders are still unknown.
    together = _imported(tmp_path / "together.db", ours, theirs)
    assert said in together


def test_unknown_refund_states_are_counted_by_order(tmp_path: Path) -> None:
    items = tmp_path / "items.csv"
    write_items(items, 30, 5, "2020")
    rows = _item_rows(items)
    by_order: dict[str, int] = {}
    for row in rows:
        by_order[_main_order(row)] = by_order.get(_main_order(row), 0) + 1
    several = next(order for order, n in by_order.items() if n > 1)

    def odd(row: dict[str, str]) -> None:
        if _main_order(row) == several:
            row["退款状态"] = "退款审核中"

    out = _imported(tmp_path / "shop.db", rewrite_csv(items, tmp_path / "odd.csv", odd))
    assert "Unknown refund status “退款审核中” (orders: 1)" in out


def test_an_order_whose_items_all_moved_away_is_not_left_behind(tmp_path: Path) -> None:
    """Orders known only from an item report; a newer one lists an order's only item
    under another order. The empty order goes (it is no order without items, and does
    not block), and undo brings it back."""
    first, second, moved = items_moving_an_order_away(tmp_path)
    db = tmp_path / "shop.db"
    _imported(db, first)
    before = (_orders(db), _json(db, "status", "--json"))
    assert moved in before[0]
    out = _imported(db, second)
    assert "Orders removed: 1 (known only from items" in out
    assert "Orders updated: 0\n" in out  # the removed one is not counted as updated
    status = _json(db, "status", "--json")
    assert status["without_items"] == 0
    assert status["orders"] == before[1]["orders"] - 1
    assert moved not in _orders(db)
    assert run_cli("undo", "2", db=db).returncode == 0
    assert (_orders(db), _json(db, "status", "--json")) == before


def _count(out: str, label: str) -> int:
    found = re.search(rf"^{label}: (\d+)$", out, re.M)
    assert found is not None, label
    return int(found.group(1))


def test_a_removed_order_that_blocked_is_counted_as_no_longer_blocking(tmp_path: Path) -> None:
    """The summary's blocking counts add up when the order removed had blocked: it was
    counted in neither "newly" nor "no longer", so before + newly - no longer was one
    more than the orders blocking now."""
    first, second, moved = items_moving_an_order_away(tmp_path)

    def blocking(row: dict[str, str]) -> None:
        row["订单状态"] = SHIPPED if _main_order(row) == moved else "交易成功"
        row["退款状态"] = "没有申请退款"

    first = rewrite_csv(first, tmp_path / "items-1-shipped.csv", blocking)
    second = rewrite_csv(second, tmp_path / "items-2-finished.csv", blocking)
    db = tmp_path / "shop.db"
    before = _count(_imported(db, first), "Still blocking closure now")
    assert before == 1  # the moved order alone
    out = _imported(db, second)
    assert "Orders removed: 1 (known only from items" in out
    assert _count(out, "No longer blocking") == 1
    assert _count(out, "Newly blocking closure") == 0
    assert _count(out, "Still blocking closure now") == 0

    # Moved away and back in one import: it blocked before and blocks now.
    assert run_cli("undo", "2", db=db).returncode == 0
    out = _imported(db, second, first)
    assert (_count(out, "Newly blocking closure"), _count(out, "No longer blocking")) == (0, 0)
    assert _count(out, "Still blocking closure now") == 1

    # Marked handled, it did not block: its removal changes no count.
    assert run_cli("undo", "3", db=db).returncode == 0
    assert run_cli("mark", moved, "--action", "shipped", db=db).returncode == 0
    out = _imported(db, second)
    assert "Orders removed: 1 (known only from items" in out
    assert (_count(out, "Newly blocking closure"), _count(out, "No longer blocking")) == (0, 0)


def _batches(db: Path) -> list[dict[str, str]]:
    """``shopcloser batches`` as one dict a line, by column title (columns are two or
    more spaces apart; a cell has at most one space in a row)."""
    done = run_cli("batches", db=db)
    assert done.returncode == 0, done.stderr
    header, *lines = (re.split(r" {2,}", line.rstrip()) for line in done.stdout.splitlines())
    return [dict(zip(header, line, strict=True)) for line in lines]


def test_the_list_of_imports_counts_the_orders_an_import_removed(tmp_path: Path) -> None:
    """What the summary said on its own line is in the list of imports too, and stays
    there once the import is undone; undo says it put the order back."""
    first, second, moved = items_moving_an_order_away(tmp_path)
    db = tmp_path / "shop.db"
    _imported(db, first)
    assert "Orders removed: 1 (known only from items" in _imported(db, second)
    listed = _batches(db)
    assert [(b["Import"], b["Orders updated"], b["Orders removed"]) for b in listed] == [
        ("2", "0", "1"),
        ("1", "0", "0"),
    ]
    assert listed[0]["Undone"] == "no, can be undone"

    undone = run_cli("undo", "2", db=db)
    assert undone.returncode == 0, undone.stderr
    assert "Orders removed: 0\n" in undone.stdout  # undo removes no order: it puts one back
    assert "Orders put back as they were: 1\n" in undone.stdout
    assert moved in _orders(db)
    listed = _batches(db)
    assert listed[0]["Orders removed"] == "1"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", listed[0]["Undone"])


def test_imports_made_before_removals_were_counted_list_them_as_not_known(
    tmp_path: Path,
) -> None:
    """A store of the previous version (its import_batches without the column) opens,
    lists its imports with "—" for the count it never kept, and counts new imports."""
    first, second, _moved = items_moving_an_order_away(tmp_path)
    db = tmp_path / "shop.db"
    _imported(db, first)
    downgrade_store(open_store(str(db)), "0003")
    with closing(sqlite3.connect(db)) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(import_batches)")}
    assert "orders_removed" not in columns and "orders_added" in columns

    listed = _batches(db)
    assert [(b["Import"], b["Orders added"], b["Orders removed"]) for b in listed] == [
        ("1", "12", "—")
    ]
    _imported(db, second)
    assert [(b["Import"], b["Orders removed"]) for b in _batches(db)] == [("2", "1"), ("1", "—")]


def _as_saved_by_excel(row: dict[str, str]) -> None:
    """Times as Excel writes them when the merchant opens the CSV and saves it again:
    ``2020/3/1 8:05``, without seconds."""
    for column in ("订单创建时间", "订单付款时间", "发货时间", "确认收货时间"):
        text = row.get(column, "")
        if text[:2] == "20":
            when = datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
            row[column] = f"{when.year}/{when.month}/{when.day} {when.hour}:{when.minute:02d}"


def test_an_export_saved_again_in_excel_is_no_older_export(tmp_path: Path) -> None:
    """The same export opened and saved in Excel loses its times' seconds: no order is
    set back by that. A shipping time an hour earlier still is."""
    export = tmp_path / "orders.csv"
    write_orders(export, 40, 12, "newest")
    resaved = rewrite_csv(export, tmp_path / "orders-saved-in-excel.csv", _as_saved_by_excel)
    db = tmp_path / "shop.db"
    _imported(db, export)
    out = _imported(db, resaved)
    assert "Orders updated: 40" in out  # the times did change, to the minute
    assert _went_back_count(out) is None

    shipped = next(o for o, row in _rows(export).items() if row["订单状态"] == SHIPPED)

    def an_hour_earlier(row: dict[str, str]) -> None:
        if _id(row) == shipped:
            when = datetime.strptime(row["发货时间"], "%Y-%m-%d %H:%M:%S")
            row["发货时间"] = f"{when - timedelta(hours=1):%Y-%m-%d %H:%M:%S}"

    out = _imported(db, rewrite_csv(export, tmp_path / "odd.csv", an_hour_earlier))
    assert _went_back_count(out) == 1
    assert shipped in out


def _as_day_numbers(row: dict[str, str]) -> None:
    """Times as Excel writes cells formatted as General: days since 1899-12-30, to 15
    significant digits (``43891.3368055556``)."""
    for column in ("订单创建时间", "订单付款时间", "发货时间", "确认收货时间"):
        text = row.get(column, "")
        if text[:2] == "20":
            days = (datetime.strptime(text, "%Y-%m-%d %H:%M:%S") - datetime(1899, 12, 30)) / (
                timedelta(days=1)
            )
            row[column] = f"{days:.15g}"


def test_times_written_as_day_numbers_read_to_the_second(tmp_path: Path) -> None:
    """The same export with its times as day numbers changes no order: each reads back as
    the second it was, not the one before."""
    export = tmp_path / "orders.csv"
    write_orders(export, 200, 13, "newest")
    as_numbers = rewrite_csv(export, tmp_path / "orders-day-numbers.csv", _as_day_numbers)
    assert re.search(r"\b4\d{4}\.\d{6,}\b", as_numbers.read_text("gb18030"))
    db = tmp_path / "shop.db"
    _imported(db, export)
    before = _orders(db)
    out = _imported(db, as_numbers)
    assert "Orders unchanged: 200" in out
    assert _went_back_count(out) is None
    assert _orders(db) == before


def test_the_list_of_imports_counts_the_items_an_import_added_and_updated(
    tmp_path: Path,
) -> None:
    """An item report imported on its own adds no order: the list says what it did."""
    data = REPO / "tests" / "data"
    db = tmp_path / "shop.db"
    _imported(db, data / "orders-2017.csv")
    _imported(db, data / "items-2017.csv")

    def retitled(row: dict[str, str]) -> None:
        if row["商家编码"] == "SKU-1002":
            row["标题"] = "手工陶瓷马克杯（新款）"

    later = rewrite_csv(data / "items-2017.csv", tmp_path / "items-later.csv", retitled)
    out = _imported(db, later)
    assert "Items updated: 2\n" in out  # SKU-1002 is on two rows
    listed = _batches(db)
    assert [
        (b["Import"], b["Orders added"], b["Items added"], b["Items updated"]) for b in listed
    ] == [("3", "0", "0", "2"), ("2", "0", "30", "0"), ("1", "20", "0", "0")]


def test_an_order_marked_handled_that_gets_a_new_reason_to_block_is_pointed_out(
    tmp_path: Path,
) -> None:
    """Marked shipped, then the buyer asks for a refund: the mark stays (the merchant's
    word), but the summary names the order, so that a shop does not close over it."""
    orders, items = tmp_path / "orders.csv", tmp_path / "items.csv"
    write_orders(orders, 40, 12, "2018")
    write_items(items, 40, 12, "2020")
    db = tmp_path / "shop.db"
    _imported(db, orders, items)
    rows = _item_rows(items)
    asked = {_main_order(r) for r in rows if r["退款状态"] not in ("", "没有申请退款")}
    shipped = sorted({_main_order(r) for r in rows if r["订单状态"] == SHIPPED} - asked)
    marked, other = shipped[0], shipped[1]
    done = run_cli("mark", marked, other, "--action", "shipped", db=db)
    assert done.returncode == 0, done.stderr
    blocking_before = _json(db, "status", "--json")["blocking"]

    def refund_asked(row: dict[str, str]) -> None:
        if _main_order(row) == marked:
            row["退款状态"] = "买家已经申请退款，等待卖家同意"

    out = _imported(db, rewrite_csv(items, tmp_path / "items-newer.csv", refund_asked))
    assert "1 order you marked handled has a new reason to block closure" in out
    assert f"closure since this import ({marked}): a refund" in out and other not in out
    assert _orders(db)[marked]["handled"] and _orders(db)[other]["handled"]  # still marked
    assert _json(db, "status", "--json")["blocking"] == blocking_before

    # Imported again, nothing new: nothing to point out.
    out = _imported(db, rewrite_csv(items, tmp_path / "items-again.csv", refund_asked))
    assert "marked handled have a new reason" not in out


def test_the_same_overlapping_exports_imported_again_change_nothing(tmp_path: Path) -> None:
    """Two exports of overlapping dates, imported together: an order in both is written
    by the older, then put back by the newer. Importing the same two files again changed
    nothing, yet said "Orders updated: 1" and kept a before-image of that order."""
    newer = tmp_path / "ExportOrderList202004011200.csv"
    write_orders(newer, 40, 21, "2018")
    finished = next(o for o, row in _rows(newer).items() if row["订单状态"] == "交易成功")

    def not_yet_received(row: dict[str, str]) -> None:
        if _id(row) == finished:
            row["订单状态"] = SHIPPED
            row["确认收货时间"] = ""

    older = rewrite_csv(newer, tmp_path / "ExportOrderList202003151200.csv", not_yet_received)
    db = tmp_path / "shop.db"
    _imported(db, older, newer)
    before = _orders(db)
    assert before[finished]["status"] == "TRADE_FINISHED"

    out = _imported(db, older, newer)
    assert "Orders updated: 0\n" in out and "Orders unchanged: 40\n" in out
    assert _orders(db) == before
    assert [(b["Import"], b["Orders updated"]) for b in _batches(db)] == [("2", "0"), ("1", "0")]
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM batch_changes WHERE batch_id = 2").fetchone() == (
            0,
        )
        assert conn.execute("SELECT count(*) FROM orders WHERE last_batch_id = 2").fetchone() == (
            0,
        )


def test_files_of_one_import_that_disagree_are_named(tmp_path: Path) -> None:
    """Two renamed exports of overlapping dates in one import, the older given last: it
    set an order back without a word (only a later import was compared with the store).
    Given in the other order, nothing is said: the newer file comes last."""
    newer = tmp_path / "march-to-may.csv"
    write_orders(newer, 40, 22, "2018")
    finished = next(o for o, row in _rows(newer).items() if row["订单状态"] == "交易成功")

    def not_yet_received(row: dict[str, str]) -> None:
        if _id(row) == finished:
            row["订单状态"] = SHIPPED
            row["确认收货时间"] = ""

    older = rewrite_csv(newer, tmp_path / "march.csv", not_yet_received)
    out = _imported(tmp_path / "older-last.db", newer, older)
    assert f"Files of this import disagree about 1 order ({finished}): a file given" in out
    assert "shopcloser undo 1" in out
    assert _orders(tmp_path / "older-last.db")[finished]["status"] == "WAIT_BUYER_CONFIRM_GOODS"

    out = _imported(tmp_path / "newer-last.db", older, newer)
    assert "disagree" not in out
    assert _orders(tmp_path / "newer-last.db")[finished]["status"] == "TRADE_FINISHED"


def test_an_item_report_given_later_without_a_refund_is_named(tmp_path: Path) -> None:
    """The same for items: a refund one file shows asked for, missing from a file given
    after it in the same import."""
    newer = tmp_path / "items-newer.csv"
    write_items(newer, 30, 23, "2020")
    asked = next(
        _main_order(row) for row in _item_rows(newer) if row["退款状态"] not in ("", NO_REFUND)
    )

    def before_the_refund(row: dict[str, str]) -> None:
        if _main_order(row) == asked:
            row["退款状态"] = NO_REFUND

    older = rewrite_csv(newer, tmp_path / "items-older.csv", before_the_refund)
    out = _imported(tmp_path / "shop.db", newer, older)
    assert f"disagree about 1 order ({asked})" in out


def test_order_and_item_reports_exported_at_different_times_are_pointed_out(
    tmp_path: Path,
) -> None:
    """An item report exported after its order report shows orders finished that the
    order report has still on their way (they block, though they are done); an order
    report exported after its item report shows orders finished whose items are still on
    their way (a refund asked for since is not known). One export never does either, and
    the summary said nothing, alone or in separate imports."""
    orders, items = tmp_path / "ExportOrderList.csv", tmp_path / "ExportOrderDetailList.csv"
    write_orders(orders, 40, 21, "2020")
    write_items(items, 40, 21, "2020")
    assert "different steps" not in _imported(tmp_path / "same.db", orders, items)

    def finished(row: dict[str, str]) -> None:
        if row["订单状态"] == SHIPPED:
            row["订单状态"] = FINISHED

    shipped = {
        k
        for k, o in _orders(tmp_path / "same.db").items()
        if o["status"] == "WAIT_BUYER_CONFIRM_GOODS"
    }
    assert len(shipped) >= 2
    newer_items = rewrite_csv(items, tmp_path / "items-later.csv", finished)
    out = _imported(tmp_path / "together.db", orders, newer_items)
    warned = re.search(r"show (\d+) orders? at different steps \(for example ([\d, …]+)\)", out)
    assert warned is not None, out
    assert int(warned.group(1)) == len(shipped)
    assert set(warned.group(2).replace(", …", "").split(", ")) <= shipped
    # The other way round, in two imports: the order report is the newer one.
    newer_orders = rewrite_csv(orders, tmp_path / "orders-later.csv", finished)
    db = tmp_path / "apart.db"
    assert "different steps" not in _imported(db, items)
    assert f"show {len(shipped)} orders at different steps" in _imported(db, newer_orders)


def test_items_at_steps_of_their_own_in_one_export_are_no_disagreement(tmp_path: Path) -> None:
    """One export where items legitimately differ from their order: partly shipped with
    the rest refunded and closed, shipped or finished beside a refunded item, an unpaid
    order closed with its unpaid items. Not pointed out; an order shipped whose every
    item is finished is."""
    orders = tmp_path / "ExportOrderList.csv"
    orders.write_text(
        "订单编号,订单状态,订单付款时间,买家实际支付金额\n"
        "'1001,卖家部分发货,2020-03-01 08:00:00,20.00\n"
        "'1002,交易成功,2020-03-01 08:00:00,20.00\n"
        "'1003,卖家已发货，等待买家确认,2020-03-01 08:00:00,20.00\n"
        "'1004,交易关闭,,0.00\n"
        "'1005,卖家已发货，等待买家确认,2020-03-01 08:00:00,20.00\n",
        encoding="utf-8",
    )
    items = tmp_path / "ExportOrderDetailList.csv"
    rows = [
        ("1001", "卖家已发货，等待买家确认", "没有申请退款"),
        ("1001", "交易关闭", "退款成功"),
        ("1002", "交易成功", "没有申请退款"),
        ("1002", "交易关闭", "退款成功"),
        ("1003", "卖家已发货，等待买家确认", "没有申请退款"),
        ("1003", "交易关闭", "退款成功"),
        ("1004", "等待买家付款", "没有申请退款"),
        ("1005", "交易成功", "没有申请退款"),
        ("1005", "交易成功", "没有申请退款"),
    ]
    items.write_text(
        "主订单编号,子订单编号,标题,订单状态,退款状态\n"
        + "".join(f"'{o},'{o}{n},保温杯,{s},{r}\n" for n, (o, s, r) in enumerate(rows)),
        encoding="utf-8",
    )
    out = _imported(tmp_path / "shop.db", orders, items)
    assert "show 1 order at different steps (for example 1005)" in out, out


def test_an_older_export_imported_again_is_told_once(tmp_path: Path) -> None:
    """The older order report imported after a newer pair puts orders back, so they now
    disagree with their items as well: the warning that says to undo the import is the
    one given, not a second one that says to export both reports again."""
    orders, items = tmp_path / "orders-march.csv", tmp_path / "items-march.csv"
    write_orders(orders, 40, 21, "2020")
    write_items(items, 40, 21, "2020")

    def finished(row: dict[str, str]) -> None:
        if row["订单状态"] == SHIPPED:
            row["订单状态"] = FINISHED

    newer = [rewrite_csv(f, tmp_path / f"{f.stem}-april.csv", finished) for f in (orders, items)]
    db = tmp_path / "shop.db"
    _imported(db, orders, items)
    _imported(db, *newer)
    out = _imported(db, orders)
    assert _went_back_count(out), out
    assert "different steps" not in out
