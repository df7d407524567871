"""One registry read without SQLAlchemy: the payloads a SQLite registry issued, with the standard library.

Every unmarked clip a verifier sees asks the registry for its recent payloads (the watermark detector tests the
clip against them when it cannot read one blind). Importing SQLAlchemy for that one query costs about 0.45 s, more
than the rest of verifying a short clip, so a SQLite registry is read here directly, read-only. Anything unusual
(another database, a registry not yet migrated, a locked or damaged file) returns None and the caller opens the
full ``provenance.registry.Registry``, which stays the only writer and the owner of the schema.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from provenance import registry_schema


def recent_payloads(url: str, key_id: str | None, limit: int = 1_000) -> list[bytes] | None:
    """As ``Registry.recent_payloads``; None when this fast path does not apply."""
    if not url.startswith("sqlite:///") or "?" in url:
        return None
    path = Path(url[len("sqlite:///"):])
    if not path.is_file():
        return None  # the full registry creates it
    sql = "SELECT watermark_payload FROM manifests WHERE watermark_payload IS NOT NULL"
    args: list = []
    if key_id is not None:
        sql += " AND watermark_key_id = ?"
        args.append(key_id)
    sql += " ORDER BY created_at DESC LIMIT ?"
    args.append(limit)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if not version or version[0] != registry_schema.SCHEMA_HEAD:
                return None
            rows = conn.execute(sql, args).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    out = []
    for (hexstr,) in rows:
        try:
            out.append(bytes.fromhex(hexstr))
        except (TypeError, ValueError):  # not written by clipseal: not a payload we can test for
            continue
    return out
