"""Where each mode's output frames come from, in order: the source clip's frames pass through ("src", full size)
and the model's frames are made around them ("gen", at the model's size, upscaled later). ``fit_plan`` fits a
request's plan to the loaded pipeline and ``model_frames`` picks the driver for it; ``windowed_frames``
drives LTX-Video's condition pipeline window by window (``ltx.py``) and Wan's VACE pipeline the same way
(``vace.py``); ``single_call_frames`` the pipelines that make a clip in one call (``single_call.py``). ``plan`` is ``api._Plan``: the mode, the counts and the request.
"""

from __future__ import annotations

import functools
import itertools
from typing import Iterator

import cv2
import numpy as np

from clipseal import media
from generator import forcing, ltx, vace
from generator.models import VideoModel
from generator.single_call import (framepack_bridge_frames, framepack_sections, generate_once, history_length,
                                   temporal_factor)


def _read_image(path: str) -> np.ndarray:
    bgr = cv2.imread(str(path), cv2.IMREAD_COLOR)
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)


def _native(frame: np.ndarray, model: VideoModel) -> np.ndarray:
    return cv2.resize(frame, model.native_size, interpolation=cv2.INTER_AREA)


def _clip_frames(path: str, start_s: float | None = None, end_s: float | None = None) -> Iterator[np.ndarray]:
    for f in media.read_frames(path, pixel_format="rgb24", start_s=start_s, end_s=end_s):
        yield f.image


def _last_frames(path: str, n: int) -> list[np.ndarray]:
    info = media.probe(path)
    start = max(0.0, (info.duration_s or 0) - (n + 2) / float(info.frame_rate))
    frames: list[np.ndarray] = []
    for f in _clip_frames(path, start_s=start):
        frames = (frames + [f])[-n:]
    if len(frames) < n:  # short clip or inexact duration: read it all
        for f in _clip_frames(path):
            frames = (frames + [f])[-n:]
    return frames


def _first_frames(path: str, n: int) -> list[np.ndarray]:
    out = []
    for f in _clip_frames(path):
        out.append(f)
        if len(out) == n:
            break
    return out


# --------------------------------------------------------------------------------------------- frames
FRAMEPACK = "HunyuanVideoFramepackPipeline"
LTX2_CONDITION = "LTX2ConditionPipeline"


