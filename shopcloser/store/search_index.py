"""A trigram index over what the orders search looks in: buyer nicks and item titles.

"Contains" cannot use a B-tree index, and scanning a million orders takes over half a
second. SQLite's FTS5 trigram tokenizer indexes every three-character sequence, so any
word of three characters or more is found in milliseconds.

Triggers keep the index in step with ``orders`` whatever writes them. FTS5 writes its
pending entries out at the end of every statement, though, so row-by-row writes through
the triggers cost about 40 µs a row: bulk writers (import, restore, purge, undo) switch the
triggers off with :func:`triggers_off` and update the index once, set-based
(:func:`reindex_orders`, :func:`refill_search_index`), which costs a few µs a row.

SQLite only, and only where SQLite was built with FTS5; without the index the search
scans, as before (:func:`has_search_index`).
"""

# Every statement here is put together from this module's constants and ``where`` texts
# written in our own code; values always travel as parameters.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import Connection

TABLE = "order_search"
_BULK_HASH_BYTES = 8 << 20
_DEFAULT_HASH_BYTES = 1 << 20  # FTS5's own
TRIGGERS = (f"{TABLE}_add", f"{TABLE}_remove", f"{TABLE}_change")
# What the search reads for orders known only from an item report (no titles of their own).
STUBS_INDEX = "ix_orders_stubs"
# Words shorter than this are not trigrams themselves...
MIN_INDEXED_CHARS = 3
# ...but every place they occur starts some trigram, and the index's list of its terms
# finds those in a moment (``short_word_terms``); when there are too many to ask for
# them all, the search reads the index's own copy of the text instead: FTS5 keeps it in
# this plain table (``id`` = the order's rowid, ``c0`` = the text), far narrower than
# ``orders``.
TERMS = f"{TABLE}_terms"
CONTENT = f"{TABLE}_content"
MAX_SHORT_WORD_TERMS = 200

# The text indexed for one order row (``{row}`` is ``new``, ``old`` or a table name): its
# fields on lines of their own so that no word's trigram spans two of them, and two line
# ends at the close so that every character starts some trigram (short_word_terms).
# Order ids are left out: their trigrams are nearly all different, which doubled the
# index and its build time, and the primary key's own index answers a search for digits
# in about 0.1 s per million orders anyway.
_TEXT = (
    "coalesce({row}.buyer_nick, '') || char(10) || coalesce({row}.item_titles, '') || "
    "char(10) || char(10)"
)
_ADD = f"INSERT INTO {TABLE}(rowid, words) VALUES (new.rowid, {_TEXT.format(row='new')});"
_REMOVE = f"DELETE FROM {TABLE} WHERE rowid = old.rowid;"

# Order ids that are not all digits (real ones are; the import accepts others): a
# search for letters finds them through this partial index, empty for real exports.
ODD_IDS_INDEX = "ix_orders_odd_ids"
ODD_ID = "order_id GLOB '*[^0-9]*'"

TRIGGER_STATEMENTS = (
    f"CREATE TRIGGER IF NOT EXISTS {TRIGGERS[0]} AFTER INSERT ON orders BEGIN {_ADD} END",
    f"CREATE TRIGGER IF NOT EXISTS {TRIGGERS[1]} AFTER DELETE ON orders BEGIN {_REMOVE} END",
    f"CREATE TRIGGER IF NOT EXISTS {TRIGGERS[2]} AFTER UPDATE OF buyer_nick, item_titles "
    "ON orders WHEN old.buyer_nick IS NOT new.buyer_nick "
    f"OR old.item_titles IS NOT new.item_titles BEGIN {_REMOVE} {_ADD} END",
)
# Each may run again after an interrupted first run (see create_search_index).
CREATE_STATEMENTS = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} "
    "USING fts5(words, tokenize='trigram', detail=full)",
    *TRIGGER_STATEMENTS,
    f"CREATE INDEX IF NOT EXISTS {STUBS_INDEX} ON orders (order_id) WHERE from_items_only = 1",
    f"CREATE INDEX IF NOT EXISTS {ODD_IDS_INDEX} ON orders (order_id) WHERE {ODD_ID}",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TERMS} USING fts5vocab({TABLE}, 'row')",
)


