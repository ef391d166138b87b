"""``--password-file``: the first line as typed, the same for every command."""

from __future__ import annotations

from pathlib import Path

import pytest

from shopcloser.cli.password_file import read_password_file
from shopcloser.messages import UserError
from tests.cli.test_import_cli import DATA, SAMPLE_ORDERS, status
from tests.helpers import run_cli
from tests.samples import write_encrypted


@pytest.mark.parametrize(
    ("content", "password"),
    [
        (b"shop123\n", "shop123"),
        (b"shop123\r\nsecond line\r\n", "shop123"),
        (b"\xef\xbb\xbf shop 123 \r\n", " shop 123 "),
        (b" shop 123 ", " shop 123 "),
        ("店铺\t密码 \n".encode(), "店铺\t密码 "),
        (b"shop123\rsecond line\r", "shop123"),  # an old Mac editor's line ends
        # Notepad's "Unicode" and, on a Simplified Chinese Windows, its "ANSI"
        ("\ufeff店铺 123\r\n".encode("utf-16-le"), "店铺 123"),
        ("店铺 123\r\n".encode("gbk"), "店铺 123"),
    ],
)
def test_only_a_bom_and_the_line_ending_are_removed(
    tmp_path: Path, content: bytes, password: str
) -> None:
    path = tmp_path / "password.txt"
    path.write_bytes(content)
    assert read_password_file(path) == password


@pytest.mark.parametrize("content", [b"", b"\n", b"\r\n", b"\xef\xbb\xbf\n", b"  \nshop123\n"])
def test_a_first_line_without_a_password_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "password.txt"
    path.write_bytes(content)
    with pytest.raises(UserError, match="is empty"):
        read_password_file(path)


def test_a_password_with_spaces_at_either_end_opens_the_workbook(tmp_path: Path) -> None:
    protected = tmp_path / "ExportOrderList.xlsx"
    write_encrypted(DATA / "orders-2020.xlsx", protected, " shop 123 ")
    password = tmp_path / "password.txt"
    password.write_bytes(b"\xef\xbb\xbf shop 123 \r\n")
    db = tmp_path / "shop.db"
    result = run_cli("import", str(protected), "--password-file", str(password), db=db)
    assert result.returncode == 0, result.stderr
    assert status(db)["orders"] == SAMPLE_ORDERS


def test_a_space_echo_left_after_the_password_is_forgiven(tmp_path: Path) -> None:
    """``echo shop123 > pw.txt`` in Windows' cmd writes "shop123 " and a line end."""
    protected = tmp_path / "ExportOrderList.xlsx"
    write_encrypted(DATA / "orders-2020.xlsx", protected, "shop123")
    password = tmp_path / "pw.txt"
    password.write_bytes(b"shop123 \r\n")
    db = tmp_path / "shop.db"
    result = run_cli("import", str(protected), "--password-file", str(password), db=db)
    assert result.returncode == 0, result.stderr
    assert status(db)["orders"] == SAMPLE_ORDERS


def test_a_chinese_password_saved_by_notepad_as_ansi_opens_the_workbook(tmp_path: Path) -> None:
    protected = tmp_path / "ExportOrderList.xlsx"
    write_encrypted(DATA / "orders-2020.xlsx", protected, "店铺密码")
    password = tmp_path / "password.txt"
    password.write_bytes("店铺密码\r\n".encode("gbk"))
    db = tmp_path / "shop.db"
    result = run_cli("import", str(protected), "--password-file", str(password), db=db)
    assert result.returncode == 0, result.stderr
    assert status(db)["orders"] == SAMPLE_ORDERS
