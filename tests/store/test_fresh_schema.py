"""New stores are created from a snapshot of the migrated schema, without Alembic."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from shopcloser.store import fresh_schema
from shopcloser.store.database import SCHEMA_HEAD, make_engine, migrate_to_head, open_store
from tests.helpers import REPO


def _migrated(path: Path) -> None:
    """A new store made the way every store was made before the snapshot."""
    engine, _ = make_engine(str(path))
    try:
        migrate_to_head(engine)
    finally:
        engine.dispose()


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [*conn.iterdump(), *map(str, conn.execute("PRAGMA page_size").fetchall())]


def test_the_snapshot_is_what_the_migrations_write(tmp_path: Path) -> None:
    _migrated(tmp_path / "migrated.db")
    engine, _ = make_engine(str(tmp_path / "migrated.db"))
    with engine.connect() as conn:
        statements = fresh_schema.schema_statements(conn)
    engine.dispose()
    snapshot = json.loads(fresh_schema.SNAPSHOT.read_text(encoding="utf-8"))
    hint = "the migrations changed: run python -m shopcloser.store.fresh_schema"
    assert snapshot["revision"] == SCHEMA_HEAD, hint
    assert snapshot["statements"] == statements, hint


def test_a_new_store_is_the_same_as_a_migrated_one(tmp_path: Path) -> None:
    _migrated(tmp_path / "migrated.db")
    open_store(str(tmp_path / "new.db")).close()
    assert _dump(tmp_path / "new.db") == _dump(tmp_path / "migrated.db")


def test_a_new_store_opens_without_alembic(tmp_path: Path) -> None:
    code = (
        "import sys; from shopcloser.store.database import open_store;"
        f"open_store({str(tmp_path / 'new.db')!r}).close();"
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_a_snapshot_that_does_not_apply_leaves_it_to_the_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A statement this SQLite refuses (as one without FTS5 refuses the search index):
    nothing of the snapshot stays, and the migrations make the store."""
    broken = json.loads(fresh_schema.SNAPSHOT.read_text(encoding="utf-8"))
    broken["statements"].append("CREATE VIRTUAL TABLE nowhere USING no_such_module(x)")
    snapshot = tmp_path / "schema.json"
    snapshot.write_text(json.dumps(broken), encoding="utf-8")
    monkeypatch.setattr(fresh_schema, "SNAPSHOT", snapshot)
    _migrated(tmp_path / "migrated.db")
    open_store(str(tmp_path / "new.db")).close()
    assert _dump(tmp_path / "new.db") == _dump(tmp_path / "migrated.db")
