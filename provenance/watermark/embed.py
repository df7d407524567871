"""Embedding: add the payload's pattern to the luma of every frame, with a perceptual mask and informed
(host-cancelling) amplitudes; and the file-level helpers that stream frames through it."""

from __future__ import annotations

import math
import os
from typing import Callable, Iterable, Iterator

import cv2
import numpy as np

from clipseal.ahead import run_ahead
from provenance.watermark import codec, pattern
from provenance.watermark.key import WatermarkKey
from provenance.watermark.residual import DETECT_LINES, DETECT_TILE, fold, prepare

DEFAULT_STRENGTH = 2.2
# The visibility floor: no marked frame's luma PSNR (against the frame before marking) goes below this. The
# watermark issue asks for 42 dB on every clip; the margin covers the estimate below, which is made before the
# frame is marked.
PSNR_FLOOR_DB = 42.3


class Embedder:
    """Adds the payload's pattern to the luma of frames of one size.

    Informed embedding (improved spread spectrum, Malvar and Florencio 2003): the embedder measures, the
    way the detector will, how much each frame's own content already projects onto every carrier, and
    subtracts that from the pattern. Static content that happens to resemble the carriers (synthetic
    textures, still shots) would otherwise be as strong as the mark itself. The correction is refreshed
    every ``refresh`` frames and smoothed over time, so the pattern does not flicker.
    """

    def __init__(self, key: WatermarkKey, payload: bytes, width: int, height: int,
                 strength: float = DEFAULT_STRENGTH, cancel: float = 1.0, refresh: int = 4,
                 psnr_floor_db: float | None = PSNR_FLOOR_DB) -> None:
        self.width, self.height = width, height
        # the mark's mean square that keeps a frame at the floor, less the 8-bit rounding's own 1/12
        self._energy_budget = (None if psnr_floor_db is None
                               else 255.0 ** 2 / 10 ** (psnr_floor_db / 10) - 1.0 / 12.0)
        # Fewer pixels carry the mark in a smaller frame, and a sub-level signal is lost to 8-bit
        # rounding and the encoder's dead zone: below 720 lines the strength grows as sqrt(720 / H).
        self.strength = float(strength) * float(np.clip(math.sqrt(720.0 / height), 1.0, 2.0))
        self.cancel = float(cancel)
        self.refresh = max(1, int(refresh))
        cell = max(3, round(height / pattern.CELLS_PER_HEIGHT))
        self.period = cell * pattern.TILE_CELLS
        self._cells = pattern.carriers(key.secret)
        self._base = (1.0 - 2.0 * codec.encode(key.secret, payload).astype(np.float32)) / math.sqrt(
            codec.CODED_BITS)
        first = pattern.render_periodic(self._cell_grid(self._base), self.period, normalize=False)
        self._unit = 1.0 / float(np.sqrt(np.mean(first * first)))
        self._reps = (math.ceil(height / self.period), math.ceil(width / self.period))
        # the detector's view of a frame of this size: its scale, tile period and carriers
        det_scale = DETECT_LINES / height if height > DETECT_LINES else 1.0
        self._det_period = self.period * (round(width * det_scale) / width)
        self._det_carriers = pattern.carrier_tiles(key.secret, DETECT_TILE).reshape(codec.CODED_BITS, -1)
        self._gain: float | None = None
        self._host: np.ndarray | None = None
        self._amps = self._base
        self._frame = 0
        self.pattern, self._power = self._render(self._base)

    def _cell_grid(self, amplitudes: np.ndarray) -> np.ndarray:
        return (amplitudes @ self._cells).reshape(pattern.TILE_CELLS, pattern.TILE_CELLS)

    def _render(self, amplitudes: np.ndarray) -> tuple[np.ndarray, float]:
        """The frame-sized pattern for these amplitudes, and its mean square (for the visibility floor)."""
        tile = pattern.render_periodic(self._cell_grid(amplitudes), self.period, normalize=False)
        tile *= self._unit * self.strength
        return np.ascontiguousarray(np.tile(tile, self._reps)[: self.height, : self.width]), float(np.mean(tile * tile))

    def _projection(self, y: np.ndarray) -> np.ndarray:
        """What the detector reads from this frame alone, per carrier, at the embedding alignment."""
        return self._det_carriers @ fold(prepare(y), self._det_period).ravel()

    def embed_luma(self, y: np.ndarray) -> np.ndarray:
        """Return a marked copy of an 8-bit luma plane (H x W)."""
        if y.shape != (self.height, self.width):
            raise ValueError(f"frame is {y.shape[::-1]}, embedder was made for {(self.width, self.height)}")
        small = _mask_small(y)
        if self.cancel > 0 and self._frame % self.refresh == 0:
            host = self._projection(y)
            if self._gain is None:  # how much projection one unit of amplitude buys, measured once
                base, power = self._render(self._base)
                marked = self._add(y, self._full(self._within_floor(small, power)), base)
                self._gain = float(np.dot(self._projection(marked) - host, self._base) /
                                   np.dot(self._base, self._base))
                self._host = host
            # Only the part of the content that persists over time survives the detector's summing
            # over frames; cancel that (a running mean), not each frame's passing detail.
            self._host = 0.85 * self._host + 0.15 * host
            if self._gain > 0:
                wanted = self._base - self.cancel * self._host / self._gain
                # limit the correction to the mark's own size: cancelling more would cost visibility
                norm = np.linalg.norm(wanted - self._base)
                cap = 0.6 * np.linalg.norm(self._base)
                if norm > cap:
                    wanted = self._base + (wanted - self._base) * (cap / norm)
                self._amps = 0.5 * (self._amps + wanted) if self._frame else wanted
                self.pattern, self._power = self._render(self._amps)
        mask = self._full(self._within_floor(small, self._power))
        self._frame += 1
        return self._add(y, mask, self.pattern)

    def _within_floor(self, small: np.ndarray, power: float) -> np.ndarray:
        """The quarter-resolution mask, scaled down where the frame, marked with a pattern of mean square ``power``,
        would fall below the PSNR floor.

        A frame whose mask is near full strength everywhere (textured, mid-grey) would exceed it, as would any frame of
        a small clip, whose strength is raised. The mask is smooth and the pattern noise-like, so the frame's mean
        square is close to mean(mask^2) x mean(pattern^2).
        """
        if self._energy_budget is not None:
            energy = float(np.mean(small * small)) * power
            if energy > self._energy_budget:
                return small * math.sqrt(self._energy_budget / energy)
        return small

    def _full(self, small: np.ndarray) -> np.ndarray:
        return cv2.resize(small, (self.width, self.height), interpolation=cv2.INTER_LINEAR)

    @staticmethod
    def _add(y: np.ndarray, mask: np.ndarray, mark: np.ndarray) -> np.ndarray:
        out = y.astype(np.float32)
        out += mask * mark
        np.clip(out, 0, 255, out=out)
        return (out + 0.5).astype(np.uint8)


