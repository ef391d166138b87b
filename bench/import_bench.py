"""Import speed and memory against the floor, pandas, calamine and openpyxl, side by side.

For each size, generated seller-centre exports (order report + item report of the same
orders) in the 2017 CSV layout and the 2020 xlsx layout are imported by:

CSV:  floor   the csv module + sqlite3 executemany of the same rows into one table per file
              (every column as text, ids freed from their ="…" wrapping, the order id as
              primary key), in a fresh SQLite file written as a first import writes the
              store: the store's page size and SQLite's own rollback journal (until the
              eighth pass the floor used WAL mode and 4 KB pages, 15-20 % slower);
      pandas  read_csv(dtype=str) + the same id clean-up + to_sql into a fresh SQLite
              file set up the same way;
      shopcloser  ``python -m shopcloser --db NEW import ORDERS ITEMS`` as a whole process.
xlsx: calamine  a bare python-calamine pass over every row of both workbooks (no store);
      calamine-stream  the same pass streamed by python-calamine-plus, the reader the
                  import uses (shown beside it; the goal is against python-calamine);
      openpyxl    an openpyxl read-only pass over every row of both workbooks;
      shopcloser  the same CLI import of the two workbooks.

Every case runs in its own process; seconds are wall time, peak RSS is that process's
(``os.wait4``). Ratios are to the CSV floor and to the calamine pass respectively.
Goals (issue 3): CSV at most 1.5x the floor and faster than pandas; xlsx at most 1.3x
calamine and at least 5x faster than openpyxl; 1M orders under 400 MB.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench.installed import compile_bytecode
from bench.markdown import print_markdown_table

REPO = Path(__file__).resolve().parent.parent
SIZES = (200_000, 1_000_000)
QUICK_SIZES = (10_000,)
SEED = 2017
RANGES = 4  # periods a merchant exports separately (the seller centre limits the range)
PAGE = os.sysconf("SC_PAGE_SIZE")
# shopcloser.store.database.PAGE_SIZE (a test checks), not imported: the floor's own
# process would load SQLAlchemy.
STORE_PAGE_SIZE = 16_384


@dataclass
class Result:
    case: str
    rows: int
    seconds: float
    peak_mb: float
    ratio: float | None = None


# -- the cases that are not ShopCloser, each run as ``python -m bench.import_bench CASE …`` --


def _unwrap(value: str) -> str:
    if value.startswith('="') and value.endswith('"'):
        return value[2:-1]
    return value


def _fresh_sqlite(db: Path) -> sqlite3.Connection:
    """A new SQLite file as a first import writes the store (see the module's doc)."""
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA page_size={STORE_PAGE_SIZE}")
    conn.execute("PRAGMA synchronous=FULL")  # SQLite's default, and the store's
    return conn


def case_floor(db: Path, files: list[Path]) -> int:
    conn = _fresh_sqlite(db)
    total = 0
    for number, path in enumerate(files):
        with path.open(encoding="gb18030", newline="") as handle:
            reader = csv.reader(handle)
            headers = [h.strip() for h in next(reader)]
            width = len(headers)
            columns = ", ".join(f'"{h}" TEXT' for h in headers)
            key = " PRIMARY KEY" if number == 0 else ""
            columns = columns.replace(" TEXT", f" TEXT{key}", 1)
            conn.execute(f"CREATE TABLE t{number} ({columns})")
            sql = f"INSERT INTO t{number} VALUES ({','.join('?' * width)})"
            batch: list[list[str]] = []
            for row in reader:
                row = row[:width]
                row[0] = _unwrap(row[0])
                batch.append(row)
                if len(batch) >= 10_000:
                    conn.executemany(sql, batch)
                    total += len(batch)
                    batch = []
            conn.executemany(sql, batch)
            total += len(batch)
    conn.commit()
    conn.close()
    return total


def case_pandas(db: Path, files: list[Path]) -> int:
    import pandas as pd

    conn = _fresh_sqlite(db)
    total = 0
    for number, path in enumerate(files):
        frame = pd.read_csv(path, encoding="gb18030", dtype=str, keep_default_na=False)
        frame.columns = [str(c).strip() for c in frame.columns]
        first = frame.columns[0]
        frame[first] = frame[first].str.removeprefix('="').str.removesuffix('"')
        frame.to_sql(f"t{number}", conn, index=False, chunksize=10_000)
        total += len(frame)
    conn.commit()
    conn.close()
    return total


def case_calamine(files: list[Path]) -> int:
    from python_calamine import CalamineWorkbook

    total = 0
    for path in files:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        for _row in sheet.iter_rows():
            total += 1
        total -= 1  # the header
    return total


def case_calamine_stream(files: list[Path]) -> int:
    """The reader the import uses: python-calamine-plus streaming rows, nothing stored."""
    from python_calamine_plus import CalamineWorkbook

    total = 0
    for path in files:
        workbook = CalamineWorkbook.from_path(str(path))
        for _row in workbook.stream_sheet_by_index(0):
            total += 1
        total -= 1
    return total


def case_openpyxl(files: list[Path]) -> int:
    import openpyxl

    total = 0
    for path in files:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for _row in workbook.worksheets[0].iter_rows(values_only=True):
            total += 1
        workbook.close()
        total -= 1
    return total


# -- running and timing ----------------------------------------------------------------------


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            proc = Path(f"/proc/{current}")
            total += int((proc / "statm").read_text().split()[1]) * PAGE
            for task in (proc / "task").iterdir():
                pending += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


class _TreeMemory(threading.Thread):
    """Samples the summed RSS of a process tree (wait4 reports the largest process only,
    and an import may run a helper process beside itself)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.running = True

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, _tree_rss(self.pid))
            # Each look reads /proc for every process and thread of the tree: at 20 ms it
            # took ~0.06 s from a 7 s import using both cores (and nothing from one-core
            # cases). Memory does not rise and fall within 50 ms.
            time.sleep(0.05)


def _run_measured(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Run a process; (wall seconds, peak RSS in MB of it and its helpers, its stdout).

    The peak is the larger of wait4's (the largest single process, exact) and the sampled
    sum over the process tree (every 50 ms). The disk's write-back of earlier cases is
    waited for first, so that no case pays for another's."""
    os.sync()
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True, env=env, cwd=REPO)
        memory = _TreeMemory(process.pid)
        memory.start()
        _, status, usage = os.wait4(process.pid, 0)
        memory.running = False
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise RuntimeError(
                f"{command[2:6]} failed ({process.returncode}):\n{err.read()[-2000:]}"
            )
        # ru_maxrss is in KiB on Linux.
        return elapsed, max(usage.ru_maxrss * 1024, memory.peak) / 2**20, out.read()


