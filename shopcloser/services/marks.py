"""Marking orders handled, undoing that, and the marks log.

The log (``handled_marks``) is append-only: a mark adds a row, an unmark adds a row,
nothing is ever changed or removed. ``orders.handled`` is the log folded up (the last
entry of each order), kept on the order so that counts stay one indexed query. Both
change in one transaction, for a whole list of orders or for none of them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.engine import Connection

from shopcloser.domain.handling import HandledAction, MarkKind
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError, and_more
from shopcloser.services.bulk_sql import in_chunks
from shopcloser.services.order_sql import insert_many
from shopcloser.services.orders import IN_CHUNK, MarkEntry, current_marks, mark_entry
from shopcloser.store.database import Store
from shopcloser.store.models import HandledMark, Order

# How many unknown ids a refusal names; the rest are counted.
LISTED_UNKNOWN = 5
NAME_LENGTH = 100


@dataclass
class MarkResult:
    """What one mark changed, so that it can be undone exactly."""

    order_ids: list[str]
    action: HandledAction
    at: datetime
    newly_marked: list[str] = field(default_factory=list)
    # Orders that were already handled, with the mark that was in force before.
    replaced: dict[str, MarkEntry] = field(default_factory=dict)


@dataclass
class UnmarkResult:
    unmarked: list[str]
    not_marked: list[str]  # left as they were: they were not marked handled


def _unique(order_ids: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for order_id in order_ids:
        cleaned = order_id.strip()
        if cleaned:
            seen.setdefault(cleaned, None)
    return list(seen)


def _handled_flags(conn: Connection, order_ids: list[str]) -> dict[str, bool]:
    flags: dict[str, bool] = {}
    for chunk in in_chunks(order_ids, IN_CHUNK):
        for order_id, handled in conn.execute(
            select(Order.order_id, Order.handled).where(Order.order_id.in_(chunk))
        ):
            flags[order_id] = bool(handled)
    return flags


def _refuse_unknown(order_ids: list[str], flags: dict[str, bool], *, marking: bool) -> None:
    unknown = [order_id for order_id in order_ids if order_id not in flags]
    if not unknown:
        return
    listed = and_more(unknown[:LISTED_UNKNOWN], len(unknown))
    params: dict[str, Any] = {"count": len(unknown), "ids": listed}
    if marking:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Order numbers not in your data ({count}): {ids}. Check the numbers, or "
                "import the export that contains them first. No order was marked.",
            ),
            **params,
        )
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Order numbers not in your data ({count}): {ids}. Check the numbers. "
            "No mark was undone.",
        ),
        **params,
    )


def _refuse_empty() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Messages", "No order was given. Choose at least one order first.")
    )


def _action(action: str) -> HandledAction:
    try:
        return HandledAction(action)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{action}” is not a way of handling an order. Choose one of: {choices}.",
            ),
            action=action,
            choices=", ".join(a.value for a in HandledAction),
        ) from None


def _set_handled(conn: Connection, order_ids: list[str], handled: bool) -> None:
    for chunk in in_chunks(order_ids, IN_CHUNK):
        conn.execute(update(Order).where(Order.order_id.in_(chunk)).values(handled=handled))


def _log(conn: Connection, rows: list[dict[str, Any]]) -> None:
    # Every row with every column: an executemany binds the same parameters for all rows.
    full = [{"action": None, "note": None, **row} for row in rows]
    insert_many(conn, cast(Table, HandledMark.__table__), full)


def _clean(text: str | None, limit: int | None = None) -> str | None:
    text = (text or "").strip()
    if not text:
        return None
    return text[:limit] if limit else text


def mark_orders(
    store: Store,
    order_ids: Sequence[str],
    action: str,
    *,
    note: str | None = None,
    by: str | None = None,
    at: datetime | None = None,
) -> MarkResult:
    """Mark orders handled with one action and note; all of them, or none if any id is
    unknown (``UserError``). Marking an order that is already handled records the new
    action; the earlier mark stays in the log."""
    chosen = _action(action)
    ids = _unique(order_ids)
    if not ids:
        raise _refuse_empty()
    at = at or datetime.now().replace(microsecond=0)
    result = MarkResult(order_ids=ids, action=chosen, at=at)
    note, by = _clean(note), _clean(by, NAME_LENGTH)
    if chosen is HandledAction.OTHER and note is None:
        # "Other" says nothing by itself: the note is the record of what was done.
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A mark with the action “Other (see note)” needs a note saying what you did "
                "(on the command line: --note). No order was marked.",
            )
        )
    with store.engine.begin() as conn:
        flags = _handled_flags(conn, ids)
        _refuse_unknown(ids, flags, marking=True)
        result.newly_marked = [order_id for order_id in ids if not flags[order_id]]
        already = [order_id for order_id in ids if flags[order_id]]
        if already:
            result.replaced = {
                order_id: entry
                for order_id, entry in current_marks(conn, already).items()
                if entry.kind is MarkKind.MARK
            }
        _set_handled(conn, result.newly_marked, True)
        _log(
            conn,
            [
                {
                    "order_id": order_id,
                    "kind": MarkKind.MARK.value,
                    "action": chosen.value,
                    "note": note,
                    "by": by,
                    "at": at,
                }
                for order_id in ids
            ],
        )
    return result


def unmark_orders(
    store: Store,
    order_ids: Sequence[str],
    *,
    by: str | None = None,
    at: datetime | None = None,
) -> UnmarkResult:
    """Undo the marks of orders: they block again if their status still does. All or none
    if any id is unknown; orders that were not marked are left as they were."""
    ids = _unique(order_ids)
    if not ids:
        raise _refuse_empty()
    at = at or datetime.now().replace(microsecond=0)
    by = _clean(by, NAME_LENGTH)
    with store.engine.begin() as conn:
        flags = _handled_flags(conn, ids)
        _refuse_unknown(ids, flags, marking=False)
        marked = [order_id for order_id in ids if flags[order_id]]
        _set_handled(conn, marked, False)
        _log(
            conn,
            [
                {"order_id": order_id, "kind": MarkKind.UNMARK.value, "by": by, "at": at}
                for order_id in marked
            ],
        )
    return UnmarkResult(
        unmarked=marked, not_marked=[order_id for order_id in ids if not flags[order_id]]
    )


def undo_mark(
    store: Store, result: MarkResult, *, by: str | None = None, at: datetime | None = None
) -> None:
    """Put the orders of one mark back as they were before it, by adding log rows:
    orders it newly marked are unmarked, orders it re-marked get their earlier mark back.

    Orders since removed from the store (an undone import) are skipped.
    """
    at = at or datetime.now().replace(microsecond=0)
    by = _clean(by, NAME_LENGTH)
    with store.engine.begin() as conn:
        present = _handled_flags(conn, result.order_ids)
        newly = [order_id for order_id in result.newly_marked if present.get(order_id)]
        _set_handled(conn, newly, False)
        rows: list[dict[str, Any]] = [
            {"order_id": order_id, "kind": MarkKind.UNMARK.value, "by": by, "at": at}
            for order_id in newly
        ]
        rows += [
            {
                "order_id": order_id,
                "kind": MarkKind.MARK.value,
                "action": entry.action,
                "note": entry.note,
                "by": entry.by,
                "at": at,
            }
            for order_id, entry in result.replaced.items()
            if order_id in present
        ]
        _log(conn, rows)


def marks_count(store: Store) -> int:
    with store.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(HandledMark)) or 0)


def iter_marks(store: Store, *, chunk: int = 5_000) -> Iterator[MarkEntry]:
    """The whole marks log, oldest first, read a chunk at a time."""
    last_id = 0
    while True:
        with store.engine.connect() as conn:
            rows = conn.execute(
                select(HandledMark)
                .where(HandledMark.id > last_id)
                .order_by(HandledMark.id)
                .limit(chunk)
            ).all()
        if not rows:
            return
        for row in rows:
            yield mark_entry(row)
        last_id = rows[-1].id


def marks_of(store: Store, order_id: str) -> list[MarkEntry]:
    """One order's history of marks, oldest first."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(HandledMark).where(HandledMark.order_id == order_id).order_by(HandledMark.id)
        ).all()
    return [mark_entry(row) for row in rows]
