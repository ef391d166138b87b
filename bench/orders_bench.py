"""Order reconciliation on a large store: the tab's speed and memory, and the services'.

A store of ``SIZE`` orders (1.3 items each, realistic widths: addresses, phones, titles,
unmodelled columns) is generated once with sqlite3 ``executemany`` straight into a store
created by ``open_store``, and kept in the temp folder for later runs.

The window is measured in a child process (so that its memory is its own): the orders
tab alone on the offscreen platform, timed from the action to the end of the first paint
that shows the new rows. While it runs, a 5 ms timer measures the longest time the GUI
thread did not answer ("longest stall"): counts and key lists run off the GUI thread.

Goals (issue 4): first rows ≤ 300 ms after opening the tab; a filter or search change
≤ 200 ms to repaint; jumping to the end ≤ 200 ms; marking 10,000 selected orders ≤ 1 s;
the view's memory ≤ 200 MB.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SIZE = 1_000_000
QUICK_SIZE = 50_000
MARKED = 10_000
SEED = 4

GOALS_MS = {
    "open tab → first rows": 300,
    "filter change": 200,
    "search change": 200,
    "rare text search": 200,
    "jump to end": 200,
    "mark 10,000 selected": 1000,
}
GOAL_MB = 200

_STATUSES = (
    ("TRADE_FINISHED", 800),
    ("TRADE_CLOSED", 60),
    ("TRADE_CLOSED_BY_TAOBAO", 50),
    ("WAIT_SELLER_SEND_GOODS", 30),
    ("WAIT_BUYER_CONFIRM_GOODS", 40),
    ("SELLER_CONSIGNED_PART", 5),
    ("WAIT_BUYER_PAY", 10),
    ("TRADE_BUYER_SIGNED", 3),
    ("UNKNOWN", 2),
)
_FINISHED = {"TRADE_FINISHED", "TRADE_CLOSED", "TRADE_CLOSED_BY_TAOBAO"}
_WORDS = [
    "韩版宽松显瘦连衣裙女",
    "纯棉短袖T恤",
    "高腰牛仔裤",
    "羊毛呢大衣",
    "针织开衫",
    "不锈钢保温杯500ml",
    "儿童益智积木玩具",
    "家用多功能料理机",
    "无线蓝牙耳机",
    "手机壳",
    "真皮钱包",
    "帆布双肩包",
    "加厚羽绒服",
    "防晒霜SPF50",
    "有机绿茶礼盒",
    "进口坚果零食大礼包",
    "运动跑步鞋",
    "保暖羊绒围巾",
]
_PROVINCES = (
    "浙江省 杭州市 西湖区",
    "广东省 深圳市 南山区",
    "江苏省 苏州市 姑苏区",
    "北京 北京市 朝阳区",
)


def _when(moment: datetime) -> str:
    return moment.isoformat(" ", "microseconds")


def make_store(path: Path, size: int, seed: int = SEED) -> None:
    """A store of ``size`` orders, schema from ``open_store``, rows by executemany."""
    sys.path.insert(0, str(REPO))
    from shopcloser.domain.closure import blocking_reasons
    from shopcloser.domain.statuses import RefundStatus, TradeStatus
    from shopcloser.store.database import open_store
    from shopcloser.store.search_index import refill_search_index

    open_store(str(path)).close()
    rnd = random.Random(seed)
    statuses = [code for code, weight in _STATUSES for _ in range(weight)]
    extras = [
        json.dumps(
            {
                "买家支付积分": str(rnd.randint(0, 99)),
                "运送方式": rnd.choice(("快递", "EMS", "平邮")),
                "是否手机订单": rnd.choice(("手机订单", "")),
                "发票抬头": rnd.choice(("", "个人", "杭州某某贸易有限公司")),
                "天猫卡券抵扣": "0",
                "集分宝抵扣": "0",
                "修改后的sku": "",
                "异常信息": "",
            },
            ensure_ascii=False,
        )
        for _ in range(500)
    ]
    end = datetime.now().replace(microsecond=0)
    step = timedelta(days=730) / size
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    # Row-by-row writes through the search index's triggers are slow: index at the end,
    # in one pass, as the import does.
    triggers = [
        sql for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")
    ]
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("PRAGMA synchronous=OFF")
    order_sql = (
        "INSERT INTO orders (order_id, status, status_text, buyer_nick, buyer_alipay, "
        "receiver_name, receiver_address, receiver_mobile, buyer_message, created_at, paid_at, "
        "shipped_at, confirmed_at, goods_amount, postage, total_amount, paid_amount, "
        "item_titles, item_count, extra, from_items_only, problems, blocking_reasons, handled) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,'[]',?,0)"
    )
    item_sql = (
        "INSERT INTO order_items (item_key, order_id, sub_order_id, line_no, title, price, "
        "quantity, merchant_code, status, status_text, refund_status, extra, problems) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,'{}','[]')"
    )
    orders: list[tuple[Any, ...]] = []
    items: list[tuple[Any, ...]] = []
    for number in range(size):
        order_id = str(2800000000000000 + number * 7919 + rnd.randint(0, 7000))
        status = statuses[rnd.randrange(len(statuses))]
        created = end - step * (size - number) - timedelta(days=1)
        paid = created + timedelta(minutes=rnd.randint(1, 90))
        unpaid = status in ("WAIT_BUYER_PAY", "TRADE_CLOSED_BY_TAOBAO")
        shipped = paid + timedelta(hours=rnd.randint(2, 60))
        confirmed = shipped + timedelta(days=rnd.randint(2, 10))
        finished = status == "TRADE_FINISHED"
        count = 1 if rnd.random() < 0.7 else 2
        refunds = []
        titles = []
        for line in range(1, count + 1):
            draw = rnd.random()
            refund = "NO_REFUND"
            if draw < 0.004:
                refund = "WAIT_SELLER_AGREE"
            elif draw < 0.006:
                refund = "WAIT_SELLER_CONFIRM_GOODS"
            elif draw < 0.04:
                refund = "SUCCESS"
            elif draw < 0.05:
                refund = "CLOSED"
            if status in _FINISHED and status != "TRADE_FINISHED" and refund.startswith("WAIT"):
                refund = "SUCCESS"
            refunds.append(refund)
            title = _WORDS[rnd.randrange(len(_WORDS))]
            titles.append(title)
            price = rnd.randint(990, 59900)
            items.append(
                (
                    f"{order_id}{line:02d}",
                    order_id,
                    f"{order_id}{line:02d}",
                    line,
                    title,
                    price,
                    rnd.randint(1, 3),
                    f"SKU-{rnd.randint(1000, 1999)}",
                    status,
                    status,
                    refund,
                )
            )
        reasons = ",".join(
            blocking_reasons(TradeStatus(status), [RefundStatus(r) for r in refunds])
        )
        amount = rnd.randint(990, 99900)
        orders.append(
            (
                order_id,
                status,
                status,
                f"tb{rnd.randint(10_000_000, 99_999_999)}",
                f"138{rnd.randint(10_000_000, 99_999_999)}",
                "王小明",
                f"{_PROVINCES[number % len(_PROVINCES)]} 文三路{number % 999}号 某某小区",
                f"1{rnd.randint(3_000_000_000, 9_999_999_999)}",
                "请尽快发货" if number % 13 == 0 else None,
                _when(created),
                None if unpaid else _when(paid),
                _when(shipped)
                if status not in ("WAIT_BUYER_PAY", "WAIT_SELLER_SEND_GOODS")
                else None,
                _when(confirmed) if finished and number % 3 else None,
                amount,
                0,
                amount,
                None if unpaid else amount,
                "，".join(titles),
                count,
                extras[number % len(extras)],
                reasons,
            )
        )
        if len(orders) >= 50_000:
            conn.executemany(order_sql, orders)
            conn.executemany(item_sql, items)
            orders.clear()
            items.clear()
    conn.executemany(order_sql, orders)
    conn.executemany(item_sql, items)
    for statement in triggers:
        conn.execute(statement)
    conn.commit()
    conn.close()
    store = open_store(str(path))
    with store.engine.begin() as sa_conn:
        refill_search_index(sa_conn)
    with store.engine.connect() as sa_conn:
        sa_conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def store_for(size: int) -> Path:
    folder = Path(tempfile.gettempdir()) / "shopcloser-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"orders-{size}.db"
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_name(path.name + ".part")
        for leftover in folder.glob(partial.name + "*"):
            leftover.unlink()
        make_store(partial, size)
        partial.rename(path)
        print(f"  generated {size:,} orders in {time.perf_counter() - started:.1f} s: {path}")
    return path


def reset_marks(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE orders SET handled = 0 WHERE handled = 1")
    conn.execute("DELETE FROM handled_marks")
    conn.commit()
    conn.close()


# -- the window, in a child process -------------------------------------------------------


def _rss_mb() -> float:
    with Path("/proc/self/status").open() as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def measure_window(db: str) -> dict[str, Any]:
    """Run in the child: open the orders tab on ``db`` and time what the merchant does."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from shopcloser.store.database import open_store
    from shopcloser.ui.state import AppState
    from shopcloser.ui.tabs.orders import OrdersTab

    app = QApplication.instance() or QApplication([sys.argv[0]])
    store = open_store(db)
    before = _rss_mb()
    state = AppState(store)
    tab = OrdersTab(state)
    tab.resize(1280, 860)

    class Watch(QObject):
        """Counts model changes and paints of the table, and the GUI thread's stalls."""

        def __init__(self) -> None:
            super().__init__()
            self.generation = 0
            self.painted: list[int] = []  # model generation at each paint
            self.with_rows = False  # a paint has shown rows
            self.last_tick = time.perf_counter()
            self.stall = 0.0
            self.stalls: dict[str, float] = {}

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.painted.append(self.generation)
                self.with_rows = self.with_rows or tab.model.rowCount() > 0
            return False

        def phase(self, name: str) -> None:
            """Keep the longest stall seen so far under ``name``, and start afresh."""
            self.tick()
            self.stalls[name] = self.stall * 1000
            self.stall = 0.0

        def bump(self, *_args: Any) -> None:
            self.generation += 1

        def tick(self) -> None:
            now = time.perf_counter()
            self.stall = max(self.stall, now - self.last_tick)
            self.last_tick = now

    watch = Watch()
    tab.table.viewport().installEventFilter(watch)
    tab.model.modelReset.connect(watch.bump)
    tab.model.rowsInserted.connect(watch.bump)
    tab.model.dataChanged.connect(watch.bump)
    ticker = QTimer()
    ticker.timeout.connect(watch.tick)
    ticker.start(5)

    def spin_until(done: Callable[[], bool], limit: float = 120.0) -> float:
        started = time.perf_counter()
        while not done():
            app.processEvents()
            if time.perf_counter() - started > limit:
                raise TimeoutError("the bench waited too long")
            time.sleep(0.0005)
        return time.perf_counter()

    def repaint_after(change: Callable[[], object]) -> float:
        """Milliseconds from ``change`` to the end of a paint showing the changed rows."""
        spin_until(lambda: not tab.is_busy())
        generation = watch.generation
        painted = len(watch.painted)
        started = time.perf_counter()
        change()
        ended = spin_until(lambda: any(g > generation for g in watch.painted[painted:]))
        return (ended - started) * 1000

    results: dict[str, Any] = {}
    started = time.perf_counter()
    tab.show()
    ended = spin_until(lambda: watch.with_rows)
    results["open tab → first rows"] = (ended - started) * 1000
    spin_until(lambda: not tab.is_busy())
    results["rows (blocking)"] = tab.model.rowCount()
    results["counts shown after open"] = (time.perf_counter() - started) * 1000
    watch.phase("opening")

    def choose(combo: Any, data: Any) -> Callable[[], None]:
        return lambda: combo.setCurrentIndex(combo.findData(data))

    with sqlite3.connect(db) as probe:
        found = probe.execute("SELECT order_id FROM orders ORDER BY rowid DESC LIMIT 1").fetchone()
        order_id = found[0] if found else "1"
    changes: list[tuple[str, str, Callable[[], object]]] = [
        ("filter change", "blocking → all", choose(tab.show_filter, "all")),
        ("filter change", "all → watch", choose(tab.show_filter, "watch")),
        ("filter change", "watch → handled", choose(tab.show_filter, "handled")),
        ("filter change", "handled → all", choose(tab.show_filter, "all")),
        (
            "filter change",
            "status: waiting to ship",
            choose(tab.status_filter, "WAIT_SELLER_SEND_GOODS"),
        ),
        ("filter change", "refund: any open", choose(tab.refund_filter, "open")),
        (
            "filter change",
            "back to any status/refund",
            lambda: (choose(tab.status_filter, "")(), choose(tab.refund_filter, "")()),
        ),
        ("search change", "item title 保温杯 (common)", lambda: tab.search.setText("保温杯")),
        ("search change", "a whole order number", lambda: tab.search.setText(order_id)),
        ("search change", "cleared", lambda: tab.search.setText("")),
        ("rare text search", "buyer nick (trigram index)", lambda: tab.search.setText("tb1234567")),
        (
            "rare text search",
            "digits from inside an order number",
            lambda: tab.search.setText(order_id[6:13]),
        ),
        ("short text search", "two characters no order has", lambda: tab.search.setText("鲸鱼")),
    ]
    detail: list[tuple[str, str, float]] = []
    for kind, label, change in changes:
        detail.append((kind, label, repaint_after(change)))
        spin_until(lambda: not tab.is_busy())
        watch.phase(label)
    for kind in ("filter change", "search change", "rare text search", "short text search"):
        results[kind] = max(ms for k, _label, ms in detail if k == kind)
    results["detail"] = detail

    repaint_after(lambda: tab.search.setText(""))  # back to every order for what follows
    spin_until(lambda: not tab.is_busy())
    results["rows (all)"] = tab.model.rowCount()
    painted = len(watch.painted)
    started = time.perf_counter()
    tab.table.scrollToBottom()
    ended = spin_until(lambda: len(watch.painted) > painted)
    results["jump to end"] = (ended - started) * 1000
    watch.phase("jump to end")

    tab.table.scrollToTop()
    spin_until(lambda: not tab.is_busy())
    selection = QItemSelection(
        tab.model.index(0, 0), tab.model.index(MARKED - 1, tab.model.columnCount() - 1)
    )
    tab.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    started = time.perf_counter()
    tab.mark_with("shipped", keys=tab.selected_keys(), by="bench")
    ended = spin_until(lambda: bool(tab.message.text()))
    results["mark 10,000 selected"] = (ended - started) * 1000
    spin_until(lambda: not tab.is_busy())
    results["mark → view and counts refreshed"] = (time.perf_counter() - started) * 1000
    watch.phase("marking")
    results["view memory MB"] = _rss_mb() - before
    results["longest GUI stall"] = max(watch.stalls.values())
    results["stalls"] = watch.stalls
    ticker.stop()
    tab.close()
    store.close()
    return results


