"""Rows a file gives twice: fine when they agree, a refusal naming both rows when not."""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

from shopcloser.messages import QT_TRANSLATE_NOOP, UserError


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


def conflict(file: str, what: str, key: str, first: int, second: int) -> UserError:
    if what == "order":
        return UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file {file} lists order {id} twice with different contents (rows "
                "{first} and {second}). Export the report again from the seller centre and "
                "import the new file. Nothing was imported.",
            ),
            file=file,
            id=key,
            first=first,
            second=second,
        )
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file {file} lists item {id} twice with different contents (rows {first} "
            "and {second}). Export the report again from the seller centre and import the "
            "new file. Nothing was imported.",
        ),
        file=file,
        id=key,
        first=first,
        second=second,
    )
