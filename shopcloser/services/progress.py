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
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _saving: bool = False

    def cancel(self) -> bool:
        """Ask the work to stop. False when it is past its :meth:`last_check` (saving
        what it did): it then finishes, and whoever asked must not say nothing changed."""
        with self._lock:
            self._event.set()
            return not self._saving

    def last_check(self) -> None:
        """The last moment Cancel can leave everything as it was (right before a commit):
        stop here if cancelled; from here on the work finishes."""
        with self._lock:
            if self._event.is_set():
                raise Cancelled()
            self._saving = True

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    @property
    def saving(self) -> bool:
        """Past the last check: the work is saving and can no longer be cancelled."""
        return self._saving

    def check(self) -> None:
        """Stop here if cancelled; long work calls this often, so it is also where the
        work gives other threads (the window's) their turn."""
        give_way()
        if self._event.is_set():
            raise Cancelled()


def no_progress(done: int, total: int | None, message: str) -> None:
    """The reporter for callers that do not show progress."""
