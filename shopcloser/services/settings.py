"""Settings kept in the store, because they belong to the shop rather than to one PC."""

from __future__ import annotations

from sqlalchemy import select

from shopcloser.domain.closure import DEFAULT_AFTER_SALES_DAYS
from shopcloser.store.database import Store
from shopcloser.store.models import Setting

AFTER_SALES_DAYS = "after_sales_days"
CHECKLIST_PREFIX = "checklist."


def get_setting(store: Store, key: str, default: str | None = None) -> str | None:
    with store.sessions() as session:
        value = session.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def set_setting(store: Store, key: str, value: str) -> None:
    with store.transaction() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value


def after_sales_days(store: Store) -> int:
    raw = get_setting(store, AFTER_SALES_DAYS)
    try:
        return max(0, int(raw)) if raw is not None else DEFAULT_AFTER_SALES_DAYS
    except ValueError:
        return DEFAULT_AFTER_SALES_DAYS


def checklist_state(store: Store) -> dict[str, bool]:
    """Which closure steps the merchant has ticked off, by step id."""
    with store.sessions() as session:
        rows = session.execute(
            select(Setting.key, Setting.value).where(Setting.key.startswith(CHECKLIST_PREFIX))
        )
        return {key.removeprefix(CHECKLIST_PREFIX): value == "1" for key, value in rows}


def set_checklist_step(store: Store, step: str, done: bool) -> None:
    set_setting(store, CHECKLIST_PREFIX + step, "1" if done else "0")
