"""Pipelines other than LTX-Video's condition pipeline (CogVideoX, Wan, ModelScope): one pipeline call per clip.

These pipelines take their conditioning as ``image=`` (i2v) or ``video=`` + ``strength=`` (v2v) and generate a
fixed number of frames in one call; there are no windows, so the clip length is what the model allows. The
argument names are the ones these diffusers pipelines share. This path is not exercised offline (no such weights
here); the LTX path in ``generator.ltx`` is the tested one.
"""

from __future__ import annotations

from typing import Callable, Iterator

import numpy as np


STEPS = 40


def generate_once(model, prompt: str, frames: int, seed: int, image: np.ndarray | None = None,
                  video: list[np.ndarray] | None = None, strength: float = 0.6, steps: int = STEPS,
                  guidance: float | None = None, on_step: Callable[[], None] | None = None) -> Iterator[np.ndarray]:
    import torch
    from PIL import Image

    w, h = model.native_size
    kwargs = {"prompt": prompt, "num_frames": frames, "height": h, "width": w, "num_inference_steps": steps,
              "generator": torch.Generator(device="cpu").manual_seed(seed), "output_type": "np"}
    if guidance is not None:  # else the pipeline's own default
        kwargs["guidance_scale"] = guidance
    if image is not None:
        kwargs["image"] = Image.fromarray(image)
    if video is not None:
        kwargs["video"] = [Image.fromarray(f) for f in video]
        kwargs["strength"] = strength
        kwargs.pop("num_frames")

    def step_end(_pipe, _i, _t, kw):
        if on_step:
            on_step()
        return kw

    kwargs["callback_on_step_end"] = step_end
    out = model.pipeline(**kwargs)
    video_out = np.asarray(out.frames[0])
    if video_out.dtype != np.uint8:
        video_out = np.clip(np.round(video_out * 255), 0, 255).astype(np.uint8)
    yield from video_out[:frames] if video is None else video_out
