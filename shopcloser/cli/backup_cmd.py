"""``backup``, ``verify``, ``restore`` and ``purge-personal-data``: the backup workbook.

Exit codes follow the rest of the CLI: 0 done (for verify: the backup matches), 2 refused
or not matching (with what differs), 1 a bug.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from shopcloser import i18n
from shopcloser.cli.context import Cli, CommandContext
from shopcloser.cli.password_file import read_password_file
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError
from shopcloser.services.backup_labels import translated_labels
from shopcloser.services.progress import no_progress
from shopcloser.store.database import store_file
from shopcloser.store.lock import WriterLock

if TYPE_CHECKING:  # the workbook modules load only when a backup command runs
    from shopcloser.services.backup_verify import Difference, VerifyReport


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser(
        "backup", help=QT_TRANSLATE_NOOP("Cli", "write the backup workbook of all orders")
    )
    backup.add_argument(
        "out", type=Path, metavar="OUT.xlsx", help=QT_TRANSLATE_NOOP("Cli", "the workbook to write")
    )
    _password_option(
        backup, QT_TRANSLATE_NOOP("Cli", "protect the workbook with the password on its first line")
    )
    backup.add_argument(
        "--masked",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "a copy for staff and accountants: buyers' personal data masked"
        ),
    )
    backup.set_defaults(func=run_backup)

    verify = sub.add_parser(
        "verify", help=QT_TRANSLATE_NOOP("Cli", "check a backup workbook against its manifest")
    )
    verify.add_argument(
        "file", type=Path, metavar="FILE", help=QT_TRANSLATE_NOOP("Cli", "the backup workbook")
    )
    _password_option(verify, QT_TRANSLATE_NOOP("Cli", "the password of a protected backup"))
    verify.add_argument(
        "--against-data",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "also check that the backup holds the data in ShopCloser as it is now"
        ),
    )
    verify.set_defaults(func=run_verify)

    restore = sub.add_parser(
        "restore", help=QT_TRANSLATE_NOOP("Cli", "restore a backup into an empty data file")
    )
    restore.add_argument(
        "file", type=Path, metavar="FILE", help=QT_TRANSLATE_NOOP("Cli", "the backup workbook")
    )
    _password_option(restore, QT_TRANSLATE_NOOP("Cli", "the password of a protected backup"))
    restore.set_defaults(func=run_restore)

    purge = sub.add_parser(
        "purge-personal-data",
        help=QT_TRANSLATE_NOOP(
            "Cli", "remove buyers' names, phones, addresses and messages (needs a verified backup)"
        ),
    )
    purge.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "confirm: this cannot be undone"),
    )
    purge.set_defaults(func=run_purge)


def _password_option(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument("--password-file", type=Path, metavar="F", help=text)


def read_password(path: Path | None) -> str | None:
    """The password on the first line of the password file, or None without one."""
    return None if path is None else read_password_file(path)


def _labels() -> dict[str, str]:
    return translated_labels(lambda context, text: i18n.translate(context, text))


def _progress(_ctx: CommandContext) -> _Progress | None:
    return _Progress() if sys.stderr.isatty() else None


class _Progress:
    """One line on a watching terminal, rewritten as the work goes on."""

    def __call__(self, done: int, total: int | None, message: str) -> None:
        share = f" {100 * done // total}%" if total else ""
        print(f"\r{message}{share}\033[K", end="", file=sys.stderr, flush=True)

    def end(self) -> None:
        print("\r\033[K", end="", file=sys.stderr, flush=True)


def run_backup(ctx: CommandContext) -> int:
    from shopcloser.services.backup import write_backup
    from shopcloser.services.status import holds_data

    password = read_password(ctx.args.password_file)
    store = ctx.read_store()
    if not holds_data(store):  # as the window's Export backup, which waits for data
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Nothing to back up yet: this data file holds no orders. Import your orders "
                "first (shopcloser import FILE…), or name the data file that holds them "
                "with --db. No file was written.",
            )
        )
    progress = _progress(ctx)
    try:
        result = write_backup(
            store,
            ctx.args.out,
            password=password,
            masked=ctx.args.masked,
            labels=_labels(),
            progress=progress or no_progress,
        )
    finally:
        if progress:
            progress.end()
    ctx.print(Cli.tr("Backup written and verified: {path}", path=result.path))
    ctx.print(
        Cli.tr(
            "Orders: {orders}, items: {items}, handling log entries: {marks}",
            orders=result.rows("orders"),
            items=result.rows("items"),
            marks=result.rows("marks"),
        )
    )
    if result.encrypted:
        ctx.print(Cli.tr("Protected with your password. Keep the password somewhere safe."))
    if result.masked:
        ctx.print(Cli.tr("Masked copy: buyers' personal data is masked. It cannot be restored."))
    ctx.print(Cli.tr("SHA-256 of the file: {sha}", sha=result.sha256))
    return 0


def describe(ctx: CommandContext, difference: Difference) -> str:
    """One line saying what differs, in the merchant's words."""
    d = difference
    texts = {
        "missing": Cli.tr("{sheet}: the sheet is missing", sheet=d.sheet),
        "not_listed": Cli.tr("{sheet}: the sheet is not in the manifest", sheet=d.sheet),
        "rows": Cli.tr(
            "{sheet}: {expected} rows expected, {found} found",
            sheet=d.sheet,
            expected=d.expected,
            found=d.found,
        ),
        "checksum": Cli.tr("{sheet}: the contents were changed", sheet=d.sheet),
        "unreadable": Cli.tr(
            "{sheet}: a cell was changed by hand ({found})", sheet=d.sheet, found=d.found
        ),
        "store_rows": Cli.tr(
            "{sheet}: {expected} rows in the backup, {found} in ShopCloser now",
            sheet=d.sheet,
            expected=d.expected,
            found=d.found,
        ),
        "store_checksum": Cli.tr("{sheet}: differs from the data in ShopCloser now", sheet=d.sheet),
    }
    return texts.get(d.problem, f"{d.sheet}: {d.problem}")


