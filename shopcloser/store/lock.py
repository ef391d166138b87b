"""One writer at a time per store, with a lock the operating system releases.

The lock is an advisory lock on ``<store>.lock`` held by an open file handle: when the
holder exits or is killed, the kernel drops it, so a crash can never lock the merchant
out. Stores given as server URLs have no file to lock; the server arbitrates there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from shopcloser.messages import QT_TRANSLATE_NOOP, UserError

if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


class WriterLock:
    """Held by the window for its whole life, and by a writing CLI command while it runs."""

    def __init__(self, store_path: Path | None) -> None:
        self.path = lock_path(store_path) if store_path is not None else None
        self._handle: IO[bytes] | None = None

    def try_acquire(self) -> bool:
        if self.path is None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+b")
        if not _try_lock(handle):
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._handle = handle
        return True

    def acquire_or_refuse(self) -> WriterLock:
        if not self.try_acquire():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "ShopCloser is open on this data file in another window, or a command is "
                    "changing it, so it cannot be changed from here. Do this in that window, or "
                    "try again once the window is closed or the command has finished.",
                )
            )
        return self

    def release(self) -> None:
        if self._handle is not None:
            # Closing the handle releases the lock; the file stays (removing it would race).
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> WriterLock:
        return self.acquire_or_refuse()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
