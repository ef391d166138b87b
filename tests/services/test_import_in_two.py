"""A first import shared with a helper process leaves exactly what one process leaves.

Each case imports the same files twice, into two fresh stores: once in one process
(``helper=False``) and once split with a real helper process (``helper=True``), then
compares every stored row (with its rowid), the search index's text and the summaries.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from shopcloser.formats.report import ReportKind, open_report
from shopcloser.messages import Cancelled, UserError
from shopcloser.services import import_helper, import_plan
from shopcloser.services.import_helper import HELPER_SETTING, Helper, HelperJob, HelperPart
from shopcloser.services.import_in_two import _create_staging
from shopcloser.services.import_plan import Plan, plan_split
from shopcloser.services.import_summary import ImportSummary
from shopcloser.services.importing import import_files
from shopcloser.services.progress import CancelToken
from shopcloser.store.database import Store, open_store
from tests.samples import REPO, _zip_with, write_items, write_orders

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
    assert 1 < plan.helper[0].first_row < 2_000  # the order report is split
    assert plan.helper[0].first_byte is not None  # where that row starts: no parsing before

    summary_one, summary_two, one, two = both_ways(tmp_path, pair, caplog)
    assert ONE_PROCESS not in caplog.text
    assert summary_one.flagged_total > 5 and summary_one.unknown_statuses
    assert summary_one.orders_added == 2_150  # 150 from items only
    assert_same(summary_one, summary_two, one, two)
    shops = snapshot(two)["shops"]
    assert [row[3] for row in shops] == [shops[0][3], "另一家小店"]


@pytest.mark.parametrize("stray", [(10,), (10, 20)], ids=["one", "two"])
def test_stray_quotes_that_mislead_the_split_on_bytes_end_as_in_one_process(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture, stray: tuple[int, ...]
) -> None:
    """Rows are found on the bytes by counting quotes (formats.csv_split); a quote the
    csv module reads as text (after a quoted cell's closing quote) throws the count off.
    With one, no row start is found there and the helper parses its way to its rows; with
    two, a wrong row is found: the import sees that the helper began at another row than
    the one it stopped at, and reads the file in one process."""
    lines = pair[0].read_bytes().split(b"\r\n")
    for index in stray:
        lines[index] += b'q"'  # the row's last cell ends in q"
    pair[0].write_bytes(b"\r\n".join(lines))
    plan = plan_split(open_store(str(tmp_path / "plan.db")), pair, {}, always=True)
    assert plan is not None and (plan.helper[0].first_byte is None) == (len(stray) == 1)

    summary_one, summary_two, one, two = both_ways(tmp_path, pair, caplog)
    assert (ONE_PROCESS in caplog.text) == (len(stray) == 2)
    assert_same(summary_one, summary_two, one, two)


def test_rows_that_only_look_alike_do_not_pass_for_the_split(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    """A blank line after every row, and stray quotes that make the byte count run two
    rows behind: the row the import stops at and the row the helper starts at are both
    blank, so alike, but not the same row (an order between them was read by neither).
    They must also end after as many lines from the file's start."""
    lines = pair[0].read_bytes().split(b"\r\n")[:-1]
    for index in (10, 11):
        lines[index] += b'q"'
    spaced = [lines[0]] + [line + b"\r\n" for line in lines[1:]]
    pair[0].write_bytes(b"\r\n".join(spaced) + b"\r\n")
    plan = plan_split(open_store(str(tmp_path / "plan.db")), pair, {}, always=True)
    assert plan is not None and plan.helper[0].first_byte is not None

    summary_one, summary_two, one, two = both_ways(tmp_path, pair, caplog)
    assert ONE_PROCESS in caplog.text
    assert_same(summary_one, summary_two, one, two)


def _blank_line_after_each_row(path: Path) -> bytes:
    lines = path.read_bytes().split(b"\r\n")[:-1]
    spaced = [lines[0]] + [line + b"\r\n" for line in lines[1:]]
    return b"\r\n".join(spaced) + b"\r\n"


def test_a_row_ending_in_a_lone_carriage_return_does_not_pass_for_the_split(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    """A blank line after every row, and the row before the split ending in \\r\\r\\n:
    csv reads that \\r as the end of a row (one more, blank, row), the count of quotes
    does not, and the csv module's count of lines is one ahead: the two errors cancelled
    while lines were counted as line feeds only, and the helper's rows came out numbered
    one lower (found by a review). Lines are now counted as csv counts them."""
    data = _blank_line_after_each_row(pair[0])
    pair[0].write_bytes(data)
    first_byte = _split_plan(tmp_path, pair, "plan0.db").helper[0].first_byte
    assert first_byte is not None
    if data[first_byte : first_byte + 2] != b"\r\n":  # a blank line at the split
        data = data[:first_byte] + b"\r\n" + data[first_byte:]
    cut = data.rfind(b'"\r\n', 0, first_byte) + 1
    pair[0].write_bytes(data[:cut] + b"\r" + data[cut:])
    assert _split_plan(tmp_path, pair).helper[0].first_byte == first_byte + 1

    summary_one, summary_two, one, two = both_ways(tmp_path, pair, caplog)
    assert ONE_PROCESS in caplog.text
    assert_same(summary_one, summary_two, one, two)


@pytest.mark.parametrize("variant", ["cr", "messages", "bom", "title", "lf", "no-last-break"])
def test_ordinary_files_split_on_their_bytes_without_reading_twice(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture, variant: str
) -> None:
    """Files the count of quotes reads right are not read again in one process: a lone
    \\r inside a buyer's message (an old Mac's line break), messages over several lines
    around the split, a UTF-8 file with a BOM, title lines above the header, bare line
    feeds, no break after the last row."""
    data = pair[0].read_bytes()
    lines = data.split(b"\r\n")
    if variant == "cr":
        lines[10] = lines[10][:-1] + b'\rsecond line"'
        data = b"\r\n".join(lines)
    elif variant == "messages":
        at = data[: _split_plan(tmp_path, pair, "plan0.db").helper[0].first_byte].count(b"\n")
        for index in (5, at - 1, at, at + 1):
            lines[index] = lines[index][:-1] + '\r\n买家留言第二行\r\n第三行"'.encode("gb18030")
        data = b"\r\n".join(lines)
    elif variant == "bom":
        data = b"\xef\xbb\xbf" + data.decode("gb18030").encode("utf-8")
    elif variant == "title":
        data = "订单报表\r\n导出时间 2017-01-01\r\n".encode("gb18030") + data
    elif variant == "lf":
        data = data.replace(b"\r\n", b"\n")
    else:
        data = data.rstrip(b"\r\n")
    pair[0].write_bytes(data)
    assert _split_plan(tmp_path, pair).helper[0].first_byte is not None

    summary_one, summary_two, one, two = both_ways(tmp_path, pair, caplog)
    assert ONE_PROCESS not in caplog.text
    assert_same(summary_one, summary_two, one, two)


def _split_plan(tmp_path: Path, files: list[Path], name: str = "plan.db") -> Plan:
    plan = plan_split(open_store(str(tmp_path / name)), files, {}, always=True)
    assert plan is not None
    return plan


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


def test_a_helper_started_for_files_that_do_not_split_is_stopped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The helper starts before the files are planned; item reports alone (nothing to
    split) then go through one process, and the helper and its folder go at once."""
    first, second = tmp_path / "items-a.csv", tmp_path / "items-b.csv"
    write_items(first, 300, SEED, "2017")
    write_items(second, 400, SEED + 1, "2017")
    summary_one, summary_two, one, two = both_ways(tmp_path, [first, second], caplog)
    assert ONE_PROCESS not in caplog.text and "shared with a helper" not in caplog.text
    assert_same(summary_one, summary_two, one, two)
    assert _helpers_of_this_process() == []
    assert [p.name for p in tmp_path.iterdir() if ".import-" in p.name] == []


def split_by_rows(path: Path, parts: int, overlap: int = 0) -> list[Path]:
    """The report (2017 layout: the order id first) cut into ``parts`` files of
    consecutive rows, as exports of successive date ranges, between orders; each file
    after the first also repeats the ``overlap`` rows before it."""
    with path.open(encoding="gb18030", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    ids = [row[0] for row in body]
    cuts = [_order_start(ids, len(body) * n // parts) for n in range(parts + 1)]
    files = []
    for n in range(parts):
        target = path.with_name(f"{path.stem}-{n + 1}{path.suffix}")
        start = max(cuts[n] - (overlap if n else 0), 0)
        with target.open("w", encoding="gb18030", newline="") as handle:
            writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
            writer.writerows([header, *body[start : cuts[n + 1]]])
        files.append(target)
    return files


def _order_start(ids: list[str], at: int) -> int:
    while 0 < at < len(ids) and ids[at] == ids[at - 1]:
        at += 1
    return at


def test_reports_of_several_date_ranges_are_split_too(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    """Real exports come in date ranges: three order reports and two item reports. The
    helper reads the last order reports, the import the first ones and the item reports
    (the second one after the helper's orders are in)."""
    files = [*split_by_rows(pair[0], 3), *split_by_rows(pair[1], 2)]
    store = open_store(str(tmp_path / "plan.db"))
    plan = plan_split(store, files, {}, always=True)
    assert plan is not None
    assert [Path(part.path).name for part in plan.helper][-1] == "orders-3.csv"
    assert [part.path.name for part in plan.own_later] == ["items-2.csv"]

    summary_one, summary_two, one, two = both_ways(tmp_path, files, caplog)
    assert ONE_PROCESS not in caplog.text and "shared with a helper" in caplog.text
    assert summary_one.orders_added == 2_150 and len(summary_one.files) == 5
    assert_same(summary_one, summary_two, one, two)
    # Order indexes, left out while the order reports went in, are all back.
    empty = open_store(str(tmp_path / "empty.db"))
    assert snapshot(one)["indexes"] == snapshot(empty)["indexes"]


def test_date_ranges_that_overlap_end_as_in_one_process(
    tmp_path: Path,
    pair: list[Path],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Orders in two reports (periods that overlap, here a last export repeating the
    start of the first with a newer note) are merged as one process merges them. The
    plan sees the repeated ids and leaves the files to one process; where it cannot see
    them, the split finds them at the end and starts again in one process."""
    files = [*split_by_rows(pair[0], 3), pair[1]]
    again = tmp_path / "orders-again.csv"
    with files[0].open(encoding="gb18030", newline="") as handle:
        rows = list(csv.reader(handle))[:41]
    note = rows[0].index("订单备注")
    for row in rows[1:]:
        row[note] = "已联系买家"
    with again.open("w", encoding="gb18030", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    files.insert(3, again)

    store = open_store(str(tmp_path / "plan.db"))
    assert plan_split(store, files, {}, always=True) is None
    summary_one, summary_two, one, two = both_ways(tmp_path, files, caplog)
    assert "shared with a helper" not in caplog.text and ONE_PROCESS not in caplog.text
    assert summary_one.orders_added == 2_150
    assert_same(summary_one, summary_two, one, two)

    monkeypatch.setattr(import_plan, "_ids_overlap", lambda first, then: False)
    summary_one, summary_two, one, two = both_ways(tmp_path / "unseen", files, caplog)
    assert ONE_PROCESS in caplog.text
    assert_same(summary_one, summary_two, one, two)


def test_unknown_statuses_are_listed_as_one_process_lists_them(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    """One status only in the helper's order report, another only in the item report the
    import reads meanwhile: both listed as one process lists them."""
    orders = split_by_rows(pair[0], 3)
    rewrite_orders(orders[2], lambda i, n, row: row.update({"订单状态": "神秘甲"} if i < 5 else {}))
    items = split_by_rows(pair[1], 2)
    with items[0].open(encoding="gb18030", newline="") as handle:
        rows = list(csv.reader(handle))
    status = rows[0].index("订单状态")
    for row in rows[1:6]:
        row[status] = "神秘乙"
    with items[0].open("w", encoding="gb18030", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    summary_one, summary_two, one, two = both_ways(tmp_path, [*orders, *items], caplog)
    assert "shared with a helper" in caplog.text
    # Orders with 神秘甲 block; 神秘乙 is only on items of orders the order report gave a
    # known status, so it is listed apart.
    counts = summary_one.unknown_statuses
    assert counts["神秘甲"] == 5 and "神秘乙" not in counts
    assert summary_one.unknown_item_statuses["神秘乙"] >= 1
    assert list(summary_two.unknown_statuses.items()) == list(counts.items())
    assert summary_two.unknown_item_statuses == summary_one.unknown_item_statuses
    assert_same(summary_one, summary_two, one, two)


def test_a_helper_given_no_job_quits(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "shopcloser", "--import-helper"],
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, b"")


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


def test_an_order_report_without_a_readable_order_number_split_in_two_is_refused(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    """Neither process sees the whole of a file they share: each part without an order
    number says nothing of the other, so the file is judged as one process judges it."""

    def no_id(_index: int, _count: int, row: dict[str, str]) -> None:
        row["订单编号"] = ""

    rewrite_orders(pair[0], no_id)
    plan = plan_split(open_store(str(tmp_path / "plan.db")), pair[:1], {}, always=True)
    assert plan is not None and plan.own[0].stop_row is not None  # the file is split

    message = both_refuse(tmp_path, pair[:1], caplog)
    assert "No row of this file has an order number" in message


def test_an_order_without_its_number_in_the_second_part_is_refused_as_in_one_process(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    """The row is in the helper's part: the file is still refused, with the message one
    process gives, not imported without that order."""

    def one_cleared(index: int, count: int, row: dict[str, str]) -> None:
        if index == count * 3 // 4:
            row["订单编号"] = ""

    rewrite_orders(pair[0], one_cleared)
    plan = plan_split(open_store(str(tmp_path / "plan.db")), pair[:1], {}, always=True)
    assert plan is not None and plan.own[0].stop_row is not None  # the file is split
    assert plan.own[0].stop_row < 2_000 * 3 // 4 + 2  # and the row is not in the first part

    message = both_refuse(tmp_path, pair, caplog)
    assert f"Row {2_000 * 3 // 4 + 2} of this file holds an order or an item" in message


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


@pytest.mark.timeout(120)
def test_a_lock_on_the_helpers_file_ends_in_one_process_instead_of_waiting(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Nothing may read the helper's file while it writes (the import once did, by
    mistake). If something does, the helper gives up at once and the import works alone;
    it used to wait out the lock for every page it wrote, which never ended."""
    orders, items = tmp_path / "orders.csv", tmp_path / "items.csv"
    write_orders(orders, 12_000, SEED, "2017")  # more than SQLite keeps unwritten
    write_items(items, 12_000, SEED, "2017")
    one = open_store(str(tmp_path / "one.db"))
    summary_one = import_files(one, [orders, items], helper=False, now=WHEN)
    two = open_store(str(tmp_path / "two.db"))
    readers: list[sqlite3.Connection] = []

    def progress(_done: int, _total: int | None, _name: str) -> None:
        staging = [p / "staging.db" for p in tmp_path.iterdir() if ".import-" in p.name]
        if readers or not staging or not _helpers_of_this_process():
            return
        reader = sqlite3.connect(staging[0], timeout=0)
        try:
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM orders").fetchone()  # holds a read lock
        except sqlite3.OperationalError:  # the helper is writing its pages: next time
            reader.close()
            return
        readers.append(reader)

    try:
        with caplog.at_level(logging.INFO):
            summary_two = import_files(
                two, [orders, items], helper=True, progress=progress, now=WHEN
            )
    finally:
        for reader in readers:
            reader.close()
    assert readers  # the lock was taken while the helper worked
    assert "The import helper failed" in caplog.text and ONE_PROCESS in caplog.text
    assert "database is locked" in caplog.text  # it failed for the lock, not another reason
    assert_same(summary_one, summary_two, one, two)
    assert _helpers_of_this_process() == []


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
        while not _helper_has_read(tmp_path) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _helper_has_read(tmp_path), "the helper never got to its rows"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    deadline = time.monotonic() + 10
    while Path(f"/proc/{helpers[0]}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not Path(f"/proc/{helpers[0]}").exists(), "the helper outlived the import"

    # Its staging file (buyers' personal data) went with it.
    assert [p.name for p in tmp_path.iterdir() if ".import-" in p.name] == []
    store = open_store(str(db))
    assert snapshot(store)["orders"] == [] and snapshot(store)["import_batches"] == []
    summary = import_files(store, [orders, items], helper=True)
    assert summary.orders_added == 20_000


def _helper_has_read(folder: Path) -> bool:
    """Whether a helper working beside a store in ``folder`` has published read rows."""
    for progress in folder.glob(".*.import-*/progress"):
        with contextlib.suppress(OSError):
            if int.from_bytes(progress.read_bytes()[:8], "little", signed=True) > 0:
                return True
    return False


def test_what_a_killed_import_left_goes_at_the_next_import_or_purge(
    tmp_path: Path, pair: list[Path]
) -> None:
    """Where the helper could not remove its folder (killed too, or a system that keeps
    open files), the store's next writer does; other stores' folders stay."""
    folder = tmp_path / "shops"
    folder.mkdir()
    store = open_store(str(folder / "shop[1].db"))
    leftover = folder / ".shop[1].db.import-k1lled_x"
    others = [folder / ".shop1.db.import-abcdefgh", folder / ".shop[1].db.import-x.import-abcdefgh"]
    for path in [leftover, *others]:
        path.mkdir()
        (path / "staging.db").write_bytes(b"13800138000")
    import_files(store, pair[1:], helper=False)  # any import, even one in one process
    assert not leftover.exists()
    assert all(path.exists() for path in others)

    leftover.mkdir()
    backup = tmp_path / "backup.xlsx"
    from shopcloser.services.backup import write_backup
    from shopcloser.services.purge import purge_personal_data

    write_backup(store, backup)
    purge_personal_data(store)
    assert not leftover.exists()


def test_a_shop_renamed_and_renamed_back_ends_as_in_one_process(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """One 店铺Id named A, then B just after the split, then A again: one process
    renames A to B once (with undo data) and meets A again as known."""
    orders = tmp_path / "orders.csv"
    write_orders(orders, 2_000, SEED, "2017")

    def renamed(index: int, count: int, row: dict[str, str]) -> None:
        row["店铺Id"] = "12345"
        row["店铺名称"] = "新店名B" if count * 0.8 <= index < count * 0.9 else "旧店名A"

    rewrite_orders(orders, renamed)
    summary_one, summary_two, one, two = both_ways(tmp_path, [orders], caplog)
    assert ONE_PROCESS not in caplog.text
    assert_same(summary_one, summary_two, one, two)
    shops, changes = snapshot(two)["shops"], snapshot(two)["batch_changes"]
    assert [row[3] for row in shops] == ["新店名B"]
    assert len([row for row in changes if row[3] == "shops"]) == 2  # created, renamed


def test_a_refusal_met_by_the_import_itself_is_the_one_process_message(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    """A repeated order just before the split and a broken character just after it: one
    process reads the broken character before it checks the chunk for repeats."""
    store = open_store(str(tmp_path / "plan.db"))
    plan = plan_split(store, pair, {}, always=True)
    assert plan is not None and plan.own[0].stop_row is not None
    split = plan.own[0].stop_row
    with pair[0].open(encoding="gb18030", newline="") as handle:
        rows = list(csv.reader(handle))
    repeated = list(rows[5])
    repeated[rows[0].index("买家留言")] = "改过的留言"
    rows[split - 5] = repeated  # row numbers count from 1, rows[0] is the header
    with pair[0].open("w", encoding="gb18030", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    data = pair[0].read_bytes()
    at = data.index(b"\r\n", len(data) * (split + 20) // len(rows))
    pair[0].write_bytes(data[:at] + b"\xff\xfe\xff" + data[at:])
    assert "mixes character encodings" in both_refuse(tmp_path, pair, caplog)


def test_cancel_after_the_last_row_still_leaves_the_store_as_it_was(
    tmp_path: Path, pair: list[Path]
) -> None:
    with pair[1].open(encoding="gb18030", newline="") as handle:
        rows = 2_000 + sum(1 for _ in csv.reader(handle)) - 1  # every order and item row
    for helper in (False, True):
        store = open_store(str(tmp_path / f"{helper}.db"))
        token = CancelToken()

        def progress(done: int, _total: int | None, _name: str, token: CancelToken = token) -> None:
            if done >= rows:  # every row read: copying in, settling, indexing are left
                token.cancel()

        with pytest.raises(Cancelled):
            import_files(store, pair, helper=helper, progress=progress, cancel=token)
        assert snapshot(store)["orders"] == [] and snapshot(store)["import_batches"] == []


def test_a_store_in_a_folder_with_url_characters_gets_its_helper(
    tmp_path: Path, pair: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "shop?2026 %20#1"
    folder.mkdir()
    store = open_store(str(folder / "shop.db"))
    with caplog.at_level(logging.INFO):
        summary = import_files(store, pair, helper=True)
    assert ONE_PROCESS not in caplog.text and "helper failed" not in caplog.text
    assert summary.orders_added == 2_150
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["shop?2026 %20#1", "orders.csv", "items.csv"]
    )
    # The import's connection goes back to the pool as every other one: links checked.
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        attached = {row[1] for row in conn.exec_driver_sql("PRAGMA database_list")}
        assert "helper" not in attached


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs CPU affinity")
def test_one_core_gets_no_helper(
    tmp_path: Path, pair: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(str(tmp_path / "store.db"))
    monkeypatch.setattr(import_plan, "HELPER_MIN_BYTES", 0)  # these files count as large
    allowed = os.sched_getaffinity(0)
    if len(allowed) < 2:
        pytest.skip("this machine has one core")
    assert plan_split(store, pair, {}) is not None
    os.sched_setaffinity(0, {min(allowed)})
    try:
        assert plan_split(store, pair, {}) is None
        assert plan_split(store, pair, {}, always=True) is not None
    finally:
        os.sched_setaffinity(0, allowed)


def test_progress_ends_with_every_row_counted_before_the_copy(
    tmp_path: Path, pair: list[Path]
) -> None:
    store = open_store(str(tmp_path / "store.db"))
    reports: list[tuple[int, int | None]] = []
    summary = import_files(
        store, pair, helper=True, progress=lambda done, total, _name: reports.append((done, total))
    )
    rows = sum(file.rows for file in summary.files)
    assert reports[-1] == (rows, rows)  # the window then shows "finishing"
    assert all(done <= rows for done, _ in reports)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


# At the end of the sheet: a stream would fill the 400 million rows up to it with empty
# ones (minutes), then go on.
FAR_CELL_ROW = b'<row r="400000000"><c r="A400000000" t="inlineStr"><is><t>x</t></is></c></row>'


def _workbook_pair(tmp_path: Path, rows: int = 3000) -> list[Path]:
    orders, items = tmp_path / "orders.xlsx", tmp_path / "items.xlsx"
    write_orders(orders, rows, SEED, "2020")
    write_items(items, rows + 50, SEED, "2020")
    return [orders, items]


# Not the hours of empty rows: a stream the helper's refusal does not stop fails at the
# limit. No speed test: the test takes about 3 s (how long the refusal takes is measured
# in bench/refusal_bench.py), and the limit is under pytest-timeout's 300 s for any test.
@pytest.mark.timeout(120)
def test_a_far_cell_in_the_imports_own_workbook_is_refused_by_its_helper(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The import opens its own workbook without the scan for far cells and streams it
    while the helper scans it; the helper's refusal stops the stream (which would
    otherwise fill 4 billion empty rows), and one process then refuses the file."""
    orders, items = _workbook_pair(tmp_path)
    far = _far_cell_copy(tmp_path, orders)
    assert "claims to span" in both_refuse(tmp_path, [far, items], caplog)


# Typed right of a row of the 2020 layout (61 columns, up to BI), and the dimension the
# sheet then declares: a cell past the header; one without a reference (placed right of
# the row's last cell); one more than 100 columns past the header, which Excel declares.
_TYPED = {
    "a cell past the header": (b'<c r="BL5" t="inlineStr"><is><t>merchant</t></is></c>', b""),
    "one without its reference": (b'<c t="inlineStr"><is><t>merchant</t></is></c>', b""),
    "one 150 columns past, declared": (
        b'<c r="FZ5" t="inlineStr"><is><t>merchant</t></is></c>',
        b'<dimension ref="A1:FZ301"/>',
    ),
}


@pytest.mark.parametrize("typed", list(_TYPED))
def test_cells_its_own_workbook_does_not_declare_make_the_import_start_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, typed: str
) -> None:
    """The import opens its own workbook without the scan that finds how far right its
    cells go, and reads only as far as the sheet declares (an export declares nothing),
    and no more than 100 columns past the header: the helper, scanning it, finds a cell
    further right, and one process imports the files, flagging its row as a CSV row is.
    Before: a cell without a reference, and one more than 100 columns past the header,
    were not read by either, and their row imported without a word."""
    orders, items = _workbook_pair(tmp_path, rows=300)
    with zipfile.ZipFile(orders) as source:
        sheet = next(n for n in source.namelist() if n.startswith("xl/worksheets/"))
        xml = source.read(sheet)
    assert b"<dimension" not in xml
    end = xml.index(b"</row>", xml.index(b'<row r="5"'))
    cell, dimension = _TYPED[typed]
    typed_in = tmp_path / "typed.xlsx"
    xml = xml[:end] + cell + xml[end:]
    _zip_with(orders, typed_in, {sheet: xml.replace(b"<sheetData>", dimension + b"<sheetData>")})
    summary_one, summary_two, one, two = both_ways(tmp_path, [typed_in, items], caplog)
    assert ONE_PROCESS in caplog.text
    assert [(f.file, f.row) for f in summary_one.flagged] == [("typed.xlsx", 5)]
    assert_same(summary_one, summary_two, one, two)


def _far_cell_copy(tmp_path: Path, workbook: Path) -> Path:
    with zipfile.ZipFile(workbook) as source:
        sheet = next(n for n in source.namelist() if n.startswith("xl/worksheets/"))
        xml = source.read(sheet)
    end = xml.rindex(b"</row>") + len(b"</row>")
    far = tmp_path / "far.xlsx"
    _zip_with(workbook, far, {sheet: xml[:end] + FAR_CELL_ROW + xml[end:]})
    return far


@pytest.mark.parametrize("far", [False, True])
def test_the_helper_checks_the_imports_own_workbook_first(tmp_path: Path, far: bool) -> None:
    """It publishes the workbook's rows (for the import's progress bar), or ends refusing
    it before doing anything else."""
    orders, items = _workbook_pair(tmp_path, rows=500)
    checked = _far_cell_copy(tmp_path, orders) if far else orders
    store = open_store(str(tmp_path / "store.db"))
    workdir = tmp_path / "work"
    workdir.mkdir()
    _create_staging(store, workdir / "staging.db")
    helper = Helper()
    try:
        part = HelperPart(str(items))
        helper.send(HelperJob((part,), str(workdir), 1, WHEN, check=HelperPart(str(checked))))
        result = helper.wait(CancelToken(), lambda: None)
    finally:
        helper.stop()
    assert helper.ended_badly() is far
    assert result.refused is far
    if far:
        assert result.parts == [] and helper.counts()[0] == 0
    else:
        assert helper.counts()[3] == 500
        rows = open_report(items).rows_total
        assert [done.found.summary.rows for done in result.parts] == [rows]


@pytest.mark.parametrize("change", ["added to", "written over"])
def test_a_file_changed_after_the_import_hashed_it_is_refused_by_the_helper(
    tmp_path: Path, pair: list[Path], change: str
) -> None:
    """The helper opens its files after the import has hashed them: one another program
    wrote to meanwhile is refused (the import then starts again in one process), not
    read with the rows added and the SHA-256 of the file before."""
    store = open_store(str(tmp_path / "store.db"))
    plan = plan_split(store, pair, {}, always=True)
    assert plan is not None
    items = next(part for part in plan.helper if Path(part.path) == pair[1])
    if change == "added to":
        with pair[1].open("ab") as handle:
            handle.write('="2800000000000001","后来加上的一行",'.encode("gbk"))
    else:  # another version of the same size
        checked = pair[1].stat().st_mtime_ns
        data = pair[1].read_bytes()
        pair[1].write_bytes(data.replace("交易成功".encode("gbk"), "交易关闭".encode("gbk")))
        os.utime(pair[1], ns=(checked + 2 * 10**9, checked + 2 * 10**9))
    workdir = tmp_path / "work"
    workdir.mkdir()
    _create_staging(store, workdir / "staging.db")
    helper = Helper()
    try:
        helper.send(HelperJob((items,), str(workdir), 1, WHEN))
        result = helper.wait(CancelToken(), lambda: None)
    finally:
        helper.stop()
    assert result.refused and result.parts == []


def test_a_far_column_in_the_imports_own_header_row_is_refused_in_bounded_memory(
    tmp_path: Path,
) -> None:
    """Before the helper's scan, the import looks for the header: a cell at column ZZZZZZ
    (321 million) would make that row that wide (7.7 GB asked for, and an abort)."""
    orders, items = _workbook_pair(tmp_path, rows=300)
    with zipfile.ZipFile(orders) as source:
        sheet = next(n for n in source.namelist() if n.startswith("xl/worksheets/"))
        xml = source.read(sheet)
    end = xml.index(b"</row>")
    far_cell = b'<c r="ZZZZZZ1" t="inlineStr"><is><t> </t></is></c>'
    wide = tmp_path / "wide.xlsx"
    _zip_with(orders, wide, {sheet: xml[:end] + far_cell + xml[end:]})

    # The CLI, with its address space limited to 3 GB (set in the child itself).
    limited = (
        "import resource, runpy, sys; "
        "resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30)); "
        "sys.argv = ['shopcloser', *sys.argv[1:]]; "
        "runpy.run_module('shopcloser', run_name='__main__')"
    )
    db = str(tmp_path / "s.db")
    done = subprocess.run(
        [sys.executable, "-c", limited, "--db", db, "import", str(wide), str(items)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env={**os.environ, HELPER_SETTING: "always"},
        check=False,
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert "claims to span" in done.stderr


@pytest.fixture
def early_helpers() -> Iterator[None]:
    yield
    import_helper.drop_early_helper()  # one a failed test left


@pytest.mark.usefixtures("early_helpers")
def test_a_helper_started_early_is_taken_or_let_go(
    tmp_path: Path,
    pair: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The command line starts a helper before it knows whether the import wants one:
    the import uses that one (no second process), and an import that works alone ends
    it, so that no helper waits on after the import."""
    for module in (import_helper, import_plan):  # these files count as large
        monkeypatch.setattr(module, "HELPER_MIN_BYTES", 0)
    import_helper.start_early([str(pair[0])])
    early = import_helper._early.helper
    assert early is not None and early.alive()
    store = open_store(str(tmp_path / "store.db"))
    started: list[Helper] = []
    monkeypatch.setattr(import_helper.Helper, "__init__", _counting(started))
    with caplog.at_level(logging.INFO):
        first = import_files(store, pair, now=WHEN)  # an empty store: shared
    assert "shared with a helper process" in caplog.text
    assert first.orders_added == 2_150 and started == []  # the early helper did it
    assert not early.alive() and import_helper._early.helper is None

    import_helper.start_early([str(pair[0])])
    early = import_helper._early.helper
    assert early is not None
    again = import_files(store, pair, now=WHEN)  # orders stored: one process
    assert again.orders_added == 0 and not early.alive()


@pytest.mark.usefixtures("early_helpers")
def test_no_early_helper_for_small_files_or_when_switched_off(
    pair: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import_helper.start_early([str(path) for path in pair])  # a few hundred KB
    assert import_helper._early.helper is None
    monkeypatch.setattr(import_helper, "HELPER_MIN_BYTES", 0)
    monkeypatch.setenv(HELPER_SETTING, "never")
    import_helper.start_early([str(path) for path in pair])
    assert import_helper._early.helper is None


def _counting(started: list[Helper]) -> Callable[..., None]:
    real = Helper.__init__

    def init(self: Helper) -> None:
        started.append(self)
        real(self)

    return init
