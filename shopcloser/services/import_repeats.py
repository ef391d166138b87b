"""Rows a file gives twice: fine when they agree, a refusal naming both rows when not.

A repeat may leave out what the first row gave (any layout's rule). A flagged row (a
cell it could not read, or a row cut short) agrees with its twin when everything both
could read is the same: what one could not read says nothing against the other.
"""

from __future__ import annotations

import copy
import json
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from shopcloser.formats.stored import ITEM_VALUES, StoredItem, StoredOrder
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError
from shopcloser.services.import_rows import ORDER_DERIVED, Row, RowShape

_SUB_ORDER = ITEM_VALUES.index("sub_order_id")
_Stored = TypeVar("_Stored", StoredOrder, StoredItem)
Problems = list[tuple[str, str]]


def joined_repeat(
    shape: RowShape, first: Row, first_problems: Problems, second: Row, second_problems: Problems
) -> Row | None:
    """What two rows of one key in one file (``first`` met before ``second``, in
    ``shape``, ``ORDER_SHAPE`` or ``ITEM_SHAPE``) come to when at least one is flagged and
    both agree on all they could read; None when they do not agree. A whole row is
    taken as it is; of two flagged rows, the later one, with what it could not read taken
    from the earlier. (Rare: only called where the rows differ.)"""
    if not first_problems and not second_problems:
        return None
    later = _merged(shape, first, second, second_problems)
    earlier = _merged(shape, second, first, first_problems)
    if not _agree(shape, later, earlier):
        return None
    if not first_problems:
        return first
    if not second_problems:
        return second
    status = shape.index("status")
    if later[status] != second[status]:  # the earlier row's status: its derived columns too
        derived = [shape.index(name) for name in ORDER_DERIVED if name in shape.columns]
        joined = list(later)
        for i in derived:
            joined[i] = first[i]
        return tuple(joined)
    return later


def _merged(shape: RowShape, old: Row, new: Row, problems: Problems) -> Row:
    return shape.merge_flagged(old, new, problems) if problems else shape.merge(old, new)


def _agree(shape: RowShape, one: Row, other: Row) -> bool:
    """Whether two rows hold the same, problems and derived columns apart."""
    skipped = {"problems", *ORDER_DERIVED}
    for i, name in enumerate(shape.columns):
        if name in skipped or one[i] == other[i]:
            continue
        if name != "extra" or _extra(one[i]) != _extra(other[i]):
            return False
    return True


def _extra(value: object) -> object:
    return json.loads(value) if isinstance(value, str) else value


def stored_problems(shape: RowShape, row: Row) -> Problems:
    """A stored row's problems (kept as JSON)."""
    value = row[shape.index("problems")]
    found = json.loads(value) if isinstance(value, str) else value or []
    return [(column, raw) for column, raw in found]


def as_joined(first: _Stored, joined: Row, shape: RowShape) -> _Stored:
    """The record standing for ``joined`` (what ``first`` and its repeat came to): the
    first row's (a later clash names its row), with the problems ``joined`` kept."""
    problems = stored_problems(shape, joined)
    if problems == first.problems:
        return first
    twin = copy.copy(first)
    twin.problems = problems
    return twin


@dataclass
class FileSeen:
    """Which keys one file has already given, to tell a repeated row from a re-import.

    When this file is the only writer of its table in the batch and the table started
    empty, every stored row came from this file, so no set is needed. Row numbers are
    kept compactly only to name the earlier row when two rows conflict.
    """

    name: str
    sole_writer: bool
    seen: set[int] | None = None
    _hashes: array[int] = field(default_factory=lambda: array("q"))
    _rows: array[int] = field(default_factory=lambda: array("q"))

    def __post_init__(self) -> None:
        if not self.sole_writer:
            self.seen = set()

    def repeats(self, key: str, last_batch: int | None, batch_id: int) -> bool:
        if self.seen is None:
            return last_batch == batch_id
        return hash(key) in self.seen

    def remember(self, keys: Iterable[str], row_numbers: Iterable[int]) -> None:
        """Note the keys one chunk gave, with the row each came from."""
        digests = list(map(hash, keys))
        self._hashes.extend(digests)
        self._rows.extend(row_numbers)
        if self.seen is not None:
            self.seen.update(digests)

    def first_row(self, key: str) -> int:
        try:
            return self._rows[self._hashes.index(hash(key))]
        except ValueError:
            return 0


def conflict(file: str, order_id: str, first: int, second: int) -> UserError:
    """Two rows of one order that do not agree."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file {file} lists order {id} twice with different contents (rows "
            "{first} and {second}). Export the report again from the seller centre and "
            "import the new file. Nothing was imported.",
        ),
        file=file,
        id=order_id,
        first=first,
        second=second,
    )


def item_conflict(file: str, item: StoredItem, first: int, second: int) -> UserError:
    """Two rows of one item that do not agree. An item without a sub-order number (the
    2017 item report) is known by its place among its order's items, which the seller
    centre lists together: two such rows mean the order's items are in two places."""
    sub_order = item.values[_SUB_ORDER]
    if sub_order is None:
        return UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file {file} lists items of order {id} in two places (rows {first} and "
                "{second}, with other rows between them) that do not agree. The seller "
                "centre lists each order's items together, once, so the file was changed "
                "after it was downloaded or put together from several reports. Import each "
                "item report as it was downloaded, one file each, or export it again from "
                "the seller centre. Nothing was imported.",
            ),
            file=file,
            id=item.order_id,
            first=first,
            second=second,
        )
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file {file} lists item {sub_order} of order {id} twice with different "
            "contents (rows {first} and {second}). Export the report again from the "
            "seller centre and import the new file. Nothing was imported.",
        ),
        file=file,
        sub_order=sub_order,
        id=item.order_id,
        first=first,
        second=second,
    )