def _python_case(case: str, db: Path | None, files: list[Path], env: dict[str, str]) -> Result:
    command = [sys.executable, "-m", "bench.import_bench", "--case", case]
    if db is not None:
        command += ["--db", str(db)]
    command += [str(f) for f in files]
    seconds, peak, out = _run_measured(command, env)
    return Result(case, int(out.strip().splitlines()[-1]), seconds, peak)


def _shopcloser_case(name: str, db: Path, files: list[Path], env: dict[str, str]) -> Result:
    command = [sys.executable, "-m", "shopcloser", "--db", str(db), "import", *map(str, files)]
    seconds, peak, out = _run_measured(command, env)
    # The summary lists each file as "  NAME: N rows".
    rows = sum(
        int(line.rsplit(":", 1)[1].split()[0])
        for line in out.splitlines()
        if line.startswith("  ") and line.rstrip().endswith(" rows")
    )
    return Result(name, rows, seconds, peak)


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of a child ShopCloser process whose folders live under ``home``."""
    from tests.screen import offscreen_desktop

    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM=offscreen_desktop(),  # the window's children (bench.gui_stall)
        LANGUAGE="en",
        LC_ALL="C.UTF-8",
        PYTHONPATH=str(REPO),
    )
    return env


def _generate(folder: Path, orders: int, *, xlsx: bool) -> dict[str, list[Path]]:
    sys.path.insert(0, str(REPO))
    from tests.samples import write_items, write_orders

    files = {
        "csv": [folder / f"orders-{orders}.csv", folder / f"items-{orders}.csv"],
        "xlsx": [folder / f"orders-{orders}.xlsx", folder / f"items-{orders}.xlsx"],
    }
    kinds = (("csv", "2017"), ("xlsx", "2020")) if xlsx else (("csv", "2017"),)
    for kind, layout in kinds:
        order_file, item_file = files[kind]
        if not order_file.exists():
            write_orders(order_file, orders, SEED, layout)
        if not item_file.exists():
            write_items(item_file, orders, SEED, layout)
    return files


def _date_ranges(files: list[Path], folder: Path, parts: int) -> list[Path]:
    """The generated reports cut into ``parts`` consecutive periods, byte for byte: a
    record starts with its order id (``="…"``, 2017 layout); item reports are cut between
    orders. Order reports first, then item reports, as a merchant would pick them.

    Streamed line by line: a child's peak memory as ``wait4`` reports it starts from this
    process's size when it is started."""
    folder.mkdir(exist_ok=True)
    out: list[Path] = []
    for path in files:
        targets = [folder / f"{path.stem}-{n + 1}{path.suffix}" for n in range(parts)]
        out += targets
        if all(target.exists() for target in targets):
            continue
        with path.open("rb") as source:
            records = sum(1 for line in source if line.startswith(b'="'))
        with path.open("rb") as source:
            header = source.readline()
            part, seen, last_id = 0, 0, b""
            sink = targets[0].open("wb")
            sink.write(header)
            for line in source:
                if line.startswith(b'="'):
                    order_id = line.split(b",", 1)[0]
                    due = part + 1 < parts and seen >= (part + 1) * records // parts
                    if due and order_id != last_id:  # never between an order's items
                        sink.close()
                        part += 1
                        sink = targets[part].open("wb")
                        sink.write(header)
                    seen += 1
                    last_id = order_id
                sink.write(line)
            sink.close()
    return out


