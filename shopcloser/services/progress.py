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
    # Which came first, Cancel or the work's last check: "cancelled" or "saving". Decided
    # by one dict.setdefault, atomic without a lock: the CLI's Ctrl-C handler runs on the
    # thread doing the work, and waiting there for a lock the work holds hung for good.
    _end: dict[str, str] = field(default_factory=dict)

    def cancel(self) -> bool:
        """Ask the work to stop. False when it is past its :meth:`last_check` (saving
        what it did): it then finishes, and whoever asked must not say nothing changed."""
        self._event.set()
        return self._end.setdefault("end", "cancelled") == "cancelled"

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    @property
    def saving(self) -> bool:
        """Past the last check: the work is saving and can no longer be cancelled."""
        return self._end.get("end") == "saving"

    def check(self) -> None:
        """Stop here if cancelled; long work calls this often, so it is also where the
        work gives other threads (the window's) their turn. Once saving, it goes on."""
        give_way()
        if self._event.is_set() and not self.saving:
            raise Cancelled()

    def last_check(self) -> None:
        """The last moment Cancel can leave everything as it was (right before a commit):
        stop here if cancelled; from here on the work finishes."""
        if self._end.setdefault("end", "saving") != "saving":
            raise Cancelled()

    def reopen(self) -> None:
        """The save failed and the work starts again (an import redone in one process):
        Cancel stops it again, one that came while it was saving included."""
        if self.saving:
            del self._end["end"]


def no_progress(done: int, total: int | None, message: str) -> None:
    """The reporter for callers that do not show progress."""
