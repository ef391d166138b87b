"""The dialog for a bug: an apology, where the log is, and details to copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcloser.logs import current_log, log_file


class ErrorDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ShopCloser hit a problem"))
        log = current_log()
        if log is None:  # the log folder could not be made (setup_logging)
            text = self.tr(
                "Something went wrong inside ShopCloser. Your data has not been changed by the "
                "step that failed. Its log file could not be written in {folder}, so please "
                "copy the details below and send them to support."
            ).format(folder=log_file().parent)
        else:
            text = self.tr(
                "Something went wrong inside ShopCloser. Your data has not been changed by the "
                "step that failed. The details are also in the log file {log}; please send them "
                "to support."
            ).format(log=log)
        message = QLabel(text, self)
        message.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy details"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.details.toPlainText())
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)


def show_bug(parent: QWidget | None, details: str) -> ErrorDialog:
    """Show the details and return at once (no nested event loop)."""
    dialog = ErrorDialog(details, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    return dialog
