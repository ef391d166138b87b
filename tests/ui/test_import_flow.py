"""Importing from the window: progress, summary, cancel, refusals, drag and drop, passwords."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from shopcloser import i18n
from shopcloser.services.importing import import_files
from shopcloser.services.status import store_status
from shopcloser.store.database import Store, open_store
from shopcloser.ui.dialogs.import_history_dialog import UNDONE, ImportHistoryDialog
from shopcloser.ui.dialogs.import_summary_dialog import ImportSummaryDialog
from shopcloser.ui.main_window import MainWindow
from shopcloser.ui.state import AppState
from tests.helpers import downgrade_store
from tests.old_excel import write_old_xls
from tests.samples import items_moving_an_order_away, refund_exports, write_orders
from tests.ui.prompts import answer_password_prompts
from tests.ui.test_orders_tab import shown_ids

DATA = Path(__file__).resolve().parents[1] / "data"


def _summary_dialog() -> ImportSummaryDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ImportSummaryDialog) and widget.isVisible():
            return widget
    return None


def _wait_for_summary(qtbot: QtBot) -> ImportSummaryDialog:
    qtbot.waitUntil(lambda: _summary_dialog() is not None, timeout=30_000)
    dialog = _summary_dialog()
    assert dialog is not None
    return dialog


def _shown_history(qtbot: QtBot, store: Store) -> ImportHistoryDialog:
    """File → Import history, on the screen."""
    dialog = ImportHistoryDialog(AppState(store), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _cell_text(table: QTableView, row: int, column: int) -> str:
    text = table.model().index(row, column).data()
    assert isinstance(text, str), (row, column)
    return text


def test_import_shows_a_summary_and_updates_the_overview(window: MainWindow, qtbot: QtBot) -> None:
    window.import_files([DATA / "orders-2017.csv", DATA / "items-2017.csv"])
    dialog = _wait_for_summary(qtbot)
    text = dialog.plain_text()
    assert "Orders added: 20" in text
    # Each file, as what it was read: the merchant sees both reports were taken.
    assert text.startswith(
        "Order report orders-2017.csv: 20 rows\nItem report items-2017.csv: 30 rows\n"
    )
    assert "Item report items-2017.csv: 30 rows" in dialog.text.text()
    dialog.close()
    qtbot.waitUntil(lambda: window.overview.counts["orders"].text() == "20", timeout=5000)
    status = store_status(window.state.store)
    assert window.overview.counts["blocking"].text() == str(status.blocking)


def test_flagged_rows_are_listed_and_can_be_copied(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shopcloser.ui.dialogs import import_summary_dialog

    monkeypatch.setattr(import_summary_dialog, "COPIED_SHOWN_MS", 100)
    broken = tmp_path / "orders.csv"
    original = (DATA / "orders-2017.csv").read_bytes()
    # An unreadable payment time in one row: imported anyway, flagged with its row.
    lines = original.split(b"\r\n") if b"\r\n" in original else original.split(b"\n")
    sep = b"\r\n" if b"\r\n" in original else b"\n"
    fields = lines[1].split(b'","')
    for index, value in enumerate(fields):
        if value.startswith(b"20") and b":" in value:
            fields[index] = b"not a time"
            break
    lines[1] = b'","'.join(fields)
    broken.write_bytes(sep.join(lines))
    window.import_files([broken])
    dialog = _wait_for_summary(qtbot)
    assert dialog.flagged.model().rowCount() >= 1
    assert _cell_text(dialog.flagged, 0, 1) == "2"
    order_id = fields[0].decode("gbk").strip('="')
    assert _cell_text(dialog.flagged, 0, 3) == order_id
    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Copy")
    copy.click()
    assert copy.text() == "Copied"  # the clipboard shows nothing: the button says it
    qtbot.waitUntil(lambda: copy.text() == "&Copy", timeout=5000)
    assert "not a time" in QApplication.clipboard().text()
    assert f"(order {order_id})" in QApplication.clipboard().text()
    # The summary stays open beside the window; Enter on a row (as a double-click does)
    # shows the row's order.
    window.orders.filters.show_filter.setCurrentIndex(0)  # "Still blocking": maybe not it
    dialog.flagged.setCurrentIndex(dialog.flagged.model().index(0, 2))
    QTest.keyClick(dialog.flagged, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.orders
    qtbot.waitUntil(lambda: not window.orders.is_busy(), timeout=10_000)
    assert window.orders.search.text() == order_id
    assert shown_ids(window.orders) == [order_id]
    dialog.close()


def test_a_file_cut_short_lists_its_last_row(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    cut = tmp_path / "orders.csv"
    original = (DATA / "orders-2017.csv").read_bytes()
    cut.write_bytes(original[: original.rindex("滨江大道".encode("gbk"))])  # in row 21
    window.import_files([cut])
    dialog = _wait_for_summary(qtbot)
    assert dialog.flagged.model().rowCount() == 1
    assert _cell_text(dialog.flagged, 0, 1) == "21"
    assert _cell_text(dialog.flagged, 0, 2) == (
        "Incomplete row: only 14 of 46 columns (the file may be cut short)"
    )
    assert "orders.csv, row 21: Incomplete row: only 14 of 46" in dialog.plain_text()
    dialog.close()


def test_cancel_leaves_the_store_unchanged(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.import_files([DATA / "orders-2017.csv"])
    _wait_for_summary(qtbot).close()
    before = store_status(window.state.store).as_json()
    big = tmp_path / "ExportOrderList.csv"
    write_orders(big, 60_000, seed=7, layout="2017")
    window.import_files([big])
    qtbot.waitUntil(
        lambda: window.importer.dialog is not None and window.importer.dialog.isVisible()
    )
    progress, operation = window.importer.dialog, window.importer.operation
    assert progress is not None and operation is not None
    progress.cancel_button.click()
    qtbot.waitUntil(lambda: not operation.is_running(), timeout=30_000)
    assert _summary_dialog() is None
    assert store_status(window.state.store).as_json() == before
    assert "cancelled" in window.statusBar().currentMessage().lower()


def test_a_refused_file_says_why_and_changes_nothing(window: MainWindow, qtbot: QtBot) -> None:
    window.import_files([DATA / "bad-excel-ids.csv"])
    assert "Excel" in _message(window, qtbot)
    assert store_status(window.state.store).orders == 0


def test_the_refused_file_of_several_is_named(window: MainWindow, qtbot: QtBot) -> None:
    window.import_files([DATA / "orders-2017.csv", DATA / "bad-excel-ids.csv"])
    lead, reason = _message(window, qtbot).splitlines()
    assert lead == "The file bad-excel-ids.csv cannot be imported, so nothing was imported."
    assert "damaged by Excel" in reason
    assert store_status(window.state.store).orders == 0


def _drop(window: MainWindow, paths: list[Path]) -> bool:
    """Drag ``paths`` over the window and, if it takes them, drop them: whether it did."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(50, 50), *args)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(50, 50), *args)
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


