"""User-facing messages raised below the UI, and how they are marked for translation.

Code below ``ui`` must not import Qt, yet its messages must reach Qt's translation
files. ``QT_TRANSLATE_NOOP`` is the marker ``pyside6-lupdate`` looks for; the UI and the
CLI translate the marked text with ``QCoreApplication.translate(CONTEXT, text)``.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


class UserError(Exception):
    """The merchant's input or environment is at fault, not the program.

    Shown as a message box (GUI) or one line on stderr with exit code 2 (CLI); never a
    traceback. ``message`` is English source text marked with ``QT_TRANSLATE_NOOP``, with
    ``{name}`` placeholders filled from ``params`` after translation.
    """

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message.format(**params))
        self.message = message
        self.params = params


class Cancelled(Exception):  # noqa: N818 - not an error: the merchant asked for it
    """The merchant cancelled a long operation; nothing was changed."""
