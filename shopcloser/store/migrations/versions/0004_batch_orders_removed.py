"""Each import records how many stored orders it removed (orders known only from item
rows whose items a newer item report moved to other orders).

Revision ID: 0004
Revises: 0003

Imports made before this revision did not count them: their rows keep NULL, which the
import history shows as not known.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ALTER TABLE … ADD COLUMN: no copy of the table, whatever its size.
    op.add_column("import_batches", sa.Column("orders_removed", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("import_batches", "orders_removed")
