"""A development PKI for C2PA signing, built with ``cryptography``.

``init_dev_pki`` makes root CA -> intermediate CA -> claim-signing certificate, with the extensions that
c2pa-rs enforces on a signing certificate (measured, see ../shared/notes/c2pa-facts.md): keyUsage
digitalSignature, extendedKeyUsage emailProtection, subject and authority key identifiers. Private keys are
written with mode 0600, optionally encrypted with a passphrase.

A production deployment replaces this with a certificate from a CA on the C2PA trust list and may keep the
key in a KMS or HSM (see ``provenance.c2pa.signer``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from clipseal.atomic import atomic_write_bytes
from clipseal.errors import BadInputError

ALGORITHMS = ("es256", "es384", "ed25519")

SIGNING_CERT = "signing-chain.pem"  # signing certificate followed by the intermediate
SIGNING_KEY = "signing.key"
ROOT_CERT = "root-ca.pem"
CA_DIR = "ca"  # the CA keys: keep offline in production


@dataclass(frozen=True)
class KeyFiles:
    """Where a key folder keeps its files."""

    dir: Path

    @property
    def signing_chain(self) -> Path:
        return self.dir / SIGNING_CERT

    @property
    def signing_key(self) -> Path:
        return self.dir / SIGNING_KEY

    @property
    def root_cert(self) -> Path:
        return self.dir / ROOT_CERT

    def exists(self) -> bool:
        return self.signing_chain.is_file() and self.signing_key.is_file()


def _new_key(algorithm: str):
    if algorithm == "es256":
        return ec.generate_private_key(ec.SECP256R1())
    if algorithm == "es384":
        return ec.generate_private_key(ec.SECP384R1())
    if algorithm == "ed25519":
        return ed25519.Ed25519PrivateKey.generate()
    raise BadInputError(f"unknown key algorithm {algorithm!r}; choose one of {', '.join(ALGORITHMS)}")


def _hash_for(key) -> hashes.HashAlgorithm | None:
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return None
    if isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.key_size >= 384:
        return hashes.SHA384()
    return hashes.SHA256()


def _name(common_name: str, org: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
    ])


def _issue(
    subject_key, subject: x509.Name, issuer_key, issuer: x509.Name, *, ca: bool, path_length: int | None,
    not_before: dt.datetime, days: int, email_protection: bool = False,
) -> x509.Certificate:
    public = subject_key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_before + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_length), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False
        )
    )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                          encipher_only=False, decipher_only=False),
            critical=True,
        )
    else:
        builder = builder.add_extension(
            x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False),
            critical=True,
        )
        if email_protection:
            builder = builder.add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
            )
    return builder.sign(issuer_key, _hash_for(issuer_key))


def _key_pem(key, passphrase: bytes | None) -> bytes:
    encryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    )
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


def _cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def init_dev_pki(
    directory: str | Path,
    algorithm: str = "es256",
    passphrase: bytes | None = None,
    organization: str = "clipseal development",
    signing_days: int = 825,
    force: bool = False,
    now: dt.datetime | None = None,
) -> KeyFiles:
    """Create a root CA, an intermediate CA and a claim-signing certificate in ``directory``.

    Without a timestamp authority a manifest stays valid only while its signing certificate is, so the
    default lifetime is long (825 days); the CAs live ten and five years.
    """
    files = KeyFiles(Path(directory))
    if files.exists() and not force:
        raise BadInputError(f"{files.dir}: keys already exist (use --force to replace them)")
    files.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    (files.dir / CA_DIR).mkdir(exist_ok=True, mode=0o700)
    start = (now or dt.datetime.now(dt.timezone.utc)) - dt.timedelta(minutes=5)

    root_key = _new_key(algorithm)
    root_name = _name(f"{organization} root CA", organization)
    root = _issue(root_key, root_name, root_key, root_name, ca=True, path_length=1, not_before=start,
                  days=3650)
    inter_key = _new_key(algorithm)
    inter_name = _name(f"{organization} intermediate CA", organization)
    inter = _issue(inter_key, inter_name, root_key, root_name, ca=True, path_length=0, not_before=start,
                   days=1825)
    sign_key = _new_key(algorithm)
    sign_name = _name(f"{organization} claim signer", organization)
    signer = _issue(sign_key, sign_name, inter_key, inter_name, ca=False, path_length=None,
                    not_before=start, days=signing_days, email_protection=True)

    atomic_write_bytes(files.dir / CA_DIR / "root-ca.key", _key_pem(root_key, passphrase), mode=0o600)
    atomic_write_bytes(files.dir / CA_DIR / "intermediate-ca.key", _key_pem(inter_key, passphrase), mode=0o600)
    atomic_write_bytes(files.dir / CA_DIR / "intermediate-ca.pem", _cert_pem(inter))
    atomic_write_bytes(files.root_cert, _cert_pem(root))
    atomic_write_bytes(files.signing_key, _key_pem(sign_key, passphrase), mode=0o600)
    atomic_write_bytes(files.signing_chain, _cert_pem(signer) + _cert_pem(inter))
    return files


def load_private_key(path: Path, passphrase: bytes | None = None):
    """Load a PEM private key; a wrong or missing passphrase is a clear error, never a leak of the key."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise BadInputError(f"{path}: signing key not found (run `clipseal keys init`)") from exc
    try:
        return serialization.load_pem_private_key(data, password=passphrase or None)
    except TypeError as exc:
        raise BadInputError(f"{path}: the signing key is encrypted; set its passphrase in the environment "
                            "variable named by [keys] passphrase_env") from exc
    except ValueError as exc:
        raise BadInputError(f"{path}: cannot load the signing key (wrong passphrase or not a PEM key)") from exc


