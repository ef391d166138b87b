"""The helper process of a large first import: the other half of the work, on another core.

Python runs one thread at a time, so an import in one process uses one core however many
the computer has. For a first import (an empty store) the import hands part of the files
to a helper: a second ShopCloser process, started with ``--import-helper``, that reads its
files through the same readers and ``ImportRun`` as the import itself, but into a
*staging* SQLite file of its own. The import then copies the staging tables into the store
inside its one transaction (SQLite copies whole tables without decoding a row when the
target is empty), so the store still changes all at once or not at all.

The job travels to the helper as a pickle on its standard input; the result comes back as
a pickle in a file beside the staging file, and the helper publishes how many rows it has
read in a small progress file. Nothing here is seen by the merchant: a helper that fails
or refuses a file only makes the import start again in one process, which then gives the
merchant its usual message.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import pickle
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from shopcloser.messages import UserError
from shopcloser.services.progress import CancelToken

if TYPE_CHECKING:
    from shopcloser.formats.report import ReportFile, RowMark
    from shopcloser.services.import_run import ImportRun, PartFindings
    from shopcloser.services.importing import ImportSource

HELPER_FLAG = "--import-helper"
# "always" or "never" (support, and tests of a build); otherwise the files decide.
HELPER_SETTING = "SHOPCLOSER_IMPORT_HELPER"
# Below this much data the helper's start (about half a second) costs more than it saves.
HELPER_MIN_BYTES = 16 * 1024 * 1024
# Rows done, rows in the helper's files (-1: not known yet), the tables it writes whole
# (KIND_BITS), published as soon as it has opened its files, and the rows of the
# import's own workbook once the helper has checked it (-1 until then).
_COUNTS = struct.Struct("<qqqq")
KIND_BITS = {"orders": 1, "items": 2}
_WAIT_STEP = 0.05  # seconds between looks at the helper (progress, Cancel)
_NICENESS = 5


@dataclass(frozen=True)
class HelperPart:
    """A file, or its rows from ``first_row`` on, for the helper to read."""

    path: str
    first_row: int = 0
    # Where ``first_row`` starts in a CSV file, when known, and the line breaks before it:
    # read from there (otherwise the rows before it are parsed to find it). The import
    # checks the first row read against the row it stopped at (``PartDone.at_start``).
    first_byte: int | None = None
    first_line: int = 0
    sha256: str | None = None  # known already: saves reading the file once more
    # The file's size and modification time when the import hashed it (a CSV file): others
    # mean that another program changed the file since (the helper's own check sees only
    # what happens while it reads).
    size: int | None = None
    mtime_ns: int | None = None
    password: str | None = None
    # The helper writes the whole of this file's table (the import writes none of its
    # rows, from any file): it builds the table's indexes, and the store copies them with
    # the rows.
    whole_table: bool = True


@dataclass(frozen=True)
class HelperJob:
    parts: tuple[HelperPart, ...]
    workdir: str
    batch_id: int
    started: datetime
    # The import's own workbook, which it opened without the scan for far cells: the
    # helper opens it fully first (a refusal ends the job, and the import starts again
    # in one process, which refuses the file itself).
    check: HelperPart | None = None

    @property
    def staging(self) -> Path:
        return Path(self.workdir) / "staging.db"


@dataclass
class PartDone:
    """What the helper found in one part, for the import's summary."""

    part: HelperPart
    found: PartFindings
    at_start: RowMark | None = None  # the row at ``part.first_byte``: ReportFile.at_start


@dataclass
class HelperResult:
    parts: list[PartDone] = field(default_factory=list)
    orders_added: int = 0
    items_added: int = 0
    # The shops the helper met, ((shop id in the seller centre, name), staging id), in the
    # order it first met each pair: the import meets them again in that order.
    shops: list[tuple[tuple[str | None, str | None], int]] = field(default_factory=list)
    seconds: float = 0.0  # the helper's own time, for the log (balancing the two halves)
    refused: bool = False  # a file was refused: the import redoes it in one process
    failure: str = ""  # a traceback, for the log


