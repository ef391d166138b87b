"""The trigram search index: searches of three characters or more are answered from it,
and every way orders are written (import, re-import, undo, restore, purge, migration)
leaves it in step with the orders."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from shopcloser.messages import Cancelled
from shopcloser.services.backup import write_backup
from shopcloser.services.batches import undo_batch
from shopcloser.services.importing import import_sources
from shopcloser.services.order_sql import search_words
from shopcloser.services.orders import OrderQuery, first_keys, order_ids_for_keys, order_keys
from shopcloser.services.progress import CancelToken
from shopcloser.services.purge import purge_personal_data
from shopcloser.services.restore import restore_backup
from shopcloser.store import search_index
from shopcloser.store.database import Store, open_store
from shopcloser.store.models import Order, OrderItem
from shopcloser.store.search_index import TABLE
from tests.helpers import downgrade_store
from tests.orders.seed import add_order, standard_shop
from tests.services.records import item, items_file, numbered_orders, oid, order, orders_file


def found(store: Store, text: str) -> set[str]:
    return set(order_ids_for_keys(store, order_keys(store, OrderQuery(search=text))))


def expected(store: Store, text: str) -> set[str]:
    """What a search must find, worked out the slow way from the stored orders."""
    words = [_fold(w) for w in search_words(text)]
    with store.sessions() as session:
        orders = session.scalars(select(Order)).all()
        titles: dict[str, list[str]] = {}
        for order_id, title in session.execute(select(OrderItem.order_id, OrderItem.title)):
            titles.setdefault(order_id, []).append(title or "")
        hits = set()
        for o in orders:
            fields = [o.order_id, o.buyer_nick or "", o.item_titles or ""]
            if o.from_items_only:
                fields += titles.get(o.order_id, [])
            if all(any(w in _fold(f) for f in fields) for w in words):
                hits.add(o.order_id)
        return hits


def _fold(text: str) -> str:
    """Case folded as SQLite's LIKE does: ASCII letters only."""
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


def index_rows(path: Path) -> list[tuple[int, str]]:
    with closing(sqlite3.connect(path)) as conn:
        return sorted(conn.execute(f"SELECT rowid, words FROM {TABLE}").fetchall())


def orders_text(path: Path) -> list[tuple[int, str]]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT rowid, coalesce(buyer_nick, '') || char(10) || coalesce(item_titles, '') "
            "|| char(10) || char(10) FROM orders"
        ).fetchall()
        return sorted(rows)


def assert_in_step(store: Store) -> None:
    assert store.path is not None
    assert index_rows(store.path) == orders_text(store.path)


def test_a_new_store_has_the_index(store: Store) -> None:
    assert store.path is not None
    with closing(sqlite3.connect(store.path)) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert TABLE in names


@pytest.mark.parametrize(
    "text",
    [
        "连衣裙",
        "CAROL",
        "car",
        "T恤",
        "=HYPERLINK",
        "100",
        "10 连衣",
        "ttp",
        "红色 连衣裙",
        '"x"',
        "%%%",
    ],
)
def test_indexed_and_short_words_find_what_the_orders_contain(store: Store, text: str) -> None:
    standard_shop(store)
    add_order(store, "2001", buyer_nick='say "x" twice', titles="100% 纯棉")
    assert found(store, text) == expected(store, text)


@pytest.mark.parametrize("terms_allowed", [200, 1])
@pytest.mark.parametrize("text", ["红", "色", "A", "ce", "恤", "棉", "%", "1", '"'])
def test_one_or_two_characters_anywhere_in_the_text(
    store: Store, monkeypatch: pytest.MonkeyPatch, text: str, terms_allowed: int
) -> None:
    # With one term allowed, words with more read the index's copy of the text instead.
    monkeypatch.setattr(search_index, "MAX_SHORT_WORD_TERMS", terms_allowed)
    standard_shop(store)
    add_order(store, "2001", buyer_nick="Alice", titles="100% 纯棉")
    add_order(store, "2002", buyer_nick='"q"', titles="红")
    assert found(store, text) == expected(store, text)


