"""The import's part of the window used with the keyboard alone, and what a screen reader
is told: real widgets, real key presses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from shopcloser.services.importing import import_files
from shopcloser.store.database import Store
from shopcloser.ui.dialogs.import_history_dialog import ImportHistoryDialog
from shopcloser.ui.dialogs.password_prompt import PasswordPrompt
from shopcloser.ui.main_window import MainWindow
from shopcloser.ui.state import AppState
from tests.ui.test_import_summary import DATA, _dialog, with_an_unreadable_time

_BY_KEYBOARD = Qt.TextInteractionFlag.TextSelectableByKeyboard


def _active(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=5000)


def _tab_from(qtbot: QtBot, widget: QWidget) -> QWidget | None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def _button(parent: QWidget, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)


def test_tab_leaves_the_summarys_rows_for_its_buttons(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """Tab walked the cells of the rows to review for ever: Copy and Save… could not be
    reached without the mouse."""
    broken = with_an_unreadable_time(DATA / "orders-2018.csv", tmp_path / "orders.csv")
    dialog = _dialog(qtbot, import_files(store, [broken]))
    _active(qtbot, dialog)
    assert dialog.focusWidget() is dialog.flagged  # the rows, when there are some
    assert isinstance(_tab_from(qtbot, dialog.flagged), QPushButton)
    # Alt+C presses Copy (Close has no Alt key: GNOME's "&Close" took Alt+C), Alt+S Save….
    assert {"&Copy", "&Save…", "Close"} <= {b.text() for b in dialog.findChildren(QPushButton)}
    QTest.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.copy_button.text() == "Copied", timeout=2000)  # animated
    assert "Rows to review" in QApplication.clipboard().text()
    # The report's text can be selected, to copy one order number out of it.
    assert dialog.text.textInteractionFlags() & _BY_KEYBOARD
    assert dialog.warning_text.textInteractionFlags() & _BY_KEYBOARD
    assert dialog.flagged.accessibleName() == "Rows to review"
    assert dialog.report_area.accessibleName() == "What the import did"


def test_enter_closes_a_summary_without_rows_rather_than_copy_it(
    qtbot: QtBot, store: Store
) -> None:
    """Focus was on Copy: Enter copied the summary and left it open."""
    dialog = _dialog(qtbot, import_files(store, [DATA / "orders-2017.csv"]))
    _active(qtbot, dialog)
    focused = dialog.focusWidget()
    assert isinstance(focused, QPushButton) and focused.text() == "Close"
    assert focused.isDefault()
    QTest.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def test_the_newest_import_can_be_undone_from_the_keyboard(qtbot: QtBot, store: Store) -> None:
    """Tab walked the history's cells for ever, and its Undo button had no Alt key: a
    merchant without a mouse could not undo an import."""
    import_files(store, [DATA / "orders-2017.csv"])
    dialog = ImportHistoryDialog(AppState(store), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _active(qtbot, dialog)
    assert _tab_from(qtbot, dialog.table) is dialog.undo_button
    assert dialog.undo_button.text() == "&Undo the newest import…"  # Alt+U


def test_the_password_field_says_which_file_and_why_it_asks_again(qtbot: QtBot) -> None:
    label = "orders.xlsx is protected with a password. Enter it to import the file:"
    warning = "The password you entered does not open orders.xlsx."
    prompt = PasswordPrompt("Password needed", label, warning, name="orders.xlsx")
    qtbot.addWidget(prompt)
    field = QAccessible.queryAccessibleInterface(prompt.password)
    assert field is not None
    assert field.text(QAccessible.Text.Name) == label
    assert field.text(QAccessible.Text.Description) == warning


def test_the_orders_filters_and_search_are_named(window: MainWindow, qtbot: QtBot) -> None:
    filters = window.orders.filters
    for widget, text in (
        (filters.search, "Find an order"),
        (filters.status_filter, "Order status"),
        (filters.refund_filter, "Refund"),
    ):
        # (Qt on Linux names a list box by its current choice, and this in other systems.)
        assert widget.accessibleName() == text
    search = QAccessible.queryAccessibleInterface(filters.search)
    assert search is not None and search.text(QAccessible.Text.Name) == "Find an order"
    show = next(label for label in filters.findChildren(QLabel) if label.text() == "Show")
    assert show.buddy() is filters.show_filter
    # Tab from the orders reaches the buttons under them.
    window.tabs.setCurrentWidget(window.orders)
    _active(qtbot, window)
    assert _tab_from(qtbot, window.orders.table) is not window.orders.table


def test_a_refusal_can_be_selected_with_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    window.import_files([DATA / "bad-empty.csv"])
    qtbot.waitUntil(lambda: _refusal() is not None, timeout=10_000)
    box = _refusal()
    assert box is not None
    assert box.textInteractionFlags() & _BY_KEYBOARD
    box.close()


def _refusal() -> QMessageBox | None:
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "userError" and w.isVisible()
        ),
        None,
    )


def test_escape_cancels_an_import_and_the_focus_goes_to_what_it_says(qtbot: QtBot) -> None:
    """The Cancel button, disabled once pressed, took the focus with it: a screen reader
    had nothing to read while the import was being cancelled."""
    from shopcloser.ui.dialogs.progress_dialog import ProgressDialog

    dialog = ProgressDialog("Importing orders")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _active(qtbot, dialog)
    asked: list[bool] = []
    dialog.cancel_requested.connect(lambda: asked.append(True))
    assert dialog.focusWidget() is dialog.cancel_button
    QTest.keyClick(dialog.cancel_button, Qt.Key.Key_Escape)
    assert asked == [True]
    assert dialog.isVisible()  # closed by the import once it has stopped
    assert QApplication.focusWidget() is dialog.message
    assert dialog.message.text() == "Cancelling… nothing will be changed."
