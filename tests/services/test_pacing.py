"""Long work off the main thread gives the window's thread its turn; on the main thread
(the command line) it never waits."""

from __future__ import annotations

import threading
import time

import pytest

from shopcloser.services import pacing
from shopcloser.services.progress import CancelToken


def test_only_work_off_the_main_thread_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    pauses: list[int] = []
    monkeypatch.setattr(pacing, "_EVERY_S", 0.0)  # every call is due
    # pacing calls time.sleep through the time module itself: patch it there.
    monkeypatch.setattr(time, "sleep", lambda _s: pauses.append(threading.get_ident()))

    for _ in range(3):
        CancelToken().check()
    assert pauses == []

    def worker() -> None:
        for _ in range(3):
            CancelToken().check()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert len(pauses) == 3 and thread.ident in pauses
