"""A first import shared with a helper process leaves exactly what one process leaves.

Each case imports the same files twice, into two fresh stores: once in one process
(``helper=False``) and once split with a real helper process (``helper=True``), then
compares every stored row (with its rowid), the search index's text and the summaries.
"""

from __future__ import annotations

import csv
import dataclasses
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from shopcloser.formats.report import ReportKind
from shopcloser.messages import Cancelled, UserError
from shopcloser.services.import_in_two import plan_split
from shopcloser.services.import_summary import ImportSummary
from shopcloser.services.importing import HELPER_SETTING, import_files
from shopcloser.services.progress import CancelToken
from shopcloser.store.database import Store, open_store
from tests.samples import REPO, write_items, write_orders

SEED = 7
WHEN = datetime(2026, 11, 22, 9, 30)
ONE_PROCESS = "Importing in one process after all"
_TABLES = ("orders", "order_items", "shops", "import_batches", "batch_changes")


def rewrite_orders(path: Path, change: Callable[[int, int, dict[str, str]], None]) -> None:
    """Rewrite an order report (GBK CSV), letting ``change(index, count, row)`` edit rows."""
    with path.open(encoding="gb18030", newline="") as handle:
        rows = list(csv.reader(handle))
    headers, body = rows[0], rows[1:]
    keys = [h.strip() for h in headers]
    with path.open("w", encoding="gb18030", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(headers)
        for index, cells in enumerate(body):
            row = dict(zip(keys, cells, strict=True))
            change(index, len(body), row)
            writer.writerow([row[k] for k in keys])


def varied(index: int, count: int, row: dict[str, str]) -> None:
    """Rows the summary has to report, spread over the whole file, and a second shop
    named first in the file's last two fifths (so the helper numbers it first)."""
    if index % 97 == 5:
        row["订单状态"] = "神秘状态"
    if index % 211 == 17:
        row["订单创建时间"] = "昨天下午"
    if index >= count * 3 // 5 and index < count - 20:
        row["店铺Id"], row["店铺名称"] = "99887766", "另一家小店"


def snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    assert store.path is not None
    conn = sqlite3.connect(store.path)
    try:
        tables = {
            table: conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
            for table in _TABLES
        }
        tables["search"] = conn.execute(
            "SELECT rowid, * FROM order_search_content ORDER BY rowid"
        ).fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        indexes = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"
        ).fetchall()
        tables["indexes"] = indexes
    finally:
        conn.close()
    return tables


def both_ways(
    tmp_path: Path, files: list[Path], caplog: pytest.LogCaptureFixture
) -> tuple[ImportSummary, ImportSummary, Store, Store]:
    one = open_store(str(tmp_path / "one.db"))
    two = open_store(str(tmp_path / "two.db"))
    summary_one = import_files(one, files, helper=False, now=WHEN)
    caplog.clear()
    with caplog.at_level(logging.INFO):
        summary_two = import_files(two, files, helper=True, now=WHEN)
    return summary_one, summary_two, one, two


def assert_same(
    summary_one: ImportSummary, summary_two: ImportSummary, one: Store, two: Store
) -> None:
    assert dataclasses.asdict(summary_two) == dataclasses.asdict(summary_one)
    assert snapshot(two) == snapshot(one)


def both_refuse(tmp_path: Path, files: list[Path], caplog: pytest.LogCaptureFixture) -> str:
    """Import ``files`` both ways into fresh stores: both must refuse them with the same
    message (the split one after starting again in one process) and store nothing."""
    one = open_store(str(tmp_path / "one.db"))
    two = open_store(str(tmp_path / "two.db"))
    with pytest.raises(UserError) as in_one:
        import_files(one, files, helper=False)
    with caplog.at_level(logging.INFO), pytest.raises(UserError) as in_two:
        import_files(two, files, helper=True)
    assert ONE_PROCESS in caplog.text
    assert str(in_two.value) == str(in_one.value)
    assert snapshot(two)["orders"] == [] and snapshot(two)["import_batches"] == []
    return str(in_one.value)


@pytest.fixture
def pair(tmp_path: Path) -> list[Path]:
    """An order report of 2,000 orders (with flagged rows, unknown statuses, two shops)
    and the item report of 2,150 orders (so 150 orders are known only from items)."""
    orders, items = tmp_path / "orders.csv", tmp_path / "items.csv"
    write_orders(orders, 2_000, SEED, "2017")
    write_items(items, 2_150, SEED, "2017")
    rewrite_orders(orders, varied)
    return [orders, items]


