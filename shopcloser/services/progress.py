"""How long operations report progress and learn they were cancelled, without Qt.

The window passes a reporter that forwards to a Qt signal from its worker thread; the
CLI passes none (or a text one). Operations call ``check()`` often enough that Cancel
answers within a fraction of a second.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Protocol

from shopcloser.messages import Cancelled
from shopcloser.services.pacing import give_way


class ProgressReporter(Protocol):
    def __call__(self, done: int, total: int | None, message: str) -> None:
        """``done`` of ``total`` units (rows, usually); ``total`` None when unknown."""


@dataclass
class CancelToken:
    _event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Stop here if cancelled; long work calls this often, so it is also where the
        work gives other threads (the window's) their turn."""
        give_way()
        if self._event.is_set():
            raise Cancelled()


def no_progress(done: int, total: int | None, message: str) -> None:
    """The reporter for callers that do not show progress."""