def test_orders_known_only_from_items_are_found_by_their_item_titles(store: Store) -> None:
    import_sources(store, [items_file([item(oid(1), 1, title="手工茶叶礼盒")])])
    assert found(store, "茶叶礼") == {oid(1)}
    assert found(store, "叶礼") == {oid(1)}
    # Once the order report comes, the order's own titles count.
    import_sources(store, [orders_file([order(oid(1), item_titles="羊毛围巾")])])
    assert found(store, "羊毛围") == {oid(1)}
    assert_in_step(store)


def test_imports_and_undo_keep_the_index_in_step(store: Store) -> None:
    first = import_sources(store, [orders_file(numbered_orders(50))]).batch_id
    assert_in_step(store)
    assert found(store, "buyer0007") == {oid(7)}

    renamed = order(oid(7), buyer_nick="newnick77", item_titles="纯羊毛围巾")
    second = import_sources(store, [orders_file([renamed, order(oid(99))])]).batch_id
    assert_in_step(store)
    assert found(store, "newnick77") == {oid(7)}
    assert found(store, "buyer0007") == set()
    assert found(store, "纯羊毛") == {oid(7)}

    undo_batch(store, second)
    assert_in_step(store)
    assert found(store, "buyer0007") == {oid(7)}
    assert found(store, "newnick77") == set()
    assert oid(99) not in found(store, "3515")

    undo_batch(store, first)
    assert_in_step(store)
    assert index_rows(store.path) == []  # type: ignore[arg-type]


def test_a_restored_store_is_searchable(store: Store, tmp_path: Path) -> None:
    import_sources(store, [orders_file(numbered_orders(20))])
    backup = tmp_path / "backup.xlsx"
    write_backup(store, backup)
    restored = open_store(str(tmp_path / "restored.db"))
    try:
        restore_backup(restored, backup)
        assert_in_step(restored)
        assert found(restored, "buyer0011") == {oid(11)}
    finally:
        restored.close()


def test_purge_leaves_no_buyer_nick_in_the_index(store: Store, tmp_path: Path) -> None:
    import_sources(store, [orders_file(numbered_orders(20))])
    write_backup(store, tmp_path / "backup.xlsx")
    purge_personal_data(store)
    assert_in_step(store)
    assert found(store, "buyer0011") == set()
    assert found(store, "连衣裙") == {oid(n) for n in range(20)}
    assert store.path is not None
    assert all("buyer" not in words for _rowid, words in index_rows(store.path))


def test_an_older_store_gets_the_index_when_upgraded(store_path: Path) -> None:
    store = open_store(str(store_path))
    add_order(store, "3001", buyer_nick="oldbuyer")
    downgrade_store(store, "0001")
    with closing(sqlite3.connect(store_path)) as conn:
        assert conn.execute(
            f"SELECT count(*) FROM sqlite_master WHERE name = '{TABLE}'"
        ).fetchone() == (0,)

    upgraded = open_store(str(store_path))
    try:
        assert_in_step(upgraded)
        assert found(upgraded, "oldbuyer") == {"3001"}
    finally:
        upgraded.close()


@pytest.mark.parametrize("text", ["连衣", "连衣裙", "10", "car", "鲸鱼", "100"])
def test_the_first_screenful_is_the_start_of_the_whole_list(store: Store, text: str) -> None:
    standard_shop(store)
    for n in range(30):
        add_order(store, f"20{n:02d}", buyer_nick=f"carl{n}", titles="连衣裙" if n % 3 else "围巾")
    query = OrderQuery(search=text)
    every = order_keys(store, query)
    assert first_keys(store, query, 5) == list(every[:5])


