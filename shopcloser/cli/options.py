"""Options shared by the window's command line and every command, and their help.

Help texts are English source text marked with ``QT_TRANSLATE_NOOP("Cli", …)`` and
translated only as the help is printed (:class:`TranslatedHelp`), so that a command line
that prints no help loads no Qt for it; the language is installed first
(:func:`install_language`), chosen as every other message of the command line is.
argparse's complaints about a command line load it themselves, at their first word, so
that the window's start (a command line argparse takes) loads nothing for them.
Option names, command names and metavars stay English: scripts type them.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

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
    # Its plural messages (ngettext): both forms, which Chinese says alike.
    QT_TRANSLATE_NOOP("Cli", "expected %s argument"),
    QT_TRANSLATE_NOOP("Cli", "expected %s arguments"),
    # The names of the types it reads into "invalid %(type)s value" (our options use int).
    QT_TRANSLATE_NOOP("Cli", "int"),
    # The title of a section of the help ("options:"), with the colon the language writes.
    QT_TRANSLATE_NOOP("Cli", "{heading}:"),
    # Its last line on a mistake, when no command was given (the window's command line).
    QT_TRANSLATE_NOOP("Cli", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Cli", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Cli", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Cli", "one of the arguments %s is required"),
)


def _translated(text: str, **params: Any) -> str:
    from shopcloser import i18n

    return i18n.translate(CONTEXT, text, **params)


def display_width(text: str) -> int:
    """Columns a terminal uses for ``text``: wide (Chinese) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# Punctuation a line must not begin with (it stays with the character before it), and
# punctuation a line must not end with (it goes with the character after it).
_NO_LINE_START = frozenset("，。、：；！？）」』》…,.:;!?)")
_NO_LINE_END = frozenset("（「『《(")


