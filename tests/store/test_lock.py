from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from shopcloser.store.lock import WriterLock, lock_path


def test_one_writer_at_a_time(store_path: Path) -> None:
    first = WriterLock(store_path)
    assert first.try_acquire()
    assert not WriterLock(store_path).try_acquire()
    first.release()
    second = WriterLock(store_path)
    assert second.try_acquire()
    second.release()


def test_a_killed_holder_never_locks_the_merchant_out(store_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from pathlib import Path; from shopcloser.store.lock import WriterLock;"
            f"lock = WriterLock(Path({str(store_path)!r})); assert lock.try_acquire();"
            "print('held', flush=True);"
            "time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    assert not WriterLock(store_path).try_acquire()
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    deadline = time.monotonic() + 5
    lock = WriterLock(store_path)
    while not lock.try_acquire():
        assert time.monotonic() < deadline, "the lock outlived the process that held it"
        time.sleep(0.05)
    lock.release()
    assert lock_path(store_path).exists()
