"""What every command gets: its arguments, the store, translated output."""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.exc import SQLAlchemyError

from shopcloser import i18n, paths
from shopcloser.cli.interrupts import cancel_on_interrupt, held_back
from shopcloser.messages import QT_TRANSLATE_NOOP, UserError
from shopcloser.services.progress import CancelToken
from shopcloser.store.database import Store, a_folder, open_store, store_file
from shopcloser.store.lock import WriterLock


@dataclass
class CommandContext:
    args: argparse.Namespace
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _stores: list[Store] = field(default_factory=list)
    # Ctrl-C while a command changes the store: its work stops at the next safe point.
    cancel: CancelToken = field(default_factory=CancelToken)
    changing: bool = False  # a command that changes the store has opened it

    @property
    def db_target(self) -> str:
        return str(self.args.db) if self.args.db else str(paths.default_db_path())

    def read_store(self) -> Store:
        """Open the store for reading; allowed while the window has it open.

        Reading makes no data file: one that is not there reads as empty, said on stderr
        (a mistyped --db would otherwise leave an empty file behind, and read as a shop
        with no orders without a word).
        """
        target = self.db_target
        path = store_file(target)
        if path is not None and not path.exists():
            print(
                Cli.tr(
                    "There is no data file at {path} yet, so it reads as empty. Nothing was "
                    "created.",
                    path=str(path),
                ),
                file=sys.stderr,
            )
            target = "sqlite://"  # an empty store in memory: what a data file not made holds
        store = open_store(target)
        self._stores.append(store)
        return store

    def existing_store(self) -> Store:
        """Open the store for reading, as :meth:`read_store`, but only one that is there:
        a command that only compares with it creates no empty store to compare with."""
        path = store_file(self.db_target)
        if path is not None and path.is_dir():
            raise a_folder(path)
        if path is not None and not path.is_file():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "There is no data file at {path} to compare the backup with. Name "
                    "the data file that holds your orders with --db. Nothing was changed.",
                ),
                path=str(path),
            )
        return self.read_store()

    @contextmanager
    def write_store(self, *, existing: bool = False) -> Iterator[Store]:
        """Open the store for changing it, refused while another window or command has it.
        With ``existing``, only one that is there: a command that changes what it holds
        (a mark, an undo) creates no empty store to find nothing in."""
        path = store_file(self.db_target)
        if path is not None and path.is_dir():
            raise a_folder(path)  # before its lock is made beside it
        if existing and path is not None and not path.is_file():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "There is no data file at {path}: nothing has been imported into it. "
                    "Name the data file that holds your orders with --db. Nothing was "
                    "changed.",
                ),
                path=str(path),
            )
        created = path is not None and not path.exists()
        with WriterLock(path):
            store = open_store(self.db_target)
            store.single_user = True  # nothing else in this process reads it meanwhile
            self.changing = True
            try:
                with cancel_on_interrupt(self.cancel, _stopping, _stopped, _saving):
                    yield store
            except BaseException:  # refused, cancelled, interrupted, the disk full…
                if created and path is not None and _holds_nothing(store):
                    with held_back():
                        store.close()
                        _remove(path)  # a refused or cancelled first import leaves no file
                raise
            finally:
                with held_back():  # after a commit: the command says what it saved
                    store.close()

    def print(self, text: str = "") -> None:
        with output_written():
            print(text, file=self.out)

    def write(self, text: str) -> None:
        with output_written():
            self.out.write(text)

    def json(self, value: Any, **options: Any) -> str:
        """``value`` as JSON text this output can carry: UTF-8 where it is written in
        UTF-8, else with ``\\u`` escapes (a Windows code page: cp1252, GBK), which read
        back as the same text."""
        encoding = getattr(self.out, "encoding", None) or "utf-8"
        utf8 = codecs.lookup(encoding).name == "utf-8"
        return json.dumps(value, ensure_ascii=not utf8, sort_keys=True, **options)

    def close(self) -> None:
        for store in self._stores:
            store.close()


def _stopping() -> str:
    return Cli.tr("Cancelling… (Ctrl-C again stops at once.)")


def _saving() -> str:
    return Cli.tr(
        "Already saving: the change can no longer be stopped and is kept whole. "
        "(Ctrl-C again stops at once.)"
    )


def _stopped() -> str:
    return Cli.tr(
        "Stopped at once. A change to the data file is saved whole or not at all: "
        "shopcloser status shows what it holds now."
    )


@contextmanager
def output_written() -> Iterator[None]:
    """Writing to (or flushing) the command's output: a full disk or a closed device is
    the merchant's to fix, and the command's work is done by then."""
    try:
        yield
    except BrokenPipeError:
        raise  # the reader stopped early: see app._output_closed
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "ShopCloser could not write its output ({error}): the disk may be full. What "
                "the command did is done all the same; shopcloser status shows what the "
                "data file holds now.",
            ),
            error=error.strerror or str(error),
        ) from None


def _holds_nothing(store: Store) -> bool:
    from shopcloser.services.restore import is_empty

    try:
        with store.engine.connect() as conn:
            return is_empty(conn)
    except SQLAlchemyError:
        return False  # not ours to judge


def _remove(path: Path) -> None:
    """Remove the data file at ``path``, with SQLite's files and the lock beside it (still
    held: a command started meanwhile was refused, one started after finds no store)."""
    for name in (path.name, *(path.name + end for end in ("-wal", "-shm", "-journal", ".lock"))):
        with contextlib.suppress(OSError):  # Windows keeps a file open by us (the lock)
            (path.parent / name).unlink(missing_ok=True)


class Cli:
    """Translations of the command line's own texts: ``Cli.tr("Orders: {n}", n=3)``, and
    with a plural form ``Cli.tr("Marked %n order(s) handled.", "", 3)``.

    Written as a call on a class named ``Cli`` so that ``pyside6-lupdate`` files the
    text under the "Cli" context, the one looked up at run time; the empty second
    argument is where lupdate expects a disambiguation before the number.
    """

    @staticmethod
    def tr(text: str, _disambiguation: str = "", number: int = -1, /, **params: Any) -> str:
        return i18n.translate("Cli", text, number, **params)
