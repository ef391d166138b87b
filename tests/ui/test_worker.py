"""Background work never takes the app down when its window goes away mid-job."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from shopcloser.messages import UserError
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


def test_a_data_file_that_cannot_be_written_is_refused_not_a_bug(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The window showed "ShopCloser hit an internal error" for a read-only data file (or
    a full disk): the merchant's to put right, so told as a refusal that says how."""
    db = tmp_path / "shop.db"
    sqlite3.connect(db).close()

    def job(progress: object, cancel: CancelToken) -> None:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            conn.execute("CREATE TABLE orders (id)")  # SQLite: a readonly database

    for store_path, expected in ((db, "refused"), (None, "crashed")):
        kind, what = _outcome(qtbot, Operation(job, store_path=store_path))
        assert kind == expected
        if kind == "refused":
            assert isinstance(what, UserError)
            assert f"The data file {db} cannot be written" in str(what)


def _outcome(qtbot: QtBot, operation: Operation) -> tuple[str, object]:
    seen: list[tuple[str, object]] = []
    operation.refused.connect(lambda err: seen.append(("refused", err)))
    operation.crashed.connect(lambda details: seen.append(("crashed", details)))
    operation.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    qtbot.waitUntil(lambda: not operation.is_running(), timeout=5000)
    return seen[0]
