"""The append-only audit log of policy decisions: one JSON line per decision, hash-chained.

Each line records the time, the decision id, the SHA-256 of the prompt (never the prompt), the decision,
categories and reasons, the policy version, and ``prev`` = SHA-256 of the previous line, so a deleted or
edited line breaks the chain (``verify_chain``). Writers lock the file, so concurrent processes append
whole lines in order.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from pathlib import Path

GENESIS = "0" * 64


def append(path: Path, entry: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        prev = _last_line_hash(fd)
        line = json.dumps({**entry, "prev": prev}, sort_keys=True, ensure_ascii=False) + "\n"
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _last_line_hash(fd: int) -> str:
    size = os.lseek(fd, 0, os.SEEK_END)
    if size == 0:
        return GENESIS
    chunk = min(size, 65536)
    os.lseek(fd, size - chunk, os.SEEK_SET)
    data = os.read(fd, chunk)
    last = data.rstrip(b"\n").rsplit(b"\n", 1)[-1]
    return hashlib.sha256(last).hexdigest()


def verify_chain(path: Path) -> tuple[bool, int]:
    """(intact, number of lines): every line's ``prev`` is the hash of the line before it."""
    prev = GENESIS
    n = 0
    with open(path, "rb") as fh:
        for raw in fh:
            line = raw.rstrip(b"\n")
            if json.loads(line).get("prev") != prev:
                return False, n
            prev = hashlib.sha256(line).hexdigest()
            n += 1
    return True, n