def _message(window: MainWindow, qtbot: QtBot) -> str:
    """The text of the message the window shows (waits for it), which is then closed."""

    def shown() -> QMessageBox | None:
        boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=15_000)
    box = shown()
    assert box is not None
    text = box.text()
    box.close()
    return text


def _answer_password(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """Answer the window's password prompts with ``answers`` in turn, typed as the
    merchant would, then Cancel; the prompts asked (their warning line and label)."""
    return answer_password_prompts(monkeypatch, *answers)


def test_a_dropped_report_is_imported_whatever_its_name(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    renamed = tmp_path / "orders.txt"  # the import judges a file by its content
    shutil.copyfile(DATA / "orders-2018.csv", renamed)
    assert _drop(window, [renamed])
    _wait_for_summary(qtbot).close()
    assert store_status(window.state.store).orders == 20


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda folder: write_old_xls(folder / "orders.xls"), "old-format Excel file (.xls)"),
        (lambda folder: folder, "is a folder, not a report"),
    ],
    ids=["old-xls", "folder"],
)
def test_a_dropped_file_that_cannot_be_imported_says_why(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make: Callable[[Path], Path],
    says: str,
) -> None:
    asked = _answer_password(monkeypatch)
    assert _drop(window, [make(tmp_path)])
    assert says in _message(window, qtbot)
    assert asked == []
    assert store_status(window.state.store).orders == 0


