"""Export backup: the workbook the merchant keeps after the platform deletes the shop.

``write_backup`` reads the store in one snapshot, streams every sheet into a workbook,
reopens it and checks every sheet's rows and checksum against what it read from the store,
optionally encrypts it, and only then puts it in place of the target. The backup is then
recorded (path, time, SHA-256) so that purging personal data can rely on it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from shopcloser import __version__
from shopcloser.formats.backup_reader import BackupWorkbook
from shopcloser.formats.backup_workbook import (
    DATA_ROWS_PER_SHEET,
    MANIFEST_COLUMNS,
    Part,
    WorkbookWriter,
)
from shopcloser.formats.workbook_crypto import decrypt, encrypt
from shopcloser.formats.xlsx_safe_write import (
    atomic_target,
    check_target,
    environment_error,
    private_temporary,
)
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError
from shopcloser.services.backup_labels import DEFAULT_LABELS, Labels, label
from shopcloser.services.backup_records import BackupRecord, add_record, file_sha256, fingerprint
from shopcloser.services.backup_sheets import build_sheets
from shopcloser.services.backup_verify import (
    Difference,
    ManifestLine,
    check_workbook,
    data_entries,
)
from shopcloser.services.progress import CancelToken, ProgressReporter, no_progress
from shopcloser.store.database import Store

EXCEL_ROW_LIMIT = DATA_ROWS_PER_SHEET


@dataclass
class BackupResult:
    path: Path
    parts: list[Part]
    sha256: str
    masked: bool
    encrypted: bool

    def rows(self, key: str) -> int:
        return sum(p.rows for p in self.parts if p.key == key)


def empty_password() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages", "The password is empty. Choose a password to protect the backup with."
        )
    )


def not_verified(differences: list[Difference]) -> UserError:
    sheets = sorted({d.sheet for d in differences})
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The backup did not match the data when it was read back (sheets: {sheets}), so "
            "it was not saved. Check the drive, then try again or choose another place.",
        ),
        sheets=sheets,
    )


class _Checked:
    """A file wrapper that lets Cancel interrupt openpyxl's long final save."""

    def __init__(self, handle: BinaryIO, cancel: CancelToken) -> None:
        self._handle = handle
        self._cancel = cancel

    def write(self, data: bytes) -> int:
        self._cancel.check()
        return self._handle.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


def write_backup(
    store: Store,
    path: Path,
    *,
    password: str | None = None,
    masked: bool = False,
    labels: Labels | None = None,
    row_limit: int = EXCEL_ROW_LIMIT,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
    now: datetime | None = None,
) -> BackupResult:
    """Write, verify, (encrypt) and put in place a backup workbook of the whole store.

    Nothing is left at ``path`` unless every step succeeded; a previous file there stays
    as it was until the new one replaces it in one rename.
    """
    labels = labels or DEFAULT_LABELS
    cancel = cancel or CancelToken()
    now = now or datetime.now()
    path = Path(path).expanduser().absolute()
    if password is not None and not password:
        raise empty_password()
    check_target(path)
    stamp = fingerprint(store)
    with atomic_target(path) as temp:
        plain = private_temporary(".xlsx") if password else temp
        try:
            run = _Run(labels, row_limit, progress, cancel)
            run.write(store, plain, masked, now)
            run.verify(plain)
            if password:
                progress(run.total, run.total, label(labels, "progress.encrypting"))
                _encrypt(plain, temp, password, cancel)
        finally:
            if password:
                with contextlib.suppress(OSError):
                    plain.unlink()
        cancel.last_check()  # the file is renamed into place and recorded next
    result = BackupResult(path, run.parts, file_sha256(path), masked, bool(password))
    add_record(
        store,
        BackupRecord(
            path=str(path),
            sha256=result.sha256,
            written_at=now.isoformat(" ", "seconds"),
            verified_at=datetime.now().isoformat(" ", "seconds"),
            masked=masked,
            encrypted=bool(password),
            fingerprint=stamp,
            orders=result.rows("orders"),
        ),
    )
    return result


