"""Opening a store: connection settings, schema migrations and version checks."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from shopcloser.messages import QT_TRANSLATE_NOOP, UserError
from shopcloser.store.fresh_schema import create_from_snapshot
from shopcloser.store.search_index import repair_search_index
from shopcloser.store.write_problems import disk_full, not_writable, write_problem

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest schema this version of the app writes; kept equal to the newest migration
# (a test checks) so that opening an up-to-date store never has to load Alembic.
SCHEMA_HEAD = "0004"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")
BUSY_TIMEOUT_MS = 10_000  # how long a connection waits for another's write to end
# Less free space than this beside a data file that cannot be opened: the disk is full.
_LEAST_FREE_BYTES = 1 << 20
# The page size of new stores (SQLite keeps an existing file's): a first import of
# 200,000 orders ran 8.2 → 7.5 s with 16 KB pages against SQLite's 4 KB (fewer and
# fuller B-tree pages to write, index and sync; larger pages gained nothing more).
PAGE_SIZE = 16_384


# Python's sqlite3 binds str, int and float directly but sends every other value, None
# included, through its adapter lookup (a tuple built, a dict and two attribute lookups
# missed): about 0.45 µs per NULL, 1.4 s of a first import of 200,000 orders, whose rows
# hold six to seven NULLs each. A registered adapter is found at the first lookup; it
# hands None back unchanged, which binds as NULL as before.
def _null(_value: None) -> None:
    return None


sqlite3.register_adapter(type(None), _null)


@dataclass
class Store:
    """An open store: the engine, a session factory and where it lives."""

    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None  # None for a server database given by URL
    # True when nothing else reads the store while this process writes to it: a command
    # line run under the writer lock (the window reads while it imports). A large first
    # import may then write the store's pages once, through a rollback journal.
    single_user: bool = False

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed if the block succeeds, rolled back entirely if not."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def is_url(target: str) -> bool:
    return "://" in target


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # First, so that opening waits while an import holds the store without its WAL.
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA page_size={PAGE_SIZE}")  # before WAL mode writes a new file
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


@contextmanager
def pages_written_once(conn: Connection, *, wanted: bool) -> Iterator[None]:
    """Let a large write into an empty store skip the WAL, when ``wanted``.

    In WAL mode every page goes into the WAL and, at the checkpoint, into the store
    again: for a first import of 200,000 orders about 0.8 s of 10, of a million 6 s of
    50. A rollback journal keeps only pages that existed before (next to none in an
    empty store) and writes the rest straight into place, just as atomically: a killed
    import is rolled back when the store is next opened. Readers must wait meanwhile, so
    only a :attr:`Store.single_user` store asks for it. Outside any transaction only.
    """
    switched = False
    if wanted:
        conn.exec_driver_sql("PRAGMA busy_timeout=0")  # someone is reading: do not wait
        try:
            switched = _journal_mode(conn, "delete")
        except DBAPIError:  # "database is locked": a reader of this or another process
            conn.rollback()
        conn.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.commit()
    try:
        yield
    finally:
        if switched:
            try:
                _journal_mode(conn, "wal")
            except SQLAlchemyError as error:  # the next connection opened sets WAL again
                log.warning("The store stayed without its WAL after an import: %s", error)


def _journal_mode(conn: Connection, mode: str) -> bool:
    """SQLite answers with the mode it kept: the old one while others have the file open."""
    kept = conn.exec_driver_sql(f"PRAGMA main.journal_mode={mode}").scalar()
    conn.commit()  # ends SQLAlchemy's implicit transaction; SQLite began none
    return bool(kept == mode)


def write_back_soon(path: Path) -> None:
    """Start writing the store's changed pages out to the disk in a thread, while the
    import still works on other things: its commit then finds less left to sync (0.2 s of
    a 200,000-order import, whose store file takes 250 MB). Only what SQLite has already
    written goes out, which the system may write at any time anyway: SQLite's own order
    of writes, which makes a commit all or nothing, is untouched."""

    def write_back() -> None:
        # Windows flushes only a handle open for writing (nothing is written through it).
        mode = os.O_RDWR if os.name == "nt" else os.O_RDONLY
        with contextlib.suppress(OSError):
            handle = os.open(path, mode)
            try:
                getattr(os, "fdatasync", os.fsync)(handle)
            finally:
                os.close(handle)

    threading.Thread(target=write_back, name="write-back", daemon=True).start()


def store_file(target: str) -> Path | None:
    """The SQLite file behind a path or URL; None for a server database or memory."""
    if not is_url(target):
        return Path(target).expanduser().absolute()
    url = make_url(target)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).expanduser().absolute()
    return None


def make_engine(target: str) -> tuple[Engine, Path | None]:
    path = store_file(target)
    try:
        url = make_url(target) if is_url(target) else make_url("sqlite://").set(database=str(path))
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        # Row values never appear in error messages or logs: they can be buyers' details.
        engine = create_engine(url, hide_parameters=True)
    except (ImportError, SQLAlchemyError) as exc:
        # A URL of a database whose driver ShopCloser does not bring (postgresql://), or
        # one SQLAlchemy cannot read: an internal error before.
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "ShopCloser cannot use the database {url} ({detail}). Give the path of a "
                "data file with --db instead.",
            ),
            url=_without_password(target),
            detail=type(exc).__name__,
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine, path


def _without_password(target: str) -> str:
    """A database URL as a message may show it: never its password."""
    try:
        return make_url(target).render_as_string(hide_password=True)
    except SQLAlchemyError:  # not a URL SQLAlchemy reads: hide all between :// and the last @
        return re.sub(r"://.*@", "://***@", target)


def a_folder(path: Path) -> UserError:
    """A folder named where the data file should be (``--db``)."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{path} is a folder, not a data file. Name a file in it with --db (for "
            "example {example}).",
        ),
        path=str(path),
        example=str(path / "shopcloser.db"),
    )


