"""Does the window stay responsive during a large import? (goal: no gap over 100 ms)

A real ``MainWindow`` runs offscreen on a fresh store and imports a generated order +
item report (2017 CSV layout) through ``window.import_files([...])``, exactly as a drop
would. A 10 ms ``QTimer`` ticks on the GUI thread meanwhile; the longest gap between two
ticks is how long the window would have been frozen. The probe runs in its own process
with an isolated home, so it neither reads nor writes the merchant's settings.

``python -m bench.gui_stall [--quick] [ORDERS]``; ``GUI_STALL_DEBUG=1`` prints every gap over
half the goal with its time since the import started; ``GUI_STALL_FILES=DIR`` generates the
exports into DIR once and reuses them.

``python -m bench.gui_stall --window [ORDERS …]`` (default 60,000 and 200,000; part of
``main``): the window after the import and on the store it made. With the order
reconciliation tab shown, the pair is imported (a 5 ms timer; the longest gap during the
import, and from its end until the tab has its rows and counts again); then, in a fresh
window on that store, the tab is opened for the first time and every filter and a few
searches are changed, each measured until its counts arrive: the longest gap, the time
to the first paint of the new rows, and the time until every background query answered.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.import_bench import isolated_env
from bench.markdown import print_markdown_table

REPO = Path(__file__).resolve().parent.parent
ORDERS = 100_000
QUICK_ORDERS = 5_000
SEED = 2017
TICK_MS = 10
GOAL_MS = 100
WINDOW_SIZES = (60_000, 200_000)
QUICK_WINDOW_SIZES = (5_000,)
WINDOW_TICK_MS = 5


def probe(db: Path, files: list[Path]) -> None:
    """Run in the child process: import through the window and print the tick gaps."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from shopcloser.store.database import open_store
    from shopcloser.ui.application import create_application
    from shopcloser.ui.dialogs.import_summary_dialog import ImportSummaryDialog
    from shopcloser.ui.main_window import MainWindow

    app = create_application("en")
    window = MainWindow(open_store(str(db)))
    window.show()
    gaps: list[float] = []
    clock = QElapsedTimer()
    state = {"last": 0.0, "started": 0.0, "finished": 0.0}

    def summary_shown() -> bool:
        return any(
            isinstance(w, ImportSummaryDialog) and w.isVisible() for w in app.topLevelWidgets()
        )

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if state["started"]:
            gaps.append(now - state["last"])
            if gaps[-1] > GOAL_MS / 2 and os.environ.get("GUI_STALL_DEBUG"):
                print(f"gap {gaps[-1]:.0f} ms at {now - state['started']:.0f} ms", flush=True)
        state["last"] = now
        if state["started"] and summary_shown():
            state["finished"] = now
            app.quit()

    def begin() -> None:
        state["started"] = state["last"] = clock.nsecsElapsed() / 1e6
        window.import_files(files)

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    # Let the window settle (first paint, first background count) before importing.
    QTimer.singleShot(1000, begin)
    QTimer.singleShot(600_000, app.quit)
    app.exec()
    timer.stop()
    seconds = (state["finished"] - state["started"]) / 1000
    ordered = sorted(gaps)
    p99 = ordered[int(len(ordered) * 0.99)] if ordered else 0.0
    over = sum(1 for g in gaps if g > GOAL_MS)
    print(
        f"import {seconds:.1f} s, {len(gaps)} ticks, longest gap {max(gaps, default=0):.0f} ms, "
        f"median {statistics.median(gaps) if gaps else 0:.0f} ms, 99th percentile {p99:.0f} ms, "
        f"{over} gaps over {GOAL_MS} ms"
    )
    window.close()


# -- the window after an import, and the orders tab on a large store ----------------------


