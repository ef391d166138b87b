"""The rotating log file, kept free of buyers' personal data."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from shopcloser import paths

LOG_NAME = "shopcloser.log"
# Mainland mobile numbers and long digit runs that could be one; names and addresses
# are never passed to the logger in the first place.
_PHONE = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")


class PersonalDataFilter(logging.Filter):
    """Last line of defence: masks anything that looks like a mobile number."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _PHONE.sub(r"\1****\2", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to the platform's log folder; returns the file's path, or None when the folder
    cannot be written (a file in its place, no space, no permission): the app then runs
    without a log rather than not at all, and logs nothing to the console either, where
    a record could show what the log file's filter would have masked."""
    path = log_file()
    root = logging.getLogger()
    for existing in [h for h in root.handlers if getattr(h, "_shopcloser", False)]:
        if isinstance(existing, RotatingFileHandler) and existing.baseFilename == str(path):
            return path
        # The log folder moved (another user folder, or a test's): follow it.
        root.removeHandler(existing)
        existing.close()
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()  # keeps logging's last resort (stderr) out of it
        handler._shopcloser = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PersonalDataFilter())
    handler._shopcloser = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path


def current_log() -> Path | None:
    """The log file being written (see :func:`setup_logging`), or None: its folder could
    not be made, or logging was not set up."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_shopcloser", False) and isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None
