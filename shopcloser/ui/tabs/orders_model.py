"""The orders table's model: only keys in memory, rows fetched by the page as they show.

Changing the filter, search or sort asks the database for the keys of the matching
orders off the GUI thread, in two steps: the first screenful (an indexed query that
takes milliseconds, so the table repaints at once), then every key (up to a million
8-byte integers). Rows are read a page at a time when the view paints them, and only
the last few pages are kept.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from shopcloser import i18n
from shopcloser.domain.masking import mask_name
from shopcloser.services.orders import (
    Key,
    OrderFilter,
    OrderQuery,
    OrderRow,
    SortColumn,
    current_cutoff,
    fetch_rows,
    first_keys,
    order_keys,
)
from shopcloser.store.database import Store
from shopcloser.ui.tabs.background import Background
from shopcloser.ui.tabs.order_texts import OrderTexts

PAGE_ROWS = 200
FIRST_ROWS = 150  # more than a tall window shows
CACHED_PAGES = 32
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS: tuple[SortColumn, ...] = (
    SortColumn.ORDER_ID,
    SortColumn.CREATED,
    SortColumn.PAID,
    SortColumn.STATUS,
    SortColumn.REFUND,
    SortColumn.AMOUNT,
    SortColumn.BUYER,
    SortColumn.ITEMS,
    SortColumn.REASONS,
    SortColumn.HANDLED,
)

Index = QModelIndex | QPersistentModelIndex


def _same(a: Sequence[Key], b: Sequence[Key]) -> bool:
    if len(a) != len(b):
        return False
    return a == b if type(a) is type(b) else list(a) == list(b)


def _read_pages(
    store: Store, keys: Sequence[Key], numbers: Sequence[int], cutoff: datetime
) -> dict[int, list[OrderRow | None]]:
    """Pages ``numbers`` of ``keys`` read ahead (in the job that found the keys, off the
    GUI thread): the view then paints the first rows without asking the store itself."""
    pages: dict[int, list[OrderRow | None]] = {}
    for number in numbers:
        page_keys = list(keys[number * PAGE_ROWS : (number + 1) * PAGE_ROWS])
        if page_keys:
            found = fetch_rows(store, page_keys, cutoff=cutoff)
            pages[number] = [found.get(key) for key in page_keys]
    return pages


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


class OrdersModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    # A query's key list is complete (also after a refresh): counts may follow.
    loaded = Signal()

    def __init__(
        self,
        store: Store,
        background: Background,
        texts: OrderTexts,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.background = background
        self.texts = texts
        self.query = OrderQuery(filter=OrderFilter.BLOCKING)
        self._keys: Sequence[Key] = ()
        self._complete = True
        self._pages: OrderedDict[int, list[OrderRow | None]] = OrderedDict()
        self._cutoff = datetime.now()
        self._started = False
        self.headers = (
            self.tr("Order number"),
            self.tr("Created"),
            self.tr("Paid"),
            self.tr("Status"),
            self.tr("Refund"),
            self.tr("Amount"),
            self.tr("Buyer"),
            self.tr("Items"),
            self.tr("Why it blocks"),
            self.tr("Handled"),
        )

    # -- loading --------------------------------------------------------------------------

    def set_query(self, query: OrderQuery) -> None:
        """Show other orders: the first screenful soon, every key after it."""
        self.query = query
        self._started = True
        self._cutoff = current_cutoff(self.store)
        store, cutoff = self.store, self._cutoff
        self.loading_changed.emit(True)

        def job(_progress: Any, cancel: Any) -> tuple[list[Key], dict[int, Any]]:
            keys = first_keys(store, query, FIRST_ROWS, cutoff=cutoff, cancel=cancel)
            return keys, _read_pages(store, keys, [0], cutoff)

        self.background.run("keys", job, self._first_arrived)

    def refresh(self) -> None:
        """The data changed (marks, an import): same query, rows read again."""
        if not self._started:
            return
        self._cutoff = current_cutoff(self.store)
        self._load_all(refreshing=True)

    def is_loading(self) -> bool:
        return self.background.busy("keys")

    def _load_all(self, *, refreshing: bool) -> None:
        store, query, cutoff = self.store, self.query, self._cutoff
        # Read ahead: after a refresh, the pages last read (those on screen; the first if
        # none was); after the first screenful, the page it ends in (read with its rows only).
        ahead = (list(self._pages)[-2:] or [0]) if refreshing else [len(self._keys) // PAGE_ROWS]

        def job(_progress: Any, cancel: Any) -> tuple[Sequence[Key], dict[int, Any]]:
            keys = order_keys(store, query, cutoff=cutoff, cancel=cancel)
            return keys, _read_pages(store, keys, ahead, cutoff)

        self.loading_changed.emit(True)
        self.background.run("keys", job, self._all_arrived if not refreshing else self._refreshed)

    def _first_arrived(self, result: tuple[list[Key], dict[int, Any]]) -> None:
        keys, pages = result
        self.beginResetModel()
        self._keys = keys
        self._pages.clear()
        self._pages.update(pages)
        self._complete = len(keys) < FIRST_ROWS
        self.endResetModel()
        if self._complete:
            self._finish()
        else:
            self._load_all(refreshing=False)

    def _all_arrived(self, result: tuple[Sequence[Key], dict[int, Any]]) -> None:
        keys, pages = result
        shown = len(self._keys)
        if len(keys) >= shown and _same(keys[:shown], self._keys):
            if len(keys) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(keys) - 1)
                self._keys = keys
                # The page the first screenful ends in was read with its rows only: it is
                # replaced by the one read with the rows that follow them.
                self._pages.pop(shown // PAGE_ROWS, None)
                self._pages.update(pages)
                self.endInsertRows()
        else:
            self._reset(keys, pages)
        self._complete = True
        self._finish()

    def _refreshed(self, result: tuple[Sequence[Key], dict[int, Any]]) -> None:
        keys, pages = result
        if _same(keys, self._keys):
            self._changed_cached_pages(pages)
        else:
            self._reset(keys, pages)
        self._complete = True
        self._finish()

    def _changed_cached_pages(self, fresh: dict[int, list[OrderRow | None]]) -> None:
        """Say that the rows read so far changed. Only they can be on screen (a view reads
        what it shows); announcing a million rows would make Qt's selection model test
        every selected cell."""
        pages = sorted(self._pages)
        self._pages.clear()
        self._pages.update(fresh)
        last_column = len(COLUMNS) - 1
        for page in pages:
            first = page * PAGE_ROWS
            last = min(first + PAGE_ROWS, len(self._keys)) - 1
            if first <= last:
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def _reset(self, keys: Sequence[Key], pages: dict[int, list[OrderRow | None]]) -> None:
        self.beginResetModel()
        self._keys = keys
        self._pages.clear()
        self._pages.update(pages)
        self.endResetModel()

    def _finish(self) -> None:
        self.loading_changed.emit(False)
        self.loaded.emit()

    # -- rows -----------------------------------------------------------------------------

    def keys_of_rows(self, rows: Sequence[int]) -> list[Key]:
        return [self._keys[row] for row in rows if 0 <= row < len(self._keys)]

    def key_count(self) -> int:
        return len(self._keys)

    def holds(self, key: Key) -> bool:
        """Whether the list shows the order of ``key`` (a scan: 1M keys in about 10 ms)."""
        return key in self._keys

    def row_of(self, row: int) -> OrderRow | None:
        if not 0 <= row < len(self._keys):
            return None
        page_number = row // PAGE_ROWS
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE_ROWS
            keys = list(self._keys[start : start + PAGE_ROWS])
            found = fetch_rows(self.store, keys, cutoff=self._cutoff)
            page = [found.get(key) for key in keys]
            self._pages[page_number] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[row % PAGE_ROWS]

    def column_words(self) -> dict[int, list[str]]:
        """Every text the columns of set words can show, so each is wide enough for all."""
        texts = self.texts
        return {
            COLUMNS.index(SortColumn.STATUS): list(texts.statuses.values()),
            COLUMNS.index(SortColumn.REASONS): list(texts.reasons.values()),
            COLUMNS.index(SortColumn.HANDLED): [*texts.actions.values(), self.tr("Yes")],
        }

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            ORDER_ID_ROLE,
            KEY_ROLE,
        ):
            return None
        if role == KEY_ROLE:
            return self._keys[index.row()] if index.row() < len(self._keys) else None
        row = self.row_of(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == ORDER_ID_ROLE:
            return row.order_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column is SortColumn.AMOUNT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return self._display(row, column)

    def _display(self, row: OrderRow, column: SortColumn) -> str:
        texts = self.texts
        if column is SortColumn.ORDER_ID:
            return row.order_id
        if column is SortColumn.CREATED:
            return _when(row.created_at)
        if column is SortColumn.PAID:
            return _when(row.paid_at)
        if column is SortColumn.STATUS:
            return texts.status(row.status.value)
        if column is SortColumn.REFUND:
            return i18n.listed(texts.refund(state.value) for state in row.refund_states)
        if column is SortColumn.AMOUNT:
            return "" if row.amount is None else f"{row.amount:.2f}"
        if column is SortColumn.BUYER:
            return mask_name(row.buyer_nick)
        if column is SortColumn.ITEMS:
            return row.items
        if column is SortColumn.REASONS:
            return i18n.listed(texts.reason(reason.value) for reason in row.reasons)
        if row.handled:
            return texts.action(row.mark.action) if row.mark else self.tr("Yes")
        return ""

    def _tooltip(self, row: OrderRow, column: SortColumn) -> str | None:
        if column is SortColumn.REASONS and row.reasons:
            return "\n\n".join(self.texts.reason_help[reason.value] for reason in row.reasons)
        if column is SortColumn.HANDLED and row.mark is not None:
            mark = row.mark
            return self.tr("{action} — {who}, {when}").format(
                action=self.texts.action(mark.action),
                who=mark.by or self.tr("(no name)"),
                when=_when(mark.at),
            )
        if column is SortColumn.ITEMS and row.items:
            return row.items
        if column is SortColumn.STATUS and row.status_text:
            return row.status_text
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self.query, sort=COLUMNS[column], descending=descending)
        if not self._started:
            self.query = query  # the first load happens when the table is first shown
        elif query != self.query:
            self.set_query(query)
