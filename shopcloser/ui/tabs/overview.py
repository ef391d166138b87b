"""Overview: can the shop close yet, and the checklist of everything closing involves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopcloser.domain.checklist import CLOSURE_STEPS
from shopcloser.domain.statuses import OPEN_REFUND_STATUSES, RefundStatus
from shopcloser.services import settings as store_settings
from shopcloser.services.status import StoreStatus, store_status
from shopcloser.ui import state as changes
from shopcloser.ui.state import AppState
from shopcloser.ui.worker import Operation


class OverviewTab(QWidget):
    import_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._operation: Operation | None = None
        self.status: StoreStatus | None = None

        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        font = QFont(self.verdict.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.verdict.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.import_button = QPushButton(self.tr("Import orders…"), self)
        self.import_button.clicked.connect(self.import_requested)

        self.counts: dict[str, QLabel] = {}
        counts_box = QGroupBox(self.tr("Your orders"), self)
        grid = QGridLayout(counts_box)
        for row, (key, text) in enumerate(
            (
                ("orders", self.tr("Orders")),
                ("items", self.tr("Items")),
                ("blocking", self.tr("Still blocking closure")),
                ("handled", self.tr("Handled by you")),
            )
        ):
            grid.addWidget(QLabel(text, counts_box), row, 0)
            value = QLabel("0", counts_box)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts[key] = value
            grid.addWidget(value, row, 1)
        grid.setRowStretch(grid.rowCount(), 1)

        self.steps: dict[str, QCheckBox] = {}
        steps_box = QGroupBox(self.tr("Before you close the shop"), self)
        steps_layout = QVBoxLayout(steps_box)
        texts = self._step_texts()
        self._ticked: dict[str, bool] = {}
        for step in CLOSURE_STEPS:
            box = (_AppTickedBox if step.automatic else QCheckBox)(texts[step.id], steps_box)
            box.setObjectName(f"step_{step.id}")
            if step.automatic:
                box.setToolTip(self._app_ticks_text())
            box.toggled.connect(lambda done, sid=step.id: self._tick(sid, done))
            self.steps[step.id] = box
            steps_layout.addWidget(box)
            if step.id == "after_sales":
                steps_layout.addWidget(self._refund_hint(steps_box))
        steps_layout.addStretch(1)

        header = QVBoxLayout()
        header.addWidget(self.verdict)
        header.addWidget(self.detail)
        header.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        header.addLayout(buttons)

        body = QHBoxLayout()
        body.addWidget(counts_box, 1)
        body.addWidget(steps_box, 2)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        state.changed.connect(self._on_changed)
        self._load_checklist()
        self.refresh()

    def _refund_hint(self, parent: QWidget) -> QLabel:
        # Shown when the files cannot tell whether refunds are open: the merchant checks.
        self.refund_hint = QLabel(
            self.tr(
                "Your files do not show whether refunds are still open: the item report is "
                "missing, or it is an older export without a 退款状态 (refund state) column. "
                "Check the refunds in the seller centre, then tick this yourself."
            ),
            parent,
        )
        self.refund_hint.setObjectName("refund_hint")
        self.refund_hint.setWordWrap(True)
        self.refund_hint.setContentsMargins(24, 0, 0, 4)
        self.refund_hint.setVisible(False)
        return self.refund_hint

    def _app_ticks_text(self) -> str:
        return self.tr("ShopCloser ticks this itself from your imported orders.")

    def _step_texts(self) -> dict[str, str]:
        return {
            "decide": self.tr("Decide for certain: closing deletes the shop and its data for good"),
            "orders": self.tr("Finish every remaining order (no order still blocks)"),
            "inventory": self.tr("Deal with the stock you still hold"),
            "account": self.tr("Secure the account: change the password, check for misuse"),
            "rules": self.tr("Settle any rule violations on the platform first"),
            "backup": self.tr("Keep a verified backup of orders, buyers and after-sales records"),
            "after_sales": self.tr("Finish after-sales work and disputes (no open refund)"),
            "content": self.tr("Clear the shop's decoration and content"),
            "notify": self.tr("Tell suppliers, couriers, staff and partners in advance"),
            "returns": self.tr("Make sure returns and refunds can still be completed"),
            "personal_data": self.tr("Protect, then delete, buyers' personal information"),
        }

    def _on_changed(self, what: frozenset[str]) -> None:
        if what & {changes.ORDERS, changes.MARKS, changes.BATCHES, changes.SETTINGS}:
            self.refresh()

    def refresh(self) -> None:
        """Count in the background: on a large store this takes longer than a frame."""
        if self._operation is not None and self._operation.is_running():
            self._operation.finished.connect(self.refresh)
            return
        store = self.state.store
        self._operation = Operation(lambda _progress, _cancel: store_status(store), self)
        self._operation.succeeded.connect(self._show)
        self._operation.start()

    def _show(self, status: Any) -> None:
        assert isinstance(status, StoreStatus)
        self.status = status
        number = self.locale().toString  # 3,577, in the counts and the sentences alike
        for key, label in self.counts.items():
            label.setText(number(getattr(status, key)))
        to_handle = status.blocking + status.handled
        self.progress.setRange(0, max(to_handle, 1))
        self.progress.setValue(status.handled if to_handle else 1)
        self.progress.setFormat(
            self.tr("{done} of {total} handled").format(
                done=number(status.handled), total=number(to_handle)
            )
        )
        if status.orders == 0:
            self.verdict.setText(self.tr("Start by importing your orders"))
            self.detail.setText(
                self.tr(
                    "In the seller centre, open 已卖出的宝贝 (items sold), choose 批量导出 "
                    "(export), and download both the order report and the item report. "
                    "Then import them here, or drop them on this window."
                )
            )
        elif status.blocking:
            self.verdict.setText(
                self.tr("Not yet: %Ln order(s) still block closing the shop", "", status.blocking)
            )
            self.detail.setText(
                self.tr("Open Order reconciliation to see each one and why it blocks.")
            )
        else:
            self.verdict.setText(self.tr("No order blocks closing the shop"))
            self.detail.setText(
                self.tr(
                    "Check the remaining steps below before you close the shop on the platform."
                )
            )
        self.progress.setVisible(status.orders > 0)
        refunds = status.by_refund_status
        open_refunds = sum(n for code, n in refunds.items() if code in OPEN_REFUND_STATUSES)
        # Without refund states in the files, an empty count of open refunds proves nothing.
        refunds_unknown = (
            status.orders > 0
            and open_refunds == 0
            and (status.without_items > 0 or refunds.get(RefundStatus.NOT_IN_FILES, 0) > 0)
        )
        self._app_ticks("orders", status.orders > 0 and status.blocking == 0)
        if refunds_unknown:
            self._merchant_ticks("after_sales")
        else:
            self._app_ticks("after_sales", status.orders > 0 and open_refunds == 0)
        self.refund_hint.setVisible(refunds_unknown)

    def _app_ticks(self, step_id: str, done: bool) -> None:
        box = self.steps[step_id]
        assert isinstance(box, _AppTickedBox)
        box.app_decides = True
        box.setToolTip(self._app_ticks_text())
        box.blockSignals(True)
        box.setChecked(done)
        box.blockSignals(False)

    def _merchant_ticks(self, step_id: str) -> None:
        box = self.steps[step_id]
        assert isinstance(box, _AppTickedBox)
        box.app_decides = False
        box.setToolTip("")
        box.blockSignals(True)
        box.setChecked(self._ticked.get(step_id, False))
        box.blockSignals(False)

    def _load_checklist(self) -> None:
        self._ticked = store_settings.checklist_state(self.state.store)
        for step in CLOSURE_STEPS:
            if not step.automatic:
                box = self.steps[step.id]
                box.blockSignals(True)
                box.setChecked(self._ticked.get(step.id, False))
                box.blockSignals(False)

    def _tick(self, step_id: str, done: bool) -> None:
        # The app's own ticks are set with signals blocked: only the merchant's arrive here.
        self._ticked[step_id] = done
        store_settings.set_checklist_step(self.state.store, step_id, done)


class _AppTickedBox(QCheckBox):
    """A step the app ticks itself: it looks like the others (not greyed out, which would
    read as "unavailable") but a click does not change it, unless the app cannot tell
    (``app_decides`` off) and leaves it to the merchant."""

    app_decides = True

    def nextCheckState(self) -> None:  # noqa: N802 - Qt's name
        if not self.app_decides:
            super().nextCheckState()
