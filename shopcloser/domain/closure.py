"""Does an order stand in the way of closing the shop? The rules of closing-a-shop.md."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from shopcloser.domain.statuses import (
    FINISHED_TRADE_STATUSES,
    OPEN_REFUND_STATUSES,
    OPEN_TRADE_STATUSES,
    RefundStatus,
    TradeStatus,
)

DEFAULT_AFTER_SALES_DAYS = 15


class Standing(StrEnum):
    BLOCKING = "blocking"
    WATCH = "watch"  # finished, but buyers can still ask for after-sales help
    HANDLED = "handled"  # would block, but the merchant has dealt with it
    CLEAR = "clear"


class Reason(StrEnum):
    OPEN_ORDER = "open_order"
    UNKNOWN_STATUS = "unknown_status"
    OPEN_REFUND = "open_refund"
    UNKNOWN_REFUND = "unknown_refund"


@dataclass(frozen=True)
class Assessment:
    standing: Standing
    reasons: tuple[Reason, ...]


def blocking_reasons(status: TradeStatus, refunds: Iterable[RefundStatus]) -> tuple[Reason, ...]:
    """Why an order would block closure if nobody had handled it (empty: it does not)."""
    reasons: list[Reason] = []
    if status is TradeStatus.UNKNOWN:
        reasons.append(Reason.UNKNOWN_STATUS)
    elif status in OPEN_TRADE_STATUSES:
        reasons.append(Reason.OPEN_ORDER)
    refund_set = set(refunds)
    if RefundStatus.UNKNOWN in refund_set:
        reasons.append(Reason.UNKNOWN_REFUND)
    if refund_set & (OPEN_REFUND_STATUSES - {RefundStatus.UNKNOWN}):
        reasons.append(Reason.OPEN_REFUND)
    return tuple(reasons)


def assess(
    status: TradeStatus,
    refunds: Iterable[RefundStatus],
    *,
    handled: bool,
    finished_at: datetime | None,
    now: datetime,
    after_sales_days: int = DEFAULT_AFTER_SALES_DAYS,
) -> Assessment:
    """Classify one order; ``finished_at`` is when it became TRADE_FINISHED, if known."""
    reasons = blocking_reasons(status, refunds)
    if reasons:
        return Assessment(Standing.HANDLED if handled else Standing.BLOCKING, reasons)
    in_after_sales = finished_at is not None and now - finished_at < timedelta(
        days=after_sales_days
    )
    if status in FINISHED_TRADE_STATUSES and in_after_sales:
        return Assessment(Standing.WATCH, ())
    return Assessment(Standing.CLEAR, ())
