"""Options shared by the window's command line and every command, and their help.

Help texts are English source text marked with ``QT_TRANSLATE_NOOP("Cli", …)`` and
translated only as the help is printed (:class:`TranslatedHelp`), so that a command line
that prints no help loads no Qt for it; the language is installed first
(:func:`install_language`), chosen as every other message of the command line is.
Option names, command names and metavars stay English: scripts type them.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

from shopcloser import __version__
from shopcloser.messages import QT_TRANSLATE_NOOP

CONTEXT = "Cli"
HELP_OPTIONS = ("-h", "--help")

# argparse's own words in a help text, translated like ours.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Cli", "usage: "),
    QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    QT_TRANSLATE_NOOP("Cli", "options"),
    QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Cli", "show program's version number and exit"),
    # Its messages for a command line it cannot take (kept with their %-placeholders).
    QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Cli", "expected one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Cli", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Cli", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Cli", "one of the arguments %s is required"),
)


def _translated(text: str) -> str:
    from shopcloser import i18n

    return i18n.translate(CONTEXT, text)


class TranslatedHelp(argparse.HelpFormatter):
    """Prints a parser's help in the language installed (see :func:`install_language`)."""

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(
            usage, actions, groups, _translated("usage: ") if prefix is None else prefix
        )

    def start_section(self, heading: str | None) -> None:
        super().start_section(_translated(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        if text and text is not argparse.SUPPRESS:
            text = _translated(text)
        super().add_text(text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        return _translated(text) if text and text is not argparse.SUPPRESS else text


class Parser(argparse.ArgumentParser):
    """An argument parser whose help (its own and its commands') is translated."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelp)
        super().__init__(*args, **kwargs)

    # argparse looks its words up through its module's ``_`` (gettext) as it uses them:
    # while this parser parses, the same lookup as ours gives its usage errors in the
    # merchant's language too. Only meanwhile: another parser in the process (a test's, a
    # library's) keeps argparse's own words. (parse_args says "unrecognized arguments"
    # itself, after parse_known_args.)
    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with _argparse_words_translated():
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with _argparse_words_translated():
            return super().parse_known_args(args, namespace)


@contextlib.contextmanager
def _argparse_words_translated() -> Iterator[None]:
    gettext = getattr(argparse, "_")  # noqa: B009 - mypy knows no argparse._
    setattr(argparse, "_", _translated)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", gettext)  # noqa: B010


def language_asked(argv: Sequence[str]) -> str | None:
    """The ``--lang`` given on the command line, read before the command line is parsed
    (a help text is printed while it is parsed), or None."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--lang")
    try:
        known, _rest = early.parse_known_args(list(argv))
    except argparse.ArgumentError:  # "--lang" without a value: the real parse says so
        return None
    return str(known.lang) if known.lang else None


def install_language(argv: Sequence[str]) -> None:
    """Load the translations of the language chosen (``--lang``, else Settings, else the
    system's), for the messages and the help of a command line run without the window."""
    from PySide6.QtCore import QCoreApplication

    from shopcloser import i18n

    app = QCoreApplication.instance() or QCoreApplication(["shopcloser"])
    i18n.install_translators(app, i18n.chosen_language(language_asked(argv)))


def wants_help(argv: Sequence[str]) -> bool:
    return any(arg in HELP_OPTIONS for arg in argv)


def common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "the store: a file path or a SQLAlchemy URL (default: shopcloser.db in the "
            "data folder)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=["zh_CN", "zh_TW", "en"],
        help=QT_TRANSLATE_NOOP("Cli", "language (default: as in Settings)"),
    )
    parser.add_argument("--version", action="version", version=f"ShopCloser {__version__}")