def _mask_small(y: np.ndarray) -> np.ndarray:
    """Per-pixel strength: full in texture and mid-tones, less in very flat, dark and near-white areas.

    No more than full strength in texture: the detector weighs a pixel's residual by its local RMS, so a mark
    raised in texture is read at a fraction of its size there, while it still counts in full against the
    visibility floor (docs/watermark.md, "The visibility floor"). Computed at a quarter of the resolution (the
    caller interpolates it back: the mask only needs to be smooth).
    """
    h, w = y.shape
    small = cv2.resize(y, (max(1, w // 4), max(1, h // 4)), interpolation=cv2.INTER_AREA).astype(np.float32)
    mean = cv2.blur(small, (5, 5))
    var = cv2.blur(small * small, (5, 5)) - mean * mean
    std = np.sqrt(np.maximum(var, 0.0))
    texture = np.clip(0.75 + std / 12.0, 0.75, 1.0)
    light = np.clip((mean - 8.0) / 45.0, 0.25, 1.0) * np.clip((250.0 - mean) / 30.0, 0.2, 1.0)
    return texture * light


def embed_frames(
    frames: Iterable[tuple[np.ndarray, int, int, float]],
    writer,
    key: WatermarkKey,
    payload: bytes,
    strength: float = DEFAULT_STRENGTH,
    marked_ranges_s: list[tuple[float, float]] | None = None,
    observers: Iterable[Callable[[np.ndarray, int, int, float], None]] = (),
) -> int:
    """Mark yuv420p frames ``(planes, width, height, time_s)`` and hand them to ``writer``
    (a ``clipseal.media.VideoWriter``). With ``marked_ranges_s`` only frames inside those time ranges are
    marked (the generated part of an extended clip or of a film); the others pass through unchanged.
    ``observers`` see every frame as written (for fingerprints and thumbnails). Returns the frame count."""
    observers = list(observers)

    def marked() -> Iterator[tuple[np.ndarray, int, int, float]]:
        embedder = None
        for planes, w, h, t in frames:
            if embedder is None:
                embedder = Embedder(key, payload, w, h, strength)
            if marked_ranges_s is None or any(a - 1e-6 <= t < b - 1e-6 for a, b in marked_ranges_s):
                planes = planes.copy()
                planes[:h] = embedder.embed_luma(planes[:h])
            for observe in observers:
                observe(planes, w, h, t)
            yield planes, w, h, t

    # decoding and marking run on a thread ahead of the encoder (x264 works with the GIL released)
    count = 0
    for planes, w, h, _t in run_ahead(marked()):
        writer.write_yuv420p(planes, w, h)
        count += 1
    return count


def embed_file(
    src: str | os.PathLike,
    dst: str | os.PathLike,
    key: WatermarkKey,
    payload: bytes,
    crf: int = 18,
    preset: str = "medium",
    strength: float = DEFAULT_STRENGTH,
    marked_ranges_s: list[tuple[float, float]] | None = None,
) -> int:
    """Mark a clip and write it as H.264 MP4 (atomically), keeping its audio. Returns the frame count."""
    from clipseal import media

    info = media.probe(src)
    with media.VideoWriter(dst, info.frame_rate, crf=crf, preset=preset,
                           audio_from=src if info.has_audio else None) as writer:
        return embed_frames(media.yuv_frames(src), writer, key, payload, strength, marked_ranges_s)
