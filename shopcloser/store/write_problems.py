"""Failures of the disk or of the data file's folder while the store is written.

A full disk, a read-only data file or folder, or another command writing the store came
out as "internal error" with a traceback in the log: they are the merchant's to put
right, and the transaction that hit them was rolled back. :func:`write_problem` tells
them from a bug by the error and its causes (SQLite says what went wrong in its message;
SQLAlchemy and our bulk writer wrap it).
"""

from __future__ import annotations

import errno

from shopcloser.messages import QT_TRANSLATE_NOOP, UserError, causes

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def busy(path: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The data file {path} is busy: another ShopCloser command (an import, for one) "
            "is writing to it. Try again when it has finished.",
        ),
        path=path,
    )


def disk_full(path: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "There is not enough free disk space to save changes to the data file "
            "{path}. Free some space on that disk, then try again. ShopCloser saves "
            "each change whole or not at all: the data file is not left half "
            "written.",
        ),
        path=path,
    )


def not_writable(path: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The data file {path} cannot be written: it, its folder, or the files "
            "SQLite keeps beside it (ending in -wal and -shm) are read-only or "
            "belong to another user. Make them writable, then try again. "
            "ShopCloser saves each change whole or not at all: the data file is not "
            "left half written.",
        ),
        path=path,
    )


def disk_refused(path: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The disk refused to save changes to the data file {path}: it may be "
            "full, or a drive was removed. Check the disk and free some space on "
            "it, then try again. ShopCloser saves each change whole or not at all: "
            "the data file is not left half written.",
        ),
        path=path,
    )


def write_problem(error: BaseException, path: str) -> UserError | None:
    """The message for ``error``, raised while writing the store at ``path``, when the
    disk or the folder is at fault rather than ShopCloser; None for anything else."""
    for cause in causes(error):
        said = str(cause).lower()
        number = cause.errno if isinstance(cause, OSError) else None
        if number in _FULL or "database or disk is full" in said:
            return disk_full(path)
        if number in _DENIED or "readonly database" in said:
            return not_writable(path)
        if "database is locked" in said:
            return busy(path)
        if "disk i/o error" in said:  # SQLite's word for a write the disk refused
            return disk_refused(path)
    return None
