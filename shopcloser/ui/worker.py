"""The one way long work runs: on a worker thread, with progress, cancel and a result.

Widgets never touch the store themselves. They start an :class:`Operation`; it runs the
service function off the GUI thread, reports progress through signals, turns a
``UserError`` into a message for the merchant, and says what changed when it is done.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from shopcloser.messages import Cancelled, UserError
from shopcloser.services.progress import CancelToken
from shopcloser.store.write_problems import write_problem

log = logging.getLogger(__name__)

# A job receives the progress reporter and the cancel token, and returns its result.
Job = Callable[[Callable[[int, int | None, str], None], CancelToken], Any]


class _Runner(QObject):
    progressed = Signal(int, int, str)  # done, total (-1 unknown), message
    succeeded = Signal(object)
    refused = Signal(object)  # UserError
    cancelled = Signal()
    crashed = Signal(str)  # traceback text

    def __init__(self, job: Job, token: CancelToken, store_path: Path | None) -> None:
        super().__init__()
        self._job = job
        self._token = token
        self._store_path = store_path
        self._last_emit = 0.0
        self.done = False  # the job returned: what it did is kept

    def _report(self, done: int, total: int | None, message: str) -> None:
        # Throttled: a flood of queued signals would itself freeze the event loop.
        now = time.monotonic()
        if now - self._last_emit >= 0.05 or (total is not None and done >= total):
            self._last_emit = now
            self.progressed.emit(done, -1 if total is None else total, message)

    def run(self) -> None:
        try:
            result = self._job(self._report, self._token)
        except Cancelled:
            self.cancelled.emit()
        except UserError as err:
            self.refused.emit(err)
        except Exception as exc:
            problem = (
                None if self._store_path is None else write_problem(exc, str(self._store_path))
            )
            if problem is not None:  # the disk or the folder, not ShopCloser
                log.warning("A background operation stopped: %s (%s)", problem, type(exc).__name__)
                self.refused.emit(problem)
                return
            log.exception("A background operation failed")
            import traceback

            self.crashed.emit(traceback.format_exc())
        else:
            self.done = True  # before the signal: a thread waiting for the end reads it
            self.succeeded.emit(result)


class Operation(QObject):
    """One background job. Connect to its signals, then call :meth:`start`."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    refused = Signal(object)
    cancelled = Signal()
    crashed = Signal(str)
    finished = Signal()

    def __init__(
        self, job: Job, parent: QObject | None = None, *, store_path: Path | None = None
    ) -> None:
        """``store_path``: the data file the job writes, whose disk or folder may be at
        fault when the job fails (a full disk, a read-only folder)."""
        super().__init__(parent)
        self.token = CancelToken()
        self._thread = QThread(self)
        self._runner = _Runner(job, self.token, store_path)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        for name in ("progressed", "succeeded", "refused", "cancelled", "crashed"):
            getattr(self._runner, name).connect(getattr(self, name))
            getattr(self._runner, name).connect(self._thread.quit)
        self._thread.finished.connect(self.finished)
        # Qt aborts the whole process if a QThread is destroyed while its thread runs: stop
        # and wait for it when the app quits or the widget owning this operation goes away
        # (``destroyed`` is emitted before the owner's children are deleted).
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_for_exit)
        if parent is not None:
            thread, token = self._thread, self.token
            parent.destroyed.connect(lambda *_: _stop(thread, token))

    def _stop_for_exit(self) -> None:
        _stop(self._thread, self.token)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> bool:
        """Ask the job to stop; False when it is already saving (it then finishes)."""
        return self.token.cancel()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    @property
    def done(self) -> bool:
        """Whether the job returned (what it did is kept), rather than stopped."""
        return self._runner.done

    def wait(self, ms: int = 30_000) -> bool:
        """Wait until the job has ended. Its thread's end is asked for here: the one its
        signals queue for the GUI thread cannot arrive while that thread waits (closing
        the window during an import stood still 30 s)."""
        self._thread.quit()
        return self._thread.wait(ms)


def stop_to_close(
    operation: Operation | None, parent: QWidget, texts: Callable[[], tuple[str, str, str]]
) -> bool:
    """Whether the window may close while ``operation`` may run: after a question (stop
    it and close?) it is stopped, and waited for. Work already saving (past its last check)
    ends by itself in a moment and is kept whole: a message says so, instead of the
    question's "nothing will be changed". ``texts``: the title, the question and that
    message, asked for only when the work runs (while the window closes, its widgets
    may be going: translating through one of them then crashed)."""
    if operation is None or not operation.is_running():
        return True
    title, question, kept = texts()
    if not operation.token.saving:
        answer = QMessageBox.question(parent, title, question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if operation.cancel():
            operation.wait()
            return True
    # Said only of work that did end saved: a save can still fail (a full disk), and an
    # import whose commit failed starts again in one process, which Cancel stops.
    if operation.wait() and operation.done:
        QMessageBox.information(parent, title, kept)
    return True


def _stop(thread: QThread, token: CancelToken) -> None:
    """Cancel the job and wait for its thread to end (the job checks the token often)."""
    try:
        running = thread.isRunning()
    except RuntimeError:  # its C++ object is already gone: nothing left to wait for
        return
    if running:
        token.cancel()
        thread.quit()
        thread.wait()
