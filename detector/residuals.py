"""What the passive model looks at: noise residuals of luma patches at the clip's native resolution, now and a
tenth of a second earlier.

Three planes per 64 x 64 patch, from 8-bit luma, all three divided by the RMS of the first (plus a floor) and
clipped: the *level* of noise is left out on purpose. It says more about the source format than about synthesis
(the public generator samples were mostly dithered GIFs, whose residuals are four times a camera clip's), while
the *relations* between the planes stay: how much of the residual survives a 2 x 2 average, and how much of it is
new a tenth of a second later.

* **high-pass residual**: the frame minus a Gaussian blur (sigma 1): sensor noise, fine texture, ringing;
* **up-sampling residual** (NPR, "Rethinking the up-sampling operations in CNN-based generative network",
  CVPR 2024): the frame minus the nearest-neighbour up-sampling of its 2 x 2 means; a decoder that up-samples
  leaves correlated neighbours inside each 2 x 2 cell;
* **temporal residual difference**: the high-pass residual minus the same patch's residual ``GAP_S`` earlier.
  Camera sensor noise is independent from frame to frame; a generator's fine texture follows the content or
  repeats. The gap is a fixed time, not a frame count, so a 9 fps generator clip and a 30 fps camera clip are
  compared over the same interval (frame rate is one of the confounds of public sample material). A repeated
  picture is skipped (``before_index``): an 8 fps clip converted to 25 fps by repeating frames, as platforms do,
  must not look like a still camera.

Patches are taken from the central part of the frame (logos, captions and letterbox bars sit at the edges) at
even coordinates (the 2 x 2 cells then line up with the frame's).
"""

from __future__ import annotations

import cv2
import numpy as np

PATCH = 64
GAP_S = 0.1
MAX_GAP_S = 0.4  # how far back to look for a frame that is not a repeat of the current one
REPEAT_EPS = 0.5  # mean absolute luma difference under which two frames count as the same picture
CHANNELS = 3
FLOOR = 0.5  # added to the patch's residual RMS (0-255 scale) before dividing: flat patches are not amplified
CLIP = 4.0
MARGIN = 0.1  # fraction of the frame kept out at each edge


def _highpass(y: np.ndarray) -> np.ndarray:
    return y - cv2.GaussianBlur(y, (0, 0), 1.0)


def _npr(y: np.ndarray) -> np.ndarray:
    h, w = y.shape
    m = y[: h // 2 * 2, : w // 2 * 2].reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    up = np.repeat(np.repeat(m, 2, axis=0), 2, axis=1)
    out = np.zeros_like(y)
    out[: up.shape[0], : up.shape[1]] = y[: up.shape[0], : up.shape[1]] - up
    return out


PAD = 4  # context around a patch for the blur, so its edges see real neighbours


def crop(luma: np.ndarray, x: int, y: int) -> np.ndarray:
    """The (PATCH + 2 PAD)-square around the patch at (x, y), edge pixels repeated where the frame ends."""
    h, w = luma.shape
    top, left = y - PAD, x - PAD
    size = PATCH + 2 * PAD
    if top >= 0 and left >= 0 and top + size <= h and left + size <= w:
        return luma[top:top + size, left:left + size]
    ys = np.clip(np.arange(top, top + size), 0, h - 1)
    xs = np.clip(np.arange(left, left + size), 0, w - 1)
    return luma[np.ix_(ys, xs)]


def patch_planes(now: np.ndarray, before: np.ndarray | None) -> np.ndarray:
    """The three planes of one patch from ``crop``s of luma now and GAP_S earlier: (3, PATCH, PATCH)."""
    y = now.astype(np.float32)
    hp = _highpass(y)
    inner = slice(PAD, PAD + PATCH)
    planes = np.empty((CHANNELS, PATCH, PATCH), np.float32)
    planes[0] = hp[inner, inner]
    planes[1] = _npr(y[inner, inner])
    planes[2] = (hp - _highpass(before.astype(np.float32)))[inner, inner] if before is not None else 0.0
    planes /= float(np.sqrt(np.mean(planes[0] ** 2))) + FLOOR
    np.clip(planes, -CLIP, CLIP, out=planes)
    return planes


def _central(width: int, height: int) -> tuple[int, int, int, int]:
    """The range of patch corners inside the central part of a frame (the whole frame when that is too small)."""
    x0, x1 = int(width * MARGIN), int(width * (1 - MARGIN)) - PATCH
    y0, y1 = int(height * MARGIN), int(height * (1 - MARGIN)) - PATCH
    if x1 < x0:
        x0, x1 = 0, max(0, width - PATCH)
    if y1 < y0:
        y0, y1 = 0, max(0, height - PATCH)
    return x0, x1, y0, y1


def patch_grid(width: int, height: int, count: int) -> list[tuple[int, int]]:
    """``count`` fixed patch corners spread over the central part of a frame (even coordinates)."""
    x0, x1, y0, y1 = _central(width, height)
    cols = max(1, int(round(np.sqrt(count * max(1, x1 - x0 + PATCH) / max(1, y1 - y0 + PATCH)))))
    rows = max(1, int(np.ceil(count / cols)))
    xs = np.linspace(x0, x1, cols) if cols > 1 else [(x0 + x1) / 2]
    ys = np.linspace(y0, y1, rows) if rows > 1 else [(y0 + y1) / 2]
    grid = [(int(x) // 2 * 2, int(y) // 2 * 2) for y in ys for x in xs]
    return [grid[int(round(i))] for i in np.linspace(0, len(grid) - 1, min(count, len(grid)))]


def random_corners(width: int, height: int, count: int, rng: np.random.Generator) -> list[tuple[int, int]]:
    """Random patch corners in the central part (training)."""
    x0, x1, y0, y1 = _central(width, height)
    return [(int(rng.integers(x0, x1 + 1)) // 2 * 2, int(rng.integers(y0, y1 + 1)) // 2 * 2) for _ in range(count)]


def fits(width: int, height: int) -> bool:
    return width >= PATCH and height >= PATCH


def before_index(times: list[float] | np.ndarray, i: int, differs) -> int | None:
    """The frame to compare frame ``i`` with: the one nearest to GAP_S earlier, among those up to MAX_GAP_S
    earlier that are not a repeat of frame ``i`` (``differs(j)``: frame j is a different picture); None when
    there is none."""
    t = times[i]
    candidates = [j for j in range(i - 1, -1, -1) if t - times[j] <= MAX_GAP_S + 1e-6]
    for j in sorted(candidates, key=lambda j: abs((t - times[j]) - GAP_S)):
        if differs(j):
            return j
    return None


def repeats(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two luma crops (or frames) show the same picture, up to compression noise."""
    return float(np.mean(np.abs(a.astype(np.int16) - b.astype(np.int16)))) < REPEAT_EPS
