"""Which column holds what: header names and their aliases, report kinds and layouts.

Columns are found by header name, never by position: the seller centre changes the set and
the order of columns between years and account types (see shared/domain/taobao-exports.md).
Headers are matched with spaces removed and case ignored (``收货地址 ``, ``店铺ID``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from shopcloser.formats.report import ReportKind


class Cell(Enum):
    """How a column's cells are cleaned."""

    TEXT = "text"
    KEY_ID = "key_id"  # order / sub-order id: refused when ruined by Excel
    ID = "id"  # other ids (tracking, shop): ="…" removed
    PHONE = "phone"
    MONEY = "money"
    TIME = "time"
    COUNT = "count"
    STATUS = "status"  # kept as text, mapped to a canonical code


@dataclass(frozen=True)
class Field:
    attr: str  # the record attribute
    cell: Cell
    aliases: tuple[str, ...]  # header names, preferred first


# Headers that mark a row as the header row (also below a title line).
ID_HEADERS = ("订单编号", "子订单编号", "主订单编号")

ORDER_FIELDS = (
    Field("order_id", Cell.KEY_ID, ("订单编号", "主订单编号")),
    Field("status_text", Cell.STATUS, ("订单状态", "交易状态")),
    Field("close_reason", Cell.TEXT, ("订单关闭原因", "关闭原因")),
    Field("buyer_nick", Cell.TEXT, ("买家会员名", "买家会员昵称", "买家昵称")),
    Field("buyer_alipay", Cell.TEXT, ("买家支付宝账号",)),
    Field("receiver_name", Cell.TEXT, ("收货人姓名", "收货人")),
    Field("receiver_address", Cell.TEXT, ("收货地址", "详细地址")),
    Field("receiver_phone", Cell.PHONE, ("联系电话",)),
    Field("receiver_mobile", Cell.PHONE, ("联系手机", "收货人手机号", "手机号")),
    Field("buyer_message", Cell.TEXT, ("买家留言",)),
    Field("created_at", Cell.TIME, ("订单创建时间", "创建时间")),
    Field("paid_at", Cell.TIME, ("订单付款时间", "付款时间")),
    Field("shipped_at", Cell.TIME, ("发货时间",)),
    Field("confirmed_at", Cell.TIME, ("确认收货时间",)),
    Field("goods_amount", Cell.MONEY, ("买家应付货款",)),
    Field("postage", Cell.MONEY, ("买家应付邮费",)),
    Field("total_amount", Cell.MONEY, ("总金额",)),
    Field("paid_amount", Cell.MONEY, ("买家实际支付金额", "买家实付金额")),
    Field("refund_amount", Cell.MONEY, ("退款金额",)),
    Field("item_titles", Cell.TEXT, ("宝贝标题", "商品标题")),
    Field("item_count", Cell.COUNT, ("宝贝总数量", "商品总数量")),
    Field("logistics_company", Cell.TEXT, ("物流公司",)),
    Field("tracking_no", Cell.ID, ("物流单号", "运单号")),
    Field("merchant_note", Cell.TEXT, ("订单备注", "商家备忘", "卖家备注", "商家备注")),
    Field("shop_id", Cell.ID, ("店铺Id",)),
    Field("shop_name", Cell.TEXT, ("店铺名称",)),
)

ITEM_FIELDS = (
    Field("order_id", Cell.KEY_ID, ("订单编号", "主订单编号")),
    Field("sub_order_id", Cell.KEY_ID, ("子订单编号",)),
    Field("title", Cell.TEXT, ("标题", "商品标题", "宝贝标题")),
    Field("price", Cell.MONEY, ("价格", "商品价格", "单价")),
    Field("quantity", Cell.COUNT, ("购买数量", "商品数量", "数量")),
    Field("sku_props", Cell.TEXT, ("商品属性", "宝贝属性", "销售属性")),
    Field("merchant_code", Cell.TEXT, ("商家编码", "商品编码")),
    Field("status_text", Cell.STATUS, ("订单状态", "交易状态")),
    Field("refund_status_text", Cell.STATUS, ("退款状态",)),
    Field("refund_amount", Cell.MONEY, ("退款金额",)),
    Field("paid_amount", Cell.MONEY, ("买家实际支付金额", "买家实付金额", "实付金额")),
    Field("created_at", Cell.TIME, ("订单创建时间", "创建时间")),
    Field("paid_at", Cell.TIME, ("订单付款时间", "付款时间")),
    Field("shipped_at", Cell.TIME, ("发货时间",)),
)

