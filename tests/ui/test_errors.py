"""Bugs reach the merchant as a dialog with copyable details, logged; user errors as a message."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from shopcloser.logs import log_file, setup_logging
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError
from shopcloser.ui.dialogs.error_dialog import ErrorDialog


def _visible(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_an_unexpected_error_shows_details_and_is_logged(qtbot: QtBot) -> None:
    from shopcloser.ui.application import _excepthook

    setup_logging()
    try:
        raise ValueError("something inside broke")
    except ValueError as exc:
        _excepthook(type(exc), exc, exc.__traceback__)
    dialogs = _visible(ErrorDialog)
    assert len(dialogs) == 1
    assert "something inside broke" in dialogs[0].details.toPlainText()
    dialogs[0].close()
    assert "something inside broke" in log_file().read_text(encoding="utf-8")


def test_copy_details_puts_them_on_the_clipboard(qtbot: QtBot) -> None:
    dialog = ErrorDialog("Traceback: line 1", None)
    qtbot.addWidget(dialog)
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Copy details")
    button.click()
    assert QApplication.clipboard().text() == "Traceback: line 1"


def test_a_user_error_is_a_plain_message(qtbot: QtBot) -> None:
    from shopcloser.ui.errors import show_user_error

    box = show_user_error(
        None, UserError(QT_TRANSLATE_NOOP("Messages", "The file {name} is empty."), name="a.csv")
    )
    qtbot.waitExposed(box)
    assert box.text() == "The file a.csv is empty."
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()


def test_without_the_protection_against_malicious_workbooks_the_window_does_not_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from shopcloser.ui import application
    from shopcloser.ui.main_window import MainWindow

    monkeypatch.setenv("OPENPYXL_DEFUSEDXML", "False")
    # run_gui installs these for the whole process: keep the test run's own.
    monkeypatch.setattr(application, "qInstallMessageHandler", lambda handler: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: list[str] = []
    tries = iter(range(100))

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        elif next(tries, None) is None:
            QApplication.exit(99)  # no message: the window opened instead
        else:
            QTimer.singleShot(50, read_and_close)

    QTimer.singleShot(0, read_and_close)
    code = application.run_gui(db=str(tmp_path / "x.db"))
    assert seen, "no message was shown"
    assert "protection against malicious Excel files is switched off" in seen[0]
    assert "OPENPYXL_DEFUSEDXML" in seen[0]
    assert code == 2
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_without_a_log_file_the_bug_dialog_does_not_point_to_one(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Before: with a file where the log folder belongs (the window starts without a log),
    the dialog still sent the merchant to a log file that was never written."""
    from shopcloser import paths

    blocked = tmp_path / "logs"
    blocked.write_text("not a folder")
    monkeypatch.setattr(paths, "log_dir", lambda: blocked / "ShopCloser")
    try:
        assert setup_logging() is None
        dialog = ErrorDialog("Traceback: line 1", None)
        qtbot.addWidget(dialog)
        label = dialog.findChild(QLabel)
        assert label is not None
        text = label.text()
        assert "could not be written" in text and str(blocked) in text
        assert "log file " + str(log_file()) not in text
    finally:
        monkeypatch.undo()
        setup_logging()  # the tests' own log folder again
