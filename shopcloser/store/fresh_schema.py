"""A new store's schema in one step, without Alembic.

Migrating an empty SQLite file to the newest revision loads Alembic (and Mako and
Pygments through it) and runs every migration: about 0.15-0.2 s of a command that
creates a store, such as a merchant's first import. ``schema.json`` beside this module
holds the statements that migrating leaves in ``sqlite_master`` (tables, indexes,
triggers, the search index) and the revision they amount to; a new SQLite store is
created from it in one transaction. Anything else (a server database, an SQLite without
FTS5, a file with tables already) goes through the migrations as before.

A test compares ``schema.json`` with what the migrations write. After adding a
migration, write it anew: ``python -m shopcloser.store.fresh_schema``.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from shopcloser.store.search_index import refill_search_index

SNAPSHOT = Path(__file__).with_name("schema.json")


def schema_statements(conn: Connection) -> list[str]:
    """The statements that recreate ``conn``'s schema, in the order SQLite keeps them.

    Tables a virtual table made for itself (FTS5's "shadow" tables) are left out: the
    virtual table's own statement creates them again.
    """
    shadow = {
        str(name)
        for name, kind in conn.exec_driver_sql(
            "SELECT name, type FROM pragma_table_list WHERE schema = 'main'"
        )
        if kind == "shadow"
    }
    return [
        str(sql)
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM main.sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        )
        if name not in shadow
    ]


def create_from_snapshot(engine: Engine, revision: str) -> bool:
    """Create the schema of ``revision`` in an empty SQLite store; False (nothing done)
    where the snapshot does not apply: then the migrations create it."""
    if engine.dialect.name != "sqlite" or not SNAPSHOT.is_file():
        return False
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    if snapshot["revision"] != revision:
        return False
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT count(*) FROM main.sqlite_master").scalar():
            return False
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # another process may be creating it too
        try:
            if conn.exec_driver_sql("SELECT count(*) FROM main.sqlite_master").scalar():
                conn.rollback()
                return False
            for statement in snapshot["statements"]:
                conn.exec_driver_sql(statement)
            refill_search_index(conn)  # its settings as the migration leaves them
            conn.exec_driver_sql("INSERT INTO alembic_version VALUES (?)", (revision,))
            conn.commit()
        except DBAPIError:  # no FTS5 in this SQLite, say: the migrations know what to do
            conn.rollback()
            return False
    return True


def write_snapshot(target: Path = SNAPSHOT) -> None:
    """Migrate an empty store in memory and keep its statements in ``target``."""
    from sqlalchemy import create_engine

    from shopcloser.store.database import SCHEMA_HEAD, migrate_to_head

    engine = create_engine("sqlite://")
    try:
        migrate_to_head(engine)
        with engine.connect() as conn:
            statements = schema_statements(conn)
    finally:
        engine.dispose()
    text = json.dumps({"revision": SCHEMA_HEAD, "statements": statements}, indent=1)
    target.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_snapshot()