def _where_it_cannot_open(path: Path | None) -> UserError | None:
    """Why SQLite, which said it could not open the data file at ``path``, could not,
    where its place tells: even to read it, SQLite keeps two files beside it (-wal,
    -shm)."""
    if path is None:
        return None
    if path.is_dir():
        return a_folder(path)
    if not os.access(path.parent, os.W_OK):
        return not_writable(str(path))
    if shutil.disk_usage(path.parent).free < _LEAST_FREE_BYTES:
        return disk_full(str(path))
    return None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_store(target: str, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the store at a file path or SQLAlchemy URL.

    A store written by a newer ShopCloser is refused untouched. An older one is copied
    aside with a timestamp, then migrated step by step.
    """
    engine, path = make_engine(target)
    try:
        revision = current_revision(engine)
    except Exception as exc:  # a file that is not SQLite, or a server that is not there
        engine.dispose()
        problem = write_problem(exc, str(path or target))
        if problem is None and "unable to open database file" in str(exc):
            problem = _where_it_cannot_open(path)
        if problem is not None:
            raise problem from exc
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The data file {path} could not be opened ({detail}). Choose another file "
                "with --db, or move this one away and start again.",
            ),
            path=str(path or target),
            detail=type(exc).__name__,
        ) from exc
    if revision is not None and revision not in KNOWN_REVISIONS:
        engine.dispose()
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The data file {path} was written by a newer version of ShopCloser. "
                "Install that version to open it; this version has not changed it.",
            ),
            path=str(path or target),
        )
    if revision != SCHEMA_HEAD:
        if not migrate:
            engine.dispose()
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The data file {path} needs an upgrade; open it in ShopCloser first.",
                ),
                path=str(path or target),
            )
        if revision is not None and path is not None:
            backup_before_migration(engine, path)
        if revision is not None or not create_from_snapshot(engine, SCHEMA_HEAD):
            migrate_to_head(engine)
    elif migrate:
        _repair(engine)
    return Store(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), path=path)


def backup_before_migration(engine: Engine, path: Path) -> Path:
    """Copy the store aside before changing its schema (WAL checkpointed first)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.name}.before-upgrade-{stamp}")
    shutil.copy2(path, copy)
    log.info("Copied the store aside before upgrading it: %s", copy)
    return copy


def migration_copies(path: Path) -> list[Path]:
    """The copies :func:`backup_before_migration` left beside a store."""
    return sorted(path.parent.glob(f"{path.name}.before-upgrade-*"))


def import_workdir_prefix(path: Path) -> str:
    """The start of the name of the folder a large import works in beside the store."""
    return f".{path.name}.import-"


def remove_import_leftovers(path: Path) -> None:
    """Remove what an import killed midway left beside the store: its working folder
    holds a staging file with buyers' personal data. Only for the store's one writer
    (another import's folder would go too)."""
    # The random part tempfile.mkdtemp adds; matched exactly so that another store's
    # folders never qualify, whatever the names.
    pattern = re.compile(re.escape(import_workdir_prefix(path)) + r"[a-z0-9_]{8}")
    try:
        leftovers = [p for p in path.parent.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return
    for leftover in leftovers:
        shutil.rmtree(leftover, ignore_errors=True)


def _repair(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        if repair_search_index(conn):
            log.info("Put back the order search index's triggers and indexed the orders anew")


def migrate_to_head(engine: Engine) -> None:
    # Alembic is imported only here: an up-to-date store opens without it.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
