"""Write realistic seller-centre exports, byte for byte the way the seller centre does.

``write_orders(path, n_orders, seed, layout)`` writes the order report (订单报表) and
``write_items(path, n_orders, seed, layout)`` the item report (宝贝报表) of the same orders:
the same ``seed`` and ``n_orders`` give the same order ids in both. The file format follows
the path's suffix (``.csv`` or ``.xlsx``).

CSV files are GBK, ids unquoted as ``="…"``, every other field double-quoted, headers with
the seller centre's trailing spaces, item rows ending with a comma. Names, phones and
addresses are fake. Fast enough for the bench's million-order files (plain string joins for
CSV, openpyxl's write-only mode for xlsx).

``python -m tests.samples`` regenerates ``tests/data/`` and ``resources/sample/``.
"""

from __future__ import annotations

import csv
import io
import random
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
SAMPLE = REPO / "resources" / "sample"

# ---------------------------------------------------------------------------------------
# Header layouts, as the seller centre writes them (trailing spaces included).

_ORDERS_2017 = [
    "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "买家支付积分",
    "总金额", "返点积分", "买家实际支付金额", "买家实际支付积分", "订单状态", "买家留言",
    "收货人姓名", "收货地址 ", "运送方式", "联系电话 ", "联系手机", "订单创建时间",
    "订单付款时间 ", "宝贝标题 ", "宝贝种类 ", "物流单号 ", "物流公司", "订单备注",
    "宝贝总数量", "店铺Id", "店铺名称", "订单关闭原因", "卖家服务费", "买家服务费", "发票抬头",
    "是否手机订单", "分阶段订单信息", "特权订金订单id", "是否上传合同照片", "是否上传小票",
    "是否代付", "定金排名", "修改后的sku", "修改后的收货地址", "异常信息", "天猫卡券抵扣",
    "集分宝抵扣", "是否是O2O交易", "退款金额", "预约门店",
]  # fmt: skip
_ORDERS_2016 = [
    h
    for h in _ORDERS_2017
    if h not in ("是否上传合同照片", "是否上传小票", "是否代付", "退款金额", "预约门店")
]
_ORDERS_2018 = [
    *_ORDERS_2017[:3], "支付单号", "支付详情", *_ORDERS_2017[3:44],
    "新零售交易类型", "新零售导购门店名称", "新零售导购门店id", "新零售发货门店名称",
    "新零售发货门店id", "退款金额", "预约门店", "确认收货时间", "打款商家金额",
    "含应开票给个人的个人红包",
]  # fmt: skip
_ORDERS_2020 = [*_ORDERS_2018, "是否信用购", "体验期结束时间", "前N有礼", "配送类型", "主订单编号"]
_ORDERS_NEWEST = [
    *_ORDERS_2020[:2], "买家会员昵称", *_ORDERS_2020[2:19], "虚拟号过期时间", *_ORDERS_2020[19:-1],
    "延迟发货自动赔付金额", "预售订单", "发货时间", "商家备忘", "主订单编号",
]  # fmt: skip
_ORDERS_TMALL = [*_ORDERS_2018, "O2O交易类型", "O2O店铺id", "O2O店铺名称", "是否村淘订单"]

ORDER_LAYOUTS: dict[str, list[str]] = {
    "2016": _ORDERS_2016,
    "2017": _ORDERS_2017,
    "2018": _ORDERS_2018,
    "2020": _ORDERS_2020,
    "newest": _ORDERS_NEWEST,
    "tmall": _ORDERS_TMALL,
}

_ITEMS_2017 = [
    "订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息", "备注",
    "订单状态", "商家编码",
]  # fmt: skip
_ITEMS_2020 = [
    "子订单编号", "主订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息",
    "备注", "订单状态", "商家编码", "支付单号", "买家应付货款", "买家实际支付金额", "退款状态",
    "退款金额", "订单创建时间", "订单付款时间",
]  # fmt: skip
# The tail of the 28-column variant beyond the five names the doc lists is our best guess.
_ITEMS_28 = [
    *_ITEMS_2020,
    "商品id", "SKU ID", "发货时间", "物流单号", "物流公司", "是否赔付", "赔付类型", "赔付金额",
    "是否主动赔付", "店铺名称",
]  # fmt: skip
_ITEMS_NEWEST = [
    "子订单编号", "主订单编号", "商品标题", "商品价格", "购买数量", "外部系统编号", "商品属性",
    "套餐信息", "联系方式备注", "订单状态", "商家编码", "支付单号", "买家应付货款", "买家实付金额",
    "退款状态", "退款金额", "订单创建时间", "订单付款时间", "商品ID", "发货时间", "物流单号",
    "物流公司", "商家备注", "主订单买家留言", "是否主动赔付",
]  # fmt: skip

