"""Alembic environment for the registry: the connection is handed over by ``provenance.registry`` (no
alembic.ini, no URL of its own), so migrations run on the same database and transaction the registry opens."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
