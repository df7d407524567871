"""Signers: the small interface through which C2PA claims get signed.

``Signer`` is what the provenance layer needs: an algorithm name, a certificate chain and a ``sign``
method. ``LocalKeySigner`` keeps the key in a PEM file; a deployment that keeps its key in a KMS or HSM
implements ``Signer`` with a ``sign`` that calls the KMS, and passes it wherever a signer is taken. The
C2PA SDK calls ``sign`` through its callback signer, once per manifest, with the bytes to be signed.

ECDSA signatures are returned DER-encoded (what ``cryptography`` and most KMS APIs produce); the SDK
converts them to the raw form COSE needs.
"""

from __future__ import annotations

import abc
import os
from pathlib import Path

import c2pa
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

from provenance.c2pa import keys as keys_mod

_C2PA_ALG = {
    "es256": c2pa.C2paSigningAlg.ES256,
    "es384": c2pa.C2paSigningAlg.ES384,
    "es512": c2pa.C2paSigningAlg.ES512,
    "ed25519": c2pa.C2paSigningAlg.ED25519,
    "ps256": c2pa.C2paSigningAlg.PS256,
}


class Signer(abc.ABC):
    """Signs C2PA claims. Implement this to plug in a KMS or HSM."""

    @property
    @abc.abstractmethod
    def algorithm(self) -> str:
        """One of es256, es384, es512, ed25519, ps256."""

    @abc.abstractmethod
    def certificate_chain_pem(self) -> bytes:
        """The signing certificate followed by its intermediates (not the root), PEM."""

    @abc.abstractmethod
    def sign(self, data: bytes) -> bytes:
        """Sign ``data`` with the private key that matches the certificate."""

    def to_c2pa(self) -> c2pa.Signer:
        """A c2pa-python callback signer that calls ``self.sign``."""
        return c2pa.Signer.from_callback(
            callback=self.sign,
            alg=_C2PA_ALG[self.algorithm],
            certs=self.certificate_chain_pem().decode("ascii"),
            tsa_url=None,
        )


class LocalKeySigner(Signer):
    """A signer whose private key is a PEM file on disk (mode 0600, optionally encrypted)."""

    def __init__(self, chain_path: Path, key_path: Path, passphrase: bytes | None = None) -> None:
        self._chain_path = Path(chain_path)
        self._chain_pem = self._chain_path.read_bytes() if self._chain_path.is_file() else None
        chain = keys_mod.load_chain(self._chain_path)
        self._key = keys_mod.load_private_key(Path(key_path), passphrase)
        keys_mod.check_signing_certificate(chain[0], self._key)
        self._algorithm = keys_mod.algorithm_of(self._key)
        self.certificate = chain[0]

    @classmethod
    def from_key_dir(cls, key_dir: Path, passphrase_env: str = "CLIPSEAL_KEY_PASSPHRASE") -> "LocalKeySigner":
        files = keys_mod.KeyFiles(Path(key_dir))
        passphrase = os.environ.get(passphrase_env)
        return cls(files.signing_chain, files.signing_key, passphrase.encode() if passphrase else None)

    @property
    def algorithm(self) -> str:
        return self._algorithm

    def certificate_chain_pem(self) -> bytes:
        return self._chain_pem

    def sign(self, data: bytes) -> bytes:
        key = self._key
        if isinstance(key, ed25519.Ed25519PrivateKey):
            return key.sign(data)
        if isinstance(key, ec.EllipticCurvePrivateKey):
            digest = {"es256": hashes.SHA256(), "es384": hashes.SHA384(), "es512": hashes.SHA512()}
            return key.sign(data, ec.ECDSA(digest[self._algorithm]))
        if isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
                            hashes.SHA256())
        raise TypeError("unsupported key")  # pragma: no cover - refused in __init__

    def __repr__(self) -> str:  # never show key material
        return f"LocalKeySigner(algorithm={self._algorithm!r}, chain={str(self._chain_path)!r})"

