"""When a report was exported, as the seller centre writes it into the file's name.

The seller centre names its downloads ``ExportOrderList201707081200.csv`` (order report)
and ``ExportOrderDetailList201707081200.csv`` (item report): the minute of the export.
A re-import updates orders in place, so an older export applied after a newer one would
bring back an older state (a refund that has since opened, say, shown as never asked
for): files of one import are applied oldest first, and a row an earlier import took from
a newer export is left as it is. The stamp is the only date a report carries about
itself; renamed files have none (and are applied as before: the last one counts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath
from typing import TypeVar

# Browsers add " (1)" and the like to a second download of the same name.
_STAMP = re.compile(r"Export(Order|OrderDetail)List(\d{12})(?!\d)", re.IGNORECASE)

P = TypeVar("P", bound=PurePath)


def export_stamp(name: str) -> datetime | None:
    """The export's date and minute from a seller-centre file name, or None."""
    match = _STAMP.search(name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(2), "%Y%m%d%H%M")
    except ValueError:
        return None


def in_export_order(paths: Sequence[P]) -> list[P]:
    """``paths`` with the stamped ones put in the order they were exported, oldest first,
    so that where two exports hold the same order the newer is applied last. Files
    without a stamp keep their places; stamped ones only trade places among themselves.
    """
    stamped = [i for i, path in enumerate(paths) if export_stamp(path.name) is not None]
    by_time = sorted(stamped, key=lambda i: export_stamp(paths[i].name) or datetime.min)
    ordered = list(paths)
    for slot, source in zip(stamped, by_time, strict=True):
        ordered[slot] = paths[source]
    return ordered


@dataclass(frozen=True)
class NewerExports:
    """Earlier imports' files of the same report exported after a file being imported."""

    batches: frozenset[int]  # the imports (batches) that brought them in
    newest: str  # the newest of them, by name
    newest_at: datetime
    exported_at: datetime  # when the file being imported was exported


def newer_exports(
    name: str, kind: str, earlier: Iterable[tuple[int, str, str]]
) -> NewerExports | None:
    """Which earlier imports hold an export of report ``kind`` made after the file
    ``name`` was: ``earlier`` gives (import, file name, report kind) for each file of the
    imports still in force. None when there is none, or ``name`` carries no stamp."""
    stamp = export_stamp(name)
    if stamp is None:
        return None
    batches: set[int] = set()
    newest: tuple[datetime, str] | None = None
    for batch, other, other_kind in earlier:
        other_stamp = export_stamp(other)
        if other_kind != kind or other_stamp is None or other_stamp <= stamp:
            continue
        batches.add(batch)
        if newest is None or other_stamp > newest[0]:
            newest = (other_stamp, other)
    if newest is None:
        return None
    return NewerExports(frozenset(batches), newest[1], newest[0], stamp)
