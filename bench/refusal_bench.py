"""Refusals against issue 3's bound: each refused file in under 2 s and 300 MB, with the
store exactly as before.

The tests check that each of these files is refused, with the right message, the store
left alone and (where memory was the bug) a bounded peak; how long a refusal takes is
measured here instead. Each case is built with the tests' own file builders and imported
by the real CLI as a whole process, ``python -m shopcloser --db STORE import FILE…``,
into a copy of a store that already holds an import (the 2017 sample order and item
reports). The table gives, per case: the exit code (2 for a refusal), whether the message
says what the test expects, wall seconds (median and slowest of the runs, from spawning
the process to its end: start-up included), CPU seconds (median; user + system, of the
process and of any helper: what other load on the machine changes least), the peak RSS
of the process and of a helper process it may start, whether every table of the store
reads as before, and whether the median is within 2 s and the peak within 300 MB.

The peak is the larger of ``wait4``'s (the largest single process, exact) and the sum over
the process tree sampled every 50 ms. Since a child's peak as ``wait4`` reports it starts
from this process's size when it is spawned, the files are built in a child process
(``--build DIR``) and this one stays small. Each import runs with its address space
limited to 2 GB, so that a check that failed cannot take the machine's memory (it would
then end with another exit code than 2).

``python -m bench.refusal_bench [--quick] [--runs N] [--only TEXT] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from bench.import_bench import _TreeMemory, isolated_env
from bench.installed import compile_bytecode
from bench.markdown import print_markdown_table

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
ORDERS_2017 = DATA / "orders-2017.csv"
ITEMS_2017 = DATA / "items-2017.csv"
MAX_SECONDS = 2.0  # issue 3, goal 5
MAX_MB = 300
ADDRESS_SPACE = 2 << 30
RUNS = 3
TOO_LARGE = "far larger than any row of a seller-centre report"
NEVER_DOWNLOADED = "part of it was never downloaded"


# -- the files, built by the tests' own builders (in the ``--build`` child only) ------------


def _copy(name: str) -> Callable[[Path], list[Path]]:
    def build(folder: Path) -> list[Path]:
        target = folder / name
        shutil.copyfile(DATA / name, target)
        return [target]

    return build


def _separators_40m(folder: Path) -> list[Path]:
    """tests/cli/test_import_refusals.py: an order row followed by 40 million commas."""
    lines = ORDERS_2017.read_bytes().split(b"\r\n")
    lines[1] += b"," * 40_000_000
    path = folder / "ExportOrderList.csv"
    path.write_bytes(b"\r\n".join(lines))
    return [path]


def _row_junk(junk: bytes, after: int = 1, copies: int = 1) -> Callable[[Path], list[Path]]:
    """tests/formats/test_row_bounds.py: ``junk`` at the end of a data row."""

    def build(folder: Path) -> list[Path]:
        from tests.formats.test_row_bounds import _orders_with

        return [_orders_with(folder / "ExportOrderList.csv", junk, after=after, copies=copies)]

    return build


def _stray_quote(folder: Path) -> list[Path]:
    """30,000 rows, a stray quote in the first, 2 million commas ending row 20,001."""
    from tests.formats.test_row_bounds import _one_row_many_times, _with_a_stray_quote

    path = _one_row_many_times(folder / "ExportOrderList.csv", 30_000)
    header, *rows = path.read_bytes().split(b"\r\n")[:-1]
    rows[20_000] += b"," * 2_000_000
    path.write_bytes(b"\r\n".join([header, *rows]) + b"\r\n")
    return [_with_a_stray_quote(path)]


def _nul_padded(suffix: str, whole: bool) -> Callable[[Path], list[Path]]:
    """tests/cli/test_import_refusal_bounds.py: a broken download, NUL bytes after it."""

    def build(folder: Path) -> list[Path]:
        from tests.cli.test_import_refusal_bounds import _NUL_PADDING, _export, _first_half

        data = _export(folder, suffix)
        path = folder / f"ExportOrderList{suffix}"
        path.write_bytes((data if whole else _first_half(data)) + _NUL_PADDING)
        return [path]

    return build


def _nul_gap(folder: Path) -> list[Path]:
    """17 MB of NUL bytes in the middle of a CSV (a download in parts that lost one)."""
    from tests.cli.test_import_refusal_bounds import _export

    data = _export(folder, ".csv", orders=1_500)
    cut = data.index(b"\r\n", 100_000) + 2
    path = folder / "ExportOrderList.csv"
    path.write_bytes(data[:cut] + bytes(17 << 20) + data[cut + 200_000 :])
    return [path]


def _sheet(change: Callable[[bytes], bytes], orders: int = 150) -> Callable[[Path], list[Path]]:
    """tests/formats/test_refusals.py: a workbook whose sheet XML ``change`` rewrites."""

    def build(folder: Path) -> list[Path]:
        from tests import samples
        from tests.formats.test_refusals import _sheet_with

        base = folder / "orders.xlsx"
        samples.write_orders(base, orders, samples.SAMPLE_SEED, "2020")
        return [_sheet_with(folder, change, base=base)]

    return build


def _far_cell(xml: bytes) -> bytes:
    from tests.formats.test_refusals import FAR_CELL

    end = xml.rindex(b"</row>")
    return xml[:end] + FAR_CELL + xml[end:]


def _damaged_markup(xml: bytes) -> bytes:
    start = xml.index(b"<sheetData>")
    return xml[:start] + b"<c " * 20_000 + xml[start:]


def _far_header_cell(xml: bytes) -> bytes:
    xml = xml.replace(b"<sheetData>", b" " * 70_000 + b"<sheetData>", 1)
    end = xml.index(b"</row>")
    return xml[:end] + b'<c r="XFD1" t="inlineStr"><is><t>x</t></is></c>' + xml[end:]


def _far_cell_beside_a_far_row(folder: Path) -> list[Path]:
    """A far cell in the data sheet, a second sheet with an empty row 5,000,000."""
    from tests.formats.test_refusals import _with_second_sheet

    far = b'<c r="A4999999" t="inlineStr"><is><t>x</t></is></c>'

    def change(xml: bytes) -> bytes:
        end = xml.rindex(b"</row>")
        return xml[:end] + far + xml[end:]

    (path,) = _sheet(change)(folder)
    return [
        _with_second_sheet(
            path,
            b'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" '
            b't="inlineStr"><is><t>x</t></is></c></row><row r="5000000"/></sheetData>'
            b"</worksheet>",
        )
    ]


def _with_parts(kind: str, megabytes: int = 0) -> Callable[[Path], list[Path]]:
    """tests/cli/test_import_refusal_bounds.py: the 2020 sample workbook with parts added."""

    def build(folder: Path) -> list[Path]:
        from tests.cli.test_import_refusal_bounds import _shared_strings, _workbook

        path = folder / "ExportOrderList.xlsx"
        if kind == "shared strings":
            return [_workbook(path, {"xl/sharedStrings.xml": _shared_strings(megabytes)})]
        if kind == "styles":
            styles = (chunk.replace(b"si>", b"xf>") for chunk in _shared_strings(megabytes))
            return [_workbook(path, {"XL/Styles.xml": styles})]
        part = b"<a/>" * (99_000 // 4)
        parts = {f"xl/media/part{n}.xml": iter([part]) for n in range(990)}
        return [_workbook(path, parts, stored=random.Random(4).randbytes(1_100_000))]

    return build


def _far_cell_in_a_pair(folder: Path) -> list[Path]:
    """tests/services/test_import_in_two.py: an order and an item workbook of 3,000
    orders, the order workbook's last row followed by row 400,000,000."""
    from tests.services.test_import_in_two import _far_cell_copy, _workbook_pair

    orders, items = _workbook_pair(folder)
    return [_far_cell_copy(folder, orders), items]


