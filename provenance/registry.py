"""The manifest registry: every manifest we sign, findable by manifest id, watermark payload or
fingerprint. This is how a clip whose metadata was stripped gets its credentials back.

SQLAlchemy Core over SQLite (default, a file in the data folder) or PostgreSQL (by URL, with psycopg 3:
``postgresql://user@host/db`` or ``postgresql+psycopg://...``). SQLite runs in WAL mode with a busy timeout, so
several processes can write at once without losing entries; PostgreSQL is what a platform runs
(docs/guide/registry.md). The schema is managed by Alembic migrations (``registry_migrations/``), applied when a
registry is opened and found behind; a registry already at the head revision costs one query to check, and
Alembic is not even imported then.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import (Column, DateTime, LargeBinary, MetaData, String, Table, Text, create_engine, event,
                        insert, select, text)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, ProgrammingError

from clipseal.errors import BadInputError
from provenance import fingerprint as fp_mod
from provenance.registry_schema import SCHEMA_HEAD  # the newest migration (also read by registry_sqlite)

MIGRATIONS = Path(__file__).resolve().parent / "registry_migrations"

_metadata = MetaData()
manifests = Table(  # what the code reads and writes; the migrations create it
    "manifests",
    _metadata,
    Column("manifest_id", String(128), primary_key=True),
    Column("watermark_payload", String(16)),
    Column("watermark_key_id", String(32)),
    Column("fingerprint", String(16)),
    Column("title", Text),
    Column("source_type", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("manifest_json", Text, nullable=False),
    Column("manifest_store", LargeBinary, nullable=False),
)


@dataclass
class RegistryEntry:
    manifest_id: str
    watermark_payload: str | None
    watermark_key_id: str | None
    fingerprint: str | None
    title: str | None
    source_type: str | None
    created_at: str
    manifest: dict

    def to_dict(self) -> dict:
        return asdict(self)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Registry:
    """Store and look up signed manifests."""

    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise BadInputError(f"registry URL {url!r} is not a database URL") from exc
        if parsed.drivername == "postgresql":  # the driver clipseal pins
            parsed = parsed.set(drivername="postgresql+psycopg")
        self.name = parsed.render_as_string(hide_password=True)  # safe to show: never the password
        if parsed.get_backend_name() == "sqlite" and parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.engine: Engine = create_engine(parsed, future=True, pool_pre_ping=True)
        except Exception as exc:  # noqa: BLE001 - a missing driver or a bad URL
            raise BadInputError(f"registry: cannot open {self.name} ({_one_line(exc)})") from None
        if parsed.get_backend_name() == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            self._migrate()
        except (OperationalError, DBAPIError) as exc:
            raise BadInputError(f"registry: cannot open {self.name} ({_one_line(exc.orig or exc)})") from None

    def schema_version(self) -> str | None:
        with self.engine.connect() as conn:
            try:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except (OperationalError, ProgrammingError):
                return None

    def _migrate(self) -> None:
        """Bring the schema to SCHEMA_HEAD with Alembic (only imported when something is to be done). Two
        processes opening a new registry at once may both try: the loser finds the work done."""
        if self.schema_version() == SCHEMA_HEAD:
            return
        from alembic import command
        from alembic.config import Config as AlembicConfig

        cfg = AlembicConfig()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except (OperationalError, DBAPIError):
            if self.schema_version() != SCHEMA_HEAD:
                raise

    def add(self, manifest_id: str, manifest_store: bytes, manifest_json: dict, *, watermark_payload: str | None,
            watermark_key_id: str | None, fingerprint: str | None, title: str | None,
            source_type: str | None) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(manifests).values(
                manifest_id=manifest_id,
                watermark_payload=watermark_payload,
                watermark_key_id=watermark_key_id,
                fingerprint=fingerprint,
                title=title,
                source_type=source_type,
                created_at=dt.datetime.now(dt.timezone.utc),
                manifest_json=json.dumps(manifest_json),
                manifest_store=manifest_store,
            ))

    def _entries(self, where) -> list[RegistryEntry]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(manifests).where(where).order_by(manifests.c.created_at)).mappings().all()
        return [_entry(row) for row in rows]

    def by_manifest_id(self, manifest_id: str) -> RegistryEntry | None:
        rows = self._entries(manifests.c.manifest_id == manifest_id)
        return rows[0] if rows else None

    def by_payload(self, payload_hex: str) -> RegistryEntry | None:
        rows = self._entries(manifests.c.watermark_payload == payload_hex.lower())
        return rows[-1] if rows else None

    def by_fingerprint(self, fingerprint: str, max_distance: int = fp_mod.MATCH_DISTANCE) -> RegistryEntry | None:
        """The closest registered clip within ``max_distance`` bits (a linear scan of the fingerprints)."""
        best = None
        with self.engine.connect() as conn:
            for manifest_id, other in conn.execute(
                    select(manifests.c.manifest_id, manifests.c.fingerprint).where(manifests.c.fingerprint.is_not(None))):
                d = fp_mod.distance(fingerprint, other)
                if d <= max_distance and (best is None or d < best[0]):
                    best = (d, manifest_id)
        return self.by_manifest_id(best[1]) if best else None

    def recent_payloads(self, key_id: str | None, limit: int = 1_000) -> list[bytes]:
        """Watermark payloads issued under watermark key ``key_id``, newest first (at most ``limit``): the
        candidates the detector may test a clip against when it cannot read a payload blind."""
        q = select(manifests.c.watermark_payload).where(manifests.c.watermark_payload.is_not(None))
        if key_id is not None:
            q = q.where(manifests.c.watermark_key_id == key_id)
        q = q.order_by(manifests.c.created_at.desc()).limit(limit)
        out = []
        with self.engine.connect() as conn:
            for (hexstr,) in conn.execute(q):
                try:
                    out.append(bytes.fromhex(hexstr))
                except ValueError:  # not written by clipseal: not a payload we can test for
                    continue
        return out

    def store_bytes(self, manifest_id: str) -> bytes | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(manifests.c.manifest_store).where(
                manifests.c.manifest_id == manifest_id)).first()
        return bytes(row[0]) if row else None

    def count(self) -> int:
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(manifests)).scalar_one())

    def close(self) -> None:
        self.engine.dispose()


def _one_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _entry(row) -> RegistryEntry:
    created = row["created_at"]
    return RegistryEntry(
        manifest_id=row["manifest_id"],
        watermark_payload=row["watermark_payload"],
        watermark_key_id=row["watermark_key_id"],
        fingerprint=row["fingerprint"],
        title=row["title"],
        source_type=row["source_type"],
        created_at=created.isoformat() if hasattr(created, "isoformat") else str(created),
        manifest=json.loads(row["manifest_json"]),
    )
