"""A second launch on the same store hands over to the first window and exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from shopcloser.store.lock import WriterLock
from tests.helpers import REPO, run_cli


def _launch(db: Path, *files: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "shopcloser", "--db", str(db), *files],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def first_window(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    db = tmp_path / "shop.db"
    process = _launch(db)
    probe = WriterLock(db)
    # A window that never starts, not a slow start (about 1 s: bench/startup.py).
    deadline = time.monotonic() + 60
    # The window holds the store's writer lock once it is up.
    while probe.try_acquire():
        probe.release()
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the window did not start"
        time.sleep(0.1)
    time.sleep(0.5)  # its local server starts right after the lock is taken
    yield process, db
    process.kill()
    process.communicate()


def test_second_launch_hands_over_and_exits(
    first_window: tuple[subprocess.Popen[str], Path],
) -> None:
    process, db = first_window
    second = _launch(db)
    try:
        # A second launch that waits instead of handing over never ends: the time limit
        # only tells such a hang from a slow start on a loaded machine (start-up itself
        # is measured in bench/startup.py, about 1 s).
        _out, err = second.communicate(timeout=60)
    finally:
        second.kill()
        second.communicate()
    assert second.returncode == 0, err
    assert process.poll() is None, "the first window must stay open"


def test_a_writing_command_is_refused_while_the_window_is_open(
    first_window: tuple[subprocess.Popen[str], Path],
) -> None:
    _process, db = first_window
    result = run_cli("undo", "1", db=db)
    assert result.returncode == 2
    assert "another window" in result.stderr
    assert run_cli("status", "--json", db=db).returncode == 0
