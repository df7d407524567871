"""Rebuild the supplementary training corpus (modern generators) from public repository snapshots.

    python -m detector.build_extra_corpus --mirrors DIR --out DIR [--manifest FILE]

``../shared/detector-corpus`` has three clips of current MP4 generators; ``detector/data/extra_corpus.csv`` names
more (Wan 2.1 and NVIDIA Cosmos outputs, and the real dashcam clips the Cosmos examples continue: the material of
the shipped model), and ``detector/data/extra_corpus_more.csv`` 56 clips found later (CogVideoX-2B and -5B, Wan 2.1
showcase clips and LTX-2; a model trained with them was measured and not shipped, docs/detector.md), each by
repository, path and commit. Build each manifest into its own folder (``--out ../extra-corpus`` and
``--manifest detector/data/extra_corpus_more.csv --out ../extra-corpus-more``): the folder's ``manifest.csv`` lists
what this run built. The clips themselves are not in this repository: this script reads each file from a
git snapshot of its repository (``--mirrors``: a folder holding ``OWNER+NAME/repo`` git directories, as the
``fetch`` tool leaves them, or ``OWNER+NAME`` git directories) and converts it the way the shared corpus was
converted: the first 4 s, never upscaled, at most 1280 wide, even sizes, H.264 CRF 23 preset medium, yuv420p, no
audio, no metadata. The output folder gets a ``manifest.csv`` in the shared corpus's format, so
``detector.build_default --corpus`` reads it like the shared one. None of the repositories is one of those
reserved for the independent evaluation (checked below).
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import tempfile
from fractions import Fraction
from pathlib import Path

import cv2

from clipseal import media

MANIFEST = Path(__file__).resolve().parent / "data" / "extra_corpus.csv"
RESERVED = {"THUDM/CogVideo", "hao-ai-lab/FastVideo", "facebookresearch/videoseal", "facebookresearch/co-tracker",
            "open-mmlab/mmaction2", "intel-iot-devkit/sample-videos", "KwaiVGI/LivePortrait", "opencv/opencv",
            "opencv/opencv_extra"}
SECONDS = 4.0
MAX_WIDTH = 1280


def _git_dir(mirrors: Path, repo: str) -> Path:
    base = mirrors / repo.replace("/", "+")
    return base / "repo" if (base / "repo").is_dir() else base


def _blob(mirrors: Path, repo: str, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "-C", str(_git_dir(mirrors, repo)), "cat-file", "blob", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def convert(src: Path, dst: Path) -> None:
    info = media.probe(src)
    w = min(MAX_WIDTH, info.width)
    h = round(info.height * w / info.width)
    w, h = w // 2 * 2, h // 2 * 2

    def frames():
        for f in media.read_frames(src, end_s=SECONDS):
            img = f.image
            if img.shape[:2] != (h, w):
                img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)
            yield img
    media.write_video(dst, frames(), Fraction(info.frame_rate), crf=23, preset="medium")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirrors", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--manifest", type=Path, default=MANIFEST, help="the clips to build (default: %(default)s)")
    args = ap.parse_args(argv)
    rows = list(csv.DictReader(args.manifest.open(newline="", encoding="utf-8")))
    reserved = {r["repo"] for r in rows} & RESERVED
    if reserved:
        raise SystemExit(f"{args.manifest}: reserved for the independent evaluation: {', '.join(sorted(reserved))}")
    args.out.mkdir(parents=True, exist_ok=True)
    done = []
    with tempfile.TemporaryDirectory() as tmp:
        for r in rows:
            dst = args.out / r["file"]
            dst.parent.mkdir(parents=True, exist_ok=True)
            if not dst.exists():
                src = Path(tmp) / Path(r["path"]).name.replace(" ", "_")
                src.write_bytes(_blob(args.mirrors, r["repo"], r["commit"], r["path"]))
                convert(src, dst)
            info = media.probe(dst)
            done.append({**r, "width": info.width, "height": info.height, "fps": round(float(info.frame_rate), 2),
                         "seconds": round(info.duration_s or 0.0, 2)})
            print(f"{r['file']}: {info.width}x{info.height}")
    fields = ["file", "label", "generator_or_camera", "repo", "path", "commit", "source_format", "width", "height",
              "fps", "seconds", "notes"]
    with open(args.out / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows({k: d.get(k, "") for k in fields} for d in done)
    print(f"{len(done)} clips -> {args.out}")


if __name__ == "__main__":
    main()
