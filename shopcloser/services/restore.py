"""Restore: a backup workbook back into an empty store, in one transaction.

Every sheet is checked against the manifest while it is read; the first difference rolls
the whole restore back, so the store is either exactly the backup's or left empty as it
was. Only the source sheets are read into the store; the derived ones are checked too.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from shopcloser.formats.backup_reader import (
    BackupWorkbook,
    CheckedRows,
    SheetEntry,
    damaged_backup,
)
from shopcloser.formats.workbook_crypto import open_plain
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError
from shopcloser.services.backup_labels import DEFAULT_LABELS, Labels, label
from shopcloser.services.backup_records import (
    BackupRecord,
    add_record,
    file_sha256,
    fingerprint,
)
from shopcloser.services.backup_sheets import (
    BATCH_TABLE,
    BATCHES,
    OPTIONAL_SOURCE_SHEETS,
    SETTINGS,
    SOURCE_SHEETS,
    TABLES,
)
from shopcloser.services.backup_verify import (
    Difference,
    check_part,
    check_workbook,
    data_entries,
    missing_parts,
    read_manifest,
)
from shopcloser.services.progress import CancelToken, ProgressReporter, no_progress
from shopcloser.store import search_index
from shopcloser.store.database import Store

_CHUNK = 2_000


@dataclass
class RestoreResult:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)


def store_not_empty() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "A backup can only be restored into an empty data file, and this one already "
            "holds orders or imports. Start ShopCloser with a new data file (--db NEW.db, or "
            "move the current one away) and restore there. Nothing was changed.",
        )
    )


def masked_copy() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This is a masked copy for sharing: buyers' details in it are masked, so it "
            "cannot be restored. Restore the full backup instead. Nothing was changed.",
        )
    )


def failed_verification(differences: list[Difference]) -> UserError:
    sheets = sorted({d.sheet for d in differences})
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The backup does not match its manifest (sheets: {sheets}): it was changed or "
            "damaged after it was written, so it was not restored. Use another copy of the "
            "backup. Nothing was changed.",
        ),
        sheets=sheets,
    )


def incomplete(name: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The backup {name} lacks sheets that a restore needs, so it was not restored. "
            "Use another copy of the backup. Nothing was changed.",
        ),
        name=name,
    )


def is_empty(conn: Connection) -> bool:
    """No data yet. Settings do not count: a new store may have some already, and the
    backup's own overwrite them."""
    tables = [t for key, t in TABLES.items() if key != SETTINGS] + [BATCH_TABLE]
    return all(not conn.execute(select(func.count()).select_from(t)).scalar() for t in tables)


