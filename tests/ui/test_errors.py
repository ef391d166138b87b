"""Bugs reach the merchant as a dialog with copyable details, and the log; user errors as a message."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from shopcloser.logs import log_file, setup_logging
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError
from shopcloser.ui.dialogs.error_dialog import ErrorDialog


def _close_modal_later(seen: list[str]) -> None:
    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close)
            return
        if isinstance(dialog, ErrorDialog):
            seen.append(dialog.details.toPlainText())
        elif isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
        dialog.close()

    QTimer.singleShot(20, close)


def test_an_unexpected_error_shows_details_and_is_logged(qtbot: QtBot) -> None:
    from shopcloser.ui.application import _excepthook

    setup_logging()
    seen: list[str] = []
    _close_modal_later(seen)
    try:
        raise ValueError("something inside broke")
    except ValueError as exc:
        _excepthook(type(exc), exc, exc.__traceback__)
    assert seen and "something inside broke" in seen[0]
    assert "something inside broke" in log_file().read_text(encoding="utf-8")


def test_copy_details_puts_them_on_the_clipboard(qtbot: QtBot) -> None:
    dialog = ErrorDialog("Traceback: line 1", None)
    qtbot.addWidget(dialog)
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Copy details")
    button.click()
    assert QApplication.clipboard().text() == "Traceback: line 1"


def test_a_user_error_is_a_plain_message(qtbot: QtBot) -> None:
    from shopcloser.ui.errors import show_user_error

    seen: list[str] = []
    _close_modal_later(seen)
    show_user_error(
        None, UserError(QT_TRANSLATE_NOOP("Messages", "The file {name} is empty."), name="a.csv")
    )
    assert seen == ["The file a.csv is empty."]
