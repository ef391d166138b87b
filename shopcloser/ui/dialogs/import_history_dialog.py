"""File → Import history: every import so far, and undoing the newest one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopcloser import i18n
from shopcloser.services.batches import BatchInfo, UndoResult, list_batches, undo_batch
from shopcloser.ui import state as changes
from shopcloser.ui.dialogs.error_dialog import show_bug
from shopcloser.ui.errors import show_user_error
from shopcloser.ui.sizes import fitted_on_screen
from shopcloser.ui.state import AppState
from shopcloser.ui.worker import Operation

_FILES = 2
_REMOVED = 4  # the column of the orders an import removed
_ITEMS = 5
UNDONE = 6


class ImportHistoryDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.operation: Operation | None = None
        self.batches: list[BatchInfo] = []
        self._undoing: BatchInfo | None = None
        self.setWindowTitle(self.tr("Import history"))
        intro = QLabel(
            self.tr(
                "Every import you have made, newest first. Undoing the newest import puts "
                "your orders back exactly as they were before it; your handled-marks stay."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                # Named as everywhere else an import is named (the command line's
                # "batches", the undo messages): "Import 3".
                self.tr("Import"),
                self.tr("When"),
                self.tr("Files"),
                self.tr("Orders added / updated"),
                self.tr("Orders removed"),
                # An item report alone adds items, not orders: "0 / 0" orders said nothing.
                self.tr("Items added / updated"),
                self.tr("Undone"),
            ]
        )
        removed_header = self.table.horizontalHeaderItem(_REMOVED)
        assert removed_header is not None
        removed_header.setToolTip(
            self.tr(
                "Orders known only from an item report, removed because a newer item report "
                "lists all their items under other orders."
            )
        )
        self.table.horizontalHeader().setSectionResizeMode(_FILES, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab reaches the Undo button
        # An import of a year's exports is a row taller than the table: scrolled a row at
        # a time, its last files could not be brought into sight.
        self.table.setVerticalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        self.undo_button = QPushButton(self.tr("&Undo the newest import…"), self)
        self.undo_button.clicked.connect(self.undo_newest)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        self.done_label = QLabel(self)  # what the last undo did
        self.done_label.setObjectName("undoDone")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        layout.addWidget(self.done_label)
        layout.addWidget(buttons)
        # Room for a seller centre's name ("ExportOrderDetailList…csv") beside the other
        # columns in English, an undone time among them (at 940 the names were cut short).
        self.resize(fitted_on_screen(self, QSize(1040, 420)))
        self.reload()

    def reload(self) -> None:
        self.batches = list_batches(self.state.store)
        self.table.setRowCount(len(self.batches))
        locale = self.locale()
        for row, batch in enumerate(self.batches):
            when = batch.started_at.strftime("%Y-%m-%d %H:%M")
            undone = batch.undone_at.strftime("%Y-%m-%d %H:%M") if batch.undone_at else ""
            removed = batch.orders_removed
            cells = [
                str(batch.id),
                when,
                i18n.listed(batch.files),
                f"{locale.toString(batch.orders_added)} / {locale.toString(batch.orders_updated)}",
                "—" if removed is None else locale.toString(removed),
                f"{locale.toString(batch.items_added)} / {locale.toString(batch.items_updated)}",
                undone,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            files = self.table.item(row, _FILES)
            assert files is not None
            files.setToolTip("\n".join(batch.files))  # a name cut short shows whole here
            if removed is None:  # an import made before ShopCloser counted them
                cell = self.table.item(row, _REMOVED)
                assert cell is not None
                cell.setToolTip(
                    self.tr(
                        "Not known: the version of ShopCloser that made this import did not "
                        "count them."
                    )
                )
        self._fit()
        self.undo_button.setEnabled(self.newest() is not None)

    def _fit(self) -> None:
        """Every column but the files as wide as its header or longest value, so that a
        time stays on one line; the files take the rest (their rows grow to fit)."""
        for column in range(self.table.columnCount()):
            if column != _FILES:
                self.table.resizeColumnToContents(column)

    def newest(self) -> BatchInfo | None:
        return next((b for b in self.batches if b.can_undo), None)

    def undo_newest(self) -> None:
        batch = self.newest()
        if batch is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            self.tr(
                "Undo import {id} ({files})? Orders it added are removed and orders it changed "
                "go back to how they were."
            ).format(id=batch.id, files=i18n.listed(batch.files)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.state.store
        self.operation = Operation(
            lambda _p, _c: undo_batch(store, batch.id), self, store_path=store.path
        )
        self.operation.succeeded.connect(self._undone)
        self.operation.refused.connect(lambda err: show_user_error(self, err))
        self.operation.crashed.connect(lambda details: show_bug(self, details))
        self.undo_button.setEnabled(False)
        self._undoing = batch
        self.operation.start()

    def _undone(self, result: Any) -> None:
        assert isinstance(result, UndoResult)
        self.state.announce(changes.ORDERS, changes.BATCHES)
        self.reload()
        locale = self.locale()
        when = self._undoing.started_at.strftime("%Y-%m-%d %H:%M") if self._undoing else ""
        text = self.tr(
            "Import {id} of {when} undone. Orders: {removed} removed, {restored} put back "
            "as they were. Items: {items_removed} removed, {items_restored} put back as they "
            "were."
        ).format(
            id=result.batch_id,
            when=when,
            removed=locale.toString(result.orders_removed),
            restored=locale.toString(result.orders_restored),
            items_removed=locale.toString(result.items_removed),
            items_restored=locale.toString(result.items_restored),
        )
        self.done_label.setText(text)
        self.done_label.show()
        window = self.parent()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15_000)
