"""Background work never takes the app down when its window goes away mid-job."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from shopcloser.services.progress import CancelToken
from shopcloser.ui.worker import Operation


def test_closing_the_owner_during_a_job_cancels_and_waits(qtbot: QtBot) -> None:
    started = threading.Event()
    seen_cancel: list[bool] = []

    def job(progress: object, cancel: CancelToken) -> None:
        started.set()
        while not cancel.cancelled:
            cancel._event.wait(0.01)
        seen_cancel.append(True)

    owner = QWidget()
    operation = Operation(job, owner)
    operation.start()
    assert started.wait(5)
    owner.deleteLater()
    del owner, operation
    qtbot.waitUntil(lambda: bool(seen_cancel), timeout=5000)  # no abort on the way
