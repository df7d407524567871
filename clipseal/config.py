"""Configuration: one TOML file plus ``CLIPSEAL_*`` environment overrides.

Lookup order for the file: ``$CLIPSEAL_CONFIG`` if set, else ``./clipseal.toml``, else
``~/.config/clipseal/config.toml``; no file at all means the documented defaults. Every setting
``[section] key`` can be overridden by the environment variable ``CLIPSEAL_SECTION_KEY``
(for example ``CLIPSEAL_REGISTRY_URL``), and ``data_dir`` by ``CLIPSEAL_DATA_DIR``.

Secrets are never stored here: the configuration names the *files* that hold keys, and the
passphrase of an encrypted signing key is read from the environment variable it names.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from clipseal.errors import BadInputError

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL_DIR = REPO_ROOT / "generator" / "default_model"


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "clipseal"


@dataclass(frozen=True)
class KeysConfig:
    dir: Path | None = None  # default: <data_dir>/keys
    passphrase_env: str = "CLIPSEAL_KEY_PASSPHRASE"
    algorithm: str = "es256"


@dataclass(frozen=True)
class TrustConfig:
    anchors: tuple[Path, ...] = ()  # extra PEM bundles; our own root is always trusted when present
    include_own_root: bool = True
    allow_remote_manifests: bool = False


@dataclass(frozen=True)
class RegistryConfig:
    url: str | None = None  # default: sqlite:///<data_dir>/registry.db


@dataclass(frozen=True)
class WatermarkConfig:
    key_file: Path | None = None  # default: <data_dir>/keys/watermark.key


@dataclass(frozen=True)
class OutputConfig:
    crf: int = 18
    preset: str = "medium"


@dataclass(frozen=True)
class GeneratorConfig:
    model: str = str(DEFAULT_MODEL_DIR)


@dataclass(frozen=True)
class DetectorConfig:
    model: Path | None = None  # a forensic model from `clipseal detector train`; default: the shipped one


@dataclass(frozen=True)
class ServiceConfig:
    tokens: tuple[str, ...] = ()  # API tokens; required to bind anything but loopback
    max_upload_mb: int = 512
    max_concurrent: int = 2  # verifications running at once; more requests wait (up to max_queue)
    max_queue: int = 64  # waiting verifications beyond which the service answers 503
    retain_uploads: bool = False  # keep uploaded clips after processing (under <data_dir>/service/uploads)
    workdir: Path | None = None  # default: <data_dir>/service


@dataclass(frozen=True)
class ResolverConfig:
    """Remote C2PA Soft Binding Resolution APIs that ``verify --resolver URL`` may ask (none by default)."""

    allow_hosts: tuple[str, ...] = ()  # host names (or host:port) verify may contact
    timeout_s: int = 10  # per request
    max_manifest_kb: int = 4096  # a larger manifest store is refused
    max_upload_mb: int = 256  # a larger clip is not uploaded (byContent)
    upload: bool = True  # upload a clip whose watermark cannot be read here (byContent); false: byBinding only
    token_env: str = "CLIPSEAL_RESOLVER_TOKEN"  # the environment variable holding the resolver's API token


@dataclass(frozen=True)
class PolicyConfig:
    categories: tuple[str, ...] = ("real_person", "private_person", "news_event", "face_input")
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    consent_keys: tuple[Path, ...] = ()  # Ed25519 public keys (PEM) that sign consent records
    audit_log: Path | None = None  # default: <data_dir>/policy-audit.jsonl
    gazetteer: Path | None = None  # default: the gazetteer shipped in policy/data


@dataclass(frozen=True)
class Config:
    """The resolved configuration. Paths are absolute; defaults are filled in."""

    data_dir: Path = field(default_factory=_default_data_dir)
    keys: KeysConfig = KeysConfig()
    trust: TrustConfig = TrustConfig()
    registry: RegistryConfig = RegistryConfig()
    watermark: WatermarkConfig = WatermarkConfig()
    output: OutputConfig = OutputConfig()
    generator: GeneratorConfig = GeneratorConfig()
    policy: PolicyConfig = PolicyConfig()
    detector: DetectorConfig = DetectorConfig()
    service: ServiceConfig = ServiceConfig()
    resolver: ResolverConfig = ResolverConfig()
    source: Path | None = None  # the file it was read from, if any

    @property
    def key_dir(self) -> Path:
        return self.keys.dir or self.data_dir / "keys"

    @property
    def registry_url(self) -> str:
        return self.registry.url or f"sqlite:///{self.data_dir / 'registry.db'}"

    @property
    def watermark_key_file(self) -> Path:
        return self.watermark.key_file or self.key_dir / "watermark.key"

    @property
    def service_dir(self) -> Path:
        return self.service.workdir or self.data_dir / "service"

    @property
    def policy_audit_log(self) -> Path:
        return self.policy.audit_log or self.data_dir / "policy-audit.jsonl"


_SECTIONS = {
    "keys": KeysConfig,
    "trust": TrustConfig,
    "registry": RegistryConfig,
    "watermark": WatermarkConfig,
    "output": OutputConfig,
    "generator": GeneratorConfig,
    "policy": PolicyConfig,
    "detector": DetectorConfig,
    "service": ServiceConfig,
    "resolver": ResolverConfig,
}


def config_file_candidates(env: Mapping[str, str]) -> list[Path]:
    if env.get("CLIPSEAL_CONFIG"):
        return [Path(env["CLIPSEAL_CONFIG"])]
    return [Path.cwd() / "clipseal.toml", Path.home() / ".config" / "clipseal" / "config.toml"]


def load_config(env: Mapping[str, str] | None = None) -> Config:
    """Read the configuration file (if any), apply environment overrides, fill defaults."""
    env = os.environ if env is None else env
    raw: dict[str, Any] = {}
    source = None
    for candidate in config_file_candidates(env):
        if candidate.is_file():
            try:
                raw = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise BadInputError(f"{candidate}: not a valid TOML configuration file ({exc})") from exc
            source = candidate
            break
        if env.get("CLIPSEAL_CONFIG"):
            raise BadInputError(f"{candidate}: configuration file named by CLIPSEAL_CONFIG does not exist")
    return _build(raw, env, source)


def _build(raw: dict[str, Any], env: Mapping[str, str], source: Path | None) -> Config:
    unknown = set(raw) - set(_SECTIONS) - {"data_dir"}
    if unknown:
        raise BadInputError(f"{source}: unknown configuration section(s): {', '.join(sorted(unknown))}")
    data_dir = env.get("CLIPSEAL_DATA_DIR") or raw.get("data_dir")
    kwargs: dict[str, Any] = {"source": source}
    if data_dir:
        kwargs["data_dir"] = Path(data_dir).expanduser().resolve()
    for name, cls in _SECTIONS.items():
        section = dict(raw.get(name, {}))
        fields = {f.name: f for f in dataclasses.fields(cls)}
        for key in section:
            if key not in fields:
                raise BadInputError(f"{source}: unknown setting [{name}] {key}")
        for key in fields:
            env_name = f"CLIPSEAL_{name}_{key}".upper()
            if env_name in env:
                section[key] = env[env_name]
        kwargs[name] = cls(**{k: _coerce(cls, fields[k], v, f"[{name}] {k}") for k, v in section.items()})
    return Config(**kwargs)


def _coerce(cls: type, f: dataclasses.Field, value: Any, where: str) -> Any:
    default = f.default
    try:
        if f.name in ("anchors", "consent_keys"):
            if isinstance(value, str):
                value = [v for v in value.split(os.pathsep) if v]
            return tuple(Path(v).expanduser().resolve() for v in value)
        if f.name in ("categories", "allow", "deny", "tokens", "allow_hosts"):
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            return tuple(str(v) for v in value)
        if f.name in ("dir", "key_file", "audit_log", "gazetteer", "workdir"):
            return Path(value).expanduser().resolve() if value else None
        if isinstance(default, bool):
            if isinstance(value, str):
                if value.lower() in ("1", "true", "yes", "on"):
                    return True
                if value.lower() in ("0", "false", "no", "off"):
                    return False
                raise ValueError(value)
            return bool(value)
        if isinstance(default, int):
            return int(value)
        return str(value) if value is not None else None
    except (TypeError, ValueError) as exc:
        raise BadInputError(f"configuration setting {where}: invalid value {value!r}") from exc
