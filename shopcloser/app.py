"""Entry point: a subcommand runs headless, anything else opens the window.

Imports stay lazy so that ``--version`` and CLI commands start quickly and the window
appears as soon as possible.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from shopcloser.cli.options import Parser, common_options, install_language, wants_help
from shopcloser.messages import QT_TRANSLATE_NOOP

# Options that take a value, so that the value is not mistaken for a command or a file.
_VALUE_OPTIONS = {"--db", "--lang", "--password-file"}
# The exit code of a command whose output's reader stopped early (``… | head -1``): what
# a shell reports for a program ended by SIGPIPE (128 + 13), which Python ignores. Not 1,
# which says "a bug" here.
OUTPUT_CLOSED = 141
# The window's command line where the window cannot open (no screen).
_NOT_A_COMMAND = QT_TRANSLATE_NOOP(
    "Cli", "“{word}” is neither a command nor a file. The commands are: {commands}."
)
_NO_SCREEN = QT_TRANSLATE_NOOP(
    "Cli",
    "The window cannot open: this computer has no screen (DISPLAY is not set). Scripts "
    "run one of the commands instead: {commands}.",
)


def _words(argv: Sequence[str]) -> list[str]:
    """The arguments that are neither options nor their values: the command, its files."""
    words: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            words.append(arg)
    return words


def run() -> NoReturn:
    """The program's entry point (installed commands, ``python -m shopcloser``, the
    frozen app): :func:`main`, then exit with its code."""
    code = main()
    if _command(sys.argv[1:]) is not None:  # not the window
        _end_now(code)
    sys.exit(code)


def _command(argv: Sequence[str]) -> str | None:
    from shopcloser.cli import COMMANDS

    words = _words(argv)
    return words[0] if words and words[0] in COMMANDS else None


def _end_now(code: int) -> NoReturn:
    """End a finished command without Python's teardown, which frees every object left
    one by one (0.12-0.15 s after an import of 200,000 orders, longer than some whole
    commands). What a normal exit does for files still happens: the exit functions run
    (log handlers closed, temporary folders removed) and output is flushed. The store
    was closed by the command itself."""
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        try:
            return _main(argv)
        finally:
            # Buffered output (stdout into a pipe) is written here at the latest, so that a
            # reader that stopped early is noticed here rather than as Python shuts down.
            if sys.stdout is not None:  # None without a console (Windows' GUI launcher)
                sys.stdout.flush()
    except BrokenPipeError:
        return _output_closed()
    except KeyboardInterrupt:
        with contextlib.suppress(ValueError):  # not the main thread: tests only
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second one: we are ending
        return _interrupted()


def _tolerant_output() -> None:
    """A character the output's encoding lacks (a Windows code page, a file a script
    redirects the output to) is written as an escape: it ended a command whose work was
    done, or its help, with an error."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="backslashreplace")


def _interrupted() -> int:
    """Ctrl-C before a command could say so itself (while the libraries load): nothing
    was opened yet. Said in the merchant's language where it has been loaded already."""
    text = "Interrupted: nothing was changed."
    with contextlib.suppress(Exception):
        from shopcloser.cli.context import Cli

        text = Cli.tr("Interrupted: nothing was changed.")
    with contextlib.suppress(OSError, ValueError, AttributeError):
        print(text, file=sys.stderr)
    return 2


def _output_closed() -> int:
    """The reader of our output has gone (``shopcloser batches | head -1``): not an error.

    As Python's documentation advises (signal module, "Note on SIGPIPE"): point stdout
    at devnull, so that writing what is left at exit does not fail once more, and exit
    quietly.
    """
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return OUTPUT_CLOSED


def _no_screen() -> bool:
    """No screen for the window: a Linux (or other X11/Wayland) system with neither
    display set, and no Qt platform chosen by hand (``QT_QPA_PLATFORM=offscreen``)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _exists(name: str) -> bool:
    try:
        return Path(name).exists()
    except (OSError, ValueError):  # a name too long for the system, or with a NUL
        return False


def _no_window_message(files: Sequence[str], commands: Sequence[str]) -> str:
    from shopcloser import i18n

    listed = ", ".join(commands)
    missing = [name for name in files if not _exists(name)]
    if missing:
        return i18n.translate("Cli", _NOT_A_COMMAND, word=missing[0], commands=listed)
    return i18n.translate("Cli", _NO_SCREEN, commands=listed)


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    if argv == ["--import-helper"]:  # started by an import to share its work
        # Ctrl-C in a terminal reaches every process of the command: the import it helps
        # decides whether to stop, and stops this one.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        from shopcloser.services.import_helper import serve

        return serve()
    from shopcloser.cli import COMMANDS

    command = _command(argv)
    if command is not None:
        if command == "import":
            # A helper process, in case the import shares its work: it starts while this
            # process loads its libraries (see services.import_helper).
            from shopcloser.services.import_helper import start_early

            start_early(_words(argv)[1:])
        from shopcloser.loading import libraries_loading

        with libraries_loading():
            from shopcloser.cli.main import run_cli

        return run_cli(argv)
    parser = Parser(
        prog="shopcloser",
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "Open the ShopCloser window. For scripts, run one of the commands listed at the "
            "end instead (shopcloser COMMAND --help tells more).",
        ),
        epilog=", ".join(sorted(COMMANDS)),
    )
    common_options(parser)
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "open on a bundled sample export"),
    )
    parser.add_argument(
        "files", nargs="*", help=QT_TRANSLATE_NOOP("Cli", "spreadsheets to import on start")
    )
    # The help is printed in the merchant's language, then we end. (A mistake is explained
    # in it too: the parser loads the language itself, only then; see cli.options.)
    if wants_help(argv):
        install_language(argv)
    args = parser.parse_args(argv)
    if _no_screen():
        # Qt would end the process with SIGABRT, its reason only in the log: a mistyped
        # command in a script over ssh printed nothing at all.
        install_language(argv)
        parser.refuse(argv, _no_window_message(args.files, sorted(COMMANDS)))
    from shopcloser.loading import libraries_loading

    with libraries_loading():
        from shopcloser.ui.application import run_gui

    return run_gui(db=args.db, files=args.files, demo=args.demo, lang=args.lang)
