"""The figure in docs/generator.md: frames 0, 3, ..., 15 of the embedded model for four prompts (seed 0).

    python -m bench.generator_samples [--out docs/img/generator_samples.png] [--model DIR]

Each row is one prompt; below the figure the caption benchmark's measurement of each row is printed, so the
text next to the figure can say what the model got right and wrong.
"""

from __future__ import annotations

import argparse

import cv2
import numpy as np

PROMPTS = (
    "a red circle moving left on a green background",
    "the blue box is falling over a white background",
    "a yellow triangle getting bigger against a purple backdrop",
    "a white ball rising on a black background",
)


def main(argv: list[str] | None = None) -> None:
    from bench.caption_bench import measure
    from clipseal.config import DEFAULT_MODEL_DIR
    from generator import ltx
    from generator.models import load_model

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="docs/img/generator_samples.png")
    ap.add_argument("--model", default=str(DEFAULT_MODEL_DIR))
    ap.add_argument("--scale", type=int, default=3)
    args = ap.parse_args(argv)
    model = load_model(args.model, device="cpu")
    rows = []
    for prompt in PROMPTS:
        frames = np.stack(list(ltx.forward(ltx.WindowRunner(model, prompt, seed=0), 16)))
        print(f"{prompt!r}: {measure(frames)}")
        gap = np.full((frames.shape[1], 2, 3), 255, np.uint8)
        rows.append(np.concatenate([x for f in frames[::3] for x in (f, gap)][:-1], axis=1))
    sep = np.full((2, rows[0].shape[1], 3), 255, np.uint8)
    img = np.concatenate([x for r in rows for x in (r, sep)][:-1], axis=0)
    img = cv2.resize(img, None, fx=args.scale, fy=args.scale, interpolation=cv2.INTER_NEAREST)
    cv2.imwrite(args.out, cv2.cvtColor(img, cv2.COLOR_RGB2BGR))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