def run_verify(ctx: CommandContext) -> int:
    from shopcloser.services.backup_verify import verify_backup

    password = read_password(ctx.args.password_file)
    # Checking a file needs no store: none is opened, created or upgraded for it. Only
    # --against-data compares with one, and notes the backup as verified in it when no
    # window or command has the store: the writer lock, held while comparing, also keeps
    # the store from changing between the comparison and the note.
    store = ctx.existing_store() if ctx.args.against_data else None
    lock = WriterLock(store_file(ctx.db_target)) if store is not None else None
    try:
        noted = lock is not None and lock.try_acquire()
    except OSError:  # no lock file where the data file is (a read-only folder): compare only
        noted = False
    progress = _progress(ctx)
    try:
        report: VerifyReport = verify_backup(
            ctx.args.file,
            password=password,
            store=store,
            compare_store=ctx.args.against_data,
            labels=_labels(),
            progress=progress or no_progress,
            record=noted,
        )
    finally:
        if progress:
            progress.end()
        if lock is not None:
            lock.release()
    if not report.ok:
        print(Cli.tr("The backup does not match:"), file=sys.stderr)
        for difference in report.differences:
            print("  " + describe(ctx, difference), file=sys.stderr)
        return 2
    ctx.print(
        Cli.tr(
            "The backup matches its manifest. Orders: {orders}, items: {items}.",
            orders=report.rows("orders"),
            items=report.rows("items"),
        )
    )
    if report.store_checked:
        ctx.print(Cli.tr("It holds the data in ShopCloser as it is now."))
        if not noted:
            ctx.print(
                Cli.tr(
                    "This check was not noted in the data file: ShopCloser has it open in "
                    "a window, or a command is changing it (or no lock can be made beside "
                    "it). To purge personal data relying on this backup, verify it in that "
                    "window, or run this again once the window is closed or the command "
                    "has finished."
                )
            )
    return 0


def run_restore(ctx: CommandContext) -> int:
    from shopcloser.services.restore import restore_backup

    password = read_password(ctx.args.password_file)
    progress = _progress(ctx)
    with ctx.write_store() as store:
        try:
            result = restore_backup(
                store,
                ctx.args.file,
                password=password,
                labels=_labels(),
                progress=progress or no_progress,
                cancel=ctx.cancel,
            )
        finally:
            if progress:
                progress.end()
    ctx.print(
        Cli.tr(
            "Restored. Orders: {orders}, items: {items}, handling log entries: {marks}.",
            orders=result.rows.get("orders", 0),
            items=result.rows.get("items", 0),
            marks=result.rows.get("marks", 0),
        )
    )
    return 0


def run_purge(ctx: CommandContext) -> int:
    from shopcloser.services.backup_records import purge_candidate
    from shopcloser.services.purge import no_verified_backup, purge_personal_data

    with ctx.write_store(existing=True) as store:
        backup = purge_candidate(store)
        if backup is None:
            raise no_verified_backup()
        if not ctx.args.yes:
            print(
                Cli.tr(
                    "This removes buyers' names, phones, addresses, Alipay accounts and "
                    "messages from ShopCloser for good. They stay only in the backup {path} "
                    "(verified {when}). To go ahead, run the command again with --yes.",
                    path=backup.path,
                    when=backup.verified_at,
                ),
                file=sys.stderr,
            )
            return 2
        progress = _progress(ctx)
        try:
            result = purge_personal_data(
                store, labels=_labels(), progress=progress or no_progress, cancel=ctx.cancel
            )
        finally:
            if progress:
                progress.end()
    ctx.print(
        Cli.tr(
            "Personal data removed from %n order(s). It is kept in the backup {path}.",
            "",
            result.orders,
            path=result.backup.path,
        )
    )
    if result.copies_deleted:
        ctx.print(
            Cli.tr("Deleted %n older copies of the data file.", "", len(result.copies_deleted))
        )
    return 0
