"""No formulas, tampering detected, and the target is never left half-written."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopcloser.messages import Cancelled, UserError
from shopcloser.services.backup import write_backup
from shopcloser.services.backup_verify import verify_backup
from shopcloser.services.progress import CancelToken
from shopcloser.services.restore import restore_backup
from shopcloser.services.status import store_status
from shopcloser.store.database import Store
from tests.backup.conftest import AWKWARD
from tests.helpers import REPO


def _sheet_member(path: Path, title: str) -> str:
    book = load_workbook(path, read_only=True)
    index = book.sheetnames.index(title)
    return f"xl/worksheets/sheet{index + 1}.xml"


def rewrite(path: Path, member: str, change: Callable[[str], str]) -> None:
    """Change one part of an xlsx in place, as someone editing the file by hand would."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts[member] = change(parts[member].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _cancel(token: CancelToken) -> None:
    token.cancel()


def test_formula_looking_texts_stay_text(seeded: Store, tmp_path: Path) -> None:
    out = tmp_path / "backup.xlsx"
    write_backup(seeded, out)
    book = load_workbook(out)
    texts = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                assert cell.data_type != "e", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@\t\r\n":
                    assert cell.quotePrefix, (sheet.title, cell.coordinate, cell.value)
                texts.append(cell.value)
    assert AWKWARD[0] in texts  # =HYPERLINK(…) exactly as the buyer wrote it
    assert "#N/A" in texts


def test_a_changed_cell_fails_verify_and_restore(
    seeded: Store, empty_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "backup.xlsx"
    write_backup(seeded, out)
    assert verify_backup(out).ok
    rewrite(out, _sheet_member(out, "Orders"), lambda xml: xml.replace("201.12", "210.12", 1))
    report = verify_backup(out)
    assert not report.ok
    assert [(d.sheet, d.problem) for d in report.differences] == [("Orders", "checksum")]
    with pytest.raises(UserError, match="does not match"):
        restore_backup(empty_store, out)
    assert store_status(empty_store).orders == 0


def test_a_deleted_row_fails_verify(seeded: Store, tmp_path: Path) -> None:
    out = tmp_path / "backup.xlsx"
    write_backup(seeded, out)

    def drop_last_row(xml: str) -> str:
        start = xml.rindex("<row ")
        return xml[:start] + xml[xml.index("</row>", start) + len("</row>") :]

    rewrite(out, _sheet_member(out, "Handling log"), drop_last_row)
    report = verify_backup(out)
    assert [(d.sheet, d.problem, d.expected, d.found) for d in report.differences] == [
        ("Handling log", "rows", "3", "2")
    ]


@pytest.mark.parametrize(
    ("offset", "value"),
    [
        (46, 0),  # a sheet's name in the zip directory blanked
        (6, 64),  # needs zip version 6.4
        (10, 99),  # compressed by a method zipfile does not know
    ],
)
def test_a_damaged_zip_directory_says_the_backup_is_damaged(
    seeded: Store, empty_store: Store, tmp_path: Path, offset: int, value: int
) -> None:
    """One changed byte in the zip directory (found by changing every byte of a backup in
    turn: each of these ended in a traceback) gives the merchant the usual message."""
    out = tmp_path / "backup.xlsx"
    write_backup(seeded, out)
    data = bytearray(out.read_bytes())
    entry = data.index(b"PK\x01\x02", data.rindex(b"xl/worksheets/sheet1.xml") - 46)
    data[entry + offset] = value
    out.write_bytes(bytes(data))
    for attempt in (lambda: verify_backup(out), lambda: restore_backup(empty_store, out)):
        with pytest.raises(UserError, match=r"damaged|not a ShopCloser backup"):
            attempt()
    assert store_status(empty_store).orders == 0


def test_a_backup_cut_short_is_damaged_and_a_folder_is_no_backup(
    seeded: Store, empty_store: Store, tmp_path: Path
) -> None:
    """A copy or download that broke off was called "not a ShopCloser backup" (the
    merchant looked for another file, not another copy); a folder was called damaged."""
    out = tmp_path / "backup.xlsx"
    write_backup(seeded, out)
    out.write_bytes(out.read_bytes()[:-500])
    for attempt in (lambda: verify_backup(out), lambda: restore_backup(empty_store, out)):
        with pytest.raises(UserError, match="is damaged and cannot be read") as refused:
            attempt()
        assert "backup.xlsx" in str(refused.value)
    with pytest.raises(UserError, match="is not a ShopCloser backup workbook"):
        verify_backup(tmp_path)
    assert store_status(empty_store).orders == 0
    # Protected, the copy cut short was said to have a wrong password: the password is
    # checked before the contents, whose integrity check then fails.
    protected = tmp_path / "protected.xlsx"
    write_backup(seeded, protected, password="开店不易")
    protected.write_bytes(protected.read_bytes()[:-500])
    with pytest.raises(UserError, match="is damaged and cannot be read"):
        verify_backup(protected, password="开店不易")
    with pytest.raises(UserError, match="password"):
        verify_backup(protected, password="wrong")


def test_cancel_leaves_no_file_and_keeps_the_previous_one(seeded: Store, tmp_path: Path) -> None:
    out = tmp_path / "backup.xlsx"
    token = CancelToken()
    with pytest.raises(Cancelled):
        write_backup(seeded, out, cancel=token, progress=lambda *_: _cancel(token))
    assert list(tmp_path.glob("*backup.xlsx*")) == []
    write_backup(seeded, out)
    previous = out.read_bytes()
    token = CancelToken()
    with pytest.raises(Cancelled):
        write_backup(seeded, out, cancel=token, progress=lambda *_: _cancel(token))
    assert out.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir() if "backup" in p.name] == ["backup.xlsx"]


def test_a_missing_folder_or_a_folder_as_target_is_refused(seeded: Store, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        write_backup(seeded, tmp_path / "nowhere" / "backup.xlsx")
    with pytest.raises(UserError, match="is a folder"):
        write_backup(seeded, tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_folder_is_refused(seeded: Store, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError, match="cannot write in the folder"):
            write_backup(seeded, folder / "backup.xlsx")
    finally:
        folder.chmod(0o700)


def _limit_file_size() -> None:
    # Writes beyond 4 KiB fail with EFBIG, as writes to a full disk fail with ENOSPC.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX resource limits")
def test_a_full_disk_gives_a_clear_message_and_leaves_the_target(
    seeded: Store, store_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "backup.xlsx"
    out.write_bytes(b"the previous backup")
    result = subprocess.run(
        [sys.executable, "-m", "shopcloser", "--db", str(store_path), "backup", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        preexec_fn=_limit_file_size,  # the child only sets a limit
    )
    assert result.returncode == 2, result.stderr
    assert "not enough free disk space" in result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_bytes() == b"the previous backup"
    assert [p.name for p in tmp_path.iterdir() if "backup" in p.name] == ["backup.xlsx"]
