"""Time per denoising step and peak memory of every driven pipeline family, on tiny random instances built as the
tests build them (tests/test_families.py), each run through ``generator.api.generate`` (policy, generation,
watermark, signature) in one of its native modes.

    .venv/bin/python -m bench.family_gpu [--device cuda] [--dtype bfloat16] [--frames 33] [--size 64]

Prepared for a GPU machine (the default device is CUDA in bfloat16); ``--device cpu --dtype float32`` runs the same
on a CPU. Peak memory is the GPU's allocator peak per family on CUDA; on a CPU the process's peak RSS so far (it only
grows from row to row). Prints a markdown table.
"""

from __future__ import annotations

import argparse
import inspect
import json
import platform
import resource
import statistics
import tempfile
import time
from pathlib import Path


def _photo(path: Path) -> Path:
    import cv2
    import numpy as np

    img = np.zeros((96, 128, 3), np.uint8)
    img[:] = (40, 120, 200)
    cv2.circle(img, (64, 48), 20, (250, 240, 10), -1)
    cv2.imwrite(str(path), img)
    return path


def _families():
    """(label, builder(folder) -> folder, mode: t2v, i2v, extend or backward)."""
    from tests import test_families as tf

    card = {"size": 64, "window_frames": 21}
    return [
        ("Wan t2v", lambda f: tf.tiny_wan(f, "WanPipeline"), "t2v"),
        ("Wan i2v", lambda f: tf.tiny_wan(f, "WanImageToVideoPipeline"), "i2v"),
        ("Wan VACE t2v (windows of 21)", lambda f: tf.tiny_wan(f, "WanVACEPipeline", card=card), "t2v"),
        ("Wan VACE extend backward", lambda f: tf.tiny_wan(f, "WanVACEPipeline", card=card), "backward"),
        ("CogVideoX t2v", lambda f: tf.tiny_cogvideox(f, "CogVideoXPipeline"), "t2v"),
        ("CogVideoX 1.5 t2v", lambda f: tf.tiny_cogvideox(f, "CogVideoXPipeline", version="1.5"), "t2v"),
        ("SkyReels-V2 DF t2v", lambda f: tf.tiny_wan(f, "SkyReelsV2DiffusionForcingPipeline",
                                                     card={"size": 64, "window_frames": 17}), "t2v"),
        ("SkyReels-V2 DF extend", lambda f: tf.tiny_wan(f, "SkyReelsV2DiffusionForcingVideoToVideoPipeline",
                                                        card={"size": 64, "window_frames": 17}), "extend"),
        ("HunyuanVideo t2v", lambda f: tf.tiny_hunyuan_video(f), "t2v"),
        ("HunyuanVideo 1.5 t2v", lambda f: tf.tiny_hunyuan_video15(f), "t2v"),
        ("FramePack i2v", lambda f: tf.tiny_framepack(f), "i2v"),
        ("LTX-Video t2v (embedded parts)", lambda f: tf.ltx_from_default(f, "LTXPipeline"), "t2v"),
        ("LTX-2 t2v (with sound)", lambda f: tf.tiny_ltx2(f), "t2v"),
    ]


def run_one(label, build, mode, work: Path, frames: int, size: int, options) -> dict:
    import torch

    from clipseal.config import load_config
    from generator.api import GenerationRequest, generate
    from generator.models import load_model
    from tests.conftest import encode_clip

    folder = build(work / label.replace(" ", "_").replace("/", "_"))
    card = folder / "training.json"
    meta = json.loads(card.read_text()) if card.is_file() else {}
    card.write_text(json.dumps({**meta, "size": size}))
    model = load_model(folder, options=options)
    request = GenerationRequest("a red kite over a grey sea", frames=frames, seed=1)
    if mode == "i2v":
        request.image = str(_photo(work / "photo.png"))
    elif mode in ("extend", "backward"):
        request.video = str(encode_clip(work / "source.mp4", "libx264", "mp4", frames=20, size=(96, 64),
                                        rate=model.frame_rate))
        request.direction = "backward" if mode == "backward" else "forward"
    stamps: list[float] = []

    def progress(total, windows=1):
        return lambda: stamps.append(time.perf_counter())

    cuda = model.device.startswith("cuda")
    if cuda:
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
    t0 = time.perf_counter()
    result = generate(request, work / f"{folder.name}.mp4", config=load_config(), model=model, progress=progress)
    wall = time.perf_counter() - t0
    peak = (torch.cuda.max_memory_allocated() if cuda else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    steps = [b - a for a, b in zip(stamps, stamps[1:])]
    per_step = statistics.median(steps) if steps else float("nan")
    if "callback_on_step_end" not in inspect.signature(type(model.pipeline).__call__).parameters:
        per_step = wall / max(1, len(stamps))  # no step callback (HunyuanVideo 1.5): the whole call over its steps
        label += " *"
    return {"family": label, "mode": result.mode, "frames": result.frames, "steps": len(stamps),
            "s_per_step": per_step, "peak_mb": peak / 2**20, "wall_s": wall}


def main(argv: list[str] | None = None) -> None:
    from bench.common import throwaway_data_dir
    from generator.models import LoadOptions

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--dtype", default="bfloat16")
    ap.add_argument("--frames", type=int, default=33)
    ap.add_argument("--size", type=int, default=64, help="frame side the tiny models generate at")
    ap.add_argument("--only", default="", help="run the families whose label contains this")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="clipseal-family-gpu-"))
    throwaway_data_dir(work)
    options = LoadOptions(device=args.device, dtype=args.dtype)
    device_name = platform.node()
    if args.device.startswith("cuda"):
        import torch

        device_name = torch.cuda.get_device_name()
    print(f"# bench.family_gpu ({device_name}, {args.device}, {args.dtype}, {args.frames} frames at "
          f"{args.size} x {args.size})\n")
    print("| family | mode | frames | steps | s/step (median) | peak memory MB | wall s |")
    print("|---|---|---|---|---|---|---|")
    for label, build, mode in _families():
        if args.only and args.only not in label:
            continue
        row = run_one(label, build, mode, work, args.frames, args.size, options)
        print(f"| {row['family']} | {row['mode']} | {row['frames']} | {row['steps']} | {row['s_per_step']:.3f} | "
              f"{row['peak_mb']:.0f} | {row['wall_s']:.1f} |", flush=True)
    print("\n* no step callback: s/step is the whole generation (text encoding, decoding and stamping included) "
          "over its steps")


if __name__ == "__main__":
    main()