ITEM_LAYOUTS: dict[str, list[str]] = {
    "2017": _ITEMS_2017,
    "2020": _ITEMS_2020,
    "28": _ITEMS_28,
    "newest": _ITEMS_NEWEST,
}

# Columns the seller centre writes unquoted as ="…" so that Excel keeps the digits.
_ID_COLUMNS = frozenset(
    {"订单编号", "主订单编号", "子订单编号", "支付单号", "物流单号 ", "物流单号"}
)

# ---------------------------------------------------------------------------------------
# Fake but realistic people, places, goods.

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰志强红梅海燕小龙晓东婷雪"
_PLACES = [
    ("浙江省", "杭州市", ["西湖区", "余杭区", "滨江区", "拱墅区"], "310012"),
    ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区"], "518000"),
    ("广东省", "广州市", ["天河区", "越秀区", "海珠区", "番禺区"], "510000"),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "江宁区", "秦淮区"], "210000"),
    ("上海", "上海市", ["浦东新区", "徐汇区", "静安区", "闵行区"], "200000"),
    ("北京", "北京市", ["朝阳区", "海淀区", "东城区", "丰台区"], "100000"),
    ("四川省", "成都市", ["武侯区", "锦江区", "青羊区", "高新区"], "610000"),
    ("湖北省", "武汉市", ["洪山区", "武昌区", "江汉区", "江夏区"], "430000"),
]
_STREETS = ["文三路", "人民路", "解放路", "中山路", "建设路", "科技园路", "滨江大道", "和平街"]
_ESTATES = ["阳光小区", "金色家园", "翠苑一区", "锦绣花园", "世纪城", "幸福里", "星河湾"]
_GOODS = [
    ("夏季新款纯棉短袖T恤男", Decimal("59.00"), "颜色分类:白色;尺码:XL"),
    ("韩版宽松显瘦连衣裙女", Decimal("128.00"), "颜色分类:藏青色;尺码:M"),
    ("手工陶瓷马克杯带盖勺", Decimal("35.50"), "颜色分类:奶白色"),
    ("加厚珊瑚绒毛毯单人", Decimal("89.90"), "规格:150x200cm"),
    ("不锈钢保温杯500ml", Decimal("69.00"), "颜色分类:黑色;容量:500ml"),
    ("儿童益智积木玩具套装", Decimal("199.00"), "套餐:豪华版"),
    ("有机绿茶明前龙井250g", Decimal("158.00"), "净含量:250g"),
    ("无线蓝牙耳机降噪", Decimal("249.00"), "颜色分类:象牙白"),
    ("真皮男士商务钱包", Decimal("118.00"), "颜色分类:棕色"),
    ("家用多功能料理机", Decimal("399.00"), "功率:800W"),
]
_SHIPPERS = ["中通快递", "圆通速递", "申通快递", "韵达快递", "顺丰速运", "邮政EMS"]
_MESSAGES = ["请尽快发货，谢谢!", "不要放快递柜", "发顺丰可以吗？补差价", "周末送货"]
_MULTILINE_MESSAGE = '麻烦包装好一点,送人的，谢谢!\n下午5点后再送, 电话联系"小王"'
_EQUALS_TITLE = "=爆款=手工陶瓷马克杯带盖勺"

# Status mix: mostly finished, some open, some closed, a few refunds in progress.
_STATUS_WEIGHTS = [
    ("交易成功", 70),
    ("卖家已发货，等待买家确认", 8),
    ("买家已付款，等待卖家发货", 6),
    ("等待买家付款", 3),
    ("卖家部分发货", 1),
    ("交易关闭", 10),
    ("交易被淘宝关闭", 2),
]
_STATUSES = [s for s, w in _STATUS_WEIGHTS for _ in range(w)]
_OPEN_REFUNDS = [
    "买家已经申请退款，等待卖家同意",
    "卖家已经同意退款，等待买家退货",
    "买家已经退货，等待卖家确认收货",
]

_SHOP_ID = "60123456"
_SHOP_NAME = "小王的杂货铺"
_EPOCH = datetime(2020, 3, 1, 8, 0, 0)


@dataclass
class Item:
    sub_order_id: str
    title: str
    price: Decimal
    quantity: int
    sku: str
    merchant_code: str
    refund_status: str  # text as in the item report
    refund_amount: Decimal


@dataclass
class Order:
    order_id: str
    buyer_nick: str
    buyer_alipay: str
    receiver_name: str
    address: str
    phone: str  # as written: leading apostrophe, or 'null
    mobile: str
    message: str
    status: str
    close_reason: str
    created: datetime
    paid: datetime | None
    shipped: datetime | None
    confirmed: datetime | None
    postage: Decimal
    items: list[Item]
    shipper: str
    tracking_no: str
    pay_no: str

    @property
    def goods(self) -> Decimal:
        return sum((i.price * i.quantity for i in self.items), Decimal("0.00"))

    @property
    def total(self) -> Decimal:
        return self.goods + self.postage

    @property
    def paid_amount(self) -> Decimal:
        return self.total if self.paid else Decimal("0.00")

    @property
    def refund(self) -> Decimal:
        return sum((i.refund_amount for i in self.items), Decimal("0.00"))


