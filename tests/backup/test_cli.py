"""The backup commands as a merchant's script runs them: exit codes and messages."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path

import pytest

from shopcloser.services.backup import write_backup
from shopcloser.services.backup_records import RECORDS_KEY, records
from shopcloser.services.backup_verify import verify_backup
from shopcloser.services.settings import set_setting
from shopcloser.store.database import Store
from shopcloser.store.lock import WriterLock
from tests.backup.test_safety import _sheet_member, rewrite
from tests.helpers import REPO, run_cli


def test_backup_verify_restore_and_purge(seeded: Store, store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "backup.xlsx"
    password = tmp_path / "password.txt"
    password.write_text("开店不易 2024!\n", encoding="utf-8")

    result = run_cli("backup", str(out), "--password-file", str(password), db=store_path)
    assert result.returncode == 0, result.stderr
    assert "verified" in result.stdout

    result = run_cli("verify", str(out), db=store_path)
    assert result.returncode == 2 and "password" in result.stderr
    result = run_cli("verify", str(out), "--password-file", str(password), "--against-data")
    assert result.returncode == 2  # the default data file is another (empty) store
    result = run_cli(
        "verify", str(out), "--password-file", str(password), "--against-data", db=store_path
    )
    assert result.returncode == 0, result.stderr
    assert "as it is now" in result.stdout

    restored = tmp_path / "restored.db"
    result = run_cli("restore", str(out), "--password-file", str(password), db=restored)
    assert result.returncode == 0, result.stderr
    status = [
        json.loads(run_cli("status", "--json", db=db).stdout) for db in (store_path, restored)
    ]
    assert status[0] == status[1] and status[0]["orders"] == 4

    result = run_cli("restore", str(out), "--password-file", str(password), db=restored)
    assert result.returncode == 2 and "empty" in result.stderr

    result = run_cli("purge-personal-data", db=restored)
    assert result.returncode == 2 and str(out) in result.stderr and "--yes" in result.stderr
    result = run_cli("purge-personal-data", "--yes", db=restored)
    assert result.returncode == 0, result.stderr
    assert "4 orders" in result.stdout


def test_verify_against_the_data_leaves_the_note_to_the_window_that_has_it(
    seeded: Store, store_path: Path, tmp_path: Path
) -> None:
    """The window holds the store's writer lock all its life: a check from the command line
    meanwhile compares with the data and says so, but notes nothing in the store behind
    the window's back; once the window is closed, the same check is noted."""
    out = tmp_path / "backup.xlsx"
    assert run_cli("backup", str(out), db=store_path).returncode == 0
    [written] = records(seeded)
    long_ago = "2026-01-01 00:00:00"
    set_setting(seeded, RECORDS_KEY, json.dumps([asdict(replace(written, verified_at=long_ago))]))

    window = WriterLock(store_path).acquire_or_refuse()
    try:
        result = run_cli("verify", str(out), "--against-data", db=store_path)
    finally:
        window.release()
    assert result.returncode == 0, result.stderr
    assert "It holds the data in ShopCloser as it is now." in result.stdout
    assert "This check was not noted in the data file" in result.stdout
    assert [r.verified_at for r in records(seeded)] == [long_ago]

    result = run_cli("verify", str(out), "--against-data", db=store_path)
    assert result.returncode == 0, result.stderr
    assert "as it is now" in result.stdout and "not noted" not in result.stdout
    [noted] = records(seeded)
    assert noted.verified_at is not None and noted.verified_at.startswith(str(date.today()))


def test_verify_against_the_data_compares_where_no_lock_can_be_made(
    seeded: Store, store_path: Path, tmp_path: Path
) -> None:
    """Where the lock beside the data file cannot be made (here a folder stands in its
    place; a read-only folder does the same), the check still compares, and notes nothing."""
    out = tmp_path / "backup.xlsx"
    assert run_cli("backup", str(out), db=store_path).returncode == 0
    before = records(seeded)
    lock = store_path.with_name(store_path.name + ".lock")
    lock.unlink(missing_ok=True)
    lock.mkdir()
    result = run_cli("verify", str(out), "--against-data", db=store_path)
    assert result.returncode == 0, result.stderr
    assert "It holds the data in ShopCloser as it is now." in result.stdout
    assert "was not noted" in result.stdout and "Traceback" not in result.stderr
    assert records(seeded) == before


