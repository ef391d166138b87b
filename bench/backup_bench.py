"""Backup workbook speed and memory against a bare openpyxl write-only pass.

For each size, generated seller-centre exports (order + item report of the same orders,
2020 CSV layout) are imported into a fresh store once. Then, each in its own process:

  openpyxl   the same sheets' rows (as the backup produces them) appended as plain values to
             an openpyxl write-only workbook and saved; only the time spent inside openpyxl
             (append + save) is counted: "a bare openpyxl write-only pass over the same rows";
  backup     ``write_backup`` of the store: reading the store, formula-safe typed cells,
             checksums, compression, atomic rename; split into writing (up to the
             read-back) and the read-back check that every backup makes;
  verify     ``verify_backup`` of the written file in a fresh process.

Seconds are wall time; peak RSS is that process's (``os.wait4``). Goals (issue 5): the
backup's writing at most 1.2x the openpyxl pass; verify no slower than the writing;
write-only mode keeps memory flat (under 500 MB at a million orders).

``python -m bench.backup_bench [--quick] [--sizes N …]``; ``main(quick)`` for ``python -m bench``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SIZES = (100_000, 200_000)
QUICK_SIZES = (5_000,)
SEED = 2020


# -- the cases, each run as ``python -m bench.backup_bench CASE DB OUT`` ---------------------


def case_openpyxl(db: Path, out: Path) -> dict[str, Any]:
    from datetime import datetime

    from openpyxl import Workbook

    from shopcloser.services.backup_labels import DEFAULT_LABELS
    from shopcloser.services.backup_sheets import build_sheets
    from shopcloser.store.database import open_store

    store = open_store(str(db))
    book = Workbook(write_only=True)
    inside = 0.0
    rows = 0
    clock = time.perf_counter
    with store.engine.connect() as conn, conn.begin():
        for sheet in build_sheets(conn, DEFAULT_LABELS, masked=False, now=datetime.now()):
            started = clock()
            ws = book.create_sheet(sheet.key)
            ws.append([c.title for c in sheet.columns])
            inside += clock() - started
            for row in sheet.rows():
                started = clock()
                ws.append(row)
                inside += clock() - started
                rows += 1
    started = clock()
    book.save(out)
    inside += clock() - started
    return {"seconds": inside, "rows": rows}


def case_backup(db: Path, out: Path) -> dict[str, Any]:
    from shopcloser.services.backup import write_backup
    from shopcloser.store.database import open_store

    store = open_store(str(db))
    marks: dict[str, float] = {}

    def progress(done: int, total: int | None, message: str) -> None:
        if message.startswith("Checking") and "checking" not in marks:
            marks["checking"] = time.perf_counter()

    started = time.perf_counter()
    result = write_backup(store, out, progress=progress)
    ended = time.perf_counter()
    checking = marks.get("checking", ended)
    return {
        "seconds": ended - started,
        "writing": checking - started,
        "checking": ended - checking,
        "rows": sum(p.rows for p in result.parts),
        "size_mb": out.stat().st_size / 1e6,
    }


def case_verify(db: Path, out: Path) -> dict[str, Any]:
    from shopcloser.services.backup_verify import verify_backup

    started = time.perf_counter()
    report = verify_backup(out)
    assert report.ok, report.differences
    return {"seconds": time.perf_counter() - started, "rows": sum(m.rows for m in report.manifest)}


CASES = {"openpyxl": case_openpyxl, "backup": case_backup, "verify": case_verify}


def _child(case: str, db: Path, out: Path) -> None:
    result = CASES[case](db, out)
    print("RESULT " + json.dumps(result))


# -- running -------------------------------------------------------------------------------


def _run(case: str, db: Path, out: Path) -> dict[str, Any]:
    """One case in its own process: its result, wall seconds and peak RSS in MB."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.backup_bench", "--case", case, str(db), str(out)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(f"{case} failed:\n{output}")
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    result: dict[str, Any] = json.loads(line[len("RESULT ") :])
    result["wall"] = wall
    result["peak_mb"] = usage.ru_maxrss / 1024  # KiB on Linux
    return result


def make_store(folder: Path, orders: int) -> Path:
    from shopcloser.services.importing import import_files
    from shopcloser.store.database import open_store
    from tests.samples import write_items, write_orders

    db = folder / "store.db"
    files = [folder / "ExportOrderList.csv", folder / "ExportOrderDetailList.csv"]
    write_orders(files[0], orders, SEED, "2020")
    write_items(files[1], orders, SEED, "2020")
    store = open_store(str(db))
    import_files(store, files)
    store.close()
    for file in files:
        file.unlink()
    return db


def bench(size: int) -> None:
    with tempfile.TemporaryDirectory(prefix="shopcloser-backup-bench-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        # In a child process: a child's peak RSS counts its parent's size at fork time.
        db = folder / "store.db"
        subprocess.run(
            [sys.executable, "-m", "bench.backup_bench", "--make-store", str(size), str(folder)],
            cwd=REPO,
            check=True,
        )
        print(f"\n{size:,} orders (store made in {time.perf_counter() - started:.0f} s)")
        bare = _run("openpyxl", db, folder / "bare.xlsx")
        backup = _run("backup", db, folder / "backup.xlsx")
        verify = _run("verify", db, folder / "backup.xlsx")
        ratio = backup["writing"] / bare["seconds"]
        rows = [
            ("openpyxl pass (inside openpyxl)", bare["seconds"], bare["peak_mb"], "1.00x"),
            ("backup: writing", backup["writing"], backup["peak_mb"], f"{ratio:.2f}x"),
            ("backup: read-back check", backup["checking"], None, ""),
            ("backup: whole command", backup["seconds"], None, ""),
            (
                "verify (fresh process)",
                verify["seconds"],
                verify["peak_mb"],
                f"{verify['seconds'] / backup['writing']:.2f}x of writing",
            ),
        ]
        print(f"  rows in all sheets: {backup['rows']:,}; workbook {backup['size_mb']:.1f} MB")
        print(f"  {'case':34} {'seconds':>8} {'peak MB':>8}  ratio")
        for name, seconds, peak, note in rows:
            peak_text = f"{peak:8.0f}" if peak is not None else " " * 8
            print(f"  {name:34} {seconds:8.1f} {peak_text}  {note}")
        goals = [
            ("writing <= 1.2x openpyxl", ratio <= 1.2),
            ("verify <= writing", verify["seconds"] <= backup["writing"]),
            ("backup peak < 500 MB", backup["peak_mb"] < 500),
        ]
        print("  goals: " + ", ".join(f"{g} {'met' if ok else 'MISSED'}" for g, ok in goals))


def main(quick: bool = False, sizes: tuple[int, ...] | None = None) -> None:
    """Run the backup bench (``quick``: one small size, to check that it works)."""
    print("== Backup workbook (issue 5)")
    for size in sizes or (QUICK_SIZES if quick else SIZES):
        bench(size)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.backup_bench")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sizes", type=int, nargs="*")
    parser.add_argument("--case", choices=sorted(CASES))
    parser.add_argument("--make-store", type=int, metavar="ORDERS")
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args()
    if args.case:
        _child(args.case, *args.paths)
    elif args.make_store:
        make_store(args.paths[0], args.make_store)
    else:
        main(args.quick, tuple(args.sizes) if args.sizes else None)