@dataclass(frozen=True)
class Case:
    name: str
    says: str  # what the refusal's message must contain
    build: Callable[[Path], list[Path]]
    env: dict[str, str] = field(default_factory=dict)


ONE_PROCESS = {"SHOPCLOSER_IMPORT_HELPER": "never"}
CASES = (
    Case("empty file (start-up and a refusal: the floor)", "empty", _copy("bad-empty.csv")),
    Case("csv: a row of 40 million commas", TOO_LARGE, _separators_40m),
    Case("csv: a row of 40 million commas, one process", TOO_LARGE, _separators_40m, ONE_PROCESS),
    Case("csv: 1.2 million quoted empty cells", TOO_LARGE, _row_junk(b'"",' * 1_200_000)),
    Case(
        "csv: 2 million commas in row 15,000 of 20,000",
        TOO_LARGE,
        _row_junk(b"," * 2_000_000, after=15_000, copies=1_000),
    ),
    Case(
        "csv: commas over 2,000 lines inside quotes",
        TOO_LARGE,
        _row_junk((b"," * 999 + b'"\r\n"') * 2_000),
    ),
    Case(
        "csv: one text of 20 million letters",
        "text far longer than a spreadsheet cell",
        _row_junk(b"a" * 20_000_000),
    ),
    Case("csv: a stray quote, 2 million commas further down", TOO_LARGE, _stray_quote),
    Case(
        "csv: a download padded with 1 MB of NUL bytes", NEVER_DOWNLOADED, _nul_padded(".csv", True)
    ),
    Case("csv: 17 MB of NUL bytes midway", NEVER_DOWNLOADED, _nul_gap),
    Case(
        "xlsx: half a download, 1 MB of NUL bytes",
        NEVER_DOWNLOADED,
        _nul_padded(".xlsx", False),
    ),
    Case("xlsx: zip bomb (4 GB claimed)", "zip bomb", _copy("bad-zip-bomb.xlsx")),
    Case("xlsx: zip bomb (ratio over 1000)", "zip bomb", _copy("bad-zip-ratio.xlsx")),
    Case(
        "xlsx: 990 parts each compressed 1000 times",
        "zip bomb",
        _with_parts("parts"),
    ),
    Case("xlsx: XML entity bomb", "entity", _copy("bad-entity-bomb.xlsx")),
    Case("xlsx: a dimension of A1:XFD1048576", "cells", _copy("bad-huge-dimension.xlsx")),
    Case("xlsx: a merged range C1:ZZ900000", "cells", _copy("bad-huge-merge.xlsx")),
    Case("xlsx: a cell at ZZ1000000", "cells", _copy("bad-far-cell.xlsx")),
    Case("xlsx: a cell at A4000000000", "claims to span", _sheet(_far_cell)),
    Case(
        "xlsx: a far cell, another sheet's row 5,000,000",
        "cells",
        _far_cell_beside_a_far_row,
    ),
    Case(
        "xlsx: a header cell at XFD1 past the head",
        "cells",
        _sheet(_far_header_cell, orders=3_000),
    ),
    Case("xlsx: 20,000 unclosed tags", "no order number column", _sheet(_damaged_markup)),
    Case(
        "xlsx: a cell at row 400,000,000, helper",
        "claims to span",
        _far_cell_in_a_pair,
        {"SHOPCLOSER_IMPORT_HELPER": "always"},
    ),
    Case(
        "xlsx: 110 MB of shared strings (by size)",
        "more text in one place",
        _with_parts("shared strings", 110),
    ),
    Case(
        "xlsx: 90 MB of shared strings (by content)",
        "more text in one place",
        _with_parts("shared strings", 90),
    ),
    Case("xlsx: 110 MB of styles", "zip bomb", _with_parts("styles", 110)),
)


