"""Alembic migrations of the manifest registry's schema (``provenance.registry`` runs them on open)."""
