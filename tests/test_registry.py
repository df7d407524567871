"""The registry under concurrent writers, on a real SQLite file and on a real PostgreSQL server (started on
loopback by the ``postgres_url`` fixture): nothing lost, every lookup answered, the schema managed by
migrations."""

from __future__ import annotations

import multiprocessing as mp
import uuid

import pytest

from provenance.registry import SCHEMA_HEAD, Registry


@pytest.fixture(params=["sqlite", "postgresql"])
def registry_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'registry.db'}"
    base = request.getfixturevalue("postgres_url")
    # a database of its own for each test
    name = "t_" + uuid.uuid4().hex[:12]
    from sqlalchemy import create_engine, text

    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return base.rsplit("/", 1)[0] + "/" + name


def _writer(url: str, worker: int, n: int) -> None:
    reg = Registry(url)
    for i in range(n):
        reg.add(f"urn:c2pa:test-{worker}-{i}", b"\x00" * 64, {"worker": worker, "i": i},
                watermark_payload=f"{worker:08x}{i:08x}", watermark_key_id="k", fingerprint=f"{worker:04x}{i:012x}",
                title=None, source_type=None)
    reg.close()


def test_concurrent_writers_lose_nothing(registry_url):
    """4 processes x 200 writes at once: all 800 are there, and each is found by payload, manifest id and
    fingerprint."""
    first = Registry(registry_url)
    assert first.schema_version() == SCHEMA_HEAD
    first.close()
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(registry_url, w, 200)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)
        assert p.exitcode == 0
    reg = Registry(registry_url)
    assert reg.count() == 800
    for w, i in ((0, 0), (1, 57), (2, 123), (3, 199)):
        hit = reg.by_payload(f"{w:08x}{i:08x}")
        assert hit and hit.manifest == {"worker": w, "i": i} and hit.manifest_id == f"urn:c2pa:test-{w}-{i}"
        assert reg.by_manifest_id(f"urn:c2pa:test-{w}-{i}").watermark_payload == f"{w:08x}{i:08x}"
        assert reg.by_fingerprint(f"{w:04x}{i:012x}").manifest_id == f"urn:c2pa:test-{w}-{i}"
        assert reg.store_bytes(f"urn:c2pa:test-{w}-{i}") == b"\x00" * 64
    assert len(reg.recent_payloads("k", limit=1000)) == 800
    reg.close()


def test_fingerprint_lookup_tolerates_small_distance(registry_url):
    reg = Registry(registry_url)
    reg.add("urn:c2pa:a", b"x", {}, watermark_payload=None, watermark_key_id=None, fingerprint="ffff0000ffff0000",
            title=None, source_type=None)
    assert reg.by_fingerprint("ffff0000ffff0003").manifest_id == "urn:c2pa:a"
    assert reg.by_fingerprint("0000ffff0000ffff") is None
    reg.close()


def test_a_registry_made_before_migrations_is_adopted(tmp_path):
    """A SQLite registry created by an earlier version (no alembic_version table) keeps its entries and is
    stamped at the head revision."""
    from sqlalchemy import create_engine

    from provenance import registry as reg_mod

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    reg_mod._metadata.create_all(engine)
    engine.dispose()
    old = Registry.__new__(Registry)  # write one entry the old way, without migrations
    old.engine = create_engine(url)
    old.add("urn:c2pa:old", b"y", {"old": True}, watermark_payload="aa" * 8, watermark_key_id="k", fingerprint=None,
            title=None, source_type=None)
    old.engine.dispose()
    reg = Registry(url)
    assert reg.schema_version() == SCHEMA_HEAD and reg.by_payload("aa" * 8).manifest == {"old": True}


def test_bad_urls_are_one_line_errors(tmp_path):
    from clipseal.errors import BadInputError

    with pytest.raises(BadInputError, match="not a database URL"):
        Registry("not a url")
    with pytest.raises(BadInputError, match="cannot open postgresql") as err:
        Registry("postgresql://someone:s3cret@127.0.0.1:1/none")
    assert "s3cret" not in str(err.value)


def test_sqlite_fast_read_agrees_with_the_registry(tmp_path):
    """verify reads the issued payloads of a SQLite registry without SQLAlchemy: the same answer, newest first,
    per watermark key; None (the full registry is used) when it cannot answer the same way."""
    import sqlite3
    import time

    from provenance import registry_sqlite

    url = f"sqlite:///{tmp_path / 'registry.db'}"
    assert registry_sqlite.recent_payloads(url, None) is None  # not there yet: the registry creates it
    reg = Registry(url)
    for i in range(30):
        reg.add(f"urn:c2pa:fast-{i}", b"x", {}, watermark_payload=f"{i:016x}", watermark_key_id="ab"[i % 2],
                fingerprint=None, title=None, source_type=None)
        time.sleep(0.002)
    for key in (None, "a", "b", "c"):
        assert registry_sqlite.recent_payloads(url, key) == reg.recent_payloads(key)
    assert registry_sqlite.recent_payloads(url, "a", limit=3) == [bytes.fromhex(f"{i:016x}") for i in (28, 26, 24)]
    reg.close()
    with sqlite3.connect(tmp_path / "registry.db") as conn:  # a registry at another schema revision
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    assert registry_sqlite.recent_payloads(url, None) is None
    assert registry_sqlite.recent_payloads("postgresql://u@localhost/db", None) is None
