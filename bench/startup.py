"""Cold start to a visible main window, median of several runs (goal: at most 1.0 s).

Each run is a fresh process on an existing store, timed from spawn until the window
reports its first expose event; the app prints that moment and quits
(SHOPCLOSER_EXIT_AFTER_SHOW). The floor beside it is a bare PySide6 window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.installed import compile_bytecode

FLOOR = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); w.show()
QTimer.singleShot(0, lambda: (print('shown', flush=True), app.quit()))
app.exec()
"""


def _time_to_shown(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{command} never showed a window")
    process.wait(timeout=30)
    process.stdout.close()
    return elapsed


def main(quick: bool = False) -> None:
    runs = 3 if quick else 7
    from tests.screen import offscreen_desktop

    env = {**os.environ, "SHOPCLOSER_EXIT_AFTER_SHOW": "1"}
    if env.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        env["QT_QPA_PLATFORM"] = offscreen_desktop()  # the window at its desktop size
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "shop.db"
        app = [sys.executable, "-m", "shopcloser", "--db", str(db)]
        _time_to_shown(app, env)  # creates the store and warms the file cache
        cases = {
            "bare PySide6 window (floor)": [sys.executable, "-c", FLOOR],
            "ShopCloser main window": app,
        }
        print(
            f"\nStartup to visible window ({runs} runs, QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']})"
        )
        print(f"{'case':<32}{'median s':>10}{'min s':>8}{'max s':>8}")
        for name, command in cases.items():
            times = [_time_to_shown(command, env) for _ in range(runs)]
            print(
                f"{name:<32}{statistics.median(times):>10.3f}{min(times):>8.3f}{max(times):>8.3f}"
            )
        print("goal: ShopCloser median at most 1.0 s")


if __name__ == "__main__":
    main(quick="--quick" in sys.argv)
