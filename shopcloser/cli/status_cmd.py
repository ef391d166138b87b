"""``shopcloser status``: counts of orders, items and what still blocks closure."""

from __future__ import annotations

import argparse

from shopcloser.cli.context import Cli, CommandContext
from shopcloser.messages import QT_TRANSLATE_NOOP
from shopcloser.services.status import store_status


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "status", help=QT_TRANSLATE_NOOP("Cli", "show how many orders there are and how many block")
    )
    parser.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON for scripts")
    )
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    status = store_status(ctx.read_store())
    if ctx.args.json:
        ctx.print(ctx.json(status.as_json(), indent=2))
        return 0
    ctx.print(Cli.tr("Orders: {n}", n=status.orders))
    ctx.print(Cli.tr("Items: {n}", n=status.items))
    ctx.print(Cli.tr("Still blocking closure: {n}", n=status.blocking))
    ctx.print(Cli.tr("Handled by you: {n}", n=status.handled))
    ctx.print(Cli.tr("Orders with rows to review: {n}", n=status.flagged))
    return 0
