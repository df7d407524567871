"""The parts of a clip searched for a mark on their own, and the periods each is searched at.

A mark may cover only part of a clip: real footage a generator continued, a marked clip cut into a longer one. So
the detector decodes the whole clip first, then 4 s and 2 s windows of it (``clip_windows``), each at the periods
``window_periods`` keeps.
"""

from __future__ import annotations

WINDOW_PERIODS = 2  # the whole clip's likeliest periods a window is decoded at, besides those with prior alignments


def clip_windows(order: list[int]) -> list[list[int]]:
    """The segment indexes decoded together: all of them, then windows of 8 and of 4 segments (4 s and 2 s at the
    detector's 0.5 s segments), each overlapping the next by half."""
    windows = [order]
    for width in (8, 4):
        if len(order) > width:
            step = width // 2
            windows += [order[i:i + width] for i in range(0, len(order) - width + 1, step)]
    return windows


def window_periods(periods: list[float], priors: dict[float, list[int]]) -> list[float]:
    """The periods a window is decoded at: the whole clip's likeliest ``WINDOW_PERIODS`` and those with prior
    alignments (the clip at the size it was marked at; a crop or a reframe that kept its pixel scale), in the whole
    clip's order.

    The marked part of a clip shows its tile lattice in the whole clip's residual too, so its period ranks among the
    first the whole clip proposes; the rest of the nine or so candidate periods is what the windows of an unmarked
    clip spent most of their time on (thirteen windows in 10 s)."""
    keep = set(periods[:WINDOW_PERIODS]) | set(priors)
    return [p for p in periods if p in keep]
