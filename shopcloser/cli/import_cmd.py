"""``shopcloser import FILE…``: import order and item reports as one batch."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from shopcloser import i18n
from shopcloser.cli.context import Cli, CommandContext
from shopcloser.cli.password_file import read_password_file
from shopcloser.formats.problems import row_problem_message
from shopcloser.messages import (
    CONTEXT,
    QT_TRANSLATE_NOOP,
    PasswordRequired,
    UserError,
    WrongPassword,
)
from shopcloser.services.import_summary import OLDER_EXPORTS_ONE_BY_ONE, older_files_named
from shopcloser.services.importing import ImportSummary, import_files
from shopcloser.services.progress import CancelToken
from shopcloser.store.database import Store

# The CLI lists this many flagged rows; the window offers all of them.
FLAGGED_SHOWN = 20


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import",
        help=QT_TRANSLATE_NOOP(
            "Cli", "import order and item reports (CSV or xlsx) exported from the shop"
        ),
    )
    parser.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help=QT_TRANSLATE_NOOP("Cli", "report files")
    )
    parser.add_argument(
        "--password-file",
        type=Path,
        metavar="F",
        help=QT_TRANSLATE_NOOP(
            "Cli", "a file whose first line is the password of protected workbooks"
        ),
    )
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    files: list[Path] = list(ctx.args.files)
    passwords: dict[Path, str] = {}
    if ctx.args.password_file is not None:
        password = read_password_file(ctx.args.password_file)
        passwords = dict.fromkeys(files, password)
    with ctx.write_store() as store:
        try:
            summary = _import(store, files, passwords, ctx.cancel)
        except PasswordRequired as asked:
            raise password_file_needed(asked.file) from None
        except WrongPassword:
            # `echo secret > pw.txt` in Windows' cmd writes "secret ": a refused import
            # changed nothing, so the password without its outer spaces may be tried.
            trimmed = {path: password.strip() for path, password in passwords.items()}
            if trimmed == passwords:
                raise
            summary = _import(store, files, trimmed, ctx.cancel)
    print_summary(ctx, summary)
    return 0


def _import(
    store: Store, files: list[Path], passwords: dict[Path, str], cancel: CancelToken
) -> ImportSummary:
    progress = _StderrProgress() if sys.stderr.isatty() else None
    if progress is None:
        return import_files(store, files, passwords=passwords, cancel=cancel)
    try:
        return import_files(store, files, passwords=passwords, progress=progress, cancel=cancel)
    finally:
        progress.end()  # a refused import's line too: a message or a second try follows


def password_file_needed(file: str | None) -> UserError:
    """The window asks for a workbook's password; the command line is told where to put it."""
    refusal = UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This Excel file is protected with a password. Put the password on the first "
            "line of a text file and run the command again with --password-file FILE.",
        )
    )
    refusal.file = file
    return refusal


class _StderrProgress:
    """A one-line counter for people watching a terminal."""

    def __init__(self) -> None:
        self._shown = False

    def __call__(self, done: int, total: int | None, message: str) -> None:
        of = f"/{total}" if total else ""
        sys.stderr.write(f"\r{message}: {done}{of}")
        sys.stderr.flush()
        self._shown = True

    def end(self) -> None:
        if self._shown:
            sys.stderr.write("\n")