def load_chain(path: Path) -> list[x509.Certificate]:
    try:
        certs = x509.load_pem_x509_certificates(path.read_bytes())
    except FileNotFoundError as exc:
        raise BadInputError(f"{path}: certificate chain not found (run `clipseal keys init`)") from exc
    except ValueError as exc:
        raise BadInputError(f"{path}: not a PEM certificate chain") from exc
    if not certs:
        raise BadInputError(f"{path}: no certificate in the file")
    return certs


def algorithm_of(key) -> str:
    """The C2PA algorithm name that goes with a private key; refuses keys C2PA cannot use safely."""
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "ed25519"
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return {256: "es256", 384: "es384", 521: "es512"}.get(key.curve.key_size) or _unsupported(key)
    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < 2048:
            raise BadInputError(f"RSA-{key.key_size} keys are too weak for C2PA signing (need >= 2048 bits)")
        return "ps256"
    return _unsupported(key)


def _unsupported(key) -> str:
    raise BadInputError(f"unsupported signing key type {type(key).__name__}")


def check_signing_certificate(cert: x509.Certificate, key, now: dt.datetime | None = None) -> None:
    """Refuse, before signing, what c2pa-rs would refuse anyway, with a message that says why."""
    now = now or dt.datetime.now(dt.timezone.utc)
    if cert.public_key().public_bytes(serialization.Encoding.DER,
                                      serialization.PublicFormat.SubjectPublicKeyInfo) != \
            key.public_key().public_bytes(serialization.Encoding.DER,
                                          serialization.PublicFormat.SubjectPublicKeyInfo):
        raise BadInputError("the signing key does not match the signing certificate")
    if cert.not_valid_after_utc < now:
        raise BadInputError(f"the signing certificate expired on {cert.not_valid_after_utc:%Y-%m-%d}")
    if cert.not_valid_before_utc > now:
        raise BadInputError(f"the signing certificate is not valid before {cert.not_valid_before_utc:%Y-%m-%d}")
    try:
        cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)
    except x509.ExtensionNotFound as exc:
        raise BadInputError("the signing certificate has no authority key identifier") from exc
    algorithm_of(key)
