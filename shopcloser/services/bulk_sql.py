"""Plain-SQL bulk reads and writes for imports and undo, inside the caller's transaction.

Table and column names come from this package's constants, never from input; values
always travel as bound parameters (hence the ``noqa: S608`` below).

The ORM and even SQLAlchemy Core's per-row parameter handling cost more than the database
itself when a million rows go in, so these helpers hand tuples of storage-ready values
straight to the driver's ``executemany``. Values must already be in the form the column
stores (see :mod:`shopcloser.services.import_rows`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy.engine import Connection, CursorResult
from sqlalchemy.exc import DBAPIError

from shopcloser.services.pacing import give_way

# SQLite's default limit on bound parameters in one statement is 32766.
MAX_IN_KEYS = 10_000
# IN lists are padded to one of these lengths (repeating a key changes nothing). The
# driver keeps up to 128 prepared statements per connection, and one with 10,000
# parameters holds about 1.5 MB in SQLite: with a statement for every length met, an
# import of 1M orders in four date ranges grew by ~80 MB per item report, and the orders
# tab by ~90 MB over 135 selections of different sizes.
_IN_LENGTHS = (*(2**n for n in range(4, 14)), MAX_IN_KEYS)
T = TypeVar("T")


def in_list(keys: Sequence[T]) -> list[T]:
    """``keys`` for an IN (...) list, padded to one of a few lengths by repeating the last."""
    padded = list(keys)
    if padded and len(padded) <= MAX_IN_KEYS:
        length = next(n for n in _IN_LENGTHS if n >= len(padded))
        padded += padded[-1:] * (length - len(padded))
    return padded


def in_chunks(keys: Sequence[T], size: int = MAX_IN_KEYS) -> Iterator[list[T]]:
    """``keys`` as IN lists of at most ``size`` keys, each padded like ``in_list``."""
    for start in range(0, len(keys), size):
        yield in_list(keys[start : start + size])


# Rows per executemany: between two, other threads get a turn (see services.pacing).
_WRITE_ROWS = 1_000


class BulkWriteError(RuntimeError):
    """A bulk statement failed; the message names the statement and the database's
    reason but never the values, which hold buyers' personal data."""


