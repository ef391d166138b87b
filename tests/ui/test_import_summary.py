"""The import summary dialog, built from real imports of the sample files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from shopcloser.services.import_summary import ImportSummary
from shopcloser.services.importing import import_files
from shopcloser.store.database import Store
from shopcloser.ui.dialogs.import_summary_dialog import ImportSummaryDialog
from tests.samples import refund_exports

DATA = Path(__file__).resolve().parents[1] / "data"


def _dialog(qtbot: QtBot, summary: ImportSummary) -> ImportSummaryDialog:
    from shopcloser.ui.application import create_application

    create_application("en")
    dialog = ImportSummaryDialog(summary)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_older_export_is_warned_about_apart_from_the_counts(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    older, newer = refund_exports(tmp_path)
    import_files(store, [newer])
    dialog = _dialog(qtbot, import_files(store, [older]))
    assert dialog.windowTitle() == "Import finished"
    assert dialog.warning.isVisible()
    layout = dialog.layout()
    assert layout is not None
    assert layout.indexOf(dialog.warning) < layout.indexOf(dialog.text)
    icon = next(label for label in dialog.warning.findChildren(QLabel) if label.pixmap())
    assert not icon.pixmap().isNull()
    said = "ExportOrderDetailList202003151200.csv was exported on 2020-03-15 12:00"
    assert said in dialog.warning_text.text()
    assert "<b>" in dialog.warning_text.text()
    assert said not in dialog.text.text()  # not one more line among the counts
    assert said in dialog.plain_text()  # Copy and Save keep it
    assert dialog.plain_text().index(said) < dialog.plain_text().index("Orders added")


def test_no_warning_area_without_a_warning(qtbot: QtBot, store: Store) -> None:
    dialog = _dialog(qtbot, import_files(store, [DATA / "orders-2017.csv"]))
    assert not dialog.warning.isVisible()
