"""Every export layout reads correctly: the values a merchant sees in the seller centre."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from shopcloser.domain.records import ItemRecord, OrderRecord
from shopcloser.domain.statuses import RefundStatus, TradeStatus
from shopcloser.formats.problems import incomplete_row
from shopcloser.formats.report import ReportFile, ReportKind, open_report
from tests import samples

DATA = samples.DATA
ORDERS = list(samples.make_orders(samples.SAMPLE_ORDERS, samples.SAMPLE_SEED))
ORDER_FILES = [n for n, (kind, _) in samples.SAMPLE_FILES.items() if kind == "orders"]
ITEM_FILES = [n for n, (kind, _) in samples.SAMPLE_FILES.items() if kind == "items"]


def read(name: str) -> tuple[ReportFile, list[OrderRecord | ItemRecord]]:
    return read_path(DATA / name)


def read_path(path: Path) -> tuple[ReportFile, list[OrderRecord | ItemRecord]]:
    report = open_report(path)
    return report, list(report.records())


def orders_of(name: str) -> list[OrderRecord]:
    return orders_of_path(DATA / name)


def orders_of_path(path: Path) -> list[OrderRecord]:
    _, records = read_path(path)
    assert all(isinstance(r, OrderRecord) for r in records)
    return records  # type: ignore[return-value]


def items_of(name: str) -> list[ItemRecord]:
    _, records = read(name)
    assert all(isinstance(r, ItemRecord) for r in records)
    return records  # type: ignore[return-value]


@pytest.mark.parametrize("name", [*ORDER_FILES, "orders-2020-title.xlsx"])
def test_order_reports_read_every_order_with_its_values(name: str) -> None:
    report, _ = read(name)
    records = orders_of(name)
    assert report.kind is ReportKind.ORDERS
    assert [r.order_id for r in records] == [o.order_id for o in ORDERS]
    for record, order in zip(records, ORDERS, strict=True):
        assert record.status_text == order.status
        assert record.created_at == order.created
        assert record.paid_at == order.paid  # empty, or "--", for unpaid orders
        assert record.total_amount == order.total
        assert isinstance(record.total_amount, Decimal)
        assert record.receiver_name == order.receiver_name
        assert record.receiver_address == order.address
        assert record.receiver_mobile == order.mobile.lstrip("'")
        assert record.receiver_phone == (None if order.phone == "'null" else order.phone[1:])
        assert record.buyer_message == (order.message or None)
        assert record.item_count == sum(i.quantity for i in order.items)
        assert record.close_reason == (order.close_reason or None)
        assert record.problems == []


@pytest.mark.parametrize(
    ("name", "layout", "columns"),
    [
        ("orders-2016.csv", "2016", 41),
        ("orders-2017.csv", "2017", 46),
        ("orders-2018.csv", "2018", 56),
        ("orders-2020.xlsx", "2020", 61),
        ("orders-2020-title.xlsx", "2020", 61),
        ("orders-newest.csv", "newest", 67),
        ("orders-newest.xlsx", "newest", 67),
        ("orders-tmall.csv", "tmall", 60),
        ("items-2017.csv", "2017", 10),
        ("items-2020.csv", "2020", 18),
        ("items-2020.xlsx", "2020", 18),
        ("items-28.csv", "2020-28", 28),
        ("items-newest.xlsx", "newest", 25),
    ],
)
def test_layout_is_recognised_and_headers_are_stripped(
    name: str, layout: str, columns: int
) -> None:
    report, _ = read(name)
    assert report.layout == layout
    named = [h for h in report.headers if h]  # the item CSV's trailing comma adds one empty
    assert len(named) == columns
    assert all(h == h.strip() for h in report.headers)
    assert len(report.sha256) == 64
    assert report.size == (DATA / name).stat().st_size


def test_statuses_map_to_canonical_codes() -> None:
    records = {r.order_id: r for r in orders_of("orders-2017.csv")}
    by_text = {o.order_id: o for o in ORDERS}
    closed_unpaid = next(o for o in ORDERS if o.close_reason == "买家未付款")
    closed_refunded = next(o for o in ORDERS if o.status == "交易关闭" and o.paid)
    assert records[closed_unpaid.order_id].status is TradeStatus.TRADE_CLOSED_BY_TAOBAO
    assert records[closed_refunded.order_id].status is TradeStatus.TRADE_CLOSED
    waiting = next(o for o in ORDERS if o.status == "买家已付款，等待卖家发货")
    assert records[waiting.order_id].status is TradeStatus.WAIT_SELLER_SEND_GOODS
    finished = [r for r in records.values() if by_text[r.order_id].status == "交易成功"]
    assert finished and all(r.status is TradeStatus.TRADE_FINISHED for r in finished)


def test_csv_artefacts_are_cleaned() -> None:
    records = orders_of("orders-2017.csv")
    # Ids were written ="…"; the multi-line message with commas and quotes survives.
    assert records[0].order_id == "2800000000026104"
    assert records[1].buyer_message == samples._MULTILINE_MESSAGE
    assert "\n" in (records[1].buyer_message or "")
    # A title starting with "=" is text, not a formula and not an id to unwrap.
    assert (records[2].item_titles or "").startswith("=爆款=")
    assert records[0].receiver_mobile is not None and records[0].receiver_mobile.isdigit()
    assert records[0].tracking_no is not None and records[0].tracking_no.isdigit()
    # Row numbers count records as a spreadsheet shows them, header being row 1.
    assert [r.row_number for r in records[:3]] == [2, 3, 4]


def test_title_line_above_the_header_is_skipped() -> None:
    report, records = read("orders-2020-title.xlsx")
    assert records[0].order_id == ORDERS[0].order_id
    assert records[0].row_number == 3  # title line 1, header row 2
    assert report.rows_total == len(ORDERS)


def test_columns_not_modelled_are_kept_under_their_own_names() -> None:
    first = orders_of("orders-2017.csv")[0]
    assert first.extra["买家服务费"] == "0元"
    assert first.extra["是否手机订单"] == "手机订单"
    assert first.extra["宝贝种类"] == "1"  # header "宝贝种类 " with its space stripped
    assert "收货地址" not in first.extra  # modelled: receiver_address
    assert "订单备注" not in first.extra  # modelled, and empty
    newest = orders_of("orders-newest.xlsx")
    noted = next(r for r in newest if r.order_id.endswith("7"))
    assert noted.extra["商家备忘"] == "老客户"
    assert noted.extra["主订单编号"] == noted.order_id
    assert "买家会员昵称" in noted.extra


def test_newest_layout_amounts_and_placeholders() -> None:
    for name in ("orders-newest.csv", "orders-newest.xlsx"):
        records = {r.order_id: r for r in orders_of(name)}
        for order in ORDERS:
            record = records[order.order_id]
            # 退款金额 reads 无退款申请 or ￥20.00; 发货时间 and 订单付款时间 may read "--".
            assert record.refund_amount == order.refund
            assert record.shipped_at == order.shipped
            assert record.paid_at == order.paid


def test_xlsx_cells_typed_as_numbers_and_dates() -> None:
    records = orders_of("orders-newest.xlsx")
    assert records[0].created_at == ORDERS[0].created
    assert records[0].goods_amount == ORDERS[0].goods
    assert all(isinstance(r.goods_amount, Decimal) for r in records)


@pytest.mark.parametrize("name", ITEM_FILES)
def test_item_reports_link_items_to_their_orders(name: str) -> None:
    items = items_of(name)
    expected = [(o, i, n) for o in ORDERS for n, i in enumerate(o.items, start=1)]
    assert len(items) == len(expected)
    for record, (order, item, line_no) in zip(items, expected, strict=True):
        assert record.order_id == order.order_id
        assert record.line_no == line_no
        assert record.price == item.price
        assert record.quantity == item.quantity
        assert record.title == item.title
        assert record.status_text == order.status
        if name == "items-2017.csv":
            assert record.sub_order_id is None
            assert record.item_key == f"{order.order_id}#{line_no}"
        else:
            assert record.sub_order_id == item.sub_order_id
            assert record.item_key == item.sub_order_id


@pytest.mark.parametrize("name", ["items-2020.csv", "items-28.csv", "items-newest.xlsx"])
def test_refund_states_are_normalised(name: str) -> None:
    items = items_of(name)
    codes = {r.refund_status for r in items}
    assert RefundStatus.NO_REFUND in codes
    assert RefundStatus.SUCCESS in codes
    in_progress = [r for r in items if r.refund_status is RefundStatus.WAIT_SELLER_CONFIRM_GOODS]
    assert in_progress and in_progress[0].refund_status_text == "买家已经退货，等待卖家确认收货"
    assert all(isinstance(r.refund_amount, Decimal) for r in items)


def test_2017_item_report_has_no_refund_column() -> None:
    # The files do not say whether a refund is open: not "no refund".
    items = items_of("items-2017.csv")
    assert all(r.refund_status is RefundStatus.NOT_IN_FILES for r in items)
    assert all(r.refund_status_text is None for r in items)
    assert all("" not in r.extra for r in items)  # the trailing comma's empty column


def test_orders_and_items_of_one_export_share_ids() -> None:
    order_ids = {r.order_id for r in orders_of("orders-2020.xlsx")}
    item_order_ids = {r.order_id for r in items_of("items-2020.xlsx")}
    assert item_order_ids == order_ids


def test_csv_progress_reaches_the_file_size() -> None:
    report = open_report(DATA / "orders-2018.csv")
    assert report.rows_total is None
    list(report.records())
    assert report.bytes_read == report.size


def test_records_can_be_streamed_once() -> None:
    report = open_report(DATA / "orders-2016.csv")
    list(report.records())
    with pytest.raises(RuntimeError):
        report.records()


# ---------------------------------------------------------------------------------------
# Hand-made files for the quirks the samples do not show.


def write_csv(path: Path, lines: list[str], encoding: str = "gbk") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_unreadable_cells_are_flagged_not_refused(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "orders.csv",
        [
            '"订单编号","订单状态","订单创建时间","总金额","宝贝总数量","买家服务费"',
            '="1001","交易成功","2017-07-08 12:00:00","12.50","1","0元"',
            '="1002","交易成功","昨天下午","十二元","两件","0元"',
            '="1003","交易成功","2016/5/23 22:02","￥20.00","3","0元"',
        ],
    )
    records = list(open_report(path).records())
    assert [r.order_id for r in records] == ["1001", "1002", "1003"]
    bad = records[1]
    assert isinstance(bad, OrderRecord)
    assert bad.created_at is None and bad.total_amount is None and bad.item_count is None
    assert bad.problems == [
        ("订单创建时间", "昨天下午"),
        ("总金额", "十二元"),
        ("宝贝总数量", "两件"),
    ]
    assert bad.row_number == 3
    excel_saved = records[2]
    assert isinstance(excel_saved, OrderRecord)
    assert excel_saved.created_at == datetime(2016, 5, 23, 22, 2)
    assert excel_saved.total_amount == Decimal("20.00")
    assert excel_saved.extra["买家服务费"] == "0元"


def test_unknown_status_is_kept_raw(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "orders.csv",
        ['"订单编号","订单状态"', '="1001","神秘的新状态"', '="1002","买家已付款,等待卖家发货"'],
    )
    records = list(open_report(path).records())
    assert isinstance(records[0], OrderRecord)
    assert records[0].status is TradeStatus.UNKNOWN
    assert records[0].status_text == "神秘的新状态"
    assert records[1].status is TradeStatus.WAIT_SELLER_SEND_GOODS  # half-width comma


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = write_csv(
        tmp_path / "orders.csv",
        ["订单编号,收货人姓名,订单状态", '="1001",王小明,交易成功'],
        encoding=encoding,
    )
    (record,) = open_report(path).records()
    assert isinstance(record, OrderRecord)
    assert record.receiver_name == "王小明"
    assert record.status is TradeStatus.TRADE_FINISHED


def test_headers_with_invisible_characters_are_found(tmp_path: Path) -> None:
    """A byte order mark left in the first header (a second one after the file's own, or
    one a converting tool kept in an xlsx cell) and zero-width spaces show as nothing:
    the columns are found, and their names kept without them."""
    import openpyxl

    lines = ["\ufeff订单编号,收货人姓名,\u200b订单状态,\u200b备注 ", '="1001",王小明,交易成功,留']
    csv_path = write_csv(tmp_path / "orders.csv", lines, encoding="utf-8-sig")
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf\xef\xbb\xbf")  # two marks
    book = openpyxl.Workbook()
    for row in ([c.strip('"=') for c in line.split(",")] for line in lines):
        book.active.append(row)
    book.save(tmp_path / "orders.xlsx")
    for path in (csv_path, tmp_path / "orders.xlsx"):
        report = open_report(path)
        assert report.headers == ["订单编号", "收货人姓名", "订单状态", "备注"]
        (record,) = report.records()
        assert isinstance(record, OrderRecord)
        assert (record.order_id, record.receiver_name) == ("1001", "王小明")
        assert record.status is TradeStatus.TRADE_FINISHED


def test_tab_separated_unicode_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "orders.txt"
    path.write_bytes("订单编号\t收货人姓名\t订单状态\r\n1001\t李雷\t交易成功\r\n".encode("utf-16"))
    (record,) = open_report(path).records()
    assert isinstance(record, OrderRecord)
    assert (record.order_id, record.receiver_name) == ("1001", "李雷")


def test_placeholders_and_blank_lines(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "orders.csv",
        [
            '"订单编号","联系电话 ","联系手机","订单付款时间 ","退款金额","物流单号 ","订单状态"',
            '="1001","\'null","\'13925130165","--","无退款申请",="","交易成功"',
            "",
            '=""," "," ",""," ",="",""',
            '="1002","null","null","null","null","null","交易成功"',
        ],
    )
    records = list(open_report(path).records())
    assert [r.order_id for r in records] == ["1001", "1002"]
    first, second = records
    assert isinstance(first, OrderRecord) and isinstance(second, OrderRecord)
    assert first.receiver_phone is None
    assert first.receiver_mobile == "13925130165"
    assert first.paid_at is None
    assert first.refund_amount == Decimal(0)
    assert first.tracking_no is None
    assert second.receiver_mobile is None and second.refund_amount is None


def test_row_without_an_id_is_kept_and_flagged(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "orders.csv",
        ['"订单编号","收货人姓名","订单状态"', '="","韩梅梅",""', '="1002","李雷","交易成功"'],
    )
    records = list(open_report(path).records())
    assert records[0].order_id == ""
    assert records[0].problems == [("订单编号", '=""')]
    assert records[1].order_id == "1002"


def test_short_rows_are_padded_and_long_ids_kept_whole(tmp_path: Path) -> None:
    long_id = "123456789012345678901234"
    path = write_csv(
        tmp_path / "items.csv",
        [
            '"主订单编号","子订单编号","标题","价格","购买数量","订单状态"',
            f'="{long_id}",="1","杯子"',
            f'="{long_id}",="2","碗","9.90","2","交易成功",',
        ],
    )
    report = open_report(path)
    assert report.kind is ReportKind.ITEMS
    first, second = report.records()
    assert isinstance(first, ItemRecord) and isinstance(second, ItemRecord)
    assert (first.order_id, first.sub_order_id, first.price) == (long_id, "1", None)
    assert first.problems == [incomplete_row(3, 6)]  # a CSV row writes every separator
    assert (second.line_no, second.price, second.quantity) == (2, Decimal("9.90"), 2)
    assert second.problems == []  # one separator too many is not a damaged row


def test_workbook_with_the_export_moved_down_right_on_a_second_sheet(tmp_path: Path) -> None:
    """A merchant who pasted the export into their own workbook (a notes sheet first,
    the table at C4): the same orders, with the row numbers Excel shows."""
    import openpyxl
    from python_calamine_plus import CalamineWorkbook

    source = CalamineWorkbook.from_path(str(DATA / "orders-2020.xlsx"))
    rows = list(source.stream_sheet_by_index(0))
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active["A1"] = "2020年订单，从千牛导出"
    sheet = book.create_sheet("订单")
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row, start=3):
            if value != "":
                sheet.cell(row=r, column=c, value=value)
    path = tmp_path / "pasted.xlsx"
    book.save(path)

    report, records = read_path(path)
    orders = [r for r in records if isinstance(r, OrderRecord)]
    assert len(orders) == len(records)  # every record is an order
    expected = orders_of("orders-2020.xlsx")
    # From column A: what the merchant might have written left of the table is theirs too.
    assert report.headers == ["", "", *read("orders-2020.xlsx")[0].headers]
    assert report.rows_total is None  # two sheets with rows: the bar counts rows read
    assert [(r.order_id, r.total_amount, r.created_at) for r in orders] == [
        (r.order_id, r.total_amount, r.created_at) for r in expected
    ]
    assert records[0].row_number == 5  # header on row 4
    assert records[-1].row_number == 4 + len(expected)


def test_excel_error_cells_read_as_empty_and_flagged(tmp_path: Path) -> None:
    """A formula's error (#N/A …) is no value: never an order id, amount or text. What
    the cell held before is lost: the row is listed to review, with the error."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["订单编号", "订单状态", "总金额", "物流单号", "买家留言"])
    sheet.append(["1001", "交易成功", "#DIV/0!", "#N/A", "#VALUE!"])
    sheet.append(["#N/A", "交易成功", "12.50", "SF1", "好"])
    path = tmp_path / "errors.xlsx"
    book.save(path)
    assert sheet["D2"].data_type == "e"  # written as error cells, not as text

    first, second = orders_of_path(path)
    assert first.order_id == "1001" and first.total_amount is None
    assert first.tracking_no is None and first.buyer_message is None
    assert first.problems == [("总金额", "#DIV/0!"), ("物流单号", "#N/A"), ("买家留言", "#VALUE!")]
    assert second.order_id == ""
    assert second.problems == [("订单编号", "#N/A")]


