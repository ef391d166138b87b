"""Writing a file so that the target is either the old complete file or the new one.

The new file is written under a temporary name in the target's own folder (a rename is
atomic only within one file system), flushed and fsynced, then renamed over the target.
A crash, a kill or Cancel at any moment leaves the target as it was. Environment failures
(full disk, read-only folder, the file open in Excel) become a ``UserError`` that says
what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path

from shopcloser.messages import QT_TRANSLATE_NOOP, UserError

TEMP_SUFFIX = ".shopcloser-tmp"
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def disk_full() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "There is not enough free disk space to write the backup. Free some space or "
            "choose another drive, then try again. No backup file was changed.",
        )
    )


def folder_not_writable(folder: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "ShopCloser cannot write in the folder {folder}. Choose another folder (for "
            "example your Documents folder or a USB drive) and try again.",
        ),
        folder=str(folder),
    )


def target_in_use(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file {path} is open in another program (such as Excel). Close it there, "
            "or choose another file name, and try again. The file was not changed.",
        ),
        path=str(path),
    )


def environment_error(error: OSError, path: Path) -> UserError:
    """The message for a failure of the disk or folder rather than of ShopCloser."""
    if error.errno in _FULL:
        return disk_full()
    if isinstance(error, PermissionError) or error.errno in _DENIED:
        if path.exists() and os.name == "nt":
            return target_in_use(path)
        return folder_not_writable(path.parent)
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The backup could not be written to {path} ({detail}). Check the drive and "
            "the folder, or choose another place, and try again.",
        ),
        path=str(path),
        detail=error.strerror or type(error).__name__,
    )


def check_target(path: Path) -> None:
    """Refuse, before any work, a target that cannot be written."""
    folder = path.parent
    if path.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "{path} is a folder. Choose a file name for the backup inside it."
            ),
            path=str(path),
        )
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The folder {folder} does not exist. Choose an existing folder for the backup.",
            ),
            folder=str(folder),
        )
    if not os.access(folder, os.W_OK):
        raise folder_not_writable(folder)


def remove_stale_temporaries(path: Path) -> None:
    """Delete temporary files that an interrupted earlier write of ``path`` left behind."""
    for stale in path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            stale.unlink()


@contextlib.contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it over ``path`` if the block succeeds.

    The block writes the complete file to the yielded path. Anything raised in the block
    (Cancel included) deletes the temporary file and leaves ``path`` untouched.
    """
    path = path.absolute()
    check_target(path)
    remove_stale_temporaries(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    try:
        temp.touch(mode=0o600, exist_ok=False)
    except OSError as error:
        raise environment_error(error, temp) from None
    try:
        yield temp
        _fsync(temp)
        try:
            temp.replace(path)
        except OSError as error:
            if isinstance(error, PermissionError) and path.exists():
                raise target_in_use(path) from None
            raise environment_error(error, path) from None
        _fsync_folder(path.parent)
    except OSError as error:
        raise environment_error(error, path) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def private_temporary(suffix: str) -> Path:
    """A new empty file only this user can read, in the system's temporary folder.

    Used for the unencrypted workbook before encryption, so that it never appears in the
    merchant's (possibly cloud-synchronised) backup folder.
    """
    try:
        handle, name = tempfile.mkstemp(prefix="shopcloser-", suffix=suffix)
    except OSError as error:
        raise environment_error(error, Path(tempfile.gettempdir()) / "x") from None
    os.close(handle)
    return Path(name)


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