class BulkSql:
    """Statements written for one connection's dialect, run through its raw driver."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect.name
        self._style = conn.dialect.paramstyle
        # Conflict clauses that both SQLite (3.24+) and PostgreSQL understand.
        self.can_ignore_conflicts = self.dialect in ("sqlite", "postgresql")
        self._without_default: dict[str, frozenset[str]] = {}

    def marks(self, count: int) -> str:
        """``count`` positional placeholders, comma-separated, in the driver's style."""
        if self._style == "qmark":
            return ",".join("?" * count)
        if self._style in ("format", "pyformat"):
            return ",".join(["%s"] * count)
        prefix = "$" if self._style == "numeric_dollar" else ":"
        return ",".join(f"{prefix}{n}" for n in range(1, count + 1))

    def insert(
        self,
        table: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        ignore_conflicts: bool = False,
    ) -> int:
        """Insert rows; returns how many went in (rows whose key exists are skipped when
        ``ignore_conflicts`` is set and the database supports it)."""
        if not rows:
            return 0
        ignoring = ignore_conflicts and self.can_ignore_conflicts
        conflicts = " ON CONFLICT DO NOTHING" if ignoring else ""
        added = 0
        for start in range(0, len(rows), _WRITE_ROWS):
            part = rows[start : start + _WRITE_ROWS]
            names, values = self._leaving_out_nulls(table, columns, part)
            sql = (
                f"INSERT INTO {table} ({', '.join(names)}) "  # noqa: S608
                f"VALUES ({self.marks(len(names))}){conflicts}"
            )
            count = self._run(sql, values).rowcount
            added += len(part) if count is None or count < 0 else count
            give_way()
        return added

    def _leaving_out_nulls(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> tuple[Sequence[str], list[Any]]:
        """The columns to name and the rows' values for them, without the columns that are
        NULL in every row (SQLite fills in NULL for a column left out, when it has no other
        default). Python's sqlite3 binds None far more slowly than text or numbers, and a
        report lacks whole columns (a 2017 item report: 7 of an item's 22), so leaving
        them out of the statement saves binding millions of NULLs."""
        if self.dialect != "sqlite":
            return columns, list(rows)
        nullable = self._no_default(table)
        first = rows[0]
        empty = [
            i
            for i, name in enumerate(columns)
            if first[i] is None
            and name in nullable
            and list(map(itemgetter(i), rows)).count(None) == len(rows)
        ]
        if not empty or len(columns) - len(empty) < 2:  # one left: itemgetter gives no tuple
            return columns, list(rows)
        keep = [i for i in range(len(columns)) if i not in empty]
        return [columns[i] for i in keep], list(map(itemgetter(*keep), rows))

    def _no_default(self, table: str) -> frozenset[str]:
        """``table``'s columns that a statement may leave out to store NULL."""
        found = self._without_default.get(table)
        if found is None:
            # "main.": unqualified, SQLite would read (and, in a transaction, keep a lock
            # on) every attached file, such as a helper's staging file it is still writing.
            info = self.conn.exec_driver_sql(f'PRAGMA main.table_info("{table}")').fetchall()
            found = frozenset(str(row[1]) for row in info if row[4] is None)
            self._without_default[table] = found
        return found

    def update(
        self, table: str, columns: Sequence[str], key: str, rows: Sequence[Sequence[Any]]
    ) -> None:
        """Rows are the new values of ``columns`` followed by the key of the row to change."""
        if not rows:
            return
        if self._style in ("qmark", "format", "pyformat"):
            mark = "?" if self._style == "qmark" else "%s"
            sets = ", ".join(f"{name} = {mark}" for name in columns)
            where = mark
        else:
            prefix = "$" if self._style == "numeric_dollar" else ":"
            sets = ", ".join(f"{name} = {prefix}{n}" for n, name in enumerate(columns, 1))
            where = f"{prefix}{len(columns) + 1}"
        sql = f"UPDATE {table} SET {sets} WHERE {key} = {where}"  # noqa: S608
        for start in range(0, len(rows), _WRITE_ROWS):
            self._run(sql, [tuple(row) for row in rows[start : start + _WRITE_ROWS]])
            give_way()

    def select_in(
        self, table: str, columns: Sequence[str], key: str, keys: Sequence[Any]
    ) -> list[tuple[Any, ...]]:
        """Rows whose ``key`` is one of ``keys``, as raw tuples in ``columns`` order."""
        found: list[tuple[Any, ...]] = []
        names = ", ".join(columns)
        for part in in_chunks(keys):
            sql = f"SELECT {names} FROM {table} WHERE {key} IN ({self.marks(len(part))})"  # noqa: S608
            # The driver's own rows: plain tuples, without SQLAlchemy's per-row wrapping.
            found.extend(self._run(sql, tuple(part)).cursor.fetchall())
        return found

    def delete_in(self, table: str, key: str, keys: Sequence[Any]) -> None:
        """Delete the rows whose ``key`` is one of ``keys``."""
        for part in in_chunks(keys):
            sql = f"DELETE FROM {table} WHERE {key} IN ({self.marks(len(part))})"  # noqa: S608
            self._run(sql, tuple(part))

    def suspend_indexes(self, table: str) -> list[str]:
        """Drop ``table``'s secondary indexes (SQLite); returns the statements that
        rebuild them. Filling an empty table and then building each index in one sorted
        pass is much faster than updating every index row by row."""
        if self.dialect != "sqlite":
            return []
        found = self.conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,),
        ).fetchall()
        for name, _ in found:
            self.conn.exec_driver_sql(f'DROP INDEX "{name}"')
        return [str(sql) for _, sql in found]

    def rebuild_indexes(self, statements: list[str]) -> None:
        for statement in statements:
            self.conn.exec_driver_sql(statement)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of a query written with :meth:`marks` placeholders, as raw tuples."""
        return list(self._run(sql, tuple(params)).cursor.fetchall())

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """One value from a query written with :meth:`marks` placeholders."""
        return self._run(sql, tuple(params)).scalar()

    def _run(self, sql: str, params: Any) -> CursorResult[Any]:
        try:
            return self.conn.exec_driver_sql(sql, params)
        except DBAPIError as exc:
            # SQLAlchemy's own error would carry the rows into logs and tracebacks.
            raise BulkWriteError(f"{sql[:60]}…: {exc.orig}") from None

    def mark(self, position: int = 1) -> str:
        """The single placeholder at ``position`` (1-based), for hand-written statements."""
        if self._style == "qmark":
            return "?"
        if self._style in ("format", "pyformat"):
            return "%s"
        prefix = "$" if self._style == "numeric_dollar" else ":"
        return f"{prefix}{position}"
