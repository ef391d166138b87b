"""Partial indexes over the rows the import flagged for review (SQLite only).

Revision ID: 0003
Revises: 0002
"""

from alembic import op

from shopcloser.store.review_index import create_review_indexes, drop_review_indexes

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The statements live in store.review_index, beside the code that queries them;
    # changing them needs a new revision.
    create_review_indexes(op.get_bind())


def downgrade() -> None:
    drop_review_indexes(op.get_bind())
