"""The baselines of the watermark benchmark: RivaGAN (its ONNX models) and DWT-DCT from ``invisible-watermark``.

They run only where that package and onnxruntime are installed (``pip install invisible-watermark onnxruntime``);
RivaGAN takes about 4 s per 720p frame on a 2-core CPU, so it is decoded by majority vote over a few frames.
"""

from __future__ import annotations

import time
from pathlib import Path

import cv2
import numpy as np

from bench.quality import psnr, ssim
from clipseal import media


def available() -> bool:
    try:
        import imwatermark  # noqa: F401
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


class Baseline:
    def __init__(self, method: str, decode_frames: int) -> None:
        from imwatermark import WatermarkDecoder, WatermarkEncoder

        self.method, self.decode_frames = method, decode_frames
        if method == "rivaGan":
            WatermarkEncoder.loadModel()
            WatermarkDecoder.loadModel()
        self._enc, self._dec = WatermarkEncoder, WatermarkDecoder

    def embed(self, src: Path, dst: Path, payload_bits: np.ndarray) -> dict:
        enc = self._enc()
        enc.set_watermark("bits", [int(b) for b in payload_bits])
        info = media.probe(src)
        src_frames = [f.image for f in media.read_frames(src)]
        t0 = time.perf_counter()
        marked = [cv2.cvtColor(enc.encode(cv2.cvtColor(f, cv2.COLOR_RGB2BGR), self.method), cv2.COLOR_BGR2RGB)
                  for f in src_frames]
        fps = len(marked) / (time.perf_counter() - t0)
        ya = [cv2.cvtColor(f, cv2.COLOR_RGB2GRAY) for f in src_frames]
        yb = [cv2.cvtColor(f, cv2.COLOR_RGB2GRAY) for f in marked]
        media.write_video(dst, marked, info.frame_rate, crf=18, preset="veryfast")
        return {"psnr": np.mean([psnr(a, b) for a, b in zip(ya, yb)]),
                "ssim": np.mean([ssim(a, b) for a, b in list(zip(ya, yb))[::5]]), "embed_fps": fps}

    def detect(self, path: Path, nbits: int = 32) -> tuple[np.ndarray, float]:
        frames = [f.image for f in media.read_frames(path)]
        pick = np.linspace(0, len(frames) - 1, min(self.decode_frames, len(frames))).astype(int)
        dec = self._dec("bits", nbits)
        t0 = time.perf_counter()
        votes = []
        for i in pick:
            try:
                votes.append(np.array(dec.decode(cv2.cvtColor(frames[i], cv2.COLOR_RGB2BGR), self.method), float))
            except RuntimeError:  # RivaGAN refuses frames under 256 x 256: a failed decode (chance bits)
                votes.append(np.full(nbits, 0.5))
        fps = len(pick) / (time.perf_counter() - t0)
        rng = np.random.default_rng(len(votes))
        mean = np.mean(votes, axis=0)
        ties = mean == 0.5
        bits = (mean > 0.5).astype(np.uint8)
        bits[ties] = rng.integers(0, 2, int(ties.sum()))
        return bits, fps


def run(clip: Path, payloads: int = 2, decode_frames: int = 6) -> str:
    """RivaGAN (1 payload: it is slow) and DWT-DCT (``payloads``) on the first 2 s of ``clip``, every attack of
    ``bench.attacks.standard_attacks``; a Markdown table of exact recoveries and bit accuracy."""
    from bench import attacks
    from bench.common import OUT

    work = OUT / "wm"
    work.mkdir(parents=True, exist_ok=True)
    short = work / "baseline_src.mp4"
    info = media.probe(clip)
    media.write_video(short, (f.image for f in media.read_frames(clip, end_s=2.0)), info.frame_rate, crf=16,
                      preset="veryfast")
    rng = np.random.default_rng(7)
    names = list(attacks.standard_attacks(float(info.frame_rate)))
    cells: dict[str, list[str]] = {}
    quality = {}
    for method, n in (("rivaGan", 1), ("dwtDct", payloads)):
        base = Baseline(method, decode_frames)
        ok: dict[str, list[float]] = {}
        q = []
        for k in range(n):
            bits = rng.integers(0, 2, 32).astype(np.uint8)
            marked = work / f"{method}_{k}.mp4"
            q.append(base.embed(short, marked, bits))
            for name, attack in attacks.standard_attacks(float(info.frame_rate)).items():
                got, _fps = base.detect(Path(attack(marked, work / "baseline_attacked.mp4")))
                ok.setdefault(name, []).append(float(np.mean(got == bits)))
        quality[method] = (np.mean([x["psnr"] for x in q]), np.mean([x["ssim"] for x in q]),
                           np.mean([x["embed_fps"] for x in q]))
        for name in names:
            accs = ok[name]
            cells.setdefault(name, []).append(f"{sum(a == 1.0 for a in accs)}/{len(accs)} exact, "
                                              f"{100 * np.mean(accs):.0f}% bits")
    lines = [f"Baselines (32 bits each) on the first 2 s of {clip.name}, decoded by majority vote over "
             f"{decode_frames} frames:", "", "| edit | RivaGAN | DWT-DCT |", "|---|---|---|",
             "| luma PSNR / SSIM | " + " | ".join(f"{quality[m][0]:.1f} / {quality[m][1]:.4f}" for m in quality) + " |",
             "| embed frames/s | " + " | ".join(f"{quality[m][2]:.1f}" for m in quality) + " |"]
    lines += [f"| {name} | " + " | ".join(cells[name]) + " |" for name in names]
    return "\n".join(lines)
