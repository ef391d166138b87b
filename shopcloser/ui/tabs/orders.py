"""Order reconciliation: every order that still blocks closure, and handling it.

This frame shows where the orders table goes; the reconciliation work fills it in.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shopcloser.ui.state import AppState


class OrdersTab(QWidget):
    import_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find an order by number, buyer or item"))
        self.search.setClearButtonEnabled(True)
        self.empty = QLabel(
            self.tr("No orders yet. Import the order report you exported from the seller centre."),
            self,
        )
        self.empty.setWordWrap(True)
        button = QPushButton(self.tr("Import orders…"), self)
        button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.empty)
        layout.addWidget(button)
        layout.addStretch(1)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
