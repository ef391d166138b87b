"""``open_report``: look at a file, refuse it with a reason, or get it ready to stream.

The kind of file is judged by its first bytes, not its name (merchants rename files):
zip → xlsx, OLE → a password-protected workbook (an unprotected one is an old .xls,
refused), known picture and archive signatures → not a spreadsheet, anything else → CSV
text (which still has to decode and have an order-number column). Before that, the start
of a workbook or of text (or nothing) followed by NUL bytes → a broken download.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from shopcloser.formats import refusals
from shopcloser.formats.csv_bounds import CHUNK, NUL_RUN, RowBounds, RowTooLargeError
from shopcloser.formats.csv_source import HEAD_BYTES, open_csv
from shopcloser.formats.report import ReportFile
from shopcloser.formats.xlsx_source import check_workbook, decrypt, open_xlsx
from shopcloser.formats.zip_damage import ZIP_START
from shopcloser.messages import UserError

EMPTY_ZIP_START = b"PK\x05\x06"  # an archive with no parts: its end record alone
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HASH_CHUNK = CHUNK
# A download (or copy) that broke off may leave NUL bytes where the rest of the file
# should be: a browser or download tool that reserves the file's room first, a computer
# that lost power before writing the file out. They are at the file's end, or in its
# middle for a download made in parallel parts. No export holds a NUL byte in its text,
# nor ends in them.
_TAIL_BYTES = 4096
_TRAILING_NULS = len(NUL_RUN)
_CONTROLS = bytes(c for c in range(32) if c not in b"\t\n\r")
_RUN_START = len(NUL_RUN) - 1  # bytes of a run that one chunk may end with
_Digest = TypeVar("_Digest")
# Signatures of common files that are certainly not spreadsheets.
_NOT_SPREADSHEETS = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"%PDF",
    b"RIFF",
    b"\x1f\x8b",  # gzip
    b"Rar!",
    b"7z\xbc\xaf",
    b"\x7fELF",
    b"II*\x00",
    b"MM\x00*",
)


def open_report(
    path: Path,
    *,
    password: str | None = None,
    sha256: str | None = None,
    far_cells: bool = True,
) -> ReportFile:
    """Inspect an export file: refuse it (``UserError``) or return it ready to stream.

    A password-protected workbook raises ``PasswordRequired`` without ``password``, and
    is decrypted in memory with it. ``sha256``, when the caller hashed the file already,
    saves reading it once more. ``far_cells`` False leaves a workbook's scan for far
    cells to the caller (``xlsx_safety.check_parts``).
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A folder, a device, a named pipe (which opening would wait on forever).
            raise refusals.not_a_spreadsheet()
        size = info.st_size
        with path.open("rb") as raw:
            head = raw.read(HEAD_BYTES)
            tail = head[-_TAIL_BYTES:]
            if size > len(head):
                raw.seek(max(size - _TAIL_BYTES, len(head)))
                tail = raw.read(_TAIL_BYTES)
    except IsADirectoryError:
        raise refusals.not_a_spreadsheet() from None
    except OSError as error:
        raise refusals.cannot_read(error) from None
    if size == 0 or (size <= HEAD_BYTES and not head.strip()):
        raise refusals.empty_file()
    if _broken_download(head, tail, size):
        raise refusals.broken_download()
    if head.startswith((ZIP_START, EMPTY_ZIP_START)):
        try:
            report = _open_zip(path, size, info.st_mtime_ns, sha256, far_cells)
        except UserError:
            # Checked while another program wrote to it, emptied it or replaced it: not
            # damaged, nor another kind of file.
            with contextlib.suppress(OSError):
                now = path.stat()
                if (now.st_size, now.st_mtime_ns) != (size, info.st_mtime_ns):
                    raise refusals.file_changed() from None
            raise
        return report
    if head.startswith(OLE_MAGIC):
        return _open_ole(path, size, password, sha256, far_cells)
    if head.startswith(_NOT_SPREADSHEETS):
        raise refusals.not_a_spreadsheet()
    # Checked on its first rows before it is read whole: a large file that is no report
    # is refused at once, not once hashed.
    report = open_csv(path, head, size, sha256 or "")
    report.mtime_ns = info.st_mtime_ns
    if sha256 is None:
        # Read whole for its SHA-256, the file is checked for rows too large to parse.
        assert report.encoding is not None and report.delimiter is not None
        bounds = RowBounds(report.encoding, report.delimiter)
        report.sha256, report.lines = _hashed(lambda p: _sha256_and_lines(p, bounds), path)
    return report


