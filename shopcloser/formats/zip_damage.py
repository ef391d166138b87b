"""What Python's zipfile raises when an archive is damaged, not only ``BadZipFile``."""

from __future__ import annotations

import struct
import zipfile
import zlib

# How a zip archive (a workbook) begins: its first part's local header.
ZIP_START = b"PK\x03\x04"

# A single changed byte in a zip's directory can make zipfile raise any of these: a
# version or method it does not know (NotImplementedError), a name that is not UTF-8
# (ValueError), offsets past the end (OSError, EOFError), a field cut short (struct.error);
# damaged compressed data raises zlib.error when it is read.
ZIP_DAMAGE: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    OSError,
    ValueError,
    EOFError,
    struct.error,
    zlib.error,
)