def fts5_available(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    options = {row[0] for row in conn.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def begin_writing(conn: Connection) -> None:
    """Make sure the SQLite transaction has begun before schema statements run.

    Python's sqlite3 driver opens its transaction only at the first INSERT, UPDATE or
    DELETE; a DROP or CREATE before that would be committed on its own at once, and not
    undone by a rollback (an interrupted upgrade, a cancelled import). A DELETE that
    matches nothing opens it.
    """
    conn.exec_driver_sql("DELETE FROM settings WHERE 0")


def create_search_index(conn: Connection) -> None:
    """Create the index and its triggers, and index the stored orders."""
    if not fts5_available(conn):
        return
    begin_writing(conn)
    for statement in CREATE_STATEMENTS:
        conn.exec_driver_sql(statement)
    refill_search_index(conn)


def repair_search_index(conn: Connection) -> bool:
    """If the index exists but lost a trigger (a store written by a version whose
    transactions could drop them for good), put the triggers back and index every order
    anew. Returns whether anything was repaired."""
    if not has_search_index(conn):
        return False
    present = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'orders' "
        f"AND name IN ({', '.join('?' * len(TRIGGERS))})",
        TRIGGERS,
    ).scalar()
    if present == len(TRIGGERS):
        return False
    begin_writing(conn)
    for statement in TRIGGER_STATEMENTS:
        conn.exec_driver_sql(statement)
    refill_search_index(conn)
    return True


def has_search_index(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).first()
    return found is not None


@contextmanager
def triggers_off(conn: Connection) -> Iterator[bool]:
    """Inside the caller's transaction: drop the triggers, give the block the chance to
    write orders in bulk (yields whether there is an index to keep up to date), then
    create them again. On an error the transaction's rollback brings them back."""
    if not has_search_index(conn):
        yield False
        return
    begin_writing(conn)
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    yield True
    for statement in TRIGGER_STATEMENTS:
        conn.exec_driver_sql(statement)


def reindex_orders(conn: Connection, where: str, params: Sequence[Any] = ()) -> None:
    """Index anew the orders matching ``where`` (SQL over ``orders``, ``?`` placeholders),
    with their triggers off. Orders deleted meanwhile: see :func:`forget_orders`."""
    forget_orders(conn, where, params)
    _add_entries(conn, where, params)


def _add_entries(conn: Connection, where: str = "1", params: Sequence[Any] = ()) -> None:
    # FTS5 collects new entries in memory and writes them out as a new piece of the index
    # whenever they pass "hashsize": for one big statement, fewer and larger pieces are
    # about a seventh faster to build (and merge) than the default 1 MB allows.
    _set_hash_size(conn, _BULK_HASH_BYTES)
    conn.exec_driver_sql(
        f"INSERT INTO {TABLE}(rowid, words) SELECT rowid, {_TEXT.format(row='orders')} "
        f"FROM orders WHERE {where}",
        tuple(params),
    )
    _set_hash_size(conn, _DEFAULT_HASH_BYTES)


def _set_hash_size(conn: Connection, size: int) -> None:
    conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('hashsize', ?)", (size,))


def index_orders_after(conn: Connection, rowid: int) -> None:
    """Add the entries of the orders stored after ``rowid`` (new ones, not yet indexed)."""
    if has_search_index(conn):
        _add_entries(conn, "rowid > ?", (rowid,))


def forget_orders(conn: Connection, where: str, params: Sequence[Any] = ()) -> None:
    """Remove the entries of orders matching ``where``, before they are deleted."""
    rows = f"SELECT rowid FROM orders WHERE {where}"
    conn.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid IN ({rows})", tuple(params))


def empty_search_index(conn: Connection) -> None:
    """Remove every entry and the index's old pieces (before VACUUM, which may renumber
    the orders' rowids): deleting only marks entries deleted, merging drops them."""
    if has_search_index(conn):
        conn.exec_driver_sql(f"DELETE FROM {TABLE}")
        conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


def refill_search_index(conn: Connection, *, merge: bool = True) -> None:
    """Index every stored order anew in one pass; with ``merge``, then merge the index into
    one piece (a little faster to query; FTS5 also merges as it goes)."""
    if not has_search_index(conn):
        return
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    _add_entries(conn)
    if merge:
        conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


def short_word_terms(conn: Connection, word: str) -> list[str] | None:
    """The indexed trigrams that start with ``word`` (one or two characters), or None when
    there are more than :data:`MAX_SHORT_WORD_TERMS` of them, or when the word has letters
    whose case Python and SQLite may fold differently. An order's text has the word (in
    any case) exactly when it has one of these trigrams."""
    if not all(ch.isascii() or ch.lower() == ch.upper() for ch in word):
        return None
    low = word.lower()  # as the index folds ASCII letters
    found = [
        str(term)
        for (term,) in conn.exec_driver_sql(
            f"SELECT term FROM {TERMS} WHERE term >= ? AND term < ? LIMIT ?",
            (low, low + "\U0010ffff", MAX_SHORT_WORD_TERMS + 1),
        )
    ]
    return found if len(found) <= MAX_SHORT_WORD_TERMS else None


def match_any(phrases: list[str]) -> str:
    """An FTS5 query for any of ``phrases``."""
    return " OR ".join(match_phrase(p) for p in phrases)


def match_phrase(word: str) -> str:
    """An FTS5 query finding ``word`` anywhere in the indexed text."""
    return '"' + word.replace('"', '""') + '"'
