"""User-facing messages raised below the UI, and how they are marked for translation.

Code below ``ui`` must not import Qt, yet its messages must reach Qt's translation
files. ``QT_TRANSLATE_NOOP`` is the marker ``pyside6-lupdate`` looks for; the UI and the
CLI translate the marked text with ``QCoreApplication.translate(CONTEXT, text)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


# Between the items of a list in a sentence ("for example 1001, 1002"): a parameter given
# as a list or tuple is joined with it (Chinese writes 、). See ``i18n.listed``.
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Lists", ", ")
# Between the problems of one flagged row ("订单创建时间：…；买家应付货款：…").
PROBLEMS_SEPARATOR = QT_TRANSLATE_NOOP("Lists", "; ")


def and_more(shown: list[str], total: int) -> list[str]:
    """``shown``, the first few of ``total`` things a message names, ending in "…" when
    there are more: a list of examples must not read as all of them."""
    return shown + (["…"] if total > len(shown) else [])


def filled(text: str, params: dict[str, Any], separator: str = LIST_SEPARATOR) -> str:
    """``text`` with its ``{name}`` placeholders filled from ``params``, lists joined."""
    return text.format(
        **{
            name: separator.join(map(str, value)) if isinstance(value, list | tuple) else value
            for name, value in params.items()
        }
    )


# The line above the refusal of a file an import was reading (``UserError.file``).
FILE_REFUSED = QT_TRANSLATE_NOOP(
    "Messages", "The file {file} cannot be imported, so nothing was imported."
)


class UserError(Exception):
    """The merchant's input or environment is at fault, not the program.

    Shown as a message box (GUI) or on stderr with exit code 2 (CLI), both through
    ``i18n.user_error_text``; never a traceback. ``message`` is English source text marked
    with ``QT_TRANSLATE_NOOP``, with ``{name}`` placeholders filled from ``params`` after
    translation.

    ``file`` is the name of the file an import was reading when it refused it (see
    ``naming_file``): the merchant is told which file it was, in a line of its own
    (``FILE_REFUSED``) above the message, which speaks of "this file".
    """

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(filled(message, params))
        self.message = message
        self.params = params
        self.file: str | None = None

    def __str__(self) -> str:
        text = filled(self.message, self.params)
        if self.file is None:
            return text
        return f"{FILE_REFUSED.format(file=self.file)}\n{text}"


class PasswordRequired(UserError):  # noqa: N818 - a request, like Cancelled
    """The workbook (a report or a backup) is encrypted: ask the merchant for its
    password, then open it again."""


class WrongPassword(UserError):  # noqa: N818 - named like PasswordRequired
    """The password given does not open the workbook: the window asks for it again."""


@contextmanager
def naming_file(name: str) -> Iterator[None]:
    """Refusals raised inside are about the file ``name`` (a file name, not a path): they
    name it (``UserError.file``). Messages that name their file themselves are raised
    outside (an import's own checks of a file, after reading it)."""
    try:
        yield
    except UserError as error:
        if error.file is None:
            error.file = name
        raise


class Cancelled(Exception):  # noqa: N818 - not an error: the merchant asked for it
    """The merchant cancelled a long operation; nothing was changed."""


def causes(error: BaseException) -> Iterator[BaseException]:
    """``error``, then what it was raised from or while handling, and so on: what went
    wrong first may be wrapped (by SQLAlchemy, our bulk writer) or replaced (by a failure
    while cleaning up after it)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__
