"""Verify: read a backup back and check every sheet against its manifest (and the store).

Each part's rows are counted and checksummed from the workbook as it is on disk and
compared with the Manifest sheet. With a store, the source sheets are also recomputed
from the store and compared, which tells whether the backup holds the data as it is now.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from shopcloser.formats.backup_cells import BadCellError
from shopcloser.formats.backup_reader import BackupWorkbook, CheckedRows, SheetEntry
from shopcloser.formats.backup_workbook import (
    DATA_ROWS_PER_SHEET,
    MANIFEST_KEY,
    checksum_parts,
)
from shopcloser.formats.workbook_crypto import open_plain
from shopcloser.services.backup_labels import DEFAULT_LABELS, Labels, label
from shopcloser.services.backup_records import file_sha256, mark_verified
from shopcloser.services.backup_sheets import SOURCE_SHEETS, build_sheets
from shopcloser.services.progress import CancelToken, ProgressReporter, no_progress
from shopcloser.store.database import Store

# What can differ (shown to the merchant by the window and the command line).
MISSING = "missing"  # a sheet the manifest lists is not in the workbook
NOT_LISTED = "not_listed"  # a sheet is not in the manifest
ROWS = "rows"
CHECKSUM = "checksum"
UNREADABLE = "unreadable"  # a cell does not fit its column (edited by hand)
STORE_ROWS = "store_rows"
STORE_CHECKSUM = "store_checksum"


@dataclass(frozen=True)
class Difference:
    sheet: str
    problem: str
    expected: str = ""
    found: str = ""


@dataclass(frozen=True)
class ManifestLine:
    title: str
    key: str
    part: int
    rows: int
    sha256: str


@dataclass
class VerifyReport:
    path: Path
    properties: dict[str, Any]
    manifest: list[ManifestLine]
    differences: list[Difference] = field(default_factory=list)
    store_checked: bool = False

    @property
    def ok(self) -> bool:
        return not self.differences

    @property
    def intact(self) -> bool:
        """The workbook matches its own manifest (whatever the store holds now)."""
        return all(d.problem in (STORE_ROWS, STORE_CHECKSUM) for d in self.differences)

    @property
    def current(self) -> bool:
        """Checked against the store, and it holds the data as it is now."""
        return self.store_checked and self.ok

    @property
    def masked(self) -> bool:
        return bool(self.properties.get("masked"))

    def rows(self, key: str) -> int:
        return sum(line.rows for line in self.manifest if line.key == key)


def read_manifest(workbook: BackupWorkbook) -> dict[tuple[str, int], ManifestLine]:
    """The manifest's lines by (sheet key, part number)."""
    entry = next((e for e in workbook.entries if e.key == MANIFEST_KEY), None)
    if entry is None or entry.title not in workbook.titles:
        from shopcloser.formats.backup_reader import damaged_backup

        raise damaged_backup(workbook.name)
    where = {key: i for i, (key, _kind) in enumerate(entry.columns)}
    lines: dict[tuple[str, int], ManifestLine] = {}
    try:
        for values in workbook.typed_rows(entry):
            line = ManifestLine(
                title=values[where["title"]] or "",
                key=values[where["key"]] or "",
                part=int(values[where["part"]] or 0),
                rows=int(values[where["rows"]] or 0),
                sha256=values[where["sha256"]] or "",
            )
            lines[(line.key, line.part)] = line
    except (KeyError, BadCellError, TypeError, ValueError):
        from shopcloser.formats.backup_reader import damaged_backup

        raise damaged_backup(workbook.name) from None
    return lines


def check_part(
    rows: CheckedRows, expected: ManifestLine | None, consume: Callable[[list[Any]], None]
) -> list[Difference]:
    """Pass every row of a part to ``consume`` and compare the part with its manifest line."""
    entry = rows.entry
    try:
        for values in rows:
            consume(values)
    except BadCellError as bad:
        return [Difference(entry.title, UNREADABLE, found=str(bad)[:80])]
    if expected is None:
        return [Difference(entry.title, NOT_LISTED)]
    if rows.rows != expected.rows:
        return [Difference(entry.title, ROWS, str(expected.rows), str(rows.rows))]
    if rows.sha256 != expected.sha256:
        return [Difference(entry.title, CHECKSUM, expected.sha256, rows.sha256)]
    return []


def missing_parts(
    workbook: BackupWorkbook, manifest: dict[tuple[str, int], ManifestLine]
) -> list[Difference]:
    listed = {(e.key, e.part) for e in workbook.entries if e.title in workbook.titles}
    return [
        Difference(line.title, MISSING)
        for key, line in manifest.items()
        if key not in listed and line.key != MANIFEST_KEY
    ]