def build(folder: Path, names: list[str]) -> None:
    """Write each named case's files under ``folder`` and a manifest of them."""
    sys.path.insert(0, str(REPO))
    manifest: dict[str, list[str]] = {}
    for number, case in enumerate(CASES):
        if case.name not in names:
            continue
        place = folder / f"case-{number:02d}"
        shutil.rmtree(place, ignore_errors=True)
        place.mkdir(parents=True)
        manifest[case.name] = [str(path) for path in case.build(place)]
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False))


# -- running and measuring ------------------------------------------------------------------


def dump(db: Path) -> dict[str, list[str]]:
    """Every row of every table of the store (the search index's own tables included)."""
    with closing(sqlite3.connect(db)) as conn:
        tables = [
            name
            for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'")
            if not (sql or "").upper().startswith("CREATE VIRTUAL")
        ]
        return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}


def _fresh(db: Path) -> Path:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


def _store_copy(template: Path, target: Path) -> Path:
    _fresh(target)
    for suffix in ("", "-wal"):
        if Path(f"{template}{suffix}").exists():
            shutil.copyfile(f"{template}{suffix}", f"{target}{suffix}")
    return target


@dataclass
class Run:
    code: int
    seconds: float
    cpu: float  # user + system seconds of the process and the helpers it waited for
    peak_mb: float
    stderr: str


