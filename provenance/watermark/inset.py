"""Picture-in-picture: where a clip shown small inside another video sits.

A reused clip inside a reaction or news video is a rectangle whose sides show in two ways, and either is enough
at any one point of a side:

- a **persistent edge**: a step in brightness at the same place in most frames while the content on both sides
  moves (where the two pictures happen to be equally bright, there is none);
- a **temporal break**: within one picture neighbouring pixels brighten and darken together over time; either
  side of the inset's border they change independently, whatever their brightness.

The finder keeps a bounded number of small grey frames (every ``every_s`` seconds, thinned evenly when the
clip is long) and, only when asked (the mark was not found any other way), marks the points of each kind and
proposes the rectangles whose four sides are mostly covered by them. The detector decodes the residual inside
each one; every try counts in the p-value. An unmarked clip without such a rectangle costs only the sampling.
"""

from __future__ import annotations

import cv2
import numpy as np

from provenance.watermark.pattern import CELLS_PER_HEIGHT, TILE_CELLS

EDGE_STEP = 12  # grey levels across two pixels (of the half-size frame) that count as an edge in one frame
PERSISTENT = 0.5  # share of the sampled frames in which an edge must be present
BREAK = 0.8  # 1 - temporal correlation of the two sides above which a point is a break
STILL = 4.0  # temporal variance (grey levels^2) below which a pixel says nothing about breaks
SIDE_GAP = 3  # a break's sides are read this many pixels (of the half-size frame) either side of it
COHERENT = 0.4  # a break's temporal correlation is at least this much below that of one of its sides
MIN_SIDE = 0.2  # an inset is at least this share of the frame's width and height
MIN_PIXELS = 40  # and at least this many pixels each way (smaller holds no tile period the search can find)
MAX_AREA = 0.8  # and at most this share of its area (a bigger one is a crop, handled as such)
MIN_COVER = 0.7  # share of each of the four sides that must be marked


