"""The watermark key and payloads: the secret that derives the carriers and the tag, and the 64-bit
payload each stamped clip carries (its registry id)."""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from clipseal.atomic import atomic_write_bytes
from clipseal.errors import BadInputError
from provenance.watermark import codec


@dataclass(frozen=True)
class WatermarkKey:
    """The secret that derives the carriers and the tag. Its repr never shows the secret."""

    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.secret) < 16:
            raise BadInputError("watermark key must be at least 16 bytes")

    @property
    def key_id(self) -> str:
        """A public identifier of the key (a hash prefix), safe to log and to put in reports."""
        return hashlib.sha256(b"clipseal-wm-key-id" + self.secret).hexdigest()[:16]

    @classmethod
    def generate(cls) -> "WatermarkKey":
        return cls(secrets.token_bytes(32))

    @classmethod
    def load(cls, path: str | os.PathLike) -> "WatermarkKey":
        p = Path(path)
        try:
            text = p.read_text(encoding="ascii").strip()
        except FileNotFoundError as exc:
            raise BadInputError(f"{p}: watermark key not found (run `clipseal keys init`)") from exc
        except UnicodeDecodeError as exc:
            raise BadInputError(f"{p}: not a watermark key file") from exc
        try:
            return cls(bytes.fromhex(text))
        except ValueError as exc:
            raise BadInputError(f"{p}: not a watermark key file (expected hex)") from exc

    def save(self, path: str | os.PathLike) -> Path:
        return atomic_write_bytes(path, self.secret.hex().encode("ascii") + b"\n", mode=0o600)


def parse_payload(text: str) -> bytes:
    """A 64-bit payload from 16 hex digits."""
    cleaned = text.strip().lower().removeprefix("0x")
    try:
        payload = bytes.fromhex(cleaned)
    except ValueError as exc:
        raise BadInputError(f"payload {text!r} is not hexadecimal") from exc
    if len(payload) != codec.PAYLOAD_BITS // 8:
        raise BadInputError(f"payload must be {codec.PAYLOAD_BITS // 4} hex digits (64 bits), got {len(cleaned)}")
    return payload


def new_payload() -> bytes:
    return secrets.token_bytes(codec.PAYLOAD_BITS // 8)
