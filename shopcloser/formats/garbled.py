"""Exports garbled by a program that opened them with the wrong character set.

A merchant who opens a report in a spreadsheet or text editor set up for another character
set and saves it again turns every Chinese text into other characters: a UTF-8 export read
as GBK has 璁㈠崟缂栧彿 where 订单编号 was, a GBK export read as a Western code page has
¶©µ¥±àºÅ, and one read as UTF-8 has replacement characters (�) or question marks. No
header row is found in such a file; this module tells that case from a file that simply
is not an order report, so that the refusal can say what happened.

The garbling is not undone: where characters were replaced, the text is lost, and a repair
that works for the header row may still get an order's text wrong.
"""

from __future__ import annotations

from collections.abc import Iterable

from shopcloser.formats.columns import ID_HEADERS

# (the character set the text was wrongly read with, the one it was written in)
_MISREADINGS = (
    ("gb18030", "utf-8"),  # a UTF-8 export read as GBK (Excel on Chinese Windows)
    ("cp1252", "gb18030"),  # a GBK export read as a Western code page
    ("latin-1", "gb18030"),  # ... by a program that keeps the bytes cp1252 leaves undefined
    ("cp1252", "utf-8"),  # a UTF-8 export read as a Western code page
    ("latin-1", "utf-8"),
)
_REPLACEMENT = "\ufffd"
# Cells of question marks only: what a program writes for characters its character set
# lacks. Several in the rows looked at for a header are not a merchant's own notes.
_QUESTION_CELLS = 3


def looks_garbled(rows: Iterable[list[str]]) -> bool:
    """Whether ``rows`` (the first rows of a file in which no header row was found) read
    like a seller-centre export's text garbled by a wrong character set."""
    questions = 0
    for cells in rows:
        for cell in cells:
            if _REPLACEMENT in cell or _names_an_id_column(cell):
                return True
            questions += len(cell) > 1 and not cell.strip("? ")
    return questions >= _QUESTION_CELLS


def _names_an_id_column(cell: str) -> bool:
    if cell.isascii():
        return False  # garbled Chinese is never plain ASCII
    for wrong, right in _MISREADINGS:
        try:
            text = cell.encode(wrong).decode(right, errors="replace")
        except UnicodeEncodeError:
            continue
        if any(header in text for header in ID_HEADERS):
            return True
    return False
