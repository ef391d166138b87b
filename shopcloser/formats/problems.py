"""What a flagged row's problems say to the merchant.

A row's problems are (column header, raw text) pairs, kept with the row: mostly cells that
could not be read. A problem of the whole row is kept under ``INCOMPLETE_ROW``, a name no
export uses for a column, with "read/columns" as its text (columns: up to the header's last
named one). Read is fewer when a CSV row stops before that column (the seller centre
writes every separator on every row, so the row or the file was cut short); with read
equal to columns, every column is there but the file ends inside the row's last cell.
A row (of a CSV, or of a workbook) with cells holding data past the header's last named
column is kept under ``CELLS_PAST_HEADER``, "read/columns" again: what is past the header
is not imported.
"""

from __future__ import annotations

from shopcloser.messages import QT_TRANSLATE_NOOP

INCOMPLETE_ROW = "(incomplete row)"
CELLS_PAST_HEADER = "(cells past the header)"


def incomplete_row(read: int, columns: int) -> tuple[str, str]:
    """The problem of a row of which only ``read`` of the header's ``columns`` were read."""
    return (INCOMPLETE_ROW, f"{read}/{columns}")


def cells_past_header(read: int, columns: int) -> tuple[str, str]:
    """The problem of a row of ``read`` cells, some holding data, for the header's
    ``columns`` named columns."""
    return (CELLS_PAST_HEADER, f"{read}/{columns}")


def cut_short(problems: list[tuple[str, str]]) -> bool:
    """Whether a row's problems say the file ends inside it."""
    return any(column == INCOMPLETE_ROW for column, _ in problems)


def cut_before(column: int, problems: list[tuple[str, str]]) -> bool:
    """Whether a row cut short stops before ``column`` (0-based), never reaching it."""
    for name, raw in problems:
        if name == INCOMPLETE_ROW:
            read, _, _ = raw.partition("/")
            return read.isdigit() and int(read) <= column
    return False


def row_problem_message(column: str, raw: str) -> tuple[str, dict[str, int]] | None:
    """A problem of the whole row as a message (source text of the "Messages" context) and
    its parameters; None for a cell's problem, which is shown as its column and text."""
    if column != INCOMPLETE_ROW and column != CELLS_PAST_HEADER:
        return None
    read, _, columns = raw.partition("/")
    if not (read.isascii() and read.isdigit() and columns.isascii() and columns.isdigit()):
        return None
    if column == CELLS_PAST_HEADER:
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "Row longer than the header: {read} cells for {columns} columns; what is "
            "past the last column was not imported",
        )
        return message, {"read": int(read), "columns": int(columns)}
    if int(read) < int(columns):
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "Incomplete row: only {read} of {columns} columns (the file may be cut short)",
        )
        return message, {"read": int(read), "columns": int(columns)}
    message = QT_TRANSLATE_NOOP(
        "Messages", "Incomplete row: the file ends inside its last cell (it may be cut short)"
    )
    return message, {}
