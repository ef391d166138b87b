"""The reconciliation tab as a merchant sees it at the window's usual and least sizes, in
every language: short columns show their text in full and the free text takes what is
left; the chart shows every row whole (or, for more rows than fit, scrolls to them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from shopcloser import i18n
from shopcloser.domain.closure import Reason
from shopcloser.domain.handling import Verdict
from shopcloser.domain.statuses import TradeStatus
from shopcloser.services.importing import import_files
from shopcloser.services.inventory import StockSummary
from shopcloser.services.orders import SortColumn
from shopcloser.services.readiness import Readiness
from shopcloser.store.database import Store
from shopcloser.ui.main_window import MainWindow
from shopcloser.ui.tabs.orders_model import COLUMNS
from shopcloser.ui.tabs.readiness import ReadinessChart
from tests.screen import skip_unless_desktop_screen

DATA = Path(__file__).resolve().parent.parent / "data"
EXPORTS = ("orders-2017.csv", "orders-2020.xlsx", "orders-newest.csv", "items-2020.csv")
WAIT_MS = 10_000
ITEMS = COLUMNS.index(SortColumn.ITEMS)  # the orders' free text: their items' titles
TITLE = 1  # the stock's free text: the item's title


@pytest.fixture(params=["en", "zh_CN", "zh_TW"])
def shown(request: pytest.FixtureRequest, qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    """The window in one language, at the size it first opens at, on the reconciliation
    tab listing every order of real exports."""
    from shopcloser.ui.application import create_application

    import_files(store, [DATA / name for name in EXPORTS], helper=False)
    app = create_application(request.param)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        skip_unless_desktop_screen(window)
        assert window.size().toTuple() == (1100, 720)
        window.tabs.setCurrentWidget(window.orders)
        tab = window.orders
        qtbot.waitUntil(lambda: not tab.is_busy(), timeout=WAIT_MS)
        tab.show_filter.setCurrentIndex(tab.show_filter.findData("all"))
        qtbot.waitUntil(lambda: not tab.is_busy() and tab.model.rowCount() > 10, timeout=WAIT_MS)
        yield window
        window.close()
    finally:
        i18n.install_translators(app, "en")


def visible_rows(view: QTableView) -> range:
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    return range(first, (last if last >= 0 else view.model().rowCount() - 1) + 1)


def needed(view: QTableView, text: str) -> int:
    """Text width plus the item's margins (QCommonStyle: focus frame margin + 1 a side)."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return QFontMetrics(view.font()).horizontalAdvance(text) + 2 * margin


def cut_cells(view: QTableView, free_text: int) -> list[str]:
    """Every cell on screen (outside the free-text column) and header too narrow for its text."""
    model, header = view.model(), view.horizontalHeader()
    cut = []
    for column in range(model.columnCount()):
        width = header.sectionSize(column)
        title = model.headerData(column, Qt.Orientation.Horizontal)
        if header.sectionSizeHint(column) > width:
            cut.append(f"header {title!r}: {width} < {header.sectionSizeHint(column)}")
        if column == free_text:
            continue
        for row in visible_rows(view):
            text = model.index(row, column).data()
            if text and needed(view, text) > width:
                cut.append(f"{title!r} row {row} {text!r}: {width} < {needed(view, text)}")
    return cut


def test_order_columns_show_their_text_in_full_at_the_usual_size(shown: MainWindow) -> None:
    """Scrolled through from top to bottom, as a merchant reads the list."""
    table, model = shown.orders.table, shown.orders.model
    statuses, cut, row = set(), [], 0
    while row < model.rowCount():
        table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        shown_rows = visible_rows(table)
        statuses |= {model.index(r, COLUMNS.index(SortColumn.STATUS)).data() for r in shown_rows}
        cut += cut_cells(table, ITEMS)
        row = shown_rows.stop
    assert len(statuses) > 3  # finished, closed, shipped… as in a real shop
    assert cut == []


def test_stock_columns_show_their_text_in_full_at_the_usual_size(
    shown: MainWindow, qtbot: QtBot
) -> None:
    stock = shown.orders.stock
    shown.orders.inner.setCurrentWidget(stock)
    qtbot.waitUntil(lambda: not shown.orders.is_busy(), timeout=WAIT_MS)
    stock.collect()  # the SKUs of the item report
    qtbot.waitUntil(
        lambda: not shown.orders.is_busy() and stock.model.rowCount() > 0, timeout=WAIT_MS
    )
    table = stock.table
    assert cut_cells(table, TITLE) == []
    header = table.horizontalHeader()
    # Every column in sight: the last one is not pushed off to the right.
    assert (
        header.sectionViewportPosition(header.count() - 1) + header.sectionSize(header.count() - 1)
        <= table.viewport().width()
    )


def test_the_free_text_column_takes_the_spare_width_until_the_merchant_sizes_it(
    shown: MainWindow, qtbot: QtBot
) -> None:
    tab = shown.orders
    table, header, items = tab.table, tab.table.horizontalHeader(), ITEMS
    shown.resize(2600, 900)  # wider than every column needs
    qtbot.waitUntil(lambda: header.length() == table.viewport().width())
    wide, room = header.sectionSize(items), table.viewport().width()
    shown.resize(1100, 720)
    qtbot.waitUntil(lambda: header.sectionSize(items) < wide)
    header.resizeSection(items, 500)  # as a drag of the column's edge does
    shown.resize(2600, 900)
    qtbot.waitUntil(lambda: table.viewport().width() == room)
    assert header.sectionSize(items) == 500


