"""``--password-file``: the password on the first line of a text file, as every command
reads it."""

from __future__ import annotations

import codecs
import contextlib
import locale
from pathlib import Path

from shopcloser.messages import QT_TRANSLATE_NOOP, UserError


def read_password_file(path: Path) -> str:
    """The first line of ``path`` exactly as typed: only a byte order mark and the line
    ending are removed. Spaces at either end belong to the password (Excel accepts
    them), so they are kept."""
    try:
        text = _text(path.read_bytes())
    except (OSError, UnicodeDecodeError):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The password file {path} could not be read. Check the name, and save it "
                "as plain text with the password on the first line.",
            ),
            path=str(path),
        ) from None
    lines = text.splitlines()  # \n, \r\n, and a lone \r as old Mac editors end lines
    password = lines[0] if lines else ""
    if not password.strip():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The password file {path} is empty. Put the password on its first line.",
            ),
            path=str(path),
        )
    return password


def _text(data: bytes) -> str:
    """As Windows' Notepad saves it: UTF-8 (with or without a BOM), "Unicode" (UTF-16
    with a BOM), or "ANSI", the system's code page (GBK on a Simplified Chinese Windows,
    Big5 on a Traditional one): a Chinese password read as UTF-8 failed. GB18030 last,
    for a file written elsewhere."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    with contextlib.suppress(UnicodeDecodeError):
        return data.decode("utf-8-sig")
    system = locale.getpreferredencoding(False)  # "ANSI": cp950 on a zh_TW Windows
    with contextlib.suppress(UnicodeDecodeError, LookupError):
        return data.decode(system)
    return data.decode("gb18030")
