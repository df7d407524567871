"""C2PA soft-binding resolution, server side: from a watermark to the manifest it stands for, as the C2PA Soft
Binding Resolution API defines it (the HTTP routes are in ``clipseal.app.resolution_api``; the client that asks
a remote resolver is ``provenance.resolver_client``).

Our watermark is a soft binding: its 64-bit payload is recorded in each manifest's ``c2pa.soft-binding``
assertion under the algorithm name ``org.clipseal.watermark.v1`` (``docs/softbinding-algorithm-entry.json`` is the
entry for the C2PA list of soft-binding algorithms), the value being the payload's 8 bytes in base64. A validator
that finds our watermark in a clip whose manifest was stripped asks a resolver ``byBinding`` with that value; one
without our watermark key uploads the clip ``byContent``; either then fetches the manifest store by its id.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import struct
from dataclasses import dataclass

from clipseal.errors import BadInputError
from provenance.c2pa.manifest import WATERMARK_ALG
from provenance.credentials import VerifyingKit
from provenance.registry import Registry

ALGORITHMS = {"watermarks": [{"alg": WATERMARK_ALG}], "fingerprints": []}
# C2PA manifest identifiers (urn:c2pa:<uuid>[:<generator>][:<version>_<reason>]) and the older urn:uuid form
MANIFEST_ID = re.compile(r"^urn:(c2pa|uuid):[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}(:[\w.+-]*)*$")


class UnknownAlgorithm(BadInputError):
    """The ``alg`` of a query is not one this service resolves."""


@dataclass(frozen=True)
class Match:
    manifest_id: str
    similarity: int  # 0-100, as the API defines similarityScore

    def to_dict(self) -> dict:
        return {"manifestId": self.manifest_id, "similarityScore": self.similarity}


def binding_value(payload: bytes) -> str:
    """The soft-binding value of a watermark payload: its bytes in base64 (as in the manifest's assertion)."""
    return base64.b64encode(payload).decode("ascii")


def payload_from_value(alg: str, value: str) -> bytes:
    """The watermark payload a query names. UnknownAlgorithm for another algorithm, BadInputError for a value
    that is not one of ours."""
    check_algorithm(alg)
    try:
        payload = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise BadInputError("the value is not base64") from None
    if len(payload) != 8:
        raise BadInputError(f"a {WATERMARK_ALG} value is 8 bytes (a 64-bit payload) in base64, got {len(payload)}")
    return payload


def check_algorithm(alg: str) -> None:
    if alg != WATERMARK_ALG:
        raise UnknownAlgorithm(f"unsupported soft binding algorithm {alg[:80]!r}; this service resolves "
                               f"{WATERMARK_ALG}")


def by_payload(registry: Registry, payload: bytes, max_results: int = 10) -> list[Match]:
    """The manifest registered for a payload (a payload is issued once, so there is at most one)."""
    entry = registry.by_payload(payload.hex())
    return [Match(entry.manifest_id, 100)][:max_results] if entry else []


def by_content(path: str | os.PathLike, kit: VerifyingKit, max_results: int = 10,
               hint: bytes | None = None) -> list[Match]:
    """Matches for an uploaded clip: our watermark read from its pixels (blind; failing that, tested against the
    payload the client hinted at and the payloads the registry issued), then the manifest registered for the
    payload. BadInputError for a file that is not a readable video."""
    from provenance import watermark as wm

    if kit.watermark_key is None or kit.registry is None:
        raise RuntimeError("this service has no watermark key or registry configured")
    registry, key = kit.registry, kit.watermark_key

    def candidates() -> list[bytes]:
        return ([hint] if hint else []) + registry.recent_payloads(key.key_id)

    det = wm.detect_file(path, key, candidates=candidates)
    if not det.present:
        return []
    # a payload read blind is certain (its keyed tag checks); one found by testing candidates a little less so
    score = 100 if det.method == "decoded" else 90
    return [Match(m.manifest_id, score) for m in by_payload(registry, bytes.fromhex(det.payload), max_results)]


def manifest_store(registry: Registry, manifest_id: str, active_only: bool = False) -> bytes:
    """The C2PA manifest store registered under ``manifest_id`` (or only its active manifest). BadInputError for
    a malformed id, KeyError for an unknown one."""
    if not MANIFEST_ID.match(manifest_id):
        raise BadInputError("not a C2PA manifest identifier (urn:c2pa:<uuid>)")
    data = registry.store_bytes(manifest_id)
    if data is None:
        raise KeyError(manifest_id)
    return active_manifest(data) if active_only else data


def active_manifest(store: bytes) -> bytes:
    """The active (last) manifest box of a C2PA manifest store: the store is a JUMBF superbox whose children
    are a description box and one superbox per manifest, the active one last (C2PA 2.x, 11.1)."""
    boxes = list(_boxes(store, 0, len(store)))
    if not boxes or boxes[0][0] != b"jumb":
        raise ValueError("not a JUMBF manifest store")
    _, _, start, end = boxes[0]
    children = [b for b in _boxes(store, start, end) if b[0] == b"jumb"]
    if not children:
        raise ValueError("a manifest store without manifests")
    _, box_start, _, box_end = children[-1]
    return store[box_start:box_end]


def _boxes(data: bytes, pos: int, end: int):
    """(type, box start, content start, box end) for each ISO box between ``pos`` and ``end``."""
    while pos + 8 <= end:
        size, kind = struct.unpack(">I4s", data[pos:pos + 8])
        header = 8
        if size == 1:
            if pos + 16 > end:
                raise ValueError("truncated box")
            size, header = struct.unpack(">Q", data[pos + 8:pos + 16])[0], 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise ValueError("a box that does not fit its parent")
        yield kind, pos, pos + header, pos + size
        pos += size