class _Huge(QAbstractTableModel):
    """A million rows that count how often they are read."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1_000_000

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        self.reads += 1
        return f"row {index.row()} column {index.column()}"


def test_fitting_reads_only_the_rows_on_screen_of_a_million(qtbot: QtBot) -> None:
    """Each cell measured costs the window's thread: a hundred rows of ten columns froze
    it for 45 ms after every import and filter change. The rows on screen are read."""
    from shopcloser.ui.tabs import columns

    view = QTableView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    model = _Huge()
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    on_screen = view.rowAt(view.viewport().height() - 1) + 1
    assert 0 < on_screen < columns.SAMPLE_ROWS
    fitter = columns.ColumnFitter(view, 2)
    model.reads = 0
    fitter.fit()
    assert 0 < model.reads <= (on_screen + 1) * model.columnCount()
    assert view.horizontalHeader().sectionSize(0) >= needed(view, "row 9 column 0")
    view.scrollTo(model.index(500_000, 0), QTableView.ScrollHint.PositionAtTop)
    model.reads = 0
    fitter.fit()  # where the merchant looks: from the first row on screen
    assert 0 < model.reads <= (on_screen + 1) * model.columnCount()
    assert view.horizontalHeader().sectionSize(0) >= needed(view, "row 500000 column 0")


class _WiderBelow(QAbstractTableModel):
    """Forty rows whose first column is short in the first two and long below them."""

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 40

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return "short" if index.row() < 2 else f"a longer text in row {index.row()}"
        return "free text"


def test_rows_that_come_into_sight_when_the_table_is_laid_out_are_fitted_too(
    qtbot: QtBot,
) -> None:
    """Rows arriving before the window is shown are measured in a table not yet laid out,
    with room for a row or two: the rest, in sight once it is, fit as well."""
    from shopcloser.ui.tabs import columns

    window = QWidget()
    qtbot.addWidget(window)
    view = QTableView(window)
    QVBoxLayout(window).addWidget(view)
    view.setModel(_WiderBelow())
    fitter = columns.ColumnFitter(view, 1)
    fitter.fit()  # as a model reset before the window is shown does
    width = view.horizontalHeader().sectionSize(0)
    assert width < needed(view, "a longer text in row 2")  # measured only the short rows
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    assert view.rowAt(view.viewport().height() - 1) > 5  # laid out: many rows in sight
    qtbot.waitUntil(
        lambda: view.horizontalHeader().sectionSize(0) >= needed(view, "a longer text in row 9")
    )


def rows_cut(chart: ReadinessChart) -> list[str]:
    """The chart's rows not wholly in sight (cut by the window or by the scroll)."""
    seen = chart.visibleRegion().boundingRect()
    return [
        f"{label!r}: {rect.top()}-{rect.bottom()} outside {seen.top()}-{seen.bottom() + 1}"
        for label, rect in chart.label_rects()
        if rect.top() < seen.top() or rect.bottom() > seen.bottom() + 1
    ]


def at_least_size(window: MainWindow, qtbot: QtBot) -> None:
    least = window.minimumSize()
    window.resize(least)
    qtbot.waitUntil(lambda: window.size() == least)
    QApplication.processEvents()


def test_every_chart_row_shows_at_the_least_size(shown: MainWindow, qtbot: QtBot) -> None:
    chart = shown.orders.readiness.chart
    at_least_size(shown, qtbot)
    assert len(chart.label_rects()) >= 10  # four reasons and the shop's statuses
    assert rows_cut(chart) == []


def pretend(shown: MainWindow, statuses: int, *, everything: bool) -> None:
    """The chart and remarks of a shop with orders in ``statuses`` statuses; with
    ``everything``, every reason to block and stock undecided too: the most the header
    above the table can say."""
    codes = list(TradeStatus)[:statuses]
    reasons = dict.fromkeys(Reason, 0) | {Reason.OPEN_ORDER: 8}
    shown.orders.readiness._show(
        Readiness(
            orders=100,
            blocking=8,
            watch=3 if everything else 0,
            by_reason=dict.fromkeys(Reason, 2) if everything else reasons,
            by_status={code.value: 100 // statuses for code in codes},
            stock=StockSummary(skus=5, undecided=5 if everything else 0),
            verdict=Verdict.NOT_YET,
        )
    )


def test_a_shop_with_more_statuses_still_sees_every_row_at_the_least_size(
    shown: MainWindow, qtbot: QtBot
) -> None:
    readiness = shown.orders.readiness
    at_least_size(shown, qtbot)
    pretend(shown, 7, everything=False)
    qtbot.waitUntil(lambda: len(readiness.chart.label_rects()) == 11)
    qtbot.wait(50)  # the layout settles
    assert rows_cut(readiness.chart) == []
    assert not readiness.chart_area.verticalScrollBar().isVisible()
    assert shown.orders.table.viewport().height() > 2 * shown.orders.table.rowHeight(0)


def test_more_rows_than_fit_scroll_into_sight_never_cut_unseen(
    shown: MainWindow, qtbot: QtBot
) -> None:
    readiness = shown.orders.readiness
    area, chart = readiness.chart_area, readiness.chart
    at_least_size(shown, qtbot)
    pretend(shown, len(TradeStatus), everything=True)
    qtbot.waitUntil(lambda: len(chart.label_rects()) == len(Reason) + len(TradeStatus))
    qtbot.wait(50)
    # The area itself is whole: what shows of the chart is all its scroll shows.
    assert chart.visibleRegion().boundingRect().height() == area.viewport().height()
    bar = area.verticalScrollBar()
    assert rows_cut(chart) and bar.isVisible()  # more than fit: a scroll bar says so
    bar.setValue(bar.maximum())
    _label, last = chart.label_rects()[-1]

    def last_in_sight() -> bool:
        seen = chart.visibleRegion().boundingRect()
        return seen.top() <= last.top() and last.bottom() <= seen.bottom() + 1

    qtbot.waitUntil(last_in_sight)
