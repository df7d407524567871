"""Streaming an HTTP upload to disk under a size limit: the one way the service's endpoints take files."""

from pathlib import Path
from typing import AsyncIterator

CHUNK = 1 << 20


async def save_upload(chunks: AsyncIterator[bytes], dest: Path, max_mb: int) -> int:
    """Write ``chunks`` to ``dest``; 413 as soon as the upload passes ``max_mb``, 400 when it is empty."""
    from fastapi import HTTPException

    size = 0
    with open(dest, "wb") as fh:
        async for chunk in chunks:
            size += len(chunk)
            if size > max_mb * CHUNK:
                raise HTTPException(413, f"upload larger than {max_mb} MB")
            fh.write(chunk)
    if size == 0:
        raise HTTPException(400, "empty upload")
    return size


async def file_chunks(file) -> AsyncIterator[bytes]:
    """The chunks of a FastAPI ``UploadFile``."""
    while chunk := await file.read(CHUNK):
        yield chunk
