"""A lead measured, not shipped: the latent generators' temporal grid as passive evidence.

Latent video generators decode groups of frames from one latent (Wan 2.1, CogVideoX, HunyuanVideo, Cosmos: 4 frames
per latent step; LTX-Video 8), and the frame-to-frame change of the high-pass residual jumps at every group
boundary (seen plainly in the Wan clips kept at their native 16 fps: a spike every 4th frame). Camera sensor noise
has no such grid. The statistic: the mean absolute change of the high-pass residual (luma minus a Gaussian blur,
sigma 1 px) between consecutive frames, on the central 256 x 256 pixels, for up to 200 frames; cut into cycles of
P frames (P = 4 and 8), the phase that is each cycle's largest is counted, and the count is turned into a p-value
under the null that every phase is equally likely to be the largest (binomial tail, times P phases; the smaller
p of the two periods is reported).

    python -m bench.latent_grid [--corpus ../shared/detector-corpus --corpus ../extra-corpus] [--frames 200]

Prints, per threshold, how many camera and generated clips fall below it, and per generator family how many clips
are below 1e-4. The null is wrong for camera material with a periodic structure of its own (a keyframe every 12
frames, frames repeated by a rate conversion), which is why this stays a measurement (docs/detector.md).
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import cv2
import numpy as np

from bench.common import CORPUS
from clipseal import media
from detector.samples import Clip, corpus_clips

PERIODS = (4, 8)
CROP = 256


def residual_changes(path: Path, frames: int) -> np.ndarray:
    """Mean absolute change of the high-pass residual between consecutive frames (central crop)."""
    out, prev = [], None
    for i, frame in enumerate(media.read_frames(path)):
        if i >= frames:
            break
        grey = cv2.cvtColor(frame.image, cv2.COLOR_BGR2GRAY)
        h, w = grey.shape
        top, left = max(0, h // 2 - CROP // 2), max(0, w // 2 - CROP // 2)
        y = grey[top:top + CROP, left:left + CROP].astype(np.float32)
        hp = y - cv2.GaussianBlur(y, (0, 0), 1.0)
        if prev is not None and prev.shape == hp.shape:
            out.append(float(np.mean(np.abs(hp - prev))))
        prev = hp
    return np.array(out)


def grid_p_value(changes: np.ndarray, period: int) -> float:
    """P-value of the most frequent largest phase over the cycles of ``period`` frames (1.0 under 3 cycles)."""
    cycles = len(changes) // period
    if cycles < 3:
        return 1.0
    largest = np.argmax(changes[:cycles * period].reshape(cycles, period), axis=1)
    k = int(np.bincount(largest, minlength=period).max())
    q = 1.0 / period
    tail = sum(math.comb(cycles, j) * q ** j * (1 - q) ** (cycles - j) for j in range(k, cycles + 1))
    return min(1.0, period * tail)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", default=None, help="a corpus folder with manifest.csv (repeatable)")
    ap.add_argument("--frames", type=int, default=200)
    args = ap.parse_args(argv)
    clips: list[Clip] = []
    for root in args.corpus or [str(CORPUS)]:
        clips += corpus_clips(root)
    rows = []
    for clip in clips:
        changes = residual_changes(clip.path, args.frames)
        rows.append((clip, min(grid_p_value(changes, p) for p in PERIODS)))
    camera = [p for c, p in rows if not c.synthetic]
    generated = [p for c, p in rows if c.synthetic]
    print("| p-value below | camera clips | generated clips |")
    print("|---|---|---|")
    for threshold in (1e-2, 1e-3, 1e-4, 1e-5, 1e-6):
        print(f"| {threshold:g} | {sum(p < threshold for p in camera)}/{len(camera)} | "
              f"{sum(p < threshold for p in generated)}/{len(generated)} |")
    print()
    print("| family | clips | below 1e-4 | smallest p |")
    print("|---|---|---|---|")
    families: dict[str, list[float]] = {}
    for clip, p in rows:
        families.setdefault(clip.family, []).append(p)
    for family, ps in sorted(families.items()):
        print(f"| {family} | {len(ps)} | {sum(p < 1e-4 for p in ps)} | {min(ps):.1e} |")


if __name__ == "__main__":
    main()
