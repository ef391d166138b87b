"""Parsing the command line, running one command, and turning failures into exit codes.

Exit codes: 0 done; 2 the merchant's input was refused (its translated message on stderr,
after a line naming the file when an import refused one); 1 a bug (traceback in the log
file, a pointer to it on stderr); 141 the output's reader stopped early (``… | head``: see
``shopcloser.app``).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from shopcloser import i18n
from shopcloser.cli import backup_cmd, batches_cmd, import_cmd, orders_cmd, status_cmd
from shopcloser.cli.context import Cli, CommandContext, output_written
from shopcloser.cli.options import Parser, common_options, install_language
from shopcloser.formats.report import check_xml_defences
from shopcloser.messages import QT_TRANSLATE_NOOP, Cancelled, UserError, causes
from shopcloser.store.write_problems import write_problem

log = logging.getLogger(__name__)

Runner = Callable[[CommandContext], int]
Registrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

# Each command module offers ``register(subparsers)``; its parser sets ``func``.
# Command names are also listed in shopcloser/cli/__init__.py (COMMANDS), which the window's
# start-up reads without importing this module.
_MODULES = [status_cmd, import_cmd, batches_cmd, orders_cmd, backup_cmd]


class _Parser(Parser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # Usage mistakes are user errors too: exit code 2, no traceback (argparse's own).
        # The colon after the command is the language's ("shopcloser undo：…" in Chinese).
        self.print_usage(sys.stderr)
        self.exit(2, Cli.tr("{prog}: {message}", prog=self.prog, message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="shopcloser",
        description=QT_TRANSLATE_NOOP("Cli", "ShopCloser, without the window."),
    )
    common_options(parser)
    # COMMAND in the usage: the list of commands in braces is wider than a terminal; the
    # commands are listed one a line below it.
    sub = parser.add_subparsers(
        dest="command", required=True, parser_class=_Parser, metavar="COMMAND"
    )
    for module in _MODULES:
        module.register(sub)
    return parser


def run_cli(argv: Sequence[str]) -> int:
    from shopcloser.logs import log_file, setup_logging

    log_path = setup_logging()
    install_language(argv)  # before parsing, which prints the help when asked
    args = build_parser().parse_args(list(argv))
    ctx = CommandContext(args)
    try:
        check_xml_defences()  # before any command: cheap, openpyxl is not loaded for it
        code: int = args.func(ctx)
        with output_written():
            sys.stdout.flush()  # here, while a failure can still be told as such
        return code
    except BrokenPipeError:
        raise  # not a bug: the reader of the output stopped early (handled by the caller)
    except UserError as err:
        print(i18n.user_error_text(err), file=sys.stderr)
        return 2
    except Cancelled:
        print(Cli.tr("Cancelled: nothing was changed."), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        if ctx.changing:  # while it said what it did, say: perhaps after the commit
            print(
                Cli.tr(
                    "Interrupted. A change to the data file is saved whole or not at all: "
                    "shopcloser status shows what it holds now."
                ),
                file=sys.stderr,
            )
        else:
            print(Cli.tr("Interrupted: nothing was changed."), file=sys.stderr)
        return 2
    except Exception as exc:
        if any(isinstance(e, Cancelled | KeyboardInterrupt) for e in causes(exc)):
            # Cancelled, and cleaning up after it failed as well
            print(Cli.tr("Cancelled: nothing was changed."), file=sys.stderr)
            return 2
        problem = write_problem(exc, ctx.db_target)
        if problem is not None:  # the disk or the folder, not ShopCloser
            log.warning("Command %s stopped: %s (%s)", args.command, problem, type(exc).__name__)
            print(i18n.user_error_text(problem), file=sys.stderr)
            return 2
        log.exception("Command %s failed", args.command)
        if log_path is None:
            message = Cli.tr(
                "ShopCloser hit an internal error, and its log file could not be written in "
                "{folder}. Please tell support which command you ran.",
                folder=log_file().parent,
            )
        else:
            message = Cli.tr(
                "ShopCloser hit an internal error. Details are in {log}; please send that file "
                "to support.",
                log=log_path,
            )
        print(message, file=sys.stderr)
        return 1
    finally:
        ctx.close()
