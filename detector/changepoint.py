"""Change points in a sequence of per-segment scores: where a clip turns from real to synthetic or back.

Binary segmentation with a squared-error cost on the scores' logits: split where the two sides' means differ
most (weighted by their lengths), keep a split only if both sides are long enough and their mean probabilities
are far apart, then look inside each side again.
"""

from __future__ import annotations

import numpy as np


def change_points(probs: np.ndarray, min_size: int = 2, min_gap: float = 0.4, max_points: int = 4) -> list[int]:
    """Indices i where a new regime starts at segment i."""
    p = np.clip(np.asarray(probs, float), 1e-3, 1 - 1e-3)
    z = np.log(p / (1 - p))
    found: list[int] = []

    def split(lo: int, hi: int) -> None:
        if len(found) >= max_points or hi - lo < 2 * min_size:
            return
        seg = z[lo:hi]
        csum = np.cumsum(seg)
        total = csum[-1]
        n = len(seg)
        best, best_k = 0.0, None
        for k in range(min_size, n - min_size + 1):
            left, right = csum[k - 1] / k, (total - csum[k - 1]) / (n - k)
            gain = k * (n - k) / n * (left - right) ** 2
            if gain > best:
                best, best_k = gain, k
        if best_k is None:
            return
        a, b = p[lo:lo + best_k].mean(), p[lo + best_k:hi].mean()
        if abs(a - b) < min_gap:
            return
        found.append(lo + best_k)
        split(lo, lo + best_k)
        split(lo + best_k, hi)

    split(0, len(z))
    return sorted(found)