def make_orders(n_orders: int, seed: int) -> Iterator[Order]:
    """The same orders for the same (n_orders, seed): both reports are written from these."""
    rng = random.Random(seed)
    rand, choice, randrange = rng.random, rng.choice, rng.randrange
    sub_seq = 1_000_000
    for i in range(n_orders):
        # Id lengths vary (16, 17, 18 digits); never assume one.
        if i % 11 == 3:
            order_id = str(135_153_131_473_293_579 + i * 100_003 + randrange(100_000))
        elif i % 5 == 1:
            order_id = str(35_153_131_473_293_579 + i * 100_003 + randrange(100_000))
        else:
            order_id = str(2_800_000_000_000_000 + i * 100_003 + randrange(100_000))
        status = choice(_STATUSES)
        close_reason = ""
        created = _EPOCH + timedelta(seconds=i * 97 + randrange(90))
        paid_at = created + timedelta(seconds=30 + randrange(900))
        shipped_at = paid_at + timedelta(hours=2 + randrange(48))
        paid: datetime | None = paid_at
        shipped: datetime | None = shipped_at
        confirmed: datetime | None = shipped_at + timedelta(days=3 + randrange(7))
        unpaid = status in ("等待买家付款", "交易被淘宝关闭") or (
            status == "交易关闭" and rand() < 0.5
        )
        if status == "交易关闭":
            close_reason = "买家未付款" if unpaid else choice(["买家申请退款", "退款成功"])
        if unpaid:
            paid = shipped = confirmed = None
        elif status == "买家已付款，等待卖家发货":
            shipped = confirmed = None
        elif status in ("卖家已发货，等待买家确认", "卖家部分发货") or status == "交易关闭":
            confirmed = None

        n_items = 1 if rand() < 0.75 else 2 + randrange(2)
        items = []
        for k in range(n_items):
            goods_no = randrange(len(_GOODS))
            title, price, sku = _GOODS[goods_no]
            if i == 2 and k == 0:
                title = _EQUALS_TITLE  # buyer/merchant text may start with "="
            quantity = 1 if rand() < 0.8 else 2 + randrange(3)
            refund_status, refund_amount = "", Decimal("0.00")
            if status == "交易关闭" and not unpaid:
                refund_status, refund_amount = "退款成功", price * quantity
            elif (
                status in ("买家已付款，等待卖家发货", "卖家已发货，等待买家确认") and rand() < 0.2
            ):
                refund_status, refund_amount = choice(_OPEN_REFUNDS), price * quantity
            elif status == "交易成功" and rand() < 0.02:
                refund_status = "退款关闭"
            sub_seq += 1 + randrange(7)
            items.append(
                Item(
                    sub_order_id=f"{order_id[:6]}{sub_seq:013d}",
                    title=title,
                    price=price,
                    quantity=quantity,
                    sku=sku,
                    merchant_code=f"SKU-{1000 + goods_no}",
                    refund_status=refund_status,
                    refund_amount=refund_amount,
                )
            )
        province, city, districts, postcode = choice(_PLACES)
        address = (
            f"{province} {city} {choice(districts)} {choice(_STREETS)}{1 + randrange(300)}号"
            f"{choice(_ESTATES)}{1 + randrange(20)}幢{1 + randrange(30)}0{1 + randrange(4)}室"
            f"({postcode})"
        )
        mobile = f"1{choice('3456789')}{randrange(10**9):09d}"
        name = choice(_SURNAMES) + choice(_GIVEN) + (choice(_GIVEN) if rand() < 0.6 else "")
        if i == 1:
            message = _MULTILINE_MESSAGE
        elif rand() < 0.1:
            message = choice(_MESSAGES)
        else:
            message = ""
        yield Order(
            order_id=order_id,
            buyer_nick=f"tb{randrange(10**8):08d}" if rand() < 0.5 else f"{name}{randrange(100)}",
            buyer_alipay=f"{mobile[:3]}****{mobile[-4:]}" if rand() < 0.7 else f"u{i}@example.com",
            receiver_name=name,
            address=address,
            phone="'null" if rand() < 0.7 else f"'0571-8{randrange(10**7):07d}",
            mobile="'" + mobile,
            message=message,
            status=status,
            close_reason=close_reason,
            created=created,
            paid=paid,
            shipped=shipped,
            confirmed=confirmed,
            postage=Decimal("0.00") if rand() < 0.8 else Decimal("10.00"),
            items=items,
            shipper=choice(_SHIPPERS) if shipped else "",
            tracking_no=f"7{randrange(10**13):013d}" if shipped else "",
            pay_no=f"2020{randrange(10**24):024d}" if paid else "",
        )


