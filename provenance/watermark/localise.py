"""Localisation: once a payload is known, which 0.5 s segments carry it.

Every segment is tested on its own (the correlation with the known pattern at the found alignment, as a
z-score against the correlations at all other alignments), then a two-state hidden Markov model turns the
z-scores into marked runs with boundaries where the evidence changes.
"""

from __future__ import annotations

import math

import numpy as np

from provenance.watermark.residual import fold, robust_sigma
from provenance.watermark.sync import Sync, view

Z_PRESENT = 4.0  # per-segment threshold: p < 3.2e-5 for one segment under no watermark
MIN_MEASURED = 3  # unmarked segments a clip needs before their spread is measured on it
# The unmarked segments' spread where a clip has too few of them to measure it (a generated clip with a second of
# real footage before or after it): the middle of the range a measured one is held to, not the ideal 1. With 1, the
# last two segments of a backward extension, real footage at z 1.2 and 2.7, were read as marked in one run of 38.
NULL_PRIOR = 1.5


def segment_z(sync: Sync, acc: np.ndarray) -> float | None:
    """A segment's evidence for the found mark: z of the correlation at the found alignment against all
    others (a 7 x 7 neighbourhood of the peak left out); None for a segment with no residual."""
    folded = fold(view(acc, sync), sync.period)
    if not np.any(folded):
        return None
    corr = np.fft.irfft2(np.fft.rfft2(folded) * np.conj(np.fft.rfft2(sync.tile)), s=folded.shape)
    dy, dx = sync.shift
    peak = corr[dy, dx]
    others = np.roll(np.roll(corr, -dy + 3, axis=0), -dx + 3, axis=1)[7:, 7:]  # drop a 7x7 neighbourhood
    sigma = float(np.std(others)) + 1e-12
    return float(peak / sigma)


def segment_presence(zs: list[float | None], switch_p: float = 0.02) -> list[bool]:
    """Which segments carry the (already identified) mark: a two-state hidden Markov model over the
    per-segment z-scores, decoded with Viterbi. Unmarked segments have z ~ N(0, 1); marked ones a broad
    N(mu, (mu/3)^2), with mu estimated from the clearly marked segments. Isolated weak segments inside a marked
    run no longer break it, and a boundary falls where the evidence changes, not where one noisy segment
    crosses a threshold."""
    strong = [z for z in zs if z is not None and z >= Z_PRESENT]
    if not strong:
        return [False] * len(zs)
    mu = max(Z_PRESENT, float(np.median(strong)))
    spread = max(1.5, mu / 3.0)  # marked segments vary with content and compression
    # Unmarked segments are N(0, 1) only in theory: content that happens to resemble the pattern gives them
    # heavier tails, and one unmarked segment at z ~ 3 next to a marked run would otherwise be pulled into
    # it. Their spread is measured on the clip's own weak segments (robustly), between 1 and 2.
    weak = np.array([z for z in zs if z is not None and z < Z_PRESENT])
    null = float(np.clip(robust_sigma(weak), 1.0, 2.0)) if len(weak) >= MIN_MEASURED else NULL_PRIOR
    stay, switch = math.log(1 - switch_p), math.log(switch_p)
    score = np.array([0.0, math.log(0.5)])  # (absent, present)
    back = []
    for z in zs:
        emit = np.zeros(2) if z is None else np.array(
            [-0.5 * (z / null) ** 2 - math.log(null), -0.5 * ((z - mu) / spread) ** 2 - math.log(spread)])
        from_absent = score[0] + np.array([stay, switch])
        from_present = score[1] + np.array([switch, stay])
        choice = (from_present > from_absent).astype(int)  # 1: came from present
        score = np.where(choice, from_present, from_absent) + emit
        back.append(choice)
    state = int(np.argmax(score))
    states = []
    for choice in reversed(back):
        states.append(bool(state))
        state = int(choice[state])
    return states[::-1]
