"""The overview: the after-sales step ticked by the app only when the files show refund
states, and numbers written the same way everywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from shopcloser.services import settings as store_settings
from shopcloser.ui.main_window import MainWindow
from tests.ui.test_import_flow import _wait_for_summary

DATA = Path(__file__).resolve().parents[1] / "data"


def _import(window: MainWindow, qtbot: QtBot, *names: str) -> None:
    counted = window.overview.status
    window.import_files([DATA / name for name in names])
    _wait_for_summary(qtbot).close()
    qtbot.waitUntil(lambda: window.overview.status is not counted, timeout=10_000)


def _click(qtbot: QtBot, box: QCheckBox) -> None:
    on_the_box = QPoint(box.height() // 2, box.height() // 2)  # the box, not the empty right
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=on_the_box)  # type: ignore[no-untyped-call]


def test_without_refund_states_the_merchant_ticks_after_sales(
    window: MainWindow, qtbot: QtBot
) -> None:
    _import(window, qtbot, "orders-2017.csv", "items-2017.csv")  # no refund column
    step = window.overview.steps["after_sales"]
    assert not step.isChecked()
    assert window.overview.refund_hint.isVisible()
    assert "refund" in window.overview.refund_hint.text()
    _click(qtbot, step)  # checked the refunds in the seller centre
    assert step.isChecked()
    assert store_settings.checklist_state(window.state.store)["after_sales"] is True


def test_with_refund_states_the_app_decides(window: MainWindow, qtbot: QtBot) -> None:
    _import(window, qtbot, "orders-2017.csv")  # an order report alone shows no refunds
    step = window.overview.steps["after_sales"]
    assert window.overview.refund_hint.isVisible() and not step.isChecked()

    _import(window, qtbot, "orders-2020.xlsx", "items-2020.xlsx")  # states, one still open
    assert window.overview.status is not None
    assert window.overview.status.by_refund_status["WAIT_SELLER_CONFIRM_GOODS"] > 0
    assert not window.overview.refund_hint.isVisible()
    assert not step.isChecked()
    _click(qtbot, step)
    assert not step.isChecked()  # the app's to tick, and a refund is open


def test_numbers_in_sentences_are_written_as_in_the_counts(window: MainWindow) -> None:
    from shopcloser.services.status import StoreStatus

    window.overview._show(StoreStatus(orders=12_345, items=20_000, blocking=3_577))
    assert window.overview.counts["blocking"].text() == "3,577"
    assert "3,577 orders" in window.overview.verdict.text()
    assert window.overview.progress.format() == "0 of 3,577 handled"


def test_one_order_is_counted_in_the_singular(window: MainWindow) -> None:
    """English plurals come from the plural-only English translation file: the last order
    that blocks is "1 order still blocks", not "1 orders still block"."""
    from shopcloser.services.status import StoreStatus

    window.overview._show(StoreStatus(orders=20, items=30, blocking=1))
    assert window.overview.verdict.text() == "Not yet: 1 order still blocks closing the shop"
    window.overview._show(StoreStatus(orders=20, items=30, blocking=2))
    assert window.overview.verdict.text() == "Not yet: 2 orders still block closing the shop"


def test_orders_no_item_report_lists_leave_refunds_to_the_merchant(
    window: MainWindow, qtbot: QtBot
) -> None:
    from shopcloser.domain.statuses import RefundStatus, TradeStatus
    from tests.orders.seed import add_order

    store = window.state.store
    add_order(store, "1001", TradeStatus.TRADE_FINISHED, refunds=(RefundStatus.NO_REFUND,))
    _refresh(window, qtbot)
    step = window.overview.steps["after_sales"]
    assert step.isChecked() and not window.overview.refund_hint.isVisible()

    # An order of a period whose item report was not imported: its refunds are unknown.
    add_order(store, "1002", TradeStatus.TRADE_FINISHED, refunds=())
    _refresh(window, qtbot)
    assert window.overview.status is not None and window.overview.status.without_items == 1
    assert window.overview.refund_hint.isVisible() and not step.isChecked()


def _refresh(window: MainWindow, qtbot: QtBot) -> None:
    counted = window.overview.status
    window.overview.refresh()
    qtbot.waitUntil(lambda: window.overview.status is not counted, timeout=10_000)
