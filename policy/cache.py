"""Indexes built from the policy's lists, kept between runs: a pickle per kind of index, named by a fingerprint of
everything it was built from (the lists' bytes, the code that builds it, package versions). A changed list or
build code gives a new fingerprint; the old file of that kind is removed once the new one is written."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import re
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")

_PACKAGE = Path(__file__).resolve().parent
# The policy's modules as they were when this process loaded them. An index's fingerprint must name the code that
# built it, and the process builds with the code it imported: read later, a module edited while the process runs
# (a test run during development) gave the new code's fingerprint to an index the old code built, and every later
# process loaded that stale index.
_LOADED = {p.name: p.read_bytes() for p in _PACKAGE.glob("*.py")}


def cache_dir() -> Path:
    return Path(os.environ.get("CLIPSEAL_CACHE_DIR") or Path.home() / ".cache" / "clipseal")


def fingerprint(parts: Iterable[bytes]) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()[:16]


def installed_versions(packages: Iterable[str]) -> dict[str, str]:
    """The installed version of each package ("none" if absent), read from the names of the ``.dist-info`` folders
    on ``sys.path`` in one pass, as ``importlib.metadata`` finds them: that module alone took a twentieth of a
    ``policy check`` to import (it parses e-mail headers), for five names."""
    def normal(name: str) -> str:
        return re.sub(r"[-_.]+", "_", name).lower()

    wanted = {normal(p): p for p in packages}
    found = {p: "none" for p in wanted.values()}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            project, _, version = name.removesuffix(".dist-info").partition("-")  # "gender_guesser-0.4.0.dist-info"
            package = wanted.get(normal(project)) if name.endswith(".dist-info") else None
            if package is not None and found[package] == "none":  # the first on the path wins, as for an import
                found[package] = version
    return found


def load_or_build(kind: str, key: str, build: Callable[[], T]) -> T:
    """The ``kind`` index for ``key`` from the cache, else ``build()`` it and cache it (atomically; a read-only
    home only means building again next time)."""
    path = cache_dir() / f"policy-{kind}-{key}.pickle"
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        # Unpickling makes a few hundred thousand containers, none of them cyclic garbage: the collector's passes
        # over them (several per load) are wasted work, a tenth of the load.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return pickle.loads(data)
        finally:
            if enabled:
                gc.enable()
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".policy-{kind}-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        return value
    for old in path.parent.glob(f"policy-{kind}-*.pickle"):  # other versions of the lists or of the code
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()
    return value


def source_bytes(path: Path) -> bytes:
    """The bytes of a file an index is built from: a policy module as this process loaded it, any other file as it
    is now."""
    p = Path(path).resolve()
    loaded = _LOADED.get(p.name) if p.parent == _PACKAGE else None
    return loaded if loaded is not None else p.read_bytes()


def cached(kind: str, sources: Iterable[Path], build: Callable[[], T]) -> T:
    """``load_or_build`` keyed by the bytes of ``sources``: the files an index is built from and the modules that
    build it (``source_bytes``)."""
    return load_or_build(kind, fingerprint(source_bytes(p) for p in sources), build)
