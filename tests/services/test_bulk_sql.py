"""Bulk lookups by key: every row found once, through a bounded set of statements."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, event

from shopcloser.services.bulk_sql import MAX_IN_KEYS, BulkSql, in_list

ROWS = 2 * MAX_IN_KEYS + 50


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    engine = create_engine(f"sqlite:///{tmp_path / 'keys.db'}")
    with engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)")
        conn.exec_driver_sql("INSERT INTO t VALUES (?, ?)", [(f"k{n}", n) for n in range(ROWS)])
        yield conn
    engine.dispose()


@pytest.mark.parametrize("count", [0, 1, 15, 17, 4_097, MAX_IN_KEYS, MAX_IN_KEYS + 1, ROWS])
def test_every_row_asked_for_is_found_once(conn: Connection, count: int) -> None:
    keys = [f"k{n}" for n in range(0, 3 * count, 3) if n < ROWS]
    keys += ["missing", *keys[:2]]  # unknown keys and repeats find nothing more
    found = BulkSql(conn).select_in("t", ["k", "v"], "k", keys)
    assert sorted(found, key=lambda row: row[1]) == [
        (key, int(key[1:])) for key in sorted(set(keys) - {"missing"}, key=lambda k: int(k[1:]))
    ]


def test_lookups_of_many_lengths_reuse_a_few_statements(conn: Connection) -> None:
    """The driver keeps prepared statements per connection: one per length of IN list
    held ~1.5 MB each, and an import of many reports grew by tens of MB per report."""
    texts: set[str] = set()

    @event.listens_for(conn, "before_cursor_execute")
    def remember(*args: Any) -> None:
        texts.add(args[2])

    sql = BulkSql(conn)
    for count in range(1, MAX_IN_KEYS, 97):
        sql.select_in("t", ["v"], "k", [f"k{n}" for n in range(count)])
    assert len(texts) <= 12


def test_in_lists_come_in_a_few_lengths_with_the_same_keys() -> None:
    """The orders tab and the marks build IN lists from selections of any size: padded,
    135 selections of different sizes grew the process by ~90 MB before, ~10 MB now."""
    lengths = set()
    for count in range(1, MAX_IN_KEYS + 1, 13):
        keys = [f"k{n}" for n in range(count)]
        padded = in_list(keys)
        assert padded[:count] == keys and set(padded) == set(keys)
        lengths.add(len(padded))
    assert len(lengths) <= 11
    assert in_list([]) == []
    many = list(range(MAX_IN_KEYS + 5))
    assert in_list(many) == many  # callers cut longer lists into chunks themselves


def test_inserted_rows_read_back_as_given_nulls_included(tmp_path: Path) -> None:
    """Columns NULL in every row of a part are left out of the statement (binding None
    is slow); what is stored must not change: NULL stays NULL, also where the column
    has a default, and columns NULL in some rows only keep their other values."""
    engine = create_engine(f"sqlite:///{tmp_path / 'nulls.db'}")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TABLE n (k TEXT PRIMARY KEY, a TEXT, b INTEGER, c TEXT DEFAULT 'x', d TEXT)"
        )
        rows: list[tuple[Any, ...]] = [
            (f"k{i}", None, i if i % 3 else None, None, None) for i in range(2_500)
        ]
        rows[1_700] = ("k1700", None, None, None, "only here")
        added = BulkSql(conn).insert("n", ["k", "a", "b", "c", "d"], rows)
        stored = conn.exec_driver_sql("SELECT k, a, b, c, d FROM n ORDER BY rowid").fetchall()
    engine.dispose()
    assert added == len(rows)
    assert [tuple(row) for row in stored] == rows


def test_an_insert_leaves_an_attached_file_free_for_its_writer(tmp_path: Path) -> None:
    """The import attaches the helper's staging file while the helper still writes it:
    looking up a table's columns must not lock that file (the helper waited forever)."""
    staging = tmp_path / "staging.db"
    helper_engine = create_engine(f"sqlite:///{staging}", connect_args={"timeout": 0.5})
    with helper_engine.begin() as helper:
        helper.exec_driver_sql("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)")
    engine = create_engine(f"sqlite:///{tmp_path / 'store.db'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)")
        conn.exec_driver_sql(f"ATTACH DATABASE '{staging}' AS helper")
        conn.exec_driver_sql("INSERT INTO t VALUES ('z', 0)")  # the import's transaction is open
        BulkSql(conn).insert("t", ["k", "v"], [("a", None), ("b", None)])
        with helper_engine.begin() as helper:  # "database is locked" after 0.5 s if held
            helper.exec_driver_sql("INSERT INTO t VALUES ('c', 3)")
    engine.dispose()
    helper_engine.dispose()
