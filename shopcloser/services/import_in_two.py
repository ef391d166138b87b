"""A large first import done by two processes at once, with the result of one.

When the store is empty and the files are big, ``import_plan.plan_split`` divides the
work: the import itself keeps the start of the order reports; a helper process
(:mod:`shopcloser.services.import_helper`) reads their end (and an only item report) into
a staging file. Order reports are split at one point: whole files go to the helper from
the last one back, and one file may be split by row. The helper reads that file from
where the row starts, found on the bytes (:mod:`shopcloser.formats.csv_split`), and the
import checks that the row it stopped at is the row the helper started at; where the
bytes cannot tell, the helper parses the file from the top and builds only the rows
from the split on. Item reports are never split (an item's position in its order counts
its rows); of several (one per date range) the import reads the first while the helper
works and the others once the helper's orders are in. Two workbooks go one to each
process whole: a helper reading the end of a sheet would parse every row it skips. The
helper is started before the files are planned, so that its own start-up overlaps the
planning.

``import_in_two`` then copies the helper's rows in after its own, in file order, so the
store ends up as a one-process import leaves it: same rows, same row order, same batch,
same summary. Where that cannot be guaranteed cheaply (a row both processes read, such as
an order in two overlapping date ranges, two workbooks of one kind, a refusal or a failure
in the helper) it raises ``Redo`` and the import runs again in one process, which gives
the merchant the usual result or message.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from shopcloser.formats.report import ReportKind, open_report
from shopcloser.messages import Cancelled, UserError
from shopcloser.services.import_helper import (
    KIND_BITS,
    Helper,
    HelperJob,
    HelperResult,
    take_helper,
)
from shopcloser.services.import_items import FreshItems
from shopcloser.services.import_plan import (
    TABLES,
    OwnPart,
    Plan,
    plan_split,
    worth_splitting,
)
from shopcloser.services.import_repeats import FileSeen
from shopcloser.services.import_run import (
    MAX_FLAGGED_LISTED,
    ImportRun,
    PartFindings,
    Progress,
    add_unknown,
    import_transaction,
    no_cycle_collection,
)
from shopcloser.services.import_summary import FileSummary, FlaggedRow, ImportSummary
from shopcloser.services.progress import CancelToken
from shopcloser.store import search_index
from shopcloser.store.database import PAGE_SIZE, Store, import_workdir_prefix, write_back_soon

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

# The tables a helper writes, with what they refer to.
_STAGED = ("shops", "import_batches", "batch_changes", "orders", "order_items")


class Redo(Exception):  # noqa: N818 - a request, not an error
    """Splitting could give another result than one process would: import in one."""


def import_in_two(
    store: Store,
    paths: Sequence[Path],
    passwords: Mapping[Path, str],
    *,
    always: bool,
    progress: Progress,
    cancel: CancelToken,
    now: datetime | None = None,
) -> ImportSummary | None:
    """Import with a helper when ``plan_split`` finds a split that pays: the same store
    and summary as one process, or ``Redo``. None when the files are not worth it."""
    if not worth_splitting(store, paths, passwords, always=always):
        return None
    assert store.path is not None
    try:
        workdir = Path(
            tempfile.mkdtemp(prefix=import_workdir_prefix(store.path), dir=store.path.parent)
        )
    except OSError as error:
        log.warning("No room for an import helper's files: %s", error)
        raise Redo from error
    helper: Helper | None = None
    try:
        try:
            helper = take_helper()  # starting up while the files are planned, if not yet
        except OSError as error:
            log.warning("The import helper did not start: %s", error)
            raise Redo from error
        plan = plan_split(store, paths, passwords, always=always)  # refuses as one process would
        if plan is None:
            return None
        cancel.check()  # planning reads every file once
        return _run_split(_Split(store, plan, workdir, helper, progress, cancel), now)
    finally:
        if helper is not None:
            helper.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def _run_split(split: _Split, now: datetime | None) -> ImportSummary:
    try:
        return split.run(now)
    except (Redo, Cancelled):
        raise
    except UserError as error:
        # This process read only part of the files: one process reading them all may meet
        # another problem first, and its message is the one the merchant should get.
        split.cancel.reopen()
        raise Redo from error
    except Exception as error:  # a full disk, a file another program holds, a bug
        log.warning("The import with a helper failed; importing in one process", exc_info=True)
        split.cancel.reopen()  # its commit failed: the import is not saving any more
        raise Redo from error


def _create_staging(store: Store, staging: Path) -> None:
    """An empty file with the store's own tables and indexes (not its triggers)."""
    marks = ",".join("?" * len(_STAGED))
    with store.engine.connect() as conn:
        schema = [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "  # noqa: S608
                f"AND type IN ('table', 'index') AND tbl_name IN ({marks}) "
                "ORDER BY type = 'index', rowid",
                _STAGED,
            )
        ]
    target = sqlite3.connect(staging)
    try:
        target.execute(f"PRAGMA page_size={PAGE_SIZE}")  # the store's, for the copy
        target.execute("PRAGMA journal_mode=OFF")
        for statement in schema:
            target.execute(statement)
        target.commit()
    finally:
        target.close()


