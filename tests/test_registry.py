"""The registry under concurrent writers, on a real SQLite file."""

from __future__ import annotations

import multiprocessing as mp

from provenance.registry import Registry


def _writer(url: str, worker: int, n: int) -> None:
    reg = Registry(url)
    for i in range(n):
        reg.add(f"urn:c2pa:test-{worker}-{i}", b"\x00" * 64, {"worker": worker, "i": i},
                watermark_payload=f"{worker:08x}{i:08x}", watermark_key_id="k", fingerprint=f"{i:016x}",
                title=None, source_type=None)
    reg.close()


def test_concurrent_writers_lose_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 'registry.db'}"
    Registry(url).close()
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(url, w, 60)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    reg = Registry(url)
    assert reg.count() == 240
    hit = reg.by_payload(f"{3:08x}{59:08x}")
    assert hit and hit.manifest == {"worker": 3, "i": 59}
    assert reg.by_fingerprint(f"{5:016x}") is not None


def test_fingerprint_lookup_tolerates_small_distance(tmp_path):
    reg = Registry(f"sqlite:///{tmp_path / 'r.db'}")
    reg.add("urn:c2pa:a", b"x", {}, watermark_payload=None, watermark_key_id=None, fingerprint="ffff0000ffff0000",
            title=None, source_type=None)
    assert reg.by_fingerprint("ffff0000ffff0003").manifest_id == "urn:c2pa:a"
    assert reg.by_fingerprint("0000ffff0000ffff") is None
