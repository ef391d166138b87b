"""Password protection of a backup workbook: ECMA-376 agile encryption (AES-256, SHA-512).

This is the encryption Excel itself applies with File → Info → Protect Workbook →
Encrypt with Password, so Excel and LibreOffice open the file after asking for the
password. The password is only passed through: never stored, never logged.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from shopcloser.messages import QT_TRANSLATE_NOOP, PasswordRequired, UserError, WrongPassword

# Encrypted Office files are OLE compound documents rather than zip files.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def password_needed(name: str) -> PasswordRequired:
    return PasswordRequired(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The backup {name} is protected with a password. Give the password to open it "
            "(in the command line: --password-file FILE).",
        ),
        name=name,
    )


def wrong_password(name: str) -> WrongPassword:
    return WrongPassword(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The password for {name} is not correct. Check it (capital letters count) and "
            "try again.",
        ),
        name=name,
    )


def is_encrypted(path: Path) -> bool:
    """True for a password-protected workbook."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(OLE_MAGIC)) == OLE_MAGIC
    except OSError:
        return False


def encrypt(plain: BinaryIO, out: BinaryIO, password: str) -> None:
    """Write ``plain`` (an xlsx) to ``out`` encrypted with ``password``."""
    from msoffcrypto.format.ooxml import OOXMLFile

    if not password:
        raise ValueError("an empty password protects nothing")
    OOXMLFile(plain).encrypt(password, out)


def decrypt(source: BinaryIO, password: str | None, name: str) -> io.BytesIO:
    """The workbook inside an encrypted file, in memory; integrity checked."""
    import msoffcrypto
    from msoffcrypto import exceptions as office_errors

    from shopcloser.formats.backup_reader import damaged_backup, not_a_backup

    try:
        office = msoffcrypto.OfficeFile(source)
        encrypted = office.is_encrypted()
    except Exception:  # any failure to parse the container: not ours
        raise not_a_backup(name) from None
    if not encrypted:
        raise not_a_backup(name)
    if not password:
        raise password_needed(name)
    try:
        office.load_key(password=password, verify_password=True)
    except office_errors.InvalidKeyError:
        raise wrong_password(name) from None
    except Exception:  # a damaged or unknown encryption header
        raise damaged_backup(name) from None
    plain = io.BytesIO()
    try:
        office.decrypt(plain, verify_integrity=True)
    except Exception:
        # Damaged encrypted content. The password was verified above: msoffcrypto's
        # InvalidKeyError here is its integrity check failing (a copy cut short), which
        # was told as a wrong password.
        raise damaged_backup(name) from None
    plain.seek(0)
    return plain


def open_plain(path: Path, password: str | None) -> BinaryIO:
    """The workbook at ``path`` ready to read: decrypted in memory when it is protected."""
    from shopcloser.formats.backup_reader import not_a_backup

    if path.is_dir():  # "damaged" sent merchants looking for copies (Windows: "cannot read")
        raise not_a_backup(path.name)
    try:
        if is_encrypted(path):
            with path.open("rb") as handle:
                return decrypt(handle, password, path.name)
        return path.open("rb")
    except FileNotFoundError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "The file {path} does not exist. Check the name and try again."
            ),
            path=str(path),
        ) from None
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "The file {path} could not be read ({detail}). Check the drive."
            ),
            path=str(path),
            detail=error.strerror or type(error).__name__,
        ) from None