# ---------------------------------------------------------------------------------------
# Values per column. Each function returns the text the seller centre writes.


def _t(d: datetime | None) -> str:
    return d.strftime("%Y-%m-%d %H:%M:%S") if d else ""


def _order_values(o: Order, layout: str) -> dict[str, str]:
    newest = layout == "newest"
    titles = "，".join(i.title for i in o.items)
    refund = o.refund
    # Newer files write 无退款申请 or ￥20.00 here.
    refund_text = (f"￥{refund}" if refund else "无退款申请") if newest else str(refund)
    unpaid_value = "" if not newest else "--"
    return {
        "订单编号": o.order_id,
        "主订单编号": o.order_id,
        "买家会员名": o.buyer_nick,
        "买家会员昵称": o.buyer_nick,
        "买家支付宝账号": o.buyer_alipay,
        "支付单号": o.pay_no,
        "支付详情": f"支付宝:{o.paid_amount}" if o.paid else "",
        "买家应付货款": str(o.goods),
        "买家应付邮费": str(o.postage),
        "买家支付积分": "0",
        "总金额": str(o.total),
        "返点积分": "0",
        "买家实际支付金额": str(o.paid_amount),
        "买家实际支付积分": "0",
        "订单状态": o.status,
        "买家留言": o.message,
        "收货人姓名": o.receiver_name,
        "收货地址 ": o.address,
        "运送方式": "快递",
        "联系电话 ": o.phone,
        "联系手机": o.mobile,
        "虚拟号过期时间": "null",
        "订单创建时间": _t(o.created),
        "订单付款时间 ": _t(o.paid) or unpaid_value,
        "宝贝标题 ": titles,
        "宝贝种类 ": str(len(o.items)),
        "物流单号 ": o.tracking_no,
        "物流公司": o.shipper,
        "订单备注": "",
        "宝贝总数量": str(sum(i.quantity for i in o.items)),
        "店铺Id": _SHOP_ID,
        "店铺名称": _SHOP_NAME,
        "订单关闭原因": o.close_reason,
        "卖家服务费": "0",
        "买家服务费": "0元",
        "发票抬头": "",
        "是否手机订单": "手机订单",
        "分阶段订单信息": "",
        "特权订金订单id": "",
        "是否上传合同照片": "否",
        "是否上传小票": "否",
        "是否代付": "否",
        "定金排名": "",
        "修改后的sku": "",
        "修改后的收货地址": "",
        "异常信息": "",
        "天猫卡券抵扣": "",
        "集分宝抵扣": "",
        "是否是O2O交易": "",
        "新零售交易类型": "",
        "新零售导购门店名称": "",
        "新零售导购门店id": "",
        "新零售发货门店名称": "",
        "新零售发货门店id": "",
        "退款金额": refund_text,
        "预约门店": "",
        "确认收货时间": _t(o.confirmed),
        "打款商家金额": f"{o.paid_amount - refund}元" if o.confirmed else "0元",
        "含应开票给个人的个人红包": "",
        "是否信用购": "否",
        "体验期结束时间": "",
        "前N有礼": "",
        "配送类型": "快递",
        "延迟发货自动赔付金额": "",
        "预售订单": "否",
        "发货时间": _t(o.shipped) or ("--" if newest else ""),
        "商家备忘": "老客户" if o.order_id.endswith("7") else "",
        "O2O交易类型": "",
        "O2O店铺id": "",
        "O2O店铺名称": "",
        "是否村淘订单": "否",
    }


def _item_values(o: Order, item: Item) -> dict[str, str]:
    return {
        "订单编号": o.order_id,
        "子订单编号": item.sub_order_id,
        "主订单编号": o.order_id,
        "标题": item.title,
        "商品标题": item.title,
        "价格": str(item.price),
        "商品价格": str(item.price),
        "购买数量": str(item.quantity),
        "外部系统编号": "",
        "商品属性": item.sku,
        "套餐信息": "",
        "备注": "",
        "联系方式备注": "",
        "订单状态": o.status,
        "商家编码": item.merchant_code,
        "支付单号": o.pay_no,
        "买家应付货款": str(item.price * item.quantity),
        "买家实际支付金额": str(item.price * item.quantity) if o.paid else "0",
        "买家实付金额": str(item.price * item.quantity) if o.paid else "0",
        "退款状态": item.refund_status or "没有申请退款",
        "退款金额": str(item.refund_amount),
        "订单创建时间": _t(o.created),
        "订单付款时间": _t(o.paid),
        "商品id": f"6{int(item.merchant_code[4:]) * 7919:011d}",
        "商品ID": f"6{int(item.merchant_code[4:]) * 7919:011d}",
        "SKU ID": f"4{int(item.merchant_code[4:]) * 104729:012d}",
        "发货时间": _t(o.shipped),
        "物流单号": o.tracking_no,
        "物流公司": o.shipper,
        "是否赔付": "否",
        "赔付类型": "",
        "赔付金额": "",
        "是否主动赔付": "否",
        "店铺名称": _SHOP_NAME,
        "商家备注": "",
        "主订单买家留言": o.message,
    }