# Extra columns whose cells are free text written by people: kept exactly (only trimmed),
# even when they start with "=". Other extra columns get ="…" removed like ids.
FREE_TEXT_HEADERS = frozenset(
    {
        "备注", "联系方式备注", "商家备注", "商家备忘", "主订单买家留言", "套餐信息", "发票抬头",
        "异常信息", "修改后的收货地址", "修改后的sku", "分阶段订单信息", "支付详情", "标题",
        "商品标题", "宝贝标题", "买家留言", "订单备注",
    }
)  # fmt: skip

_ITEM_MARKERS = frozenset(
    {"购买数量", "子订单编号", "标题", "商品标题", "价格", "商品价格", "商家编码", "商品属性"}
)
# 退款状态 beside an order status is in item reports only: a file cut down to the ids, the
# status and the refund is still an item report (read as an order report, its refunds
# were set aside as text). Without a status it is another report (refunds), refused.
_ITEM_REFUNDS = frozenset({"退款状态"})
_STATUSES = frozenset({"订单状态"})  # the item report's name for it
_ORDER_MARKERS = frozenset(
    {"收货人姓名", "收货地址", "买家会员名", "宝贝总数量", "宝贝种类", "买家应付邮费", "联系手机"}
)


# Characters that show as nothing: a byte order mark left in the first header by a
# converting tool (or a second one after the file's own), zero-width spaces and joiners.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"))


def header_text(cell: str) -> str:
    """A header as the merchant sees it: without invisible characters or surrounding spaces."""
    return cell.translate(_INVISIBLE).strip()


def header_key(header: str) -> str:
    """The form headers are compared in: no spaces at all, case folded."""
    return "".join(header.translate(_INVISIBLE).split()).casefold()


def is_header_row(cells: list[str]) -> bool:
    """True for the row that names the columns (there may be a title line above it)."""
    keys = {header_key(c) for c in cells if c}
    return any(h in keys for h in ID_HEADERS)


def detect_kind(headers: list[str]) -> ReportKind:
    """Order report or item report, judged by which columns are there."""
    keys = {header_key(h) for h in headers}
    items = len(keys & _ITEM_MARKERS) + bool(keys & _ITEM_REFUNDS and keys & _STATUSES)
    orders = len(keys & _ORDER_MARKERS)
    return ReportKind.ITEMS if items > orders else ReportKind.ORDERS


def detect_layout(kind: ReportKind, headers: list[str]) -> str:
    """The known layout the headers match: for the import summary and diagnostics."""
    keys = {header_key(h) for h in headers}
    if kind is ReportKind.ITEMS:
        if "商品标题" in keys or "商品价格" in keys:
            return "newest"
        if "子订单编号" in keys:
            return "2020-28" if "商品id" in keys else "2020"
        return "2017" if "订单编号" in keys else "unknown"
    if "o2o交易类型" in keys or "是否村淘订单" in keys:
        return "tmall"
    if "买家会员昵称" in keys or "虚拟号过期时间" in keys:
        return "newest"
    if "是否信用购" in keys or "主订单编号" in keys:
        return "2020"
    if "支付单号" in keys or "确认收货时间" in keys:
        return "2018"
    if "是否上传合同照片" in keys or "退款金额" in keys:
        return "2017"
    if "订单编号" in keys and "收货人姓名" in keys:
        return "2016"
    return "unknown"


def column_letter(index: int) -> str:
    """A column's letter as a spreadsheet shows it, from its 0-based position (27 → AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def unnamed_column(index: int) -> str:
    """The name a column whose header cell is empty is kept under, from its position in
    the file: its cells are the merchant's data all the same, and the backup gives them
    back under this name. The same in every language: it is a stored key."""
    return f"(column {column_letter(index)})"


def kept_columns(headers: list[str], used: set[int] | dict[int, str]) -> list[tuple[int, str]]:
    """The columns kept as they are (every column not in ``used``), each with the name it
    is kept under: its header, with ``#2``, ``#3``… for a header met again, or
    ``unnamed_column`` for an empty header before the last named one. Empty headers after
    it (the item report's trailing separator) are no column."""
    named = max((i + 1 for i, header in enumerate(headers) if header), default=0)
    kept: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    for index, header in enumerate(headers[:named]):
        if index in used:
            continue
        if not header:
            header = unnamed_column(index)
        seen[header] = seen.get(header, 0) + 1
        kept.append((index, header if seen[header] == 1 else f"{header}#{seen[header]}"))
    return kept
