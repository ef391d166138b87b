"""Handling orders: what a merchant can record about an order, and the watch window.

Plain rules, no SQL: the services turn them into queries, the tests into tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache

from shopcloser.domain.closure import Reason
from shopcloser.domain.statuses import OPEN_REFUND_STATUSES, RefundStatus


class HandledAction(StrEnum):
    """What the merchant did about an order that blocked closure."""

    SHIPPED = "shipped"
    REFUND_COMPLETED = "refund_completed"
    CANCELLED_WITH_BUYER = "cancelled_with_buyer"
    CLOSED_ON_PLATFORM = "closed_on_platform"
    OTHER = "other"


class MarkKind(StrEnum):
    """A row of the append-only marks log: the order was marked handled, or that was undone."""

    MARK = "mark"
    UNMARK = "unmark"


class Disposition(StrEnum):
    """What happens to a piece of leftover stock before the shop closes."""

    UNDECIDED = "undecided"
    SOLD_OFF = "sold_off"
    RETURNED = "returned"  # to the supplier
    WRITTEN_OFF = "written_off"
    KEPT = "kept"


def finish_time(
    confirmed_at: datetime | None,
    shipped_at: datetime | None,
    paid_at: datetime | None,
    created_at: datetime | None,
) -> datetime | None:
    """When a finished order most likely finished: the latest time the files tell.

    Exports rarely carry the confirmation time; shipping, payment and creation are
    ever rougher stand-ins, each earlier than the real finish, so a watch window based on
    them errs towards letting an order out of the window early, never keeping it in.
    """
    for moment in (confirmed_at, shipped_at, paid_at, created_at):
        if moment is not None:
            return moment
    return None


def watch_cutoff(now: datetime, after_sales_days: int) -> datetime:
    """Finished orders that finished after this moment are still inside after-sales."""
    return now - timedelta(days=max(after_sales_days, 0))


def in_after_sales(finished_at: datetime | None, now: datetime, after_sales_days: int) -> bool:
    """Same rule as :func:`shopcloser.domain.closure.assess`: strictly inside the window."""
    return finished_at is not None and finished_at > watch_cutoff(now, after_sales_days)


_REASONS = {reason.value: reason for reason in Reason}


@cache  # a store holds only a handful of distinct combinations
def parse_reasons(stored: str) -> tuple[Reason, ...]:
    """The reasons stored comma-joined on an order; codes this version does not know are
    kept out rather than failing (a newer import may have written them)."""
    return tuple(_REASONS[code] for code in stored.split(",") if code in _REASONS)


# Most pressing first: the order in which an order's refund states are shown and sorted.
REFUND_SEVERITY: tuple[RefundStatus, ...] = (
    RefundStatus.UNKNOWN,
    RefundStatus.SELLER_REFUSE_BUYER,
    RefundStatus.WAIT_SELLER_AGREE,
    RefundStatus.WAIT_SELLER_CONFIRM_GOODS,
    RefundStatus.WAIT_BUYER_RETURN_GOODS,
    RefundStatus.SUCCESS,
    RefundStatus.CLOSED,
    RefundStatus.NOT_IN_FILES,
    RefundStatus.NO_REFUND,
)


def refund_rank(status: RefundStatus) -> int:
    """Higher is more pressing; NO_REFUND is 0."""
    return len(REFUND_SEVERITY) - 1 - REFUND_SEVERITY.index(status)


def refund_summary(states: Iterable[RefundStatus]) -> tuple[RefundStatus, ...]:
    """An order's distinct refund states, most pressing first.

    "No refund" only appears when no item has any refund at all: next to a refund it
    says nothing the merchant needs.
    """
    distinct = set(states)
    if len(distinct) > 1:
        distinct.discard(RefundStatus.NO_REFUND)
    return tuple(s for s in REFUND_SEVERITY if s in distinct)


def has_open_refund(states: Iterable[RefundStatus]) -> bool:
    return any(state in OPEN_REFUND_STATUSES for state in states)


def is_handled(kinds: Iterable[MarkKind]) -> bool:
    """Folding an order's marks log, oldest first: handled if the last entry is a mark."""
    handled = False
    for kind in kinds:
        handled = kind is MarkKind.MARK
    return handled


class Verdict(StrEnum):
    """The answer to "Can I close the shop?"."""

    NO_ORDERS = "no_orders"  # nothing imported: the app cannot tell yet
    NOT_YET = "not_yet"  # orders still block
    ALMOST = "almost"  # nothing blocks, but something still needs care
    READY = "ready"


def closing_verdict(*, orders: int, blocking: int, watch: int, stock_undecided: int) -> Verdict:
    """Orders that block make it "not yet". Finished orders still inside after-sales
    (buyers can still ask for a refund) and stock without a decision make it "almost":
    they do not stop the platform from closing the shop, but the merchant should see to
    them first."""
    if orders == 0:
        return Verdict.NO_ORDERS
    if blocking > 0:
        return Verdict.NOT_YET
    if watch > 0 or stock_undecided > 0:
        return Verdict.ALMOST
    return Verdict.READY
