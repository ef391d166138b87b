"""Whether and how to split a large first import between the import and a helper process.

See :mod:`shopcloser.services.import_in_two` for how the split import runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from shopcloser.formats.csv_split import row_start_near
from shopcloser.formats.report import OLE_MAGIC, ReportFile, ReportKind, open_report
from shopcloser.messages import naming_file
from shopcloser.services.import_helper import HELPER_MIN_BYTES, HelperPart, usable_cores
from shopcloser.services.importing import side_by_side
from shopcloser.store.database import Store

# The helper's share of the bytes, measured to end both halves together on a 2-core
# machine: 0.46 for 115 MB (200,000 orders with their items, medians of four runs: 6.82 s
# against 6.86 s with 0.48 and 7.00 s with 0.44). The helper starts (from the command
# line) while the import loads its libraries, and reads its part of the order report
# from where its first row starts (formats.csv_split); the import indexes its own orders
# and fills their search entries. (0.42 while the helper parsed the rows before its own;
# 0.40 while it started only once the import began.)
HELPER_SHARE = 0.46
# When the import reads an item report meanwhile (several date ranges), more orders go to
# the helper: an item report costs more per byte than an order report (0.50 measured for
# four ranges of 200,000 orders).
_OWN_ITEMS_EXTRA_SHARE = 0.07
_ZIP_MAGIC = b"PK"
# An order id at the start of a line: ="3515…", "=""3515…""" (saved again) or "3515…".
_ID_AT_LINE_START = re.compile(rb'[="]*(\d{10,})')
TABLES = {ReportKind.ORDERS.value: "orders", ReportKind.ITEMS.value: "order_items"}


@dataclass
class OwnPart:
    """A file, or its rows before ``stop_row``, for the import's own process."""

    path: Path
    report: ReportFile | None = None  # opened while planning (CSV), else opened later
    stop_row: int | None = None
    password: str | None = None


@dataclass
class Plan:
    own: list[OwnPart]
    helper: list[HelperPart]
    paths: list[Path]  # as given: the summary lists files in this order, orders first
    rows_estimate: int | None = None  # data rows in all parts, for the progress bar
    # Read once the helper's rows are in: item reports after the first look their orders up.
    own_later: list[OwnPart] = field(default_factory=list)
    # The import's own workbook, opened without the scan for far cells (half of its
    # check, ~1.6 s of a 200,000-order workbook), which the helper does meanwhile.
    helper_checks: HelperPart | None = None


def worth_splitting(
    store: Store,
    paths: Sequence[Path],
    passwords: Mapping[Path, str],
    *,
    always: bool = False,
) -> bool:
    """Whether a split may pay, judged without reading the files: the import starts its
    helper as soon as this holds, so that the helper's start-up overlaps the planning."""
    if store.path is None or store.engine.dialect.name != "sqlite":
        return False
    if not paths or len({p.resolve() for p in paths}) != len(paths):
        return False
    try:
        if not all(p.is_file() for p in paths):
            return False  # the import in one process says what is wrong with the file
        sizes = [p.stat().st_size for p in paths]
        # Only regular files are opened: opening a named pipe would wait for a writer.
        heads = [_head(p) for p in paths]
    except OSError:
        return False
    if not always and (sum(sizes) < HELPER_MIN_BYTES or usable_cores() < 2):
        return False
    if any(
        head.startswith(OLE_MAGIC) and not _password(passwords, p)
        for p, head in zip(paths, heads, strict=True)
    ):
        return False  # the import in one process asks for the password
    if any(head.startswith((_ZIP_MAGIC, OLE_MAGIC)) for head in heads) and len(paths) != 2:
        return False
    return _store_is_empty(store)


def plan_split(
    store: Store,
    paths: Sequence[Path],
    passwords: Mapping[Path, str],
    *,
    always: bool = False,
) -> Plan | None:
    """How to split this import between two processes, or None to import in one.

    Opens CSV files (refusing bad ones, as the import would). Two workbooks go one to
    each process, unopened: splitting a workbook by rows would make the helper parse the
    XML of every row it skips, which measured as slow as reading them. ``always`` splits
    small files too, and on a machine with one core (for tests).
    """
    if not worth_splitting(store, paths, passwords, always=always):
        return None
    if any(_head(p).startswith((_ZIP_MAGIC, OLE_MAGIC)) for p in paths):
        first, second = paths
        return Plan(
            own=[OwnPart(first, password=_password(passwords, first))],
            helper=[HelperPart(str(second), password=_password(passwords, second))],
            paths=list(paths),
            helper_checks=HelperPart(str(first), password=_password(passwords, first)),
        )
    return _plan_csv(list(paths))


