"""After an import: what changed, what blocks now, and the rows to review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopcloser.services.import_summary import ImportSummary
from shopcloser.ui.problem_texts import problems_text


class ImportSummaryDialog(QDialog):
    # A flagged row's order, double-clicked: the window shows it in the orders list.
    order_chosen = Signal(str)

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Import finished"))
        self.text = QLabel(self.summary_html(), self)
        self.text.setWordWrap(True)

        self.flagged = QTableWidget(0, 4, self)
        self.flagged.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Row"),
                self.tr("What could not be read"),
                self.tr("Order number"),
            ]
        )
        header = self.flagged.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.flagged.setToolTip(self.tr("Double-click a row to see its order in the list"))
        self.flagged.cellDoubleClicked.connect(self._order_chosen)
        self.flagged.verticalHeader().setVisible(False)
        self.flagged.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row in summary.flagged:
            index = self.flagged.rowCount()
            self.flagged.insertRow(index)
            self.flagged.setItem(index, 0, QTableWidgetItem(row.file))
            self.flagged.setItem(index, 1, QTableWidgetItem(str(row.row)))
            self.flagged.setItem(index, 2, QTableWidgetItem(problems_text(row.problems)))
            self.flagged.setItem(index, 3, QTableWidgetItem(row.order_id))
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

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy"), self)
        save = QPushButton(self.tr("Save…"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.plain_text()))
        save.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)

        heading = QLabel(f"<h3>{_escape(self.tr('Import finished'))}</h3>", self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addWidget(flagged_label)
        layout.addWidget(self.flagged, 1)
        if not has_flagged:
            layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(760, 480 if has_flagged else 300)

    def lines(self) -> list[str]:
        s = self.summary
        lines = [
            self.tr("Orders added: {n}").format(n=s.orders_added),
            self.tr("Orders updated: {n}").format(n=s.orders_updated),
            self.tr("Orders unchanged: {n}").format(n=s.orders_unchanged),
            self.tr("Items added: {added}, updated: {updated}").format(
                added=s.items_added, updated=s.items_updated
            ),
            self.tr("Now blocking closure: {n}").format(n=s.blocking_now),
            self.tr("Newly blocking: {n} · No longer blocking: {m}").format(
                n=s.newly_blocking, m=s.no_longer_blocking
            ),
        ]
        if s.flagged_total:
            lines.append(self.tr("Rows to review: {n}").format(n=s.flagged_total))
        for text, count in s.unknown_statuses.items():
            lines.append(
                self.tr("Unknown status “{text}” (orders: {n}): these orders need review").format(
                    text=text, n=count
                )
            )
        for text, count in s.unknown_item_statuses.items():
            lines.append(
                self.tr(
                    "Unknown status “{text}” on items only (orders: {n}): kept on the items; the "
                    "order report gives these orders a known status, so it does not change "
                    "whether they block"
                ).format(text=text, n=count)
            )
        for text, count in s.unknown_refund_statuses.items():
            lines.append(
                self.tr("Unknown status “{text}” (rows: {n}): these orders need review").format(
                    text=text, n=count
                )
            )
        for older in s.older_exports:
            lines.append(
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
            )
        return lines

    def summary_html(self) -> str:
        return "<br>".join(_escape(line) for line in self.lines())

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
                    n=self.summary.flagged_total - len(self.summary.flagged)
                )
            )
        return "\n".join([*self.lines(), "", *rows]).strip() + "\n"

    def _order_chosen(self, row: int, _column: int) -> None:
        order_id = self.summary.flagged[row].order_id
        if order_id:
            self.order_chosen.emit(order_id)

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save import summary"),
            str(Path.home() / "import-summary.txt"),
            self.tr("Text files (*.txt)"),
        )
        if name:
            Path(name).write_text(self.plain_text(), encoding="utf-8")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