@pytest.mark.parametrize(
    ("change", "extra_rows"),
    [
        # Excel keeps a formatted empty row far below the data: one row, not thousands.
        (lambda xml: xml.replace(b"</sheetData>", b'<row r="5000" s="1"/></sheetData>'), 1),
        # Some writers number no rows at all.
        (lambda xml: re.sub(rb'<row r="\d+"', b"<row", xml), 0),
    ],
)
def test_progress_total_of_a_workbook_is_its_rows(
    tmp_path: Path, change: Callable[[bytes], bytes], extra_rows: int
) -> None:
    path = tmp_path / "orders.xlsx"
    with zipfile.ZipFile(DATA / "orders-2020.xlsx") as source:
        sheet = next(n for n in source.namelist() if n.startswith("xl/worksheets/"))
        xml = source.read(sheet)
    samples._zip_with(DATA / "orders-2020.xlsx", path, {sheet: change(xml)})
    report, records = read_path(path)
    assert len(records) == len(ORDERS)
    assert report.rows_total == len(ORDERS) + extra_rows


@pytest.mark.parametrize("kind", ["orders", "items"])
def test_an_order_closed_unpaid_is_closed_before_payment_whatever_its_reason(
    tmp_path: Path, kind: str
) -> None:
    """A seller who closes an unpaid order picks a reason (the buyer changed their mind,
    out of stock): only 买家未付款 was read as closed before payment, the others as
    closed after a refund. The empty payment time tells it, in both reports."""
    ids = ["'3515000000000001", "'3515000000000002", "'3515000000000003", "'3515000000000004"]
    paid = ["", "--", "null", "2020-03-01 08:13:00"]
    reasons = ["买家不想买了", "卖家缺货", "其他原因", "退款成功"]
    if kind == "orders":
        lines = ["订单编号,订单状态,订单付款时间,订单关闭原因,买家实际支付金额"]
        lines += [f"{i},交易关闭,{p},{r},0.00" for i, p, r in zip(ids, paid, reasons, strict=True)]
    else:
        lines = ["主订单编号,子订单编号,标题,订单状态,订单付款时间,退款状态"]
        lines += [f"{i},{i}1,保温杯,交易关闭,{p},退款成功" for i, p in zip(ids, paid, strict=True)]
    path = tmp_path / f"Export-{kind}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, records = read_path(path)
    unpaid, refunded = TradeStatus.TRADE_CLOSED_BY_TAOBAO, TradeStatus.TRADE_CLOSED
    assert [r.status for r in records] == [unpaid, unpaid, unpaid, refunded]


def test_a_closed_order_cut_short_at_its_payment_time_is_not_taken_for_unpaid(
    tmp_path: Path,
) -> None:
    """A download that ends before or inside the payment time says nothing of a payment:
    the order stays closed after a refund (its reason says 退款成功), not before payment."""
    header = "订单编号,订单状态,订单关闭原因,订单付款时间,买家实际支付金额"
    row = "'3515000000000009,交易关闭,退款成功"
    for cut in (row, row + ',"2020-03'):
        path = tmp_path / "ExportOrderList.csv"
        path.write_text(f"{header}\n{cut}", encoding="utf-8")
        _, records = read_path(path)
        assert [r.status for r in records] == [TradeStatus.TRADE_CLOSED], cut
