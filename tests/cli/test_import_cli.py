"""``shopcloser import / batches / undo`` as a merchant's script runs them: exit codes,
summaries, refusals that change nothing, the writer lock, and being killed midway."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest

from shopcloser.store.database import open_store
from shopcloser.store.lock import WriterLock
from tests.helpers import REPO, run_cli
from tests.samples import rewrite_csv, write_text_too_long_csv

DATA = REPO / "tests" / "data"
ORDERS_2017 = DATA / "orders-2017.csv"
ITEMS_2017 = DATA / "items-2017.csv"
ORDERS_2020 = DATA / "orders-2020.xlsx"
ITEMS_2020 = DATA / "items-2020.xlsx"
ITEMS_2020_CSV = DATA / "items-2020.csv"
SAMPLE_ORDERS = 20


def status(db: Path) -> dict[str, int]:
    """The store's counts (the nested per-status maps left out)."""
    result = run_cli("status", "--json", db=db)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    return {key: value for key, value in loaded.items() if isinstance(value, int)}


def rows_of_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="gb18030", newline="") as handle:
        rows = list(csv.reader(handle))
    keys = [h.strip() for h in rows[0]]
    return [dict(zip(keys, cells, strict=True)) for cells in rows[1:]]


def table_dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(db)) as conn:
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in ("orders", "order_items", "shops", "import_batches", "batch_changes")
        }