class _Script:
    """Runs ``steps`` (a generator yielding conditions to wait for) on a 5 ms timer of the
    GUI thread, keeping every gap between two ticks with the time it ended. A step names
    the phase that starts with :meth:`phase`; a gap belongs to the phase it ended in."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer

        self.clock = QElapsedTimer()
        self.clock.start()
        self.gaps: list[tuple[float, float]] = []  # (ended at, ms)
        self.phases: list[tuple[float, str]] = []
        self.times: dict[str, dict[str, float]] = {}

    def now(self) -> float:
        return self.clock.nsecsElapsed() / 1e6

    def phase(self, name: str) -> None:
        self.phases.append((self.now(), name))
        self.times[name] = {}

    def note(self, what: str) -> None:
        """Milliseconds from the start of the current phase to now, under ``what``."""
        started, name = self.phases[-1]
        self.times[name].setdefault(what, self.now() - started)

    def run(self, steps: Any, limit_ms: float = 900_000) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        assert app is not None
        last = [self.now()]
        waiting: list[Any] = [lambda: True]

        def tick() -> None:
            now = self.now()
            self.gaps.append((now, now - last[0]))
            if os.environ.get("GUI_STALL_DEBUG") and now - last[0] > GOAL_MS / 2:
                label = self.phases[-1][1] if self.phases else "-"
                print(f"gap {now - last[0]:.0f} ms in {label!r}", file=sys.stderr, flush=True)
            try:
                while waiting[0]():
                    waiting[0] = next(steps)
            except StopIteration:
                timer.stop()
                app.quit()
            except BaseException:
                timer.stop()
                app.exit(1)
                raise
            finally:
                last[0] = self.now()

        timer = QTimer()
        timer.setInterval(WINDOW_TICK_MS)
        timer.timeout.connect(tick)
        timer.start()
        QTimer.singleShot(int(limit_ms), app.quit)
        if app.exec():
            raise SystemExit("the probe's script failed")

    def results(self) -> list[dict[str, Any]]:
        rows = []
        bounds = [*self.phases, (float("inf"), "")]
        for (start, name), (end, _next) in itertools.pairwise(bounds):
            if name.startswith("("):
                continue  # settling, not measured
            inside = [ms for ended, ms in self.gaps if start < ended <= end]
            rows.append({"case": name, "longest": max(inside, default=0.0), **self.times[name]})
        return rows


def _after(script: _Script, ms: float) -> Any:
    until = script.now() + ms
    return lambda: script.now() >= until


def _quiet(script: _Script, tab: Any, ms: float = 300) -> Any:
    """True once ``tab`` has had no query running for ``ms``."""
    since = [script.now()]

    def done() -> bool:
        if tab.is_busy() or tab.model.is_loading():
            since[0] = script.now()
            return False
        if script.now() - since[0] < ms:
            return False
        started, name = script.phases[-1]
        script.times[name]["idle"] = since[0] - started  # the last tick it was busy
        return True

    return done


class _Painted:
    """Whether the orders table painted since the model last changed (the rows shown)."""

    def __init__(self, tab: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        outer = self

        class Filter(QObject):
            def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and outer.changed:
                    outer.changed = False
                    outer.paints += 1
                return False

        self.changed = False
        self.paints = 0
        self.filter = Filter()
        tab.table.viewport().installEventFilter(self.filter)
        for signal in (tab.model.modelReset, tab.model.rowsInserted, tab.model.dataChanged):
            signal.connect(self._bump)

    def _bump(self, *_args: Any) -> None:
        self.changed = True

    def after(self, script: _Script) -> Any:
        """A condition: the table painted changed rows since now (noted as "rows")."""
        self.changed = False
        paints = self.paints

        def done() -> bool:
            if self.paints > paints:
                script.note("rows")
                return True
            return False

        return done


def probe_after_import(db: Path, files: list[Path]) -> None:
    """Child: import with the orders tab shown; the gaps during it and after its end."""
    from shopcloser.loading import libraries_loading

    with libraries_loading():  # as the program loads them (the collector set aside)
        from shopcloser.store.database import open_store
        from shopcloser.ui.application import create_application
        from shopcloser.ui.main_window import MainWindow

    create_application("en")
    window = MainWindow(open_store(str(db)))
    window.tabs.setCurrentWidget(window.orders)
    window.show()
    tab = window.orders
    script = _Script()
    painted = _Painted(tab)
    rows: list[Any] = []
    after = "after the import, until rows and counts"

    def import_ended(_what: object) -> None:
        # The gap the import's end falls in belongs to what follows; the new rows may be
        # painted before the script's next tick.
        if not rows:
            script.phase(after)
            rows.append(painted.after(script))

    window.state.changed.connect(import_ended)

    def steps() -> Any:
        script.phase("(the window settles)")
        yield _after(script, 1000)
        yield _quiet(script, tab)
        script.phase("import, until its summary")
        window.import_files(files)
        yield lambda: bool(rows)
        yield rows[0]
        yield _quiet(script, tab)
        yield _after(script, 500)

    script.run(steps())
    print(json.dumps(script.results()))
    window.close()


def probe_tab(db: Path, search: str) -> None:
    """Child: a fresh window on ``db``: open the orders tab, change each filter, search."""
    from shopcloser.loading import libraries_loading

    with libraries_loading():  # as the program loads them (the collector set aside)
        from shopcloser.store.database import open_store
        from shopcloser.ui.application import create_application
        from shopcloser.ui.main_window import MainWindow

    create_application("en")
    store = open_store(str(db))
    window = MainWindow(store)
    window.tabs.setCurrentWidget(window.overview)
    window.show()
    tab = window.orders
    script = _Script()
    painted = _Painted(tab)
    with sqlite3.connect(db) as conn:
        found = conn.execute("SELECT order_id FROM orders ORDER BY rowid DESC LIMIT 1").fetchone()
    order_id = found[0] if found else "1"

    def choose(combo: Any, data: Any) -> Any:
        return lambda: combo.setCurrentIndex(combo.findData(data))

    def enter(text: str) -> Any:
        def typed() -> None:
            tab.search.setText(text)
            tab.filters.timer.stop()  # as Enter does: no 60 ms wait for more keys
            tab.apply_filters()

        return typed

    changes = [
        ("filter: blocking → all", choose(tab.show_filter, "all")),
        ("filter: all → watch", choose(tab.show_filter, "watch")),
        ("filter: watch → handled", choose(tab.show_filter, "handled")),
        ("filter: handled → all", choose(tab.show_filter, "all")),
        ("filter: status waiting to ship", choose(tab.status_filter, "WAIT_SELLER_SEND_GOODS")),
        ("filter: refund any open", choose(tab.refund_filter, "open")),
        ("filter: any status", choose(tab.status_filter, "")),
        ("filter: any refund", choose(tab.refund_filter, "")),
        (f"search: {search}", enter(search)),
        ("search: a whole order number", enter(order_id)),
        ("search: cleared", enter("")),
    ]

    def steps() -> Any:
        script.phase("(the window settles)")
        yield _after(script, 1500)
        script.phase("open the orders tab")
        rows = painted.after(script)
        window.tabs.setCurrentWidget(tab)
        yield rows
        yield _quiet(script, tab)
        for name, change in changes:
            script.phase(name)
            rows = painted.after(script)
            change()
            yield rows
            yield _quiet(script, tab)

    script.run(steps())
    print(json.dumps(script.results(), ensure_ascii=False))
    window.close()
    store.close()


def window_cases(sizes: Sequence[int]) -> None:
    """The after-import and tab cases for each size; one Markdown table each."""
    sys.path.insert(0, str(REPO))
    from tests.samples import write_items, write_orders

    for orders in sizes:
        with tempfile.TemporaryDirectory(prefix="shopcloser-gui-stall-") as tmp:
            folder = Path(tmp)
            keep = os.environ.get("GUI_STALL_FILES")
            where = Path(keep) if keep else folder
            files = [where / f"gui-stall-{orders}-{n}.csv" for n in ("orders", "items")]
            if not all(f.exists() for f in files):
                print(f"Generating {orders:,} orders …", file=sys.stderr, flush=True)
                write_orders(files[0], orders, SEED, "2017")
                write_items(files[1], orders, SEED, "2017")
            db = folder / "shop.db"
            rows = []
            for mode, arguments in (
                ("--after-import", [str(db), *map(str, files)]),
                ("--tab", [str(db), "保温杯"]),
            ):
                output = _run_probe([mode, *arguments], folder / "home")
                rows.extend(json.loads(output.strip().splitlines()[-1]))
        print(
            f"\nThe window after importing {orders:,} orders + items, and on that store "
            f"({WINDOW_TICK_MS} ms timer; goal: no gap over {GOAL_MS} ms)\n"
        )

        def ms(row: dict[str, Any], key: str) -> str:
            return f"{row[key]:.0f}" if key in row else "—"

        print_markdown_table(
            ["case", "longest gap ms", "rows painted ms", "all answered ms"],
            [[r["case"], ms(r, "longest"), ms(r, "rows"), ms(r, "idle")] for r in rows],
        )


def _run_probe(arguments: list[str], home: Path) -> str:
    """Run this module's probe in a process of its own (a fresh home); its standard output."""
    result = subprocess.run(
        [sys.executable, "-m", "bench.gui_stall", *arguments],
        env=isolated_env(home),
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the GUI probe failed:\n{result.stderr[-2000:]}")
    return result.stdout


def main(quick: bool = False, orders: int | None = None) -> None:
    orders = orders or (QUICK_ORDERS if quick else ORDERS)
    sys.path.insert(0, str(REPO))
    from tests.samples import write_items, write_orders

    with tempfile.TemporaryDirectory(prefix="shopcloser-gui-stall-") as tmp:
        folder = Path(tmp)
        files = [folder / "ExportOrderList.csv", folder / "ExportOrderDetailList.csv"]
        keep = os.environ.get("GUI_STALL_FILES")  # a folder to generate into once and reuse
        if keep:
            files = [Path(keep) / f"gui-stall-{orders}-{f.name}" for f in files]
        if not all(f.exists() for f in files):
            print(f"Generating {orders:,} orders …", file=sys.stderr, flush=True)
            write_orders(files[0], orders, SEED, "2017")
            write_items(files[1], orders, SEED, "2017")
        started = time.perf_counter()
        output = _run_probe(["--probe", str(folder / "shop.db"), *map(str, files)], folder / "home")
        print(f"\nGUI during an import of {orders:,} orders + items ({TICK_MS} ms timer)")
        print(output.strip().splitlines()[-1])
        whole = time.perf_counter() - started
        print(f"goal: longest gap at most {GOAL_MS} ms (whole probe {whole:.0f} s)")
    window_cases(QUICK_WINDOW_SIZES if quick else WINDOW_SIZES)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--after-import":
        probe_after_import(Path(sys.argv[2]), [Path(a) for a in sys.argv[3:]])
    elif len(sys.argv) > 2 and sys.argv[1] == "--tab":
        probe_tab(Path(sys.argv[2]), sys.argv[3])
    elif "--window" in sys.argv:
        window_cases([int(a) for a in sys.argv[1:] if a.isdigit()] or WINDOW_SIZES)
    elif len(sys.argv) > 2 and sys.argv[1] == "--probe":
        probe(Path(sys.argv[2]), [Path(a) for a in sys.argv[3:]])
    else:
        sizes = [a for a in sys.argv[1:] if a.isdigit()]
        main(quick="--quick" in sys.argv, orders=int(sizes[0]) if sizes else None)
