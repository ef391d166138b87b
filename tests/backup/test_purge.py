"""Purging personal data: only behind a verified backup, and then for good."""

from __future__ import annotations

import shutil
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from shopcloser.messages import UserError
from shopcloser.services.backup import write_backup
from shopcloser.services.backup_records import purge_candidate
from shopcloser.services.backup_verify import verify_backup
from shopcloser.services.purge import purge_personal_data
from shopcloser.services.status import store_status
from shopcloser.store.database import Store, migration_copies
from shopcloser.store.models import HandledMark, Order
from tests.backup.conftest import ADDRESSES, NAMES, PHONES


def _database_bytes(path: Path) -> bytes:
    return b"".join(
        f.read_bytes() for f in path.parent.glob(path.name + "*") if f.suffix != ".lock"
    )


def test_purge_needs_a_verified_full_backup_of_the_data_as_it_is(
    seeded: Store, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="no verified backup"):
        purge_personal_data(seeded)
    write_backup(seeded, tmp_path / "masked.xlsx", masked=True)
    assert purge_candidate(seeded) is None  # a masked copy does not hold the data
    backup = tmp_path / "backup.xlsx"
    write_backup(seeded, backup)
    assert purge_candidate(seeded) is not None
    with seeded.transaction() as session:  # the data moves on after the backup
        session.add(HandledMark(order_id="35153131473293571", kind="mark", at=datetime.now()))
    assert purge_candidate(seeded) is None
    with pytest.raises(UserError, match="no verified backup"):
        purge_personal_data(seeded)
    report = verify_backup(backup, store=seeded, compare_store=True)
    assert report.intact and not report.current
    assert purge_candidate(seeded) is None


def test_a_backup_changed_after_writing_is_not_trusted(seeded: Store, tmp_path: Path) -> None:
    backup = tmp_path / "backup.xlsx"
    write_backup(seeded, backup)
    backup.write_bytes(backup.read_bytes() + b"\0")
    with pytest.raises(UserError, match="no longer the file"):
        purge_personal_data(seeded)


def test_purge_wipes_personal_data_from_the_database_files(
    seeded: Store, store_path: Path, tmp_path: Path
) -> None:
    # A copy the app made before an upgrade holds the data too.
    copy = store_path.with_name(store_path.name + ".before-upgrade-20240101-120000")
    seeded.engine.dispose()
    shutil.copy2(store_path, copy)
    assert migration_copies(store_path) == [copy]
    before = store_status(seeded).as_json()
    write_backup(seeded, tmp_path / "backup.xlsx")
    assert PHONES[0].encode() in _database_bytes(store_path)

    result = purge_personal_data(seeded)
    assert result.orders == 4 and result.copies_deleted == [copy]
    seeded.engine.dispose()  # let SQLite close the files as a quitting app would
    data = _database_bytes(store_path)
    for secret in [*PHONES, *NAMES, *ADDRESSES, "0571-81450685", "buyer0@example.com"]:
        assert secret.encode() not in data, secret
    assert migration_copies(store_path) == []

    assert store_status(seeded).as_json() == before
    with seeded.sessions() as session:
        orders = session.scalars(select(Order).order_by(Order.order_id)).all()
    assert [o.total_amount for o in orders] == [Decimal("201.12") + n for n in range(4)]
    assert orders[0].status == "TRADE_FINISHED" and orders[0].receiver_mobile is None
    assert orders[0].extra == {"运送方式": "快递", "发票抬头": orders[0].extra["发票抬头"]}
    assert orders[1].problems == [["订单付款时间", "2020-13-45"], ["联系手机", ""]]
