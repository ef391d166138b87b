"""Cancel, or closing the window, once the work is saving: the window no longer says
that nothing will change (the work is kept whole), and says so afterwards."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from shopcloser.messages import UserError
from shopcloser.services.progress import CancelToken
from shopcloser.ui.dialogs.progress_dialog import ProgressDialog
from shopcloser.ui.worker import Operation, stop_to_close

KEPT = "It was already being saved: it is complete."


def test_cancel_once_saving_does_not_promise_that_nothing_changes(qtbot: QtBot) -> None:
    dialog = ProgressDialog("Importing orders")
    qtbot.addWidget(dialog)
    token = CancelToken()
    dialog.stops(token.cancel)
    dialog.cancel_button.click()
    assert dialog.message.text() == "Cancelling… nothing will be changed."

    saving = ProgressDialog("Importing orders")
    qtbot.addWidget(saving)
    token = CancelToken()
    token.last_check()  # the work has reached its commit
    saving.stops(token.cancel)
    saving.cancel_button.click()
    assert saving.message.text() == (
        "Already saving: this can no longer be stopped. It ends in a moment."
    )
    assert not saving.cancel_button.isEnabled()


def _job(release: threading.Event, *, saving: bool) -> Callable[..., Any]:
    def job(_progress: object, cancel: CancelToken) -> str:
        if saving:
            cancel.last_check()
        while not release.wait(0.01):
            cancel.check()
        cancel.last_check()
        return "saved"

    return job


def _answer_boxes(answers: list[tuple[str, QMessageBox.StandardButton]]) -> list[str]:
    """Answer each message box the code under test opens, in turn, as the merchant
    would click; returns the texts they showed."""
    seen: list[str] = []

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        shown = [box for box in boxes if box.isVisible()]
        if shown:
            box = shown[0]
            seen.append(box.text())
            expected, button = answers.pop(0)
            assert expected in box.text()
            clicked = box.button(button)
            assert clicked is not None
            clicked.click()
        if answers:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
    return seen


def test_closing_while_saving_waits_and_says_the_work_was_kept(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    operation = Operation(_job(release, saving=True), parent)
    results: list[object] = []
    operation.succeeded.connect(results.append)
    operation.start()
    qtbot.waitUntil(lambda: operation.token.saving)
    threading.Timer(0.2, release.set).start()
    seen = _answer_boxes([(KEPT, QMessageBox.StandardButton.Ok)])
    assert stop_to_close(operation, parent, lambda: ("Import in progress", "Stop it?", KEPT))
    # Ended, not given up on: waiting used to stand still 30 s (see Operation.wait).
    assert not operation.is_running()
    assert seen == [KEPT]  # no question that promised nothing would change
    qtbot.waitUntil(lambda: results == ["saved"])


def test_closing_before_saving_asks_and_stops_the_work(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    operation = Operation(_job(threading.Event(), saving=False), parent)
    stopped: list[bool] = []
    operation.cancelled.connect(lambda: stopped.append(True))
    operation.start()
    qtbot.waitUntil(operation.is_running)
    seen = _answer_boxes([("Stop it?", QMessageBox.StandardButton.Yes)])
    assert stop_to_close(operation, parent, lambda: ("Import in progress", "Stop it?", KEPT))
    assert not operation.is_running()
    assert seen == ["Stop it?"]
    qtbot.waitUntil(lambda: stopped == [True])
    assert not operation.token.saving


def test_closing_while_a_save_fails_does_not_say_the_work_was_kept(qtbot: QtBot) -> None:
    """The work was saving when the window closed, but its save failed (a full disk): it
    was said to be complete all the same."""
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    def failing_save(_progress: object, cancel: CancelToken) -> str:
        cancel.last_check()
        release.wait(5)
        raise UserError("The disk is full.")

    operation = Operation(failing_save, parent)
    operation.start()
    qtbot.waitUntil(lambda: operation.token.saving)
    threading.Timer(0.2, release.set).start()
    answers = [("", QMessageBox.StandardButton.Ok)]  # whatever box opens: answered
    seen = _answer_boxes(answers)
    assert stop_to_close(operation, parent, lambda: ("Import in progress", "Stop it?", KEPT))
    assert not operation.is_running() and not operation.done
    qtbot.wait(100)  # a box shown now would be seen
    assert seen == []
    answers.clear()
