"""What the tabs share: the open store, and one signal that says what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from shopcloser.store.database import Store

# Names carried by AppState.changed, so each tab refreshes only what it shows.
ORDERS = "orders"
MARKS = "marks"
BATCHES = "batches"
SETTINGS = "settings"
STOCK = "stock"  # the leftover stock list


class AppState(QObject):
    changed = Signal(frozenset)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def announce(self, *what: str) -> None:
        self.changed.emit(frozenset(what))
