"""Does the embedded model follow captions it never saw? Colour, shape and motion, measured with OpenCV.

    python -m bench.caption_bench [--model generator/default_model] [--seeds 2]

Prompts are the (colour, shape, motion) triples held out of training (``generator.captions.held_out``), on
random backgrounds. Each is generated at the model's native 64x64 (16 frames), then measured: the object is
what differs from the frame border's colour; its mean colour is matched to the palette, its shape read from
how much of its bounding box it fills, its motion from the centroid track and the area trend. The same
measurement is first run on rendered ground-truth clips, so the table also shows how far the ruler itself can
be trusted. Two more columns say where a miss comes from: the same renders after a round trip through the
model's own VAE (the best the model could draw: what the latent space keeps), and as many prompts of triples
that were seen in training (following vs generalising).
"""

from __future__ import annotations

import argparse
import time

import cv2
import numpy as np

from generator import captions
from generator.procedural import COLOURS, object_clip

MEASURED_MOTIONS = ("left", "right", "up", "down", "growing", "shrinking")


def object_mask(frame: np.ndarray) -> np.ndarray:
    border = np.concatenate([frame[0], frame[-1], frame[:, 0], frame[:, -1]]).astype(np.float32)
    bg = np.median(border, axis=0)
    dist = np.linalg.norm(frame.astype(np.float32) - bg, axis=2)
    mask = (dist > 60).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask)
    if n <= 1:
        return np.zeros_like(mask, bool)
    biggest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    return labels == biggest


def measure(frames: np.ndarray) -> dict:
    """colour, shape and motion of the main object of a clip (N x H x W x 3 RGB)."""
    masks = [object_mask(f) for f in frames]
    areas = np.array([m.sum() for m in masks], float)
    ok = areas >= 6
    if ok.sum() < len(frames) // 2:
        return {"colour": None, "shape": None, "motion": None}
    pixels = np.concatenate([f[m] for f, m in zip(frames, masks) if m.sum() >= 6]).astype(np.float32)
    mean = pixels.mean(axis=0)
    colour = min(captions.OBJECT_COLOURS, key=lambda c: np.linalg.norm(mean - np.array(COLOURS[c])))
    extents = []
    for m in masks:
        if m.sum() < 12:
            continue
        ys, xs = np.nonzero(m)
        box = (xs.max() - xs.min() + 1) * (ys.max() - ys.min() + 1)
        extents.append(m.sum() / box)
    extent = float(np.median(extents)) if extents else 0.0
    shape = "square" if extent > 0.88 else "circle" if extent > 0.66 else "triangle"
    idx = np.nonzero(ok)[0]
    cents = np.array([[np.nonzero(masks[i])[1].mean(), np.nonzero(masks[i])[0].mean()] for i in idx])
    half = len(idx) // 2
    dx, dy = cents[half:].mean(0) - cents[:half].mean(0)
    grow = np.log(areas[idx][half:].mean() / areas[idx][:half].mean())
    size = np.sqrt(areas[idx].mean())
    if abs(grow) > 0.35 and np.hypot(dx, dy) < 0.5 * size:
        motion = "growing" if grow > 0 else "shrinking"
    elif abs(dx) >= abs(dy):
        motion = "right" if dx > 0 else "left"
    else:
        motion = "down" if dy > 0 else "up"
    return {"colour": colour, "shape": shape, "motion": motion}


def prompts(seeds: int, held: bool = True) -> list[dict]:
    """Benchmark prompts: the held-out triples (``held``), or as many triples seen in training."""
    out = []
    rng = np.random.default_rng(1234 if held else 4321)
    for colour in captions.OBJECT_COLOURS:
        for shape in captions.SHAPE_WORDS:
            for motion in MEASURED_MOTIONS:
                if captions.held_out(colour, shape, motion) != held:
                    continue
                for s in range(seeds):
                    bgs = [b for b in captions.BACKGROUNDS if captions.allowed_background(colour, b)]
                    bg = str(rng.choice(bgs))
                    out.append({"colour": colour, "shape": shape, "motion": motion, "background": bg, "seed": s,
                                "prompt": captions.object_caption(colour, shape, motion, bg, rng)})
    if not held:  # as many as the held-out set, spread over all seen triples
        n = len(prompts(seeds, held=True))
        out = [out[i] for i in sorted(rng.choice(len(out), n, replace=False))]
    return out


def vae_round_trip(vae, clip: np.ndarray) -> np.ndarray:
    """Encode and decode a rendered clip with the model's own VAE: what the model could draw at best."""
    import torch

    from generator.train_default import to_model

    x = to_model(torch.from_numpy(clip)[None])
    with torch.no_grad():
        y = vae.decode(vae.encode(x).latent_dist.mode()).sample
    return ((y[0].permute(1, 2, 3, 0).clamp(-1, 1) + 1) * 127.5).round().byte().numpy()


def main(argv: list[str] | None = None) -> None:
    from generator import ltx
    from generator.models import load_model
    from generator.tiny_ltx import SIZE

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="generator/default_model")
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("--guidance", type=float, default=ltx.GUIDANCE, help="classifier-free guidance scale")
    args = ap.parse_args(argv)
    items = prompts(args.seeds)
    seen = prompts(args.seeds, held=False)
    model = load_model(args.model, device="cpu")
    keys = ("colour", "shape", "motion")
    # The ruler on ground truth: the same prompts rendered procedurally (17 frames: the VAE's clip length),
    # and the same renders after a round trip through the model's VAE (the best the model can draw).
    truth_hits, vae_hits = dict.fromkeys(keys, 0), dict.fromkeys(keys, 0)
    for i, it in enumerate(items):
        clip = object_clip(it["colour"], it["shape"], it["motion"], it["background"], 17, SIZE,
                           np.random.default_rng(i))
        for hits, frames in ((truth_hits, clip[:16]), (vae_hits, vae_round_trip(model.pipeline.vae, clip)[:16])):
            got = measure(frames)
            for k in keys:
                hits[k] += got[k] == it[k]
    times = []
    failures = []

    def run(batch: list[dict], record: bool) -> dict:
        hits = dict.fromkeys(keys, 0)
        for it in batch:
            runner = ltx.WindowRunner(model, it["prompt"], seed=it["seed"], guidance=args.guidance)
            t = time.perf_counter()
            frames = np.stack(list(ltx.forward(runner, 16)))
            if record:
                times.append(time.perf_counter() - t)
            got = measure(frames)
            for k in keys:
                hits[k] += got[k] == it[k]
            if record and any(got[k] != it[k] for k in keys):
                failures.append((it["prompt"], got))
        return hits

    hits = run(items, record=True)
    seen_hits = run(seen, record=False)
    n = len(items)
    print(f"\nCaption following on {n} held-out prompts ({args.seeds} seeds each), model {args.model}\n")
    print("| measure | generated, held-out triples | generated, triples seen in training | "
          "VAE round trip of the rendered truth | rendered truth (ruler check) | target |")
    print("|---|---|---|---|---|---|")
    for k in keys:
        print(f"| {k} | {hits[k] / n:.0%} ({hits[k]}/{n}) | {seen_hits[k] / len(seen):.0%} | "
              f"{vae_hits[k] / n:.0%} | {truth_hits[k] / n:.0%} | >= 80% |")
    print(f"\nGeneration of one 16-frame 64x64 clip on CPU ({ltx.STEPS} steps, guidance {args.guidance}): median "
          f"{np.median(times):.2f} s, max {max(times):.2f} s (target <= 15 s)")
    for prompt, got in failures[:12]:
        print(f"  missed: {prompt!r} -> {got}")


if __name__ == "__main__":
    main()
