"""Training material for the passive model: clips with their labels and groups, their platform-like variants,
and the residual patches cut from them.

A clip's **family** is what a held-out evaluation leaves out together: a generator (AnimateDiff, Open-Sora...) for
generated clips, a source (one repository's footage, one camera) for camera clips. Variants equalise what has
nothing to do with synthesis (see ``../shared/detector-corpus/README.md`` for the numbers): a **GIF round trip**
(256-colour palette with dithering, at about 10 fps) for camera clips and for generated clips that were not GIFs
(68% of the public generator samples were, 4% of the camera ones), a **downscale** to the small sizes generators
produce (shorter side 256-480), an **upscale** (1.5-2.5x, at most 1280 wide: small generator output shown
large, SD camera footage shown in HD, so that up-sampled detail says nothing either way), and a **hard re-encode**
(CRF 30-35). Every variant is re-encoded with x264 as the corpus itself was.
"""

from __future__ import annotations

import csv
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from clipseal import media
from clipseal.errors import BadInputError
from detector.residuals import GAP_S, before_index, crop, fits, patch_planes, random_corners, repeats

SAMPLE_S = 0.2  # time between sampled frames (inference and training alike)
PATCHES_PER_FRAME = 4
MAX_TIMES = 20  # sampled frames per clip variant in training
VARIANTS = ("original", "gif", "small", "up", "crf")
RECIPE = "clipseal-patches/4"


@dataclass(frozen=True)
class Clip:
    path: Path
    synthetic: bool
    family: str  # held out together
    source: str  # repository or folder it came from
    gif: bool = False  # its source was an animated GIF
    doubtful: bool = False


def corpus_clips(root: str | os.PathLike) -> list[Clip]:
    """The clips of a corpus folder with a ``manifest.csv`` (as ../shared/detector-corpus): family = file prefix
    for generators (gen2, modelscope and zeroscope share prompts with Show-1, so they go out with it), = source
    repository group for camera clips."""
    root = Path(root)
    manifest = root / "manifest.csv"
    if not manifest.is_file():
        raise BadInputError(f"{root}: no manifest.csv")
    out = []
    with open(manifest, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            path = root / row["file"]
            if not path.is_file():
                continue
            prefix = Path(row["file"]).name.split("_", 1)[0]
            synthetic = row["label"] == "ai"
            family = ("show1" if prefix in ("gen2", "modelscope", "zeroscope") else prefix) if synthetic \
                else f"camera:{prefix}"
            out.append(Clip(path, synthetic, family, row["repo"], row["source_format"].startswith("gif"),
                            row.get("notes", "").startswith("DOUBTFUL")))
    return out


def folder_clips(real_dir: str | os.PathLike, synthetic_dir: str | os.PathLike) -> list[Clip]:
    """Clips of a user's two folders; a clip's family is its sub-folder (or, at the top, its file name's prefix
    before "_"), so clips of one camera or generator go out together."""
    out = []
    for folder, synthetic in ((Path(real_dir), False), (Path(synthetic_dir), True)):
        if not folder.is_dir():
            raise BadInputError(f"{folder}: not a folder")
        files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in media.VIDEO_SUFFIXES and p.is_file())
        if not files:
            raise BadInputError(f"{folder}: no video files ({', '.join(sorted(media.VIDEO_SUFFIXES))})")
        for p in files:
            rel = p.relative_to(folder)
            group = rel.parts[0] if len(rel.parts) > 1 else p.stem.split("_", 1)[0]
            family = group if synthetic else f"camera:{group}"
            out.append(Clip(p, synthetic, family, str(folder / rel.parts[0]) if len(rel.parts) > 1 else str(folder)))
    return out


def variants_for(clip: Clip) -> tuple[str, ...]:
    """Which variants a clip is seen in: every clip in all but the GIF round trip, which GIF-sourced clips have had
    already (the downscale leaves a clip already small at its size: a second x264 pass)."""
    return tuple(v for v in VARIANTS if not (v == "gif" and clip.gif))


def _gif_frame(rgb: np.ndarray) -> np.ndarray:
    from PIL import Image

    img = Image.fromarray(rgb).quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.FLOYDSTEINBERG)
    return np.asarray(img.convert("RGB"))


