"""Time the installed app from launch to a visible window, as a merchant waits for it.

    xvfb-run -a .venv/bin/python packaging/linux/cold_start.py /usr/bin/shopcloser --db X

Runs the command five times with SHOPCLOSER_EXIT_AFTER_SHOW=1 (the app prints "shown"
and quits once its window is visible) and prints the median wall-clock time from starting
the process to that line. Before each "cold" run the kernel's file cache is dropped, when
this runs as root and the kernel allows it, so the bundle is read from disk as on the
first start after a reboot; "warm" runs follow with the cache kept.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 5
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def drop_file_cache() -> bool:
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def time_to_window(command: list[str]) -> float:
    env = dict(os.environ, SHOPCLOSER_EXIT_AFTER_SHOW="1")
    start = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("shown "):
                elapsed = time.perf_counter() - start
                break
        else:
            raise SystemExit(f"{command[0]} exited without showing its window")
        if proc.wait(timeout=30) != 0:
            raise SystemExit(f"{command[0]} exited with code {proc.returncode}")
    return elapsed


def main(argv: list[str]) -> int:
    if not argv:
        raise SystemExit(__doc__)
    cold: list[float] = []
    dropped = True
    for _ in range(RUNS):
        dropped = drop_file_cache() and dropped
        cold.append(time_to_window(argv))
    warm = [time_to_window(argv) for _ in range(RUNS)]
    label = "cold start" if dropped else "start (file cache could not be dropped)"
    print(
        f"{label}, median of {RUNS}: {statistics.median(cold):.2f} s "
        f"(runs: {', '.join(f'{t:.2f}' for t in cold)})"
    )
    print(f"warm start, median of {RUNS}: {statistics.median(warm):.2f} s")
    print(f"COLD_START_SECONDS={statistics.median(cold):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