class _Run:
    """One backup's writing and checking, with progress over both."""

    def __init__(
        self, labels: Labels, row_limit: int, progress: ProgressReporter, cancel: CancelToken
    ) -> None:
        self.labels = labels
        self.row_limit = row_limit
        self.progress = progress
        self.cancel = cancel
        self.parts: list[Part] = []
        self.total = 0
        self.done = 0
        self.message = ""

    def _advance(self, rows: int) -> None:
        self.done += rows
        self.cancel.check()
        self.progress(self.done, self.total, self.message)

    def write(self, store: Store, plain: Path, masked: bool, now: datetime) -> None:
        writer = WorkbookWriter(self.row_limit, self._advance)
        try:
            self._write(writer, store, plain, masked, now)
        except OSError as error:  # openpyxl streams sheets into temporary files
            writer.discard()
            raise environment_error(error, plain) from None
        except BaseException:
            writer.discard()
            raise

    def _write(
        self, writer: WorkbookWriter, store: Store, plain: Path, masked: bool, now: datetime
    ) -> None:
        labels = self.labels
        with store.engine.connect() as conn, conn.begin():
            sheets = build_sheets(conn, labels, masked=masked, now=now)
            rows = sum(s.count for s in sheets)
            self.total = 2 * rows  # written, then read back
            for sheet in sheets:
                title = sheet.title(labels)
                self.message = label(labels, "progress.writing").format(sheet=title)
                self.progress(self.done, self.total, self.message)
                writer.add_sheet(sheet.key, title, sheet.columns, sheet.rows())
        titles = [label(labels, f"col.manifest.{key}") for key in MANIFEST_COLUMNS]
        writer.add_manifest(label(labels, "sheet.manifest"), titles)
        self.parts = [p for p in writer.parts if p.key != "manifest"]
        self.done = rows
        self.progress(self.done, self.total, label(labels, "progress.compressing"))
        properties = {
            "masked": masked,
            "row_limit": self.row_limit,
            "app_version": __version__,
            "written_at": now.isoformat(" ", "seconds"),
        }
        with plain.open("wb") as handle:
            writer.save(_Checked(handle, self.cancel), properties)  # type: ignore[arg-type]

    def verify(self, plain: Path) -> None:
        """Read the workbook back: every part must match what was read from the store."""
        expected = {(p.key, p.number): p for p in self.parts}

        def on_rows(title: str, rows: int) -> None:
            self.message = label(self.labels, "progress.checking").format(sheet=title)
            self._advance(rows)

        with plain.open("rb") as stream, BackupWorkbook(stream, plain.name) as workbook:
            entries = data_entries(workbook)
            manifest, differences = check_workbook(workbook, on_rows, entries)
        differences += _against_store(manifest, expected)
        if len({(e.key, e.part) for e in entries}) != len(expected):
            differences.append(Difference("?", "missing"))
        if differences:
            raise not_verified(differences)


def _against_store(
    manifest: dict[tuple[str, int], ManifestLine], expected: dict[tuple[str, int], Part]
) -> list[Difference]:
    differences = []
    for key, part in expected.items():
        line = manifest.get(key)
        if line is None or line.rows != part.rows or line.sha256 != part.sha256:
            differences.append(Difference(part.title, "store_checksum"))
    return differences


def _encrypt(plain: Path, target: Path, password: str, cancel: CancelToken) -> None:
    """Encrypt, then decrypt again and compare: the file must give back the verified bytes."""
    try:
        with plain.open("rb") as source, target.open("wb") as out:
            encrypt(source, out, password)
        cancel.check()
        with target.open("rb") as encrypted:
            check = decrypt(encrypted, password, target.name)
        if check.getbuffer() != plain.read_bytes():
            raise not_verified([Difference("*", "checksum")])
    except OSError as error:
        raise environment_error(error, target) from None
