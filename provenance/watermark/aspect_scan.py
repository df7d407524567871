"""The bounded aspect-ratio scan: a squeezed or widened repost whose tile lattice is too faint to measure.

A platform that squeezes a picture into another frame without bars (a 16:9 clip shown 4:3, a 4:3 clip stretched to
16:9, a square feed) changes the width alone, so the tile is no longer square and nothing decodes at any period.
``sync.aspect_candidates`` measures the change where the lattice shows clear peaks on both axes; a weak mark
seldom does. But such edits go from one standard frame shape to another: if the clip now has aspect ratio A and was
marked at a standard ratio A0, the width is undone by A0 / A. So the residual's width is resized by that factor
for each standard A0 (at most a dozen views within ``sync.ASPECT_RANGE``), and each view is decoded at the period
the height implies (a squeeze keeps the height, or rescales it with the picture) and the uncropped alignment only,
in one Viterbi batch; every try counts in the p-value (9 per view). What shape the picture was squeezed to does not
matter; the shape it was marked at does: a clip marked at a shape not on the list (a generator's 832 x 480) and then
squeezed is left to the measured candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from provenance.watermark.decode import BlindResult, decode_views
from provenance.watermark.sync import ASPECT_RANGE, PRIOR_SHIFTS, unstretch

# Frame shapes (width / height) clips are made and shown in: widescreen, television, square, vertical and portrait
# feeds, 16:10 screens, 3:2 cameras, cinema (1.85, 2.39, 21:9) and 2:1, in rough order of how common they are.
STANDARD_SHAPES = (16 / 9, 4 / 3, 1.0, 9 / 16, 4 / 5, 16 / 10, 3 / 2, 1.85, 2.39, 21 / 9, 2.0, 5 / 4, 3 / 4, 2 / 3)
SAME = 0.01  # relative difference under which two width factors are the same view (a tile is 16 cells)


def scan_factors(width: int, height: int, tried: Sequence[float] = ()) -> list[float]:
    """Width factors that would bring a ``width`` x ``height`` picture back to each standard shape, in the order of
    ``STANDARD_SHAPES``, without 1 (the picture as it is) and factors already ``tried``."""
    now = width / height
    out: list[float] = []
    for shape in STANDARD_SHAPES:
        factor = shape / now
        if (ASPECT_RANGE[0] <= factor <= ASPECT_RANGE[1] and abs(factor - 1) > SAME
                and all(abs(factor / q - 1) > SAME for q in [*out, *tried])):
            out.append(factor)
    return out


def scan_aspects(secret: bytes, acc: np.ndarray, unscaled: float, tried: Sequence[float], filters: np.ndarray,
                 decorrelate: np.ndarray) -> tuple[float | None, BlindResult]:
    """Decode ``acc`` with its width undone for each standard frame shape: (the width factor of the view that
    decoded, or None; the result, whose ``attempts`` count every try up to the match)."""
    factors = scan_factors(acc.shape[1], acc.shape[0], tried)
    if not factors:
        return None, BlindResult(None, 0, None)
    index, result = decode_views(secret, lambda f: unstretch(acc, f), factors, unscaled, PRIOR_SHIFTS, filters,
                                 decorrelate)
    return (factors[index] if index is not None else None), result
