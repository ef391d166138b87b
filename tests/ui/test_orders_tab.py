"""The order reconciliation tab, used as a merchant would: filter, search, mark, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QMessageBox,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from shopcloser import i18n
from shopcloser.domain.closure import Reason
from shopcloser.domain.handling import HandledAction, Verdict
from shopcloser.domain.statuses import TradeStatus
from shopcloser.services.marks import mark_orders
from shopcloser.services.readiness import Readiness
from shopcloser.store.database import Store
from shopcloser.ui.main_window import MainWindow
from shopcloser.ui.tabs.order_texts import OrderTexts
from shopcloser.ui.tabs.orders import OrdersTab
from shopcloser.ui.tabs.orders_model import ORDER_ID_ROLE, OrdersModel
from tests.orders.seed import standard_shop

WAIT_MS = 10_000


@pytest.fixture
def shop(store: Store) -> Store:
    standard_shop(store)
    return store


@pytest.fixture
def tab(shop: Store, window: MainWindow, qtbot: QtBot) -> OrdersTab:
    window.tabs.setCurrentWidget(window.orders)
    settle(window.orders, qtbot)
    return window.orders


def settle(tab: OrdersTab, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=WAIT_MS)


def shown_ids(tab: OrdersTab) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, 0), ORDER_ID_ROLE) for row in range(model.rowCount())]


def choose(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))


def select_ids(tab: OrdersTab, ids: set[str]) -> None:
    selection = tab.table.selectionModel()
    selection.clearSelection()
    for row, order_id in enumerate(shown_ids(tab)):
        if order_id in ids:
            selection.select(
                tab.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_the_tab_opens_on_the_orders_that_block(tab: OrdersTab) -> None:
    assert sorted(shown_ids(tab)) == ["1001", "1002", "1003", "1007"]
    assert tab.show_filter.currentText() == "Still blocking (4)"
    assert tab.show_filter.itemText(tab.show_filter.findData("all")) == "All orders (7)"
    assert tab.show_filter.itemText(tab.show_filter.findData("watch")) == (
        "Finished, in after-sales (1)"
    )
    assert tab.readiness.verdict.text().startswith("Not yet")
    assert tab.readiness.progress.text() == "0 of 4 handled"
    assert "Orders: 7 ·" in tab.readiness.counts.text()
    assert "Order still open: 2" in tab.readiness.remaining.text()
    assert not tab.empty.isVisible()


def test_statuses_and_reasons_are_in_plain_words(tab: OrdersTab) -> None:
    model = tab.model
    rows = {shown_ids(tab)[r]: r for r in range(model.rowCount())}
    status = model.index(rows["1001"], 3).data()
    assert status == "Paid, waiting for you to ship"
    assert model.index(rows["1003"], 4).data() == "Refund asked, waiting for you"
    assert model.index(rows["1003"], 8).data() == "Refund still open"
    assert "seller centre" in model.index(rows["1007"], 8).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(rows["1001"], 6).data() == "a**"  # the buyer, masked


def test_filters_change_the_rows_and_the_counts(tab: OrdersTab, qtbot: QtBot) -> None:
    choose(tab.show_filter, "all")
    settle(tab, qtbot)
    assert len(shown_ids(tab)) == 7
    assert tab.status_filter.itemText(tab.status_filter.findData("TRADE_FINISHED")) == (
        "Finished (3)"
    )
    choose(tab.status_filter, "TRADE_FINISHED")
    settle(tab, qtbot)
    assert sorted(shown_ids(tab)) == ["1003", "1004", "1005"]
    assert tab.show_filter.currentText() == "All orders (3)"
    assert tab.show_filter.itemText(tab.show_filter.findData("blocking")) == "Still blocking (1)"
    choose(tab.refund_filter, "open")
    settle(tab, qtbot)
    assert shown_ids(tab) == ["1003"]
    choose(tab.show_filter, "watch")
    choose(tab.refund_filter, "")
    settle(tab, qtbot)
    assert shown_ids(tab) == ["1004"]


def test_search_by_buyer_item_or_order_number(tab: OrdersTab, qtbot: QtBot) -> None:
    choose(tab.show_filter, "all")
    tab.focus_search()
    qtbot.keyClicks(tab.search, "carol")  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: shown_ids(tab) == ["1003"], timeout=WAIT_MS)
    tab.search.setText("围巾")  # typed through an input method: QTest only types ASCII
    qtbot.waitUntil(lambda: shown_ids(tab) == ["1004"], timeout=WAIT_MS)
    tab.search.setText("1006")
    qtbot.waitUntil(lambda: shown_ids(tab) == ["1006"], timeout=WAIT_MS)
    tab.search.setText("nobody-has-this")
    qtbot.waitUntil(lambda: tab.placeholder.isVisible(), timeout=WAIT_MS)
    settle(tab, qtbot)
    assert tab.show_filter.currentText() == "All orders (0)"


def _click_row(tab: OrdersTab, order_id: str) -> None:
    row = shown_ids(tab).index(order_id)
    rect = tab.table.visualRect(tab.model.index(row, 0))
    QTest.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_new_list_clears_the_selection_and_the_pane_of_an_order_it_left_out(
    tab: OrdersTab, qtbot: QtBot
) -> None:
    """A filter or search that reloaded the list cleared its selection but left "1
    selected", Mark handled… enabled (doing nothing), and in the pane an order the list
    no longer showed."""
    _click_row(tab, "1001")
    assert tab.selection_label.text() == "1 selected"
    assert tab.details.details is not None and tab.details.details.order_id == "1001"
    choose(tab.show_filter, "all")  # 1001 still listed: still in the pane
    settle(tab, qtbot)
    assert "1001" in shown_ids(tab) and not tab.selected_keys()
    assert tab.selection_label.text() == "" and not tab.mark_button.isEnabled()
    assert tab.details.details is not None and tab.details.details.order_id == "1001"
    choose(tab.status_filter, "TRADE_FINISHED")  # 1001 is not finished
    settle(tab, qtbot)
    assert "1001" not in shown_ids(tab)
    assert tab.selection_label.text() == ""
    assert not tab.mark_button.isEnabled() and not tab.unmark_button.isEnabled()
    assert tab.details.details is None


def test_sorting_by_a_column_header(tab: OrdersTab, qtbot: QtBot) -> None:
    choose(tab.show_filter, "all")
    settle(tab, qtbot)
    tab.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # amount
    settle(tab, qtbot)
    assert shown_ids(tab)[0] == "1005"
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # order number
    settle(tab, qtbot)
    assert shown_ids(tab) == sorted(shown_ids(tab))


def _fill_mark_dialog(action: HandledAction, note: str, who: str) -> None:
    from shopcloser.ui.dialogs.mark_dialog import MarkDialog

    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, MarkDialog)
    dialog.action.setCurrentIndex(dialog.action.findData(action.value))
    dialog.note.setPlainText(note)
    dialog.name.setText(who)
    dialog.accept()


def test_mark_several_orders_then_undo(tab: OrdersTab, qtbot: QtBot) -> None:
    select_ids(tab, {"1001", "1002"})
    assert tab.selection_label.text() == "2 selected"
    QTimer.singleShot(0, lambda: _fill_mark_dialog(HandledAction.SHIPPED, "顺丰 SF1", "王小明"))
    tab.mark_button.click()
    qtbot.waitUntil(lambda: sorted(shown_ids(tab)) == ["1003", "1007"], timeout=WAIT_MS)
    settle(tab, qtbot)
    assert tab.readiness.progress.text() == "2 of 4 handled"
    assert tab.show_filter.itemText(tab.show_filter.findData("handled")) == "Handled by you (2)"
    assert tab.message.text() == "Marked 2 orders handled (Shipped)."

    choose(tab.show_filter, "handled")
    settle(tab, qtbot)
    assert sorted(shown_ids(tab)) == ["1001", "1002"]
    assert tab.model.index(0, 9).data() == "Shipped"
    assert "王小明" in tab.model.index(0, 9).data(Qt.ItemDataRole.ToolTipRole)

    tab.undo_button.click()
    qtbot.waitUntil(lambda: shown_ids(tab) == [], timeout=WAIT_MS)
    settle(tab, qtbot)
    assert tab.readiness.progress.text() == "0 of 4 handled"
    assert not tab.undo_button.isEnabled()


def test_the_overview_follows_the_marks(tab: OrdersTab, window: MainWindow, qtbot: QtBot) -> None:
    select_ids(tab, {"1001", "1002", "1003", "1007"})
    tab.mark_with("closed_on_platform", keys=tab.selected_keys(), by="me")
    qtbot.waitUntil(lambda: shown_ids(tab) == [], timeout=WAIT_MS)
    settle(tab, qtbot)
    assert tab.readiness.verdict.text().startswith("Almost")  # 1004 is still in after-sales
    assert tab.placeholder.text() == "No order blocks closing the shop."
    qtbot.waitUntil(lambda: window.overview.counts["blocking"].text() == "0", timeout=WAIT_MS)


def test_details_show_the_story_and_hide_the_buyer_until_asked(
    tab: OrdersTab, shop: Store, qtbot: QtBot
) -> None:
    mark_orders(shop, ["1003"], "refund_completed", note="已退款", by="王小明")
    tab.state.announce("marks")
    settle(tab, qtbot)
    choose(tab.show_filter, "all")
    settle(tab, qtbot)
    row = shown_ids(tab).index("1003")
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    details = tab.details
    assert details.title.text() == "Order 1003"
    assert "Refund still open" in details.reasons.text()
    assert "已退款" in details.handling.text()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_translators(app, "zh_CN")
    try:
        details.reload()
        first = details.reasons.text().splitlines()[0]
        assert "：" in first and ": " not in first  # the colon Chinese writes
    finally:
        i18n.install_translators(app, "en")
        details.reload()
    assert details.items.rowCount() == 2
    assert details.marks.rowCount() == 1
    assert details.buyer["phone"].text() == "138****5678"
    assert details.buyer["name"].text() == "王**"
    details.reveal_button.click()
    assert details.buyer["phone"].text() == "13812345678"
    assert details.buyer["address"].text().endswith("100 号")
    tab.table.setCurrentIndex(tab.model.index(shown_ids(tab).index("1001"), 0))
    assert details.buyer["phone"].text() == "138****5678"  # masked again for the next order

    tab.table.setCurrentIndex(tab.model.index(shown_ids(tab).index("1003"), 0))
    details.unmark_button.click()
    qtbot.waitUntil(lambda: not details.unmark_button.isVisible(), timeout=WAIT_MS)
    settle(tab, qtbot)
    assert "1003" in shown_ids(tab)
    assert [m.kind.value for m in details.marks.records] == ["mark", "unmark"]


def test_orders_with_rows_to_review_are_one_choice_away(
    tab: OrdersTab, shop: Store, qtbot: QtBot
) -> None:
    """As after an import that could not read an item's price and a payment time."""
    with shop.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE order_items SET problems = ? WHERE order_id = '1005'",
            ('[["价格", "价格待定"]]',),
        )
        conn.exec_driver_sql(
            "UPDATE orders SET problems = ?, paid_at = NULL WHERE order_id = '1005'",
            ('[["订单付款时间", "2020-13-45 99:00:00"]]',),
        )
    tab.state.announce("orders")
    settle(tab, qtbot)
    assert tab.show_filter.itemText(tab.show_filter.findData("flagged")) == (
        "With rows to review (1)"
    )
    choose(tab.show_filter, "flagged")
    settle(tab, qtbot)
    assert shown_ids(tab) == ["1005"]
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    unread = tab.details.unread
    assert unread.isVisible()
    assert unread.text().splitlines()[1:] == [
        "• 订单付款时间: 2020-13-45 99:00:00",
        "• 价格: 价格待定",
    ]
    # All of it fits the pane at its least width: it does not scroll sideways.
    scroll = tab.details.findChild(QScrollArea)
    content = scroll.widget() if scroll is not None else None
    assert scroll is not None and content is not None
    least = tab.details.minimumWidth() - scroll.verticalScrollBar().sizeHint().width()
    wide = [
        (type(part).__name__, part.minimumSizeHint().width())
        for part in content.findChildren(QWidget)
        if part.parent() is content and part.isVisible() and part.minimumSizeHint().width() > least
    ]
    assert wide == [], tab.details.timeline["paid"].text()
    choose(tab.show_filter, "all")
    settle(tab, qtbot)
    tab.table.setCurrentIndex(tab.model.index(shown_ids(tab).index("1001"), 0))
    assert not unread.isVisible()


