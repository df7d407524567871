"""Everything needed to stamp or verify, loaded once from the configuration.

Loading fails early, with a message naming the missing file, before any video is decoded or generated (the
registry of a verifying kit excepted: it is opened when first needed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from clipseal.config import Config
from provenance.c2pa import trust
from provenance.c2pa.signer import LocalKeySigner, Signer
from provenance.watermark import WatermarkKey

if TYPE_CHECKING:
    from provenance.registry import Registry


@dataclass
class StampingKit:
    """A signer, the watermark key, the C2PA settings and the registry, for writing outputs."""

    signer: Signer
    watermark_key: WatermarkKey
    c2pa_settings: dict
    registry: Registry
    crf: int = 18
    preset: str = "medium"

    @classmethod
    def from_config(cls, config: Config, signer: Signer | None = None) -> "StampingKit":
        signer = signer or LocalKeySigner.from_key_dir(config.key_dir, config.keys.passphrase_env)
        return cls(
            signer=signer,
            watermark_key=WatermarkKey.load(config.watermark_key_file),
            c2pa_settings=trust.c2pa_settings(config),
            registry=_open_registry(config.registry_url),
            crf=config.output.crf,
            preset=config.output.preset,
        )


@dataclass
class VerifyingKit:
    """What verification uses: C2PA trust settings, and (when configured) the watermark key and registry.

    The registry is opened on first use: most verifications never need it (no watermark found, or a payload read
    blind with nothing to look up yet), and opening it costs the database driver's import and a connection."""

    c2pa_settings: dict
    watermark_key: WatermarkKey | None
    registry_url: str | None = None
    _registry: "Registry | None" = field(default=None, repr=False)

    @property
    def registry(self) -> "Registry | None":
        if self._registry is None and self.registry_url:
            self._registry = _open_registry(self.registry_url)
        return self._registry

    def recent_payloads(self, key_id: str | None) -> list[bytes]:
        """The payloads the registry issued under ``key_id`` (newest first): read without opening the registry
        when it is a SQLite file (``provenance.registry_sqlite``)."""
        if self._registry is None and self.registry_url:
            from provenance import registry_sqlite

            fast = registry_sqlite.recent_payloads(self.registry_url, key_id)
            if fast is not None:
                return fast
        return self.registry.recent_payloads(key_id) if self.registry is not None else []

    @classmethod
    def from_config(cls, config: Config) -> "VerifyingKit":
        key = WatermarkKey.load(config.watermark_key_file) if config.watermark_key_file.is_file() else None
        return cls(c2pa_settings=trust.c2pa_settings(config), watermark_key=key, registry_url=config.registry_url)


def _open_registry(url: str) -> "Registry":
    from provenance.registry import Registry

    return Registry(url)
