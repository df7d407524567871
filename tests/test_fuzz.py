"""Hostile input: 210 seeded mutations of real MP4, MOV and WebM files (bit flips, holes, truncation, box sizes
that lie, huge declared frame sizes); the default suite verifies the first 105, `make test-all` the other 105 too.
Every `clipseal verify` must end within a time bound with exit 0, 1 or 2 and at most one line on stderr: never a
traceback, a crash, a hang or an internal error (exit 3).

The verifications run in forked children of a process that has already imported clipseal (a fresh interpreter
per file would cost a second each), each with its own time limit; a child that crashes (a signal) or overruns
fails the test with the mutation that did it.
"""

from __future__ import annotations

import io
import multiprocessing as mp
import os
import struct
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import encode_clip

MUTATIONS = 210  # drawn in one seeded sequence; the default suite verifies the first half, `make test-all` all
DEFAULT_SHARE = 105  # seven of each kind of mutation for each container
TIME_LIMIT_S = 60.0


def _boxes(data: bytes) -> list[tuple[int, int]]:
    """(offset, size) of the ISO-BMFF boxes at the top level and one level down (moov, trak, mdia...)."""
    out, stack = [], [(0, len(data))]
    containers = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"udta", b"edts"}
    while stack:
        start, end = stack.pop()
        i = start
        while i + 8 <= end:
            size, kind = struct.unpack(">I4s", data[i:i + 8])
            if size < 8 or i + size > end:
                break
            out.append((i, size))
            if kind in containers:
                stack.append((i + 8, i + size))
            i += size
    return out


def mutate(data: bytes, kind: str, rng: np.random.Generator) -> bytes:
    b = bytearray(data)
    n = len(b)
    if kind == "bitflip":
        for _ in range(int(rng.integers(1, 60))):
            i = int(rng.integers(0, n))
            b[i] ^= 1 << int(rng.integers(0, 8))
    elif kind == "hole":
        a, length = int(rng.integers(0, n)), int(rng.integers(16, 4096))
        b[a:a + length] = bytes(len(b[a:a + length]))
    elif kind == "truncate":
        b = b[: int(rng.integers(8, n))]
    elif kind == "boxsize":
        boxes = _boxes(data)
        for _ in range(int(rng.integers(1, 4))):
            if not boxes:
                break
            off, _size = boxes[int(rng.integers(0, len(boxes)))]
            lie = int(rng.choice([0, 1, 7, 8, 0xFFFFFFFF, 0x7FFFFFFF, n * 10, int(rng.integers(9, 1 << 20))]))
            b[off:off + 4] = struct.pack(">I", lie & 0xFFFFFFFF)
    elif kind == "dimensions":
        # the width/height of a visual sample entry (avc1/hvc1/vp09: 24 bytes into it), or of Matroska's
        # PixelWidth/PixelHeight elements, set to something huge
        for tag in (b"avc1", b"vp09", b"hvc1", b"mp4v"):
            i = data.find(tag)
            if i > 0:
                b[i + 28:i + 32] = struct.pack(">HH", 65535, int(rng.choice([65535, 1, 0])))
        for tag in (b"\xb0\x82", b"\xba\x82"):  # 2-byte PixelWidth / PixelHeight
            i = data.find(tag)
            if i > 0:
                b[i + 2:i + 4] = b"\xff\xff"
    return bytes(b)


def _verify_child(path: str, conn) -> None:
    """Runs in a forked child: the CLI as a user would call it, its exit code and output sent back."""
    from clipseal.app.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        with redirect_stdout(out), redirect_stderr(err):
            main(["verify", path, "--json"], prog_name="clipseal")
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 3
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which fails the test
        err.write(f"escaped: {type(exc).__name__}: {exc}\n")
        code = 99
    conn.send((code, err.getvalue()))
    conn.close()
    os._exit(0)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> list[Path]:
    d = tmp_path_factory.mktemp("fuzz-seeds")
    return [encode_clip(d / "seed.mp4", "libx264", "mp4", frames=24, size=(128, 96), audio=True),
            encode_clip(d / "seed.mov", "libx264", "mov", frames=24, size=(128, 96)),
            encode_clip(d / "seed.webm", "libvpx-vp9", "webm", frames=24, size=(128, 96))]


@pytest.mark.skipif(sys.platform != "linux", reason="uses fork")
def test_mutated_files_never_crash_hang_or_trace(seeds, tmp_path, env):
    _verify_mutations(seeds, tmp_path, range(DEFAULT_SHARE))


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="uses fork")
def test_more_mutated_files_never_crash_hang_or_trace(seeds, tmp_path, env):
    _verify_mutations(seeds, tmp_path, range(DEFAULT_SHARE, MUTATIONS))


def _verify_mutations(seeds: list[Path], tmp_path: Path, chosen: range) -> None:
    """Verify the ``chosen`` mutations of the seeded sequence (the ones before them are drawn and not written, so
    each mutation is the same whichever share runs)."""
    import clipseal.app.cli  # noqa: F401 - imported once here, so forked children start warm
    import detector.analyze  # noqa: F401

    rng = np.random.default_rng(20261129)
    kinds = ("bitflip", "hole", "truncate", "boxsize", "dimensions")
    ctx = mp.get_context("fork")
    failures, codes = [], []
    jobs = []
    originals = [seed.read_bytes() for seed in seeds]
    for k in range(chosen.stop):
        seed = seeds[k % len(seeds)]
        kind = kinds[(k // len(seeds)) % len(kinds)]
        data = mutate(originals[k % len(seeds)], kind, rng)
        if k in chosen:
            path = tmp_path / f"m{k:03d}{seed.suffix}"
            path.write_bytes(data)
            jobs.append((path, kind))

    def finish(path, kind, proc, parent) -> None:
        result = parent.recv() if parent.poll(TIME_LIMIT_S) else None
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()
        if result is None:
            failures.append(f"{path.name} ({kind}): no answer within {TIME_LIMIT_S:.0f} s, exit code {proc.exitcode}")
            return
        code, err = result
        codes.append(code)
        lines = [x for x in err.strip().splitlines() if x]
        if code not in (0, 1, 2) or "Traceback" in err or len(lines) > 1:
            failures.append(f"{path.name} ({kind}): exit {code}, stderr {err.strip()[:300]!r}")

    running = []
    for path, kind in jobs:  # two at a time: one per core
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_verify_child, args=(str(path), child))
        proc.start()
        child.close()
        running.append((path, kind, proc, parent))
        if len(running) == 2:
            finish(*running.pop(0))
    for job in running:
        finish(*job)
    assert not failures, "\n".join(failures[:20])
    assert len(codes) == len(chosen) and codes.count(2) > 0  # some mutations must have broken the files