def test_unmark_from_the_details_pane(tab: OrdersTab, shop: Store, qtbot: QtBot) -> None:
    mark_orders(shop, ["1007"], "other", note="查过了", by="me")
    tab.state.announce("marks")
    settle(tab, qtbot)
    assert "1007" not in shown_ids(tab)
    choose(tab.show_filter, "handled")
    settle(tab, qtbot)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    assert tab.details.unmark_button.isVisible()
    tab.details.unmark_button.click()
    qtbot.waitUntil(lambda: shown_ids(tab) == [], timeout=WAIT_MS)
    settle(tab, qtbot)
    assert tab.readiness.progress.text() == "0 of 4 handled"


def test_the_mark_dialog_needs_a_note_for_other(qtbot: QtBot) -> None:
    from shopcloser.ui.dialogs.mark_dialog import MarkDialog
    from shopcloser.ui.tabs.order_texts import OrderTexts

    dialog = MarkDialog(3, OrderTexts())
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    dialog.action.setCurrentIndex(dialog.action.findData("other"))
    assert not ok.isEnabled()
    dialog.note.setPlainText("与买家协商取消")
    assert ok.isEnabled()
    assert "3" in dialog.findChildren(type(dialog.hint))[0].text()


def test_an_empty_store_invites_an_import(window: MainWindow, qtbot: QtBot) -> None:
    window.tabs.setCurrentWidget(window.orders)
    settle(window.orders, qtbot)
    assert window.orders.empty.isVisible()
    assert window.orders.import_button.isVisible()
    assert window.orders.readiness.verdict.text() == "Import your orders first"


