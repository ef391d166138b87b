"""``shopcloser orders`` lists orders; ``mark`` and ``unmark`` record their handling.

``orders --json`` streams a JSON array (one object per order, never the whole store in
memory) with the canonical codes, for scripts. Buyers' personal data is never printed.
"""

from __future__ import annotations

import argparse
import getpass
from typing import Any

from shopcloser import i18n
from shopcloser.cli.context import Cli, CommandContext
from shopcloser.domain.handling import HandledAction
from shopcloser.domain.statuses import TradeStatus
from shopcloser.messages import QT_TRANSLATE_NOOP
from shopcloser.services.marks import mark_orders, unmark_orders
from shopcloser.services.orders import (
    OrderFilter,
    OrderQuery,
    OrderRow,
    SortColumn,
    iter_orders,
)

# The name the window's Settings record on marks (ui.dialogs.settings_dialog.USER_NAME_KEY).
USER_NAME_KEY = "user/name"
_FILTERS = [f.value for f in OrderFilter if f is not OrderFilter.WOULD_BLOCK]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    orders = sub.add_parser(
        "orders", help=QT_TRANSLATE_NOOP("Cli", "list orders, or only those still blocking closure")
    )
    orders.add_argument(
        "--blocking",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "only orders that still block closing the shop"),
    )
    orders.add_argument(
        "--filter",
        choices=_FILTERS,
        default=None,
        help=QT_TRANSLATE_NOOP("Cli", "blocking, watch, handled, flagged (rows to review) or all"),
    )
    orders.add_argument(
        "--status",
        choices=[s.value for s in TradeStatus],
        # The codes in the help, where they wrap, not in a usage line 274 columns wide.
        metavar="STATUS",
        help=QT_TRANSLATE_NOOP("Cli", "only orders in this status: %(choices)s"),
    )
    orders.add_argument(
        "--search",
        default="",
        help=QT_TRANSLATE_NOOP("Cli", "order number, buyer nick or item title"),
    )
    orders.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "print a JSON array for scripts"),
    )
    orders.set_defaults(func=run_orders)

    mark = sub.add_parser(
        "mark", help=QT_TRANSLATE_NOOP("Cli", "mark orders handled (all of them, or none)")
    )
    mark.add_argument(
        "order_ids", nargs="+", metavar="ORDER_ID", help=QT_TRANSLATE_NOOP("Cli", "order numbers")
    )
    mark.add_argument(
        "--action",
        required=True,
        choices=[a.value for a in HandledAction],
        metavar="ACTION",
        help=QT_TRANSLATE_NOOP("Cli", "what you did: %(choices)s"),
    )
    mark.add_argument(
        "--note",
        default=None,
        help=QT_TRANSLATE_NOOP("Cli", "a note kept with the mark (needed with --action other)"),
    )
    mark.add_argument(
        "--by",
        default=None,
        help=QT_TRANSLATE_NOOP("Cli", "who handled them (default: name in Settings)"),
    )
    mark.set_defaults(func=run_mark)

    unmark = sub.add_parser(
        "unmark", help=QT_TRANSLATE_NOOP("Cli", "undo the handled-marks of orders")
    )
    unmark.add_argument(
        "order_ids", nargs="+", metavar="ORDER_ID", help=QT_TRANSLATE_NOOP("Cli", "order numbers")
    )
    unmark.add_argument(
        "--by",
        default=None,
        help=QT_TRANSLATE_NOOP("Cli", "who undid them (default: name in Settings)"),
    )
    unmark.set_defaults(func=run_unmark)


def _who(given: str | None) -> str:
    if given:
        return given
    name = str(i18n.settings().value(USER_NAME_KEY, "") or "")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name on this system
        return ""


def order_json(row: OrderRow) -> dict[str, Any]:
    """One order for scripts: canonical codes, no personal data."""
    mark = row.mark
    return {
        "order_id": row.order_id,
        "status": row.status.value,
        "status_text": row.status_text,
        "refund_states": [state.value for state in row.refund_states],
        "reasons": [reason.value for reason in row.reasons],
        "handled": row.handled,
        "standing": row.standing.value,
        "created_at": row.created_at.isoformat(" ") if row.created_at else None,
        "amount": str(row.amount) if row.amount is not None else None,
        "mark": (
            {"action": mark.action, "note": mark.note, "by": mark.by, "at": mark.at.isoformat(" ")}
            if mark
            else None
        ),
    }


def run_orders(ctx: CommandContext) -> int:
    args = ctx.args
    chosen = OrderFilter.BLOCKING if args.blocking else OrderFilter(args.filter or "all")
    query = OrderQuery(
        filter=chosen, status=args.status, search=args.search, sort=SortColumn.CREATED
    )
    rows = iter_orders(ctx.read_store(), query)
    if args.json:
        ctx.write("[")
        for number, row in enumerate(rows):
            ctx.write(",\n" if number else "\n")
            ctx.write(ctx.json(order_json(row)))
        ctx.write("\n]\n")
        return 0
    count = 0
    for row in rows:
        count += 1
        handled = Cli.tr("handled") if row.handled else ""
        reasons = ",".join(reason.value for reason in row.reasons)
        ctx.print(f"{row.order_id}\t{row.status.value}\t{handled}\t{reasons}")
    ctx.print(Cli.tr("%n order(s)", "", count))
    return 0


def run_mark(ctx: CommandContext) -> int:
    args = ctx.args
    with ctx.write_store(existing=True) as store:
        result = mark_orders(store, args.order_ids, args.action, note=args.note, by=_who(args.by))
    ctx.print(Cli.tr("Marked %n order(s) handled.", "", len(result.order_ids)))
    if result.replaced:
        ctx.print(
            Cli.tr(
                "%n of them were already handled; their earlier marks stay in the log.",
                "",
                len(result.replaced),
            )
        )
    return 0


def run_unmark(ctx: CommandContext) -> int:
    args = ctx.args
    with ctx.write_store(existing=True) as store:
        result = unmark_orders(store, args.order_ids, by=_who(args.by))
    ctx.print(Cli.tr("Undid the handled-marks of %n order(s).", "", len(result.unmarked)))
    if result.not_marked:
        ctx.print(
            Cli.tr(
                "%n order(s) were not marked handled; they were left as they were: {ids}",
                "",
                len(result.not_marked),
                ids=result.not_marked[:10],
            )
        )
    return 0
