"""After an import: what changed, what blocks now, and the rows to review."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QDir,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    QSaveFile,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcloser import i18n
from shopcloser.services.import_summary import (
    OLDER_EXPORTS_ONE_BY_ONE,
    FlaggedRow,
    ImportSummary,
    older_files_named,
)
from shopcloser.ui.problem_texts import problems_text
from shopcloser.ui.sizes import fitted_on_screen
from shopcloser.ui.tabs.record_model import Column, RecordModel

MAX_FILE_COLUMN = 320  # pixels: a third or so of the dialog at its usual width
MAX_FILES_LISTED = 10  # files named in the summary; the history names them all
COPIED_SHOWN_MS = 2000  # how long Copy says "Copied" after a click
# pixels: a word wider than this (a long file name) may wrap at any of its characters,
# well within the report's lines at the dialog's usual width (the warnings' beside an icon)
LONGEST_UNBROKEN = 480
_BETWEEN_LATIN = re.compile(r"(?<=[!-~])(?=[!-~])")  # two printable ASCII characters


_SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


class _RowsTable(QTableView):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            # Enter shows the row's order, on every system (macOS's Qt does not take it
            # for ``activated``), and goes no further: passed on, the dialog took it for
            # its default button and closed.
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class _MiddleElided(QStyledItemDelegate):
    def initStyleOption(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class ImportSummaryDialog(QDialog):
    # A flagged row's order, double-clicked: the window shows it in the orders list.
    order_chosen = Signal(str)

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Import finished"))
        self.text = QLabel(self.summary_html(), self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(_SELECTABLE)  # an order number copied out of it
        self.warning = self._warning_area()

        # A view of the rows as they are: a dialog listing 10,000 rows opens at once (a
        # table of items, or columns sized to their contents, took half a second).
        self.flagged = _RowsTable(self)
        rows = RecordModel[FlaggedRow](
            [
                Column(self.tr("File"), lambda r: r.file, tooltip=lambda r: r.file),
                Column(self.tr("Row"), lambda r: str(r.row)),
                Column(self.tr("What could not be read"), lambda r: problems_text(r.problems)),
                Column(self.tr("Order number"), lambda r: r.order_id),
            ],
            self.flagged,
        )
        rows.set_records(summary.flagged)
        self.flagged.setModel(rows)
        header = self.flagged.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # The order and item reports differ after "ExportOrder": a name cut short keeps
        # its end (the date and time), and the whole name is in the tooltip.
        self.flagged.setItemDelegateForColumn(0, _MiddleElided(self.flagged))
        self.flagged.setToolTip(
            self.tr("Double-click a row, or press Enter on it, to see its order in the list")
        )
        self.flagged.activated.connect(self._order_chosen)  # a double-click or Enter
        # Tab moves on to the buttons (Copy, Save…); the arrow keys move between rows.
        self.flagged.setTabKeyNavigation(False)
        self.flagged.setAccessibleName(self.tr("Rows to review"))
        self.flagged.verticalHeader().setVisible(False)
        self.flagged.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.flagged.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self._fit_columns()
        flagged_label = QLabel(
            self.tr(
                "These rows were imported with what could be read. Check them in the "
                "seller centre. To find their orders again later, show the orders “With "
                "rows to review” in the orders list."
            ),
            self,
        )
        flagged_label.setWordWrap(True)
        has_flagged = bool(summary.flagged)
        flagged_label.setVisible(has_flagged)
        self.flagged.setVisible(has_flagged)
        # The import lists only the first rows (MAX_FLAGGED_LISTED): say so under them.
        self.cut_note = QLabel(
            self.tr(
                "Only the first {listed} of the {total} rows to review are listed here. To "
                "see the orders of all of them, choose Show: “With rows to review” in the "
                "orders list."
            ).format(
                listed=self.locale().toString(len(summary.flagged)),
                total=self.locale().toString(summary.flagged_total),
            ),
            self,
        )
        self.cut_note.setWordWrap(True)
        self.cut_note.setVisible(summary.flagged_total > len(summary.flagged))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        save = QPushButton(self.tr("&Save…"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._copy)
        # One timer for "Copied": a second click starts it again, so that the first click's
        # time running out does not put "Copy" back early.
        self._copied_shown = QTimer(self)
        self._copied_shown.setSingleShot(True)
        self._copied_shown.timeout.connect(lambda: self.copy_button.setText(self.tr("&Copy")))
        save.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        close.setDefault(True)  # Enter closes the summary (it copied, with Copy focused)
        # Without an Alt key: GNOME's "&Close" took Alt+C from Copy (Esc closes anyway).
        close.setText(self.tr("Close"))

        heading = QLabel(f"<h3>{_escape(self.tr('Import finished'))}</h3>", self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self._report_area(), 0 if has_flagged else 1)
        layout.addWidget(flagged_label)
        layout.addWidget(self.flagged, 1)
        layout.addWidget(self.cut_note)
        layout.addWidget(buttons)
        self._fit_height(480 if has_flagged else 300)
        (self.flagged if has_flagged else close).setFocus()

    def _report_area(self) -> QScrollArea:
        """The warnings, the files and the counts, scrolled when they are more than the
        dialog shows: squeezed, three warnings and a dozen files cut the counts off."""
        report = QWidget(self)
        column = QVBoxLayout(report)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.warning)
        column.addWidget(self.text)
        column.addStretch(1)
        self.report_area = QScrollArea(self)
        self.report_area.setFrameShape(QFrame.Shape.NoFrame)
        self.report_area.setWidgetResizable(True)
        self.report_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.report_area.setWidget(report)
        self.report_area.setAccessibleName(self.tr("What the import did"))
        return self.report_area

    def _fit_height(self, least: int) -> None:
        """Tall enough for what the dialog holds, within the screen."""
        self.resize(fitted_on_screen(self, QSize(760, max(least, self.sizeHint().height()))))

    def _fit_columns(self) -> None:
        """The file column as wide as the longest file name, within reason (the problems
        need room too); the row and order numbers as wide as their longest value."""
        rows = self.summary.flagged
        if not rows:
            return
        metrics = self.flagged.fontMetrics()
        header = self.flagged.horizontalHeader()
        padding = 2 * metrics.averageCharWidth() + 2 * self.flagged.frameWidth()
        widest = max(metrics.horizontalAdvance(name) for name in {row.file for row in rows})
        self.flagged.setColumnWidth(0, min(widest + padding, MAX_FILE_COLUMN))
        longest = {
            1: str(max(row.row for row in rows)),
            3: max((row.order_id for row in rows), key=len),
        }
        for column, text in longest.items():
            width = metrics.horizontalAdvance(text) + padding
            self.flagged.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    def _warning_area(self) -> QFrame:
        """What needs the merchant's attention before the counts (an older export that
        brought back an older state): set apart, with the warning icon, in bold."""
        area = QFrame(self)
        area.setObjectName("summaryWarning")
        area.setFrameShape(QFrame.Shape.StyledPanel)
        icon = QLabel(area)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning_icon.pixmap(size, size))
        bold = self.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        self.warning_text = QLabel(
            "<br><br>".join(f"<b>{_wrappable(line, metrics)}</b>" for line in self.warning_lines()),
            area,
        )
        self.warning_text.setTextFormat(Qt.TextFormat.RichText)
        self.warning_text.setWordWrap(True)
        self.warning_text.setTextInteractionFlags(_SELECTABLE)
        row = QHBoxLayout(area)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.warning_text, 1)
        area.setVisible(bool(self.warning_lines()))
        return area

    def warning_lines(self) -> list[str]:
        """Warnings that change what the counts mean."""
        return [*self._older_export_lines(), *self._other_warning_lines()]

    def _older_export_lines(self) -> list[str]:
        older = self.summary.older_exports
        if len(older) > OLDER_EXPORTS_ONE_BY_ONE:
            count, files = older_files_named(older)
            return [
                self.tr(
                    "%Ln file(s) of this import were exported before files an earlier import "
                    "brought in ({files}). Orders in both now show the older state. To keep "
                    "the newer one, undo this import (File → Import history) and import all "
                    "the files together: they are then applied in the order they were "
                    "exported.",
                    "",
                    count,
                ).format(files=i18n.listed(files))
            ]
        return [
            self.tr(
                "{file} was exported on {date}, before {newer} (exported on "
                "{newer_date}), which an earlier import brought in. Orders in both files "
                "now show the older state. To keep the newer one, undo this import "
                "(File → Import history) and import both files together: they are then applied "
                "in the order they were exported."
            ).format(
                file=older.file,
                date=f"{older.exported_at:%Y-%m-%d %H:%M}",
                newer=older.newer_file,
                newer_date=f"{older.newer_exported_at:%Y-%m-%d %H:%M}",
            )
            for older in older
        ]

    def _other_warning_lines(self) -> list[str]:
        lines: list[str] = []
        back = self.summary.went_back
        if back is not None:
            lines.append(
                self.tr(
                    "This import put %Ln order(s) back to an earlier state (for example "
                    "{orders}): an earlier order status than before (such as "
                    "买家已付款，等待卖家发货 after 卖家已发货，等待买家确认), an item showing "
                    "no refund after one was asked for, or a "
                    "payment, shipping or receipt time now missing or earlier. A file of this "
                    "import is probably an older export than one imported before. To keep the "
                    "newer state, undo this import (File → Import history) and leave the older "
                    "file out, or export these orders again from the seller centre and import "
                    "the new export.",
                    "",
                    back.orders,
                ).format(orders=i18n.listed(back.named))
            )
        disagree = self.summary.set_back_by_later_file
        if disagree is not None:
            lines.append(
                self.tr(
                    "Files of this import disagree about %Ln order(s) (for example {orders}): "
                    "a file chosen after another shows them at an earlier step (an earlier "
                    "order status, or no refund where one was asked for), and the later file "
                    "was kept. Files whose names hold no export time are read in the order "
                    "chosen. If the later file is the older export, undo this import (File → "
                    "Import history), then import the older file first and the newer one on "
                    "its own.",
                    "",
                    disagree.orders,
                ).format(orders=i18n.listed(disagree.named))
            )
        handled = self.summary.handled_new_reasons
        if handled is not None:
            lines.append(
                self.tr(
                    "%Ln order(s) you marked handled have a new reason to block closure since "
                    "this import (for example {orders}): a refund asked for after you marked "
                    "them, say. They stay marked. Look at each again (in Order reconciliation, "
                    "choose Show: “Handled by you”): if the new reason is not dealt with yet, "
                    "undo its mark so that it counts as blocking until it is.",
                    "",
                    handled.orders,
                ).format(orders=i18n.listed(handled.named))
            )
        if self.summary.unmatched_item_orders:
            lines.append(
                self.tr(
                    "%Ln order(s) in the item report are in no order report imported so far: "
                    "ShopCloser knows only their items, not their buyer, address or amounts. "
                    "Import the order report that holds them. If the item report is from "
                    "another shop, undo this import (File → Import history).",
                    "",
                    self.summary.unmatched_item_orders,
                )
            )
        disagree_kinds = self.summary.reports_disagree
        if disagree_kinds is not None:
            lines.append(
                self.tr(
                    "The item report and the order report show %Ln order(s) at different "
                    "steps (for example {orders}): they were exported at different times. "
                    "ShopCloser takes an order's status from the order report and its "
                    "refunds from the item report, so what blocks closure may be out of "
                    "date. Export both reports again from the seller centre, one right "
                    "after the other, and import them together.",
                    "",
                    disagree_kinds.orders,
                ).format(orders=i18n.listed(disagree_kinds.named))
            )
        return lines

    def lines(self) -> list[str]:
        """The summary as text (for Copy and Save): the warnings first, then the files
        and the counts."""
        return [*self.warning_lines(), *self.file_lines(), *self.count_lines()]

    def file_lines(self) -> list[str]:
        """Each file read, as what it was read (an order or an item report), with its rows:
        the merchant sees that every file they chose was taken, and taken for what it is."""
        files = self.summary.files
        lines = [
            (
                self.tr("Order report {name}: %Ln row(s)", "", info.rows)
                if info.kind == "orders"
                else self.tr("Item report {name}: %Ln row(s)", "", info.rows)
            ).format(name=info.name)
            for info in files[:MAX_FILES_LISTED]
        ]
        if len(files) > MAX_FILES_LISTED:
            lines.append(
                self.tr(
                    "… and %Ln more file(s) (File → Import history lists them all)",
                    "",
                    len(files) - MAX_FILES_LISTED,
                )
            )
        return lines

    def count_lines(self) -> list[str]:
        s = self.summary
        number = self.locale().toString  # 12,000 as the file lines write it
        lines = [
            self.tr("Orders added: {n}").format(n=number(s.orders_added)),
            self.tr("Orders updated: {n}").format(n=number(s.orders_updated)),
            *(
                [
                    self.tr(
                        "Orders removed: {n} (known only from items, which all moved to other "
                        "orders)"
                    ).format(n=number(s.orders_removed))
                ]
                if s.orders_removed
                else []
            ),
            self.tr("Orders unchanged: {n}").format(n=number(s.orders_unchanged)),
            self.tr("Items added: {added}, updated: {updated}").format(
                added=number(s.items_added), updated=number(s.items_updated)
            ),
            self.tr("Now blocking closure: {n}").format(n=number(s.blocking_now)),
            self.tr("Newly blocking: {n} · No longer blocking: {m}").format(
                n=number(s.newly_blocking), m=number(s.no_longer_blocking)
            ),
        ]
        if s.flagged_total:
            lines.append(self.tr("Rows to review: {n}").format(n=number(s.flagged_total)))
        for text, count in s.unknown_statuses.items():
            lines.append(
                self.tr("Unknown status “{text}” (orders: {n}): these orders need review").format(
                    text=text, n=number(count)
                )
            )
        for text, count in s.unknown_item_statuses.items():
            lines.append(
                self.tr(
                    "Unknown status “{text}” on items only (orders: {n}): kept on the items; the "
                    "order report gives these orders a known status, so it does not change "
                    "whether they block"
                ).format(text=text, n=number(count))
            )
        for text, count in s.unknown_refund_statuses.items():
            lines.append(
                self.tr(
                    "Unknown refund status “{text}” (orders: {n}): these orders need review"
                ).format(text=text, n=number(count))
            )
        return lines

    def summary_html(self) -> str:
        metrics = QFontMetrics(self.font())
        files = "<br>".join(_wrappable(line, metrics) for line in self.file_lines())
        counts = "<br>".join(_wrappable(line, metrics) for line in self.count_lines())
        return f"{files}<br><br>{counts}" if files else counts

    def plain_text(self) -> str:
        rows = [
            (
                self.tr("{file}, row {row}: {problems} (order {order})")
                if r.order_id
                else self.tr("{file}, row {row}: {problems}")
            ).format(file=r.file, row=r.row, problems=problems_text(r.problems), order=r.order_id)
            for r in self.summary.flagged
        ]
        if self.summary.flagged_total > len(self.summary.flagged):
            rows.append(
                self.tr("… and {n} more").format(
                    n=self.locale().toString(self.summary.flagged_total - len(self.summary.flagged))
                )
            )
        return "\n".join([*self.lines(), "", *rows]).strip() + "\n"

    def _copy(self) -> None:
        """Copy the summary, and say so on the button for a moment: the clipboard shows
        nothing, so a click seemed to do nothing."""
        QGuiApplication.clipboard().setText(self.plain_text())
        self.copy_button.setText(self.tr("Copied"))
        self._copied_shown.start(COPIED_SHOWN_MS)

    def _order_chosen(self, index: QModelIndex) -> None:
        order_id = self.summary.flagged[index.row()].order_id
        if order_id:
            self.order_chosen.emit(order_id)

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save import summary"),
            # In the merchant's language, and one name an import: a second save of another
            # import's summary does not offer to write over the first.
            str(Path.home() / self.tr("import-summary-{id}.txt").format(id=self.summary.batch_id)),
            self.tr("Text files (*.txt)"),
        )
        if not name:
            return
        # Written beside the target and renamed over it: a full disk leaves an older
        # summary of that name as it was.
        saved = QSaveFile(name)
        done = saved.open(QIODevice.OpenModeFlag.WriteOnly)
        if done:
            saved.write(self.plain_text().encode("utf-8"))
            done = saved.commit()  # a failed write fails it and removes the temporary file
        if not done:
            QMessageBox.warning(
                self,
                self.tr("Save import summary"),
                self.tr(
                    "The summary could not be saved as {path} ({reason}). Choose another "
                    "folder, or free some disk space, and try again."
                ).format(path=QDir.toNativeSeparators(name), reason=saved.errorString()),
            )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _wrappable(text: str, metrics: QFontMetrics) -> str:
    """``text`` escaped, with a zero-width space between the characters of each word
    wider than LONGEST_UNBROKEN: a long file name, whole, widened the report past the
    dialog (it does not scroll sideways) and cut every line off on the right. Only between
    two characters of Latin text: Chinese text wraps by itself, and a space there let a
    line begin with its full stop."""
    return " ".join(
        _escape(
            _BETWEEN_LATIN.sub("\u200b", word)
            if metrics.horizontalAdvance(word) > LONGEST_UNBROKEN
            else word
        )
        for word in text.split(" ")
    )
