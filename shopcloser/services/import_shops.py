"""The shops named in order reports (店铺Id, 店铺名称), found or created once per import.

A shop the import creates is recorded in ``batch_changes`` with no before-image, a renamed
one with its old name, so that undoing the import restores the shops table too.
"""

from __future__ import annotations

from sqlalchemy import insert, select

from shopcloser.formats.stored import encode_json
from shopcloser.services.bulk_sql import BulkSql
from shopcloser.store.models import Shop

SHOPS = "shops"


class ShopRefs:
    """Maps a report's shop id and name to the store's ``shops.id``."""

    def __init__(self, sql: BulkSql, batch_id: int) -> None:
        self._sql = sql
        self._batch_id = batch_id
        self._known: dict[tuple[str | None, str | None], int | None] = {(None, None): None}
        self._last: tuple[str | None, str | None, int | None] = (None, None, None)

    def ref(self, platform_id: str | None, name: str | None) -> int | None:
        if platform_id == self._last[0] and name == self._last[1]:
            return self._last[2]  # rows of one export almost always name the same shop
        found = self._lookup(platform_id, name)
        self._last = (platform_id, name, found)
        return found

    def seen(self) -> list[tuple[tuple[str | None, str | None], int]]:
        """Every (shop id, name) pair met so far with its shop, in the order first met."""
        return [(key, shop_id) for key, shop_id in self._known.items() if shop_id is not None]

    def _lookup(self, platform_id: str | None, name: str | None) -> int | None:
        key = (platform_id or None, name or None)
        found = self._known.get(key, -1)
        if found != -1:
            return found
        shop_id = self._find_or_create(*key)
        self._known[key] = shop_id
        return shop_id

    def _find_or_create(self, platform_id: str | None, name: str | None) -> int:
        sql = self._sql
        query = select(Shop.id, Shop.name)
        if platform_id is not None:
            query = query.where(Shop.platform_shop_id == platform_id)
        else:
            query = query.where(Shop.platform_shop_id.is_(None), Shop.name == name)
        row = sql.conn.execute(query.limit(1)).first()
        if row is None:
            result = sql.conn.execute(insert(Shop).values(platform_shop_id=platform_id, name=name))
            key = result.inserted_primary_key
            assert key is not None
            shop_id = int(key[0])
            self._record(shop_id, None)
            return shop_id
        shop_id, old_name = int(row[0]), row[1]
        if name is not None and name != old_name:
            self._record(shop_id, {"platform_shop_id": platform_id, "name": old_name})
            sql.update(SHOPS, ("name",), "id", [(name, shop_id)])
        return shop_id

    def _record(self, shop_id: int, before: dict[str, str | None] | None) -> None:
        self._sql.insert(
            "batch_changes",
            ("batch_id", "table_name", "row_key", "before"),
            [(self._batch_id, SHOPS, str(shop_id), encode_json(before))],
        )