def fit_plan(plan, model: VideoModel) -> None:
    """Fit the plan to the loaded pipeline: a bridge's new frames rounded up to what the pipeline makes whole
    (FramePack: sections; LTX-2's condition pipeline, whose second clip is a keyframe: latent frames), and the
    pipeline calls the request takes, which the progress bar counts."""
    cls = model.class_name
    if plan.mode == "bridge" and cls in (FRAMEPACK, LTX2_CONDITION):
        k = temporal_factor(model.pipeline)
        plan.new_frames = (framepack_bridge_frames(plan.new_frames, k) if cls == FRAMEPACK
                           else -(-plan.new_frames // k) * k)
    if cls == ltx.CLASS_NAME:
        return  # windows counted when the request was planned (``ltx.windows_needed``)
    if cls == vace.CLASS_NAME:
        plan.calls = vace.calls_needed(plan.mode, plan.request.direction, plan.new_frames,
                                       model.window_frames or vace.WINDOW)
    elif cls in forcing.CLASSES and plan.mode != "bridge":  # diffusion forcing, one window per call
        plan.calls = forcing.calls_needed(model, plan.mode, plan.new_frames, plan.source_frames)
    elif cls == FRAMEPACK:  # one call, its sections each run every step
        plan.calls = framepack_sections(plan.mode, plan.new_frames, temporal_factor(model.pipeline))
    else:
        plan.calls = 1  # the others make the clip in one call


def model_frames(plan, model: VideoModel, seed: int, steps: int, guidance: float | None, tick,
                 sound: list) -> Iterator[tuple[str, np.ndarray]]:
    """The output's frames in order, from the driver for the loaded pipeline's class."""
    if model.class_name == ltx.CLASS_NAME:
        runner = ltx.WindowRunner(model, plan.request.prompt, seed, steps=steps, guidance=guidance, on_step=tick)
        return windowed_frames(plan, runner, model)
    if model.class_name == vace.CLASS_NAME:
        runner = vace.VaceRunner(model, plan.request.prompt, seed, steps, guidance, tick)
        return windowed_frames(plan, runner, model, driver=vace)
    return single_call_frames(plan, model, seed, steps, guidance, tick, sound)


def windowed_frames(plan, run, model: VideoModel, driver=ltx) -> Iterator[tuple[str, np.ndarray]]:
    """The output's frames in order, each tagged "gen" (native size, to upscale) or "src" (full size), for the
    pipelines driven window by window: LTX-Video's condition pipeline (``driver`` = ``ltx``, ``run`` a
    ``ltx.WindowRunner``) and Wan's VACE (``vace``, a ``vace.VaceRunner``). A driver holds ``CONTEXT`` frames of a
    clip before the new ones and ``ANCHOR`` frames after them, trimmed by its ``held`` to counts its VAE takes."""
    r = plan.request
    if plan.mode == "t2v":
        for f in driver.forward(run, plan.new_frames):
            yield "gen", f
    elif plan.mode == "i2v":
        photo = _native(_read_image(r.image), model)
        for f in driver.forward(run, plan.new_frames, head=[photo], keep_head=True):
            yield "gen", f
    elif plan.mode == "v2v":
        for f in driver.restyle(run, (_native(x, model) for x in _clip_frames(r.video)), r.strength):
            yield "gen", f
    elif plan.mode == "extend" and r.direction == "forward":
        for f in _clip_frames(r.video):
            yield "src", f
        head = driver.held([_native(f, model) for f in _last_frames(r.video, driver.CONTEXT)])
        for f in driver.forward(run, plan.new_frames, head=head):
            yield "gen", f
    elif plan.mode == "extend":
        anchor = driver.held([_native(f, model) for f in _first_frames(r.video, driver.ANCHOR)])
        for f in driver.backward(run, plan.new_frames, anchor):
            yield "gen", f
        for f in _clip_frames(r.video):
            yield "src", f
    else:  # bridge
        for f in _clip_frames(r.video):
            yield "src", f
        head = driver.held([_native(f, model) for f in _last_frames(r.video, driver.CONTEXT)])
        tail = driver.held([_native(f, model) for f in _first_frames(r.video_end, driver.ANCHOR)])
        for f in driver.bridge(run, plan.new_frames, head, tail):
            yield "gen", f
        for f in _clip_frames(r.video_end):
            yield "src", f


def single_call_frames(plan, model: VideoModel, seed: int, steps: int, guidance: float | None,
                        tick, sound: list | None = None) -> Iterator[tuple[str, np.ndarray]]:
    """The output's frames in order for one-call pipelines. A sound track the model makes with a whole clip
    (text- or image-to-video) is appended to ``sound`` before the first frame is yielded."""
    r = plan.request
    if model.class_name in forcing.CLASSES and plan.mode != "bridge":
        yield from _forcing_frames(plan, model, seed, steps, guidance, tick)
        return
    if model.class_name == LTX2_CONDITION and plan.mode != "t2v":
        yield from _ltx2_conditioned(plan, model, seed, steps, guidance, tick, sound)
        return
    if plan.mode in ("extend", "bridge"):
        # first(-last)-frame conditioning: the clip's last frame opens the new part, the second clip's first frame
        # closes a bridge; those anchor frames are made again by the model and dropped, so that only new frames
        # sit between the source frames (a backward extension was refused by ``VideoModel.require``)
        for f in _clip_frames(r.video):
            yield "src", f
        head = _native(_last_frames(r.video, 1)[-1], model)
        tail = _native(_first_frames(r.video_end, 1)[0], model) if plan.mode == "bridge" else None
        made = generate_once(model, r.prompt, plan.new_frames + (2 if tail is not None else 1), seed, image=head,
                             last_image=tail, steps=steps, guidance=guidance, on_step=tick)
        new = list(made)[1: 1 + plan.new_frames]
        for f in new:
            yield "gen", f
        if plan.mode == "bridge":
            for f in _clip_frames(r.video_end):
                yield "src", f
        return
    image = _native(_read_image(r.image), model) if plan.mode == "i2v" else None
    video = [_native(f, model) for f in _clip_frames(r.video)] if plan.mode == "v2v" else None
    for f in generate_once(model, r.prompt, plan.new_frames, seed, image=image, video=video, strength=r.strength,
                           steps=steps, guidance=guidance, on_step=tick,
                           sound=sound if plan.mode in ("t2v", "i2v") else None):
        yield "gen", f


def _forcing_frames(plan, model: VideoModel, seed: int, steps: int, guidance: float | None,
                    tick) -> Iterator[tuple[str, np.ndarray]]:
    """SkyReels-V2's diffusion forcing, window by window (``forcing.py``): text- or image-to-video, or a forward
    extension (from the clip's last 17 frames with the video-to-video class, from its last frame with the
    image-to-video class, whose anchor frame made again is dropped)."""
    r = plan.request
    run = functools.partial(forcing.frames, model, r.prompt, seed=seed, steps=steps, guidance=guidance,
                            on_step=tick)
    if plan.mode == "t2v":
        made = run(plan.new_frames)
    elif plan.mode == "i2v":
        made = run(plan.new_frames, image=_native(_read_image(r.image), model))
    else:
        for f in _clip_frames(r.video):
            yield "src", f
        if model.class_name == "SkyReelsV2DiffusionForcingVideoToVideoPipeline":
            n = history_length(plan.source_frames, forcing.window_frames(model), temporal_factor(model.pipeline))
            made = run(plan.new_frames, history=[_native(f, model) for f in _last_frames(r.video, n)])
        else:
            head = _native(_last_frames(r.video, 1)[-1], model)
            made = itertools.islice(run(plan.new_frames + 1, image=head), 1, None)
    for f in made:
        yield "gen", f


LTX2_HEAD_LATENTS = 2  # latent frames of a clip held before an extension or bridge (1 + 2k frames: 17 for LTX-2)
LTX2_TAIL_LATENTS = 1  # latent frames held after a backward extension or bridge (1 + k frames: 9)


def _ltx2_conditioned(plan, model: VideoModel, seed: int, steps: int, guidance: float | None, tick,
                      sound: list | None) -> Iterator[tuple[str, np.ndarray]]:
    """LTX-2's condition pipeline in one call: a photo or a clip's last frames at latent index 0 (image-to-video,
    forward extension, a bridge's start), a clip's first frames as a keyframe at the end (backward extension, a
    bridge's end). Held frames are 1 + k m long (whole latent frames), a keyframe at latent index j starts at pixel
    frame (j - 1) k + 1; the frames the model makes again over held ones are dropped and the source passes through.
    A bridge's new frames are a whole number of latent frames (``plan.new_frames`` is rounded up beforehand)."""
    r = plan.request
    k = temporal_factor(model.pipeline)
    n = plan.new_frames

    def held(frames: list[np.ndarray], latents: int) -> list[np.ndarray]:
        m = max(0, min(latents, (len(frames) - 1) // k))
        return [_native(f, model) for f in frames[:1 + k * m]]

    if plan.mode == "i2v":
        photo = _native(_read_image(r.image), model)
        total = (max(n, 1) - 1 + k - 1) // k * k + 1
        made = generate_once(model, r.prompt, total, seed, steps=steps, guidance=guidance, on_step=tick,
                             sound=sound, conditions=[([photo], 0)])
        for f in list(made)[:n]:
            yield "gen", f
        return
    head = held(_last_frames(r.video, 1 + k * LTX2_HEAD_LATENTS)[::-1], LTX2_HEAD_LATENTS)[::-1] \
        if plan.mode != "extend" or r.direction == "forward" else []
    tail_clip = r.video_end if plan.mode == "bridge" else (r.video if r.direction == "backward" else None)
    tail = held(_first_frames(tail_clip, 1 + k * LTX2_TAIL_LATENTS), LTX2_TAIL_LATENTS) if tail_clip else []
    m = (len(tail) - 1) // k if tail else 0
    if tail:
        # the new frames end where the keyframe starts: (j - 1) k + 1 = len(head) + n, j = L - m
        start = len(head) + n  # pixel frame where the tail begins
        if (start - 1) % k:
            # a backward extension makes a few more frames before it and drops them; a bridge was rounded up
            start += k - (start - 1) % k
        latents = (start - 1) // k + 1 + m
        total = (latents - 1) * k + 1
        conditions = ([(head, 0)] if head else []) + [(tail, latents - m)]
        made = list(generate_once(model, r.prompt, total, seed, steps=steps, guidance=guidance, on_step=tick,
                                  conditions=conditions))
        new = made[start - n:start]
    else:  # forward extension
        total = (len(head) + n - 1 + k - 1) // k * k + 1
        made = list(generate_once(model, r.prompt, total, seed, steps=steps, guidance=guidance, on_step=tick,
                                  conditions=[(head, 0)]))
        new = made[len(head):len(head) + n]
    if plan.mode == "extend" and r.direction == "backward":
        for f in new:
            yield "gen", f
        for f in _clip_frames(r.video):
            yield "src", f
        return
    for f in _clip_frames(r.video):
        yield "src", f
    for f in new:
        yield "gen", f
    if plan.mode == "bridge":
        for f in _clip_frames(r.video_end):
            yield "src", f
