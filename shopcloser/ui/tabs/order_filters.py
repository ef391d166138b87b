"""The filter bar over the orders table: what to show, status, refund state, search.

Each choice carries the number of orders it would show, filled in when the counts arrive
(they are computed off the GUI thread, after the rows).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from shopcloser.domain.statuses import RefundStatus, TradeStatus
from shopcloser.services.order_counts import FilterCounts
from shopcloser.services.orders import ANY_OPEN_REFUND, OrderFilter
from shopcloser.ui.tabs.order_texts import OrderTexts

# The texts keep the tab's translation context ("OrdersTab"): the bar was part of the tab.
SEARCH_DELAY_MS = 60  # coalesces a burst of keystrokes; each query is cancelled by the next
SHOWN = (
    OrderFilter.BLOCKING,
    OrderFilter.WATCH,
    OrderFilter.HANDLED,
    OrderFilter.FLAGGED,
    OrderFilter.ALL,
)


class FilterBar(QWidget):
    changed = Signal()  # a choice changed, or the search text settled

    def __init__(self, texts: OrderTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.counts: FilterCounts | None = None
        self.show_filter = QComboBox(self)
        self.show_filter.setObjectName("showFilter")
        for choice in SHOWN:
            self.show_filter.addItem("", choice.value)
        # "Any" is "" rather than None: fewer Nones cross into Qt and back (PySide6 6.12
        # on Python 3.11 loses a reference to None each time one comes back).
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem("", "")
        for status in TradeStatus:
            self.status_filter.addItem("", status.value)
        self.refund_filter = QComboBox(self)
        self.refund_filter.setObjectName("refundFilter")
        self.refund_filter.addItem("", "")
        self.refund_filter.addItem("", ANY_OPEN_REFUND)
        for refund in RefundStatus:
            self.refund_filter.addItem("", refund.value)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            QCoreApplication.translate("OrdersTab", "Find an order by number, buyer or item")
        )
        self.search.setClearButtonEnabled(True)
        # Named for screen readers, whose users hear the placeholder only while it is empty.
        self.search.setAccessibleName(QCoreApplication.translate("OrdersTab", "Find an order"))
        self.status_filter.setAccessibleName(
            QCoreApplication.translate("OrdersTab", "Order status")
        )
        self.refund_filter.setAccessibleName(QCoreApplication.translate("OrdersTab", "Refund"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self.timer.start)
        self.search.returnPressed.connect(self._search_now)
        for combo in (self.show_filter, self.status_filter, self.refund_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        show = QLabel(QCoreApplication.translate("OrdersTab", "Show"), self)
        show.setBuddy(self.show_filter)
        layout.addWidget(show)
        layout.addWidget(self.show_filter)
        layout.addWidget(self.status_filter)
        layout.addWidget(self.refund_filter)
        layout.addWidget(self.search, 1)
        self.set_counts(None)

    def show_only(self, search: str) -> None:
        """All orders, any status and refund state, and ``search``: one change, applied now."""
        combos = (self.show_filter, self.status_filter, self.refund_filter)
        for combo, value in zip(combos, (OrderFilter.ALL.value, "", ""), strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(search)
        self.search.blockSignals(False)
        self._search_now()

    def _search_now(self) -> None:
        self.timer.stop()
        self.changed.emit()

    def choice(self) -> OrderFilter:
        return OrderFilter(self.show_filter.currentData())

    def status(self) -> str | None:
        return self.status_filter.currentData() or None

    def refund(self) -> str | None:
        return self.refund_filter.currentData() or None

    def search_text(self) -> str:
        return self.search.text().strip()

    def set_counts(self, counts: FilterCounts | None) -> None:
        """Label each choice with its count (None: not counted yet)."""
        self.counts = counts
        texts, locale = self.texts, self.locale()

        def label(text: str, count: int | None) -> str:
            return text if count is None else f"{text} ({locale.toString(count)})"

        names = {
            OrderFilter.BLOCKING.value: QCoreApplication.translate("OrdersTab", "Still blocking"),
            OrderFilter.WATCH.value: QCoreApplication.translate(
                "OrdersTab", "Finished, in after-sales"
            ),
            OrderFilter.HANDLED.value: QCoreApplication.translate("OrdersTab", "Handled by you"),
            OrderFilter.FLAGGED.value: QCoreApplication.translate(
                "OrdersTab", "With rows to review"
            ),
            OrderFilter.ALL.value: QCoreApplication.translate("OrdersTab", "All orders"),
        }
        for row in range(self.show_filter.count()):
            code = self.show_filter.itemData(row)
            count = counts.by_filter.get(OrderFilter(code), 0) if counts else None
            self.show_filter.setItemText(row, label(names[code], count))
        for row in range(self.status_filter.count()):
            code = self.status_filter.itemData(row)
            name = (
                texts.status(code)
                if code
                else QCoreApplication.translate("OrdersTab", "Any status")
            )
            count = counts.by_status.get(code, 0) if counts else None
            self.status_filter.setItemText(row, label(name, count))
        for row in range(self.refund_filter.count()):
            code = self.refund_filter.itemData(row)
            if not code:
                name = QCoreApplication.translate("OrdersTab", "Any refund state")
            elif code == ANY_OPEN_REFUND:
                name = QCoreApplication.translate("OrdersTab", "Any open refund")
            else:
                name = texts.refund(code)
            count = counts.by_refund.get(code, 0) if counts else None
            self.refund_filter.setItemText(row, label(name, count))