# -- services, in this process ------------------------------------------------------------


def measure_services(db: Path) -> list[tuple[str, float]]:
    sys.path.insert(0, str(REPO))
    from shopcloser.services.order_counts import filter_counts
    from shopcloser.services.orders import (
        OrderFilter,
        OrderQuery,
        SortColumn,
        first_keys,
        order_ids_for_keys,
        order_keys,
    )
    from shopcloser.services.readiness import readiness
    from shopcloser.services.reconciliation_report import write_report
    from shopcloser.store.database import open_store

    store = open_store(str(db))
    rows: list[tuple[str, float]] = []

    def timed(label: str, job: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        result = job()
        rows.append((label, (time.perf_counter() - started) * 1000))
        return result

    everything = OrderQuery(filter=OrderFilter.ALL)
    timed("first keys, all orders", lambda: first_keys(store, everything, 150))
    timed("every key, all orders", lambda: order_keys(store, everything))
    timed("every key, blocking", lambda: order_keys(store, OrderQuery()))
    timed(
        "every key, all by amount",
        lambda: order_keys(store, OrderQuery(filter=OrderFilter.ALL, sort=SortColumn.AMOUNT)),
    )
    timed(
        "first keys, by refund state",
        lambda: first_keys(
            store, OrderQuery(filter=OrderFilter.ALL, sort=SortColumn.REFUND, descending=True), 150
        ),
    )
    timed("counts, no search", lambda: filter_counts(store, OrderQuery()))
    timed("counts, with a search", lambda: filter_counts(store, OrderQuery(search="保温杯")))
    timed("readiness header", lambda: readiness(store))
    keys = order_keys(store, everything)[:MARKED]
    ids = timed("10,000 keys → order ids", lambda: order_ids_for_keys(store, keys))
    from shopcloser.services.marks import mark_orders, undo_mark

    result = timed("mark 10,000 orders (service)", lambda: mark_orders(store, ids, "shipped"))
    timed("undo that marking", lambda: undo_mark(store, result))
    report = Path(tempfile.gettempdir()) / "shopcloser-bench" / "report.xlsx"
    listed = timed(
        "report, orders that blocked", lambda: write_report(store, report, only_blocking=True)
    )
    rows.append((f"  (orders in that report: {listed:,})", 0.0))
    store.close()
    return rows


def main(quick: bool = False) -> None:
    from tests.screen import offscreen_desktop

    size = QUICK_SIZE if quick else SIZE
    print(f"\nOrder reconciliation, {size:,} orders (offscreen)")
    db = store_for(size)
    reset_marks(db)
    child = subprocess.run(
        [sys.executable, "-m", "bench.orders_bench", "window", str(db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": offscreen_desktop()},
        check=False,
    )
    if child.returncode != 0:
        print(child.stderr)
        raise SystemExit("the window bench failed")
    window = json.loads(child.stdout.strip().splitlines()[-1])
    reset_marks(db)
    print(f"  {'measure':<40} {'ms':>9}  goal")
    for label in GOALS_MS:
        ms = window[label]
        verdict = "ok" if ms <= GOALS_MS[label] else "OVER"
        print(f"  {label:<40} {ms:9.0f}  ≤ {GOALS_MS[label]} {verdict}")
    memory = window["view memory MB"]
    verdict = "ok" if memory <= GOAL_MB else "OVER"
    print(f"  {'view memory (MB)':<40} {memory:9.0f}  ≤ {GOAL_MB} {verdict}")
    for label in (
        "short text search",
        "longest GUI stall",
        "counts shown after open",
        "mark → view and counts refreshed",
    ):
        print(f"  {label:<40} {window[label]:9.0f}")
    print(f"  rows: {window['rows (blocking)']:,} blocking, {window['rows (all)']:,} in all")
    for kind, label, ms in window["detail"]:
        print(f"    {kind}: {label:<32} {ms:7.0f}")
    print("  longest GUI stall in each step (ms):")
    print("    " + ", ".join(f"{name} {ms:.0f}" for name, ms in window["stalls"].items()))
    print("  services:")
    for label, ms in measure_services(db):
        print(f"    {label:<38} {ms:9.0f}" if ms else f"    {label}")
    reset_marks(db)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "window":
        print(json.dumps(measure_window(sys.argv[2]), ensure_ascii=False))
    else:
        main(quick="--quick" in sys.argv)
