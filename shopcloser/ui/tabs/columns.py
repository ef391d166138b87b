"""Column widths that fit what the columns show, measured cheaply enough for a million rows.

Qt's ``ResizeToContents`` mode measures every row of the model again and again; here a
column is measured once, from its header, the words it can show (every status, say, in
the merchant's language, measured once) and the rows on screen only (each measured cell
costs the window's thread about 50 µs: a hundred rows of ten columns froze it for 45 ms).
The column of long free text (titles, notes) takes the width left over, so at the
window's usual size the short columns show their text in full and only the free text is
shortened (its tooltip gives it whole).
A column the merchant widened or narrowed by hand keeps their width.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

SAMPLE_ROWS = 100  # at most this many rows measured: those on screen
STRETCH_MIN_CHARS = 30  # the least the free-text column gets, in average characters
MAX_CHARS = 48  # no short column grows past this, whatever one cell holds
MIN_CHARS = 8  # nor is one narrower than this, though empty so far


def cell_width(view: QTableView, texts: Iterable[str]) -> int:
    """The width a cell of ``view`` needs to show the widest of ``texts`` unshortened."""
    metrics = QFontMetricsF(view.font())
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0.0)
    if not widest:
        return 0
    # The item's margin on each side (QCommonStyle's CT_ItemViewItem), the grid line, and
    # fractional widths rounded up: a width rounded down elides the text.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return math.ceil(widest) + 2 * margin + 2


class ColumnFitter(QObject):
    """Keeps the columns of ``view`` fitted: call :meth:`fit` when rows arrive; the
    free-text column follows the table's width by itself."""

    def __init__(
        self,
        view: QTableView,
        stretch: int,
        words: Mapping[int, Iterable[str]] | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.words = {column: list(texts) for column, texts in (words or {}).items()}
        self.by_hand: set[int] = set()
        self._word_widths: dict[int, int] = {}  # the words' widths, in the view's font
        self._measured_rows = False  # once rows were measured, columns only grow
        self._measured_count = 0  # how many rows the table had room for when they were
        self._fitting = False
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        """Size every column to its header, its words and the rows on screen. Once rows were
        measured, columns only grow: one does not jump narrower when a filter shows others."""
        model, header = self.view.model(), self.view.horizontalHeader()
        first = max(self.view.rowAt(0), 0)
        rows = range(first, min(model.rowCount(), first + self._rows_on_screen()))
        limit = self._chars(MAX_CHARS)
        self._fitting = True
        try:
            for column in range(model.columnCount()):
                if column == self.stretch or column in self.by_hand:
                    continue
                shown = (model.index(row, column).data() for row in rows)
                content = cell_width(self.view, (text for text in shown if isinstance(text, str)))
                wanted = max(
                    self._chars(MIN_CHARS),
                    header.sectionSizeHint(column),
                    self._words_width(column),
                    min(content, limit),
                )
                if wanted > header.sectionSize(column) or not self._measured_rows:
                    header.resizeSection(column, wanted)
        finally:
            self._fitting = False
        self._measured_rows = self._measured_rows or len(rows) > 0
        self._measured_count = self._rows_on_screen()
        self.fill()

    def _rows_on_screen(self) -> int:
        """How many rows the table shows at its height (one more for a row cut at the
        bottom), at most SAMPLE_ROWS."""
        height = max(self.view.verticalHeader().defaultSectionSize(), 1)
        return min(self.view.viewport().height() // height + 1, SAMPLE_ROWS)

    def _words_width(self, column: int) -> int:
        if column not in self._word_widths:
            self._word_widths[column] = cell_width(self.view, self.words.get(column, ()))
        return self._word_widths[column]

    def fill(self) -> None:
        """Give the free-text column the width the others leave (at least a readable one)."""
        if self.stretch in self.by_hand:
            return
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != self.stretch and not header.isSectionHidden(column)
        )
        least = max(self._chars(STRETCH_MIN_CHARS), header.sectionSizeHint(self.stretch))
        width = max(self.view.viewport().width() - others, least)
        if width != header.sectionSize(self.stretch):
            self._fitting = True
            try:
                header.resizeSection(self.stretch, width)
            finally:
                self._fitting = False

    def _chars(self, count: int) -> int:
        return self.view.fontMetrics().averageCharWidth() * count

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self.by_hand.add(column)  # the merchant dragged it: theirs from now on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            if self._rows_on_screen() > self._measured_count:
                # Rows came into sight that were not measured (fitted before the table was
                # laid out, it had room for a couple of rows only).
                self.fit()
            else:
                self.fill()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._word_widths.clear()
        return False
