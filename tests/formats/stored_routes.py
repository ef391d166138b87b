"""The two ways a report's rows come out (records, or rows as the store keeps them)."""

from __future__ import annotations

from pathlib import Path

from shopcloser.domain.records import OrderRecord
from shopcloser.domain.statuses import TradeStatus
from shopcloser.formats.report import open_report
from shopcloser.formats.stored import StoredItem, StoredOrder
from shopcloser.services.import_rows import stored_item, stored_order


def assert_routes_agree(path: Path) -> int:
    """Read ``path`` both ways and check that every row is stored the same; returns the
    number of rows. Raises the reader's UserError if the file is refused."""
    records = list(open_report(path).records())
    rows = list(open_report(path).stored_rows())
    assert len(rows) == len(records)
    for record, row in zip(records, rows, strict=True):
        expected: StoredOrder | StoredItem
        if isinstance(record, OrderRecord):
            expected = stored_order(record)
            assert isinstance(row, StoredOrder)
            assert (row.shop_id, row.shop_name) == (expected.shop_id, expected.shop_name)
        else:
            expected = stored_item(record)
            assert isinstance(row, StoredItem)
            assert row.refund_status is expected.refund_status
        assert row.values == expected.values, record.row_number
        assert [type(v) for v in row.values] == [type(v) for v in expected.values]
        # Only what sqlite3 binds without its adapter lookup (a StrEnum member would not be).
        assert {type(v) for v in row.values} <= {str, int, type(None)}, record.row_number
        assert isinstance(row.status, TradeStatus)
        assert (row.row_number, row.problems) == (expected.row_number, expected.problems)
        assert (row.order_id, row.status, row.status_text) == (
            expected.order_id,
            expected.status,
            expected.status_text,
        )
    return len(rows)