def test_verify_reports_what_differs(seeded: Store, store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "backup.xlsx"
    assert run_cli("backup", str(out), db=store_path).returncode == 0
    result = run_cli("verify", str(out), db=store_path)
    assert result.returncode == 0, result.stderr
    rewrite(out, _sheet_member(out, "Items"), lambda xml: xml.replace("158", "159", 1))
    result = run_cli("verify", str(out), db=store_path)
    assert result.returncode == 2
    assert "Items: the contents were changed" in result.stderr
    assert "Traceback" not in result.stderr


def test_refusals_exit_2_without_traceback(store_path: Path, tmp_path: Path) -> None:
    not_a_backup = tmp_path / "notes.xlsx"
    not_a_backup.write_text("hello")
    for args in (
        ["verify", str(tmp_path / "missing.xlsx")],
        ["restore", str(not_a_backup)],
        ["purge-personal-data", "--yes"],
    ):
        result = run_cli(*args, db=store_path)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr


@pytest.fixture
def bigger_store(store: Store, tmp_path: Path) -> Store:
    from shopcloser.services.importing import import_files
    from tests.samples import write_items, write_orders

    orders, items = tmp_path / "orders.csv", tmp_path / "items.csv"
    write_orders(orders, 700, 3, "2020")
    write_items(items, 700, 3, "2020")
    import_files(store, [orders, items])
    return store


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killing_a_backup_never_leaves_a_half_written_file(
    bigger_store: Store, store_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "backup.xlsx"
    command = [sys.executable, "-m", "shopcloser", "--db", str(store_path), "backup", str(out)]
    started = time.monotonic()
    assert subprocess.run(command, cwd=REPO, capture_output=True, timeout=120).returncode == 0
    full_run = time.monotonic() - started
    previous = out.read_bytes()

    def temp_file_exists() -> bool:
        return any(p.name.endswith(".shopcloser-tmp") for p in tmp_path.iterdir())

    # Kill moments: as soon as the temporary file appears, then at points through the run
    # (writing sheets, compressing, reading back, renaming).
    moments: list[object] = ["temp", full_run * 0.65, full_run * 0.9]
    for moment in moments:
        child = subprocess.Popen(
            command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        if moment == "temp":
            while not temp_file_exists() and child.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
        else:
            assert isinstance(moment, float)
            time.sleep(moment)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        data = out.read_bytes()
        if data != previous:  # the child got as far as the rename: a complete backup
            assert verify_backup(out).ok, moment
            previous = data
    # The next backup clears the temporary files the kills left behind.
    write_backup(bigger_store, out)
    assert not temp_file_exists()
    assert verify_backup(out).ok


def test_verify_opens_no_store(seeded: Store, store_path: Path, tmp_path: Path) -> None:
    """Checking a backup file needs no store. Before: verify opened the data file as every
    command does, so it created the default one where there was none, and upgraded an
    older one (a copy of it left beside it) just to check a workbook."""
    from shopcloser import paths
    from shopcloser.store.database import open_store
    from tests.helpers import downgrade_store

    out = tmp_path / "backup.xlsx"
    assert run_cli("backup", str(out), db=store_path).returncode == 0
    older = tmp_path / "older" / "shop.db"
    older.parent.mkdir()
    older.write_bytes(store_path.read_bytes())
    downgrade_store(open_store(str(older)), "0003")
    before = {p.name: p.read_bytes() for p in older.parent.iterdir()}
    default = paths.default_db_path()
    assert not default.exists()

    result = run_cli("verify", str(out))
    assert result.returncode == 0, result.stderr
    assert "matches its manifest" in result.stdout
    assert not default.exists() and not default.parent.exists()
    result = run_cli("verify", str(out), db=older)
    assert result.returncode == 0, result.stderr
    assert {p.name: p.read_bytes() for p in older.parent.iterdir()} == before

    # Comparing with the data needs the data file: one that is not there is not made.
    result = run_cli("verify", str(out), "--against-data")
    assert result.returncode == 2
    assert f"There is no data file at {default}" in result.stderr
    assert "Traceback" not in result.stderr and not default.parent.exists()


def test_importing_a_backup_points_to_restore(
    seeded: Store, store_path: Path, tmp_path: Path
) -> None:
    """A backup chosen to import was refused as a workbook of sheets pasted together,
    which told the merchant to split its sheets into workbooks."""
    out = tmp_path / "backup.xlsx"
    write_backup(seeded, out)
    seeded.close()
    before = store_path.read_bytes()
    result = run_cli("--lang", "zh_CN", "import", str(out), db=store_path)
    assert result.returncode == 2, result.stderr
    assert "这个文件是 ShopCloser 的备份" in result.stderr
    assert "shopcloser restore" in result.stderr and "Traceback" not in result.stderr
    assert store_path.read_bytes() == before