@dataclass
class _PartSummary:
    path: Path
    first_row: int
    found: PartFindings

    @property
    def kind(self) -> str:
        return self.found.summary.kind


class _Split:
    def __init__(
        self,
        store: Store,
        plan: Plan,
        workdir: Path,
        helper: Helper,
        progress: Progress,
        cancel: CancelToken,
    ) -> None:
        self.store = store
        self.plan = plan
        self.workdir = workdir
        self.helper = helper
        self.progress = progress
        self.cancel = cancel
        self.helper_started = False  # its job sent: its progress counts
        self.own_rows: int | None = None  # rows in this process's workbook, once opened
        self.own_kinds = 0  # KIND_BITS of the tables this process writes
        self.all_read = False  # both processes are through their rows

    def _tick(self, run: ImportRun) -> None:
        self.cancel.check()
        self._report(run.done, None, "")

    def _report(self, done: int, _total: int | None, name: str) -> None:
        helper_done, helper_total, helper_kinds, checked = (
            self.helper.counts() if self.helper_started else (0, None, 0, None)
        )
        if helper_kinds & self.own_kinds:
            raise Redo  # two reports of one kind (two workbooks): one process merges them
        self._watch()
        if self.own_rows is None and checked is not None:
            self.own_rows = checked
        total = self.plan.rows_estimate
        if total is None and self.own_rows is not None and helper_total is not None:
            total = self.own_rows + helper_total
        done += helper_done
        if self.all_read:
            total = done  # (the estimate counted lines): what is left has no rows
        self.progress(done, None if total is None else max(total, done), name)

    def run(self, now: datetime | None) -> ImportSummary:
        started = now or datetime.now()
        store, plan = self.store, self.plan
        _create_staging(store, self.workdir / "staging.db")
        with (
            no_cycle_collection(),
            import_transaction(store, attach=self.workdir / "staging.db") as conn,
            search_index.triggers_off(conn) as indexed,
        ):
            run = ImportRun(conn, started, [], self._report, self.cancel)
            job = HelperJob(
                tuple(plan.helper),
                str(self.workdir),
                run.batch_id,
                started,
                check=plan.helper_checks,
            )
            self.helper.send(job)
            self.helper_started = True
            clock = time.perf_counter()
            try:
                own = self._own_parts(run)
                own_last = self._max_rowid(conn)
                if indexed:
                    # While the helper still reads: index the orders this process wrote.
                    search_index.refill_search_index(conn, merge=False)
                own_seconds = time.perf_counter() - clock
                result = self.helper.wait(self.cancel, lambda: self._tick(run))
            except BaseException:
                self.helper.stop()
                raise
            if result.failure:
                log.warning(
                    "The import helper failed; importing in one process.\n%s", result.failure
                )
                raise Redo
            if result.refused:
                raise Redo
            self._check_split_rows(result)
            self._check_order_numbers([*own, *self._helper_parts(result)])
            self.all_read = not plan.own_later
            self._tick(run)
            self._merge(run, result, {TABLES[part.kind] for part in own})
            if store.path is not None:
                write_back_soon(store.path)  # meanwhile: items settled, search entries
            parts = [*own, *self._helper_parts(result)]
            items = [p for p in parts if p.kind == ReportKind.ITEMS.value]
            if items:
                seen = FileSeen(items[0].found.summary.name, sole_writer=True)
                FreshItems(run.writer, seen).finish(lambda: self._tick(run))
            parts += self._read(run, plan.own_later, [])
            self.all_read = True
            self._summaries(run, parts)
            self._tick(run)
            summary = run.finish(now or datetime.now())
            if indexed:
                search_index.index_orders_after(conn, own_last)  # the helper's, and stubs
            self.cancel.last_check()  # the last moment Cancel can leave the store as it was
        log.info(
            "Import %d shared with a helper process: %.1f s here, %.1f s there, %.1f s in all",
            summary.batch_id,
            own_seconds,
            result.seconds,
            time.perf_counter() - clock,
        )
        return summary

    def _own_parts(self, run: ImportRun) -> list[_PartSummary]:
        deferred: list[str] = []
        done = self._read(run, self.plan.own, deferred)
        # Indexes now, while the helper still reads; its rows then update them as they go
        # in, which costs less at the end than building them after the copy.
        run.sql.rebuild_indexes(deferred)
        return done

    def _read(
        self, run: ImportRun, parts: list[OwnPart], deferred: list[str]
    ) -> list[_PartSummary]:
        from shopcloser.services.importing import ImportSource

        done: list[_PartSummary] = []
        checks = self.plan.helper_checks
        for part in parts:
            checked_there = checks is not None and Path(checks.path) == part.path
            report = part.report or open_report(
                part.path, password=part.password, far_cells=not checked_there
            )
            if checked_there:
                report.watch = self._watch
            if part.report is None and report.rows_total is not None:
                self.own_rows = report.rows_total
            self.own_kinds |= KIND_BITS[report.kind.value]
            self._report(run.done, None, "")  # the helper may have opened a report of this kind
            source = ImportSource.from_report(report, stop_row=part.stop_row)
            done.append(_PartSummary(part.path, 0, run.add_part(source, deferred=deferred)))
        return done

    def _watch(self) -> None:
        """Stop as soon as the helper has refused a file (perhaps this process's own
        workbook, which it checks for far cells) or failed: one process does it all."""
        if self.helper_started and self.helper.ended_badly():
            raise Redo

    def _check_split_rows(self, result: HelperResult) -> None:
        """Where a file was split at a row found on its bytes (formats.csv_split), the
        row this process stopped at must be the row the helper started at: the same
        cells, ending after as many lines from the file's start. Otherwise the bytes
        misled (stray quotes, say) and one process reads the file."""
        stopped = {
            part.path.resolve(): part.report.at_stop
            for part in self.plan.own
            if part.stop_row is not None and part.report is not None
        }
        for done in result.parts:
            if done.part.first_byte is None:
                continue
            at_stop = stopped.get(Path(done.part.path).resolve())
            if at_stop is None or done.at_start is None:
                raise Redo
            lines, cells = done.at_start
            if at_stop != (done.part.first_line + lines, cells):
                raise Redo

    @staticmethod
    def _check_order_numbers(parts: list[_PartSummary]) -> None:
        """A file none of whose rows has an order number is refused (``ImportRun.add``),
        which neither process can tell of a file they share: one process does it all. So
        does it a file with a row holding an order but no order number, for one message
        whichever part the row is in."""
        with_ids: dict[Path, int] = {}
        for part in parts:
            path = part.path.resolve()
            with_ids[path] = with_ids.get(path, 0) + part.found.with_ids
        if not all(with_ids.values()) or any(p.found.orphan_row is not None for p in parts):
            raise Redo

    @staticmethod
    def _helper_parts(result: HelperResult) -> list[_PartSummary]:
        return [
            _PartSummary(Path(done.part.path), done.part.first_row, done.found)
            for done in result.parts
        ]

    def _merge(self, run: ImportRun, result: HelperResult, own_tables: set[str]) -> None:
        """Copy the helper's rows in after the import's own, and its shops."""
        helper_tables = {TABLES[done.found.summary.kind] for done in result.parts}
        for done in result.parts:
            if done.part.whole_table and TABLES[done.found.summary.kind] in own_tables:
                raise Redo  # two reports of one kind (two workbooks): one process merges them
        conn = run.conn
        orders_before = self._max_rowid(conn)
        for table, added in (("orders", result.orders_added), ("order_items", result.items_added)):
            if table not in helper_tables or not added:
                continue
            if table in own_tables:
                copied = conn.exec_driver_sql(
                    f"INSERT INTO main.{table} SELECT * FROM helper.{table} "  # noqa: S608
                    "WHERE true ON CONFLICT DO NOTHING"
                ).rowcount
                if copied != added:
                    raise Redo  # a row both halves read: one process compares them
            else:
                # The store's table is empty: SQLite copies it whole, indexes and all.
                conn.exec_driver_sql(f"INSERT INTO main.{table} SELECT * FROM helper.{table}")  # noqa: S608
        run.writer.orders_added += result.orders_added
        run.writer.items_added += result.items_added
        run.writer.items_written = run.writer.items_written or bool(result.items_added)
        self._merge_shops(run, result, orders_before)

    @staticmethod
    def _max_rowid(conn: Connection) -> int:
        return int(
            conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM main.orders").scalar() or 0
        )

    @staticmethod
    def _merge_shops(run: ImportRun, result: HelperResult, orders_before: int) -> None:
        """The helper numbered its shops itself: meet its (shop id, name) pairs again, in
        the order it met them, as one process reading on would have (creating a shop,
        renaming one, with the same undo data), and give its orders the store's numbers."""
        moved = {}
        for (platform_id, name), staged_id in result.shops:
            store_id = run.writer.shops.ref(platform_id, name)
            if store_id is not None and store_id != staged_id:
                moved[staged_id] = store_id
        if not moved:
            return
        cases = " ".join("WHEN ? THEN ?" for _ in moved)
        params = [value for pair in moved.items() for value in pair]
        run.conn.exec_driver_sql(
            f"UPDATE main.orders SET shop_id = CASE shop_id {cases} END "  # noqa: S608
            f"WHERE rowid > ? AND shop_id IN ({','.join('?' * len(moved))})",
            (*params, orders_before, *moved),
        )

    def _summaries(self, run: ImportRun, parts: list[_PartSummary]) -> None:
        """Files, flagged rows and unknown statuses as one process would have listed them."""
        order = {path.resolve(): index for index, path in enumerate(self.plan.paths)}
        parts.sort(
            key=lambda p: (p.kind != ReportKind.ORDERS.value, order[p.path.resolve()], p.first_row)
        )
        files: list[FileSummary] = []
        flagged: list[FlaggedRow] = []
        last: Path | None = None
        for part in parts:
            found = part.found
            if part.path == last:
                files[-1].rows += found.summary.rows
                files[-1].flagged += found.summary.flagged
            else:
                files.append(found.summary)
            last = part.path
            flagged.extend(found.flagged)
        run.files = files
        run.flagged = flagged[:MAX_FLAGGED_LISTED]
        run.flagged_total = sum(part.found.flagged_total for part in parts)
        # In the order one process meets them: equal counts are listed first met first.
        run.unknown, run.unknown_on_items, run.unknown_refunds = {}, {}, {}
        for part in parts:
            add_unknown(run.unknown, part.found.unknown)
            add_unknown(run.unknown_on_items, part.found.unknown_on_items)
            add_unknown(run.unknown_refunds, part.found.unknown_refunds)
