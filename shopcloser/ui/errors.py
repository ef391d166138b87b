"""Showing a refused input or environment problem to the merchant."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from shopcloser import i18n
from shopcloser.messages import CONTEXT, UserError


def user_error_text(err: UserError) -> str:
    return i18n.translate(CONTEXT, err.message, **err.params)


def show_user_error(parent: QWidget | None, err: UserError) -> None:
    QMessageBox.warning(
        parent, QApplication.translate("Errors", "ShopCloser"), user_error_text(err)
    )