def make_variant(clip: Clip, kind: str, workdir: Path, rng: np.random.Generator) -> Path:
    """``clip`` after a platform- or corpus-like transformation, re-encoded with x264 (written under workdir)."""
    if kind == "original":
        return clip.path
    info = media.probe(clip.path)
    w, h = info.width, info.height
    out = workdir / f"{clip.path.stem}.{kind}.mp4"
    rate = info.frame_rate
    step = 1
    if kind == "gif":
        step = max(1, int(round(info.fps / 10.0)))  # GIF samples run at about 10 fps
        rate = info.frame_rate / step
    size = (w, h)
    if kind == "small":
        short = int(rng.integers(256, 481))
        if min(w, h) > short:
            f = short / min(w, h)
            size = (max(2, int(w * f) // 2 * 2), max(2, int(h * f) // 2 * 2))
    if kind == "up":
        f = min(float(rng.uniform(1.5, 2.5)), 1280 / w, 1280 / h)
        if f > 1.05:
            size = (max(2, int(w * f) // 2 * 2), max(2, int(h * f) // 2 * 2))
    crf = int(rng.integers(30, 36)) if kind == "crf" else 23

    def frames():
        for i, f in enumerate(media.read_frames(clip.path)):
            if i % step:
                continue
            img = f.image
            if size != (w, h):
                img = cv2.resize(img, size, interpolation=cv2.INTER_AREA if size[0] < w else cv2.INTER_CUBIC)
            if kind == "gif":
                img = _gif_frame(img)
            yield np.ascontiguousarray(img)
    media.write_video(out, frames(), rate, crf=crf, preset="veryfast")
    return out


def clip_patches(path: Path, rng: np.random.Generator, max_times: int = MAX_TIMES,
                 per_frame: int = PATCHES_PER_FRAME) -> np.ndarray:
    """Residual patches of a clip: up to ``max_times`` frames every SAMPLE_S (from a random start), each with the
    frame about GAP_S earlier that is not a repeat of it, ``per_frame`` random patches each: (n, 3, 64, 64)
    float16."""
    info = media.probe(path)
    if not fits(info.width, info.height):
        raise BadInputError(f"{path}: frames smaller than the 64 x 64 patches")
    frames = [(f.time_s, f.image) for f in media.read_frames(path, pixel_format="gray")]
    if len(frames) < 2:
        raise BadInputError(f"{path}: fewer than two frames")
    times = np.array([t for t, _ in frames])
    start = times[0] + GAP_S + rng.uniform(0, SAMPLE_S)
    wanted = np.arange(start, times[-1] + 1e-6, SAMPLE_S)[:max_times]
    if len(wanted) == 0:
        wanted = np.array([times[-1]])
    out = []
    for t in wanted:
        i = int(np.argmin(np.abs(times - t)))
        j = before_index(times, i, lambda j: not repeats(frames[j][1], frames[i][1]))
        now, before = frames[i][1], frames[j][1] if j is not None else None
        for x, y in random_corners(info.width, info.height, per_frame, rng):
            out.append(patch_planes(crop(now, x, y), crop(before, x, y) if before is not None else None))
    return np.stack(out).astype(np.float16)


def cache_key(clip: Clip, kind: str, seed: int) -> str:
    st = clip.path.stat()
    h = hashlib.sha256(f"{RECIPE}|{clip.path.resolve()}|{st.st_size}|{st.st_mtime_ns}|{kind}|{seed}".encode())
    return h.hexdigest()[:20]


def patches_for(clip: Clip, kind: str, seed: int, cache: Path | None) -> np.ndarray:
    """Patches of one clip variant, from the cache when present."""
    key = cache_key(clip, kind, seed)
    if cache is not None:
        hit = cache / f"{key}.npy"
        if hit.is_file():
            return np.load(hit)
    rng = np.random.default_rng(int(key[:8], 16))
    with tempfile.TemporaryDirectory(prefix="clipseal-variant-") as tmp:
        x = clip_patches(make_variant(clip, kind, Path(tmp), rng), rng)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        tmp_path = cache / f".{key}.{os.getpid()}.npy"
        np.save(tmp_path, x)
        os.replace(tmp_path, cache / f"{key}.npy")
    return x
