"""Trust settings for the C2PA SDK: which roots are trusted, and whether remote manifests may be fetched.

Remote manifest fetching is off unless the configuration turns it on: the verifier runs inside services
that screen untrusted uploads, and a file must not be able to make the service open a connection.
"""

from __future__ import annotations

from pathlib import Path

from cryptography import x509

from clipseal.config import Config
from clipseal.errors import BadInputError
from provenance.c2pa.keys import KeyFiles


def trust_anchor_pems(config: Config) -> list[Path]:
    """Our own root (if present and wanted) plus every PEM bundle the configuration names."""
    paths: list[Path] = []
    own = KeyFiles(config.key_dir).root_cert
    if config.trust.include_own_root and own.is_file():
        paths.append(own)
    paths.extend(config.trust.anchors)
    return paths


def c2pa_settings(config: Config, anchors: list[Path] | None = None) -> dict:
    """The c2pa-rs settings dict for reading and signing under this configuration."""
    settings: dict = {
        "verify": {
            "remote_manifest_fetch": bool(config.trust.allow_remote_manifests),
            "ocsp_fetch": False,
            "verify_trust": True,
        },
        "builder": {"thumbnail": {"enabled": False}},
    }
    pems = []
    for path in trust_anchor_pems(config) if anchors is None else anchors:
        try:
            text = Path(path).read_text(encoding="ascii")
            if not x509.load_pem_x509_certificates(text.encode("ascii")):
                raise ValueError("no certificate")
        except FileNotFoundError as exc:
            raise BadInputError(f"{path}: trust anchor bundle not found") from exc
        except (ValueError, UnicodeDecodeError) as exc:
            raise BadInputError(f"{path}: not a PEM certificate bundle") from exc
        pems.append(text.strip() + "\n")
    if pems:
        settings["trust"] = {"trust_anchors": "".join(pems)}
    return settings
