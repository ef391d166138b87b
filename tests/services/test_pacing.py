"""Long work off the main thread gives the window's thread its turn; on the main thread
(the command line) it never waits."""

from __future__ import annotations

import threading
import time

import pytest

from shopcloser.services import pacing
from shopcloser.services.progress import CancelToken
from shopcloser.store.database import Store


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


def test_a_long_statement_gives_way_from_inside_sqlite(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One long statement (every key of a large store, a sort) runs inside SQLite, taking
    the GIL back at every row: the window's thread waited 100 ms and more for its turn.
    The statement's progress handler gives way, as the loops between statements do."""
    from sqlalchemy import text

    from shopcloser.services import order_sql

    turns: list[int] = []
    monkeypatch.setattr(order_sql, "give_way", lambda: turns.append(1))
    counting = text(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 200000) "
        "SELECT count(*) FROM n"
    )
    with store.engine.connect() as conn:
        chunks = list(order_sql.run_raw(conn, counting, CancelToken()))  # type: ignore[arg-type]
    assert [tuple(row) for chunk in chunks for row in chunk] == [(200_000,)]
    assert len(turns) > 10
