"""Letting the window's thread run while long work runs on another thread.

CPython hands the GIL to a waiting thread only after the holder has kept it for a whole
switch interval (5 ms) without letting go. A worker that lets go briefly and often — at
every SQLite row step, every file read — takes it straight back each time and restarts
that count, so the waiting GUI thread can wait for a whole chunk of rows: 100–200 ms
froze the window once per chunk. Sleeping half a millisecond now and then really hands
the GIL over (at most 5 % of the work's time). Work on the main thread (the command
line, or quick jobs in the window) never sleeps.
"""

from __future__ import annotations

import threading
import time

# Longest stretch of work between two turns for other threads, and the turn itself.
_EVERY_S = 0.01
_TURN_S = 0.0005

_state = threading.local()
_MAIN = threading.main_thread().ident


def give_way() -> None:
    """Call often from long work; cheap when it is not yet time (or on the main thread)."""
    now = time.perf_counter()
    if now < getattr(_state, "next_turn", 0.0):
        return
    if threading.get_ident() != _MAIN:
        time.sleep(_TURN_S)
    _state.next_turn = time.perf_counter() + _EVERY_S
