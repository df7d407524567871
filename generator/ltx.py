"""Driving ``LTXConditionPipeline`` window by window, at the model's native size.

A window is one pipeline call of ``WINDOW`` frames. Long clips are made of overlapping windows: each new window
holds the last ``CONTEXT`` frames of the previous one in place at its start, so motion carries on, and only the
frames after them are new. Everything here yields frames one by one (H x W x 3 uint8 at native size), so memory
does not grow with the clip's length.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

import numpy as np

CLASS_NAME = "LTXConditionPipeline"  # the diffusers class this module drives
WINDOW = 17  # frames per call: 1 + 8 latent steps of 2, the length the default model was trained on
CONTEXT = 7  # frames held from the previous window (4 latent frames)
ANCHOR = 3  # frames held at the end of a window (2 latent frames: the pipeline appends them as extra tokens)
STEPS = 24
GUIDANCE = 3.0


def _pil(frames: Iterable[np.ndarray]):
    from PIL import Image

    return [Image.fromarray(np.ascontiguousarray(f)) for f in frames]


class WindowRunner:
    """Calls the pipeline for one window; counts denoising steps for a progress bar."""

    def __init__(self, model, prompt: str, seed: int, steps: int = STEPS, guidance: float = GUIDANCE,
                 on_step: Callable[[], None] | None = None) -> None:
        self.model, self.prompt, self.seed = model, prompt, seed
        self.steps, self.guidance, self.on_step = steps, guidance, on_step
        self.calls = 0

    def __call__(self, frames: int, head: list[np.ndarray] | None = None, tail: list[np.ndarray] | None = None,
                 latents=None, denoise_strength: float = 1.0) -> np.ndarray:
        import torch
        from diffusers.pipelines.ltx.pipeline_ltx_condition import LTXVideoCondition

        pipe = self.model.pipeline
        w, h = self.model.native_size
        conditions = []
        if head:
            conditions.append(LTXVideoCondition(image=_pil(head)[0], frame_index=0) if len(head) == 1
                              else LTXVideoCondition(video=_pil(head), frame_index=0))
        if tail:
            conditions.append(LTXVideoCondition(video=_pil(tail), frame_index=frames - len(tail)))
        generator = torch.Generator(device="cpu").manual_seed(self.seed * 1000 + self.calls)
        self.calls += 1

        def step_end(_pipe, _i, _t, kwargs):
            if self.on_step:
                self.on_step()
            return kwargs

        out = pipe(prompt=self.prompt, conditions=conditions or None, height=h, width=w, num_frames=frames,
                   frame_rate=self.model.frame_rate, num_inference_steps=self.steps, guidance_scale=self.guidance,
                   generator=generator, output_type="np", max_sequence_length=24, latents=latents,
                   denoise_strength=denoise_strength, callback_on_step_end=step_end)
        video = np.asarray(out.frames[0])
        return np.clip(np.round(video * 255), 0, 255).astype(np.uint8)


def held(frames: list[np.ndarray]) -> list[np.ndarray]:
    """Frames held as a condition: 1 + 2k of them (the VAE compresses time 2x), the first dropped if need be."""
    return frames if len(frames) % 2 == 1 else frames[1:]


def windows_needed(total: int, first_new: int) -> int:
    """Windows to make ``total`` new frames when the first window gives ``first_new`` and each later one
    ``WINDOW - CONTEXT``."""
    if total <= first_new:
        return 1
    return 1 + -(-(total - first_new) // (WINDOW - CONTEXT))


def forward(run: WindowRunner, total: int, head: list[np.ndarray] | None = None,
            keep_head: bool = False) -> Iterator[np.ndarray]:
    """``total`` new frames that follow ``head`` (or start from nothing). With ``keep_head`` the first window's
    held frames are part of the output (image-to-video: the photo's own frame is re-rendered as frame 0)."""
    made = 0
    context = head
    while made < total:
        video = run(WINDOW, head=context)
        start = 0 if (context is None or (keep_head and made == 0)) else len(context)
        new = video[start:start + total - made]
        yield from new
        made += len(new)
        context = list(video[-CONTEXT:])


def backward(run: WindowRunner, total: int, anchor: list[np.ndarray]) -> list[np.ndarray]:
    """``total`` new frames that lead into ``anchor`` (the first frames of a clip). Generated from the end
    backwards, so these (native-size, small) frames are collected before they are returned in time order."""
    pieces: list[np.ndarray] = []
    made = 0
    tail = anchor[:ANCHOR]
    while made < total:
        video = run(WINDOW, tail=tail)
        new = video[:WINDOW - len(tail)]
        take = new[max(0, len(new) - (total - made)):]
        pieces.insert(0, take)
        made += len(take)
        tail = list(video[:ANCHOR])
    return list(np.concatenate(pieces))


def bridge(run: WindowRunner, total: int, head: list[np.ndarray], tail: list[np.ndarray]) -> list[np.ndarray]:
    """``total`` frames leading from ``head`` (end of the first clip) into ``tail`` (start of the second): one
    window long enough to hold both."""
    frames = len(head) + total + len(tail)
    frames += 1 - frames % 2  # the VAE needs 1 + 2k frames
    video = run(frames, head=head, tail=tail)
    return list(video[len(head):len(head) + total])


def restyle(run: WindowRunner, source: Iterable[np.ndarray], strength: float) -> Iterator[np.ndarray]:
    """Video-to-video: each window of the source (native size) is encoded, partly noised (``strength``) and
    denoised under the prompt."""
    buf: list[np.ndarray] = []
    for frame in source:
        buf.append(frame)
        if len(buf) == WINDOW:
            yield from _restyle_window(run, buf, strength)
            buf = []
    if buf:
        yield from _restyle_window(run, buf, strength)[:len(buf)]


def _restyle_window(run: WindowRunner, frames: list[np.ndarray], strength: float) -> list[np.ndarray]:
    import torch

    n = len(frames)
    padded = frames + [frames[-1]] * (WINDOW - n)
    pipe = run.model.pipeline
    x = torch.from_numpy(np.stack(padded)).permute(3, 0, 1, 2)[None].float().div(127.5).sub(1)
    x = x.to(pipe.vae.device, pipe.vae.dtype)
    with torch.no_grad():
        latents = pipe.vae.encode(x).latent_dist.mode()
    latents = pipe._normalize_latents(latents, pipe.vae.latents_mean, pipe.vae.latents_std)
    video = run(WINDOW, latents=latents.float(), denoise_strength=strength)
    return list(video[:n])
