"""The registry schema's revision, known without importing SQLAlchemy or Alembic."""

SCHEMA_HEAD = "0001"  # the newest migration in registry_migrations/versions
