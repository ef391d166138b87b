"""Persistence: SQLAlchemy models, the database connection, migrations and the writer lock."""
