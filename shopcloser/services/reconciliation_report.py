"""The reconciliation report: the merchant's proof that every order was dealt with.

An xlsx with a summary sheet, the orders (all, or only those that blocked closure) as
"order id | status | handled? | action | note | who | when", and the whole marks log.
Texts come from the caller in the merchant's language (:class:`ReportTexts`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from shopcloser.domain.closure import Reason
from shopcloser.formats.report_workbook import SheetSpec, write_workbook
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError
from shopcloser.services.marks import iter_marks, marks_count
from shopcloser.services.order_sql import OrderFilter, SortColumn
from shopcloser.services.orders import OrderQuery, OrderRow, iter_orders, order_keys
from shopcloser.services.progress import CancelToken, ProgressReporter, no_progress
from shopcloser.services.readiness import readiness
from shopcloser.store.database import Store

PROGRESS_EVERY = 2_000


@dataclass
class ReportTexts:
    """Every word the report shows, already in the merchant's language.

    The defaults are plain English with canonical codes, for scripts and tests; the
    window passes its translations.
    """

    summary_sheet: str = "Summary"
    orders_sheet: str = "Orders"
    marks_sheet: str = "Marks log"
    order_headers: tuple[str, ...] = (
        "Order number",
        "Status",
        "Handled?",
        "Action",
        "Note",
        "Who",
        "When",
        "Why it blocked",
        "Refund",
        "Created",
        "Amount",
    )
    marks_headers: tuple[str, ...] = ("When", "Order number", "Entry", "Action", "Note", "Who")
    summary_headers: tuple[str, ...] = ("", "")
    yes: str = "Yes"
    no: str = "No"
    not_needed: str = "Not needed"
    summary_labels: dict[str, str] = field(
        default_factory=lambda: {
            "made_at": "Report made at",
            "scope": "Orders listed",
            "scope_all": "All orders",
            "scope_blocking": "Only orders that blocked closure",
            "orders": "Orders",
            "blocking": "Still blocking closure",
            "handled": "Handled by you",
            "watch": "Finished, still inside after-sales",
            "verdict": "Can the shop close?",
            "by_reason": "Orders still blocking, by reason",
            "by_status": "All orders, by status",
            "marks": "Entries in the marks log",
            "stock": "Stock items still needing a decision",
        }
    )
    statuses: dict[str, str] = field(default_factory=dict)  # code → text
    refunds: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    actions: dict[str, str] = field(default_factory=dict)
    mark_kinds: dict[str, str] = field(default_factory=dict)
    verdicts: dict[str, str] = field(default_factory=dict)

    def text(self, table: dict[str, str], code: str) -> str:
        return table.get(code, code)


def _refuse_save(path: Path, error: OSError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The report could not be saved as {path} ({reason}). If the file is open in "
            "Excel, close it; otherwise choose another folder with enough free space.",
        ),
        path=str(path),
        reason=error.strerror or type(error).__name__,
    )


def _order_row(row: OrderRow, texts: ReportTexts) -> list[Any]:
    mark = row.mark
    if row.handled:
        handled = texts.yes
    elif row.reasons:
        handled = texts.no
    else:
        handled = texts.not_needed
    return [
        row.order_id,
        texts.text(texts.statuses, row.status.value),
        handled,
        texts.text(texts.actions, mark.action or "") if mark else "",
        (mark.note or "") if mark else "",
        (mark.by or "") if mark else "",
        mark.at if mark else None,
        "; ".join(texts.text(texts.reasons, r.value) for r in row.reasons),
        "; ".join(texts.text(texts.refunds, s.value) for s in row.refund_states),
        row.created_at,
        row.amount,
    ]


def _counted(
    rows: Iterator[Sequence[Any]],
    progress: ProgressReporter,
    cancel: CancelToken | None,
    start: int,
    total: int,
    message: str,
) -> Iterator[Sequence[Any]]:
    done = start
    for row in rows:
        if cancel is not None:
            cancel.check()
        yield row
        done += 1
        if done % PROGRESS_EVERY == 0:
            progress(done, total, message)


def write_report(
    store: Store,
    path: Path,
    *,
    only_blocking: bool = False,
    texts: ReportTexts | None = None,
    now: datetime | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Write the report to ``path`` (replacing it atomically); returns the orders listed.

    ``only_blocking`` lists the orders that needed the merchant: those that block or
    blocked closure, handled or not, and any order ever marked; otherwise every order.
    """
    texts = texts or ReportTexts()
    now = now or datetime.now().replace(microsecond=0)
    state = readiness(store, now=now)
    query = OrderQuery(
        filter=OrderFilter.WOULD_BLOCK if only_blocking else OrderFilter.ALL,
        sort=SortColumn.ORDER_ID,
    )
    listed = len(order_keys(store, query, cancel=cancel))
    logged = marks_count(store)
    total = listed + logged
    labels = texts.summary_labels

    summary: list[Sequence[Any]] = [
        [labels["made_at"], now],
        [labels["scope"], labels["scope_blocking" if only_blocking else "scope_all"]],
        [labels["orders"], state.orders],
        [labels["blocking"], state.blocking],
        [labels["handled"], state.handled],
        [labels["watch"], state.watch],
        [labels["stock"], state.stock.undecided],
        [labels["marks"], logged],
        [labels["verdict"], texts.text(texts.verdicts, state.verdict.value)],
        [],
        [labels["by_reason"], None],
        *(
            [texts.text(texts.reasons, reason.value), count]
            for reason, count in state.by_reason.items()
            if count or reason in (Reason.OPEN_ORDER, Reason.OPEN_REFUND)
        ),
        [],
        [labels["by_status"], None],
        *(
            [texts.text(texts.statuses, code), count]
            for code, count in state.by_status.items()
            if count
        ),
    ]
    orders = (_order_row(row, texts) for row in iter_orders(store, query, cancel=cancel))
    marks = (
        [
            entry.at,
            entry.order_id,
            texts.text(texts.mark_kinds, entry.kind.value),
            texts.text(texts.actions, entry.action or ""),
            entry.note or "",
            entry.by or "",
        ]
        for entry in iter_marks(store)
    )
    sheets = [
        SheetSpec(texts.summary_sheet, texts.summary_headers, summary, widths=(40, 24)),
        SheetSpec(
            texts.orders_sheet,
            texts.order_headers,
            _counted(orders, progress, cancel, 0, total, texts.orders_sheet),
            widths=(22, 26, 10, 20, 30, 14, 19, 30, 24, 19, 12),
        ),
        SheetSpec(
            texts.marks_sheet,
            texts.marks_headers,
            _counted(marks, progress, cancel, listed, total, texts.marks_sheet),
            widths=(19, 22, 12, 20, 30, 14),
        ),
    ]
    progress(0, total, texts.orders_sheet)
    try:
        write_workbook(path, sheets)
    except OSError as error:
        raise _refuse_save(path, error) from error
    progress(total, total, "")
    return listed


def write_marks_log(
    store: Store,
    path: Path,
    *,
    texts: ReportTexts | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Only the marks log, as its own workbook; returns the number of entries."""
    texts = texts or ReportTexts()
    count = 0

    def rows() -> Iterator[Sequence[Any]]:
        nonlocal count
        for entry in iter_marks(store):
            if cancel is not None and count % PROGRESS_EVERY == 0:
                cancel.check()
            count += 1
            yield [
                entry.at,
                entry.order_id,
                texts.text(texts.mark_kinds, entry.kind.value),
                texts.text(texts.actions, entry.action or ""),
                entry.note or "",
                entry.by or "",
            ]

    sheet = SheetSpec(texts.marks_sheet, texts.marks_headers, rows(), (19, 22, 12, 20, 30, 14))
    try:
        write_workbook(path, [sheet])
    except OSError as error:
        raise _refuse_save(path, error) from error
    return count
