"""Seeding stores for order tests directly through the models, as an import would."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal

from shopcloser.domain.closure import blocking_reasons
from shopcloser.domain.statuses import RefundStatus, TradeStatus
from shopcloser.store.database import Store
from shopcloser.store.models import Order, OrderItem

NOW = datetime(2026, 11, 22, 12, 0)


def add_order(
    store: Store,
    order_id: str,
    status: TradeStatus = TradeStatus.WAIT_SELLER_SEND_GOODS,
    *,
    refunds: Sequence[RefundStatus] = (RefundStatus.NO_REFUND,),
    created_at: datetime | None = None,
    paid_at: datetime | None = None,
    shipped_at: datetime | None = None,
    confirmed_at: datetime | None = None,
    buyer_nick: str | None = "买家小王",
    receiver_name: str | None = "王小明",
    receiver_mobile: str | None = "13812345678",
    titles: str | None = "连衣裙",
    amount: Decimal | None = Decimal("99.90"),
    merchant_codes: Sequence[str | None] = (),
    quantities: Sequence[int] = (),
) -> None:
    """One order with one item per refund state, blocking reasons as the import sets them."""
    created = created_at or NOW - timedelta(days=60)
    with store.transaction() as session:
        session.add(
            Order(
                order_id=order_id,
                status=status.value,
                status_text=status.value,
                buyer_nick=buyer_nick,
                receiver_name=receiver_name,
                receiver_mobile=receiver_mobile,
                receiver_address="浙江省 杭州市 西湖区 文三路 100 号",
                created_at=created,
                paid_at=paid_at,
                shipped_at=shipped_at,
                confirmed_at=confirmed_at,
                item_titles=titles,
                item_count=len(refunds),
                paid_amount=amount,
                total_amount=amount,
                blocking_reasons=",".join(blocking_reasons(status, refunds)),
            )
        )
        session.flush()
        for line, refund in enumerate(refunds, start=1):
            code = merchant_codes[line - 1] if line <= len(merchant_codes) else None
            quantity = quantities[line - 1] if line <= len(quantities) else 1
            session.add(
                OrderItem(
                    item_key=f"{order_id}#{line}",
                    order_id=order_id,
                    line_no=line,
                    title=(titles or "item") + f" {line}",
                    quantity=quantity,
                    price=amount,
                    merchant_code=code,
                    status=status.value,
                    status_text=status.value,
                    refund_status=refund.value,
                )
            )


def reimport(
    store: Store, order_id: str, status: TradeStatus, refunds: Sequence[RefundStatus]
) -> None:
    """What a newer import does to a stored order: new status, reasons recomputed,
    ``handled`` left alone."""
    with store.transaction() as session:
        order = session.get(Order, order_id)
        assert order is not None
        order.status = status.value
        order.blocking_reasons = ",".join(blocking_reasons(status, refunds))
        for item in order_items(session, order_id):
            item.refund_status = refunds[0].value if refunds else RefundStatus.NO_REFUND.value


def order_items(session: object, order_id: str) -> list[OrderItem]:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    return list(session.scalars(select(OrderItem).where(OrderItem.order_id == order_id)))


def standard_shop(store: Store) -> None:
    """A small shop with one order of every kind the tab distinguishes.

    - 1001, 1002: paid, waiting to be shipped (block: open order)
    - 1003: finished, with an open refund (blocks: open refund)
    - 1004: finished 3 days ago (watch: inside the 15-day after-sales window)
    - 1005: finished long ago (clear)
    - 1006: closed (clear)
    - 1007: unknown status text (blocks: unknown status)
    """
    add_order(
        store, "1001", created_at=NOW - timedelta(days=10), buyer_nick="amy", titles="红色 连衣裙"
    )
    add_order(
        store, "1002", created_at=NOW - timedelta(days=9), buyer_nick="bob", titles="蓝色 T恤"
    )
    add_order(
        store,
        "1003",
        TradeStatus.TRADE_FINISHED,
        refunds=(RefundStatus.NO_REFUND, RefundStatus.WAIT_SELLER_AGREE),
        created_at=NOW - timedelta(days=40),
        confirmed_at=NOW - timedelta(days=30),
        buyer_nick="carol",
        titles="帽子",
    )
    add_order(
        store,
        "1004",
        TradeStatus.TRADE_FINISHED,
        created_at=NOW - timedelta(days=8),
        shipped_at=NOW - timedelta(days=3),
        buyer_nick="dave",
        titles="围巾",
        amount=Decimal("10.00"),
    )
    add_order(
        store,
        "1005",
        TradeStatus.TRADE_FINISHED,
        refunds=(RefundStatus.SUCCESS,),
        created_at=NOW - timedelta(days=100),
        confirmed_at=NOW - timedelta(days=90),
        buyer_nick="erin",
        titles='=HYPERLINK("http://evil")',
        amount=Decimal("250.00"),
    )
    add_order(
        store,
        "1006",
        TradeStatus.TRADE_CLOSED,
        created_at=NOW - timedelta(days=20),
        buyer_nick="frank",
        titles="-5 手套",
    )
    add_order(
        store,
        "1007",
        TradeStatus.UNKNOWN,
        created_at=NOW - timedelta(days=5),
        buyer_nick="grace",
        titles="@袜子",
    )