def restore_backup(
    store: Store,
    path: Path,
    *,
    password: str | None = None,
    labels: Labels | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> RestoreResult:
    """Restore ``path`` into ``store``, which must be empty; all or nothing."""
    labels = labels or DEFAULT_LABELS
    cancel = cancel or CancelToken()
    path = Path(path).expanduser().absolute()
    with store.sessions() as session:
        if not is_empty(session.connection()):
            raise store_not_empty()
    result = RestoreResult(path)
    with open_plain(path, password) as stream, BackupWorkbook(stream, path.name) as workbook:
        if workbook.properties.get("masked"):
            raise masked_copy()
        manifest = read_manifest(workbook)
        differences = missing_parts(workbook, manifest)
        if differences:
            raise failed_verification(differences)
        entries = data_entries(workbook)
        source = sorted(
            (e for e in entries if e.key in SOURCE_SHEETS),
            key=lambda e: (SOURCE_SHEETS.index(e.key), e.part),
        )
        if not set(SOURCE_SHEETS) - set(OPTIONAL_SOURCE_SHEETS) <= {e.key for e in source}:
            raise incomplete(path.name)
        total = sum(line.rows for (key, _n), line in manifest.items() if key != "manifest")
        counter = _Progress(total, progress, cancel)
        derived = [e for e in entries if e.key not in SOURCE_SHEETS]
        checking = label(labels, "progress.checking")
        _manifest, differences = check_workbook(
            workbook, lambda title, rows: counter(rows, checking.format(sheet=title)), derived
        )
        if differences:
            raise failed_verification(differences)
        try:
            _load(store, workbook, source, manifest, labels, counter, result)
        except (ValueError, IntegrityError):
            # Contents that match the manifest yet do not fit the tables: a forged or
            # mangled file. The transaction has been rolled back.
            raise damaged_backup(path.name) from None
    now = datetime.now().isoformat(" ", "seconds")
    add_record(
        store,
        BackupRecord(
            path=str(path),
            sha256=file_sha256(path),
            written_at=str(workbook.properties.get("written_at") or now),
            verified_at=now,
            masked=False,
            encrypted=password is not None,
            fingerprint=fingerprint(store),
            orders=result.rows.get("orders", 0),
        ),
    )
    return result


def _load(
    store: Store,
    workbook: BackupWorkbook,
    source: list[SheetEntry],
    manifest: dict[tuple[str, int], Any],
    labels: Labels,
    counter: _Progress,
    result: RestoreResult,
) -> None:
    """Every source part into the store, in one transaction, checked as it is read."""
    with store.transaction() as session:
        conn = session.connection()
        if not is_empty(conn):
            raise store_not_empty()
        with search_index.triggers_off(conn) as indexed:
            for entry in source:
                message = label(labels, "progress.restoring").format(sheet=entry.title)
                loader = _Loader(conn, entry, counter.reporter(message))
                differences = check_part(
                    CheckedRows(workbook, entry), manifest.get((entry.key, entry.part)), loader
                )
                loader.flush()
                if differences:
                    raise failed_verification(differences)
                result.rows[entry.key] = result.rows.get(entry.key, 0) + loader.count
            if indexed:
                search_index.refill_search_index(conn)
        counter.cancel.last_check()  # the commit follows


@dataclass
class _Progress:
    total: int
    progress: ProgressReporter
    cancel: CancelToken
    done: int = 0

    def __call__(self, rows: int, message: str) -> None:
        self.done += rows
        self.cancel.check()
        self.progress(self.done, self.total, message)

    def reporter(self, message: str) -> Callable[[int], None]:
        return lambda rows: self(rows, message)


class _Loader:
    """Turns typed rows of one part into table rows and inserts them in chunks."""

    def __init__(self, conn: Connection, entry: SheetEntry, report: Callable[[int], None]) -> None:
        self.conn = conn
        self.entry = entry
        self.report = report
        self.count = 0
        self.table = BATCH_TABLE if entry.key == BATCHES else TABLES[entry.key]
        self.defaults = _defaults(self.table)
        self.json_columns = {c.name for c in self.table.c if _is_json(c)}
        self.keys = [key for key, _kind in entry.columns]
        self.pending: list[dict[str, Any]] = []
        self._batch: dict[str, Any] | None = None

    def __call__(self, values: list[Any]) -> None:
        if self.entry.key == BATCHES:
            self._batch_row(values)
        else:
            self.pending.append(self._row(values))
        if len(self.pending) >= _CHUNK:
            self._insert()

    def _row(self, values: list[Any]) -> dict[str, Any]:
        row: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        texts: dict[str, list[str]] = {}
        for key, value in zip(self.keys, values, strict=True):
            source, _, name = key.partition(":")
            # "field:before:2" and on: the rest of a JSON text too long for one cell.
            base = name.partition(":")[0]
            if source == "field" and base in self.json_columns:
                if value is not None:
                    texts.setdefault(base, []).append(str(value))
            elif source == "field" and name in self.defaults:
                row[name] = value
            elif source == "extra" and value is not None:
                extra[name] = value
        for name, pieces in texts.items():
            row[name] = json.loads("".join(pieces))
        if "extra" in self.defaults:
            row["extra"] = extra
        return self._complete(row)

    def _complete(self, row: dict[str, Any]) -> dict[str, Any]:
        for name, default in self.defaults.items():
            if row.get(name) is None:
                row[name] = default() if callable(default) else default
        return row

    def _batch_row(self, values: list[Any]) -> None:
        cells = dict(zip(self.keys, values, strict=True))
        batch_id = cells.get("field:id")
        if self._batch is None or self._batch["id"] != batch_id:
            if self._batch is not None:
                self.pending.append(self._batch)
            self._batch = self._complete(
                {name: cells.get(f"field:{name}") for name in self.defaults if name != "files"}
                | {"files": []}
            )
        details = cells.get("file:json")
        if details:
            self._batch["files"].append(json.loads(details))

    def flush(self) -> None:
        if self._batch is not None:
            self.pending.append(self._batch)
            self._batch = None
        self._insert()

    def _insert(self) -> None:
        if self.pending:
            if self.entry.key == SETTINGS:  # the backup's settings replace the store's
                keys = [row["key"] for row in self.pending]
                self.conn.execute(delete(self.table).where(self.table.c.key.in_(keys)))
            self.conn.execute(insert(self.table), self.pending)
            self.count += len(self.pending)
            self.report(len(self.pending))
            self.pending = []


def _is_json(column: Any) -> bool:
    from shopcloser.services.backup_columns import is_json

    return is_json(column)


def _defaults(table: Table) -> dict[str, Any]:
    """Each column's value when the sheet leaves it empty (None, or its default)."""
    defaults: dict[str, Any] = {}
    for column in table.c:
        default: Any = None
        generator: Any = column.default
        if not column.nullable and generator is not None:
            if generator.is_scalar:
                default = generator.arg
            elif generator.is_callable:
                make = generator.arg
                default = lambda make=make: make(None)  # noqa: E731 - a fresh value per row
        defaults[column.name] = default
    return defaults
