"""Importing order and item reports: all files in one transaction and one batch.

``import_files`` opens the files (refusing bad ones before anything is written) and hands
their rows (already in the form the store keeps) to ``import_sources``, which upserts them
chunk by chunk. Anything raised
midway — a reader's refusal, Cancel, a bug — rolls the whole import back, so the store is
either exactly as before or has every file in it. A reader's refusal names the file it
came from (``messages.naming_file``, where a file is opened and where its rows are read).
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from shopcloser.domain.export_names import in_export_order
from shopcloser.formats.report import ReportKind, open_report
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError, naming_file
from shopcloser.services.import_helper import HELPER_SETTING, drop_early_helper
from shopcloser.services.import_run import (
    ImportRun,
    Progress,
    SourceRow,
    import_transaction,
    index_search,
    no_cycle_collection,
)
from shopcloser.services.import_summary import FileSummary, FlaggedRow, ImportSummary
from shopcloser.services.progress import CancelToken, no_progress
from shopcloser.store import search_index
from shopcloser.store.database import Store, remove_import_leftovers

if TYPE_CHECKING:
    from shopcloser.formats.report import ReportFile

__all__ = [
    "FileSummary",
    "FlaggedRow",
    "ImportSource",
    "ImportSummary",
    "import_files",
    "import_sources",
]

log = logging.getLogger(__name__)

# Files opened at once (an order report and an item report, usually).
_OPENING_THREADS = 2
_Opened = TypeVar("_Opened")


@dataclass
class ImportSource:
    """One file's rows and what the batch records about the file.

    A report gives its rows as stored rows; records made in code (tests) are turned
    into those on the way in."""

    name: str
    kind: ReportKind
    records: Iterable[SourceRow]
    sha256: str = ""
    layout: str = "unknown"
    headers: list[str] = field(default_factory=list)
    size: int = 0
    rows_total: int | None = None
    bytes_read: Callable[[], int] | None = None
    # All of the file's rows (not a part another process shares): a file none of whose
    # rows has an order number is refused.
    whole: bool = True

    @classmethod
    def from_report(
        cls,
        report: ReportFile,
        *,
        first_row: int = 0,
        stop_row: int | None = None,
        first_byte: int | None = None,
    ) -> ImportSource:
        """The report's rows (only those from ``first_row`` up to ``stop_row`` if given;
        ``first_byte``: where ``first_row`` starts, see ``ReportFile.stored_rows``)."""
        return cls(
            name=report.path.name,
            kind=report.kind,
            records=report.stored_rows(first_row, stop_row, first_byte),
            sha256=report.sha256,
            layout=report.layout,
            headers=list(report.headers),
            size=report.size,
            rows_total=report.rows_total,
            bytes_read=lambda: report.bytes_read,
            whole=first_row == 0 and stop_row is None,
        )


def once_each(paths: Sequence[Path]) -> list[Path]:
    """``paths`` without a file named twice (chosen twice, or by two names: a link, or
    another case where names ignore it): read once, listed once in the summary, its
    password asked once."""
    seen: set[object] = set()
    once = []
    for path in paths:
        try:
            info = Path(path).stat()
            key: object = (info.st_dev, info.st_ino)
        except OSError:  # refused when it is opened, with the reason
            key = Path(path).absolute()
        if key not in seen:
            seen.add(key)
            once.append(path)
    return once


def import_files(
    store: Store,
    paths: Sequence[Path],
    *,
    passwords: Mapping[Path, str] | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    now: datetime | None = None,
    helper: bool | None = None,
) -> ImportSummary:
    """Import export files (order and/or item reports, CSV or xlsx) as one batch.

    Files named as the seller centre names them are applied in the order they were
    exported (:func:`~shopcloser.domain.export_names.in_export_order`).

    A large first import shares its work with a helper process
    (:mod:`~shopcloser.services.import_in_two`); ``helper`` True uses one whenever the
    files allow it, False never, None when the files are large enough to gain (or as
    the ``SHOPCLOSER_IMPORT_HELPER`` environment variable says: ``always``/``never``).
    """
    passwords = passwords or {}
    cancel = cancel or CancelToken()
    paths = in_export_order(once_each(paths))  # where two exports hold an order, the newer wins
    if helper is None:  # "always"/"never": for support and for testing a build
        helper = {"always": True, "never": False}.get(os.environ.get(HELPER_SETTING, ""))
    if store.path is not None:
        remove_import_leftovers(store.path)  # an import runs under the store's writer lock
    if helper is not False:
        from shopcloser.services.import_in_two import Redo, import_in_two

        try:
            split = import_in_two(
                store,
                paths,
                passwords,
                always=bool(helper),
                progress=progress,
                cancel=cancel,
                now=now,
            )
        except Redo:
            log.info("Importing in one process after all")
        else:
            if split is not None:
                return split
    drop_early_helper()  # one started by the command line, in case: not needed after all

    def open_one(path: Path) -> ImportSource:
        kind = _file_kind(path)
        if kind == stat.S_IFDIR:  # dropped on the window, say
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is a folder, not a report. Import the report files inside it "
                    "instead. Nothing was imported.",
                ),
                path=str(path),
            )
        if kind != stat.S_IFREG:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file {path} does not exist or is not a file. Check the name and "
                    "try again. Nothing was imported.",
                ),
                path=str(path),
            )
        password = passwords.get(path) or passwords.get(path.absolute())
        with naming_file(path.name):
            report = open_report(path, password=password)
        return ImportSource.from_report(report)

    sources = side_by_side(open_one, paths)
    return import_sources(store, sources, progress=progress, cancel=cancel, now=now)


def _file_kind(path: Path) -> int | None:
    """``stat.S_IFDIR``, ``stat.S_IFREG``, another file type, or None when the name leads
    nowhere: pathlib's ``is_dir`` raises for a name longer than the system allows
    (ENAMETOOLONG), which is as much a missing file as a misspelled one."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):  # ValueError: a NUL character in the name
        return None
    return stat.S_IFMT(mode)


def side_by_side(open_one: Callable[[Path], _Opened], paths: Sequence[Path]) -> list[_Opened]:
    """``open_one`` of each file, the files side by side: hashing a file and inflating a
    workbook for its safety check let go of the GIL. Results (and the first refusal) come
    back in the files' own order, as when opened one by one."""
    if len(paths) < 2:
        return [open_one(path) for path in paths]
    with ThreadPoolExecutor(max_workers=_OPENING_THREADS) as pool:
        return list(pool.map(open_one, paths))


def import_sources(
    store: Store,
    sources: Sequence[ImportSource],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    now: datetime | None = None,
) -> ImportSummary:
    """Upsert the records of ``sources`` into the store in one transaction and batch.

    Order reports go first so that items find their orders rather than creating stubs.
    """
    cancel = cancel or CancelToken()
    cancel.check()
    ordered = sorted(sources, key=lambda source: source.kind is not ReportKind.ORDERS)
    with (
        no_cycle_collection(),
        import_transaction(store) as conn,
        search_index.triggers_off(conn) as indexed,
    ):
        run = ImportRun(conn, now or datetime.now(), ordered, progress, cancel)
        for source in ordered:
            run.add(source)
        summary = run.finish(now or datetime.now())
        if indexed:
            index_search(conn, run)
        cancel.last_check()  # Cancel while the import finished: still nothing changed
        return summary
