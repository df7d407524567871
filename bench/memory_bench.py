"""Peak memory of streaming decode, of watermark detection on a long 1080p clip, and of a long generation.

    .venv/bin/python -m bench.memory_bench decode|detect [--seconds 60]
    .venv/bin/python -m bench.memory_bench generate [--seconds 60] [--family vace|forcing]

``generate`` makes a text-to-video clip with a tiny random Wan VACE pipeline (windows of 81 frames, 16 fps) or
SkyReels-V2 diffusion-forcing pipeline (windows of 97 frames, 24 fps), built as the tests build them, at 64 x 64
shown at 512 x 512, stamped and written like any other: run it at several lengths, each in its own process, to see
whether the peak grows with the clip's length.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from bench.c2pa_bench import make_clip
from clipseal import media
from provenance import watermark as wm


FAMILIES = {"vace": ("WanVACEPipeline", 81), "forcing": ("SkyReelsV2DiffusionForcingPipeline", 97)}


def generate(seconds: float, family: str = "vace") -> tuple[int, float]:
    """Frames made and seconds taken for a ``seconds``-long clip (a throwaway data folder and model)."""
    from bench.common import throwaway_data_dir
    from generator.api import GenerationRequest, generate as run
    from tests.test_families import tiny_wan

    work = Path(tempfile.mkdtemp(prefix="clipseal-memory-"))
    cfg = throwaway_data_dir(work)
    class_name, window = FAMILIES[family]
    folder = tiny_wan(work / family, class_name, card={"size": 64, "window_frames": window})
    t0 = time.perf_counter()
    result = run(GenerationRequest("a red kite over a grey sea", seconds=seconds, seed=1), work / "long.mp4",
                 config=cfg, model=str(folder))
    return result.frames, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["decode", "detect", "generate"])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--family", choices=sorted(FAMILIES), default="vace")
    args = parser.parse_args()
    if args.mode == "generate":
        n, took = generate(args.seconds, args.family)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        class_name, window = FAMILIES[args.family]
        print(f"| generate (tiny {class_name}, windows of {window}) | {args.seconds:g} s, 512 x 512 | {n} frames | "
              f"peak RSS {peak:.0f} MB | {took:.0f} s |")
        return
    clip = make_clip(args.seconds)
    if args.mode == "decode":
        n = sum(1 for _ in media.read_frames(clip))
    else:
        n = wm.detect_file(clip, wm.WatermarkKey(bytes(32))).frames
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"| {args.mode} | {args.seconds:g} s 1080p | {n} frames | peak RSS {peak:.0f} MB |")


if __name__ == "__main__":
    main()