def test_the_report_is_saved_where_the_merchant_chooses(
    tab: OrdersTab, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "对账报告.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    tab.save_report(True)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["Summary", "Orders", "Marks log"]
    listed = {row[0].value for row in workbook["Orders"].iter_rows(min_row=2)}
    assert listed == {"1001", "1002", "1003", "1007"}
    statuses = {row[1].value for row in workbook["Orders"].iter_rows(min_row=2)}
    assert "Paid, waiting for you to ship" in statuses


def test_leftover_stock_is_listed_and_decided(tab: OrdersTab, shop: Store, qtbot: QtBot) -> None:
    from shopcloser.domain.handling import Disposition
    from shopcloser.services.inventory import add_stock

    add_stock(shop, "SKU-1", title="围巾", quantity=5)
    tab.inner.setCurrentWidget(tab.stock)
    settle(tab, qtbot)
    assert tab.stock.model.rowCount() == 1
    assert "1 need a decision" in tab.stock.totals.text()
    tab.stock.table.selectRow(0)
    tab.stock.decide(Disposition.SOLD_OFF)
    qtbot.waitUntil(lambda: "0 need a decision" in tab.stock.totals.text(), timeout=WAIT_MS)
    settle(tab, qtbot)
    assert tab.stock.model.index(0, 4).data() == "Sold off"


def test_every_model_passes_the_model_tester(tab: OrdersTab, qtmodeltester: object) -> None:
    choose(tab.show_filter, "all")
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtmodeltester.check(tab.model)  # type: ignore[attr-defined]
    qtmodeltester.check(tab.details.items)  # type: ignore[attr-defined]
    qtmodeltester.check(tab.details.marks)  # type: ignore[attr-defined]
    qtmodeltester.check(tab.stock.model)  # type: ignore[attr-defined]


def test_the_orders_model_on_its_own(shop: Store, qtbot: QtBot, qtmodeltester: object) -> None:
    from shopcloser.services.orders import OrderFilter, OrderQuery
    from shopcloser.ui.tabs.background import Background
    from shopcloser.ui.tabs.order_texts import OrderTexts

    holder = QWidget()  # as in the tab: the model lives and dies with a widget
    qtbot.addWidget(holder)
    background = Background(holder)
    model = OrdersModel(shop, background, OrderTexts(holder), holder)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.set_query(OrderQuery(filter=OrderFilter.ALL))
    assert model.rowCount() == 7
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.refresh()
    assert model.rowCount() == 7


def test_rows_past_the_first_screenful_are_read_once_every_order_is_in(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    """Before: the first screenful (150 orders) was shown, and painted, before the rest
    arrived; the page it was read into kept only those 150, so rows 150 to 199 raised
    IndexError as they were painted (and the window crashed, scrolled there)."""
    from shopcloser.services.importing import import_files
    from shopcloser.services.orders import OrderFilter, OrderQuery
    from shopcloser.ui.tabs.background import Background
    from shopcloser.ui.tabs.orders_model import FIRST_ROWS, PAGE_ROWS
    from tests.samples import write_orders

    orders = tmp_path / "orders.csv"
    write_orders(orders, 2 * PAGE_ROWS, seed=5, layout="2017")
    import_files(store, [orders], helper=False)
    holder = QWidget()
    qtbot.addWidget(holder)
    model = OrdersModel(store, Background(holder), OrderTexts(holder), holder)
    first: list[int] = []

    def painted() -> None:  # as the view does: it paints the first screenful as it arrives
        first.append(model.rowCount())
        assert model.index(0, 0).data()

    model.modelReset.connect(painted)
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.set_query(OrderQuery(filter=OrderFilter.ALL))
    assert first == [FIRST_ROWS] and model.rowCount() > PAGE_ROWS
    ids = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert all(ids) and len(set(ids)) == len(ids)


@pytest.mark.parametrize("dark", [False, True])
def test_the_chart_reads_in_light_and_dark_palettes(tab: OrdersTab, dark: bool) -> None:
    chart = tab.readiness.chart
    palette = QPalette(chart.palette())
    if dark:
        palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#8ab4f8"))
    else:
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#202124"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#1a73e8"))
    chart.setPalette(palette)
    chart.resize(640, chart.sizeHint().height())
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    chart.render(image)
    window = palette.color(QPalette.ColorRole.Window)
    colours = {
        image.pixelColor(x, y).rgb() for x in range(image.width()) for y in range(image.height())
    }
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.WindowText):
        bar = chart.bar_colour(role)
        assert bar.rgb() in colours  # the bars were painted
        assert abs(bar.lightness() - window.lightness()) > 40  # and stand out


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_every_chart_label_is_painted_in_full_at_the_default_size(
    tab: OrdersTab, window: MainWindow, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every reason and every status the chart can show, in each language, in a window
    of the size it first opens at: no label is cut short."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_translators(app, language)
    try:
        texts = OrderTexts()  # the labels in ``language``
        readiness = tab.readiness
        readiness.texts = texts
        window.resize(1100, 720)  # the size it opens at the first time
        result = Readiness(
            orders=len(TradeStatus),
            blocking=len(Reason),
            by_reason=dict.fromkeys(Reason, 1),
            by_status={code.value: 1 for code in TradeStatus},
            verdict=Verdict.NOT_YET,
        )
        readiness._show(result)
        QApplication.processEvents()
        chart = readiness.chart
        assert chart.isVisible() and chart.width() > 1000
        painted: list[tuple[str, str]] = []
        elide = QFontMetrics.elidedText

        def spy(metrics: QFontMetrics, text: str, *args: object) -> str:
            shown = elide(metrics, text, *args)  # type: ignore[arg-type]
            painted.append((text, shown))
            return shown

        monkeypatch.setattr(QFontMetrics, "elidedText", spy)
        image = QImage(chart.size(), QImage.Format.Format_ARGB32)
        chart.render(image)
        labels = {texts.reason(r.value) for r in Reason} | {texts.status(c) for c in TradeStatus}
        assert {text for text, _shown in painted} == labels
        assert [text for text, shown in painted if shown != text] == []
    finally:
        i18n.install_translators(app, "en")


def test_what_is_left_to_do_counts_one_in_the_singular(tab: OrdersTab) -> None:
    """The line under the counts: "1 finished order", not "1 finished orders"; and no
    space after Chinese's full-width colon."""
    from shopcloser.services.inventory import StockSummary

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    one = Readiness(orders=3, watch=1, stock=StockSummary(skus=1, undecided=1))
    one.verdict = Verdict.ALMOST
    tab.readiness._show(one)
    assert tab.readiness.remaining.text() == (
        "Before you close, see to: 1 finished order still inside after-sales · "
        "1 stock item without a decision"
    )
    i18n.install_translators(app, "zh_CN")
    try:
        tab.readiness._show(one)
        assert tab.readiness.remaining.text().startswith(
            tab.readiness.tr("Before you close, see to:") + "1 笔"
        )
    finally:
        i18n.install_translators(app, "en")


def test_rows_are_read_off_the_windows_thread(
    shop: Store, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first page of a new filter and the pages on screen after a change are read in
    the job that finds the keys: reading them as the table painted froze the window for
    10-25 ms each time (200,000 orders)."""
    import threading

    from shopcloser.ui import state as changes
    from shopcloser.ui.tabs import orders_model

    real_fetch = orders_model.fetch_rows  # type: ignore[attr-defined]
    on_gui_thread: list[int] = []

    def fetch(*args: object, **kwargs: object) -> object:
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append(1)
        return real_fetch(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(orders_model, "fetch_rows", fetch)
    tab = window.orders
    window.tabs.setCurrentWidget(tab)
    settle(tab, qtbot)
    tab.table.grab()  # painted
    assert tab.model.rowCount() > 0
    choose(tab.show_filter, "all")
    settle(tab, qtbot)
    tab.table.grab()
    window.state.announce(changes.ORDERS)
    settle(tab, qtbot)
    tab.table.grab()
    assert shown_ids(tab) and not on_gui_thread
