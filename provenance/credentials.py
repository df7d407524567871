"""Everything needed to stamp or verify, loaded once from the configuration.

Loading fails early, with a message naming the missing file, before any video is decoded or generated.
"""

from __future__ import annotations

from dataclasses import dataclass

from clipseal.config import Config
from provenance.c2pa import trust
from provenance.registry import Registry
from provenance.c2pa.signer import LocalKeySigner, Signer
from provenance.watermark import WatermarkKey


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
            registry=Registry(config.registry_url),
            crf=config.output.crf,
            preset=config.output.preset,
        )


@dataclass
class VerifyingKit:
    """What verification uses: C2PA trust settings, and (when configured) the watermark key and registry."""

    c2pa_settings: dict
    watermark_key: WatermarkKey | None
    registry: Registry | None

    @classmethod
    def from_config(cls, config: Config) -> "VerifyingKit":
        key = WatermarkKey.load(config.watermark_key_file) if config.watermark_key_file.is_file() else None
        return cls(
            c2pa_settings=trust.c2pa_settings(config),
            watermark_key=key,
            registry=Registry(config.registry_url),
        )