# ---------------------------------------------------------------------------------------
# Writers.


def _write_csv(
    path: Path, headers: list[str], rows: Iterator[dict[str, str]], *, trailing_comma: bool
) -> None:
    header = ",".join(f'"{h}"' for h in headers) + ("," if trailing_comma else "") + "\r\n"
    id_flags = [h in _ID_COLUMNS for h in headers]
    with path.open("wb") as out:
        out.write(header.encode("gbk"))
        chunk: list[str] = []
        for values in rows:
            parts = []
            for h, is_id in zip(headers, id_flags, strict=True):
                v = values[h]
                if is_id:
                    parts.append(f'="{v}"')
                elif '"' in v:
                    parts.append('"' + v.replace('"', '""') + '"')
                else:
                    parts.append(f'"{v}"')
            chunk.append(",".join(parts) + (",\r\n" if trailing_comma else "\r\n"))
            if len(chunk) >= 2000:
                out.write("".join(chunk).encode("gbk"))
                chunk.clear()
        out.write("".join(chunk).encode("gbk"))


def rewrite_csv(source: Path, target: Path, change: Callable[[dict[str, str]], None]) -> Path:
    """A copy of a seller-centre CSV with ``change(row)`` applied to each data row (a dict
    by stripped header), written back byte for byte the seller centre's way: GBK, ids
    unquoted as ``="…"`` (an empty one ``=""``), the item report's trailing comma."""
    with source.open(encoding="gb18030", newline="") as handle:
        rows = list(csv.reader(handle))
    headers = rows[0]
    keys = [h.strip() for h in headers]

    def cell(value: str, header: str) -> str:
        if not header:
            return value  # the trailing comma's empty column
        if value.startswith('="') and value.endswith('"'):
            return value
        return '"' + value.replace('"', '""') + '"'

    lines = [",".join(f'"{h}"' if h else "" for h in headers)]
    for cells in rows[1:]:
        row = dict(zip(keys, cells, strict=True))
        change(row)
        lines.append(",".join(cell(row[k], k) for k in keys))
    target.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return target


_MONEY_HEADERS = frozenset(
    {
        "买家应付货款",
        "买家应付邮费",
        "总金额",
        "买家实际支付金额",
        "价格",
        "商品价格",
        "买家实付金额",
    }
)
_TIME_HEADERS = frozenset({"订单创建时间", "订单付款时间", "发货时间", "确认收货时间"})


_OOXML = "http://schemas.openxmlformats.org"
_MAIN = f"{_OOXML}/spreadsheetml/2006/main"
_RELS = f"{_OOXML}/package/2006/relationships"
_DOC_RELS = f"{_OOXML}/officeDocument/2006/relationships"
_TYPE = "application/vnd.openxmlformats"
_SHEET_TYPE = f"{_TYPE}-officedocument.spreadsheetml"
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_XLSX_PARTS = {
    "[Content_Types].xml": (
        f'{_XML_DECL}<Types xmlns="{_OOXML}/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="{_TYPE}-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_SHEET_TYPE}.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        f'ContentType="{_SHEET_TYPE}.worksheet+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_SHEET_TYPE}.styles+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        f'{_XML_DECL}<Relationships xmlns="{_RELS}">'
        f'<Relationship Id="rId1" Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/workbook.xml": (
        f'{_XML_DECL}<workbook xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'{_XML_DECL}<Relationships xmlns="{_RELS}">'
        f'<Relationship Id="rId1" Type="{_DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_DOC_RELS}/styles" Target="styles.xml"/>'
        "</Relationships>"
    ),
    # Style 1 shows a number as a date and time (built-in format 22), as Excel does.
    "xl/styles.xml": (
        f'{_XML_DECL}<styleSheet xmlns="{_MAIN}">'
        '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        "</cellStyleXfs>"
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        "</cellXfs>"
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    ),
}
_ZIP_TIME = (2020, 5, 1, 12, 0, 0)
_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_EXCEL_EPOCH = datetime(1899, 12, 30)


