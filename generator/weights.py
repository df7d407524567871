"""A digest of a model folder's weight files, for the manifest: which weights made a clip.

Hashing a 30 GB checkpoint takes minutes, so the digest is computed once and cached, keyed by every weight
file's path, size and modification time (a changed file is hashed again). The digest is the SHA-256 of the sorted
lines ``<relative path> <sha256 of the file>``: the same weights give the same digest wherever the folder is.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".gguf")


def weight_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in WEIGHT_SUFFIXES)


def weights_digest(folder: str | os.PathLike, cache_dir: Path | None = None) -> str | None:
    """``sha256:<hex>`` of the folder's weight files, or None when it is not a local folder or has none."""
    root = Path(folder)
    if not root.is_dir():
        return None
    files = weight_files(root)
    if not files:
        return None
    stats = []
    for p in files:
        st = p.stat()  # once per file: size and time come from the same look
        stats.append((str(p.resolve()), st.st_size, st.st_mtime_ns))
    key = hashlib.sha256(json.dumps(stats).encode()).hexdigest()[:32]
    cache = (cache_dir or _default_cache()) / f"{key}.txt"
    if cache.is_file():
        return cache.read_text().strip()
    lines = sorted(f"{p.relative_to(root).as_posix()} {_file_sha256(p)}" for p in files)
    digest = "sha256:" + hashlib.sha256("\n".join(lines).encode()).hexdigest()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(digest + "\n")
        tmp.replace(cache)
    except OSError:
        pass  # a read-only cache only costs the next run the hashing again
    return digest


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _default_cache() -> Path:
    return Path(os.environ.get("CLIPSEAL_CACHE_DIR") or Path.home() / ".cache" / "clipseal") / "weights"
