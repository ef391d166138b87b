"""``shopcloser batches`` lists the imports; ``shopcloser undo BATCH_ID`` undoes the latest."""

from __future__ import annotations

import argparse
from datetime import datetime

from shopcloser import i18n
from shopcloser.cli.context import Cli, CommandContext
from shopcloser.cli.options import display_width
from shopcloser.messages import QT_TRANSLATE_NOOP
from shopcloser.services.batches import list_batches, undo_batch


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "batches", help=QT_TRANSLATE_NOOP("Cli", "list the imports done so far, newest first")
    )
    parser.set_defaults(func=run)
    undo = sub.add_parser("undo", help=QT_TRANSLATE_NOOP("Cli", "undo the most recent import"))
    undo.add_argument(
        "batch_id",
        type=int,
        metavar="BATCH_ID",
        help=QT_TRANSLATE_NOOP("Cli", "the import's number"),
    )
    undo.set_defaults(func=run_undo)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _removed(count: int | None) -> str:
    """Imports made before ShopCloser counted removed orders: not known."""
    return "—" if count is None else str(count)


def run(ctx: CommandContext) -> int:
    batches = list_batches(ctx.read_store())
    if not batches:
        ctx.print(Cli.tr("No imports yet."))
        return 0
    header = [
        Cli.tr("Import"),
        Cli.tr("Time"),
        Cli.tr("Orders added"),
        Cli.tr("Orders updated"),
        Cli.tr("Orders removed"),
        # An item report alone adds items and no orders: the list says what it did.
        Cli.tr("Items added"),
        Cli.tr("Items updated"),
        Cli.tr("Undone"),
        Cli.tr("Files"),
    ]
    rows = [
        [
            str(batch.id),
            _when(batch.started_at),
            str(batch.orders_added),
            str(batch.orders_updated),
            _removed(batch.orders_removed),
            str(batch.items_added),
            str(batch.items_updated),
            _when(batch.undone_at)
            or (Cli.tr("no, can be undone") if batch.can_undo else Cli.tr("no")),
            i18n.listed(batch.files),
        ]
        for batch in batches
    ]
    widths = [max(display_width(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        cells = [_pad(cell, width) for cell, width in zip(row, widths, strict=False)]
        ctx.print("  ".join([*cells, row[-1]]))
    return 0


def run_undo(ctx: CommandContext) -> int:
    with ctx.write_store(existing=True) as store:
        result = undo_batch(store, ctx.args.batch_id, cancel=ctx.cancel)
    ctx.print(Cli.tr("Import {id} undone.", id=result.batch_id))
    ctx.print(Cli.tr("Orders removed: {n}", n=result.orders_removed))
    ctx.print(Cli.tr("Orders put back as they were: {n}", n=result.orders_restored))
    ctx.print(Cli.tr("Items removed: {n}", n=result.items_removed))
    ctx.print(Cli.tr("Items put back as they were: {n}", n=result.items_restored))
    return 0