def wrap_columns(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` terminal columns, broken at spaces or between
    two Chinese characters (which have no spaces between them), as a terminal shows them.
    A word wider than ``width`` stands alone on its line, unbroken."""
    units: list[tuple[str, str]] = []  # (what separates it from the unit before, unit)
    separator = ""
    for ch in text:
        if ch == " ":
            separator = " "
            continue
        wide = display_width(ch) == 2
        if units and not separator:
            before = units[-1][1]
            glued = ch in _NO_LINE_START or before[-1] in _NO_LINE_END
            if glued or not (wide or display_width(before[-1]) == 2):
                units[-1] = (units[-1][0], before + ch)
                continue
        units.append((separator, ch))
        separator = ""
    lines: list[str] = []
    line = ""
    for separator, unit in units:
        if line and display_width(line + separator + unit) > width:
            lines.append(line)
            line = unit
        else:
            line += separator + unit if line else unit
    return [*lines, line] if line else lines


class TranslatedHelp(argparse.HelpFormatter):
    """Prints a parser's help in the language installed (see :func:`install_language`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._headings: set[str] = set()

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

    def _format_usage(
        self, usage: str | None, actions: Any, groups: Any, prefix: str | None
    ) -> str:
        # argparse lines the usage's further lines up under the command by counting
        # characters; "用法：" takes six columns in a terminal, not three. It lays the
        # usage out behind a stand-in as wide as the prefix, then puts the prefix back.
        if prefix is None or display_width(prefix) == len(prefix):
            return super()._format_usage(usage, actions, groups, prefix)
        stand_in = "\N{NO-BREAK SPACE}" * display_width(prefix)
        text = super()._format_usage(usage, actions, groups, stand_in)
        return prefix + text[len(stand_in) :] if text.startswith(stand_in) else text

    def start_section(self, heading: str | None) -> None:
        if heading:
            heading = _translated(heading)
            self._headings.add(heading)
        super().start_section(heading)

    def format_help(self) -> str:
        # argparse ends each section's title with an ASCII colon; Chinese writes "：".
        titles = {heading: _translated("{heading}:", heading=heading) for heading in self._headings}
        lines = super().format_help().split("\n")
        for number, line in enumerate(lines):
            title = line.lstrip(" ")
            if title.endswith(":") and title[:-1] in titles:
                lines[number] = line[: len(line) - len(title)] + titles[title[:-1]]
        return "\n".join(lines)

    def add_text(self, text: str | None) -> None:
        if text and text is not argparse.SUPPRESS:
            text = _translated(text)
        super().add_text(text)

    # argparse wraps by characters, and only at spaces: a Chinese help ran up to 105
    # columns in an 80-column terminal. Texts of one column a character wrap as before.
    def _split_lines(self, text: str, width: int) -> list[str]:
        text = self._whitespace_matcher.sub(" ", text).strip()
        if display_width(text) == len(text):
            return super()._split_lines(text, width)
        return wrap_columns(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        text = self._whitespace_matcher.sub(" ", text).strip()
        if display_width(text) == len(text):
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in wrap_columns(text, width - len(indent)))

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        return _translated(text) if text and text is not argparse.SUPPRESS else text


class Parser(argparse.ArgumentParser):
    """An argument parser whose help (its own and its commands') is translated."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelp)
        super().__init__(*args, **kwargs)

    # argparse looks its words up through its module's ``_`` (gettext) and ``ngettext`` as
    # it uses them: while this parser parses, the same lookup as ours gives its usage errors
    # in the merchant's language too. Only meanwhile: another parser in the process (a
    # test's, a library's) keeps argparse's own words. (parse_args says "unrecognized
    # arguments" itself, after parse_known_args.)
    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with _argparse_words_translated(args):
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with _argparse_words_translated(args):
            return super().parse_known_args(args, namespace)

    def refuse(self, argv: Sequence[str], message: str) -> NoReturn:
        """Refuse a command line the parser took (the usage, ``message``, exit code 2),
        with argparse's words in the merchant's language as in its own complaints."""
        with _argparse_words_translated(argv):
            self.error(message)
        raise AssertionError("argparse's error() exits")  # pragma: no cover

    def error(self, message: str) -> None:  # type: ignore[override]
        # The usage line printed above the message is translated too (the message itself
        # has usually loaded the language already, as argparse looked up its words).
        if _words is not None:
            _words.load_language()
        super().error(message)


class _ArgparseWords:
    """argparse's ``gettext`` and ``ngettext`` while one of our parsers parses.

    The merchant's language is loaded at the first word looked up: argparse looks up its
    words only to say what is wrong with a command line (or to print a help), so a command
    line it takes (the window's start) loads no translations for it.
    """

    def __init__(self, argv: Sequence[str]) -> None:
        self._argv = list(argv)
        self._loaded = False

    def load_language(self) -> None:
        if not self._loaded:
            self._loaded = True
            install_language(self._argv)

    def gettext(self, text: str) -> str:
        self.load_language()
        if text == "invalid %(type)s value: %(value)r":
            return _NamingAType(_translated(text))
        return _translated(text)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


class _NamingAType(str):
    """argparse's "invalid %(type)s value" as translated, which translates the type's name
    (``int``) as argparse fills it in: argparse does not look that name up itself."""

    __slots__ = ()

    def __mod__(self, params: Any) -> str:
        if isinstance(params, dict) and isinstance(params.get("type"), str):
            params = {**params, "type": _translated(params["type"])}
        return super().__mod__(params)


_words: _ArgparseWords | None = None


@contextlib.contextmanager
def _argparse_words_translated(argv: Sequence[str] | None) -> Iterator[None]:
    global _words
    if _words is not None:  # a command's parser, called by ours: its words are in place
        yield
        return
    _words = _ArgparseWords(sys.argv[1:] if argv is None else argv)
    # getattr and setattr: mypy knows neither argparse._ nor argparse.ngettext.
    saved = {name: getattr(argparse, name) for name in ("_", "ngettext")}
    setattr(argparse, "_", _words.gettext)  # noqa: B010
    setattr(argparse, "ngettext", _words.ngettext)  # noqa: B010
    try:
        yield
    finally:
        for name, lookup in saved.items():
            setattr(argparse, name, lookup)
        _words = None


def language_asked(argv: Sequence[str]) -> str | None:
    """The ``--lang`` given on the command line, read before the command line is parsed
    (a help text is printed while it is parsed), or None.

    A ``--lang`` left without its value (``--lang zh_CN import --help --lang``) does not
    hide the one given before it: the help, or argparse's complaint about that ``--lang``,
    is in the language the merchant did name."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--lang", nargs="?", action="append", default=[])
    try:
        known, _rest = early.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None
    named = [str(lang) for lang in known.lang if lang]
    return named[-1] if named else None


def install_language(argv: Sequence[str]) -> None:
    """Load the translations of the language chosen (``--lang``, else Settings, else the
    system's), for the messages and the help of a command line run without the window."""
    from PySide6.QtCore import QCoreApplication

    from shopcloser import i18n

    app = QCoreApplication.instance()
    language = i18n.chosen_language(language_asked(argv))
    if app is not None and i18n.installed_language() == language:
        return  # already loaded (a command's mistake: run_cli loaded it before parsing)
    if app is None:
        with _locale_notice_left_out():
            app = QCoreApplication(["shopcloser"])
    i18n.install_translators(app, language)


@contextmanager
def _locale_notice_left_out() -> Iterator[None]:
    """Qt says on stderr, four lines long, that it uses UTF-8 when the locale is not
    (cron's "C", say): in every command's output, and every mail cron sends. It does
    the right thing anyway; anything else it says passes."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if not message.startswith("Detected locale"):
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


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
