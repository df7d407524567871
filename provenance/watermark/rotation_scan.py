"""The bounded rotation scan: a turned repost found where the tile lattice is too faint to measure its angle.

Measured on the 35 bench clips turned by 2 degrees (no re-encode): the lattice angle was within 0.3 degrees on 24,
its prominence below the faint threshold on 8, a fine grid blocked the lattice tries on 2; the detector found 19,
while 29 decoded when turned back by the true angle at the unscaled period and the uncropped alignment. So the
whole stretch is turned back by every angle on a half-degree grid up to MAX_ROTATION - 0.5 either way, as marked and
mirrored (a mirror reverses the sense of a turn; both signs are on the grid), the grid angle nearest the lattice's
first, and each view is decoded at the unscaled period and the uncropped alignment only: a turn about the centre
keeps the tile's size and its place relative to the centre. 44 views x 9 alignments in one Viterbi batch, every
try counted in the p-value (396 tag checks, about 1e-7). A rotation that also rescaled the picture is left to the
lattice-guided tries (``Detector._try_rotations``).
"""

from __future__ import annotations

import numpy as np

from provenance.watermark.decode import BlindResult, decode_views
from provenance.watermark.sync import MAX_ROTATION, MIRRORS, PRIOR_SHIFTS, orient

# Degrees between the scan's angles. Measured on the 29 clips above: 29 decode turned back 1/8 degree off the true
# angle, 28 a quarter degree off (the most a half-degree grid misses by), 27 at 3/8.
STEP = 0.5


def scan_angles(measured: float) -> list[tuple[tuple[bool, bool], float]]:
    """(flip, angle) of every view the scan decodes, in order: as marked, then mirrored; the grid angle nearest
    the lattice's ``measured`` one first in each."""
    steps = np.arange(STEP, MAX_ROTATION - 0.5 + 1e-9, STEP)
    grid = [float(a) for step in steps for a in (step, -step) if abs(a) >= 0.5]
    nearest = min(grid, key=lambda a: abs(a - measured))
    angles = [nearest] + [a for a in grid if a != nearest]
    return [(flip, angle) for flip in ((False, False), MIRRORS[0]) for angle in angles]


def scan_rotations(secret: bytes, acc: np.ndarray, unscaled: float, measured: float, filters: np.ndarray,
                   decorrelate: np.ndarray) -> tuple[tuple[tuple[bool, bool], float] | None, BlindResult]:
    """Decode ``acc`` turned back by every angle of the scan: ((flip, angle) of the view that decoded, or None;
    the result, whose ``attempts`` count every try up to the match)."""
    tries = scan_angles(measured)
    index, result = decode_views(secret, lambda t: orient(acc, *t), tries, unscaled, PRIOR_SHIFTS, filters,
                                 decorrelate)
    return (tries[index] if index is not None else None), result
