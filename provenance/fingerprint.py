"""A perceptual fingerprint of a clip: 64 bits that survive re-encoding and resizing.

Per sampled frame: luma -> 32 x 32 -> 2-D DCT -> the 8 x 8 lowest non-DC coefficients; averaged over the
clip, each coefficient above the median gives a 1 bit. The registry uses it to tie a watermark payload to
the content it was stamped on: a payload found on a clip whose fingerprint is far from the registered one
was copied, not stamped.
"""

from __future__ import annotations

import cv2
import numpy as np

BITS = 64
MATCH_DISTANCE = 12  # Hamming distance up to which two fingerprints are the same content


class Fingerprinter:
    """Streaming: ``add(luma, time_s)`` per frame (it samples on its own), then ``hexdigest()``."""

    def __init__(self, every_s: float = 0.25) -> None:
        self.every_s = every_s
        self._next_t = 0.0
        self._sum = np.zeros(BITS, np.float64)
        self._n = 0

    def add(self, luma: np.ndarray, time_s: float) -> None:
        if time_s + 1e-6 < self._next_t:
            return
        self._next_t = time_s + self.every_s
        small = cv2.resize(luma, (32, 32), interpolation=cv2.INTER_AREA).astype(np.float32)
        coeffs = cv2.dct(small)[1:9, 1:9].ravel()
        norm = np.linalg.norm(coeffs)
        self._sum += coeffs / norm if norm > 0 else coeffs
        self._n += 1

    def hexdigest(self) -> str | None:
        if self._n == 0:
            return None
        bits = (self._sum > np.median(self._sum)).astype(np.uint8)
        return np.packbits(bits).tobytes().hex()


def distance(a: str, b: str) -> int:
    """Hamming distance between two fingerprints (hex)."""
    return int(bin(int(a, 16) ^ int(b, 16)).count("1"))
