"""The import summary dialog, built from real imports of the sample files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from shopcloser.services import import_run
from shopcloser.services.import_summary import (
    FileSummary,
    FlaggedRow,
    ImportSummary,
    OlderExport,
    WentBack,
)
from shopcloser.services.importing import import_files
from shopcloser.store.database import Store
from shopcloser.store.models import Order
from shopcloser.ui.dialogs.import_summary_dialog import MAX_FILE_COLUMN, ImportSummaryDialog
from tests.samples import (
    items_moving_an_order_away,
    refund_exports,
    rewrite_csv,
    write_items,
    write_orders,
)

DATA = Path(__file__).resolve().parents[1] / "data"


def _dialog(qtbot: QtBot, summary: ImportSummary) -> ImportSummaryDialog:
    from shopcloser.ui.application import create_application

    create_application("en")
    dialog = ImportSummaryDialog(summary)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_older_export_is_warned_about_apart_from_the_counts(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    older, newer = refund_exports(tmp_path)
    import_files(store, [newer])
    dialog = _dialog(qtbot, import_files(store, [older]))
    assert dialog.windowTitle() == "Import finished"
    assert dialog.warning.isVisible()
    area = dialog.report_area.widget()
    assert area is not None
    report = area.layout()
    assert report is not None
    assert report.indexOf(dialog.warning) < report.indexOf(dialog.text)
    icon = next(label for label in dialog.warning.findChildren(QLabel) if label.pixmap())
    assert not icon.pixmap().isNull()
    said = "ExportOrderDetailList202003151200.csv was exported on 2020-03-15 12:00"
    assert said in dialog.warning_text.text()
    assert "<b>" in dialog.warning_text.text()
    assert said not in dialog.text.text()  # not one more line among the counts
    assert said in dialog.plain_text()  # Copy and Save keep it
    assert dialog.plain_text().index(said) < dialog.plain_text().index("Orders added")


def test_no_warning_area_without_a_warning(qtbot: QtBot, store: Store) -> None:
    dialog = _dialog(qtbot, import_files(store, [DATA / "orders-2017.csv"]))
    assert not dialog.warning.isVisible()


def with_an_unreadable_time(source: Path, out: Path) -> Path:
    """``source`` with the first time of its first data row made unreadable."""
    data = source.read_bytes()
    sep = b"\r\n" if b"\r\n" in data else b"\n"
    lines = data.split(sep)
    fields = lines[1].split(b'","')
    at = next(i for i, value in enumerate(fields) if value.startswith(b"20") and b":" in value)
    fields[at] = b"not a time"
    lines[1] = b'","'.join(fields)
    out.write_bytes(sep.join(lines))
    return out


def test_the_file_column_tells_the_two_reports_apart(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    orders = with_an_unreadable_time(
        DATA / "orders-2018.csv",
        tmp_path / "ExportOrderList202005011200.csv",
    )
    items = with_an_unreadable_time(
        DATA / "items-2020.csv", tmp_path / "ExportOrderDetailList202005011200.csv"
    )
    dialog = _dialog(qtbot, import_files(store, [orders, items]))
    table = dialog.flagged
    cells = [table.model().index(row, 0) for row in range(table.model().rowCount())]
    files = {cell.data() for cell in cells}
    assert files == {orders.name, items.name}
    for cell in cells:
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()
    widest = max(table.fontMetrics().horizontalAdvance(name) for name in files)
    assert table.columnWidth(0) >= min(widest, MAX_FILE_COLUMN)
    assert table.columnWidth(0) <= MAX_FILE_COLUMN
    option = QStyleOptionViewItem()
    delegate = table.itemDelegateForColumn(0)
    assert delegate is not None
    delegate.initStyleOption(option, table.model().index(0, 0))  # type: ignore[attr-defined]
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle


def test_a_cut_list_says_so_under_the_table(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_run, "MAX_FLAGGED_LISTED", 1)
    orders = with_an_unreadable_time(DATA / "orders-2018.csv", tmp_path / "orders.csv")
    items = with_an_unreadable_time(DATA / "items-2020.csv", tmp_path / "items.csv")
    dialog = _dialog(qtbot, import_files(store, [orders, items]))
    assert dialog.flagged.model().rowCount() == 1
    assert dialog.cut_note.isVisible()
    assert dialog.cut_note.text() == (
        "Only the first 1 of the 2 rows to review are listed here. To see the orders of all "
        "of them, choose Show: “With rows to review” in the orders list."
    )
    layout = dialog.layout()
    assert layout is not None
    assert layout.indexOf(dialog.cut_note) == layout.indexOf(dialog.flagged) + 1


def test_a_whole_list_has_no_note(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    orders = with_an_unreadable_time(DATA / "orders-2018.csv", tmp_path / "orders.csv")
    dialog = _dialog(qtbot, import_files(store, [orders]))
    assert dialog.flagged.model().rowCount() == 1
    assert not dialog.cut_note.isVisible()


def test_orders_set_back_and_unknown_orders_are_warned_about_too(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """A renamed older export found by its content, and an item report whose orders no
    order report gave, each in the warning area with how to undo in the window."""
    newer = tmp_path / "orders-may.csv"
    write_orders(newer, 30, 12, "2018")

    def not_yet_shipped(row: dict[str, str]) -> None:
        if row["订单状态"] == "交易成功":
            row["订单状态"] = "买家已付款，等待卖家发货"

    older = rewrite_csv(newer, tmp_path / "orders-april.csv", not_yet_shipped)
    import_files(store, [newer])
    dialog = _dialog(qtbot, import_files(store, [older]))
    assert dialog.warning.isVisible()
    said = dialog.warning_text.text()
    assert "orders back to an earlier state (for example " in said
    assert "undo this import (File → Import history)" in said
    assert "earlier state" not in dialog.text.text()

    theirs = tmp_path / "items-other-shop.csv"
    write_items(theirs, 10, 99, "2020")
    dialog = _dialog(qtbot, import_files(store, [theirs]))
    assert dialog.warning.isVisible()
    assert "10 orders in the item report are in no order report imported so far" in (
        dialog.warning_text.text()
    )


def test_files_of_one_import_that_disagree_are_warned_about(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """Two renamed exports in one import, the one that shows an order at an earlier step
    chosen last: said in the warning area, with how to put it right in the window."""
    newer = tmp_path / "orders-a.csv"
    write_orders(newer, 30, 12, "2018")
    done: list[str] = []  # finished orders, in the file's order

    def note_finished(row: dict[str, str]) -> None:
        if row["订单状态"] == "交易成功":
            done.append(row["订单编号"].strip('="'))

    rewrite_csv(newer, tmp_path / "scan.csv", note_finished)
    finished = done[0]

    def shipped(row: dict[str, str]) -> None:
        if row["订单编号"].strip('="') == finished:
            row["订单状态"] = "卖家已发货，等待买家确认"

    older = rewrite_csv(newer, tmp_path / "orders-b.csv", shipped)
    dialog = _dialog(qtbot, import_files(store, [newer, older]))
    assert dialog.warning.isVisible()
    said = dialog.warning_text.text()
    assert f"Files of this import disagree about 1 order ({finished}): a file chosen" in said
    assert "undo this import (File → Import history)" in said


def test_orders_marked_handled_with_a_new_reason_to_block_are_warned_about(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """Marked shipped, then a refund is asked for: named in the warning area, with where
    the window lists the orders marked handled."""
    from shopcloser.services.marks import mark_orders

    orders, items = tmp_path / "orders.csv", tmp_path / "items.csv"
    write_orders(orders, 30, 12, "2018")
    write_items(items, 30, 12, "2020")
    import_files(store, [orders, items])
    with store.sessions() as session:
        shipped = session.scalars(
            select(Order.order_id).where(Order.status == "WAIT_BUYER_CONFIRM_GOODS")
        ).first()
    assert shipped is not None
    mark_orders(store, [shipped], "shipped")

    def refund_asked(row: dict[str, str]) -> None:
        if row["主订单编号"].strip('="') == shipped:
            row["退款状态"] = "买家已经申请退款，等待卖家同意"

    dialog = _dialog(
        qtbot, import_files(store, [rewrite_csv(items, tmp_path / "items-newer.csv", refund_asked)])
    )
    assert dialog.warning.isVisible()
    said = dialog.warning_text.text()
    assert "1 order you marked handled has a new reason to block closure" in said
    assert f"closure since this import ({shipped}): a refund" in said
    assert "choose Show: “Handled by you”" in said
    assert "new reason" not in dialog.text.text()


def test_orders_removed_by_an_item_report_are_counted_apart(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """An order known only from its one item, which a newer item report lists under
    another order, is removed: said on its own line, not counted as updated."""
    first, second, _moved = items_moving_an_order_away(tmp_path)
    import_files(store, [first])
    dialog = _dialog(qtbot, import_files(store, [second]))
    lines = dialog.count_lines()
    assert "Orders removed: 1 (known only from items, which all moved to other orders)" in lines
    assert "Orders updated: 0" in lines


def _many_flagged(count: int) -> ImportSummary:
    summary = ImportSummary(batch_id=1)
    summary.flagged = [
        FlaggedRow(
            "ExportOrderList202005011200.csv",
            row + 2,
            [("订单付款时间", "not a time")],
            f"3515313147{row:07d}",
        )
        for row in range(count)
    ]
    summary.flagged_total = count + 2_000
    return summary


def test_a_long_list_is_read_only_where_it_is_shown(qtbot: QtBot) -> None:
    # Ten thousand rows (as many as an import lists): the dialog reads the rows on screen,
    # not every row to build a table or to size its columns.
    summary = _many_flagged(10_000)
    read: list[int] = []
    for row in summary.flagged:
        row.problems = _Counted(row.problems, read)
    dialog = _dialog(qtbot, summary)
    dialog.grab()  # painted as the merchant sees it
    assert dialog.flagged.model().rowCount() == 10_000
    assert 0 < len(read) < 200
    last = dialog.flagged.model().index(9_999, 3)
    assert last.data() == "35153131470009999"
    # Copied or saved as the dialog counts: "2000 more" read unlike the dialog's 2,000.
    assert dialog.plain_text().endswith("… and 2,000 more\n")
    widest = dialog.flagged.fontMetrics().horizontalAdvance("35153131470009999")
    assert dialog.flagged.columnWidth(3) >= widest
    assert dialog.flagged.columnWidth(1) >= dialog.flagged.fontMetrics().horizontalAdvance("10001")


class _Counted(list[tuple[str, str]]):
    """A row's problems that note each time they are read (to be shown)."""

    def __init__(self, problems: list[tuple[str, str]], read: list[int]) -> None:
        super().__init__(problems)
        self._read = read

    def __iter__(self) -> Iterator[tuple[str, str]]:
        self._read.append(1)
        return super().__iter__()


