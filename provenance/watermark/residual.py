"""What the detector looks at: a frame's high-passed luma residual at a bounded size (weighted by local texture:
``detection_residual``), and the residual folded onto one tile. The embedder estimates what the detector will read
with the same steps less the texture weighting (``prepare``): close, not exact; see ``detection_residual``."""

from __future__ import annotations

import cv2
import numpy as np

DETECT_LINES = 360  # residuals are computed at most this many lines high
DETECT_TILE = 64  # detection tile: 16 cells of 4 px

_EDGE_KERNEL = np.ones((5, 5), np.uint8)


def shrink(y: np.ndarray) -> np.ndarray:
    """Luma at most DETECT_LINES high (the size the detector works at)."""
    h, w = y.shape
    if h > DETECT_LINES:
        y = cv2.resize(y, (round(w * DETECT_LINES / h), DETECT_LINES), interpolation=cv2.INTER_AREA)
    return y


def prepare(y: np.ndarray) -> np.ndarray:
    """Luma -> high-passed, clipped residual at most DETECT_LINES high."""
    return residual(shrink(y))


def residual(y: np.ndarray) -> np.ndarray:
    """Luma already at the detection size (``shrink``) -> high-passed, clipped residual."""
    f = y.astype(np.float32)
    r = f - cv2.GaussianBlur(f, (0, 0), 3.0)
    # Letterbox and pillarbox bars carry no mark, and their edges (long straight lines) would swamp the
    # correlation: zero the bars and a margin around them. Very strong edges are left out too.
    top, bottom, left, right = bars(f)
    m = 6
    if top:
        r[: top + m] = 0.0
    if bottom:
        r[max(0, r.shape[0] - bottom - m):] = 0.0
    if left:
        r[:, : left + m] = 0.0
    if right:
        r[:, max(0, r.shape[1] - right - m):] = 0.0
    strong = (np.abs(r) > 30.0).astype(np.uint8)
    if strong.any():
        r[cv2.dilate(strong, _EDGE_KERNEL) > 0] = 0.0
    np.clip(r, -5.0, 5.0, out=r)
    return r


def detection_residual(y: np.ndarray) -> np.ndarray:
    """The residual the detector sums: ``residual`` divided by its local RMS (over 9 x 9 pixels, with a floor of
    one grey level), so that textured areas, where content swamps the mark, count less and smooth areas more. The
    mark is weak everywhere (about a grey level); the content's residual varies from nothing on a wall to tens of
    levels in foliage, and an unweighted sum lets the foliage decide. (The embedder's estimate of what the detector
    will read keeps the plain residual: a close approximation.)"""
    r = residual(y)
    local = cv2.blur(r * r, (9, 9))
    r *= 1.0 / np.sqrt(local + 1.0)
    return r


def bars(f: np.ndarray, level: float = 40.0, flat: float = 4.0) -> tuple[int, int, int, int]:
    """Widths of uniform dark bars at the top, bottom, left and right of a luma frame."""
    def run(means: np.ndarray, stds: np.ndarray) -> int:
        dark = (means < level) & (stds < flat)
        n = int(np.argmin(dark)) if not dark.all() else len(dark)
        return n if n >= 2 else 0
    rm, rs = f.mean(axis=1), f.std(axis=1)
    cm, cs = f.mean(axis=0), f.std(axis=0)
    return run(rm, rs), run(rm[::-1], rs[::-1]), run(cm, cs), run(cm[::-1], cs[::-1])


def fold(acc: np.ndarray, period: float) -> np.ndarray:
    """Resample so the period is DETECT_TILE pixels, then sum all tiles into one."""
    scale = DETECT_TILE / period
    h, w = acc.shape
    nh, nw = max(DETECT_TILE, round(h * scale)), max(DETECT_TILE, round(w * scale))
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    r = cv2.resize(acc, (nw, nh), interpolation=interp)
    ph, pw = -nh % DETECT_TILE, -nw % DETECT_TILE
    r = np.pad(r, ((0, ph), (0, pw)))
    folded = r.reshape(r.shape[0] // DETECT_TILE, DETECT_TILE, r.shape[1] // DETECT_TILE,
                       DETECT_TILE).sum(axis=(0, 2))
    # Row and column means carry borders and horizontal/vertical structure, almost no watermark.
    folded -= folded.mean(axis=1, keepdims=True)
    folded -= folded.mean(axis=0, keepdims=True)
    return folded


def robust_sigma(x: np.ndarray) -> np.ndarray | float:
    """Spread of zero-centred values along the last axis, robust to the few strong ones (1.4826 x median
    absolute value: the standard deviation for Gaussian noise)."""
    return 1.4826 * np.median(np.abs(x), axis=-1) + 1e-12
