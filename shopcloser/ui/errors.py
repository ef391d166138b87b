"""Showing a refused input or environment problem to the merchant.

Messages open window-modal without starting a nested event loop, so background work
and the rest of the window keep running while the merchant reads them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from shopcloser import i18n
from shopcloser.messages import UserError


def user_error_text(err: UserError) -> str:
    return i18n.user_error_text(err)


def _box(parent: QWidget | None, err: UserError) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QApplication.translate("Errors", "ShopCloser"),
        user_error_text(err),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("userError")
    # Copied into a message to support: selectable with the keyboard too (Qt's own Ctrl+C
    # of a whole message box works on Windows only).
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def show_user_error(parent: QWidget | None, err: UserError) -> QMessageBox:
    """Show the message and return at once; the box closes itself when dismissed."""
    box = _box(parent, err)
    box.open()
    return box


def show_user_error_and_wait(err: UserError) -> None:
    """Before the window exists (start-up refusals): show the message and wait for it."""
    _box(None, err).exec()