def data_entries(workbook: BackupWorkbook) -> list[SheetEntry]:
    return [e for e in workbook.entries if e.key != MANIFEST_KEY and e.title in workbook.titles]


def check_workbook(
    workbook: BackupWorkbook,
    on_rows: Callable[[str, int], None] = lambda title, rows: None,
    entries: list[SheetEntry] | None = None,
) -> tuple[dict[tuple[str, int], ManifestLine], list[Difference]]:
    """Every part (or just ``entries``) checked against the manifest."""
    manifest = read_manifest(workbook)
    differences = missing_parts(workbook, manifest) if entries is None else []
    for entry in data_entries(workbook) if entries is None else entries:
        counter = _Counter(entry.title, on_rows)
        expected = manifest.get((entry.key, entry.part))
        differences += check_part(CheckedRows(workbook, entry), expected, counter)
        counter.flush()
    return manifest, differences


class _Counter:
    """Reports rows read in batches (a call per row would cost more than the row)."""

    def __init__(self, title: str, on_rows: Callable[[str, int], None]) -> None:
        self.title = title
        self.on_rows = on_rows
        self.pending = 0

    def __call__(self, _values: list[Any]) -> None:
        self.pending += 1
        if self.pending == 500:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.on_rows(self.title, self.pending)
            self.pending = 0


def compare_with_store(
    store: Store,
    manifest: dict[tuple[str, int], ManifestLine],
    properties: dict[str, Any],
    cancel: CancelToken,
) -> list[Difference]:
    """The source sheets recomputed from the store, compared with the manifest."""
    row_limit = int(properties.get("row_limit") or DATA_ROWS_PER_SHEET)
    masked = bool(properties.get("masked"))
    differences: list[Difference] = []
    with store.engine.connect() as conn, conn.begin():
        sheets = build_sheets(
            conn, DEFAULT_LABELS, masked=masked, now=datetime.now(), only=SOURCE_SHEETS
        )
        for sheet in sheets:
            cancel.check()
            parts = checksum_parts(sheet.columns, sheet.rows(), row_limit)
            written = sorted(n for key, n in manifest if key == sheet.key)
            for number, (rows, sha) in enumerate(parts, 1):
                line = manifest.get((sheet.key, number))
                title = line.title if line else sheet.title(DEFAULT_LABELS)
                if line is None and rows == 0:
                    continue  # a sheet older backups lack, and nothing to put in it
                if line is None or line.rows != rows:
                    expected = str(line.rows) if line else "0"
                    differences.append(Difference(title, STORE_ROWS, expected, str(rows)))
                elif line.sha256 != sha:
                    differences.append(Difference(title, STORE_CHECKSUM, line.sha256, sha))
            for number in written[len(parts) :]:
                line = manifest[(sheet.key, number)]
                differences.append(Difference(line.title, STORE_ROWS, str(line.rows), "0"))
    return differences


def verify_backup(
    path: Path,
    *,
    password: str | None = None,
    store: Store | None = None,
    compare_store: bool = False,
    labels: Labels | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
    now: datetime | None = None,
    record: bool = True,
) -> VerifyReport:
    """Check a backup file against its manifest; with ``compare_store`` also against the
    store. A backup that passes and that the store knows is recorded as verified, unless
    ``record`` is false (the caller may not write to the store: another program has it)."""
    labels = labels or DEFAULT_LABELS
    cancel = cancel or CancelToken()
    path = Path(path).expanduser().absolute()
    with open_plain(path, password) as stream, BackupWorkbook(stream, path.name) as workbook:
        manifest = read_manifest(workbook)
        total = sum(line.rows for line in manifest.values() if line.key != MANIFEST_KEY)
        done = 0

        def on_rows(title: str, rows: int) -> None:
            nonlocal done
            done += rows
            cancel.check()
            progress(done, total, label(labels, "progress.checking").format(sheet=title))

        cancel.check()
        manifest, differences = check_workbook(workbook, on_rows)
        report = VerifyReport(path, workbook.properties, list(manifest.values()), differences)
    if store is not None and compare_store and report.intact:
        report.differences += compare_with_store(store, manifest, report.properties, cancel)
        report.store_checked = True
    if store is not None and record and report.intact:
        current = report.store_checked and report.ok
        mark_verified(store, file_sha256(path), current=current, now=now or datetime.now())
    return report
