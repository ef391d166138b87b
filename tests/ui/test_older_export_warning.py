"""The import summary in the window points out an older export imported after a newer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shopcloser.ui.dialogs.import_summary_dialog import ImportSummaryDialog
from shopcloser.ui.main_window import MainWindow
from tests.samples import refund_exports


def _import_and_read_summary(window: MainWindow, qtbot: QtBot, path: Path) -> str:
    window.import_files([path])

    def shown() -> ImportSummaryDialog | None:
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ImportSummaryDialog) and w.isVisible()
        ]
        return found[0] if found else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=30_000)
    dialog = shown()
    assert dialog is not None
    text = dialog.plain_text()
    dialog.close()
    return text


def test_the_summary_says_an_older_export_brought_back_an_older_state(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    older, newer = refund_exports(tmp_path)
    first = _import_and_read_summary(window, qtbot, newer)
    assert "was exported on" not in first
    second = _import_and_read_summary(window, qtbot, older)
    assert (
        "ExportOrderDetailList202003151200.csv was exported on 2020-03-15 12:00, before "
        "ExportOrderDetailList202004011200.csv (exported on 2020-04-01 12:00)"
    ) in second
    assert "File → Import history" in second