def _read_once(paths: list[Path]) -> None:
    """Bring the files into the system's cache, so that the first case does not pay for
    reading them from the disk alone (a 1M floor once took 49.7 s cold, 29–34 s warm)."""
    for path in paths:
        with path.open("rb") as handle:
            while handle.read(1 << 24):
                pass


def bench_size(
    orders: int,
    folder: Path,
    env: dict[str, str],
    *,
    xlsx: bool = True,
    openpyxl_pass: bool = True,
) -> list[Result]:
    print(f"Generating {orders:,} orders …", file=sys.stderr, flush=True)
    files = _generate(folder, orders, xlsx=xlsx)
    results: list[Result] = []

    def fresh_db(name: str) -> Path:
        db = folder / f"{name}-{orders}.db"
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        return db

    csv_files = files["csv"]
    print("  csv: floor, pandas, shopcloser …", file=sys.stderr, flush=True)
    _read_once([*csv_files, *(files["xlsx"] if xlsx else [])])
    floor = _python_case("floor", fresh_db("floor"), csv_files, env)
    floor.case = f"csv {orders:,}: floor (csv + sqlite3)"
    results.append(floor)
    pandas = _python_case("pandas", fresh_db("pandas"), csv_files, env)
    pandas.case = f"csv {orders:,}: pandas read_csv + to_sql"
    results.append(pandas)
    ours = _shopcloser_case(f"csv {orders:,}: ShopCloser import", fresh_db("ours"), csv_files, env)
    results.append(ours)
    # The same rows as a merchant exports them: one order and one item report per period.
    ranges = _date_ranges(csv_files, folder / f"ranges-{orders}", RANGES)
    results.append(
        _shopcloser_case(
            f"csv {orders:,} in {RANGES} date ranges: ShopCloser import",
            fresh_db("ours-ranges"),
            ranges,
            env,
        )
    )
    results.append(
        _shopcloser_case(
            f"csv {orders:,} in {RANGES} date ranges: ShopCloser, one process",
            fresh_db("ours-ranges-one"),
            ranges,
            {**env, "SHOPCLOSER_IMPORT_HELPER": "never"},
        )
    )
    for result in results:
        result.ratio = result.seconds / floor.seconds
    if xlsx:
        xlsx_files = files["xlsx"]
        print("  xlsx: calamine, openpyxl, shopcloser …", file=sys.stderr, flush=True)
        calamine = _python_case("calamine", None, xlsx_files, env)
        calamine.case = f"xlsx {orders:,}: bare python-calamine pass"
        stream = _python_case("calamine-stream", None, xlsx_files, env)
        stream.case = f"xlsx {orders:,}: bare python-calamine-plus stream"
        others = [calamine, stream]
        if openpyxl_pass:
            openpyxl = _python_case("openpyxl", None, xlsx_files, env)
            openpyxl.case = f"xlsx {orders:,}: openpyxl read-only pass"
            others.append(openpyxl)
        ours_x = _shopcloser_case(
            f"xlsx {orders:,}: ShopCloser import", fresh_db("ours-x"), xlsx_files, env
        )
        for result in (*others, ours_x):
            result.ratio = result.seconds / calamine.seconds
            results.append(result)
    return results