def _column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _write_xlsx(
    path: Path,
    headers: list[str],
    rows: Iterator[dict[str, str]],
    *,
    title: str | None,
    typed_cells: bool,
    numbers: frozenset[str] | set[str] = frozenset(),
) -> None:
    """A minimal but complete xlsx, written directly (openpyxl takes minutes for the bench).

    Strings are inline, empty cells left out (as Excel does); with ``typed_cells``,
    amounts are numbers and times are date-formatted numbers.
    """
    letters = [_column_letters(i) for i in range(len(headers))]
    money_cols = {i for i, h in enumerate(headers) if h.strip() in _MONEY_HEADERS}
    time_cols = {i for i, h in enumerate(headers) if h.strip() in _TIME_HEADERS}
    money_cols |= {i for i, h in enumerate(headers) if h in numbers}
    kinds = [
        "m" if typed_cells and i in money_cols else "t" if typed_cells and i in time_cols else "s"
        for i in range(len(headers))
    ]
    plan = list(zip(letters, kinds, headers, strict=True))

    def text_cell(ref: str, value: str) -> str:
        escaped = value.translate(_XML_ESCAPES)
        if value[:1].isspace() or value[-1:].isspace():
            return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escaped}</t></is></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{escaped}</t></is></c>'

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, text in _XLSX_PARTS.items():
            archive.writestr(
                zipfile.ZipInfo(name, date_time=_ZIP_TIME), text.encode(), zipfile.ZIP_DEFLATED
            )
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", date_time=_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            )
            number = 0
            lines: list[str] = []
            for fixed in ([title] if title else [], headers):
                if fixed:
                    number += 1
                    cells = "".join(
                        text_cell(f"{letters[i]}{number}", v) for i, v in enumerate(fixed)
                    )
                    lines.append(f'<row r="{number}">{cells}</row>')
            for values in rows:
                number += 1
                parts = [f'<row r="{number}">']
                for letter, kind, header in plan:
                    value = values[header]
                    if not value:
                        continue
                    if kind == "m":
                        parts.append(f'<c r="{letter}{number}"><v>{value}</v></c>')
                    elif kind == "t" and value != "--":
                        moment = datetime.strptime(value, "%Y-%m-%d %H:%M:%S") - _EXCEL_EPOCH
                        days = moment.total_seconds() / 86400
                        parts.append(f'<c r="{letter}{number}" s="1"><v>{days!r}</v></c>')
                    else:
                        parts.append(text_cell(f"{letter}{number}", value))
                parts.append("</row>")
                lines.append("".join(parts))
                if len(lines) >= 1000:
                    sheet.write("".join(lines).encode())
                    lines.clear()
            sheet.write("".join(lines).encode())
            sheet.write(b"</sheetData></worksheet>")


def write_orders(
    path: Path,
    n_orders: int,
    seed: int,
    layout: str,
    *,
    title_line: bool = False,
) -> None:
    """Write the order report (订单报表) of ``n_orders`` orders in ``layout``."""
    headers = ORDER_LAYOUTS[layout]
    rows = (_order_values(o, layout) for o in make_orders(n_orders, seed))
    if path.suffix == ".xlsx":
        _write_xlsx(
            path,
            headers,
            rows,
            title="订单报表 导出时间:2020-05-01 12:00" if title_line else None,
            typed_cells=layout == "newest",
        )
    else:
        _write_csv(path, headers, rows, trailing_comma=False)


def _item_rows(n_orders: int, seed: int) -> Iterator[dict[str, str]]:
    for o in make_orders(n_orders, seed):
        for item in o.items:
            yield _item_values(o, item)


def write_items(
    path: Path,
    n_orders: int,
    seed: int,
    layout: str,
    *,
    title_line: bool = False,
) -> None:
    """Write the item report (宝贝报表) of the same orders as ``write_orders``."""
    headers = ITEM_LAYOUTS[layout]
    rows = _item_rows(n_orders, seed)
    if path.suffix == ".xlsx":
        _write_xlsx(
            path,
            headers,
            rows,
            title="宝贝报表" if title_line else None,
            typed_cells=layout == "newest",
        )
    else:
        _write_csv(path, headers, rows, trailing_comma=True)


# ---------------------------------------------------------------------------------------
# Bad files, one per refusal.


def _zip_with(base: Path, out: Path, replace: dict[str, bytes]) -> None:
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = replace.get(info.filename, src.read(info))
            new = zipfile.ZipInfo(info.filename, date_time=(2020, 5, 1, 12, 0, 0))
            new.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(new, data)


def _claim_size(path: Path, member: str, claimed: int) -> None:
    """Make the zip directory claim ``claimed`` bytes for ``member`` (nothing is inflated)."""
    raw = bytearray(path.read_bytes())
    name = member.encode()
    # Central directory record: uncompressed size at offset 24 (4 bytes), name at 46.
    pos = raw.find(b"PK\x01\x02")
    while pos != -1:
        name_len = struct.unpack_from("<H", raw, pos + 28)[0]
        if raw[pos + 46 : pos + 46 + name_len] == name:
            struct.pack_into("<I", raw, pos + 24, claimed)
        pos = raw.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(raw))


