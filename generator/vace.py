"""Wan's VACE pipeline (``WanVACEPipeline``): every mode from one model, by which frames are given and which masked.

A VACE call takes a clip of ``num_frames`` conditioning frames and a mask: frames under mask 0 are given (the model
keeps them), frames under mask 1 are made (grey, or a control picture to follow). So image-to-video gives the
photo as frame 0, extension gives the source's last (or first) frames, a bridge gives both ends, and
video-to-video gives the source in greyscale under mask 1: VACE's colourisation control, which keeps the source's
shapes and motion and takes colour and texture from the prompt (``--strength`` does not apply).

Clips longer than one call are made in windows of ``window`` frames (Wan's 81, or the card's ``window_frames``),
each holding the last ``HEAD`` frames made before it, so a 60 s clip streams to the stamper window by window and
memory stays one window's. The frames the model makes again over given ones are dropped: only new frames sit
between the source's frames, which pass through untouched. A window's frame count is 4k + 1 (the VAE compresses
time 4x): the frames added to reach it are made and dropped, after the window (before it for a backward extension).
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

import cv2
import numpy as np

from clipseal.errors import BadInputError
from generator.single_call import temporal_factor

CLASS_NAME = "WanVACEPipeline"  # the diffusers class this module drives
WINDOW = 81  # Wan 2.1's clip length
HEAD = 9  # frames held from before a window (1 + 2 x 4: the first latent frame and two more)
TAIL = 8  # frames held after it (a bridge's second clip, or the clip a backward extension leads into)
CONTEXT, ANCHOR = HEAD, TAIL  # a clip's frames held before and after new ones (``sources.windowed_frames``)


def held(frames: list[np.ndarray]) -> list[np.ndarray]:
    """Held frames as they are: a VACE window takes any count under its mask."""
    return frames


class VaceRunner:
    """One VACE call per window; counts denoising steps for a progress bar."""

    def __init__(self, model, prompt: str, seed: int, steps: int, guidance: float | None,
                 on_step: Callable[[], None] | None = None) -> None:
        self.model, self.prompt, self.seed = model, prompt, seed
        self.steps, self.guidance, self.on_step = steps, guidance, on_step
        self.window = int(model.window_frames or WINDOW)
        if self.window < HEAD + TAIL + 4:
            raise BadInputError(f"{model.model_id}: window_frames {self.window} is too short for VACE windows "
                                f"(at least {HEAD + TAIL + 4}: {HEAD} frames held before, {TAIL} after)")
        self.k = temporal_factor(model.pipeline)
        self.calls = 0

    def __call__(self, new: int, head: list[np.ndarray] = (), tail: list[np.ndarray] = (),
                 control: list[np.ndarray] | None = None, keep_head: bool = False) -> list[np.ndarray]:
        """``new`` frames between the given ``head`` and ``tail`` (native size), following ``control`` if given.
        With ``keep_head`` the head's frames as the model made them again come first (image-to-video's frame 0)."""
        import torch
        from PIL import Image

        w, h = self.model.native_size
        body = len(head) + new + len(tail)
        pad = (1 - body) % self.k
        before = pad if (tail and not head) else 0
        grey = np.full((h, w, 3), 128, np.uint8)
        made = list(control) if control is not None else [grey] * new
        frames = [grey] * before + list(head) + made + list(tail) + [grey] * (pad - before)
        given = [False] * before + [True] * len(head) + [False] * new + [True] * len(tail) + [False] * (pad - before)
        kwargs = {"prompt": self.prompt, "num_frames": len(frames), "height": h, "width": w,
                  "num_inference_steps": self.steps, "output_type": "np",
                  "generator": torch.Generator(device="cpu").manual_seed(self.seed * 1000 + self.calls)}
        if any(given) or control is not None:
            kwargs["video"] = [Image.fromarray(np.ascontiguousarray(f)) for f in frames]
            kwargs["mask"] = [Image.new("L", (w, h), 0 if g else 255) for g in given]
        if self.guidance is not None:
            kwargs["guidance_scale"] = self.guidance

        def step_end(_pipe, _i, _t, kw):
            if self.on_step:
                self.on_step()
            return kw

        self.calls += 1
        out = np.asarray(self.model.pipeline(**kwargs, callback_on_step_end=step_end).frames[0])
        if out.dtype != np.uint8:
            out = np.clip(np.round(out * 255), 0, 255).astype(np.uint8)
        start = before + (0 if keep_head else len(head))
        return list(out[start:before + len(head) + new])


def forward_schedule(total: int, first_head: int, tail: int, window: int) -> list[int]:
    """New frames per window for ``total`` frames made forward: the first window holds ``first_head`` given
    frames, each later one ``HEAD`` frames of the one before, and the last also the ``tail``."""
    out: list[int] = []
    head, left = first_head, total
    while left > 0:
        room = window - head
        if left + tail <= room:
            out.append(left)
            break
        take = min(left - 1, room) if tail else room  # the tail's own window keeps at least one new frame
        out.append(max(1, take))
        left -= max(1, take)
        head = HEAD
    return out or [0]  # image-to-video of one frame: the photo's frame alone


def backward_schedule(total: int, window: int) -> list[int]:
    """New frames per window for a backward extension, nearest the clip first: each window leads into ``TAIL``
    frames (the clip's first ones, then the window made after it)."""
    room = window - TAIL
    return [min(room, total - i) for i in range(0, total, room)] or [0]


def calls_needed(mode: str, direction: str, new: int, window: int) -> int:
    """Pipeline calls (windows) a request takes: for the progress bar, before anything runs."""
    if mode == "extend" and direction == "backward":
        return len(backward_schedule(new, window))
    if mode == "v2v":
        return len(forward_schedule(new, 0, 0, window))
    first_head = {"t2v": 0, "i2v": 1}.get(mode, HEAD)
    return len(forward_schedule(new - (1 if mode == "i2v" else 0), first_head, TAIL if mode == "bridge" else 0,
                                window))


def forward(run: VaceRunner, total: int, head: list[np.ndarray] = (), tail: list[np.ndarray] = (),
            keep_head: bool = False) -> Iterator[np.ndarray]:
    """``total`` new frames after ``head`` (and leading into ``tail``), window by window. With ``keep_head`` (a
    one-frame head: image-to-video) the head's frame as made again is the first of the ``total``."""
    extra = 1 if keep_head else 0
    schedule = forward_schedule(total - extra, len(head), len(tail), run.window)
    context = list(head)
    for i, n in enumerate(schedule):
        last = i == len(schedule) - 1
        made = run(n, head=context, tail=tail if last else (), keep_head=keep_head and i == 0)
        yield from made
        context = (context + made)[-HEAD:]


def backward(run: VaceRunner, total: int, anchor: list[np.ndarray]) -> list[np.ndarray]:
    """``total`` new frames leading into ``anchor`` (a clip's first frames), made from the clip backwards and
    returned in time order (so these native-size frames are collected first)."""
    pieces: list[list[np.ndarray]] = []
    tail = list(anchor[:TAIL])
    for n in backward_schedule(total, run.window):
        made = run(n, tail=tail)
        pieces.insert(0, made)
        tail = (made + tail)[:TAIL]
    return [f for piece in pieces for f in piece]


def bridge(run: VaceRunner, total: int, head: list[np.ndarray], tail: list[np.ndarray]) -> list[np.ndarray]:
    """``total`` frames from ``head`` (the first clip's last frames) into ``tail`` (the second's first), forward in
    windows; the last holds the tail."""
    return list(forward(run, total, head=head, tail=tail))


def restyle(run: VaceRunner, source: Iterable[np.ndarray], strength: float | None = None) -> Iterator[np.ndarray]:
    """Video-to-video: the source (native size) in windows, each in greyscale as the control of the frames made,
    each window holding the last ``HEAD`` frames made before it, so colours carry over. ``strength`` does not
    apply: the control decides how much of the source is kept."""
    context: list[np.ndarray] = []
    buf: list[np.ndarray] = []

    def window(frames: list[np.ndarray]) -> list[np.ndarray]:
        grey = [cv2.cvtColor(cv2.cvtColor(f, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB) for f in frames]
        return run(len(frames), head=context, control=grey)

    for frame in source:
        buf.append(frame)
        if len(buf) == run.window - len(context):
            made = window(buf)
            yield from made
            context, buf = (context + made)[-HEAD:], []
    if buf:
        yield from window(buf)
