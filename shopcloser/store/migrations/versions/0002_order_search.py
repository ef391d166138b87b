"""Order search index: an FTS5 trigram table kept by triggers (SQLite with FTS5 only).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from shopcloser.store.search_index import (
    ODD_IDS_INDEX,
    STUBS_INDEX,
    TABLE,
    TERMS,
    create_search_index,
)

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The statements live in store.search_index, beside the code that queries the index;
    # changing them needs a new revision.
    create_search_index(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for trigger in ("add", "remove", "change"):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TABLE}_{trigger}")
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {TERMS}")
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
    bind.exec_driver_sql(f"DROP INDEX IF EXISTS {STUBS_INDEX}")
    bind.exec_driver_sql(f"DROP INDEX IF EXISTS {ODD_IDS_INDEX}")