def helper_command() -> list[str]:
    """How to start this program as a helper (frozen bundle or ``python -m``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_FLAG]
    return [sys.executable, "-m", "shopcloser", HELPER_FLAG]


class Helper:
    """A running helper process: ``send`` it its job, ``wait`` for the result, ``stop``
    to kill it. It starts before its job is known, so that its own start-up (Python and
    the libraries an import needs) overlaps the import's planning, or, from the command
    line, the import's own start-up (:func:`start_early`)."""

    def __init__(self) -> None:
        self._progress: Path | None = None
        self._ended_badly: bool | None = None
        self._result: Path | None = None
        # What it says on failure (a traceback, for our log); gone once closed.
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - closed by _close
        try:
            self._proc = subprocess.Popen(
                helper_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=self._log,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except BaseException:
            self._log.close()
            raise

    def send(self, job: HelperJob) -> None:
        workdir = Path(job.workdir)
        self._progress = workdir / "progress"
        self._progress.write_bytes(_COUNTS.pack(0, -1, 0, -1))
        self._result = workdir / "result.pickle"
        assert self._proc.stdin is not None
        try:
            # The pipe stays open: the helper quits when it closes, so a helper never
            # outlives an import that was killed.
            pickle.dump(job, self._proc.stdin)
            self._proc.stdin.flush()
        except OSError:
            pass  # it died at once: wait() reports the failure

    def counts(self) -> tuple[int, int | None, int, int | None]:
        """(rows the helper has read, rows in its files or None while unknown, the
        KIND_BITS of the tables it writes whole, once it has opened its files, and the
        rows of the workbook it checked for the import, or None)."""
        try:
            assert self._progress is not None, "no job sent"
            done, total, kinds, checked = _COUNTS.unpack(
                self._progress.read_bytes()[: _COUNTS.size]
            )
        except (OSError, struct.error):
            return 0, None, 0, None
        return done, (None if total < 0 else total), kinds, (None if checked < 0 else checked)

    def ended_badly(self) -> bool:
        """Whether the helper has already ended, refusing a file or failing."""
        if self._ended_badly is None and self._proc.poll() is not None:
            result = self._read_result()
            self._ended_badly = result is None or result.refused or bool(result.failure)
        return bool(self._ended_badly)

    def _read_result(self) -> HelperResult | None:
        if self._result is None:
            return None
        try:
            with self._result.open("rb") as handle:
                result: HelperResult = pickle.load(handle)  # noqa: S301 - written by our child
        except (OSError, EOFError, pickle.UnpicklingError):
            return None
        return result

    def wait(self, cancel: CancelToken, tick: Callable[[], None]) -> HelperResult:
        """Wait for the helper, calling ``tick`` and checking ``cancel`` meanwhile."""
        while True:
            cancel.check()
            tick()
            try:
                code = self._proc.wait(timeout=_WAIT_STEP)
            except subprocess.TimeoutExpired:
                continue
            break
        result = self._read_result()
        if result is None:
            try:
                self._log.seek(0)
                log = self._log.read().decode(errors="replace")[-2000:]
            except OSError as error:
                log = str(error)
            self._close()
            return HelperResult(failure=f"helper exited with {code}: {log}")
        self._close()
        return result

    def stop(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
        self._close()

    def alive(self) -> bool:
        return self._proc.poll() is None

    def _close(self) -> None:
        self._log.close()
        assert self._proc.stdin is not None
        with contextlib.suppress(OSError):  # nobody reads it any more
            self._proc.stdin.close()


class _Early:
    helper: Helper | None = None


_early = _Early()


def start_early(paths: Sequence[str]) -> None:
    """Start a helper before the import knows whether it wants one: from the command line,
    while the import is still loading its libraries (half a second, which the helper's own
    start then overlaps instead of following). Only when ``paths`` are large enough for an
    import to share them and another core is free; the import takes the helper
    (:func:`take_helper`) or lets it go (:func:`drop_early_helper`). A helper that never
    gets a job ends when its input closes, at the latest when this process ends."""
    setting = os.environ.get(HELPER_SETTING, "")
    if setting == "never" or _early.helper is not None:
        return
    try:
        size = sum(Path(p).stat().st_size for p in paths)
    except OSError:
        return  # the import says what is wrong with the file
    if setting != "always" and (size < HELPER_MIN_BYTES or usable_cores() < 2):
        return
    with contextlib.suppress(OSError):
        _early.helper = Helper()


def take_helper() -> Helper:
    """The helper started early, if it is still running, or a new one."""
    helper, _early.helper = _early.helper, None
    if helper is not None and helper.alive():
        return helper
    if helper is not None:
        helper.stop()
    return Helper()


def drop_early_helper() -> None:
    """End the helper started early: the import works alone."""
    helper, _early.helper = _early.helper, None
    if helper is not None:
        helper.stop()


def usable_cores() -> int:
    """Processor cores this process may run on (a container or an affinity mask may allow
    fewer than the machine has). With one, a helper would only add work."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


# -- the helper's side ------------------------------------------------------------------


def serve(stdin: IO[bytes] | None = None) -> int:
    """The helper process's main: read the job, do it, leave the result beside it."""
    pipe = stdin or sys.stdin.buffer
    if hasattr(os, "nice"):  # a background job: the window and the import go first
        with contextlib.suppress(OSError):
            os.nice(_NICENESS)
    _load_libraries()
    try:
        job: HelperJob = pickle.load(pipe)  # noqa: S301 - from our parent
    except EOFError:
        return 0  # the import went on without a helper
    watch = threading.Thread(target=_quit_when_orphaned, args=(pipe, job.workdir), daemon=True)
    watch.start()
    started = time.perf_counter()
    try:
        result = run_job(job)
        result.seconds = time.perf_counter() - started
    except UserError:
        result = HelperResult(refused=True)
    except BaseException:
        result = HelperResult(failure=traceback.format_exc())
    target = Path(job.workdir) / "result.pickle"
    partial = target.with_suffix(".part")
    with partial.open("wb") as handle:
        pickle.dump(result, handle)
    partial.replace(target)
    # Done: the import is waiting for this process to end. Tearing down the interpreter
    # would free every object of the job one by one (about a second for 200,000 orders);
    # the staging file is closed and the result written, so nothing is lost by skipping it.
    sys.stderr.flush()
    os._exit(0)


def _load_libraries() -> None:
    """What ``run_job`` needs, loaded while the import is still planning the job."""
    from shopcloser.loading import libraries_loading

    with libraries_loading():
        import shopcloser.services.import_run
        import shopcloser.services.importing  # noqa: F401


def _quit_when_orphaned(pipe: IO[bytes], workdir: str) -> None:
    """The import keeps our input open while it waits for us: end of input means it is
    gone (killed, or crashed), and nobody will copy the staging file. It holds buyers'
    personal data, so it goes too (where open files can be deleted; otherwise the next
    writer of the store removes it)."""
    with contextlib.suppress(OSError):
        while pipe.read(4096):
            pass
    shutil.rmtree(workdir, ignore_errors=True)
    os._exit(3)


def run_job(job: HelperJob) -> HelperResult:
    from sqlalchemy import URL, create_engine

    from shopcloser.formats import refusals
    from shopcloser.formats.report import open_report
    from shopcloser.services.import_run import ImportRun, no_cycle_collection
    from shopcloser.services.importing import ImportSource

    # Unbuffered, binary, rewritten in place: the import reads it whenever it likes.
    progress_file = (Path(job.workdir) / "progress").open("r+b", buffering=0)
    rows_known: list[int | None] = []
    kinds = 0
    checked = -1

    def publish(done: int, _total: int | None = None, _name: str = "") -> None:
        known = rows_known and None not in rows_known  # none yet while checking
        total = sum(n or 0 for n in rows_known) if known else -1
        progress_file.seek(0)
        progress_file.write(_COUNTS.pack(done, total, kinds, checked))

    if job.check is not None:
        # First, so that a refusal stops the import early; refusals end the job here.
        their = job.check
        rows = open_report(Path(their.path), password=their.password, sha256=their.sha256)
        if rows.undeclared_columns:
            # Cells right of the header that the sheet does not declare: the import, which
            # read as far as it declares, would not flag their rows. It starts again in
            # one process, checking the workbook itself.
            progress_file.close()
            return HelperResult(refused=True)
        checked = -1 if rows.rows_total is None else rows.rows_total
        del rows  # the workbook (decrypted, if it was protected) is not needed any more
        publish(0)

    url = URL.create("sqlite", database=str(job.staging))  # whatever the path holds
    engine = create_engine(url, hide_parameters=True)
    result = HelperResult()
    try:
        with no_cycle_collection(), engine.connect() as conn:
            # A scratch file: no journal, no waiting for the disk.
            conn.exec_driver_sql("PRAGMA journal_mode=OFF")
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
            # And no waiting for a lock: nothing may read the file while this process
            # writes it. If something did (as the import once did by mistake), SQLite
            # would wait out the timeout for every page it moves to the disk, which
            # looked like a hang; failing at once lets the import work alone.
            conn.exec_driver_sql("PRAGMA busy_timeout=0")
            conn.commit()
            with conn.begin():
                run = ImportRun(
                    conn, job.started, [], publish, CancelToken(), batch_id=job.batch_id
                )
                reports = []
                for part in job.parts:
                    report = open_report(
                        Path(part.path), password=part.password, sha256=part.sha256
                    )
                    if part.size is not None and (report.size, report.mtime_ns) != (
                        part.size,
                        part.mtime_ns,
                    ):
                        raise refusals.file_changed()
                    rows_known.append(report.rows_total if part.first_row == 0 else None)
                    if part.whole_table:
                        kinds |= KIND_BITS[report.kind.value]
                    reports.append(report)
                publish(0)  # the kinds: the import stops at once if it writes one of them
                # Indexes of the tables the helper writes whole, once every part is in
                # (its later order reports look orders up by their key only).
                indexes: list[str] = []
                for part, report in zip(job.parts, reports, strict=True):
                    deferred: list[str] = []
                    result.parts.append(_read_part(run, part, report, ImportSource, deferred))
                    if part.whole_table:
                        indexes += deferred
                run.sql.rebuild_indexes(indexes)
                result.orders_added = run.writer.orders_added
                result.items_added = run.writer.items_added
                result.shops = run.writer.shops.seen()
    finally:
        engine.dispose()
        progress_file.close()
    return result


def _read_part(
    run: ImportRun,
    part: HelperPart,
    report: ReportFile,
    source_type: type[ImportSource],
    deferred: list[str],
) -> PartDone:
    source = source_type.from_report(report, first_row=part.first_row, first_byte=part.first_byte)
    found = run.add_part(source, deferred=deferred)
    # The result is written to disk: no password in it.
    return PartDone(dataclasses.replace(part, password=None), found, report.at_start)
