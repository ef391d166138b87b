"""The details pane: one order's items, timeline, reasons in plain words and marks history.

Buyer data is masked until the merchant presses "Show" (on purpose, for this one order);
it is never logged.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcloser.domain.closure import Standing
from shopcloser.domain.masking import mask_address, mask_name, mask_phone
from shopcloser.formats.columns import ORDER_FIELDS, header_key
from shopcloser.services.order_details import ItemView, OrderDetails, order_details
from shopcloser.services.orders import MarkEntry
from shopcloser.services.personal_data import mask_problems
from shopcloser.store.database import Store
from shopcloser.ui.problem_texts import problems_text
from shopcloser.ui.tabs.order_texts import OrderTexts
from shopcloser.ui.tabs.record_model import Column, RecordModel

MAX_VISIBLE_ROWS = 8
# The timeline's times and the headers of their columns in the exports (as compared).
_TIME_HEADERS = {
    key: frozenset(
        header_key(alias) for field in ORDER_FIELDS if field.attr == attr for alias in field.aliases
    )
    for key, attr in (
        ("created", "created_at"),
        ("paid", "paid_at"),
        ("shipped", "shipped_at"),
        ("confirmed", "confirmed_at"),
    )
}


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else ""


def _table(model: RecordModel[ItemView] | RecordModel[MarkEntry], parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move between cells
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(model.stretch_column, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    model.modelReset.connect(lambda: _fit_height(view))
    _fit_height(view)
    return view


def _fit_height(view: QTableView) -> None:
    """As tall as its rows (up to a few), so the pane reads top to bottom without nesting
    scroll bars."""
    rows = min(max(view.model().rowCount(), 1), MAX_VISIBLE_ROWS)
    height = (
        view.horizontalHeader().sizeHint().height()
        + rows * view.verticalHeader().defaultSectionSize()
    )
    view.setFixedHeight(height + 2 * view.frameWidth() + 2)


class OrderDetailsPane(QWidget):
    # The merchant asked to mark or unmark the order shown.
    mark_requested = Signal()
    unmark_requested = Signal()

    def __init__(self, store: Store, texts: OrderTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.texts = texts
        self.details: OrderDetails | None = None
        self.revealed = False

        self.title = QLabel(self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.unread = QLabel(self)
        self.unread.setWordWrap(True)
        self.unread.setTextFormat(Qt.TextFormat.PlainText)
        self.unread.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.handling = QLabel(self)
        self.handling.setWordWrap(True)
        self.handling.setTextFormat(Qt.TextFormat.PlainText)
        self.mark_button = QPushButton(self.tr("Mark handled…"), self)
        self.mark_button.clicked.connect(self.mark_requested)
        self.unmark_button = QPushButton(self.tr("Undo the mark"), self)
        self.unmark_button.clicked.connect(self.unmark_requested)

        self.buyer: dict[str, QLabel] = {}
        buyer_box = QGroupBox(self.tr("Buyer"), self)
        buyer_form = QFormLayout(buyer_box)
        for key, label in (
            ("nick", self.tr("Nick")),
            ("name", self.tr("Receiver")),
            ("phone", self.tr("Phone")),
            ("address", self.tr("Address")),
            ("message", self.tr("Buyer's message")),
        ):
            value = QLabel(buyer_box)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.buyer[key] = value
            buyer_form.addRow(label, value)
        self.reveal_button = QPushButton(self.tr("Show"), buyer_box)
        self.reveal_button.setCheckable(True)
        self.reveal_button.setToolTip(
            self.tr("Show this buyer's full name, phone and address (only on this screen)")
        )
        self.reveal_button.toggled.connect(self._reveal)
        buyer_form.addRow("", self.reveal_button)

        self.timeline: dict[str, QLabel] = {}
        timeline_box = QGroupBox(self.tr("Timeline"), self)
        timeline_form = QFormLayout(timeline_box)
        for key, label in (
            ("created", self.tr("Created")),
            ("paid", self.tr("Paid")),
            ("shipped", self.tr("Shipped")),
            ("confirmed", self.tr("Received by the buyer")),
        ):
            value = QLabel(timeline_box)
            # "could not be read (see above)" on one line made the pane wider than its
            # place beside the list, and it does not scroll sideways: all was cut off.
            value.setWordWrap(True)
            self.timeline[key] = value
            timeline_form.addRow(label, value)

        self.items = RecordModel[ItemView](
            [
                Column(self.tr("Item"), lambda i: i.title or "", tooltip=lambda i: i.sku_props),
                Column(self.tr("SKU"), lambda i: i.merchant_code or ""),
                Column(
                    self.tr("Qty"), lambda i: "" if i.quantity is None else str(i.quantity), True
                ),
                Column(
                    self.tr("Price"), lambda i: "" if i.price is None else f"{i.price:.2f}", True
                ),
                Column(
                    self.tr("Refund"),
                    lambda i: texts.refund(i.refund_status.value),
                    tooltip=lambda i: i.refund_status_text,
                ),
            ],
            self,
        )
        self.marks = RecordModel[MarkEntry](
            [
                Column(self.tr("When"), lambda m: _when(m.at)),
                Column(self.tr("Entry"), lambda m: texts.mark_kinds.get(m.kind.value, m.kind)),
                Column(self.tr("Action"), lambda m: texts.action(m.action)),
                Column(self.tr("Who"), lambda m: m.by or ""),
                Column(self.tr("Note"), lambda m: m.note or "", tooltip=lambda m: m.note),
            ],
            self,
            stretch=4,
        )
        items_box = QGroupBox(self.tr("Items"), self)
        QVBoxLayout(items_box).addWidget(_table(self.items, items_box))
        marks_box = QGroupBox(self.tr("History of marks"), self)
        QVBoxLayout(marks_box).addWidget(_table(self.marks, marks_box))

        self.empty = QLabel(self.tr("Select an order to see its details."), self)
        self.empty.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.unmark_button)
        buttons.addStretch(1)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(self.empty)
        for widget in (self.title, self.status, self.reasons, self.unread, self.handling):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for box in (items_box, timeline_box, buyer_box, marks_box):
            layout.addWidget(box)
        layout.addStretch(1)
        self._sections = [
            self.title,
            self.status,
            self.reasons,
            self.unread,
            self.handling,
            self.mark_button,
            self.unmark_button,
            items_box,
            timeline_box,
            buyer_box,
            marks_box,
        ]
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setMinimumWidth(300)
        self.show_order(None)

    def show_order(self, order_id: str | None) -> None:
        """Show one order (read now: a few indexed rows), or nothing."""
        if self.details is None or order_id != self.details.order_id:
            self.reveal_button.setChecked(False)
        self.details = order_details(self.store, order_id) if order_id else None
        self._fill()

    def reload(self) -> None:
        self.show_order(self.details.order_id if self.details else None)

    def _fill(self) -> None:
        details = self.details
        for widget in self._sections:
            widget.setVisible(details is not None)
        self.empty.setVisible(details is None)
        if details is None:
            self.items.set_records([])
            self.marks.set_records([])
            return
        texts = self.texts
        self.title.setText(self.tr("Order {id}").format(id=details.order_id))
        amount = "" if details.amount is None else f" · {details.amount:.2f}"
        self.status.setText(texts.status(details.status.value) + amount)
        self.status.setToolTip(details.status_text)
        if details.reasons:
            self.reasons.setText(
                "\n".join(
                    self.tr("• {reason}: {help}").format(
                        reason=texts.reason(r.value), help=texts.reason_help[r.value]
                    )
                    for r in details.reasons
                )
            )
        elif details.standing is Standing.WATCH:
            self.reasons.setText(
                self.tr(
                    "Finished, but still inside the after-sales window: the buyer can still "
                    "ask for a refund. It does not block closing the shop."
                )
            )
        else:
            self.reasons.setText(self.tr("This order does not block closing the shop."))
        self.unread.setText(
            self.tr("What the import could not read (check it in the seller centre):")
            + "\n• "
            + problems_text(mask_problems(list(details.unread)), "\n• ")
        )
        self.unread.setVisible(bool(details.unread))
        last = details.marks[-1] if details.marks else None
        if details.handled and last is not None:
            self.handling.setText(
                self.tr("Handled: {action}, by {who} on {when}. {note}").format(
                    action=texts.action(last.action),
                    who=last.by or self.tr("(no name)"),
                    when=_when(last.at),
                    note=last.note or "",
                )
            )
        else:
            self.handling.setText("")
        self.handling.setVisible(details.handled)
        self.mark_button.setVisible(bool(details.reasons) and not details.handled)
        self.unmark_button.setVisible(details.handled)
        unreadable = {header_key(column) for column, _text in details.unread}
        for key, value in (
            ("created", details.created_at),
            ("paid", details.paid_at),
            ("shipped", details.shipped_at),
            ("confirmed", details.confirmed_at),
        ):
            if value is not None:
                text = _when(value)
            elif _TIME_HEADERS[key] & unreadable:  # in a file, but not a time
                text = self.tr("could not be read (see above)")
            else:
                text = self.tr("not in the files")
            self.timeline[key].setText(text)
        self._fill_buyer()
        self.items.set_records(details.items)
        self.marks.set_records(details.marks)

    def _fill_buyer(self) -> None:
        details = self.details
        if details is None:
            return
        full = self.revealed
        self.buyer["nick"].setText(
            (details.buyer_nick or "") if full else mask_name(details.buyer_nick)
        )
        self.buyer["name"].setText(
            (details.receiver_name or "") if full else mask_name(details.receiver_name)
        )
        self.buyer["phone"].setText(
            (details.receiver_phone or "") if full else mask_phone(details.receiver_phone)
        )
        self.buyer["address"].setText(
            (details.receiver_address or "") if full else mask_address(details.receiver_address)
        )
        message = details.buyer_message or ""
        self.buyer["message"].setText(message if full else ("…" if message else ""))

    def _reveal(self, shown: bool) -> None:
        self.revealed = shown
        self.reveal_button.setText(self.tr("Hide") if shown else self.tr("Show"))
        self._fill_buyer()