def print_summary(ctx: CommandContext, summary: ImportSummary) -> None:
    ctx.print(Cli.tr("Import {id} done.", id=summary.batch_id))
    for info in summary.files:
        ctx.print(
            Cli.tr("  Order report {name}: %n row(s)", "", info.rows, name=info.name)
            if info.kind == "orders"
            else Cli.tr("  Item report {name}: %n row(s)", "", info.rows, name=info.name)
        )
    ctx.print(Cli.tr("Orders added: {n}", n=summary.orders_added))
    ctx.print(Cli.tr("Orders updated: {n}", n=summary.orders_updated))
    if summary.orders_removed:
        ctx.print(
            Cli.tr(
                "Orders removed: {n} (known only from items, which all moved to other orders)",
                n=summary.orders_removed,
            )
        )
    ctx.print(Cli.tr("Orders unchanged: {n}", n=summary.orders_unchanged))
    ctx.print(Cli.tr("Items added: {n}", n=summary.items_added))
    ctx.print(Cli.tr("Items updated: {n}", n=summary.items_updated))
    if summary.flagged_total:
        ctx.print(
            Cli.tr(
                "Rows to review (imported with what could be read): {n}", n=summary.flagged_total
            )
        )
        for flagged in summary.flagged[:FLAGGED_SHOWN]:
            cells = i18n.problems_joined(_problem(c, raw) for c, raw in flagged.problems)
            where = {"file": flagged.file, "row": flagged.row, "cells": cells}
            if flagged.order_id:
                line = Cli.tr(
                    "  {file} row {row}: {cells} (order {order})", order=flagged.order_id, **where
                )
            else:
                line = Cli.tr("  {file} row {row}: {cells}", **where)
            ctx.print(line)
        more = summary.flagged_total - min(len(summary.flagged), FLAGGED_SHOWN)
        if more > 0:
            ctx.print(Cli.tr("  … and {n} more", n=more))
    for text, count in summary.unknown_statuses.items():
        ctx.print(
            Cli.tr(
                "Unknown order status “{status}” (orders: {n}): these orders count as blocking "
                "until you check them.",
                status=text,
                n=count,
            )
        )
    for text, count in summary.unknown_item_statuses.items():
        ctx.print(
            Cli.tr(
                "Unknown order status “{status}” on items only (orders: {n}): kept on the items as "
                "written. The order report gives these orders a known status, so it does not "
                "change whether they block.",
                status=text,
                n=count,
            )
        )
    for text, count in summary.unknown_refund_statuses.items():
        ctx.print(
            Cli.tr(
                "Unknown refund status “{status}” (orders: {n}): these orders count as "
                "blocking until you check their refunds.",
                status=text,
                n=count,
            )
        )
    one_by_one = summary.older_exports
    if len(one_by_one) > OLDER_EXPORTS_ONE_BY_ONE:
        one_by_one = []
        count, files = older_files_named(summary.older_exports)
        ctx.print(
            Cli.tr(
                "%n file(s) of this import were exported before files an earlier import "
                "brought in ({files}). Orders in both now show the older state. To keep the "
                "newer one, undo this import (shopcloser undo {id}) and import all the files "
                "together: they are then applied in the order they were exported.",
                "",
                count,
                files=files,
                id=summary.batch_id,
            )
        )
    for older in one_by_one:
        ctx.print(
            Cli.tr(
                "{file} was exported on {date}, before {newer} (exported on {newer_date}), "
                "which an earlier import brought in. Orders in both files now show the older "
                "state. To keep the newer one, undo this import (shopcloser undo {id}) and "
                "import both files together: they are then applied in the order they were "
                "exported.",
                file=older.file,
                date=f"{older.exported_at:%Y-%m-%d %H:%M}",
                newer=older.newer_file,
                newer_date=f"{older.newer_exported_at:%Y-%m-%d %H:%M}",
                id=summary.batch_id,
            )
        )
    if summary.went_back is not None:
        ctx.print(
            Cli.tr(
                "This import put %n order(s) back to an earlier state (for example {orders}): "
                "an earlier order status than before (such as 买家已付款，等待卖家发货 after "
                "卖家已发货，等待买家确认), "
                "an item showing no refund after one was asked for, or a payment, shipping "
                "or receipt time now missing or earlier. A file of this import is probably an "
                "older export than one imported before. To keep the newer state, undo this "
                "import (shopcloser undo {id}) and leave the older file out, or export these "
                "orders again from the seller centre and import the new export.",
                "",
                summary.went_back.orders,
                orders=summary.went_back.named,
                id=summary.batch_id,
            )
        )
    if summary.set_back_by_later_file is not None:
        ctx.print(
            Cli.tr(
                "Files of this import disagree about %n order(s) (for example {orders}): a "
                "file given after another shows them at an earlier step (an earlier order "
                "status, or no refund where one was asked for), and the later file was kept. "
                "Files whose names hold no export time are read in the order given. If the "
                "later file is the older export, undo this import (shopcloser undo {id}), "
                "then import the older file first and the newer one on its own.",
                "",
                summary.set_back_by_later_file.orders,
                orders=summary.set_back_by_later_file.named,
                id=summary.batch_id,
            )
        )
    if summary.handled_new_reasons is not None:
        ctx.print(
            Cli.tr(
                "%n order(s) you marked handled have a new reason to block closure since this "
                "import (for example {orders}): a refund asked for after you marked them, say. "
                "They stay marked. Look at each again: if the new reason is not dealt with "
                "yet, undo its mark (shopcloser unmark ORDER) so that it counts as blocking "
                "until it is.",
                "",
                summary.handled_new_reasons.orders,
                orders=summary.handled_new_reasons.named,
            )
        )
    if summary.unmatched_item_orders:
        ctx.print(
            Cli.tr(
                "%n order(s) in the item report are in no order report imported so far: "
                "ShopCloser knows only their items, not their buyer, address or amounts. "
                "Import the order report that holds them. If the item report is from "
                "another shop, undo this import (shopcloser undo {id}).",
                "",
                summary.unmatched_item_orders,
                id=summary.batch_id,
            )
        )
    if summary.reports_disagree is not None:
        ctx.print(
            Cli.tr(
                "The item report and the order report show %n order(s) at different steps "
                "(for example {orders}): they were exported at different times. ShopCloser "
                "takes an order's status from the order report and its refunds from the "
                "item report, so what blocks closure may be out of date. Export both "
                "reports again from the seller centre, one right after the other, and "
                "import them together.",
                "",
                summary.reports_disagree.orders,
                orders=summary.reports_disagree.named,
            )
        )
    ctx.print(Cli.tr("Newly blocking closure: {n}", n=summary.newly_blocking))
    ctx.print(Cli.tr("No longer blocking: {n}", n=summary.no_longer_blocking))
    ctx.print(Cli.tr("Still blocking closure now: {n}", n=summary.blocking_now))


def _problem(column: str, raw: str) -> str:
    """One problem of a flagged row: what is wrong with the row, or a cell and its text."""
    message = row_problem_message(column, raw)
    if message is not None:
        return i18n.translate(CONTEXT, message[0], **message[1])
    return f"{column} = {raw!r}"
