"""Checks on an input path before anything reads it: it exists, it is a regular file (not a folder, a FIFO
or a device, which could block or never end), and it is not empty. One-line errors, exit code 2."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from clipseal.errors import BadInputError


def check_input_file(path: str | os.PathLike, allow_empty: bool = False) -> Path:
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise BadInputError(f"{p}: file does not exist") from None
    except OSError as exc:
        raise BadInputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise BadInputError(f"{p}: is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device" if (
            stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)) else "a socket" if stat.S_ISSOCK(
            st.st_mode) else "not a regular file"
        raise BadInputError(f"{p}: is {kind}, not a regular file")
    if st.st_size == 0 and not allow_empty:
        raise BadInputError(f"{p}: file is empty")
    return p
