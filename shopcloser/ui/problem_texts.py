"""A flagged row's problems in the merchant's words, for the window (the summary dialog
and the order details pane)."""

from __future__ import annotations

from collections.abc import Iterable

from shopcloser import i18n
from shopcloser.formats.problems import row_problem_message
from shopcloser.messages import CONTEXT, QT_TRANSLATE_NOOP

# A cell that could not be read: its column and its text, with the language's colon
# (a Chinese screen showed "订单创建时间: 2017年13月45日").
CELL_PROBLEM = QT_TRANSLATE_NOOP("Messages", "{column}: {value}")


def problems_text(problems: Iterable[tuple[str, str]], separator: str | None = None) -> str:
    texts = (problem_text(column, value) for column, value in problems)
    return i18n.problems_joined(texts) if separator is None else separator.join(texts)


def problem_text(column: str, value: str) -> str:
    """What is wrong with the whole row, or a cell's column and its text."""
    message = row_problem_message(column, value)
    if message is not None:
        return i18n.translate(CONTEXT, message[0], **message[1])
    return i18n.translate(CONTEXT, CELL_PROBLEM, column=column, value=value)