def _password(passwords: Mapping[Path, str], path: Path) -> str | None:
    return passwords.get(path) or passwords.get(path.absolute())


def _plan_csv(paths: list[Path]) -> Plan | None:
    """Order reports are split at one point (in the files' order): the import keeps the
    start, the helper reads the end (whole files from the last one back, then the end of
    one file, split by row). An only item report goes to the helper whole. Of several
    item reports (one per date range) the import reads the first while the helper works
    and the others after the helper's orders are in, since those look their orders up.
    Item reports are never split: an item's position in its order counts its rows."""

    def open_one(path: Path) -> ReportFile:
        with naming_file(path.name):
            return open_report(path)

    reports = side_by_side(open_one, paths)  # as the import opens them
    orders = [r for r in reports if r.kind is ReportKind.ORDERS]
    items = [r for r in reports if r.kind is ReportKind.ITEMS]
    if not orders or any(r.lines is None for r in orders):
        return None
    helper_items = items if len(items) == 1 else []
    own_items = items[:1] if len(items) > 1 else []
    shared = sum(r.size for r in orders) + sum(r.size for r in items[:1])
    share = HELPER_SHARE + (_OWN_ITEMS_EXTRA_SHARE if own_items else 0.0)
    wanted = shared * share - sum(r.size for r in helper_items)
    kept = len(orders)  # the import keeps orders[:kept]
    while kept and orders[kept - 1].size <= wanted:
        kept -= 1
        wanted -= orders[kept].size
    if 0 < kept < len(orders) and _ids_overlap(orders[:kept], orders[kept:]):
        return None
    own = [OwnPart(r.path, r) for r in orders[:kept]]
    whole = not own  # the helper writes the whole orders table: it builds its indexes
    helper = [
        HelperPart(
            str(r.path), sha256=r.sha256, size=r.size, mtime_ns=r.mtime_ns, whole_table=whole
        )
        for r in orders[kept:]
    ]
    if own and wanted > 0:
        last = orders[kept - 1]
        tail = _split_by_row(last, wanted)
        if tail is not None:
            own[-1] = OwnPart(last.path, last, stop_row=tail.first_row)
            helper.insert(0, tail)
    helper += [
        HelperPart(str(r.path), sha256=r.sha256, size=r.size, mtime_ns=r.mtime_ns)
        for r in helper_items
    ]
    if not helper or not own + own_items:
        return None
    return Plan(
        own=[*own, *(OwnPart(r.path, r) for r in own_items)],
        helper=helper,
        paths=paths,
        rows_estimate=sum(max((r.lines or 0) - r.header_row, 0) for r in reports),
        own_later=[OwnPart(r.path, r) for r in items[1:]] if own_items else [],
    )


def _split_by_row(report: ReportFile, wanted: float) -> HelperPart | None:
    """The helper's part of ``report``: its rows from about ``wanted`` bytes before the
    end on. Where a row starts there is found on the bytes, so that the helper reads from
    there; failing that, it is estimated from the lines, and the helper parses the rows
    before its own to find it."""
    start = row_start_near(report, int(report.size - wanted))
    if start is not None:
        return HelperPart(
            str(report.path),
            first_row=start.row,
            first_byte=start.byte,
            first_line=start.lines,
            sha256=report.sha256,
            size=report.size,
            mtime_ns=report.mtime_ns,
            whole_table=False,
        )
    data_lines = (report.lines or 0) - report.header_row
    split = report.header_row + 1 + int(data_lines * (1 - wanted / report.size))
    if data_lines < 2 or split >= report.header_row + 1 + data_lines:
        return None
    return HelperPart(
        str(report.path),
        first_row=split,
        sha256=report.sha256,
        size=report.size,
        mtime_ns=report.mtime_ns,
        whole_table=False,
    )


def _ids_overlap(first: list[ReportFile], then: list[ReportFile]) -> bool:
    """Whether an order of ``then`` is in ``first`` too: periods that overlap across the
    split. One process then reads them all from the start, since the split would only
    find the repeated orders when both halves are done, and start again. The ids are
    read off the starts of lines (the order id comes first, as ="…" or quoted); what
    this misses, the split still finds, at that cost."""
    seen: set[int] = set()
    for report in first:
        seen.update(_line_ids(report.path))
    return any(order_id in seen for report in then for order_id in _line_ids(report.path))


def _line_ids(path: Path) -> Iterator[int]:
    with path.open("rb") as handle:
        for line in handle:
            found = _ID_AT_LINE_START.match(line)
            if found:
                yield int(found.group(1))


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(len(OLE_MAGIC))


def _store_is_empty(store: Store) -> bool:
    with store.engine.connect() as conn:
        return all(
            conn.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first() is None  # noqa: S608
            for table in TABLES.values()
        )
