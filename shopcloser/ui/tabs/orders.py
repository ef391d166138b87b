"""Order reconciliation: every order that still blocks closure, and handling it down to zero.

Readiness on top (counts, progress, verdict, chart); below, the orders table with its
filters and search, the details of the selected order, and the leftover stock. Every
query that may take long on a large store runs off the GUI thread (see
:mod:`shopcloser.ui.tabs.background`); the table holds only keys (see
:mod:`shopcloser.ui.tabs.orders_model`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QItemSelectionRange,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopcloser.messages import UserError
from shopcloser.services.marks import (
    MarkResult,
    UnmarkResult,
    mark_orders,
    undo_mark,
    unmark_orders,
)
from shopcloser.services.order_counts import FilterCounts, filter_counts
from shopcloser.services.orders import (
    Key,
    OrderFilter,
    OrderQuery,
    SortColumn,
    order_ids_for_keys,
)
from shopcloser.ui import state as changes
from shopcloser.ui.dialogs.error_dialog import show_bug
from shopcloser.ui.dialogs.settings_dialog import user_name
from shopcloser.ui.errors import show_user_error
from shopcloser.ui.state import AppState
from shopcloser.ui.tabs import orders_report
from shopcloser.ui.tabs.background import Background
from shopcloser.ui.tabs.columns import ColumnFitter
from shopcloser.ui.tabs.inventory import StockView
from shopcloser.ui.tabs.order_details import OrderDetailsPane
from shopcloser.ui.tabs.order_filters import FilterBar
from shopcloser.ui.tabs.order_texts import OrderTexts
from shopcloser.ui.tabs.orders_model import COLUMNS, ORDER_ID_ROLE, OrdersModel
from shopcloser.ui.tabs.readiness import ReadinessPanel

SELECT_AMONG = 50  # rows searched for the order to select after "show in the list"


def _ranges(selection: QItemSelection) -> list[QItemSelectionRange]:
    return [selection.at(i) for i in range(selection.count())]


class OrdersTab(QWidget):
    import_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        store = state.store
        self.texts = OrderTexts(self)
        self.background = Background(self)
        self.background.crashed = self._crashed
        self.counts: FilterCounts | None = None
        self.last_mark: MarkResult | None = None
        self._stale = True  # load when first shown, and after changes made while hidden
        self._to_select = ""  # the order to select once the list has loaded (or "")
        self._detailed_key: Key | None = None  # the list's key of the order in the pane

        self.readiness = ReadinessPanel(store, self.background, self.texts, self)
        self.readiness.refreshed.connect(self._readiness_shown)
        self.readiness.report_requested.connect(self.save_report)
        self.readiness.marks_log_requested.connect(self.save_marks_log)
        self.empty = QLabel(
            self.tr("No orders yet. Import the order report you exported from the seller centre."),
            self,
        )
        self.empty.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import orders…"), self)
        self.import_button.clicked.connect(self.import_requested)

        self.model = OrdersModel(store, self.background, self.texts, self)
        self.model.loaded.connect(self._loaded)
        self.model.loading_changed.connect(self._loading_changed)
        self.details = OrderDetailsPane(store, self.texts, self)
        self.details.mark_requested.connect(self._mark_shown_order)
        self.details.unmark_requested.connect(self._unmark_shown_order)
        self.stock = StockView(store, self.background, self.texts, self)
        self.stock.changed.connect(lambda: self.state.announce(changes.STOCK))

        self.inner = QTabWidget(self)
        self.inner.addTab(self._orders_page(), self.tr("Orders"))
        self.inner.addTab(self.stock, self.tr("Leftover stock"))
        self.inner.currentChanged.connect(self._inner_changed)

        header = QHBoxLayout()
        header.addWidget(self.empty, 1)
        header.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.readiness)
        layout.addLayout(header)
        layout.addWidget(self.inner, 1)
        state.changed.connect(self._on_changed)

    # -- building -------------------------------------------------------------------------

    def _orders_page(self) -> QWidget:
        page = QWidget(self)
        self.filters = FilterBar(self.texts, page)
        self.filters.changed.connect(self.apply_filters)
        # Shortcuts for tests, the bench and the main window.
        self.show_filter = self.filters.show_filter
        self.status_filter = self.filters.status_filter
        self.refund_filter = self.filters.refund_filter
        self.search = self.filters.search

        self.table = QTableView(page)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab reaches the buttons below it
        self.table.setAccessibleName(self.tr("Orders"))
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        columns = self.table.horizontalHeader()
        # The header would ask the table's selection model, on every paint, whether each
        # column is wholly selected: a walk through every selected row (10,000 selected
        # rows: a third of a second). Its own, always empty, selection model answers at once.
        self._header_selection = QItemSelectionModel(self.model, self)
        columns.setSelectionModel(self._header_selection)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.columns = ColumnFitter(
            self.table, COLUMNS.index(SortColumn.ITEMS), self.model.column_words()
        )
        self.model.modelReset.connect(self.columns.fit)
        columns.setSortIndicator(COLUMNS.index(self.model.query.sort), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.columns.fit()  # the headers, until the first rows arrive
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # New rows clear the selection without selectionChanged: "1 selected" stayed, with
        # Mark handled… enabled for nothing.
        self.model.modelReset.connect(self._selection_changed)
        self.placeholder = QLabel(page)
        self.placeholder.setWordWrap(True)
        self.placeholder.hide()

        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 380])

        self.mark_button = QPushButton(self.tr("Mark handled…"), page)
        self.mark_button.clicked.connect(self.mark_selected)
        self.unmark_button = QPushButton(self.tr("Undo their marks"), page)
        self.unmark_button.setToolTip(self.tr("The selected orders block again if still open"))
        self.unmark_button.clicked.connect(self.unmark_selected)
        self.undo_button = QPushButton(self.tr("Undo last marking"), page)
        self.undo_button.clicked.connect(self.undo_last_mark)
        self.undo_button.setEnabled(False)
        self.selection_label = QLabel(page)
        self.message = QLabel(page)
        self.message.setWordWrap(True)
        self.loading = QLabel(self.tr("Loading…"), page)
        self.loading.hide()
        mark_action = QAction(self.tr("Mark handled…"), self)
        mark_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_M))
        mark_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        mark_action.triggered.connect(self.mark_selected)
        self.addAction(mark_action)

        actions = QHBoxLayout()
        for widget in (self.mark_button, self.unmark_button, self.undo_button):
            actions.addWidget(widget)
        actions.addWidget(self.selection_label)
        actions.addWidget(self.message, 1)
        actions.addWidget(self.loading)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.placeholder)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        self._selection_changed()
        return page

    # -- public surface -------------------------------------------------------------------

    def show_order_in_list(self, order_id: str) -> None:
        """Every filter let go and the order's number searched for: the list shows it,
        selected, and the pane its details."""
        self.inner.setCurrentIndex(0)
        self._to_select = order_id  # selected, with its details shown, once it is listed
        self.filters.show_only(order_id)

    def focus_search(self) -> None:
        self.inner.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def query(self) -> OrderQuery:
        filters = self.filters
        return replace(
            self.model.query,
            filter=filters.choice(),
            status=filters.status(),
            refund=filters.refund(),
            search=filters.search_text(),
        )

    def apply_filters(self) -> None:
        self.filters.timer.stop()
        query = self.query()
        if query != self.model.query or not self.model.is_loading():
            self.message.clear()
            self.model.set_query(query)

    def is_busy(self) -> bool:
        """Whether any query of this tab is still running (for tests and the bench)."""
        return self.background.busy()

    # -- refreshing -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Read everything again: the first time, and after an import or a setting."""
        self.readiness.refresh()
        self.apply_filters()
        if self.inner.currentWidget() is self.stock:
            self.stock.refresh()

    def _on_changed(self, what: frozenset[str]) -> None:
        relevant = {changes.ORDERS, changes.BATCHES, changes.MARKS, changes.SETTINGS, changes.STOCK}
        if not what & relevant:
            return
        if not self.isVisible():
            self._stale = True
            return
        self.readiness.refresh()
        if what & {changes.ORDERS, changes.BATCHES, changes.MARKS, changes.SETTINGS}:
            self.model.refresh()
            self.details.reload()
        if what & {changes.ORDERS, changes.BATCHES, changes.STOCK}:
            self.stock.refresh()

    def _inner_changed(self, index: int) -> None:
        if self.inner.widget(index) is self.stock:
            self.stock.refresh()

    def _loading_changed(self, loading: bool) -> None:
        self.loading.setVisible(loading)

    def _loaded(self) -> None:
        self._show_placeholder()
        self._select_shown_order()
        self._keep_details_of_listed_order()
        store, query = self.state.store, self.model.query
        self.background.run(
            "counts",
            lambda _p, cancel: filter_counts(store, query, cancel=cancel),
            self._counted,
        )

    def _counted(self, counts: Any) -> None:
        assert isinstance(counts, FilterCounts)
        self.counts = counts
        self.filters.set_counts(counts)

    def _readiness_shown(self) -> None:
        result = self.readiness.readiness
        empty = result is None or result.orders == 0
        self.empty.setVisible(empty)
        self.import_button.setVisible(empty)
        self._show_placeholder()

    def _show_placeholder(self) -> None:
        result = self.readiness.readiness
        if self.model.rowCount() or self.model.is_loading() or result is None or not result.orders:
            self.placeholder.hide()
            return
        if self.query().filter is OrderFilter.BLOCKING and not self.query().search:
            self.placeholder.setText(self.tr("No order blocks closing the shop."))
        else:
            self.placeholder.setText(self.tr("No order matches. Try another filter or search."))
        self.placeholder.show()

    # -- selection and details --------------------------------------------------------------

    def _select_shown_order(self) -> None:
        """Select the order ``show_order_in_list`` asked for, once its search has loaded
        (rows of an earlier query may arrive first)."""
        order_id = self._to_select
        if not order_id or self.model.query.search != order_id:
            return
        self._to_select = ""
        # A number can be part of longer ones: the first page holds the exact one if any.
        row = self._row_of(order_id)
        if row is not None:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.selectRow(row)
            self.table.scrollTo(index)

    def _keep_details_of_listed_order(self) -> None:
        """After the list changed (a filter, a search, an import, an undo) and lost its
        selection: the details pane keeps its order while the list still holds it, and
        empties once it does not (it went on showing an order the filter had left out)."""
        key = self._detailed_key
        if key is None or self.table.currentIndex().isValid() or self.model.holds(key):
            return
        self._detailed_key = None
        self.details.show_order(None)

    def _row_of(self, order_id: str) -> int | None:
        for row in range(min(self.model.rowCount(), SELECT_AMONG)):
            if self.model.data(self.model.index(row, 0), ORDER_ID_ROLE) == order_id:
                return row
        return None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return  # the list reloaded: see _keep_details_of_listed_order
        keys = self.model.keys_of_rows([current.row()])
        self._detailed_key = keys[0] if keys else None
        self.details.show_order(self.model.data(current, ORDER_ID_ROLE))

    def selected_rows(self) -> list[int]:
        rows: list[int] = []
        for selected in _ranges(self.table.selectionModel().selection()):
            rows.extend(range(selected.top(), selected.bottom() + 1))
        return sorted(set(rows))

    def selected_keys(self) -> list[Key]:
        return self.model.keys_of_rows(self.selected_rows())

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        count = len(self.selected_rows())
        self.selection_label.setText(
            self.tr("{n} selected").format(n=self.locale().toString(count)) if count else ""
        )
        busy = self.background.busy("mark")
        self.mark_button.setEnabled(bool(count) and not busy)
        self.unmark_button.setEnabled(bool(count) and not busy)

    # -- marking --------------------------------------------------------------------------

    def mark_selected(self) -> None:
        keys = self.selected_keys()
        if keys:
            self._mark(len(keys), keys=keys)

    def _mark_shown_order(self) -> None:
        if self.details.details is not None:
            self._mark(1, order_ids=[self.details.details.order_id])

    def _mark(self, count: int, *, keys: Sequence[Key] = (), order_ids: Sequence[str] = ()) -> None:
        from shopcloser.ui.dialogs.mark_dialog import MarkDialog

        dialog = MarkDialog(count, self.texts, self)
        if not dialog.exec():
            return
        self.mark_with(
            dialog.chosen_action().value,
            note=dialog.note_text(),
            by=dialog.who(),
            keys=keys,
            order_ids=order_ids,
        )

    def mark_with(
        self,
        action: str,
        *,
        note: str = "",
        by: str = "",
        keys: Sequence[Key] = (),
        order_ids: Sequence[str] = (),
    ) -> None:
        """Mark orders (by table keys or ids) in the background, then refresh everything."""
        store, wanted = self.state.store, list(keys)
        ids = list(order_ids)

        def job(_progress: Any, _cancel: Any) -> MarkResult:
            chosen = ids or order_ids_for_keys(store, wanted)
            return mark_orders(store, chosen, action, note=note, by=by)

        self._run_mark(job, self._marked)

    def _run_mark(self, job: Any, done: Any) -> None:
        self.background.run("mark", job, done, refused=self._refused)
        self._selection_changed()

    def _marked(self, result: Any) -> None:
        assert isinstance(result, MarkResult)
        self.last_mark = result
        self.undo_button.setEnabled(True)
        self.message.setText(
            self.tr("Marked %Ln order(s) handled ({action}).", "", len(result.order_ids)).format(
                action=self.texts.action(result.action.value),
            )
        )
        self._selection_changed()
        self.state.announce(changes.MARKS)

    def undo_last_mark(self) -> None:
        if self.last_mark is None:
            return
        store, result, by = self.state.store, self.last_mark, user_name()
        self.last_mark = None
        self.undo_button.setEnabled(False)
        self._run_mark(lambda _p, _c: undo_mark(store, result, by=by), self._undone)

    def _undone(self, _result: Any) -> None:
        self.message.setText(self.tr("The last marking was undone."))
        self._selection_changed()
        self.state.announce(changes.MARKS)

    def unmark_selected(self) -> None:
        keys = self.selected_keys()
        if keys:
            store, by = self.state.store, user_name()
            self._run_mark(
                lambda _p, _c: unmark_orders(store, order_ids_for_keys(store, keys), by=by),
                self._unmarked,
            )

    def _unmark_shown_order(self) -> None:
        if self.details.details is not None:
            store, by, order_id = self.state.store, user_name(), self.details.details.order_id
            self._run_mark(lambda _p, _c: unmark_orders(store, [order_id], by=by), self._unmarked)

    def _unmarked(self, result: Any) -> None:
        assert isinstance(result, UnmarkResult)
        text = self.tr("Undid the marks of %Ln order(s).", "", len(result.unmarked))
        if result.not_marked:
            text += " " + self.tr("%Ln were not marked handled.", "", len(result.not_marked))
        self.message.setText(text)
        self._selection_changed()
        self.state.announce(changes.MARKS)

    def _crashed(self, details: str) -> None:
        show_bug(self, details)

    def _refused(self, error: UserError) -> None:
        self._selection_changed()
        show_user_error(self, error)

    # -- reports --------------------------------------------------------------------------

    def save_report(self, only_blocking: bool) -> None:
        orders_report.save_report(self, only_blocking)

    def save_marks_log(self) -> None:
        orders_report.save_marks_log(self)
