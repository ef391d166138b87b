"""Saving the reconciliation report (or the marks log alone) from the orders tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from shopcloser import i18n
from shopcloser.messages import UserError
from shopcloser.services.reconciliation_report import write_marks_log, write_report
from shopcloser.ui.dialogs.progress_dialog import ProgressDialog
from shopcloser.ui.errors import show_user_error

if TYPE_CHECKING:
    from shopcloser.ui.tabs.orders import OrdersTab

LAST_FOLDER_KEY = "folders/report"


class OrdersReport:
    """This module's texts: ``OrdersReport.tr("…")`` is what ``pyside6-lupdate`` files
    under the "OrdersReport" context, the one looked up at run time (a helper function
    taking the text as a variable hid every text from it: they were never translated)."""

    @staticmethod
    def tr(text: str, _disambiguation: str = "", number: int = -1) -> str:
        return QCoreApplication.translate("OrdersReport", text, None, number)


def _choose(tab: OrdersTab, title: str, stem: str) -> Path | None:
    prefs = i18n.settings()
    folder = Path(str(prefs.value(LAST_FOLDER_KEY, str(Path.home()))))
    suggested = folder / f"{stem}-{date.today():%Y%m%d}.xlsx"
    name, _ = QFileDialog.getSaveFileName(
        tab, title, str(suggested), OrdersReport.tr("Excel workbook (*.xlsx)")
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    prefs.setValue(LAST_FOLDER_KEY, str(path.parent))
    return path


def save_report(tab: OrdersTab, only_blocking: bool) -> None:
    """Ask where, then write the report in the background with progress and Cancel."""
    path = _choose(
        tab,
        OrdersReport.tr("Save the reconciliation report"),
        OrdersReport.tr("reconciliation-report")
        if not only_blocking
        else OrdersReport.tr("blocking-orders-report"),
    )
    if path is None:
        return
    store, texts = tab.state.store, tab.texts.report_texts()
    dialog = ProgressDialog(OrdersReport.tr("Saving the reconciliation report"), tab)

    def done(_listed: Any) -> None:
        dialog.hide()
        dialog.deleteLater()
        QMessageBox.information(
            tab,
            OrdersReport.tr("Report saved"),
            OrdersReport.tr("The reconciliation report was saved as {path}.").format(path=path),
        )

    def refused(error: UserError) -> None:
        dialog.hide()
        dialog.deleteLater()
        show_user_error(tab, error)

    def job(progress: Any, cancel: Any) -> int:
        def report(done: int, total: int | None, message: str) -> None:
            progress(done, total, message)

        return write_report(
            store, path, only_blocking=only_blocking, texts=texts, progress=report, cancel=cancel
        )

    operation = tab.background.run("report", job, done, refused=refused)
    operation.progressed.connect(dialog.update_progress)
    operation.cancelled.connect(dialog.hide)
    operation.crashed.connect(dialog.hide)
    dialog.stops(operation.cancel)
    dialog.show()


def save_marks_log(tab: OrdersTab) -> None:
    path = _choose(tab, OrdersReport.tr("Save the marks log"), OrdersReport.tr("marks-log"))
    if path is None:
        return
    store, texts = tab.state.store, tab.texts.report_texts()

    def done(count: Any) -> None:
        QMessageBox.information(
            tab,
            OrdersReport.tr("Marks log saved"),
            OrdersReport.tr("%Ln entries of the marks log were saved as {path}.", "", count).format(
                path=path
            ),
        )

    def refused(error: UserError) -> None:
        show_user_error(tab, error)

    tab.background.run(
        "report",
        lambda _progress, cancel: write_marks_log(store, path, texts=texts, cancel=cancel),
        done,
        refused=refused,
    )
