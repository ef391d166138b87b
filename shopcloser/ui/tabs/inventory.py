"""Leftover stock: the SKUs still held, how many, and what happens to each."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopcloser.domain.handling import Disposition
from shopcloser.messages import UserError
from shopcloser.services import inventory
from shopcloser.services.inventory import StockItem, StockSummary
from shopcloser.store.database import Store
from shopcloser.ui.dialogs.settings_dialog import user_name
from shopcloser.ui.errors import show_user_error
from shopcloser.ui.tabs.background import Background
from shopcloser.ui.tabs.columns import ColumnFitter
from shopcloser.ui.tabs.order_texts import OrderTexts
from shopcloser.ui.tabs.record_model import Column, RecordModel

TITLE_COLUMN = 1


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


class AddStockDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a stock item"))
        self.sku = QLineEdit(self)
        self.sku.setPlaceholderText(self.tr("商家编码, e.g. SKU-1001"))
        self.title = QLineEdit(self)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(0, 10_000_000)
        form = QFormLayout()
        form.addRow(self.tr("SKU"), self.sku)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Units you still hold"), self.quantity)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class StockView(QWidget):
    changed = Signal()

    def __init__(
        self, store: Store, background: Background, texts: OrderTexts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.background = background
        self.texts = texts
        self.summary: StockSummary | None = None
        intro = QLabel(
            self.tr(
                "Before you close, decide what happens to the stock you still hold: sell it "
                "off, return it to the supplier, write it off, or keep it. ShopCloser lists the "
                "SKUs (商家编码) from your item reports; enter how many units you still hold."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.totals = QLabel(self)
        self.model = RecordModel[StockItem](
            [
                Column(self.tr("SKU"), lambda s: s.sku),
                Column(self.tr("Title"), lambda s: s.title or "", tooltip=lambda s: s.title),
                Column(
                    self.tr("Units held"),
                    lambda s: self.tr("not counted") if s.quantity is None else str(s.quantity),
                    True,
                ),
                Column(self.tr("Units sold"), lambda s: str(s.sold), True),
                Column(self.tr("Decision"), lambda s: texts.dispositions[s.disposition.value]),
                Column(self.tr("Note"), lambda s: s.note or "", tooltip=lambda s: s.note),
                Column(self.tr("By"), lambda s: s.updated_by or ""),
                Column(self.tr("Updated"), lambda s: _when(s.updated_at)),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab reaches the buttons
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes the spare width; the other columns fit their words and rows.
        self.columns = ColumnFitter(
            self.table,
            TITLE_COLUMN,
            {2: [self.tr("not counted")], 4: list(texts.dispositions.values())},
        )
        self.model.modelReset.connect(self.columns.fit)
        self.columns.fit()
        self.table.doubleClicked.connect(lambda _index: self.set_quantity())

        self.collect_button = QPushButton(self.tr("Add SKUs from my orders"), self)
        self.collect_button.clicked.connect(self.collect)
        add = QPushButton(self.tr("Add…"), self)
        add.clicked.connect(self.add)
        load = QPushButton(self.tr("Import a list…"), self)
        load.clicked.connect(self.import_list)
        quantity = QPushButton(self.tr("Units held…"), self)
        quantity.clicked.connect(self.set_quantity)
        none_left = QPushButton(self.tr("None left"), self)
        none_left.setToolTip(self.tr("You hold none of the selected SKUs any more"))
        none_left.clicked.connect(lambda: self.set_quantity(0))
        self.decide_button = QToolButton(self)
        self.decide_button.setText(self.tr("Decide"))
        self.decide_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.decide_button)
        for disposition in Disposition:
            menu.addAction(texts.dispositions[disposition.value], partial(self.decide, disposition))
        self.decide_button.setMenu(menu)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self.remove)

        buttons = QHBoxLayout()
        left: tuple[QWidget, ...] = (self.collect_button, add, load)
        right: tuple[QWidget, ...] = (quantity, none_left, self.decide_button, remove)
        for widget in left:
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in right:
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.totals)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.store
        self.background.run(
            "stock",
            lambda _p, _c: (inventory.list_stock(store), inventory.stock_summary(store)),
            self._show,
        )

    def _show(self, result: Any) -> None:
        items, summary = result
        self.summary = summary
        self.model.set_records(items)
        locale = self.locale()
        self.totals.setText(
            self.tr("{skus} SKUs · {undecided} need a decision · {units} units still held").format(
                skus=locale.toString(summary.skus),
                undecided=locale.toString(summary.undecided),
                units=locale.toString(summary.units_held),
            )
        )

    def selected_skus(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [item.sku for row in rows if (item := self.model.record(row)) is not None]

    # -- changing -------------------------------------------------------------------------

    def _change(self, job: Any) -> None:
        self.background.run(
            "stock-change", lambda _p, _c: job(), self._changed, refused=self._refused
        )

    def _changed(self, _result: Any) -> None:
        self.refresh()
        self.changed.emit()

    def _refused(self, error: UserError) -> None:
        show_user_error(self, error)

    def collect(self) -> None:
        store, by = self.store, user_name()
        self._change(lambda: inventory.collect_from_orders(store, by=by))

    def add(self) -> None:
        dialog = AddStockDialog(self)
        if not dialog.exec():
            return
        store, by = self.store, user_name()
        sku, title, quantity = dialog.sku.text(), dialog.title.text(), dialog.quantity.value()
        self._change(lambda: inventory.add_stock(store, sku, title=title, quantity=quantity, by=by))

    def import_list(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a stock list"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if name:
            store, by = self.store, user_name()
            self._change(lambda: inventory.import_stock_file(store, Path(name), by=by))

    def set_quantity(self, value: int | None = None) -> None:
        skus = self.selected_skus()
        if not skus:
            return
        if value is None:
            first = self.model.record(self.table.currentIndex().row())
            value, ok = QInputDialog.getInt(
                self,
                self.tr("Units held"),
                self.tr("How many units of %Ln SKU(s) do you still hold?", "", len(skus)),
                (first.quantity or 0) if first else 0,
                0,
                10_000_000,
            )
            if not ok:
                return
        store, by, quantity = self.store, user_name(), value
        self._change(lambda: inventory.set_quantity(store, skus, quantity, by=by))

    def decide(self, disposition: Disposition) -> None:
        skus = self.selected_skus()
        if skus:
            store, by = self.store, user_name()
            self._change(lambda: inventory.decide(store, skus, disposition, by=by))

    def remove(self) -> None:
        skus = self.selected_skus()
        if skus:
            store = self.store
            self._change(lambda: inventory.remove_stock(store, skus))
