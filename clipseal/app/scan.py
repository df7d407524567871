"""Screening at scale: verify every video under some paths, in parallel, resumably, one JSON line per file.

Wiring only: each worker calls ``detector.analyze.analyze_file``. Results are appended (and flushed) line by line,
so a run that stops can be resumed: files already in the results file are skipped. A file that fails is recorded
with its error and the run goes on.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from clipseal.errors import BadInputError, ClipsealError
from clipseal.media import VIDEO_SUFFIXES



def find_videos(paths: Iterable[str | os.PathLike]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in VIDEO_SUFFIXES)
        elif p.is_file():
            out.append(p)
        else:
            raise BadInputError(f"{p}: no such file or folder")
    seen, unique = set(), []
    for f in out:
        key = str(f.resolve())
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def done_files(results: Path) -> set[str]:
    """Files a previous run already recorded (a torn last line from an interrupted run is ignored)."""
    done = set()
    if results.is_file():
        for line in results.read_text(encoding="utf-8").splitlines():
            try:
                done.add(json.loads(line)["file"])
            except (ValueError, KeyError, TypeError):
                continue
    return done


# ------------------------------------------------------------------------------------------ workers
_STATE: dict = {}


def _one_thread_each() -> None:
    """Workers run side by side, one per core: their math libraries must not each start a thread per core
    (oversubscribed BLAS threads spin and can slow a verification down a hundredfold)."""
    import cv2
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    cv2.setNumThreads(1)


def _init_worker() -> None:
    from clipseal.config import load_config
    from detector.model import DEFAULT_MODEL_PATH, ForensicModel
    from provenance.credentials import VerifyingKit

    cfg = load_config()
    _STATE["kit"] = VerifyingKit.from_config(cfg)
    _STATE["model"] = ForensicModel.load(cfg.detector.model or DEFAULT_MODEL_PATH)


def verify_one(path: str) -> dict:
    """One result line: the verify report, or ``{"file", "error"}``."""
    from detector.analyze import analyze_file

    if not _STATE:
        _init_worker()
    try:
        report = analyze_file(path, _STATE["kit"], _STATE["model"])
        report["file"] = path
        return report
    except ClipsealError as exc:
        return {"file": path, "error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a scan
        return {"file": path, "error": f"internal error: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"}


def run_local(files: list[str], workers: int) -> Iterator[dict]:
    if workers <= 1:
        for f in files:
            yield verify_one(f)
        return
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing as mp

    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                             initializer=_init_parallel_worker) as pool:
        yield from pool.map(verify_one, files, chunksize=1)


def _init_parallel_worker() -> None:
    _one_thread_each()
    _init_worker()


class _RayVerifier:
    """A Ray Data ``map_batches`` callable: one set of keys and model per actor."""

    def __init__(self) -> None:
        _init_parallel_worker()

    def __call__(self, batch: dict) -> dict:
        return {"line": [json.dumps(verify_one(str(p)), default=str) for p in batch["path"]]}


def run_ray(files: list[str], address: str | None, workers: int) -> Iterator[dict]:
    import ray

    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, include_dashboard=False, log_to_driver=False,
                 runtime_env={"env_vars": {k: v for k, v in os.environ.items() if k.startswith("CLIPSEAL_")}})
    try:
        ds = ray.data.from_items([{"path": f} for f in files])
        out = ds.map_batches(_RayVerifier, batch_size=1, concurrency=max(1, workers), num_cpus=1)
        for row in out.iter_rows():
            yield json.loads(row["line"])
    finally:
        if started_here:
            ray.shutdown()


def scan(paths: Iterable[str], results: Path, workers: int = 1, ray_address: str | None = None,
         use_ray: bool = False, progress: Callable[[int], Callable[[], None]] | None = None) -> dict:
    files = [str(f) for f in find_videos(paths)]
    done = done_files(results)
    todo = [f for f in files if f not in done]
    tick = progress(len(todo)) if progress else (lambda: None)
    counts = {"files": len(files), "skipped": len(files) - len(todo), "verified": 0, "errors": 0}
    results.parent.mkdir(parents=True, exist_ok=True)
    source = run_ray(todo, ray_address, workers) if use_ray else run_local(todo, workers)
    with open(results, "a", encoding="utf-8") as fh:
        for line in source:
            fh.write(json.dumps(line, default=str) + "\n")
            fh.flush()
            counts["errors" if "error" in line else "verified"] += 1
            tick()
    return counts