def run_import(db: Path, files: list[str], env: dict[str, str]) -> Run:
    """``python -m shopcloser --db DB import FILES`` as a whole process, measured."""
    command = [sys.executable, "-m", "shopcloser", "--db", str(db), "import", *files]
    os.sync()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True, env=env, cwd=REPO)
        # Set from here (a preexec_fn is unsafe beside the sampler's thread): the process
        # is then still starting Python.
        resource.prlimit(process.pid, resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
        memory = _TreeMemory(process.pid)
        memory.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        memory.running = False
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        peak = max(usage.ru_maxrss * 1024, memory.peak) / 2**20  # ru_maxrss: KiB on Linux
        cpu = usage.ru_utime + usage.ru_stime
        return Run(process.returncode, seconds, cpu, peak, err.read())


@dataclass
class Result:
    case: str
    codes: set[int]
    says: bool
    seconds: list[float]
    cpu: list[float]
    peak_mb: float
    unchanged: bool

    @property
    def verdict(self) -> str:
        over = []
        if statistics.median(self.seconds) >= MAX_SECONDS:
            over.append("time")
        if self.peak_mb >= MAX_MB:
            over.append("memory")
        return "yes" if not over else "NO: " + ", ".join(over)


def print_table(results: list[Result]) -> None:
    header = (
        "case", "exit", "says", "median s", "max s", "CPU s", "peak MB", "store", "≤ 2 s, 300 MB"
    )  # fmt: skip
    lines = [
        (
            r.case,
            ",".join(map(str, sorted(r.codes))),
            "yes" if r.says else "NO",
            f"{statistics.median(r.seconds):.2f}",
            f"{max(r.seconds):.2f}",
            f"{statistics.median(r.cpu):.2f}",
            f"{r.peak_mb:.0f}",
            "as before" if r.unchanged else "CHANGED",
            r.verdict,
        )
        for r in results
    ]
    print_markdown_table(header, lines)


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main(
    quick: bool = False, runs: int | None = None, only: str = "", keep: Path | None = None
) -> None:
    runs = runs or (1 if quick else RUNS)
    cases = [case for case in CASES if only.lower() in case.name.lower()]
    folder = keep or Path(tempfile.mkdtemp(prefix="shopcloser-refusals-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = isolated_env(folder / "home")
    compile_bytecode()
    try:
        print(f"Building {len(cases)} refused files …", file=sys.stderr, flush=True)
        subprocess.run(
            [sys.executable, "-m", "bench.refusal_bench", "--build", str(folder)],
            input="\n".join(case.name for case in cases),
            text=True,
            cwd=REPO,
            check=True,
        )
        manifest = json.loads((folder / "manifest.json").read_text())
        template = _fresh(folder / "template.db")
        setup = run_import(template, [str(ORDERS_2017), str(ITEMS_2017)], env)
        if setup.code != 0:
            raise RuntimeError(f"the store's first import failed:\n{setup.stderr[-2000:]}")
        before = dump(template)
        load_before = _load()
        results: list[Result] = []
        for case in cases:
            print(f"  {case.name} …", file=sys.stderr, flush=True)
            done: list[Run] = []
            unchanged = True
            for _ in range(runs):
                db = _store_copy(template, folder / "store.db")
                done.append(run_import(db, manifest[case.name], {**env, **case.env}))
                unchanged &= dump(db) == before
            results.append(
                Result(
                    case.name,
                    {r.code for r in done},
                    all(case.says.lower() in r.stderr.lower() for r in done),
                    [r.seconds for r in done],
                    [r.cpu for r in done],
                    max(r.peak_mb for r in done),
                    unchanged,
                )
            )
            if not results[-1].says:
                print(done[-1].stderr[-1500:], file=sys.stderr)
        print(
            f"\nRefusals ({runs} run{'s' * (runs > 1)} each; "
            f"load average {load_before} before, {_load()} after)"
        )
        print_table(results)
        print(f"goal (issue 3): every refusal in under {MAX_SECONDS:.0f} s and {MAX_MB} MB")
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)


def _cli() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.refusal_bench")
    parser.add_argument("--quick", action="store_true", help="one run per case")
    parser.add_argument("--runs", type=int, help=f"runs per case (default {RUNS})")
    parser.add_argument("--only", default="", help="only the cases whose name contains this")
    parser.add_argument("--keep", type=Path, help="build into (and keep) this folder")
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(args.build, [line for line in sys.stdin.read().splitlines() if line])
    else:
        main(quick=args.quick, runs=args.runs, only=args.only, keep=args.keep)


if __name__ == "__main__":
    _cli()