def test_the_list_is_saved_as_text_where_the_merchant_chooses(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    orders = with_an_unreadable_time(DATA / "orders-2018.csv", tmp_path / "orders.csv")
    dialog = _dialog(qtbot, import_files(store, [orders]))
    target = tmp_path / "导入摘要.txt"
    target.write_text("an older summary", encoding="utf-8")
    offered: list[str] = []

    def choose(*args: object, **_kwargs: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    save = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Save…")
    save.click()
    # The name offered is the import's own (a second import's summary did not write over
    # the first's name).
    assert Path(offered[0]).name == f"import-summary-{dialog.summary.batch_id}.txt"
    saved = target.read_text(encoding="utf-8")
    assert saved == dialog.plain_text()
    assert "orders.csv, row 2: " in saved
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_summary_that_cannot_be_saved_says_why(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    orders = with_an_unreadable_time(DATA / "orders-2018.csv", tmp_path / "orders.csv")
    dialog = _dialog(qtbot, import_files(store, [orders]))
    target = tmp_path / "no such folder" / "summary.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    save = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Save…")
    save.click()
    assert len(said) == 1
    assert said[0].startswith(f"The summary could not be saved as {target} (")
    assert said[0].endswith("Choose another folder, or free some disk space, and try again.")
    assert not target.parent.exists()


@pytest.mark.parametrize(("language", "colon"), [("en", ": "), ("zh_CN", "："), ("zh_TW", "：")])
def test_a_cell_that_could_not_be_read_is_shown_with_the_language_colon(
    qtbot: QtBot, language: str, colon: str
) -> None:
    from shopcloser import i18n
    from shopcloser.ui.application import create_application

    summary = ImportSummary(batch_id=1)
    summary.flagged = [
        FlaggedRow(
            "ExportOrderList.csv", 2, [("订单创建时间", "2017年13月45日")], "35153131470000001"
        )
    ]
    summary.flagged_total = 1
    app = create_application(language)
    try:
        dialog = ImportSummaryDialog(summary)
        qtbot.addWidget(dialog)
        shown = dialog.flagged.model().index(0, 2).data()
    finally:
        i18n.install_translators(app, "en")
    assert shown == f"订单创建时间{colon}2017年13月45日"


def test_the_files_of_a_big_import_are_listed_up_to_ten(qtbot: QtBot) -> None:
    summary = ImportSummary(batch_id=1)
    summary.files = [
        FileSummary(f"ExportOrderList2020{month:02d}011200.csv", "", "orders", "", [], 1200, 0)
        for month in range(1, 13)
    ]
    lines = _dialog(qtbot, summary).file_lines()
    assert lines[0] == "Order report ExportOrderList202001011200.csv: 1,200 rows"
    assert len(lines) == 11
    assert lines[-1] == "… and 2 more files (File → Import history lists them all)"


def test_a_long_summary_scrolls_rather_than_cutting_lines_off(qtbot: QtBot) -> None:
    """Three warnings, a dozen files and rows to review: each text has its whole height
    (the warnings and the counts were squeezed and cut off), the counts scroll into
    view, and the dialog fits on the screen."""
    summary = _many_flagged(40)
    summary.files = [
        FileSummary(f"ExportOrderList2020{month:02d}011200.csv", "", "orders", "", [], 1200, 0)
        for month in range(1, 13)
    ]
    summary.older_exports = [
        OlderExport(
            "ExportOrderList202001011200.csv",
            datetime(2020, 1, 1, 12),
            "ExportOrderList202005011200.csv",
            datetime(2020, 5, 1, 12),
        )
    ]
    summary.went_back = WentBack(12, ["35153131470000001", "35153131470000002"])
    summary.unmatched_item_orders = 7
    dialog = _dialog(qtbot, summary)
    for label in (dialog.warning_text, dialog.text):
        assert label.height() >= label.heightForWidth(label.width())
    dialog.report_area.ensureWidgetVisible(dialog.text)
    bottom = dialog.text.mapTo(dialog.report_area.viewport(), dialog.text.rect().bottomLeft())
    assert bottom.y() <= dialog.report_area.viewport().height()
    screen = dialog.screen()
    assert screen is not None
    assert dialog.frameGeometry().height() <= screen.availableGeometry().height()
    assert dialog.flagged.height() >= 4 * dialog.flagged.verticalHeader().defaultSectionSize()


def test_a_long_file_name_wraps_within_the_summary(qtbot: QtBot) -> None:
    """A file's name wider than the dialog, unbroken, widened the report past the dialog
    (it does not scroll sideways): the name's end and every warning's lines were cut off
    on the right. It wraps now, and Copy keeps the name whole."""
    name = "ExportOrderDetailList202005011200_" + "abcdefghij" * 15 + ".xlsx"
    summary = _many_flagged(5)
    summary.files = [FileSummary(name, "", "orders", "", [], 1200, 0)]
    summary.older_exports = [
        OlderExport(
            name, datetime(2020, 1, 1, 12), "ExportOrderList202005011200.csv", datetime(2020, 5, 1)
        )
    ]
    dialog = _dialog(qtbot, summary)
    area, report = dialog.report_area, dialog.report_area.widget()
    assert report is not None
    qtbot.waitUntil(lambda: report.width() <= area.viewport().width(), timeout=2000)
    viewport = area.viewport().width()
    for label in (dialog.warning_text, dialog.text):
        assert label.geometry().right() < viewport
        assert label.height() >= label.heightForWidth(label.width())
    assert f"Order report {name}: 1,200 rows" in dialog.plain_text()


def test_chinese_warnings_wrap_without_a_line_starting_with_punctuation(qtbot: QtBot) -> None:
    """A Chinese sentence has no spaces, so it was one "word" wider than the line and got a
    break allowed between every two characters: a line began with 。 or ，. Chinese text
    wraps by itself; only Latin text (a file name) gets the extra breaks."""
    from PySide6.QtGui import QTextDocument

    from shopcloser import i18n
    from shopcloser.ui.application import create_application

    summary = ImportSummary(batch_id=1)
    summary.went_back = WentBack(12, ["35153131470000001", "35153131470000002"])
    summary.unmatched_item_orders = 7
    app = create_application("zh_CN")
    try:
        dialog = ImportSummaryDialog(summary)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        label = dialog.warning_text
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        starts = []
        for width in range(300, 700, 5):  # wherever the line ends, as the dialog is sized
            document.setTextWidth(width)
            document.size()  # lays the text out
            block = document.begin()
            while block.isValid():
                layout, text = block.layout(), block.text()
                starts += [text[layout.lineAt(n).textStart()] for n in range(1, layout.lineCount())]
                block = block.next()
    finally:
        i18n.install_translators(app, "en")
    assert len(starts) > 3  # the warnings do wrap
    assert not [c for c in starts if c in "。，、；：？！）」”\u200b"]


def test_counts_are_written_with_the_languages_digit_grouping(qtbot: QtBot) -> None:
    summary = _many_flagged(3)
    summary.orders_added, summary.items_added, summary.blocking_now = 12_000, 27_510, 1_204
    lines = _dialog(qtbot, summary).count_lines()
    assert "Orders added: 12,000" in lines
    assert "Items added: 27,510, updated: 0" in lines
    assert "Now blocking closure: 1,204" in lines
    assert "Rows to review: 2,003" in lines


def test_a_second_copy_shows_copied_for_the_full_time(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: each click started a timer of its own, so the first click's put "Copy" back
    while the second click's "Copied" had shown for less than its time."""
    from shopcloser.ui.dialogs import import_summary_dialog

    monkeypatch.setattr(import_summary_dialog, "COPIED_SHOWN_MS", 1000)
    dialog = _dialog(qtbot, ImportSummary(batch_id=1))
    dialog.copy_button.click()
    qtbot.wait(600)
    dialog.copy_button.click()
    qtbot.wait(600)  # the first click's time is up, the second's is not
    assert dialog.copy_button.text() == "Copied"
    qtbot.waitUntil(lambda: dialog.copy_button.text() == "&Copy", timeout=5000)


def test_reports_exported_at_different_times_are_warned_about(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """An item report exported after its order report, which still has the orders on
    their way: in the warning area, with what to do."""
    orders, items = tmp_path / "orders.csv", tmp_path / "items.csv"
    write_orders(orders, 30, 12, "2020")
    write_items(items, 30, 12, "2020")

    def finished(row: dict[str, str]) -> None:
        if row["订单状态"] == "卖家已发货，等待买家确认":
            row["订单状态"] = "交易成功"

    later = rewrite_csv(items, tmp_path / "items-later.csv", finished)
    dialog = _dialog(qtbot, import_files(store, [orders, later]))
    assert dialog.warning.isVisible()
    said = dialog.warning_text.text()
    assert "The item report and the order report show" in said
    assert "Export both reports again from the seller centre" in said


def _older_exports(count: int) -> list[OlderExport]:
    return [
        OlderExport(
            f"ExportOrderList202001{day:02d}1200.csv",
            datetime(2020, 1, day, 12),
            "ExportOrderList202002011200.csv",
            datetime(2020, 2, 1, 12),
        )
        for day in range(1, count + 1)
    ]


def test_many_older_exports_are_one_warning_naming_the_first_files(qtbot: QtBot) -> None:
    """A folder of old exports imported again gave a paragraph each (13 of them, scrolling
    far off the dialog): past two, one warning counts them and names the first few."""
    summary = _many_flagged(1)
    summary.older_exports = _older_exports(13)
    dialog = _dialog(qtbot, summary)
    [warning] = dialog.warning_lines()
    assert warning.startswith("13 files of this import were exported before files")
    assert "ExportOrderList202001051200.csv, …)" in warning
    assert "ExportOrderList202001061200.csv" not in warning
    summary.older_exports = _older_exports(2)
    assert len(_dialog(qtbot, summary).warning_lines()) == 2  # one by one, with their dates


def test_many_older_exports_are_one_warning_on_the_command_line() -> None:
    import argparse
    import io

    from shopcloser.cli.context import CommandContext
    from shopcloser.cli.import_cmd import print_summary

    summary = _many_flagged(1)
    summary.batch_id = 9
    summary.older_exports = _older_exports(13)
    out = io.StringIO()
    print_summary(CommandContext(args=argparse.Namespace(), out=out), summary)
    text = out.getvalue()
    assert "13 files of this import were exported before files an earlier import" in text
    assert "shopcloser undo 9" in text
    assert "was exported on" not in text