class InsetFinder:
    """Collects small grey frames while a clip is read; ``rectangles()`` proposes inset rectangles in them."""

    def __init__(self, every_s: float = 0.1, max_samples: int = 40) -> None:
        self.every_s = every_s
        self.max_samples = max_samples
        self._samples: list[np.ndarray] = []
        self._next_t = 0.0

    def add(self, small: np.ndarray, time_s: float) -> None:
        """Offer a frame already at the residual's size; it is kept (at half that size) if one is due."""
        if time_s + 1e-9 < self._next_t:
            return
        h, w = small.shape
        half = cv2.resize(small, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
        if self._samples and half.shape != self._samples[0].shape:
            return
        self._next_t = time_s + self.every_s
        self._samples.append(half)
        if len(self._samples) >= self.max_samples:
            # a long clip: keep every other sample and halve the rate, so the samples stay spread over all of it
            self._samples = self._samples[::2]
            self.every_s *= 2

    def rectangles(self, k: int = 3) -> list[tuple[int, int, int, int]]:
        """Up to ``k`` rectangles (top, bottom, left, right) in the offered frames' pixels, likeliest first (found
        at half that size: a side is placed to within 2 pixels)."""
        if len(self._samples) < 4:
            return []
        frames = np.stack(self._samples).astype(np.float32)
        across = _border_points(frames, axis=2)  # points on vertical sides
        down = _border_points(frames, axis=1)  # points on horizontal sides
        h, w = across.shape
        min_h, min_w = max(MIN_SIDE * h, MIN_PIXELS / 2), max(MIN_SIDE * w, MIN_PIXELS / 2)  # at half size
        columns = _sides(across, min_h)
        rows = _sides(down.T, min_w)
        found = []
        for x0, a0, b0 in columns:
            for x1, a1, b1 in columns:
                if x1 - x0 < min_w:
                    continue
                for y0, c0, d0 in rows:
                    for y1, c1, d1 in rows:
                        if y1 - y0 < min_h or (y1 - y0) * (x1 - x0) > MAX_AREA * h * w:
                            continue
                        cover = min(_overlap(a0, b0, y0, y1), _overlap(a1, b1, y0, y1),
                                    _overlap(c0, d0, x0, x1), _overlap(c1, d1, x0, x1))
                        if cover >= MIN_COVER:
                            found.append((round(cover, 1), (y1 - y0) * (x1 - x0), (y0, y1, x0, x1)))
        found.sort(reverse=True)  # best covered first, then the larger
        out: list[tuple[int, int, int, int]] = []
        for _, _, r in found:
            if len(out) < k and all(_iou(r, o) < 0.8 for o in out):  # not one rectangle with a side moved
                out.append(r)
        return [(round(2 * y0), round(2 * y1), round(2 * x0), round(2 * x1)) for y0, y1, x0, x1 in out]


def _border_points(frames: np.ndarray, axis: int) -> np.ndarray:
    """Where a side of an inset may pass between the pixels either side along ``axis`` (2: a vertical side,
    1: a horizontal one): a persistent edge or a temporal break. (h, w) booleans."""
    n = len(frames)
    a = frames.take(np.arange(0, frames.shape[axis] - 2), axis=axis)
    b = frames.take(np.arange(2, frames.shape[axis]), axis=axis)
    persistent = (np.abs(b - a) > EDGE_STEP).mean(axis=0) > PERSISTENT
    da, db = a - a.mean(axis=0), b - b.mean(axis=0)
    va, vb = (da * da).sum(axis=0) / n, (db * db).sum(axis=0) / n
    corr = (da * db).sum(axis=0) / n / np.sqrt(np.maximum(va, 1e-6) * np.maximum(vb, 1e-6))
    broken = (1.0 - corr > BREAK) & (va >= STILL) & (vb >= STILL)
    # a break only where the pixels on at least one side change together (noise-like texture, film grain or
    # grass, changes independently everywhere: no side to find there)
    near = SIDE_GAP
    side = np.full_like(corr, -1.0)
    lo = [slice(None)] * 2
    hi = [slice(None)] * 2
    lo[axis - 1], hi[axis - 1] = slice(near, None), slice(None, -near)
    side[tuple(lo)] = np.maximum(side[tuple(lo)], corr[tuple(hi)])  # the pair ``near`` before
    side[tuple(hi)] = np.maximum(side[tuple(hi)], corr[tuple(lo)])  # the pair ``near`` after
    broken &= side - corr > COHERENT
    inner = persistent | broken
    pad = [(0, 0), (0, 0)]
    pad[axis - 1] = (1, 1)
    return np.pad(inner, pad)


def _sides(points: np.ndarray, min_len: float, n: int = 16) -> list[tuple[float, int, int]]:
    """Candidate sides in a map of border points: per column, its longest vertical run (a point in the column
    or either neighbour counts, gaps of up to 4 px are bridged); the ``n`` longest of at least ``min_len``,
    at least 5 columns apart, as (boundary, first row, end row).

    A side between columns k - 1 and k marks both (each point compares the pixels either side of it), and the
    neighbour rule widens that to k - 2 .. k + 1: the boundary is the middle of the columns whose run is as long as
    the longest, plus a half (it lies between two columns). Taking the first such column instead put every side
    1-2 columns (2-4 pixels of the residual) too far up or left, which is most of a cell of a half-size inset."""
    m = points.copy()
    m[:, 1:] |= points[:, :-1]
    m[:, :-1] |= points[:, 1:]
    m = cv2.morphologyEx(m.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((5, 1), np.uint8)) > 0
    h, w = m.shape
    best = np.zeros(w, np.int32)
    start = np.zeros(w, np.int32)
    run = np.zeros(w, np.int32)
    for y in range(h):
        run = np.where(m[y], run + 1, 0)
        longer = run > best
        best = np.where(longer, run, best)
        start = np.where(longer, y - run + 1, start)
    out: list[tuple[float, int, int]] = []
    taken: list[int] = []  # the columns chosen (the spacing rule is on columns, not on the boundaries placed)
    for x in np.argsort(-best, kind="stable"):
        if best[x] < min_len or len(out) >= n:
            break
        if all(abs(int(x) - c) > 4 for c in taken):
            taken.append(int(x))
            lo = hi = int(x)
            while lo > 0 and best[lo - 1] >= best[x]:
                lo -= 1
            while hi < w - 1 and best[hi + 1] >= best[x]:
                hi += 1
            out.append(((lo + hi) / 2 + 0.5, int(start[x]), int(start[x] + best[x])))
    return out


def _overlap(a: int, b: int, lo: int, hi: int) -> float:
    """Share of the stretch lo..hi covered by the run a..b."""
    return max(0, min(b, hi) - max(a, lo)) / max(1, hi - lo)


def _iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """Intersection over union of two (top, bottom, left, right) rectangles."""
    h = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    w = max(0, min(a[3], b[3]) - max(a[2], b[2]))
    inter = h * w
    return inter / ((a[1] - a[0]) * (a[3] - a[2]) + (b[1] - b[0]) * (b[3] - b[2]) - inter)


INSET_MARGIN = 4  # residual pixels left out inside an inset's border (the border itself carries no mark)
PLACEMENT = 3.0  # residual pixels a proposed side may be off by (placed to within 2, measured up to 4 on insets)


def inset_interior(acc: np.ndarray, rectangle: tuple[int, int, int, int]) -> np.ndarray:
    """The residual inside ``rectangle``'s border band, cut out: for the lattice tests and the period search, which a
    zeroed band (``inset_view``) would mislead into seeing a fine grid."""
    top, bottom, left, right = rectangle
    m = INSET_MARGIN
    return np.ascontiguousarray(acc[top + m:bottom - m, left + m:right - m])


def inset_view(acc: np.ndarray, rectangle: tuple[int, int, int, int]) -> np.ndarray:
    """The residual inside ``rectangle`` (top, bottom, left, right), its border band zeroed. The view starts at
    the rectangle's corner, so a marked frame shown whole there has its tile's origin at the view's: the alignment
    to try first (``sync.corner_shifts``)."""
    top, bottom, left, right = rectangle
    v = np.array(acc[top:bottom, left:right], dtype=acc.dtype)
    m = INSET_MARGIN
    v[:m] = 0.0
    v[-m:] = 0.0
    v[:, :m] = 0.0
    v[:, -m:] = 0.0
    return v


def inset_period(rectangle: tuple[int, int, int, int]) -> float:
    """The tile period, in the same pixels, of a marked frame shown whole inside ``rectangle`` (top, bottom, left,
    right): its height holds CELLS_PER_HEIGHT / TILE_CELLS tiles."""
    return (rectangle[1] - rectangle[0]) * TILE_CELLS / CELLS_PER_HEIGHT


def rectangle_of_period(rectangles: list[tuple[int, int, int, int]], period: float,
                        tolerance: float = 0.03) -> tuple[int, int, int, int] | None:
    """The first proposed rectangle that a marked frame shown whole at ``period`` would fill (to within
    ``tolerance``): where a clip found at a reduced scale is shown, when the whole frame decoded without the inset
    being cut out first (a strong mark decodes through the rest of the picture)."""
    for rect in rectangles:
        expected = inset_period(rect)
        if abs(period - expected) <= tolerance * expected:
            return rect
    return None
