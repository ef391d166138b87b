"""Which backups were made and verified, kept in the store's settings.

Purging personal data is allowed only while a verified, full (not masked) backup of the
store as it is now exists. "As it is now" is judged by a fingerprint: imports, undos and
handling marks are the only ways the data changes, and each leaves a trace in it.
Records hold the file's path, time and SHA-256 — never a password.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from shopcloser.services.settings import get_setting, set_setting
from shopcloser.store.database import Store
from shopcloser.store.models import HandledMark, ImportBatch, Order, OrderItem

RECORDS_KEY = "backup.records"
_KEEP = 20


@dataclass
class BackupRecord:
    path: str
    sha256: str  # of the file's bytes
    written_at: str
    verified_at: str | None
    masked: bool
    encrypted: bool
    fingerprint: str
    orders: int = 0

    @property
    def name(self) -> str:
        return Path(self.path).name


def fingerprint(store: Store) -> str:
    """Changes whenever the orders, items, batches or marks change."""
    with store.sessions() as session:
        values = session.execute(
            select(
                select(func.count()).select_from(Order).scalar_subquery(),
                select(func.count()).select_from(OrderItem).scalar_subquery(),
                select(func.coalesce(func.max(ImportBatch.id), 0)).scalar_subquery(),
                select(func.count())
                .select_from(ImportBatch)
                .where(ImportBatch.undone_at.is_not(None))
                .scalar_subquery(),
                select(func.coalesce(func.max(HandledMark.id), 0)).scalar_subquery(),
                select(func.count()).select_from(HandledMark).scalar_subquery(),
            )
        ).one()
    return ":".join(str(v) for v in values)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def records(store: Store) -> list[BackupRecord]:
    raw = get_setting(store, RECORDS_KEY)
    if not raw:
        return []
    try:
        entries: list[dict[str, Any]] = json.loads(raw)
        return [BackupRecord(**entry) for entry in entries]
    except (ValueError, TypeError):
        return []  # a damaged setting only costs the history of backups


def add_record(store: Store, record: BackupRecord) -> None:
    kept = [r for r in records(store) if r.sha256 != record.sha256 or r.path != record.path]
    kept.append(record)
    set_setting(store, RECORDS_KEY, json.dumps([asdict(r) for r in kept[-_KEEP:]]))


def mark_verified(store: Store, sha256: str, *, current: bool, now: datetime) -> bool:
    """Note that the backup with these bytes passed Verify (``current``: and matches the
    store as it is now). Returns whether the file was one of ours."""
    found = False
    updated = []
    stamp = fingerprint(store) if current else None
    for record in records(store):
        if record.sha256 == sha256:
            found = True
            record.verified_at = now.isoformat(" ", "seconds")
            if stamp is not None:
                record.fingerprint = stamp
        updated.append(record)
    if found:
        set_setting(store, RECORDS_KEY, json.dumps([asdict(r) for r in updated]))
    return found


def purge_candidate(store: Store) -> BackupRecord | None:
    """The newest verified full backup of the store as it is now, if its file is there."""
    now = fingerprint(store)
    for record in reversed(records(store)):
        if record.masked or not record.verified_at or record.fingerprint != now:
            continue
        if Path(record.path).is_file():
            return record
    return None
