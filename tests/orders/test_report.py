"""The reconciliation report, read back with openpyxl as an accountant's Excel would."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopcloser.formats.report_workbook import SheetSpec, write_workbook
from shopcloser.messages import Cancelled, UserError
from shopcloser.services.marks import mark_orders, unmark_orders
from shopcloser.services.progress import CancelToken
from shopcloser.services.reconciliation_report import write_marks_log, write_report
from shopcloser.store.database import Store
from tests.orders.seed import NOW, add_order, standard_shop


@pytest.fixture
def shop(store: Store) -> Store:
    standard_shop(store)
    mark_orders(store, ["1001"], "shipped", note="=cmd|' /C calc'!A0", by="+王小明", at=NOW)
    mark_orders(store, ["1002"], "other", note="-已联系买家", by="@客服", at=NOW)
    unmark_orders(store, ["1002"], by="王小明", at=NOW)
    return store


def rows(path: Path, sheet: str) -> list[list[object]]:
    workbook = load_workbook(path)
    return [[cell.value for cell in row] for row in workbook[sheet].iter_rows()]


def test_the_report_lists_every_order_with_its_handling(shop: Store, tmp_path: Path) -> None:
    path = tmp_path / "对账报告.xlsx"
    assert write_report(shop, path, now=NOW) == 7
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Summary", "Orders", "Marks log"]
    orders = rows(path, "Orders")
    assert orders[0][:7] == ["Order number", "Status", "Handled?", "Action", "Note", "Who", "When"]
    by_id = {row[0]: row for row in orders[1:]}
    assert set(by_id) == {"1001", "1002", "1003", "1004", "1005", "1006", "1007"}
    assert by_id["1001"][1:7] == [
        "WAIT_SELLER_SEND_GOODS",
        "Yes",
        "shipped",
        "=cmd|' /C calc'!A0",
        "+王小明",
        NOW,
    ]
    assert by_id["1002"][2] == "No"  # the mark was undone
    assert by_id["1005"][2] == "Not needed"
    marks = rows(path, "Marks log")
    assert [row[2] for row in marks[1:]] == ["mark", "mark", "unmark"]
    summary = {row[0]: row[1] for row in rows(path, "Summary") if row and row[0]}
    assert summary["Orders"] == 7
    assert summary["Still blocking closure"] == 3
    assert summary["Handled by you"] == 1


def test_formula_looking_text_stays_text(shop: Store, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    write_report(shop, path, now=NOW)
    workbook = load_workbook(path)
    risky = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value and cell.value[0] in "=+-@\t\r\n":
                    risky += 1
                    assert cell.data_type == "s"
                    assert cell.quotePrefix
    assert risky >= 5  # the note, the names, the titles of 1005-1007


def test_every_kind_of_value_reads_back(tmp_path: Path) -> None:
    from datetime import datetime
    from decimal import Decimal

    from python_calamine_plus import CalamineWorkbook

    path = tmp_path / "t.xlsx"
    texts = ["\tleading tab", "\rleading return", "bell\x07inside", "=1+1", "-1", "+1", "@x", "<&>"]
    moment = datetime(2026, 11, 22, 8, 16, 50)
    rows = [[t] for t in texts] + [[Decimal("99.90"), 42, moment, None, "end"]]
    write_workbook(path, [SheetSpec("Sheet/with:odd*chars?", ["text", "", "when"], rows)])
    sheet = load_workbook(path).worksheets[0]
    assert sheet.title == "Sheet_with_odd_chars_"
    cells = [row[0] for row in sheet.iter_rows(min_row=2, max_row=len(texts) + 1)]
    assert [c.data_type for c in cells] == ["s"] * len(texts)
    assert [c.value for c in cells] == [
        "\tleading tab",
        "\rleading return",
        "bellinside",
        "=1+1",
        "-1",
        "+1",
        "@x",
        "<&>",
    ]
    last = [c.value for c in next(iter(sheet.iter_rows(min_row=len(texts) + 2)))]
    assert last[0] == 99.9 and last[1] == 42 and last[2] == moment and last[4] == "end"
    assert sheet.freeze_panes == "A2"
    # A second, independent reader agrees.
    values = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert values[4][0] == "=1+1"
    assert values[0][0] == "text"


def test_only_the_orders_that_needed_handling(shop: Store, tmp_path: Path) -> None:
    from shopcloser.domain.statuses import RefundStatus, TradeStatus
    from tests.orders.seed import reimport

    path = tmp_path / "blocking.xlsx"
    assert write_report(shop, path, only_blocking=True, now=NOW) == 4
    listed = {row[0] for row in rows(path, "Orders")[1:]}
    assert listed == {"1001", "1002", "1003", "1007"}
    # A newer import shows the marked order finished: it stays in the proof.
    reimport(shop, "1001", TradeStatus.TRADE_FINISHED, [RefundStatus.NO_REFUND])
    write_report(shop, path, only_blocking=True, now=NOW)
    by_id = {row[0]: row for row in rows(path, "Orders")[1:]}
    assert set(by_id) == {"1001", "1002", "1003", "1007"}
    assert by_id["1001"][1:4] == ["TRADE_FINISHED", "Yes", "shipped"]


def test_the_marks_log_on_its_own(shop: Store, tmp_path: Path) -> None:
    path = tmp_path / "marks.xlsx"
    assert write_marks_log(shop, path) == 3
    assert [row[1] for row in rows(path, "Marks log")[1:]] == ["1001", "1002", "1002"]


def test_a_cancelled_or_failed_report_leaves_the_old_file_alone(
    shop: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    path = folder / "report.xlsx"
    path.write_bytes(b"the previous report")
    token = CancelToken()

    def cancel_once_started(done: int, total: int | None, message: str) -> None:
        token.cancel()  # the merchant presses Cancel while the orders are written

    with pytest.raises(Cancelled):
        write_report(shop, path, progress=cancel_once_started, cancel=token)
    assert path.read_bytes() == b"the previous report"
    assert [p.name for p in folder.iterdir()] == ["report.xlsx"]

    missing = tmp_path / "no such folder" / "report.xlsx"
    with pytest.raises(UserError, match="could not be saved"):
        write_report(shop, missing)


def test_progress_reaches_the_end(store: Store, tmp_path: Path) -> None:
    for n in range(2_100):
        add_order(store, f"7{n:05d}")
    seen: list[tuple[int, int | None]] = []
    write_report(store, tmp_path / "r.xlsx", progress=lambda d, t, m: seen.append((d, t)))
    assert seen[0] == (0, 2_100)
    assert (2_000, 2_100) in seen
    assert seen[-1] == (2_100, 2_100)
