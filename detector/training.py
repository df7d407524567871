"""Training the forensic classifier on folders of real and synthetic clips, with a held-out evaluation.

``clipseal detector train --real DIR --synthetic DIR`` calls ``train_from_dirs``. Every clip is also seen after
what platforms do to uploads (H.264 CRF 28 re-encode, 50% downscale, a 80% crop, a 1.5-4x upscale), so the model
does not rely on traces those erase; the upscale also keeps it from taking "upscaled" alone for "generated". The
split into fit and held-out parts is by source clip: no clip contributes to both.
"""

from __future__ import annotations

import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import cv2
import numpy as np

from clipseal import media
from clipseal.errors import BadInputError
from detector.classifier import ForensicClassifier
from detector.features import SegmentCollector

AUGMENTATIONS = ("original", "crf28", "half", "crop", "upscale")


def clip_features(path: str | Path) -> np.ndarray:
    collector = SegmentCollector()
    for f in media.read_frames(path, pixel_format="gray"):
        collector(f.image, f.time_s)
    return collector.finish().matrix()


def augmented(path: Path, kind: str, workdir: Path) -> Path:
    """``path`` after a platform-like transformation (written under ``workdir``)."""
    if kind == "original":
        return path
    out = workdir / f"{path.stem}.{kind}.mp4"
    info = media.probe(path)
    w, h = info.width, info.height
    up = _upscaled_size(path.name, w, h)

    def frames():
        for f in media.read_frames(path):
            img = f.image
            if kind == "half":
                img = cv2.resize(img, (max(2, w // 2 // 2 * 2), max(2, h // 2 // 2 * 2)), interpolation=cv2.INTER_AREA)
            elif kind == "upscale":  # real footage is often shown larger than it was shot (SD archive in HD)
                img = cv2.resize(img, up, interpolation=cv2.INTER_CUBIC)
            elif kind == "crop":
                cw, ch = int(w * 0.8) // 2 * 2, int(h * 0.8) // 2 * 2
                x, y = (w - cw) // 2, (h - ch) // 2
                img = img[y:y + ch, x:x + cw]
            yield np.ascontiguousarray(img)
    media.write_video(out, frames(), info.frame_rate, crf=28 if kind == "crf28" else 23, preset="veryfast")
    return out


def _upscaled_size(name: str, w: int, h: int) -> tuple[int, int]:
    """Even frame size for the upscale augmentation: a factor of 1.5 to 4, fixed per clip (from its name, so
    a rebuild sees the same data), at most 1920x1080."""
    factor = min(1.5 + 2.5 * (zlib.crc32(name.encode()) % 1000) / 1000, 1920 / w, 1080 / h)
    return max(2, round(w * factor / 2) * 2), max(2, round(h * factor / 2) * 2)


def list_videos(folder: str | Path) -> list[Path]:
    d = Path(folder)
    if not d.is_dir():
        raise BadInputError(f"{d}: not a folder")
    files = sorted(p for p in d.rglob("*") if p.suffix.lower() in media.VIDEO_SUFFIXES and p.is_file())
    if not files:
        raise BadInputError(f"{d}: no video files ({', '.join(sorted(media.VIDEO_SUFFIXES))})")
    return files


@dataclass
class Dataset:
    X: np.ndarray
    y: np.ndarray
    groups: np.ndarray  # source clip index
    augmentation: np.ndarray
    files: list[str]


def build_dataset(real: list[Path], synthetic: list[Path], augment: bool = True,
                  log: Callable[[str], None] = print) -> Dataset:
    rows, ys, groups, augs, names = [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="clipseal-train-") as tmp:
        for label, files in ((0, real), (1, synthetic)):
            for path in files:
                gid = len(names)
                names.append(str(path))
                for kind in (AUGMENTATIONS if augment else ("original",)):
                    try:
                        X = clip_features(augmented(path, kind, Path(tmp)))
                    except BadInputError as exc:
                        log(f"skipped {path} ({kind}): {exc}")
                        continue
                    rows.append(X)
                    ys += [label] * len(X)
                    groups += [gid] * len(X)
                    augs += [kind] * len(X)
                log(f"features: {path.name} ({'synthetic' if label else 'real'})")
    if not rows:
        raise BadInputError("no usable clips")
    return Dataset(np.concatenate(rows), np.array(ys), np.array(groups), np.array(augs), names)


def expected_calibration_error(y: np.ndarray, p: np.ndarray, bins: int = 10) -> float:
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(p, edges) - 1, 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        sel = idx == b
        if sel.any():
            ece += sel.mean() * abs(y[sel].mean() - p[sel].mean())
    return float(ece)


def evaluate(clf: ForensicClassifier, data: Dataset, mask: np.ndarray) -> dict:
    from sklearn.metrics import roc_auc_score

    out = {}
    for name, sel in (("all", mask), ("clean", mask & (data.augmentation == "original")),
                      ("re-encoded", mask & np.isin(data.augmentation, ["crf28", "half"]))):
        if sel.sum() == 0 or len(np.unique(data.y[sel])) < 2:
            continue
        p = clf.predict_proba(data.X[sel])[:, 1]
        out[name] = {"segments": int(sel.sum()), "auc": float(roc_auc_score(data.y[sel], p)),
                     "accuracy": float(((p >= 0.5) == data.y[sel]).mean()),
                     "ece": expected_calibration_error(data.y[sel], p)}
    return out


def split_groups(data: Dataset, held_out_fraction: float, seed: int) -> np.ndarray:
    """A held-out mask by source clip, with clips of both classes on both sides."""
    rng = np.random.default_rng(seed)
    held = np.zeros(len(data.y), bool)
    for label in (0, 1):
        g = np.unique(data.groups[data.y == label])
        k = max(1, int(round(len(g) * held_out_fraction))) if len(g) > 1 else 0
        for gid in rng.choice(g, k, replace=False):
            held |= data.groups == gid
    return held


def train_from_dirs(real_dir: str | Path, synthetic_dir: str | Path, out: str | Path,
                    held_out_fraction: float = 0.25, seed: int = 0, log: Callable[[str], None] = print,
                    metadata: dict | None = None) -> dict:
    data = build_dataset(list_videos(real_dir), list_videos(synthetic_dir), log=log)
    held = split_groups(data, held_out_fraction, seed)
    clf = ForensicClassifier(random_state=seed).fit(data.X[~held], data.y[~held], groups=data.groups[~held])
    results = evaluate(clf, data, held)
    # The shipped model is fitted on everything once the held-out figures are recorded.
    final = ForensicClassifier(random_state=seed).fit(data.X, data.y, groups=data.groups)
    meta = {"name": Path(out).stem, "real_clips": int(len(np.unique(data.groups[data.y == 0]))),
            "synthetic_clips": int(len(np.unique(data.groups[data.y == 1]))), "segments": int(len(data.y)),
            "held_out": results, **(metadata or {})}
    final.save(out, meta)
    return meta


def print_results(results: dict, echo: Callable[[str], None] = print) -> None:
    echo("| held-out segments | n | AUC | accuracy at 0.5 | ECE |")
    echo("|---|---|---|---|---|")
    for name, r in results.items():
        echo(f"| {name} | {r['segments']} | {r['auc']:.3f} | {r['accuracy']:.1%} | {r['ece']:.3f} |")
