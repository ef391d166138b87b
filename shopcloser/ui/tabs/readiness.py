"""Readiness: how many orders, how many still block, how many are handled, and a verdict.

The chart is painted with QPainter in the palette's own colours, so it reads in light and
dark themes alike (and when rendered for print).
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopcloser import i18n
from shopcloser.domain.handling import Verdict
from shopcloser.services.readiness import Readiness, readiness
from shopcloser.store.database import Store
from shopcloser.ui.tabs.background import Background
from shopcloser.ui.tabs.order_texts import OrderTexts

Bars = list[tuple[str, int]]
GROUP_GAP = 12  # between the groups, and after the last one
MIN_BAR = 60  # the least room for bars beside a group's labels, when side by side
ROOMY, TIGHT = 4, 1  # pixels a row has beyond the text's height: when there is room, at least
BOTTOM = 8  # below the last row, when there is room
SCROLL_AFTER = 3  # rows (a title and two bars) the chart always has room for; more may scroll


class ReadinessChart(QWidget):
    """Two bar groups: blocking orders by reason, all orders by status.

    The groups stand side by side while every label fits beside its bars, and one above
    the other when the window is too narrow for that (English labels are long), so that
    labels are read in full. Only below that (a label longer than the whole chart) is a
    label elided; the chart's tooltip then still gives every label in full.

    In a short window the rows draw closer together (down to a pixel more than the text's
    height); see :class:`ChartArea` for a window too short even for that.
    """

    needs_changed = Signal()  # the height it asks for changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, Bars, QPalette.ColorRole]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self._laid_out_stacked = False

    def set_groups(self, groups: list[tuple[str, Bars, QPalette.ColorRole]]) -> None:
        self.groups = groups
        self.setToolTip(
            "\n".join(
                f"{title}: " + i18n.listed(f"{label} {count}" for label, count in bars)
                for title, bars, _role in groups
            )
        )
        self._laid_out_stacked = self.stacked()
        self._needs_changed()
        self.update()

    def _needs_changed(self) -> None:
        self.updateGeometry()
        self.needs_changed.emit()

    def lines(self) -> float:
        """How many rows high the chart is: each group's title and bars (and, one above
        the other, half a row between the groups)."""
        if not self.groups:
            return 1.0
        if self.stacked():
            return (
                sum(len(bars) + 1 for _title, bars, _role in self.groups)
                + (len(self.groups) - 1) / 2
            )
        return float(max(len(bars) for _title, bars, _role in self.groups) + 1)

    def height_for(self, spare: int, lines: float | None = None) -> int:
        """The height of ``lines`` rows (all of them if None), ``spare`` pixels each beyond
        the text's height (and the space below them only if the rows are roomy)."""
        line = QFontMetrics(self.font()).height() + spare
        below = BOTTOM if spare >= ROOMY else spare
        return math.ceil((self.lines() if lines is None else lines) * line) + below

    def _line(self) -> int:
        text = QFontMetrics(self.font()).height()
        fitting = int((self.height() - BOTTOM) / self.lines())
        return max(text + TIGHT, min(text + ROOMY, fitting))

    def _number_width(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance("0000000") + 8

    def _label_width(self, bars: Bars) -> int:
        # Fractional widths rounded up: a whole-pixel width rounded down elides the label.
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(label) for label, _ in bars), default=0.0)
        return math.ceil(widest) + 8

    def stacked(self, width: int | None = None) -> bool:
        """Whether the groups go one above the other at ``width`` (now: the chart's)."""
        if len(self.groups) < 2:
            return False
        each = (self.width() if width is None else width) / len(self.groups) - GROUP_GAP
        return any(
            self._label_width(bars) + MIN_BAR + self._number_width() > each
            for _title, bars, _role in self.groups
        )

    def _areas(self) -> list[QRectF]:
        """Where each group is drawn: its title line, then one line per bar."""
        line, width = self._line(), self.width()
        if self.stacked():
            areas, top = [], 0.0
            for _title, bars, _role in self.groups:
                height = (len(bars) + 1) * line
                areas.append(QRectF(0, top, width - GROUP_GAP, height))
                top += height + line / 2
            return areas
        each = width / max(len(self.groups), 1)
        rows = max((len(bars) for _title, bars, _role in self.groups), default=0)
        return [
            QRectF(number * each, 0, each - GROUP_GAP, (rows + 1) * line)
            for number in range(len(self.groups))
        ]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, self.height_for(ROOMY))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, self.height_for(TIGHT))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.stacked() != self._laid_out_stacked:  # the height it needs changed
            self._laid_out_stacked = self.stacked()
            self._needs_changed()

    def bar_colour(self, role: QPalette.ColorRole) -> QColor:
        """A bar colour that stands out from the window in this palette."""
        palette = self.palette()
        if role == QPalette.ColorRole.Highlight:
            return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        # Halfway between text and window: visible in any theme, quieter than the text.
        return QColor(
            (text.red() + window.red()) // 2,
            (text.green() + window.green()) // 2,
            (text.blue() + window.blue()) // 2,
        )

    def label_rects(self) -> list[tuple[str, QRectF]]:
        """Each bar's label and the space it is drawn in, at the chart's size now."""
        return [
            (label, text_rect)
            for area, (_title, bars, _role) in zip(self._areas(), self.groups, strict=True)
            for label, _count, text_rect, _bar in self._rows(area, bars)
        ]

    def _rows(self, area: QRectF, bars: Bars) -> list[tuple[str, int, QRectF, QRectF]]:
        """(label, count, where the label goes, the bar) for each bar of a group."""
        line = self._line()
        label_width = min(self._label_width(bars), area.width() - self._number_width() - 10)
        room = max(area.width() - label_width - self._number_width(), 10)
        biggest = max((count for _label, count in bars), default=0) or 1
        rows = []
        for row, (label, count) in enumerate(bars, start=1):
            top = area.top() + row * line
            text_rect = QRectF(area.left(), top, label_width - 8, line)
            length = room * count / biggest
            bar = QRectF(
                area.left() + label_width, top + 3, max(length, 1 if count else 0), line - 6
            )
            rows.append((label, count, text_rect, bar))
        return rows

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if not self.groups:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for area, (title, bars, role) in zip(self._areas(), self.groups, strict=True):
            self._paint_group(painter, area, title, bars, role)
        painter.end()

    def _paint_group(
        self, painter: QPainter, area: QRectF, title: str, bars: Bars, role: QPalette.ColorRole
    ) -> None:
        palette = self.palette()
        line = self._line()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(area.left(), area.top(), area.width(), line), title)
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        colour = self.bar_colour(role)
        left = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        for label, count, text_rect, bar in self._rows(area, bars):
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                text_rect,
                left,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width())),
            )
            painter.fillRect(bar, colour)
            painter.drawText(
                QRectF(bar.right() + 4, bar.top() - 3, self._number_width(), line),
                left,
                self.locale().toString(count),
            )


