"""Data backup: the workbook the merchant keeps after the platform deletes the shop."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from shopcloser.ui.state import AppState


class BackupTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        intro = QLabel(
            self.tr(
                "Closing the shop deletes its orders on the platform for good. Keep a backup "
                "workbook of your orders, buyers and after-sales records before you close."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addStretch(1)

    def start_export(self) -> None:
        """Begin writing a backup workbook (File → Export backup…)."""
