"""One decoding pass over a clip for everything that looks at its pixels: the watermark detector and
the fingerprint (and, through ``extra``, the passive forensics). Decoding is the expensive part of
verification, so it is done once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Iterable

import numpy as np

from clipseal import media
from clipseal.ahead import run_ahead
from provenance.fingerprint import Fingerprinter
from provenance.watermark import Detector, WatermarkDetection, WatermarkKey


@dataclass
class PixelAnalysis:
    info: media.VideoInfo
    watermark: WatermarkDetection | None
    fingerprint: str | None
    frames: int


def analyze_pixels(
    path: str | os.PathLike,
    watermark_key: WatermarkKey | None,
    extra: Iterable[Callable[[np.ndarray, float], None]] = (),
    info: media.VideoInfo | None = None,
    candidates: Callable[[], Iterable[bytes]] | None = None,
) -> PixelAnalysis:
    """Decode ``path`` once (luma only), feeding the watermark detector, the fingerprinter and any
    ``extra`` consumers ``(luma, time_s)``. ``info`` saves a second probe when the caller has one;
    ``candidates`` gives the known payloads the watermark detector may match (see ``Detector``)."""
    info = info or media.probe(path)
    detector = Detector(watermark_key, candidates=candidates) if watermark_key is not None else None
    fingerprinter = Fingerprinter()
    consumers = list(extra)
    even = info.width % 2 == 0 and info.height % 2 == 0
    n = 0
    # the decoder runs on a thread ahead of the analysis (FFmpeg decodes with the GIL released)
    for frame in run_ahead(media.read_frames(path, pixel_format="yuv420p" if even else "gray")):
        luma = frame.image[: info.height] if even else frame.image
        if detector is not None:
            detector.add(luma, frame.time_s)
        fingerprinter.add(luma, frame.time_s)
        for consume in consumers:
            consume(luma, frame.time_s)
        n += 1
    return PixelAnalysis(info, detector.finish() if detector is not None and n else None,
                         fingerprinter.hexdigest(), n)
