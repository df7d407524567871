"""Key-derived watermark patterns.

The mark is a periodic tile of ``TILE_CELLS x TILE_CELLS`` smooth cells. Each coded bit has a carrier: a
row of a Hadamard matrix over the cells, chosen, permuted and sign-scrambled by the key, so the carriers
are exactly orthogonal and look like noise to anyone without the key. The tile for a payload is the sum of
the carriers, each signed by its coded bit; across clips with different payloads the carriers' signs are
independent, so averaging many marked clips converges to zero rather than to the key's pattern.
"""

from __future__ import annotations

import functools
import hashlib
import hmac

import cv2
import numpy as np

from provenance.watermark.codec import CODED_BITS

TILE_CELLS = 16
CELLS_PER_HEIGHT = 60  # cell size = frame height / 60 at embedding
N_CELLS = TILE_CELLS * TILE_CELLS


@functools.lru_cache(maxsize=8)
def carriers(key: bytes) -> np.ndarray:
    """(CODED_BITS, N_CELLS) matrix of +-1 carriers, orthogonal rows, derived from the key."""
    seed = int.from_bytes(hmac.new(key, b"clipseal-wm-carriers", hashlib.sha256).digest()[:16], "big")
    rng = np.random.default_rng(seed)
    h = _hadamard(N_CELLS)
    rows = rng.permutation(np.arange(1, N_CELLS))[:CODED_BITS]  # row 0 is constant: never used
    cols = rng.permutation(N_CELLS)
    signs = rng.choice(np.array([-1.0, 1.0], np.float32), size=N_CELLS)
    return h[rows][:, cols] * signs[None, :]


def _hadamard(n: int) -> np.ndarray:
    """Sylvester's construction; n is a power of two."""
    h = np.ones((1, 1), np.float32)
    while h.shape[0] < n:
        h = np.block([[h, h], [h, -h]])
    return h


def cell_tile(key: bytes, coded_bits: np.ndarray) -> np.ndarray:
    """The payload's tile as cell values (TILE_CELLS x TILE_CELLS), unit RMS."""
    x = 1.0 - 2.0 * coded_bits.astype(np.float32)
    w = x @ carriers(key) / np.sqrt(CODED_BITS)
    w /= np.sqrt(np.mean(w * w)) + 1e-12
    return w.reshape(TILE_CELLS, TILE_CELLS)


def render_periodic(cells: np.ndarray, period_px: int, normalize: bool = True) -> np.ndarray:
    """Render a periodic cell tile to ``period_px`` pixels per side, smoothly and seamlessly.

    Cubic interpolation over a wrapped copy gives a band-limited pattern without cell edges (which would
    be visible and would be the first thing a video encoder throws away).
    """
    n = cells.shape[0]
    wrapped = np.tile(cells, (3, 3))
    big = cv2.resize(wrapped, (3 * period_px, 3 * period_px), interpolation=cv2.INTER_CUBIC)
    big = cv2.GaussianBlur(big, (0, 0), sigmaX=max(0.5, period_px / n * 0.35))
    tile = big[period_px: 2 * period_px, period_px: 2 * period_px].copy()
    tile -= tile.mean()
    if normalize:
        tile /= np.sqrt(np.mean(tile * tile)) + 1e-12
    return tile.astype(np.float32)


def carrier_tiles(key: bytes, period_px: int) -> np.ndarray:
    """Every carrier rendered as a periodic tile: (CODED_BITS, period_px, period_px)."""
    c = carriers(key).reshape(CODED_BITS, TILE_CELLS, TILE_CELLS)
    return np.stack([render_periodic(ci, period_px) for ci in c])
