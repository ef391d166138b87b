"""The encrypted workbook and the masked copy."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import msoffcrypto
import pytest
from openpyxl import load_workbook

from shopcloser.messages import UserError
from shopcloser.services.backup import write_backup
from shopcloser.services.backup_records import records
from shopcloser.services.backup_verify import verify_backup
from shopcloser.services.restore import restore_backup
from shopcloser.store.database import Store
from tests.backup.conftest import (
    ADDRESSES,
    NAMES,
    PHONE_PATTERN,
    PHONES,
    table_contents,
    xml_text_of,
)

PASSWORD = "开店不易 2024!"
NOW = datetime(2024, 7, 1, 12, 0)


def _values(source: Path | io.BytesIO) -> dict[str, list[tuple[object, ...]]]:
    book = load_workbook(source, read_only=True)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}


def test_the_encrypted_backup_needs_its_password_and_holds_the_same_content(
    seeded: Store, empty_store: Store, tmp_path: Path
) -> None:
    encrypted, plain = tmp_path / "secret.xlsx", tmp_path / "plain.xlsx"
    result = write_backup(seeded, encrypted, password=PASSWORD, now=NOW)
    write_backup(seeded, plain, now=NOW)
    assert result.encrypted
    raw = encrypted.read_bytes()
    assert raw.startswith(b"\xd0\xcf\x11\xe0")  # an encrypted Office file, not a zip
    assert PHONES[0].encode() not in raw and PASSWORD.encode() not in raw

    office = msoffcrypto.OfficeFile(io.BytesIO(raw))
    office.load_key(password=PASSWORD)
    decrypted = io.BytesIO()
    office.decrypt(decrypted, verify_integrity=True)
    assert _values(decrypted) == _values(plain)

    with pytest.raises(UserError, match="protected with a password"):
        verify_backup(encrypted)
    with pytest.raises(UserError, match="not correct"):
        verify_backup(encrypted, password="wrong password")
    assert verify_backup(encrypted, password=PASSWORD).ok
    with pytest.raises(UserError, match="not correct"):
        restore_backup(empty_store, encrypted, password="wrong password")
    restore_backup(empty_store, encrypted, password=PASSWORD)
    assert table_contents(empty_store) == table_contents(seeded)


def test_the_password_is_never_kept(seeded: Store, store_path: Path, tmp_path: Path) -> None:
    write_backup(seeded, tmp_path / "secret.xlsx", password=PASSWORD)
    assert records(seeded)[-1].encrypted
    seeded.engine.dispose()
    for file in store_path.parent.glob(store_path.name + "*"):
        assert PASSWORD.encode() not in file.read_bytes()


def test_the_masked_copy_holds_no_phone_number_name_or_street(
    seeded: Store, tmp_path: Path
) -> None:
    out = tmp_path / "masked.xlsx"
    result = write_backup(seeded, out, masked=True)
    assert result.masked and "changes" not in {p.key for p in result.parts}
    xml = xml_text_of(out)
    assert PHONE_PATTERN.findall(xml) == []
    for phone in PHONES:
        assert phone not in xml
    for name in NAMES:
        assert name not in xml
    for address in ADDRESSES:
        street = address.split()[-1]
        assert street not in xml
    book = load_workbook(out, read_only=True)
    rows = list(book["Orders"].iter_rows(values_only=True))
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["联系手机"] == "138****5678"
    assert first["收货人姓名"] == "张**"
    assert first["收货地址"] == "浙江省 杭州市 西湖区 …"
    assert first["修改后的收货地址"] == "广东省 深圳市 宝安区 …"
    assert first["买家支付宝账号"] == "bu***@example.com"
    assert "138****5678" in first["买家留言"]
    assert first["订单编号"] == "35153131473293570"  # order ids are not personal data
    customers = list(book["Customers"].iter_rows(min_row=2, values_only=True))
    assert {row[3] for row in customers} == {"138****5678", "159****1111", "186****5432",
                                             "177****2222"}  # fmt: skip
    assert verify_backup(out).ok


def test_a_masked_copy_of_imported_exports_holds_no_phone_number(
    imported: Store, tmp_path: Path
) -> None:
    out = tmp_path / "masked.xlsx"
    write_backup(imported, out, masked=True)
    assert PHONE_PATTERN.findall(xml_text_of(out)) == []
    full = tmp_path / "full.xlsx"
    write_backup(imported, full)
    assert PHONE_PATTERN.findall(xml_text_of(full))  # the full copy does hold them
