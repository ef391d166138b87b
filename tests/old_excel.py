"""An old-format Excel file (.xls) without a password, written by hand.

No library the project has writes .xls, so this is the smallest file Excel's format
allows: an OLE compound file (version 3, 512-byte sectors) holding one "Workbook"
stream that starts with a BIFF8 BOF record and ends its globals with EOF. olefile and
msoffcrypto read it as an unprotected .xls.
"""

from __future__ import annotations

import struct
from pathlib import Path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SECTOR = 512
_FREE, _END, _FAT, _NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
# At least the mini-stream cutoff, so that the stream lives in ordinary sectors.
_STREAM_SIZE = 4096


def _entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        encoded,
        len(encoded),
        kind,  # 0 unused, 2 stream, 5 root
        1,  # black
        _NONE,
        _NONE,
        child,
        bytes(16),
        0,
        0,
        0,
        start,
        size,
    )


def old_xls_bytes() -> bytes:
    bof = struct.pack("<HH", 0x0809, 16) + struct.pack("<HHHHII", 0x0600, 0x0005, 0, 1997, 0, 0)
    eof = struct.pack("<HH", 0x000A, 0)
    stream = (bof + eof).ljust(_STREAM_SIZE, b"\0")
    stream_sectors = _STREAM_SIZE // _SECTOR
    # Sector 0: the FAT; sector 1: the directory; then the stream's sectors.
    fat = [_FAT, _END] + [2 + i + 1 for i in range(stream_sectors - 1)] + [_END]
    fat += [_FREE] * (_SECTOR // 4 - len(fat))
    directory = (
        _entry("Root Entry", 5, 1, _END, 0)
        + _entry("Workbook", 2, _NONE, 2, _STREAM_SIZE)
        + _entry("", 0, _NONE, 0, 0) * 2
    )
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        OLE_MAGIC,
        bytes(16),
        0x003E,
        3,
        0xFFFE,
        9,  # 512-byte sectors
        6,  # 64-byte mini sectors
        bytes(6),
        0,
        1,  # FAT sectors
        1,  # the directory's first sector
        0,
        4096,  # mini-stream cutoff
        _END,
        0,
        _END,
        0,
    ) + struct.pack("<109I", 0, *([_FREE] * 108))
    return header + struct.pack(f"<{len(fat)}I", *fat) + directory + stream


def write_old_xls(path: Path) -> Path:
    path.write_bytes(old_xls_bytes())
    return path