def triggers(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        return {name for (name,) in rows}


def test_a_cancelled_import_keeps_the_index_and_its_triggers(store: Store) -> None:
    import_sources(store, [orders_file(numbered_orders(3))])
    assert store.path is not None
    before = triggers(store.path)
    assert len(before) == 3
    cancel = CancelToken()
    calls = 0

    def progress(done: int, total: int | None, name: str) -> None:
        nonlocal calls
        calls += 1
        cancel.cancel()

    with pytest.raises(Cancelled):
        import_sources(
            store, [orders_file(numbered_orders(25_000, start=3))], progress=progress, cancel=cancel
        )
    assert calls and triggers(store.path) == before
    add_order(store, "4001", buyer_nick="afterwards")  # written row by row: the triggers
    assert_in_step(store)
    assert found(store, "afterwards") == {"4001"}


def test_an_upgrade_stopped_halfway_can_run_again(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(str(store_path))
    add_order(store, "3001", buyer_nick="oldbuyer")
    downgrade_store(store, "0001")
    refill = search_index.refill_search_index

    def stopped(conn: object, **options: bool) -> None:
        refill(conn, **options)  # type: ignore[arg-type]
        raise KeyboardInterrupt  # the window closed while the orders were being indexed

    monkeypatch.setattr(search_index, "refill_search_index", stopped)
    with pytest.raises(KeyboardInterrupt):
        open_store(str(store_path))
    monkeypatch.undo()
    assert triggers(store_path) == set()  # nothing of the upgrade stayed behind
    upgraded = open_store(str(store_path))
    try:
        assert_in_step(upgraded)
        assert found(upgraded, "oldbuyer") == {"3001"}
    finally:
        upgraded.close()


def test_lost_triggers_are_put_back_when_the_store_opens(store_path: Path) -> None:
    store = open_store(str(store_path))
    add_order(store, "5001", buyer_nick="first")
    store.close()
    with closing(sqlite3.connect(store_path)) as conn:  # as an older build could leave it
        conn.execute("DROP TRIGGER order_search_change")
        conn.execute("UPDATE orders SET buyer_nick = 'renamed' WHERE order_id = '5001'")
        conn.commit()
    reopened = open_store(str(store_path))
    try:
        assert len(triggers(store_path)) == 3
        assert_in_step(reopened)
        assert found(reopened, "renamed") == {"5001"}
    finally:
        reopened.close()


@pytest.mark.parametrize("text", ["äpfel", "ÄPFEL", "İs", "ΑΣ", "ς", "A2005", "05x", "2005"])
def test_letters_beyond_ascii_and_ids_with_letters_match_as_like_does(
    store: Store, text: str
) -> None:
    for order_id, nick in [
        ("9001", "ÄPFEL Straße"),
        ("9002", "äpfel"),
        ("9003", "İstanbul"),
        ("9004", "ΑΣΒ ς"),
        ("A2005X", "letters-in-id"),
    ]:
        add_order(store, order_id, buyer_nick=nick, titles="t")
    like = _like_search(store, text)
    assert found(store, text) == like
    query = OrderQuery(search=text)
    assert first_keys(store, query, 5) == list(order_keys(store, query)[:5])


def _like_search(store: Store, text: str) -> set[str]:
    from shopcloser.services.order_sql import search_clause

    with store.sessions() as session:
        return set(session.scalars(select(Order.order_id).where(search_clause(text))))


def test_a_purge_whose_wipe_fails_still_leaves_search_working(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shopcloser.messages import UserError
    from shopcloser.services import purge

    import_sources(store, [orders_file(numbered_orders(20))])
    write_backup(store, tmp_path / "backup.xlsx")

    def busy_wipe(conn: object) -> None:  # VACUUM done, but a reader kept the WAL busy
        raw = conn.connection.dbapi_connection  # type: ignore[attr-defined]
        conn.commit()  # type: ignore[attr-defined]
        raw.execute("VACUUM")
        raise purge.not_wiped()

    monkeypatch.setattr(purge, "_wipe", busy_wipe)
    with pytest.raises(UserError):
        purge_personal_data(store)
    assert_in_step(store)
    assert found(store, "连衣裙") == {oid(n) for n in range(20)}


def test_purged_nicks_leave_no_pieces_in_the_index_pages(store: Store, tmp_path: Path) -> None:
    records = [order(oid(n), buyer_nick=f"Qzxjwvk{n:03d}") for n in range(30)]
    import_sources(store, [orders_file(records)])
    write_backup(store, tmp_path / "backup.xlsx")
    purge_personal_data(store)
    assert store.path is not None
    data = b"".join(
        f.read_bytes() for f in store.path.parent.glob(store.path.name + "*") if f.suffix != ".lock"
    )
    for piece in ("qzx", "zxj", "xjw", "jwv", "Qzx"):
        assert piece.encode() not in data, piece