def test_import_lists_old_workbooks_and_refuses_them_without_asking_a_password(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = write_old_xls(tmp_path / "ExportOrderList.xls")  # no password
    filters: list[str] = []

    def choose(parent: object, title: str, folder: str, filter: str) -> tuple[list[str], str]:
        filters.append(filter)
        return [str(old)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    asked = _answer_password(monkeypatch)
    window.import_action.trigger()
    assert "old-format Excel file (.xls)" in _message(window, qtbot)
    assert asked == []
    kinds = filters[0].split(";;")
    assert "*.xls)" in kinds[0] and "*.csv" in kinds[0] and "*.xlsx" in kinds[0]
    assert "All files (*)" in kinds


def test_a_protected_workbook_asks_for_its_password(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer_password(monkeypatch, "shop123")
    window.import_files([DATA / "encrypted-shop123.xlsx"])
    _wait_for_summary(qtbot).close()
    assert asked and "encrypted-shop123.xlsx" in asked[0]
    assert store_status(window.state.store).orders > 0


def test_open_with_on_macos_imports_the_file(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QFileOpenEvent

    from shopcloser.ui.application import _FileOpenHandler

    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(_FileOpenHandler(window))
    QApplication.sendEvent(app, QFileOpenEvent(str(DATA / "orders-2016.csv")))
    _wait_for_summary(qtbot).close()
    assert store_status(window.state.store).orders == 20


def test_the_newest_import_can_be_undone_from_the_window(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:

    window.import_files([DATA / "orders-2017.csv"])
    _wait_for_summary(qtbot).close()
    before_second = store_status(window.state.store).as_json()
    window.import_files([DATA / "items-2017.csv"])
    _wait_for_summary(qtbot).close()
    assert store_status(window.state.store).as_json() != before_second

    dialog = ImportHistoryDialog(window.state, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert _cell_text(dialog.table, 0, 2) == "items-2017.csv"
    # The item report added no orders: the history says what it did add.
    assert [_cell_text(dialog.table, 0, column) for column in (3, 5)] == ["0 / 0", "30 / 0"]
    header = dialog.table.horizontalHeaderItem(5)
    assert header is not None and header.text() == "Items added / updated"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: _cell_text(dialog.table, 0, UNDONE) != "", timeout=15_000)
    assert store_status(window.state.store).as_json() == before_second
    said = (
        f"Import 2 of {dialog.batches[0].started_at:%Y-%m-%d %H:%M} undone. Orders: 0 removed, "
        "0 put back as they were. Items: 30 removed, 0 put back as they were."
    )
    assert not dialog.done_label.isHidden() and dialog.done_label.text() == said
    assert window.statusBar().currentMessage() == said
    newest = dialog.newest()
    assert newest is not None and newest.id == 1


def test_the_history_counts_the_orders_an_import_removed(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An item report that moved an order's only item to another order removed that
    order: the summary says so on its own line, and the history counts it, before and
    after the import is undone."""

    first, second, _moved = items_moving_an_order_away(tmp_path)
    window.import_files([first])
    _wait_for_summary(qtbot).close()
    before = store_status(window.state.store).as_json()
    window.import_files([second])
    summary = _wait_for_summary(qtbot)
    assert "Orders removed: 1 (known only from items" in summary.plain_text()
    summary.close()

    dialog = ImportHistoryDialog(window.state, window)
    qtbot.addWidget(dialog)
    header = dialog.table.horizontalHeaderItem(4)
    assert header is not None and header.text() == "Orders removed"
    assert "newer item report" in header.toolTip()
    assert [_cell_text(dialog.table, row, 4) for row in (0, 1)] == ["1", "0"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: _cell_text(dialog.table, 0, UNDONE) != "", timeout=15_000)
    assert _cell_text(dialog.table, 0, 4) == "1"  # what the import did, undone or not
    assert "Orders: 0 removed, 1 put back as they were." in dialog.done_label.text()
    assert store_status(window.state.store).as_json() == before


def test_the_history_of_an_older_store_shows_unknown_removals(qtbot: QtBot, tmp_path: Path) -> None:
    """A store of the previous version, without the count in its imports, opens; its
    imports show "—" (not known, said in the tooltip), new ones their count."""
    from shopcloser.ui.application import create_application

    first, second, _moved = items_moving_an_order_away(tmp_path)
    path = tmp_path / "older.db"
    store = open_store(str(path))
    import_files(store, [first])
    downgrade_store(store, "0003")

    create_application("en")
    store = open_store(str(path))
    try:
        import_files(store, [second])
        dialog = ImportHistoryDialog(AppState(store), None)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 2
        assert [_cell_text(dialog.table, row, 4) for row in (0, 1)] == ["1", "—"]
        unknown = dialog.table.item(1, 4)
        assert unknown is not None and "did not count" in unknown.toolTip()
        assert dialog.undo_button.isEnabled()
    finally:
        store.close()


def test_the_progress_dialog_says_when_only_finishing_is_left(qtbot: QtBot) -> None:
    from shopcloser.ui.dialogs.progress_dialog import ProgressDialog

    dialog = ProgressDialog("Importing orders")
    qtbot.addWidget(dialog)
    # Before the first row: no speed yet, so no time left either (it said "about 1 s").
    dialog.update_progress(0, 1000, "orders.csv")
    assert dialog.rate.text() == "0 of 1,000 rows"
    dialog.update_progress(250, 1000, "orders.csv")
    assert (dialog.bar.minimum(), dialog.bar.maximum(), dialog.bar.value()) == (0, 1000, 250)
    assert "250 of 1,000 rows" in dialog.rate.text()
    # Every row read: saving and indexing have nothing to count, the bar keeps moving.
    dialog.update_progress(1000, 1000, "")
    assert (dialog.bar.minimum(), dialog.bar.maximum()) == (0, 0)
    assert dialog.rate.text() == "All 1,000 rows read · finishing…"
    assert dialog.message.text() == "orders.csv"


def test_the_progress_of_a_one_row_file_reads_in_the_singular(qtbot: QtBot) -> None:
    from shopcloser.ui.dialogs.progress_dialog import ProgressDialog

    dialog = ProgressDialog("Importing orders")
    qtbot.addWidget(dialog)
    dialog.update_progress(0, 1, "orders.csv")
    assert dialog.rate.text() == "0 of 1 row"
    dialog.update_progress(1, 0, "orders.csv")  # the total not known yet
    assert dialog.rate.text().startswith("1 row · ")
    dialog.update_progress(2, 0, "orders.csv")
    assert dialog.rate.text().startswith("2 rows · ")


def test_a_long_file_name_in_the_progress_dialog_is_shown_whole(qtbot: QtBot) -> None:
    """A copy's name ("(3) - 副本 - 副本 …") wraps to more lines than "Starting…" had:
    the dialog grows to show them, none cut off or running into the bar."""
    from shopcloser.ui.dialogs.progress_dialog import ProgressDialog

    dialog = ProgressDialog("Importing orders")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    name = "ExportOrderList202405011200 (3) - 副本 - 副本 - 店铺一号旗舰店全部订单备份最终版本.csv"
    dialog.update_progress(250, 1000, f"Reading {name} (orders: 3,120)")
    message = dialog.message
    assert message.heightForWidth(message.width()) > message.fontMetrics().height()  # wraps
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()))
    assert message.geometry().bottom() < dialog.bar.geometry().top()


def test_the_summary_says_an_older_export_brought_back_an_older_state(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    older, newer = refund_exports(tmp_path)
    texts = []
    for path in (newer, older):
        window.import_files([path])
        dialog = _wait_for_summary(qtbot)
        texts.append(dialog.plain_text())
        dialog.close()
    assert "was exported on" not in texts[0]
    assert (
        "ExportOrderDetailList202003151200.csv was exported on 2020-03-15 12:00, before "
        "ExportOrderDetailList202004011200.csv (exported on 2020-04-01 12:00)"
    ) in texts[1]
    assert "File → Import history" in texts[1]


def _wait_until_the_import_ends(window: MainWindow, qtbot: QtBot) -> None:
    operation = window.importer.operation
    assert operation is not None
    qtbot.waitUntil(lambda: not operation.is_running(), timeout=10_000)


def test_a_double_clicked_row_selects_its_order_and_shows_its_details(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.ui.test_import_summary import with_an_unreadable_time

    broken = with_an_unreadable_time(DATA / "orders-2018.csv", tmp_path / "orders.csv")
    window.import_files([broken])
    dialog = _wait_for_summary(qtbot)
    order_id = _cell_text(dialog.flagged, 0, 3)
    window.orders.filters.show_filter.setCurrentIndex(0)  # "Still blocking": maybe not it
    cell = dialog.flagged.visualRect(dialog.flagged.model().index(0, 0)).center()
    # A double-click as the merchant makes it: a click, then the second one.
    QTest.mouseClick(dialog.flagged.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseDClick(dialog.flagged.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    orders = window.orders
    qtbot.waitUntil(lambda: orders.details.details is not None, timeout=10_000)
    assert orders.details.details is not None
    assert orders.details.details.order_id == order_id
    assert orders.selected_rows() == [0]
    assert shown_ids(orders) == [order_id]
    assert orders.details.title.text() == f"Order {order_id}"
    dialog.close()


def test_a_time_in_the_file_that_could_not_be_read_is_not_said_missing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.ui.test_import_summary import with_an_unreadable_time

    broken = with_an_unreadable_time(DATA / "orders-2017.csv", tmp_path / "orders.csv")
    window.import_files([broken])
    dialog = _wait_for_summary(qtbot)
    assert _cell_text(dialog.flagged, 0, 2) == "订单创建时间: not a time"
    order_id = _cell_text(dialog.flagged, 0, 3)
    dialog.close()
    window.show_order(order_id)
    details = window.orders.details
    qtbot.waitUntil(lambda: details.details is not None, timeout=10_000)
    assert details.timeline["created"].text() == "could not be read (see above)"
    assert "订单创建时间: not a time" in details.unread.text()
    assert details.timeline["paid"].text()[:2] == "20"  # read: a time
    assert details.timeline["shipped"].text() == "not in the files"  # no such column


def test_a_new_import_clears_an_old_cancelled_message(window: MainWindow, qtbot: QtBot) -> None:
    window.statusBar().showMessage("Import cancelled: nothing was changed.", 8000)
    window.import_files([DATA / "orders-2017.csv"])
    assert window.statusBar().currentMessage() == ""
    _wait_for_summary(qtbot).close()
    assert window.statusBar().currentMessage() == ""


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_the_history_shows_its_titles_and_times_whole(
    qtbot: QtBot, store: Store, lang: str
) -> None:
    """Before: every column but the files kept Qt's 100 pixels, so "Orders added /
    updated" was cut to "ers added / upda" and each time wrapped onto two lines."""
    from shopcloser.ui.application import create_application
    from tests.ui.test_window_sizes import needed

    import_files(store, [DATA / "orders-2017.csv", DATA / "items-2017.csv"], helper=False)
    import_files(store, [DATA / "orders-2020.xlsx"], helper=False)
    app = create_application(lang)
    try:
        dialog = _shown_history(qtbot, store)
        table, header = dialog.table, dialog.table.horizontalHeader()
        cut = []
        for column in range(table.columnCount()):
            width = header.sectionSize(column)
            if header.sectionSizeHint(column) > width:
                cut.append(f"header {column}: {width} < {header.sectionSizeHint(column)}")
            for row in range(table.rowCount()):
                text = _cell_text(table, row, column)
                if column != 2 and needed(table, text) > width:  # the files take the rest
                    cut.append(f"{text!r}: {width} < {needed(table, text)}")
        assert cut == []
        # Every column in sight, at the dialog's usual size.
        assert header.length() <= table.viewport().width()
    finally:
        i18n.install_translators(app, "en")


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_the_history_shows_a_big_imports_files_whole(
    qtbot: QtBot, store: Store, tmp_path: Path, lang: str
) -> None:
    """A year of weekly exports imported at once, under the seller centre's names. Before: in
    English the files column was narrower than a name ("ExportOrderDetailList2019010…"),
    and the import's row, taller than the table, could not be scrolled to its last files
    (the table scrolled a whole row at a time)."""
    from shopcloser.services.batches import undo_batch
    from shopcloser.ui.application import create_application
    from tests.ui.test_window_sizes import needed

    sample = (DATA / "orders-2017.csv").read_bytes()
    files: list[Path] = []
    for month in range(1, 13):
        for day in (1, 8, 15, 22):
            path = tmp_path / f"ExportOrderDetailList2019{month:02d}{day:02d}1200.csv"
            path.write_bytes(sample + b"\n" * (len(files) + 1))  # each a file of its own
            files.append(path)
    import_files(store, [DATA / "orders-2016.csv"], helper=False)
    import_files(store, files, helper=False)
    import_files(store, [DATA / "orders-2018.csv"], helper=False)
    newest = import_files(store, [DATA / "orders-2020.xlsx"], helper=False)
    undo_batch(store, newest.batch_id)  # its row shows when it was undone
    app = create_application(lang)
    try:
        dialog = _shown_history(qtbot, store)
        table = dialog.table
        assert table.columnWidth(2) >= needed(table, files[0].name)
        big = 2  # newest first
        assert _cell_text(table, big, 2).count("ExportOrderDetailList") == len(files)
        # A name longer than the column (a narrower screen) is whole in the tooltip.
        tooltip = table.model().index(big, 2).data(Qt.ItemDataRole.ToolTipRole)
        assert tooltip == "\n".join(path.name for path in files)
        assert table.rowHeight(big) > table.viewport().height()
        table.scrollTo(table.model().index(big, 2), QAbstractItemView.ScrollHint.PositionAtBottom)
        bottom = table.rowViewportPosition(big) + table.rowHeight(big)
        assert bottom <= table.viewport().height()
    finally:
        i18n.install_translators(app, "en")


@pytest.mark.parametrize(
    ("lang", "named", "put_back", "column"),
    [
        ("zh_CN", "编号 {} 的导入", "恢复原样", "导入编号"),
        # Not 還原, which restores a backup.
        ("zh_TW", "編號 {} 的匯入", "恢復原樣", "匯入編號"),
    ],
)
def test_an_import_and_its_undo_are_named_as_on_the_command_line(
    qtbot: QtBot,
    store: Store,
    store_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    named: str,
    put_back: str,
    column: str,
) -> None:
    """Before: in Chinese the window named an import "第 2 次导入" and "序号" where the
    command line says "编号 2 的导入" and "导入编号", and its undo said orders were
    "改回" where the command line says "恢复原样" (in English "changed back" against
    "put back as they were")."""
    from shopcloser.ui.application import create_application
    from tests.helpers import run_cli

    import_files(store, [DATA / "orders-2017.csv"], helper=False)
    import_files(store, [DATA / "orders-2018.csv", DATA / "items-2017.csv"], helper=False)
    app = create_application(lang)
    try:
        dialog = _shown_history(qtbot, store)
        header = dialog.table.horizontalHeaderItem(0)
        assert header is not None and header.text() == column
        asked: list[str] = []

        def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
            asked.append(text)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", question)
        dialog.undo_button.click()
        qtbot.waitUntil(lambda: _cell_text(dialog.table, 0, UNDONE) != "", timeout=15_000)
        assert named.format(2) in asked[0]
        said = dialog.done_label.text()
        assert said.startswith(named.format(2)) and said.count(put_back) == 2
        assert "第" not in said and "次" not in said and "還原" not in said
    finally:
        i18n.install_translators(app, "en")
    store.close()

    listed = run_cli("--lang", lang, "batches", db=store_path)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith(column)
    undone = run_cli("--lang", lang, "undo", "1", db=store_path)
    assert undone.returncode == 0, undone.stderr
    assert undone.stdout.startswith(named.format(1))
    assert undone.stdout.count(put_back) == 2 and "還原" not in undone.stdout