class ChartArea(QScrollArea):
    """Where the chart sits: as tall as the chart asks for when the window has room, its
    rows closer together when it has less. A shop with more statuses than a short window
    holds gets a scroll bar over the chart, so that no row is ever cut off unseen."""

    def __init__(self, chart: ReadinessChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setWidget(chart)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.viewport().setAutoFillBackground(False)
        chart.needs_changed.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        chart = self.chart
        self.setMinimumHeight(
            min(chart.height_for(TIGHT), chart.height_for(TIGHT, lines=SCROLL_AFTER))
        )
        self.setMaximumHeight(chart.height_for(ROOMY))
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.chart.sizeHint()


class ReadinessPanel(QWidget):
    """The header of the reconciliation tab: counts, progress, verdict, chart."""

    report_requested = Signal(bool)  # only the orders that blocked?
    marks_log_requested = Signal()
    refreshed = Signal()

    def __init__(
        self, store: Store, background: Background, texts: OrderTexts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.background = background
        self.texts = texts
        self.readiness: Readiness | None = None

        self.verdict = QLabel(self)
        self.verdict.setObjectName("readinessVerdict")
        self.verdict.setWordWrap(True)
        font = QFont(self.verdict.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.verdict.setFont(font)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.remaining = QLabel(self)
        self.remaining.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.chart = ReadinessChart(self)
        self.chart_area = ChartArea(self.chart, self)

        self.chart_button = QToolButton(self)
        self.chart_button.setText(self.tr("Chart"))
        self.chart_button.setCheckable(True)
        self.chart_button.setChecked(True)
        self.chart_button.toggled.connect(self.chart_area.setVisible)
        self.report_button = QToolButton(self)
        self.report_button.setText(self.tr("Save report…"))
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.report_button)
        menu.addAction(self.tr("All orders…"), lambda: self.report_requested.emit(False))
        menu.addAction(
            self.tr("Only orders that blocked closure…"), lambda: self.report_requested.emit(True)
        )
        menu.addSeparator()
        menu.addAction(self.tr("Marks log only…"), self.marks_log_requested.emit)
        self.report_button.setMenu(menu)

        top = QHBoxLayout()
        top.addWidget(self.verdict, 1)
        top.addWidget(self.chart_button)
        top.addWidget(self.report_button)
        middle = QHBoxLayout()
        middle.addWidget(self.counts, 2)
        middle.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(self.remaining)
        layout.addWidget(self.chart_area)

    def refresh(self) -> None:
        store = self.store
        self.background.run("readiness", lambda _p, _c: readiness(store), self._show)

    def _show(self, result: Any) -> None:
        assert isinstance(result, Readiness)
        self.readiness = result
        texts, locale = self.texts, self.locale()
        self.verdict.setText(texts.verdicts[result.verdict.value])
        self.counts.setText(
            self.tr(
                "Orders: {orders} · still blocking: {blocking} · handled by you: {handled} · "
                "finished, in after-sales: {watch}"
            ).format(
                orders=locale.toString(result.orders),
                blocking=locale.toString(result.blocking),
                handled=locale.toString(result.handled),
                watch=locale.toString(result.watch),
            )
        )
        whole = result.to_handle
        self.progress.setRange(0, max(whole, 1))
        self.progress.setValue(result.handled if whole else 1)
        self.progress.setFormat(
            self.tr("{done} of {total} handled").format(
                done=locale.toString(result.handled), total=locale.toString(whole)
            )
        )
        self.remaining.setText(self._remaining(result))
        self.remaining.setVisible(bool(self.remaining.text()))
        # Before any import there is nothing to count or chart.
        for widget in (self.counts, self.progress, self.chart_button, self.report_button):
            widget.setVisible(result.orders > 0)
        self.chart_area.setVisible(result.orders > 0 and self.chart_button.isChecked())
        self.chart.set_groups(
            [
                (
                    self.tr("Still blocking, by reason"),
                    [
                        (texts.reason(reason.value), count)
                        for reason, count in result.by_reason.items()
                    ],
                    QPalette.ColorRole.Highlight,
                ),
                (
                    self.tr("All orders, by status"),
                    [
                        (texts.status(code), count)
                        for code, count in result.by_status.items()
                        if count
                    ],
                    QPalette.ColorRole.WindowText,
                ),
            ]
        )
        self.refreshed.emit()

    def _remaining(self, result: Readiness) -> str:
        locale = self.locale()
        parts = [
            # Translated as a whole: Chinese uses a full-width colon.
            self.tr("{reason}: {n}").format(
                reason=self.texts.reason(reason.value), n=locale.toString(count)
            )
            for reason, count in result.by_reason.items()
            if count
        ]
        if result.watch:
            parts.append(
                self.tr("%Ln finished order(s) still inside after-sales", "", result.watch)
            )
        if result.stock.undecided:
            parts.append(
                self.tr("%Ln stock item(s) without a decision", "", result.stock.undecided)
            )
        if not parts:
            return ""
        if result.verdict is Verdict.NOT_YET:
            lead = self.tr("Still to do:")
        else:
            lead = self.tr("Before you close, see to:")
        # A full-width colon (Chinese) holds its own space.
        return lead + ("" if lead.endswith("：") else " ") + " · ".join(parts)
