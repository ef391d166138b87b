"""Protected workbooks: the password prompt, and asking again after a wrong password."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from shopcloser.services.status import store_status
from shopcloser.ui.dialogs.import_summary_dialog import ImportSummaryDialog
from shopcloser.ui.dialogs.password_prompt import PasswordPrompt
from shopcloser.ui.main_window import MainWindow
from tests.ui.prompts import answer_password_prompts

DATA = Path(__file__).resolve().parents[1] / "data"


def summary_dialog() -> ImportSummaryDialog | None:
    shown = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, ImportSummaryDialog) and widget.isVisible()
    ]
    return shown[0] if shown else None


def test_the_password_prompt_does_not_take_an_empty_password(qtbot: QtBot) -> None:
    prompt = PasswordPrompt("Password needed", "orders.xlsx is protected with a password.")
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.waitExposed(prompt)
    assert not prompt.ok_button().isEnabled()
    QTest.keyClick(prompt.password, Qt.Key.Key_Return)  # Enter on nothing typed
    assert prompt.isVisible() and prompt.result() == 0
    QTest.keyClicks(prompt.password, "shop123")
    assert prompt.ok_button().isEnabled()
    QTest.keyClick(prompt.password, Qt.Key.Key_Return)
    assert not prompt.isVisible()
    assert prompt.password.text() == "shop123"


def test_a_wrong_password_asks_again_for_that_file(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_password_prompts(monkeypatch, "shop124", "shop123")
    window.import_files([DATA / "items-2020.csv", DATA / "encrypted-shop123.xlsx"])
    qtbot.waitUntil(lambda: summary_dialog() is not None, timeout=30_000)
    summary = summary_dialog()
    assert summary is not None
    summary.close()
    assert len(asked) == 2
    assert "does not open" not in asked[0]
    warning, label = asked[1].splitlines()
    assert warning == (
        "The password you entered does not open encrypted-shop123.xlsx. Check it (capital "
        "letters count) and enter it again."
    )
    assert "encrypted-shop123.xlsx is protected with a password" in label
    status = store_status(window.state.store)
    assert (status.orders, status.items > 0) == (20, True)  # both files imported


def test_cancel_after_a_wrong_password_ends_the_import(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_password_prompts(monkeypatch, "shop124")  # then Cancel
    window.import_files([DATA / "encrypted-shop123.xlsx"])
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=30_000)
    operation = window.importer.operation
    assert operation is not None
    qtbot.waitUntil(lambda: not operation.is_running(), timeout=10_000)
    qtbot.wait(50)  # nothing else comes: no refusal, no summary, no third prompt
    assert len(asked) == 2
    assert not [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert summary_dialog() is None
    assert window.importer.dialog is None
    assert store_status(window.state.store).orders == 0
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was changed."


def test_cancel_at_the_first_password_says_nothing_was_changed(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_password_prompts(monkeypatch)  # Cancel at once
    window.import_files([DATA / "encrypted-shop123.xlsx"])
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=30_000)
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was changed."
    assert store_status(window.state.store).orders == 0


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_prompt_shows_a_long_file_name_on_one_line(
    language: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seller centre's names are long, a browser adds " (1)" to a second download of
    the same name, and a merchant's own names have hyphens: the prompt is wide enough that
    the name, in the bold warning and in the label, is never broken across two lines."""
    from shopcloser import i18n
    from shopcloser.ui.application import create_application
    from shopcloser.ui.dialogs.password_prompt import ask_password

    app = create_application(language)
    name = "ExportOrderDetailList202005011200 (1) - encrypted-shop.xlsx"
    parent = QWidget()
    qtbot.addWidget(parent)
    lines: list[list[int]] = []

    def shown(prompt: PasswordPrompt) -> int:
        prompt.show()
        qtbot.waitExposed(prompt)
        lines.append([_lines_holding(label, name) for label in (prompt.warning, prompt.label)])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PasswordPrompt, "exec", shown)
    try:
        label = QApplication.translate(
            "ImportFlow", "{name} is protected with a password. Enter it to import the file:"
        ).format(name=name)
        assert ask_password(parent, name, label, again=True) is None
    finally:
        i18n.install_translators(app, "en")
    assert lines == [[1, 1]]


def _lines_holding(label: QLabel, text: str) -> int:
    """On how many lines ``label``, as laid out at its width, shows ``text``."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()  # lays the text out
    # Shown with non-breaking spaces and hyphens (U+00A0, U+2011).
    plain = document.toPlainText().replace("\u00a0", " ").replace("\u2011", "-")
    start = plain.index(text)
    block = document.findBlock(start)
    layout = block.layout()
    assert layout.lineCount() > 0
    first = layout.lineForTextPosition(start - block.position()).lineNumber()
    last = layout.lineForTextPosition(start + len(text) - 1 - block.position()).lineNumber()
    return last - first + 1


def test_a_name_too_long_for_a_line_is_shown_whole_within_the_prompt(qtbot: QtBot) -> None:
    """A name wider than the widest prompt: kept on one line it was cut off at the
    prompt's edge (its end, with the date and ".xlsx", unseen) and the prompt opened
    wider than MAX_WIDTH; it now wraps within the prompt."""
    from shopcloser.ui.dialogs.password_prompt import MAX_WIDTH

    name = "ExportOrderDetailList202005011200_" + "abcdefghij" * 20 + ".xlsx"
    prompt = PasswordPrompt(
        "Password needed",
        f"{name} is protected with a password. Enter it to import the file:",
        f"The password you entered does not open {name}.",
        name=name,
    )
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.waitExposed(prompt)
    assert prompt.width() <= MAX_WIDTH
    for label in (prompt.warning, prompt.label):
        assert _laid_out_width(label) <= label.contentsRect().width()
        assert label.height() >= label.heightForWidth(label.width())


def _laid_out_width(label: QLabel) -> float:
    """How wide ``label``'s text is when laid out at the label's width."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    return document.size().width()
