"""Consent records: how a request may use footage or a photo of a real person's face.

A consent record is a small JSON document signed with Ed25519 by a key the deployment trusts:

    {"subject": "Jane Example", "input_sha256": ["<sha256 of the photo or clip>"],
     "scope": ["i2v", "v2v", "extend", "bridge"], "expires": "2027-01-01T00:00:00+00:00",
     "issuer": "newsroom-legal", "signature": "<base64 Ed25519 signature>"}

The signature covers the record without ``signature``, serialised as canonical JSON (sorted keys, no
spaces). A record is accepted when its signature verifies under one of the configured public keys, it
has not expired, it names the hash of the input file, and its scope includes the mode.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clipseal.errors import BadInputError

if TYPE_CHECKING:  # cryptography is imported where a key is read or a signature checked: most checks have neither
    from cryptography.hazmat.primitives.asymmetric import ed25519


def canonical(record: dict) -> bytes:
    body = {k: v for k, v in record.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign_record(record: dict, private_key: ed25519.Ed25519PrivateKey) -> dict:
    """Return the record with its signature (for the tool that issues consent records)."""
    return {**record, "signature": base64.b64encode(private_key.sign(canonical(record))).decode("ascii")}


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def load_public_keys(paths: tuple[Path, ...]) -> list[ed25519.Ed25519PublicKey]:
    if not paths:
        return []
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    keys = []
    for p in paths:
        try:
            key = serialization.load_pem_public_key(Path(p).read_bytes())
        except (OSError, ValueError) as exc:
            raise BadInputError(f"{p}: not a PEM public key for consent records") from exc
        if not isinstance(key, ed25519.Ed25519PublicKey):
            raise BadInputError(f"{p}: consent keys must be Ed25519")
        keys.append(key)
    return keys


@dataclass
class ConsentCheck:
    accepted: bool
    reason: str


def check_consent(record: dict | None, input_sha256: str, mode: str,
                  trusted: list[ed25519.Ed25519PublicKey], now: dt.datetime | None = None) -> ConsentCheck:
    if record is None:
        return ConsentCheck(False, "no consent record")
    sig = record.get("signature")
    try:
        signature = base64.b64decode(sig or "", validate=True)
    except ValueError:
        return ConsentCheck(False, "consent record signature is not base64")
    from cryptography.exceptions import InvalidSignature

    verified = False
    for key in trusted:
        try:
            key.verify(signature, canonical(record))
            verified = True
            break
        except InvalidSignature:
            continue
    if not verified:
        return ConsentCheck(False, "consent record is not signed by a trusted key")
    try:
        expires = dt.datetime.fromisoformat(record["expires"])
    except (KeyError, ValueError):
        return ConsentCheck(False, "consent record has no valid expiry")
    if expires.tzinfo is None:
        expires = expires.replace(tzinfo=dt.timezone.utc)
    if expires < (now or dt.datetime.now(dt.timezone.utc)):
        return ConsentCheck(False, f"consent record expired on {expires:%Y-%m-%d}")
    if input_sha256 not in record.get("input_sha256", []):
        return ConsentCheck(False, "consent record does not cover this input file")
    if mode not in record.get("scope", []):
        return ConsentCheck(False, f"consent record does not allow mode {mode}")
    return ConsentCheck(True, f"consent of {record.get('subject', 'the subject')} issued by {record.get('issuer', '?')}")
