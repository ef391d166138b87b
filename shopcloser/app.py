"""Entry point: a subcommand runs headless, anything else opens the window.

Imports stay lazy so that ``--version`` and CLI commands start quickly and the window
appears as soon as possible.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from shopcloser.cli.options import common_options

# Options that take a value, so that the value is not mistaken for a command or a file.
_VALUE_OPTIONS = {"--db", "--lang"}


def _first_word(argv: Sequence[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--import-helper"]:  # started by an import to share its work
        from shopcloser.services.import_helper import serve

        return serve()
    from shopcloser.cli import COMMANDS

    if _first_word(argv) in COMMANDS:
        from shopcloser.cli import run_cli

        return run_cli(argv)
    parser = argparse.ArgumentParser(
        prog="shopcloser",
        description="Open the ShopCloser window. Commands for scripts: "
        + ", ".join(sorted(COMMANDS))
        + " (shopcloser COMMAND --help).",
    )
    common_options(parser)
    parser.add_argument("--demo", action="store_true", help="open on a bundled sample export")
    parser.add_argument("files", nargs="*", help="spreadsheets to import on start")
    args = parser.parse_args(argv)
    from shopcloser.ui.application import run_gui

    return run_gui(db=args.db, files=args.files, demo=args.demo, lang=args.lang)
