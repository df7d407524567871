"""Atomic output files: write to a temporary file in the target folder, then rename.

A reader never sees a half-written output, and a failure or interruption leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator

from clipseal.errors import BadInputError


def check_output_path(output: str | os.PathLike, *inputs: str | os.PathLike | None) -> Path:
    """Validate an output path before any work is done.

    Refuses a folder that does not exist, an existing folder as the output, and an output that is
    one of the inputs (which would destroy the input on rename).
    """
    out = Path(output)
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise BadInputError(f"{out}: output folder {parent} does not exist")
    if out.is_dir():
        raise BadInputError(f"{out}: output path is a folder")
    for src in inputs:
        if src is None:
            continue
        src_path = Path(src)
        same = out.resolve() == src_path.resolve()
        if not same and out.exists() and src_path.exists():
            same = os.path.samefile(out, src_path)
        if same:
            raise BadInputError(f"{out}: output path is the same file as the input {src_path}")
    return out


@contextlib.contextmanager
def atomic_path(output: str | os.PathLike, mode: int = 0o644) -> Iterator[Path]:
    """Yield a temporary path beside ``output``; rename it onto ``output`` only on success.

    The temporary name keeps the output's suffix, so tools that guess a format from the
    extension (FFmpeg muxers, the C2PA SDK) see the right one. The temporary file is created
    with mode 0600 and gets ``mode`` (less the umask) just before the rename, so a secret
    written with ``mode=0o600`` is never readable by others, not even for a moment.
    """
    out = Path(output)
    parent = out.parent if str(out.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=f".part{out.suffix}", dir=parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, mode & ~_umask())
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def atomic_write_bytes(output: str | os.PathLike, data: bytes, mode: int | None = None) -> Path:
    """Write ``data`` to ``output`` atomically, optionally with a file mode (e.g. 0o600)."""
    out = Path(output)
    with atomic_path(out, mode=0o644 if mode is None else mode) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    return out


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
