"""SkyReels-V2's diffusion forcing, one window per call, so that a long clip streams to the stamper.

The diffusion-forcing pipelines make a clip longer than one window inside one call, keeping every window's latents
and decoding them all at the end: a 60 s clip is held whole. Here each window is its own call instead: the first as
the folder's class makes it (text-to-video, image-to-video, or a clip's continuation), each later one as a
continuation by the video-to-video class, built from the same loaded parts (nothing is loaded twice), holding the
last ``history_length`` frames made so far (17 by default) as its history and making the rest of a window. A
window's frames go to the stamper as soon as it ends, so memory stays one window's. A continuation re-encodes the
frames it holds (the one-call loop keeps them as latents), which may drift a little more over many windows.

A bridge keeps the one-call loop (its last frame is a condition of the whole call).
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Iterator

import numpy as np

from generator.single_call import DF_WINDOW, generate_once, history_length, temporal_factor

CLASSES = {"SkyReelsV2DiffusionForcingPipeline", "SkyReelsV2DiffusionForcingImageToVideoPipeline",
           "SkyReelsV2DiffusionForcingVideoToVideoPipeline"}


def window_frames(model) -> int:
    return int(model.window_frames or DF_WINDOW)


def schedule(total: int, first: int, later: int) -> list[int]:
    """New frames per window: ``first`` in the first window, ``later`` in each one after it."""
    out = [min(total, first)]
    while sum(out) < total:
        out.append(min(later, total - sum(out)))
    return out


def plan_windows(model, mode: str, total: int, history: int) -> list[int]:
    """New frames per window for ``total`` frames; ``history``: frames each continuation holds."""
    base = window_frames(model)
    first = base - history if mode == "extend" else base
    return schedule(total, first, base - history)


def calls_needed(model, mode: str, total: int, source_frames: int = 0) -> int:
    """Pipeline calls (windows) a request takes, for the progress bar. An extension from the clip's last frame
    (the image-to-video class) makes one frame more, the anchor, and drops it."""
    k = temporal_factor(model.pipeline)
    base = window_frames(model)
    if mode == "extend" and model.class_name != "SkyReelsV2DiffusionForcingVideoToVideoPipeline":
        mode, total = "i2v", total + 1
    first = history_length(source_frames, base, k) if mode == "extend" else history_length(base, base, k)
    return len(plan_windows(model, mode, total, first))


def frames(model, prompt: str, total: int, seed: int, steps: int, guidance: float | None,
           on_step: Callable[[], None] | None, image: np.ndarray | None = None,
           history: list[np.ndarray] | None = None) -> Iterator[np.ndarray]:
    """``total`` new frames, window by window: from nothing (text-to-video), from ``image`` (its frame first, as
    every image-to-video class makes it) or after ``history`` (a clip's last frames, not part of the output)."""
    import diffusers

    k = temporal_factor(model.pipeline)
    base = window_frames(model)
    held = history_length(base, base, k)
    mode = "extend" if history is not None else "i2v" if image is not None else "t2v"
    counts = plan_windows(model, mode, total, held if history is None else len(history))
    # the continuation class over the same parts (a diffusion-forcing pipeline's parts are the same in every class)
    follow = model
    if model.class_name != "SkyReelsV2DiffusionForcingVideoToVideoPipeline":
        pipe = diffusers.SkyReelsV2DiffusionForcingVideoToVideoPipeline(**model.pipeline.components)
        pipe.set_progress_bar_config(disable=True)
        follow = dataclasses.replace(model, pipeline=pipe, class_name=type(pipe).__name__)
    last: list[np.ndarray] = list(history) if history is not None else []
    for i, n in enumerate(counts):
        if i == 0 and history is None:
            made = list(generate_once(model, prompt, n, seed, image=image, steps=steps, guidance=guidance,
                                      on_step=on_step))
        else:
            past = last[-(held if i else len(last)):]
            made = list(generate_once(follow, prompt, n, seed + i, history=past, steps=steps, guidance=guidance,
                                      on_step=on_step))
        yield from made
        last = (last + made)[-held:]
