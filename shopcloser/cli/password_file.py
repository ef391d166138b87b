"""``--password-file``: the password on the first line of a text file, as every command
reads it."""

from __future__ import annotations

from pathlib import Path

from shopcloser.messages import QT_TRANSLATE_NOOP, UserError


def read_password_file(path: Path) -> str:
    """The first line of ``path`` exactly as typed: only a UTF-8 BOM and the line ending
    are removed. Spaces at either end belong to the password (Excel
    accepts them), so they are kept."""
    try:
        text = path.read_bytes().decode("utf-8-sig")  # a BOM removed
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