def test_import_prints_a_summary_and_exits_0(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    result = run_cli("import", str(ORDERS_2017), str(ITEMS_2017), db=db)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Import 1 done." in out
    assert f"Orders added: {SAMPLE_ORDERS}" in out
    assert "Items added:" in out and "Still blocking closure now:" in out
    assert "Traceback" not in result.stderr
    counts = status(db)
    assert counts["orders"] == SAMPLE_ORDERS and counts["items"] > 0


def test_a_file_given_twice_is_read_and_listed_once(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    link = tmp_path / "same-orders.csv"
    link.symlink_to(ORDERS_2017)
    result = run_cli("import", str(ORDERS_2017), str(ORDERS_2017), str(link), db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("orders-2017.csv: 20 rows") == 1
    assert "same-orders.csv" not in result.stdout
    assert f"Orders added: {SAMPLE_ORDERS}" in result.stdout


def test_a_newer_export_updates_in_place_without_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    assert run_cli("import", str(ORDERS_2017), str(ITEMS_2017), db=db).returncode == 0
    before = status(db)
    result = run_cli("import", str(ORDERS_2020), str(ITEMS_2020), db=db)
    assert result.returncode == 0, result.stderr
    assert "Orders added: 0" in result.stdout and "Items added: 0" in result.stdout
    after = status(db)
    assert (after["orders"], after["items"]) == (before["orders"], before["items"])


def test_batches_and_undo(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    run_cli("import", str(ORDERS_2017), db=db)
    empty_of_items = table_dump(db)
    run_cli("import", str(ITEMS_2017), db=db)
    listing = run_cli("batches", db=db)
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert lines[1].startswith("2 ") and "items-2017.csv" in lines[1]
    assert lines[2].startswith("1 ") and "orders-2017.csv" in lines[2]

    older = run_cli("undo", "1", db=db)
    assert older.returncode == 2
    assert "Undo the newer imports first" in older.stderr and "Traceback" not in older.stderr

    undone = run_cli("undo", "2", db=db)
    assert undone.returncode == 0, undone.stderr
    assert "Import 2 undone." in undone.stdout
    after = table_dump(db)
    assert {k: v for k, v in after.items() if k != "import_batches"} == {
        k: v for k, v in empty_of_items.items() if k != "import_batches"
    }
    assert "can be undone" in run_cli("batches", db=db).stdout


@pytest.mark.parametrize(
    ("files", "says"),
    [
        (["bad-empty.csv"], "empty"),
        (["bad-no-id-column.csv"], "订单编号"),
        (["orders-2017.csv", "bad-picture.csv"], ""),
        (["nowhere.csv"], "does not exist"),
    ],
)
def test_refused_files_exit_2_and_change_nothing(
    tmp_path: Path, files: list[str], says: str
) -> None:
    db = tmp_path / "shop.db"
    assert run_cli("import", str(ITEMS_2020), db=db).returncode == 0
    before = table_dump(db)
    result = run_cli("import", *[str(DATA / name) for name in files], db=db)
    assert result.returncode == 2
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert table_dump(db) == before


def test_a_text_no_spreadsheet_cell_holds_is_refused(tmp_path: Path) -> None:
    # It would import, and then no backup could hold it.
    text = ORDERS_2017.read_bytes().decode("gb18030")
    header, first, rest = text.split("\r\n", 2)
    cells = first.split(",")
    cells[11] = '"' + "留" * 40_000 + '"'  # 买家留言
    bad = tmp_path / "ExportOrderList.csv"
    bad.write_bytes("\r\n".join([header, first, ",".join(cells), rest]).encode("gb18030"))
    db = tmp_path / "shop.db"
    assert run_cli("import", str(ITEMS_2020), db=db).returncode == 0
    before = table_dump(db)
    result = run_cli("import", str(bad), db=db)
    assert result.returncode == 2
    assert "Row 3 " in result.stderr and "40000 characters" in result.stderr
    assert table_dump(db) == before


@pytest.mark.parametrize("refused_when", ["opened", "read"])
def test_the_refused_file_of_several_is_named_and_nothing_is_imported(
    tmp_path: Path, refused_when: str
) -> None:
    """With several files the merchant is told which one was refused (its name, not its
    folder), and that the others were not imported either."""
    db = tmp_path / "shop.db"
    assert run_cli("import", str(ITEMS_2020), db=db).returncode == 0
    before = table_dump(db)
    folder = tmp_path / "exports"
    folder.mkdir()
    if refused_when == "opened":
        bad = folder / "bad-excel-ids.csv"
        shutil.copy(DATA / bad.name, bad)
    else:
        bad = folder / "ExportOrderList-march.csv"
        write_text_too_long_csv(bad)
    result = run_cli("import", str(ORDERS_2017), str(bad), db=db)
    assert result.returncode == 2
    lead, reason = result.stderr.splitlines()
    assert lead == f"The file {bad.name} cannot be imported, so nothing was imported."
    assert ("damaged by Excel" if refused_when == "opened" else "Row 3 ") in reason
    assert str(folder) not in result.stderr and ORDERS_2017.name not in result.stderr
    assert "Traceback" not in result.stderr
    assert table_dump(db) == before


def test_one_order_twice_with_different_contents_is_refused(tmp_path: Path) -> None:
    text = ORDERS_2017.read_bytes().decode("gb18030")
    header, first, rest = text.split("\r\n", 2)
    nick = first.split(",")[1]
    changed = first.replace(nick, '"someone-else"', 1)
    bad = tmp_path / "ExportOrderList.csv"
    bad.write_bytes((header + "\r\n" + first + "\r\n" + rest + changed + "\r\n").encode("gbk"))
    db = tmp_path / "shop.db"
    result = run_cli("import", str(bad), db=db)
    assert result.returncode == 2
    order_id = first.split(",")[0].strip('="')
    assert order_id in result.stderr and "rows 2 and" in result.stderr
    assert result.stderr.count("ExportOrderList.csv") == 1  # the message names it already
    assert status(db)["orders"] == 0


def test_protected_workbooks_need_the_password_file(tmp_path: Path, isolated_home: Path) -> None:
    db = tmp_path / "shop.db"
    protected = tmp_path / "ExportOrderList.xlsx"
    shutil.copy(DATA / "encrypted-shop123.xlsx", protected)
    refused = run_cli("import", str(protected), db=db)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    assert run_cli("import", str(protected), "--password-file", str(empty), db=db).returncode == 2
    password = tmp_path / "password.txt"
    password.write_bytes(b"shop123\r\nnot this line\n")
    result = run_cli("import", str(protected), "--password-file", str(password), db=db)
    assert result.returncode == 0, result.stderr
    assert status(db)["orders"] == SAMPLE_ORDERS
    assert "shop123" not in result.stdout + result.stderr
    for log in isolated_home.rglob("*.log*"):
        assert "shop123" not in log.read_text(encoding="utf-8", errors="replace")


def test_without_a_password_file_a_protected_workbook_says_how_to_give_one(
    tmp_path: Path,
) -> None:
    """The command line cannot ask for the password as the window does: it says where to
    put it."""
    db = tmp_path / "shop.db"
    protected = DATA / "encrypted-shop123.xlsx"
    result = run_cli("import", str(ORDERS_2017), str(protected), db=db)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "The file encrypted-shop123.xlsx cannot be imported, so nothing was imported.",
        "This Excel file is protected with a password. Put the password on the first line "
        "of a text file and run the command again with --password-file FILE.",
    ]
    assert status(db)["orders"] == 0


def test_import_is_refused_while_the_window_holds_the_store(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    assert run_cli("import", str(ITEMS_2017), db=db).returncode == 0
    before = table_dump(db)
    lock = WriterLock(db)
    assert lock.try_acquire()
    try:
        result = run_cli("import", str(ORDERS_2017), db=db)
        undo = run_cli("undo", "1", db=db)
    finally:
        lock.release()
    assert result.returncode == 2 and undo.returncode == 2
    assert "another window" in result.stderr
    assert table_dump(db) == before


@pytest.mark.slow
@pytest.mark.parametrize("first", [False, True], ids=["into-orders", "first-import"])
def test_a_killed_import_leaves_the_store_untouched_or_complete(
    tmp_path: Path, first: bool
) -> None:
    """Into an empty store the command line writes through a rollback journal instead of
    the WAL (``pages_written_once``): killed, it must be rolled back all the same."""
    from tests.samples import write_orders

    big = tmp_path / "ExportOrderList-big.csv"
    n_orders = 60_000
    write_orders(big, n_orders, 99, "2017")
    template = tmp_path / "template.db"
    if first:
        open_store(str(template)).close()  # an empty store
    else:
        assert run_cli("import", str(ORDERS_2017), db=template).returncode == 0
    before = table_dump(template)
    known = 0 if first else SAMPLE_ORDERS

    def attempt(name: str, kill_after: float | None) -> str:
        db = tmp_path / f"{name}.db"
        shutil.copy(template, db)
        command = [sys.executable, "-m", "shopcloser", "--db", str(db), "import", str(big)]
        process = subprocess.Popen(
            command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            process.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
        # The app opens it again (rolling back what the killed import left), in WAL mode.
        assert run_cli("status", db=db).returncode == 0
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        after = table_dump(db)
        if after == before:
            return "untouched"
        batch = 1 if first else 2
        assert len(after["import_batches"]) == batch, f"{name}: a half-written import"
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            orders = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
            new = conn.execute(
                "SELECT count(*) FROM orders WHERE first_batch_id = ?", (batch,)
            ).fetchone()
        assert (orders, new[0]) == (known + n_orders, n_orders), name
        return "complete"

    started = time.monotonic()
    assert attempt("whole", None) == "complete"
    whole = time.monotonic() - started
    # Kill it early, midway, while it builds indexes and settles orders, and at the end.
    outcomes = [
        attempt(f"killed{n}", whole * share) for n, share in enumerate((0.3, 0.6, 0.85, 0.97))
    ]
    assert outcomes[0] == "untouched"
    assert set(outcomes) <= {"untouched", "complete"}


def test_flagged_rows_and_unknown_statuses_are_printed(tmp_path: Path) -> None:
    from tests.samples import write_orders

    source = tmp_path / "source.csv"
    write_orders(source, 25, 5, "2017")
    text = source.read_bytes().decode("gb18030")
    # Every time in the file becomes a date that does not exist.
    text = re.sub(r'"20\d\d-\d\d-\d\d \d\d:\d\d:\d\d"', '"2020-13-45 99:00:00"', text)
    header, first, rest = text.split("\r\n", 2)
    status = next(s for s in ('"交易成功"', '"交易关闭"', '"等待买家付款"') if s in first)
    odd = tmp_path / "ExportOrderList.csv"
    odd.write_bytes(
        "\r\n".join([header, first.replace(status, '"神秘状态"', 1), rest]).encode("gbk")
    )
    result = run_cli("import", str(odd), db=tmp_path / "shop.db")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Rows to review (imported with what could be read): 25" in out
    assert "ExportOrderList.csv row 2: 订单创建时间 = '2020-13-45 99:00:00'" in out
    first_id = re.search(r'="(\d+)"', first)
    assert first_id is not None
    assert f"'2020-13-45 99:00:00' (order {first_id.group(1)})" in out  # to look it up
    assert out.count("ExportOrderList.csv row ") == 20
    assert "… and 5 more" in out
    assert "Unknown order status “神秘状态” (orders: 1)" in out
    # A row's problems are joined as the language writes them.
    assert "订单创建时间 = '2020-13-45 99:00:00'; 订单付款时间" in out
    chinese = run_cli("--lang", "zh_CN", "import", str(odd), db=tmp_path / "chinese.db").stdout
    assert "订单创建时间 = '2020-13-45 99:00:00'；订单付款时间" in chinese


def test_a_file_the_merchant_may_not_read_gets_a_translated_reason(tmp_path: Path) -> None:
    """The system's own words for it ("Permission denied") would reach a Chinese merchant
    in English. No file permission stops root, but a write-only kernel setting does."""
    if os.geteuid() == 0:
        locked = Path("/proc/sys/vm/drop_caches")  # mode 0200: not even root reads it
        if not locked.exists():
            pytest.skip("no file here that root may not read")
    else:
        locked = tmp_path / "orders.csv"
        shutil.copy(ORDERS_2017, locked)
        locked.chmod(0o000)
    result = run_cli("--lang", "zh_CN", "import", str(locked), db=tmp_path / "shop.db")
    assert result.returncode == 2, result.stderr
    assert "没有读取它的权限" in result.stderr
    assert "Permission denied" not in result.stderr


def test_rows_cut_short_are_listed_with_their_row_numbers(tmp_path: Path) -> None:
    lines = ORDERS_2017.read_bytes().decode("gbk").split("\r\n")
    lines[4] = ",".join(re.split(r',(?=["=])', lines[4])[:12])  # row 5: 12 of its 46 cells
    text = "\r\n".join(lines)
    cut = tmp_path / "ExportOrderList.csv"
    # ...and the download stopped inside the last cell of the last row (row 21).
    cut.write_bytes(text.encode("gbk")[: -len('"\r\n')])
    result = run_cli("import", str(cut), db=tmp_path / "shop.db")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"Orders added: {SAMPLE_ORDERS}" in out
    assert "Rows to review (imported with what could be read): 2" in out
    assert (
        "ExportOrderList.csv row 5: Incomplete row: only 12 of 46 columns "
        "(the file may be cut short)" in out
    )
    assert (
        "ExportOrderList.csv row 21: Incomplete row: the file ends inside its last cell "
        "(it may be cut short)" in out
    )


def test_unknown_statuses_count_the_orders_that_block_because_of_them(tmp_path: Path) -> None:
    """The order with an unknown status counts once, not once per row of both reports; a
    row without an order number is not counted; an unknown status only on an item of an
    order the order report calls 交易成功 is listed apart: it does not make it block."""
    items = rows_of_csv(ITEMS_2020_CSV)
    counts = Counter(row["主订单编号"] for row in items)
    several = max(counts, key=lambda key: counts[key])  # an order with several items
    assert counts[several] >= 2
    finished = next(row["主订单编号"] for row in items if counts[row["主订单编号"]] == 1)

    def odd_order(row: dict[str, str]) -> None:
        if row["订单编号"] == several:
            row["订单状态"] = "神秘状态"

    def odd_items(row: dict[str, str]) -> None:
        if row["主订单编号"] == several:
            row["订单状态"] = "神秘状态"
        elif row["主订单编号"] == finished:
            row["订单状态"] = "交易成功（已评价）"

    orders = rewrite_csv(ORDERS_2017, tmp_path / "orders.csv", odd_order)
    with orders.open("ab") as handle:
        handle.write('"合计：20笔订单"\r\n'.encode("gbk"))  # a footer: no order number
    item_file = rewrite_csv(ITEMS_2020_CSV, tmp_path / "items.csv", odd_items)
    db = tmp_path / "shop.db"
    result = run_cli("import", str(orders), str(item_file), db=db)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Unknown order status “神秘状态” (orders: 1): these orders count as blocking" in out
    assert "Unknown order status “交易成功（已评价）” on items only (orders: 1)" in out
    assert "“交易成功（已评价）” (orders:" not in out
    assert "“”" not in out
    with closing(sqlite3.connect(db)) as conn:
        stored = dict(conn.execute("SELECT order_id, blocking_reasons FROM orders").fetchall())
    assert stored[several[2:-1]] == "unknown_status" and stored[finished[2:-1]] == ""


def _outcome(db: Path) -> tuple[object, ...]:
    """What an import or an undo leaves (its times aside): orders, items, imports undone."""
    with closing(sqlite3.connect(db)) as conn:
        return (
            conn.execute("SELECT count(*) FROM orders").fetchone(),
            conn.execute("SELECT count(*) FROM order_items").fetchone(),
            conn.execute("SELECT id, undone_at IS NULL FROM import_batches").fetchall(),
        )


def _ctrl_c(command: list[str], after: float, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run ``command`` (a ShopCloser command) and press Ctrl-C ``after`` seconds in, as a
    terminal does: to every process of the command. Returns its exit code and stderr."""
    process = subprocess.Popen(
        [sys.executable, "-m", "shopcloser", *command],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, **(env or {})},
    )
    time.sleep(after)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert "Traceback" not in err and "internal error" not in err, out + err
    return process.returncode, err


@pytest.mark.slow
@pytest.mark.parametrize("helper", ["never", "always"])
def test_ctrl_c_stops_a_first_import_and_leaves_no_data_file(tmp_path: Path, helper: str) -> None:
    """Ctrl-C during the first import into a new data file: the merchant is told nothing
    was changed, and no empty data file is left for later commands to take for a store.
    With a helper process, Ctrl-C (which reaches it too) made the import hang, start
    again in one process and end with an internal error."""
    from tests.samples import write_orders

    big = tmp_path / "ExportOrderList-big.csv"
    write_orders(big, 40_000, 7, "2017")
    db = tmp_path / "new" / "shop.db"
    db.parent.mkdir()
    env = {"SHOPCLOSER_IMPORT_HELPER": helper}
    started = time.monotonic()
    assert run_cli("import", str(big), db=tmp_path / "timing.db", env=env).returncode == 0
    whole = time.monotonic() - started
    for share in (0.5, 0.8):
        code, err = _ctrl_c(["--db", str(db), "import", str(big)], whole * share, env)
        if code == 0:  # done before Ctrl-C came
            continue
        assert code == 2 and "nothing was changed." in err, err
        assert sorted(p.name for p in db.parent.iterdir()) == []


@pytest.mark.slow
@pytest.mark.parametrize("command", ["import", "undo"])
def test_after_ctrl_c_an_import_or_undo_says_what_it_did(tmp_path: Path, command: str) -> None:
    """Ctrl-C near the end of an import or an undo said "Interrupted: nothing was
    changed." (exit 2) about a change that had been saved: it came while the store was
    closed after the commit. Whenever it comes, what the command says is what happened."""
    from tests.samples import write_orders

    big = tmp_path / "ExportOrderList-big.csv"
    write_orders(big, 40_000, 7, "2017")
    template = tmp_path / "template.db"
    assert run_cli("import", str(ORDERS_2017), db=template).returncode == 0
    if command == "undo":
        assert run_cli("import", str(big), db=template).returncode == 0
    args = ["import", str(big)] if command == "import" else ["undo", "2"]
    db = tmp_path / "shop.db"
    shutil.copy(template, db)
    before = table_dump(db)
    started = time.monotonic()
    assert run_cli(*args, db=db).returncode == 0
    whole = time.monotonic() - started
    done = _outcome(db)
    outcomes = set()
    for share in (0.4, 0.7, 0.85, 0.95, 1.0):
        shutil.copy(template, db)
        code, err = _ctrl_c(["--db", str(db), *args], whole * share)
        if code == 0:
            assert _outcome(db) == done, share
            outcomes.add("done")
        else:
            assert code == 2 and "nothing was changed." in err, err
            assert table_dump(db) == before, share
            # Stopped by the command itself, not by Python's interrupt while loading.
            outcomes.add("cancelled" if "Cancelling…" in err else "interrupted")
    assert "cancelled" in outcomes  # the early ones at least


@pytest.mark.slow
def test_a_second_ctrl_c_stops_at_once_and_the_store_is_whole(tmp_path: Path) -> None:
    """A second Ctrl-C could land inside SQLite's call back into Python: the connection
    kept the store's lock, cleaning up waited for it, and the command ended 30 s later
    saying another command was writing."""
    from tests.samples import write_orders

    big = tmp_path / "ExportOrderList-big.csv"
    write_orders(big, 40_000, 7, "2017")
    db = tmp_path / "shop.db"
    assert run_cli("import", str(ORDERS_2017), db=db).returncode == 0
    before = table_dump(db)
    process = subprocess.Popen(
        [sys.executable, "-m", "shopcloser", "--db", str(db), "import", str(big)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "SHOPCLOSER_IMPORT_HELPER": "never"},
    )
    _wait_until_writing(db)  # a fixed wait ended in the libraries' loading on slow hosts
    os.killpg(process.pid, signal.SIGINT)
    time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGINT)
    started = time.monotonic()
    out, err = process.communicate(timeout=60)
    assert time.monotonic() - started < 5
    assert process.returncode == 2, out + err
    assert "Traceback" not in err and "busy" not in err
    assert "Stopped at once" in err or "Cancelled: nothing was changed." in err, err
    assert run_cli("status", db=db).returncode == 0  # rolled back on opening
    assert table_dump(db) == before


def _wait_until_writing(db: Path) -> None:
    """Until an import into ``db`` has written its first megabyte of rows."""
    wal = db.with_name(db.name + "-wal")
    deadline = time.monotonic() + 60
    while not (wal.exists() and wal.stat().st_size > 1_000_000):
        assert time.monotonic() < deadline, "the import never started writing"
        time.sleep(0.02)


_INTERRUPTIBLE = (
    "import os, signal, time\n"
    "from shopcloser.cli.interrupts import cancel_on_interrupt\n"
    "from shopcloser.services.progress import CancelToken\n"
    "token = CancelToken()\n"
    "with cancel_on_interrupt(\n"
    "    token, lambda: 'Cancelling', lambda: 'Stopped at once', lambda: 'Saving'\n"
    "):\n"
)


def _interruptible(inside: str, after: str) -> subprocess.CompletedProcess[str]:
    """A process whose lines ``inside`` (indented) run where Ctrl-C cancels ``token``, as
    a command that changes the store runs, and then the lines ``after``."""
    return subprocess.run(
        [sys.executable, "-c", _INTERRUPTIBLE + inside + after],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_second_ctrl_c_while_a_cancelled_command_ends_prints_no_traceback() -> None:
    """The second Ctrl-C of the test above sometimes came while the cancelled import was
    already unwinding, outside the part that takes Ctrl-C as Cancel: Python's own handler
    was back and printed a traceback from the file reader being closed. The same moment,
    made certain: Ctrl-C inside the part, the work stops, Ctrl-C again after it."""
    result = _interruptible(
        "    os.kill(os.getpid(), signal.SIGINT)\n    time.sleep(0.2)\n",
        "assert token.cancelled\n"
        "os.kill(os.getpid(), signal.SIGINT)  # the command unwinding\n"
        "time.sleep(5)\n"
        "print('not stopped')\n",
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["Cancelling", "Stopped at once"]
    assert "not stopped" not in result.stdout


def test_ctrl_c_once_the_change_is_saving_says_so() -> None:
    """Ctrl-C after the command's last check: it said "Cancelling…", then printed what it
    had saved. It says the change is being saved, and the command goes on to its end."""
    result = _interruptible(
        "    token.last_check()\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    time.sleep(0.2)\n"
        "    token.check()\n",
        "print('saved')\n",
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == ["Saving"]
    assert result.stdout == "saved\n"
