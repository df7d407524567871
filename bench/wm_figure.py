"""Make docs/img/watermark_difference.png: a real frame, the marked frame, and the difference x20.

    .venv/bin/python -m bench.wm_figure
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from bench.common import real_clip
from clipseal import media
from provenance import watermark as wm

DOCS = Path(__file__).resolve().parent.parent / "docs" / "img"


def main() -> None:
    clip = real_clip(720, 6)
    key = wm.WatermarkKey(bytes(range(32)))
    planes, w, h, _ = list(media.yuv_frames(clip))[60]
    emb = wm.Embedder(key, bytes.fromhex("0123456789abcdef"), w, h)
    for _ in range(8):  # let the informed-embedding correction settle as it does over a clip
        emb.embed_luma(planes[:h])
    marked = planes.copy()
    marked[:h] = emb.embed_luma(planes[:h])
    rgb_a = media.yuv420p_to_rgb(planes)
    rgb_b = media.yuv420p_to_rgb(marked)
    diff = np.clip((marked[:h].astype(np.float32) - planes[:h]) * 20 + 128, 0, 255).astype(np.uint8)
    # a dark version of the same frame (brightness x0.25), to show the mask backing off in the dark
    dark = (planes[:h].astype(np.float32) * 0.25 + 16 * 0.75).astype(np.uint8)
    dark_diff = np.clip((emb.embed_luma(dark).astype(np.float32) - dark) * 20 + 128, 0, 255).astype(np.uint8)
    crop = (slice(200, 520), slice(400, 968))
    tiles = [rgb_a[crop], rgb_b[crop], cv2.cvtColor(diff[crop], cv2.COLOR_GRAY2RGB),
             cv2.cvtColor(dark_diff[crop], cv2.COLOR_GRAY2RGB)]
    labels = ["original (crop)", "marked", "difference x20", "difference x20, same frame darkened"]
    out = []
    for img, text in zip(tiles, labels):
        img = img.copy()
        cv2.putText(img, text, (10, 28), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (255, 255, 255), 3, cv2.LINE_AA)
        cv2.putText(img, text, (10, 28), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (0, 0, 0), 1, cv2.LINE_AA)
        out.append(img)
    grid = np.vstack([np.hstack(out[:2]), np.hstack(out[2:])])
    DOCS.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(DOCS / "watermark_difference.png"), cv2.cvtColor(grid, cv2.COLOR_RGB2BGR))
    print(DOCS / "watermark_difference.png")


if __name__ == "__main__":
    main()
