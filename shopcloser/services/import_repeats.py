"""Rows a file gives twice: fine when they agree, a refusal naming both rows when not."""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

from shopcloser.formats.stored import ITEM_VALUES, StoredItem
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError

_SUB_ORDER = ITEM_VALUES.index("sub_order_id")


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
