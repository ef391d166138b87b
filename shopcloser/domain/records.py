"""One order or one item (sub-order) as read from an export, already cleaned.

File readers produce these for code that looks at the values (the import reads rows
already in the store's form, which a test checks give the same). Every value is typed:
ids and phones are text, money is Decimal, times are naive local shop time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from shopcloser.domain.statuses import RefundStatus, TradeStatus


@dataclass
class OrderRecord:
    order_id: str
    status_text: str = ""
    status: TradeStatus = TradeStatus.UNKNOWN
    close_reason: str | None = None
    buyer_nick: str | None = None
    buyer_alipay: str | None = None
    receiver_name: str | None = None
    receiver_address: str | None = None
    receiver_phone: str | None = None
    receiver_mobile: str | None = None
    buyer_message: str | None = None
    created_at: datetime | None = None
    paid_at: datetime | None = None
    shipped_at: datetime | None = None
    confirmed_at: datetime | None = None
    goods_amount: Decimal | None = None
    postage: Decimal | None = None
    total_amount: Decimal | None = None
    paid_amount: Decimal | None = None
    refund_amount: Decimal | None = None
    item_titles: str | None = None
    item_count: int | None = None
    logistics_company: str | None = None
    tracking_no: str | None = None
    merchant_note: str | None = None
    shop_id: str | None = None
    shop_name: str | None = None
    # Columns the app does not model, under the file's own header names.
    extra: dict[str, str] = field(default_factory=dict)
    # Where the row came from (1-based line/row in the file, header included), and what
    # could not be read in it: (original column header, raw value) pairs.
    row_number: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ItemRecord:
    order_id: str
    sub_order_id: str | None = None
    line_no: int = 1  # position within its order in the file, for reports without sub-order ids
    title: str | None = None
    price: Decimal | None = None
    quantity: int | None = None
    sku_props: str | None = None
    merchant_code: str | None = None
    status_text: str = ""
    status: TradeStatus = TradeStatus.UNKNOWN
    refund_status_text: str | None = None
    refund_status: RefundStatus = RefundStatus.NO_REFUND
    refund_amount: Decimal | None = None
    paid_amount: Decimal | None = None
    created_at: datetime | None = None
    paid_at: datetime | None = None
    shipped_at: datetime | None = None
    extra: dict[str, str] = field(default_factory=dict)
    row_number: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)

    @property
    def item_key(self) -> str:
        """Stable key across re-imports: the sub-order id, else order id and position."""
        return self.sub_order_id or f"{self.order_id}#{self.line_no}"