def test_a_split_csv_import_stores_what_one_process_stores(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    one_store = open_store(str(tmp_path / "plan.db"))
    plan = plan_split(one_store, pair, {}, always=True)
    assert plan is not None
    assert plan.helper[0].first_row > 1000  # the order report is split

    summary_one, summary_two, one, two = both_ways(tmp_path, pair, caplog)
    assert ONE_PROCESS not in caplog.text
    assert summary_one.flagged_total > 5 and summary_one.unknown_statuses
    assert summary_one.orders_added == 2_150  # 150 from items only
    assert_same(summary_one, summary_two, one, two)
    shops = snapshot(two)["shops"]
    assert [row[3] for row in shops] == [shops[0][3], "另一家小店"]


def test_an_order_report_alone_is_split_too(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    summary_one, summary_two, one, two = both_ways(tmp_path, pair[:1], caplog)
    assert ONE_PROCESS not in caplog.text
    assert_same(summary_one, summary_two, one, two)


def test_two_workbooks_go_one_to_each_process(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    orders, items = tmp_path / "orders.xlsx", tmp_path / "items.xlsx"
    write_orders(orders, 800, SEED, "2020")
    write_items(items, 850, SEED, "2020")
    # Items first: the import's own process takes the item report, the helper the orders.
    summary_one, summary_two, one, two = both_ways(tmp_path, [items, orders], caplog)
    assert ONE_PROCESS not in caplog.text
    assert summary_two.orders_added == 850
    assert_same(summary_one, summary_two, one, two)


def test_two_workbooks_of_one_kind_are_imported_in_one_process(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = tmp_path / "orders-a.xlsx", tmp_path / "orders-b.xlsx"
    write_orders(first, 300, SEED, "2020")
    write_orders(second, 400, SEED + 1, "2020")
    summary_one, summary_two, one, two = both_ways(tmp_path, [first, second], caplog)
    assert ONE_PROCESS in caplog.text
    assert_same(summary_one, summary_two, one, two)


def test_an_order_in_both_halves_is_judged_as_in_one_process(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    with pair[0].open(encoding="gb18030", newline="") as handle:
        rows = list(csv.reader(handle))
    repeated = list(rows[5])
    repeated[rows[0].index("买家留言")] = "改过的留言"  # same order id, other contents
    with pair[0].open("a", encoding="gb18030", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerow(repeated)

    message = both_refuse(tmp_path, pair, caplog)
    assert "rows 6 and 2002" in message


def test_a_file_the_helper_refuses_gives_the_usual_message(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    items = pair[1]
    data = items.read_bytes()
    cut = len(data) * 2 // 3
    items.write_bytes(data[:cut] + "ÿ".encode("latin-1") * 3 + data[cut:])  # not GB18030

    assert "mixes character encodings" in both_refuse(tmp_path, pair, caplog)


def _helpers_of_this_process() -> list[int]:
    return _helpers_of(os.getpid())


def _helpers_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == pid and b"--import-helper" in cmdline:
            found.append(int(entry.name))
    return found


def test_cancel_stops_the_helper_and_leaves_the_store_as_it_was(
    tmp_path: Path, pair: list[Path]
) -> None:
    store = open_store(str(tmp_path / "two.db"))
    token = CancelToken()
    seen_helper: list[int] = []

    def progress(done: int, _total: int | None, _name: str) -> None:
        if done >= 500 and not token.cancelled:
            seen_helper.extend(_helpers_of_this_process())
            token.cancel()

    with pytest.raises(Cancelled):
        import_files(store, pair, helper=True, progress=progress, cancel=token)
    assert seen_helper  # it was running when the merchant cancelled
    assert _helpers_of_this_process() == []
    assert snapshot(store)["orders"] == [] and snapshot(store)["import_batches"] == []
    assert [p.name for p in tmp_path.iterdir() if ".import-" in p.name] == []
    # And the store takes the same files afterwards.
    summary = import_files(store, pair, helper=True)
    assert summary.orders_added == 2_150


def test_a_store_with_orders_is_not_split(tmp_path: Path, pair: list[Path]) -> None:
    store = open_store(str(tmp_path / "store.db"))
    import_files(store, pair[1:], helper=False)
    assert plan_split(store, pair, {}, always=True) is None


def test_small_files_stay_in_one_process(tmp_path: Path, pair: list[Path]) -> None:
    store = open_store(str(tmp_path / "store.db"))
    assert plan_split(store, pair, {}) is None
    assert plan_split(store, pair, {}, always=True) is not None
    # Files in any order: the order report is still the one split.
    plan = plan_split(store, pair[::-1], {}, always=True)
    assert plan is not None
    assert plan.own[0].report is not None and plan.own[0].report.kind is ReportKind.ORDERS


def test_a_killed_import_takes_its_helper_with_it(tmp_path: Path) -> None:
    orders, items = tmp_path / "orders.csv", tmp_path / "items.csv"
    write_orders(orders, 20_000, SEED, "2017")
    write_items(items, 20_000, SEED, "2017")
    db = tmp_path / "shop.db"
    command = [
        sys.executable,
        "-m",
        "shopcloser",
        "--db",
        str(db),
        "import",
        str(orders),
        str(items),
    ]
    env = {**os.environ, HELPER_SETTING: "always"}
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        helpers: list[int] = []
        deadline = time.monotonic() + 30
        while not helpers and process.poll() is None and time.monotonic() < deadline:
            helpers = _helpers_of(process.pid)
            time.sleep(0.02)
        assert helpers, "the import never started its helper"
        time.sleep(0.3)  # both are reading now
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    deadline = time.monotonic() + 10
    while Path(f"/proc/{helpers[0]}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not Path(f"/proc/{helpers[0]}").exists(), "the helper outlived the import"

    store = open_store(str(db))
    assert snapshot(store)["orders"] == [] and snapshot(store)["import_batches"] == []
    # The next import clears what the killed one left beside the store, and works.
    assert [p for p in tmp_path.iterdir() if ".import-" in p.name]
    summary = import_files(store, [orders, items], helper=True)
    assert summary.orders_added == 20_000
    assert [p for p in tmp_path.iterdir() if ".import-" in p.name] == []
