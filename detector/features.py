"""Passive forensic features, per frame and per segment, from luma at the clip's native resolution.

Camera footage carries sensor noise that is fine-grained, independent from frame to frame and present in flat
areas; generated video (upscaled from a small latent grid, or rendered) is smoother, its fine detail follows the
content and repeats over time. The features measure exactly that on a few fixed crops of each frame (crops at
native resolution keep the noise that a downscale would erase, and keep the cost per frame constant):

- residual level and its ratio to mid-frequency detail (upscaling and rendering leave little above the content),
- residual kurtosis and noise in flat areas,
- 8x8 blockiness (compression history),
- slope of the power spectrum,
- correlation of the residual with the previous frame's (sensor noise is temporally independent),
- temporal difference energy (motion context).
Frames are grouped into segments of ``SEGMENT_S`` seconds, aligned with the watermark's segments; a segment is
described by the mean and spread of its frames' features.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

SEGMENT_S = 0.5
FRAME_FEATURES = ("log_residual", "hf_mf_ratio", "residual_kurtosis", "flat_noise", "blockiness",
                  "spectral_slope", "residual_temporal_corr", "log_temporal_diff")
SEGMENT_FEATURES = tuple(f"{n}_mean" for n in FRAME_FEATURES) + tuple(f"{n}_std" for n in FRAME_FEATURES)


def _crop_boxes(width: int, height: int) -> list[tuple[int, int, int]]:
    size = int(min(128, height // 2, width // 2)) // 8 * 8
    size = max(size, 16)
    boxes = []
    for fx, fy in ((0.3, 0.3), (0.7, 0.3), (0.3, 0.7), (0.7, 0.7)):
        x = int(np.clip(fx * width - size / 2, 0, max(0, width - size))) // 8 * 8
        y = int(np.clip(fy * height - size / 2, 0, max(0, height - size))) // 8 * 8
        boxes.append((x, y, min(size, width - x, height - y)))
    return boxes


def _spectral_window(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    win = np.outer(np.hanning(n), np.hanning(n)).astype(np.float32)
    f = np.fft.fftfreq(n)
    radius = np.sqrt(f[:, None] ** 2 + f[None, :] ** 2)
    bands = np.geomspace(0.04, 0.45, 9)
    return win, radius, bands


class FrameFeatures:
    """Computes ``FRAME_FEATURES`` for each frame of one clip (keeps the previous frame's residuals)."""

    def __init__(self) -> None:
        self._boxes: list[tuple[int, int, int]] | None = None
        self._prev: list[tuple[np.ndarray, np.ndarray]] | None = None
        self._spectral: dict[int, tuple] = {}

    def __call__(self, luma: np.ndarray) -> np.ndarray:
        h, w = luma.shape[:2]
        if self._boxes is None:
            self._boxes = _crop_boxes(w, h)
        rows, current = [], []
        for i, (x, y, s) in enumerate(self._boxes):
            crop = luma[y:y + s, x:x + s].astype(np.float32)
            b1 = cv2.GaussianBlur(crop, (0, 0), 1.0)
            b2 = cv2.GaussianBlur(crop, (0, 0), 2.5)
            r = crop - b1
            hf, mf = float(r.std()), float((b1 - b2).std())
            rc = r - r.mean()
            var = float((rc ** 2).mean()) + 1e-6
            kurt = float((rc ** 4).mean() / var ** 2)
            flat = _flat_noise(r, b1)
            block = _blockiness(crop)
            slope = self._slope(crop)
            corr, diff = 0.0, 0.0
            if self._prev is not None and i < len(self._prev) and self._prev[i][0].shape == r.shape:
                pr, pc = self._prev[i]
                denom = float(np.sqrt((rc ** 2).sum() * (pr ** 2).sum())) + 1e-6
                corr = float((rc * pr).sum() / denom)
                diff = float(np.abs(crop - pc).mean())
            current.append((rc, crop))
            rows.append([np.log(hf + 1e-3), np.log((hf + 1e-3) / (mf + 1e-3)), np.log1p(min(kurt, 50.0)),
                         np.log(flat + 1e-3), block, slope, corr, np.log1p(diff)])
        self._prev = current
        return np.asarray(rows, np.float32).mean(axis=0)

    def _slope(self, crop: np.ndarray) -> float:
        n = crop.shape[0]
        if crop.shape[0] != crop.shape[1] or n < 16:
            return 0.0
        if n not in self._spectral:
            self._spectral[n] = _spectral_window(n)
        win, radius, bands = self._spectral[n]
        power = np.abs(np.fft.fft2((crop - crop.mean()) * win)) ** 2
        centres, levels = [], []
        for lo, hi in zip(bands[:-1], bands[1:]):
            sel = (radius >= lo) & (radius < hi)
            if sel.any():
                centres.append(np.log(np.sqrt(lo * hi)))
                levels.append(np.log(power[sel].mean() + 1e-6))
        return float(np.polyfit(centres, levels, 1)[0]) if len(centres) > 2 else 0.0


def _flat_noise(r: np.ndarray, smooth: np.ndarray, block: int = 16) -> float:
    n = r.shape[0] // block * block
    m = r.shape[1] // block * block
    if n < block or m < block:
        return float(r.std())
    rb = r[:n, :m].reshape(n // block, block, m // block, block).std(axis=(1, 3))
    sb = smooth[:n, :m].reshape(n // block, block, m // block, block).std(axis=(1, 3))
    k = max(1, rb.size // 4)
    flat = np.argsort(sb.ravel())[:k]
    return float(rb.ravel()[flat].mean())


def _blockiness(crop: np.ndarray) -> float:
    d = np.abs(np.diff(crop, axis=1))
    if d.shape[1] < 16:
        return 0.0
    cols = np.arange(d.shape[1])
    edge = d[:, cols % 8 == 7].mean()
    inner = d[:, cols % 8 != 7].mean() + 1e-3
    return float(np.log((edge + 1e-3) / inner))


@dataclass
class SegmentFeatures:
    """Per-segment feature vectors of one clip, with the segments' times."""

    starts_s: list[float] = field(default_factory=list)
    ends_s: list[float] = field(default_factory=list)
    vectors: list[np.ndarray] = field(default_factory=list)

    def matrix(self) -> np.ndarray:
        return np.stack(self.vectors) if self.vectors else np.zeros((0, len(SEGMENT_FEATURES)), np.float32)


class SegmentCollector:
    """A consumer for ``provenance.analysis.analyze_pixels``: ``(luma, time_s)`` in, segment features out."""

    def __init__(self, segment_s: float = SEGMENT_S) -> None:
        self.segment_s = segment_s
        self.frames = FrameFeatures()
        self.result = SegmentFeatures()
        self._rows: list[np.ndarray] = []
        self._index = -1

    def __call__(self, luma: np.ndarray, time_s: float) -> None:
        index = int(time_s / self.segment_s + 1e-6)
        if index != self._index:
            self._close()
            self._index = index
        self._rows.append(self.frames(luma))

    def _close(self) -> None:
        if len(self._rows) >= 2:
            rows = np.stack(self._rows)
            rows[0, 6:] = rows[1, 6:]  # the first frame of a clip has no previous frame to compare with
            self.result.starts_s.append(self._index * self.segment_s)
            self.result.ends_s.append((self._index + 1) * self.segment_s)
            self.result.vectors.append(np.concatenate([rows.mean(axis=0), rows.std(axis=0)]))
        self._rows = []

    def finish(self) -> SegmentFeatures:
        self._close()
        return self.result
