"""Ctrl-C during a command that changes the store.

Python turns Ctrl-C into an exception wherever the program happens to be. Raised inside
the import's transaction, it rolls the import back, but raised after the commit (while
the store is closed, say) it made the command say "nothing was changed" about a change it
had saved; inside a first import with a helper process, the helper's failure it caused
was taken for a reason to import again in one process. So a command that changes the
store takes Ctrl-C as the window takes Cancel: the work stops at its next safe point,
before its commit, or finishes and says what it did.

A second Ctrl-C, for work stuck where it does not look, ends the process at once: raised
as an exception it could land inside SQLite's own call back into Python and leave the
connection holding the store's lock, so that cleaning up waited for that lock and ended
with a false "busy". SQLite's journal makes ending at once safe: the change is saved
whole or not at all.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from types import FrameType

from shopcloser.services.progress import CancelToken


@contextmanager
def cancel_on_interrupt(
    token: CancelToken,
    stopping: Callable[[], str],
    stopped: Callable[[], str],
    saving: Callable[[], str],
) -> Iterator[None]:
    """Within the block, Ctrl-C cancels ``token`` (the work raises ``Cancelled`` at its
    next check) and says ``stopping()``, or ``saving()`` when the work is past its last
    check and finishes; a second one says ``stopped()`` and ends the process with exit
    code 2."""

    def interrupted(_signal: int, _frame: FrameType | None) -> None:
        if not token.cancelled:
            _say(stopping() if token.cancel() else saving())
            return
        _say(stopped())
        # What the command wrote so far (a summary into a file is buffered) is kept.
        for stream in (sys.stdout, sys.stderr):
            with suppress(OSError, ValueError, AttributeError):
                stream.flush()
        os._exit(2)

    # Not put back once cancelled: the command is ending, and a second Ctrl-C while it
    # does still stops at once (restoring, even for a moment, would let it through).
    with _handler(interrupted, kept=lambda: token.cancelled):
        yield


@contextmanager
def held_back() -> Iterator[None]:
    """Within the block (closing a store whose change is committed), Ctrl-C is ignored:
    the command then says what it did, which is all there is left to do."""
    with _handler(lambda _signal, _frame: None):
        yield


def _say(text: str) -> None:
    with suppress(OSError, ValueError):
        print(text, file=sys.stderr, flush=True)


@contextmanager
def _handler(
    handler: Callable[[int, FrameType | None], None],
    kept: Callable[[], bool] = lambda: False,
) -> Iterator[None]:
    """``handler`` for Ctrl-C within the block; the previous one after it, unless
    ``kept()`` says this one stays."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers (tests run commands elsewhere too)
        return
    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        if not kept():
            signal.signal(signal.SIGINT, previous)
