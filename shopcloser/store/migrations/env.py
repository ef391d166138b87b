"""Alembic environment: always run on the connection ShopCloser hands over."""

from alembic import context

from shopcloser.store.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transaction_per_migration=True,  # each step and its version bump commit together
)
with context.begin_transaction():
    context.run_migrations()
