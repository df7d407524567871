"""Pixel format conversion with FFmpeg's own routines (limited range, BT.601), the same the writer and the
decoder use, so a round trip through them changes nothing the watermark relies on."""

from __future__ import annotations

import av
import numpy as np


def rgb_to_yuv420p(rgb: np.ndarray) -> np.ndarray:
    """RGB (H x W x 3, even size) -> stacked yuv420p planes, with FFmpeg's conversion (limited range,
    BT.601), the same the writer and the decoder use."""
    return av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb), format="rgb24").reformat(
        format="yuv420p").to_ndarray()


def yuv420p_to_rgb(planes: np.ndarray) -> np.ndarray:
    return av.VideoFrame.from_ndarray(planes, format="yuv420p").to_ndarray(format="rgb24")
