"""Stamping: watermark -> encode -> sign -> register -> atomic rename. The only way outputs are written.

If any step fails, the temporary files are removed and no output exists: never an unlabelled clip.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import asdict, dataclass
from fractions import Fraction
from pathlib import Path
from typing import Iterable

import cv2
import numpy as np

from clipseal import media
from clipseal.atomic import atomic_path, check_output_path
from provenance.c2pa import io as c2pa_io
from provenance.credentials import StampingKit
from provenance.fingerprint import Fingerprinter
from provenance.c2pa.manifest import ManifestSpec
from provenance.watermark import embed_frames, new_payload


@dataclass
class StampResult:
    output: str
    manifest_id: str
    watermark_payload: str
    watermark_key_id: str
    frames: int
    fingerprint: str | None
    source_type: str

    def to_dict(self) -> dict:
        return asdict(self)


class _Thumbnail:
    """Keeps one frame (the one nearest ``at_s``) and makes it a small JPEG for the manifest, once, at the end."""

    def __init__(self, at_s: float = 1.0, width: int = 320) -> None:
        self.at_s, self.width = at_s, width
        self._best: tuple[float, np.ndarray, int, int] | None = None

    def __call__(self, planes: np.ndarray, w: int, h: int, t: float) -> None:
        if self._best is not None and abs(t - self.at_s) >= abs(self._best[0] - self.at_s):
            return
        self._best = (t, planes.copy(), w, h)

    @property
    def jpeg(self) -> bytes | None:
        if self._best is None:
            return None
        _t, planes, w, h = self._best
        rgb = media.yuv420p_to_rgb(planes)[:h, :w]
        scale = self.width / w
        small = cv2.resize(rgb, (self.width, max(2, round(h * scale))), interpolation=cv2.INTER_AREA)
        ok, buf = cv2.imencode(".jpg", cv2.cvtColor(small, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 80])
        return buf.tobytes() if ok else None


def stamp_frames(
    frames: Iterable[tuple[np.ndarray, int, int, float]],
    frame_rate: Fraction | float,
    output: str | os.PathLike,
    kit: StampingKit,
    spec: ManifestSpec,
    marked_ranges_s: list[tuple[float, float]] | None = None,
    audio_from: str | os.PathLike | None = None,
    payload: bytes | None = None,
) -> StampResult:
    """Watermark yuv420p frames, encode H.264, sign with C2PA, register, and only then create ``output``.

    ``payload`` is normally drawn at random (the registry's key for this output); pipelines that need
    reproducible outputs may pass one."""
    out = Path(output)
    payload = payload or new_payload()
    spec.watermark_payload = payload.hex()
    fingerprint = Fingerprinter()
    thumbnail = _Thumbnail()
    fd, marked_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".marked.mp4", dir=out.parent or ".")
    os.close(fd)
    marked = Path(marked_name)
    try:
        with media.VideoWriter(marked, frame_rate, crf=kit.crf, preset=kit.preset, audio_from=audio_from) as writer:
            n = embed_frames(frames, writer, kit.watermark_key, payload, marked_ranges_s=marked_ranges_s,
                             observers=[lambda p, w, h, t: fingerprint.add(p[:h], t), thumbnail])
        with atomic_path(out) as tmp_out:
            manifest_id, store, manifest = c2pa_io.sign_file(marked, tmp_out, spec, kit.signer, kit.c2pa_settings,
                                                             thumbnail_jpeg=thumbnail.jpeg)
            kit.registry.add(
                manifest_id, store, manifest,
                watermark_payload=payload.hex(), watermark_key_id=kit.watermark_key.key_id,
                fingerprint=fingerprint.hexdigest(), title=spec.title, source_type=spec.source_type,
            )
    finally:
        with contextlib.suppress(FileNotFoundError):
            marked.unlink()
    return StampResult(str(out), manifest_id, payload.hex(), kit.watermark_key.key_id, n,
                       fingerprint.hexdigest(), spec.source_type)


def stamp_file(
    source: str | os.PathLike,
    output: str | os.PathLike,
    kit: StampingKit,
    spec: ManifestSpec,
    marked_ranges_s: list[tuple[float, float]] | None = None,
    payload: bytes | None = None,
) -> StampResult:
    """Stamp a clip made elsewhere (or a film whose generated ranges are given)."""
    check_output_path(output, source)
    info = media.probe(source)
    return stamp_frames(media.yuv_frames(source), info.frame_rate, output, kit, spec,
                        marked_ranges_s=marked_ranges_s, audio_from=source if info.has_audio else None,
                        payload=payload)
