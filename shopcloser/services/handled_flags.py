"""Orders' handled flags taken again from the marks log, for orders that come back."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.engine import Connection

from shopcloser.domain.handling import MarkKind
from shopcloser.store.models import HandledMark, Order


def handled_from_log(conn: Connection, which: ColumnElement[bool]) -> None:
    """Set the handled flag of the orders ``which`` selects that have marks from the
    latest entry of the marks log: the log is the merchant's word, and it outlives an
    order that an import or an undo removed and another brought back."""
    latest_kind = (
        select(HandledMark.kind)
        .where(HandledMark.order_id == Order.order_id)
        .order_by(HandledMark.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    conn.execute(
        update(Order)
        .where(which, Order.order_id.in_(select(HandledMark.order_id)))
        .values(handled=latest_kind == MarkKind.MARK.value)
    )