def _broken_download(head: bytes, tail: bytes, size: int) -> bool:
    """Whether the file is the start of a report (a workbook, or text: the part before
    the first NUL byte), or nothing, followed by NUL bytes up to its end or by a run of
    them. Files of other kinds may hold such runs: judged as before."""
    if head.startswith((OLE_MAGIC, *_NOT_SPREADSHEETS)) or head[257:262] == b"ustar":
        return False  # a tar archive ends in NUL bytes
    trailing = len(tail) - len(tail.rstrip(b"\x00"))
    ends_in_nuls = trailing >= min(_TRAILING_NULS, size)
    if head.startswith((ZIP_START, EMPTY_ZIP_START)):
        return ends_in_nuls
    first = head.find(b"\x00")
    start = head if first == -1 else head[:first]
    if len(start.translate(None, _CONTROLS)) != len(start):
        return False  # binary: not a report
    return ends_in_nuls or (first != -1 and head.startswith(NUL_RUN, first))


def _open_zip(
    path: Path, size: int, mtime_ns: int, sha256: str | None, far_cells: bool
) -> ReportFile:
    with path.open("rb") as raw:
        checked = check_workbook(raw, size, far_cells=far_cells)
    report = open_xlsx(path, path, size, sha256 or "", checked)
    report.mtime_ns = mtime_ns  # its rows are read from the file: see xlsx_source._unchanged
    return _with_sha256(report, sha256)


def _open_ole(
    path: Path, size: int, password: str | None, sha256: str | None, far_cells: bool
) -> ReportFile:
    """A protected workbook, decrypted in memory from the very bytes whose SHA-256 the
    import records. Hashed from a second read of the file, it could have been another
    file's (one written over between the two reads) while the rows came from the first;
    ``sha256``, from the caller's own read, must be theirs too."""
    encrypted = _hashed(Path.read_bytes, path)
    digest = hashlib.sha256(encrypted).hexdigest()
    if (sha256 and digest != sha256) or len(encrypted) != size:
        raise refusals.file_changed()
    plain = decrypt(io.BytesIO(encrypted), password)
    del encrypted  # the decrypted workbook is all that is read from now on
    if plain.read(4) != ZIP_START:
        raise refusals.old_excel_format()  # a protected .xls, decrypted
    plain_size = plain.seek(0, io.SEEK_END)
    plain.seek(0)
    checked = check_workbook(plain, plain_size, far_cells=far_cells)
    plain.seek(0)
    return _with_sha256(open_xlsx(path, plain, size, digest, checked), digest)


def _with_sha256(report: ReportFile, sha256: str | None) -> ReportFile:
    """The report with its file's SHA-256, computed only now that it has passed."""
    report.sha256 = sha256 or _hashed(_sha256, report.path)
    return report


def _hashed(digest: Callable[[Path], _Digest], path: Path) -> _Digest:
    try:
        return digest(path)
    except OSError as error:
        raise refusals.cannot_read(error) from None


def _sha256_and_lines(path: Path, bounds: RowBounds) -> tuple[str, int]:
    """The file's SHA-256 and its count of line breaks, in one read that ``bounds``
    checks too (refusing a file with a row too large to parse), refusing a file with a
    run of NUL bytes anywhere: a download in parallel parts that lost one. The parser
    reads a short run as text, into a cell or across rows, and the rows it overwrote
    would be missing without a word (a long one makes a cell too long: refused too)."""
    digest = hashlib.sha256()
    lines = 0
    checking = True
    before = b""  # the end of the chunk before, for a run across two chunks
    with path.open("rb") as raw:
        while chunk := raw.read(_HASH_CHUNK):
            digest.update(chunk)
            lines += chunk.count(b"\n")
            # Looked for as one byte first: that search is nearly free.
            if b"\x00" in chunk and (NUL_RUN in chunk or NUL_RUN in before + chunk[:_RUN_START]):
                raise refusals.broken_download()
            before = chunk[-_RUN_START:]
            if checking:
                try:
                    bounds.feed(chunk)
                except RowTooLargeError:
                    bounds.confirm(path)  # refuses the file, or has read it all: passed
                    checking = False
    return digest.hexdigest(), lines


def _sha256(path: Path) -> str:
    with path.open("rb") as raw:
        return hashlib.file_digest(raw, "sha256").hexdigest()
