"""The orders commands, run as a merchant's script would run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shopcloser.store.database import Store
from tests.helpers import run_cli
from tests.orders.seed import standard_shop


@pytest.fixture
def shop(store: Store, store_path: Path) -> Path:
    standard_shop(store)
    return store_path


def orders_json(db: Path, *args: str) -> list[dict[str, object]]:
    done = run_cli("orders", "--json", *args, db=db)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_orders_json_lists_every_order_with_its_reasons(shop: Path) -> None:
    orders = {o["order_id"]: o for o in orders_json(shop)}
    assert len(orders) == 7
    assert orders["1003"]["status"] == "TRADE_FINISHED"
    assert orders["1003"]["refund_states"] == ["WAIT_SELLER_AGREE"]
    assert orders["1003"]["reasons"] == ["open_refund"]
    assert orders["1003"]["handled"] is False
    assert orders["1005"]["reasons"] == []
    assert "buyer_nick" not in orders["1001"] and "王小明" not in json.dumps(orders)


def test_blocking_orders_have_reasons(shop: Path) -> None:
    blocking = orders_json(shop, "--blocking")
    assert {o["order_id"] for o in blocking} == {"1001", "1002", "1003", "1007"}
    assert all(o["reasons"] for o in blocking)


def test_mark_and_unmark(shop: Path) -> None:
    done = run_cli(
        "mark", "1001", "1002", "--action", "shipped", "--note", "顺丰", "--by", "王小明", db=shop
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Marked 2 orders handled."
    assert {o["order_id"] for o in orders_json(shop, "--blocking")} == {"1003", "1007"}
    handled = {o["order_id"]: o for o in orders_json(shop, "--filter", "handled")}
    assert handled["1001"]["mark"] == {
        "action": "shipped",
        "note": "顺丰",
        "by": "王小明",
        "at": handled["1001"]["mark"]["at"],  # type: ignore[index]
    }
    done = run_cli("unmark", "1002", db=shop)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Undid the handled-marks of 1 order."  # not "1 orders"
    assert {o["order_id"] for o in orders_json(shop, "--blocking")} == {"1002", "1003", "1007"}


def test_an_unknown_order_id_is_refused_and_nothing_changes(shop: Path) -> None:
    done = run_cli("mark", "1001", "424242", "--action", "shipped", db=shop)
    assert done.returncode == 2
    assert "424242" in done.stderr
    assert "Traceback" not in done.stderr
    assert {o["order_id"] for o in orders_json(shop, "--blocking")} == {
        "1001",
        "1002",
        "1003",
        "1007",
    }
    done = run_cli("unmark", "424242", db=shop)
    assert done.returncode == 2


def test_unknown_order_ids_are_listed_as_each_language_lists(shop: Path) -> None:
    ids = [str(n) for n in range(424240, 424247)]  # seven: five named, then "…"
    done = run_cli("mark", *ids, "--action", "shipped", db=shop)
    assert "(7): 424240, 424241, 424242, 424243, 424244, …." in done.stderr
    done = run_cli("--lang", "zh_CN", "unmark", *ids[:3], db=shop)
    assert "424240、424241、424242" in done.stderr


def test_a_wrong_action_is_a_usage_error(shop: Path) -> None:
    done = run_cli("mark", "1001", "--action", "burnt", db=shop)
    assert done.returncode == 2
    assert "shipped" in done.stderr  # the choices are listed


def test_other_needs_a_note_saying_what_was_done(shop: Path) -> None:
    """The window asks for the note before it marks; the command line refuses without."""
    done = run_cli("mark", "1001", "--action", "other", db=shop)
    assert done.returncode == 2
    assert "needs a note" in done.stderr and "--note" in done.stderr
    assert "1001" in {o["order_id"] for o in orders_json(shop, "--blocking")}
    done = run_cli("mark", "1001", "--action", "other", "--note", "   ", db=shop)
    assert done.returncode == 2  # blank is no note
    done = run_cli("mark", "1001", "--action", "other", "--note", "送了赠品了结", db=shop)
    assert done.returncode == 0, done.stderr
    assert "1001" not in {o["order_id"] for o in orders_json(shop, "--blocking")}