def write_bad_files(dest: Path, base_xlsx: Path, base_csv: Path) -> None:
    """One file per refusal, small enough to keep in git."""
    sheet = "xl/worksheets/sheet1.xml"
    (dest / "bad-empty.csv").write_bytes(b"")
    (dest / "bad-picture.csv").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(7).randbytes(200)
    )
    (dest / "bad-random.xlsx").write_bytes(random.Random(8).randbytes(3000))
    whole = base_xlsx.read_bytes()
    (dest / "bad-truncated.xlsx").write_bytes(whole[: len(whole) // 2])
    with zipfile.ZipFile(dest / "bad-document.docx", "w", zipfile.ZIP_DEFLATED) as doc:
        info = zipfile.ZipInfo("[Content_Types].xml", date_time=(2020, 5, 1, 12, 0, 0))
        doc.writestr(info, '<?xml version="1.0"?><Types/>')
        info = zipfile.ZipInfo("word/document.xml", date_time=(2020, 5, 1, 12, 0, 0))
        doc.writestr(info, '<?xml version="1.0"?><w:document/>')

    # Ids ruined by Excel: re-saved CSV with 3.51531E+16 ids, no quotes, dates reformatted.
    lines = base_csv.read_bytes().decode("gb18030").splitlines()
    ruined = ["订单编号,买家会员名,订单状态,订单创建时间,总金额"]
    for k in range(len(lines[1:6])):
        ruined.append(f"3.51531E+16,tb{k:04d},交易成功,2016/5/23 22:0{k},10.5")
    (dest / "bad-excel-ids.csv").write_bytes(("\r\n".join(ruined) + "\r\n").encode("gbk"))

    text = base_csv.read_bytes().decode("gb18030")
    (dest / "bad-no-id-column.csv").write_bytes(
        text.replace('"订单编号"', '"编号"', 1).replace('"宝贝标题 "', '"标题"', 1).encode("gbk")
    )

    # Zip bombs: one whose directory claims ~4 GB for the sheet, one with a real 1000:1 ratio.
    _zip_with(base_xlsx, dest / "bad-zip-bomb.xlsx", {})
    _claim_size(dest / "bad-zip-bomb.xlsx", sheet, 0xFFFF0000)
    with zipfile.ZipFile(base_xlsx) as src:
        sheet_xml = src.read(sheet)
    padded = sheet_xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 3_000_000, 1)
    _zip_with(base_xlsx, dest / "bad-zip-ratio.xlsx", {sheet: padded})

    lol = b"".join(
        b'<!ENTITY lol%d "%s">' % (k, (b"&lol%d;" % (k - 1)) * 10 if k else b"lol")
        for k in range(10)
    )
    bomb = b'<?xml version="1.0"?>\n<!DOCTYPE lolz [' + lol + b"]>\n"
    _zip_with(
        base_xlsx,
        dest / "bad-entity-bomb.xlsx",
        {sheet: bomb + sheet_xml.split(b"?>", 1)[-1].replace(b"<t>", b"<t>&lol9;", 1)},
    )

    dim = sheet_xml.replace(b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>', 1)
    _zip_with(base_xlsx, dest / "bad-huge-dimension.xlsx", {sheet: dim})
    merge = sheet_xml.replace(
        b"</sheetData>",
        b'</sheetData><mergeCells count="2"><mergeCell ref="A2:B3"/>'
        b'<mergeCell ref="C1:ZZ900000"/></mergeCells>',
        1,
    )
    _zip_with(base_xlsx, dest / "bad-huge-merge.xlsx", {sheet: merge})
    # One cell far away makes a reader allocate the whole rectangle up to it.
    far = sheet_xml.replace(
        b"</sheetData>",
        b'<row r="1000000"><c r="ZZ1000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
        1,
    )
    _zip_with(base_xlsx, dest / "bad-far-cell.xlsx", {sheet: far})


def write_excel_ruined_xlsx(path: Path) -> None:
    """An xlsx whose ids are numbers: the digits past the 15th are gone."""
    headers = ["订单编号", "买家会员名", "订单状态", "总金额"]
    rows = (
        {"订单编号": repr(35153131473293579.0 + k * 1000), "买家会员名": f"tb{k:04d}",
         "订单状态": "交易成功", "总金额": "10.5"}
        for k in range(5)
    )  # fmt: skip
    _write_xlsx(path, headers, rows, title=None, typed_cells=True, numbers={"订单编号"})


def write_text_too_long_csv(path: Path) -> None:
    """orders-2017.csv with a buyer's message in row 3 longer than a cell holds (40,000
    characters): the file opens, and is refused while its rows are read."""
    text = (DATA / "orders-2017.csv").read_bytes().decode("gb18030")
    header, first, rest = text.split("\r\n", 2)
    cells = first.split(",")
    cells[11] = '"' + "留" * 40_000 + '"'  # 买家留言
    path.write_bytes("\r\n".join([header, first, ",".join(cells), rest]).encode("gb18030"))


def write_encrypted(plain: Path, out: Path, password: str) -> None:
    """Encrypt a workbook the way Excel's "protect with password" does."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with plain.open("rb") as src:
        doc = OOXMLFile(src)
        buffer = io.BytesIO()
        doc.encrypt(password, buffer)
    out.write_bytes(buffer.getvalue())


# ---------------------------------------------------------------------------------------

SAMPLE_FILES: dict[str, tuple[str, str]] = {
    # file name: (report, layout)
    "orders-2016.csv": ("orders", "2016"),
    "orders-2017.csv": ("orders", "2017"),
    "orders-2018.csv": ("orders", "2018"),
    "orders-2020.xlsx": ("orders", "2020"),
    "orders-newest.xlsx": ("orders", "newest"),
    "orders-newest.csv": ("orders", "newest"),
    "orders-tmall.csv": ("orders", "tmall"),
    "items-2017.csv": ("items", "2017"),
    "items-2020.csv": ("items", "2020"),
    "items-2020.xlsx": ("items", "2020"),
    "items-28.csv": ("items", "28"),
    "items-newest.xlsx": ("items", "newest"),
}
SAMPLE_ORDERS = 20
SAMPLE_SEED = 2017
ENCRYPTED_PASSWORD = "shop123"


def write_test_data(dest: Path = DATA) -> None:
    """Regenerate ``tests/data``: one small file per layout, and one per refusal."""
    dest.mkdir(parents=True, exist_ok=True)
    for name, (report, layout) in SAMPLE_FILES.items():
        writer = write_orders if report == "orders" else write_items
        writer(dest / name, SAMPLE_ORDERS, SAMPLE_SEED, layout)
    write_orders(
        dest / "orders-2020-title.xlsx", SAMPLE_ORDERS, SAMPLE_SEED, "2020", title_line=True
    )
    write_bad_files(dest, dest / "orders-2020.xlsx", dest / "orders-2017.csv")
    write_excel_ruined_xlsx(dest / "bad-excel-ids.xlsx")
    write_encrypted(dest / "orders-2020.xlsx", dest / "encrypted-shop123.xlsx", ENCRYPTED_PASSWORD)


def write_demo(dest: Path = SAMPLE) -> None:
    """The demo export a ``--demo`` launch imports: ~300 orders in the 2020 xlsx layout."""
    dest.mkdir(parents=True, exist_ok=True)
    write_orders(dest / "ExportOrderList202005011200.xlsx", 300, 42, "2020")
    write_items(dest / "ExportOrderDetailList202005011200.xlsx", 300, 42, "2020")


if __name__ == "__main__":
    write_test_data()
    write_demo()


REFUND_OPENED = "买家已经申请退款，等待卖家同意"


def refund_exports(folder: Path) -> tuple[Path, Path]:
    """The 2020 item report as exported on 15 March, and again on 1 April after a buyer
    asked for a refund on its first item, named as the seller centre names them."""
    older = folder / "ExportOrderDetailList202003151200.csv"
    newer = folder / "ExportOrderDetailList202004011200.csv"
    data = (DATA / "items-2020.csv").read_bytes()
    older.write_bytes(data)
    no_refund = '"没有申请退款"'.encode("gbk")
    assert no_refund in data
    newer.write_bytes(data.replace(no_refund, f'"{REFUND_OPENED}"'.encode("gbk"), 1))
    return older, newer


def items_moving_an_order_away(folder: Path) -> tuple[Path, Path, str]:
    """Two 2020 item reports of one shop, the second listing the only item of one order
    under another order: imported one after the other, without an order report, the
    second removes that order (known only from its item, which moved). Returns both
    files and the removed order's number."""
    first = folder / "items-1.csv"
    write_items(first, 12, 7, "2020")

    def main_order(row: dict[str, str]) -> str:
        return row["主订单编号"].strip('="')

    listed: list[str] = []  # the order of each item row
    rewrite_csv(first, folder / "scan.csv", lambda row: listed.append(main_order(row)))
    moved = next(order for order in listed if listed.count(order) == 1)
    target = next(order for order in listed if order != moved)

    def move(row: dict[str, str]) -> None:
        if main_order(row) == moved:
            row["主订单编号"] = f'="{target}"'

    return first, rewrite_csv(first, folder / "items-2.csv", move), moved
