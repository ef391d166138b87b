"""When a report was exported, as the seller centre writes it into the file's name.

The seller centre names its downloads ``ExportOrderList201707081200.csv`` (order report)
and ``ExportOrderDetailList201707081200.csv`` (item report): the minute of the export.
A re-import updates orders in place, so an older export applied after a newer one would
bring back an older state (a refund that has since opened, say, shown as never asked
for). The stamp is the only date a report carries about itself; renamed files have none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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


def export_kind(name: str) -> str | None:
    """ "orders" or "items" from a seller-centre file name, or None."""
    match = _STAMP.search(name)
    if match is None:
        return None
    return "items" if match.group(1).lower() == "orderdetail" else "orders"


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


def newest_earlier(
    name: str, earlier: Sequence[str], together: Sequence[str] = ()
) -> tuple[str, datetime, datetime] | None:
    """An earlier import's file of the same report kind exported after ``name`` was (the
    newest such): (its name, its stamp, ``name``'s stamp). None when there is none, when
    ``name`` has no stamp, or when a file imported ``together`` with it, of that kind, is
    at least as new (applied after it: files of an import go oldest first)."""
    stamp, kind = export_stamp(name), export_kind(name)
    if stamp is None:
        return None
    best: tuple[str, datetime, datetime] | None = None
    for other in earlier:
        other_stamp = export_stamp(other)
        if other_stamp is None or export_kind(other) != kind or other_stamp <= stamp:
            continue
        if best is None or other_stamp > best[1]:
            best = (other, other_stamp, stamp)
    if best is not None:
        for other in together:
            other_stamp = export_stamp(other)
            if export_kind(other) == kind and other_stamp is not None and other_stamp >= best[1]:
                return None
    return best