def print_table(results: list[Result]) -> None:
    header = ("case", "rows", "seconds", "rows/s", "ratio", "peak RSS MB")
    lines = [
        (
            r.case,
            f"{r.rows:,}",
            f"{r.seconds:.2f}",
            f"{r.rows / r.seconds:,.0f}",
            f"{r.ratio:.2f}x" if r.ratio is not None else "",
            f"{r.peak_mb:.0f}",
        )
        for r in results
    ]
    print_markdown_table(header, lines)


def main(
    quick: bool = False,
    sizes: tuple[int, ...] | None = None,
    keep: Path | None = None,
    xlsx: bool = True,
    openpyxl_pass: bool = True,
) -> None:
    sizes = sizes or (QUICK_SIZES if quick else SIZES)
    folder = keep or Path(tempfile.mkdtemp(prefix="shopcloser-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = isolated_env(folder / "home")
    compile_bytecode()
    try:
        results: list[Result] = []
        for size in sizes:
            results += bench_size(size, folder, env, xlsx=xlsx, openpyxl_pass=openpyxl_pass)
        print("\nImport: ShopCloser against the floor, pandas, calamine and openpyxl")
        print_table(results)
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)


def _cli() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.import_bench")
    parser.add_argument(
        "--case", choices=["floor", "pandas", "calamine", "calamine-stream", "openpyxl"]
    )
    parser.add_argument("--db", type=Path)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sizes", help="comma-separated order counts, e.g. 200000,1000000")
    parser.add_argument("--keep", type=Path, help="generate into (and reuse) this folder")
    parser.add_argument("--csv-only", action="store_true", help="skip the xlsx cases")
    parser.add_argument(
        "--no-openpyxl", action="store_true", help="skip the openpyxl pass (minutes at 200k)"
    )
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    if args.case == "floor":
        print(case_floor(args.db, args.files))
    elif args.case == "pandas":
        print(case_pandas(args.db, args.files))
    elif args.case == "calamine":
        print(case_calamine(args.files))
    elif args.case == "calamine-stream":
        print(case_calamine_stream(args.files))
    elif args.case == "openpyxl":
        print(case_openpyxl(args.files))
    else:
        sizes = tuple(int(s) for s in args.sizes.split(",")) if args.sizes else None
        main(
            quick=args.quick,
            sizes=sizes,
            keep=args.keep,
            xlsx=not args.csv_only,
            openpyxl_pass=not args.no_openpyxl,
        )


if __name__ == "__main__":
    _cli()
