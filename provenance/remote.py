"""Recovering a stripped clip's manifest from a remote C2PA Soft Binding Resolution API, and checking it.

A resolver is asked only when the file has no usable Content Credentials of its own. With our watermark read here,
it is asked ``byBinding`` (the payload, nothing of the clip leaves the machine); without it (no key, or a mark
only the resolver's key reads) the clip is uploaded ``byContent`` if the configuration allows. The manifest store
that comes back is validated against the clip by the C2PA SDK like an embedded one: its signature and signer are
what count. Its hard binding cannot match a re-encoded copy, and that is said, not held against it; a manifest
whose soft binding names another payload than the one read from the pixels is rejected.
"""

from __future__ import annotations

import base64
from pathlib import Path

from provenance.c2pa import io as c2pa_io
from provenance.c2pa.manifest import WATERMARK_ALG
from provenance.credentials import VerifyingKit
from provenance.resolution import binding_value
from provenance.resolver_client import ResolverClient, ResolverError

# validation codes that only say the file's bytes are not the signed ones (expected for a stripped copy)
HARD_BINDING_CODES = {"assertion.dataHash.mismatch", "assertion.bmffHash.mismatch", "assertion.boxesHash.mismatch",
                      "assertion.collectionHash.mismatch"}
UNTRUSTED = "signingCredential.untrusted"


def resolver_section(path: Path, report: dict, client: ResolverClient, kit: VerifyingKit) -> dict:
    section = {"url": client.base, "asked": False, "query": None, "matches": [], "manifest": None, "error": None,
               "note": None}
    c2pa = report.get("c2pa") or {}
    if c2pa.get("present") and c2pa.get("state") in ("Trusted", "Valid"):
        section["note"] = "not asked: the file carries valid Content Credentials"
        return section
    wm = report.get("watermark") or {}
    payload = wm.get("payload") if wm.get("present") else None
    try:
        if payload:
            section.update(asked=True, query="byBinding")
            matches = client.by_binding(WATERMARK_ALG, binding_value(bytes.fromhex(payload)))
        elif (report.get("media") or {}).get("frames"):
            if not client.settings.upload:
                section["note"] = "not asked: no watermark read here, and uploads are turned off ([resolver] upload)"
                return section
            section.update(asked=True, query="byContent")
            matches = client.by_content(path, c2pa_io.mime_type(path) or "application/octet-stream")
        else:
            section["note"] = "not asked: no video frames to look up"
            return section
        section["matches"] = matches
        if matches:
            best = max(matches, key=lambda m: m.get("similarityScore") or 0)
            source = client
            if best.get("endpoint") and best["endpoint"].rstrip("/") != client.base:
                # another resolver holds the manifest: asked only if it is allow-listed too
                source = ResolverClient(best["endpoint"], client.settings)
            store = source.manifest(best["manifestId"])
            section["manifest"] = check_manifest(path, store, best, payload, kit)
    except ResolverError as exc:
        section["error"] = str(exc)
    except Exception as exc:  # noqa: BLE001 - a bad answer (e.g. an endpoint not allow-listed) is a finding
        section["error"] = f"{type(exc).__name__}: {str(exc)[:200]}"
    return section


def check_manifest(path: Path, store: bytes, match: dict, payload: str | None, kit: VerifyingKit) -> dict:
    """Validate a manifest store fetched for ``path`` and say what it is worth."""
    try:
        c2pa = c2pa_io.read_c2pa(path, kit.c2pa_settings, manifest_data=store)
    except Exception as exc:  # noqa: BLE001 - the SDK could not read what the resolver sent
        return {"manifest_id": match["manifestId"], "usable": False, "problem": f"unreadable manifest store ({exc})"}
    failures = set(c2pa.failures)
    other = sorted(failures - HARD_BINDING_CODES - {UNTRUSTED})
    out = {
        "manifest_id": c2pa.manifest_id or match["manifestId"],
        "similarity": match.get("similarityScore"),
        "signature_valid": c2pa.present and not other and c2pa.error is None,
        "trusted": c2pa.present and not other and UNTRUSTED not in failures and c2pa.error is None,
        "bytes_match": c2pa.present and not (failures & HARD_BINDING_CODES),
        "failures": sorted(failures),
        "signer": c2pa.signer,
        "claim_generator": c2pa.claim_generator,
        "digital_source_types": c2pa.digital_source_types,
        "generated_ranges_s": c2pa.generated_ranges_s,
        "soft_binding_matches": None,
        "usable": False,
        "problem": None,
    }
    if payload is not None:
        declared = _declared_payload(c2pa.soft_binding)
        out["soft_binding_matches"] = declared == payload
        if declared != payload:
            out["problem"] = "the manifest's soft binding names another watermark payload than this clip's"
    if not out["signature_valid"]:
        out["problem"] = out["problem"] or f"the manifest does not validate ({', '.join(other) or c2pa.error})"
    out["usable"] = out["signature_valid"] and out["problem"] is None
    return out


def _declared_payload(soft: dict | None) -> str | None:
    if not soft or soft.get("alg") != WATERMARK_ALG:
        return None
    for block in soft.get("blocks") or []:
        try:
            return base64.b64decode(block.get("value", "")).hex()
        except (ValueError, TypeError):
            continue
    return None
