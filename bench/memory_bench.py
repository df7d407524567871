"""Peak memory of streaming decode and of watermark detection on a long 1080p clip.

    .venv/bin/python -m bench.memory_bench decode|detect [--seconds 60]
"""

from __future__ import annotations

import argparse
import resource

from bench.c2pa_bench import make_clip
from clipseal import media
from provenance import watermark as wm


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["decode", "detect"])
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    clip = make_clip(args.seconds)
    if args.mode == "decode":
        n = sum(1 for _ in media.read_frames(clip))
    else:
        n = wm.detect_file(clip, wm.WatermarkKey(bytes(32))).frames
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"| {args.mode} | {args.seconds:g} s 1080p | {n} frames | peak RSS {peak:.0f} MB |")


if __name__ == "__main__":
    main()
