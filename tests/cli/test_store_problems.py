"""The data file's disk or folder at fault, not ShopCloser: a full disk, a folder named
as the data file, another command writing. Each was "internal error", exit 1."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_import_cli import ORDERS_2017, table_dump
from tests.helpers import REPO, run_cli


def test_a_full_disk_during_an_import_is_told_and_changes_nothing(tmp_path: Path) -> None:
    from tests.samples import write_orders

    db = tmp_path / "shop.db"
    assert run_cli("import", str(ORDERS_2017), db=db).returncode == 0
    before = table_dump(db)
    big = tmp_path / "ExportOrderList-big.csv"
    write_orders(big, 20_000, 5, "2017")
    limit = db.stat().st_size + (1 << 20)  # room for a megabyte more, no more

    def little_room() -> None:  # as a nearly full disk: writing past it fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = subprocess.run(
        [sys.executable, "-m", "shopcloser", "--db", str(db), "import", str(big)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        preexec_fn=little_room,  # only setrlimit, in the child
        env={**os.environ, "SHOPCLOSER_IMPORT_HELPER": "never"},
    )
    assert done.returncode == 2, done.stdout + done.stderr
    # A file grown past the limit is a disk error to SQLite (a full disk says so itself).
    assert "The disk refused to save changes to the data file" in done.stderr
    assert "saves each change whole or not at all" in done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr
    assert table_dump(db) == before


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["import", str(ORDERS_2017)],
        ["batches"],
        ["mark", "1", "--action", "shipped"],
        ["undo", "1"],
        ["verify", str(ORDERS_2017), "--against-data"],
    ],
)
def test_a_folder_given_as_the_data_file_is_named_as_such(
    tmp_path: Path, command: list[str]
) -> None:
    """It read as a data file "not made yet" (status), or could "not be opened… move this
    one away and start again", leaving a lock file beside it."""
    folder = tmp_path / "shop"
    folder.mkdir()
    done = run_cli(*command, db=folder)
    assert done.returncode == 2, done.stdout
    assert f"{folder} is a folder, not a data file" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop"]
    assert not any(folder.iterdir())
