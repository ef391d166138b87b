"""Letting the window's thread run while an import works on another thread.

CPython hands the GIL to a waiting thread only after the holder has kept it for a whole
switch interval (5 ms) without letting go. A worker that lets go briefly and often — at
every SQLite row step, every file read — takes it straight back each time and restarts
that count, so the waiting GUI thread can wait for a whole chunk of rows: 100–200 ms
froze the window once per chunk. Sleeping half a millisecond now and then really hands
the GIL over (at most 5 % of the work's time, and only when another thread exists).
"""

from __future__ import annotations

import threading
import time

# Longest stretch of work between two turns for other threads, and the turn itself.
_EVERY_S = 0.01
_TURN_S = 0.0005

_next_turn = 0.0


def give_way() -> None:
    """Call often from long work on a worker thread; cheap when it is not yet time."""
    global _next_turn
    now = time.perf_counter()
    if now < _next_turn:
        return
    if threading.active_count() > 1:
        time.sleep(_TURN_S)
    _next_turn = time.perf_counter() + _EVERY_S
