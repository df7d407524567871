"""Pipelines other than LTX-Video's condition pipeline and Wan VACE: one call per clip (Wan, CogVideoX, SkyReels-V2,
HunyuanVideo 1.0 and 1.5, FramePack, LTX-Video's one-call classes, LTX-2, ModelScope).

These pipelines take their conditioning as ``image=`` / ``last_image=`` (first(-last)-frame), ``video=`` +
``strength=`` (v2v), ``video=`` as a history (SkyReels-V2's diffusion-forcing extension) or ``conditions=``
(LTX-2's condition pipeline), and make the clip in one call; SkyReels-V2's diffusion forcing and FramePack make
long clips in windows or sections inside that call. Their VAEs compress time by a factor k and need k*n + 1
frames: the call asks for the next such count and the extra frames are dropped, so the clip has exactly the frames
the plan (and the manifest) says. Where a class differs from the others (no height and width, no step callback,
guidance from a guider, the image's frames dropped from the output) it is said where it is handled. Tested offline
with tiny random instances of every class (tests/test_families.py).
"""

from __future__ import annotations

from typing import Callable, Iterator

import cv2
import numpy as np


STEPS = 40
DF_WINDOW = 97  # SkyReels-V2 diffusion forcing: frames per window (the pipeline's default)
DF_OVERLAP = 17  # frames each window shares with the one before (the value SkyReels-V2 recommends)
DF_ADDNOISE = 20  # noise added to the shared frames, against error accumulating window to window
FRAMEPACK_SECTION = 9  # FramePack: latent frames per section (the pipeline's default latent_window_size)


def framepack_bridge_frames(new: int, k: int = 4) -> int:
    """New frames of a FramePack bridge: its sections make k * FRAMEPACK_SECTION frames each after the first, so a
    clip that starts and ends on given frames has k * FRAMEPACK_SECTION * s + 1 frames; ``new`` is rounded up to
    the count between the two (35, 71, 107, ... at 4x and 9 latent frames a section)."""
    per = k * FRAMEPACK_SECTION
    return per * -(-(new + 1) // per) - 1


def generate_once(model, prompt: str, frames: int, seed: int, image: np.ndarray | None = None,
                  video: list[np.ndarray] | None = None, strength: float = 0.6, steps: int = STEPS,
                  last_image: np.ndarray | None = None, history: list[np.ndarray] | None = None,
                  guidance: float | None = None, on_step: Callable[[], None] | None = None,
                  sound: list | None = None,
                  conditions: list[tuple[list[np.ndarray], int]] | None = None) -> Iterator[np.ndarray]:
    """``frames`` frames from one pipeline call. ``image`` (and ``last_image``): first(-last)-frame conditioning;
    ``video``: video-to-video; ``history``: a clip's last 4k + 1 frames that diffusion forcing continues (SkyReels-V2's
    video-to-video class), which are not part of the frames returned. A pipeline that makes a sound track too
    (LTX-2) appends it to ``sound`` as ``(samples x channels float32, sample rate)``, cut to the frames kept, before
    the first frame is yielded. ``conditions``: LTX-2's condition pipeline, (frames, latent index) pairs: frames
    at index 0 open the clip, frames at a later index j are keyframes from pixel frame (j - 1) k + 1 on."""
    import inspect

    import torch
    from PIL import Image

    w, h = model.native_size
    k = temporal_factor(model.pipeline)
    kwargs = {"prompt": prompt, "num_frames": _frame_count(frames, k), "height": h, "width": w, "num_inference_steps": steps,
              "generator": torch.Generator(device="cpu").manual_seed(seed), "output_type": "np"}
    if guidance is not None:  # else the pipeline's own default
        kwargs["guidance_scale"] = guidance
    params = inspect.signature(type(model.pipeline).__call__).parameters
    if "frame_rate" in params:
        kwargs["frame_rate"] = float(model.frame_rate)  # LTX-2: the sound track's length follows it
    # HunyuanVideo 1.0's image-to-video with the image's latents concatenated to the noise drops the first four
    # frames it decodes (the image's): it is asked for that many more, and the photo itself opens the clip, so that
    # frame 0 is the image as for every other image-to-video pipeline
    drops_image = image is not None and _drops_image_frames(model.pipeline)
    if drops_image:
        kwargs["num_frames"] = _frame_count(frames - 1 + k, k)
    if history is not None:
        # the history is encoded and held as the first window's first latent frames, which the pipeline decodes
        # again after its copy of the input: both are dropped
        kwargs["video"] = [Image.fromarray(f) for f in history]
        kwargs["num_frames"] = _frame_count(len(history) + frames, k)
    if "DiffusionForcing" in type(model.pipeline).__name__:
        # SkyReels-V2's long-video mechanism: windows of ``base`` frames, each conditioned on the last
        # DF_OVERLAP frames of the one before, in one call (the pipeline's own loop: it keeps the whole clip's
        # latents and decodes them at the end)
        base = int(model.window_frames or DF_WINDOW)
        kwargs["base_num_frames"] = base
        if history is not None:
            kwargs["overlap_history"] = len(history)
        if kwargs["num_frames"] > base:
            kwargs.setdefault("overlap_history", min(DF_OVERLAP, base - k))
            kwargs["addnoise_condition"] = DF_ADDNOISE
    if last_image is not None and type(model.pipeline).__name__ == "HunyuanVideoFramepackPipeline":
        # as many sections as make exactly ``frames`` (the plan rounded them: ``framepack_bridge_frames``); the
        # pipeline counts sections of (FRAMEPACK_SECTION - 1) k + 1 frames
        sections = (frames - 1) // (k * FRAMEPACK_SECTION)
        kwargs["num_frames"] = sections * ((FRAMEPACK_SECTION - 1) * k + 1)
        kwargs["latent_window_size"] = FRAMEPACK_SECTION
    if conditions:
        from diffusers.pipelines.ltx2.pipeline_ltx2_condition import LTX2VideoCondition

        kwargs["conditions"] = [LTX2VideoCondition(frames=[Image.fromarray(f) for f in held], index=index)
                                for held, index in conditions]
    if image is not None:
        kwargs["image"] = Image.fromarray(image)
    if last_image is not None:  # first-last-frame conditioning (Wan's FLF2V): the clip ends on this frame
        kwargs["last_image"] = Image.fromarray(last_image)
    if video is not None:  # padded with its last frame to a count the VAE takes; the padding is dropped again
        frames = len(video)
        padded = list(video) + [video[-1]] * (_frame_count(frames, k) - frames)
        kwargs["video"] = [Image.fromarray(f) for f in padded]
        kwargs["strength"] = strength
        kwargs.pop("num_frames")

    def step_end(_pipe, _i, _t, kw):
        if on_step:
            on_step()
        return kw

    kwargs["callback_on_step_end"] = step_end
    # HunyuanVideo 1.5 takes no step callback (its bar moves when the call ends), and its image-to-video sizes the
    # frames from the image (no height or width)
    kwargs = {k: v for k, v in kwargs.items()
              if k in params or k not in ("height", "width", "callback_on_step_end")}
    if "guidance_scale" in kwargs and "guidance_scale" not in params:
        from clipseal.errors import BadInputError

        raise BadInputError(f"--guidance: {type(model.pipeline).__name__} takes its guidance from its guider's "
                            "configuration (the folder's guider/), not from the command line")
    out = model.pipeline(**kwargs)
    if "callback_on_step_end" not in kwargs:
        for _ in range(steps):
            step_end(None, None, None, None)
    video_out = np.asarray(out.frames[0])
    if history is not None:
        video_out = video_out[2 * len(history):]
    if video_out.dtype != np.uint8:
        video_out = np.clip(np.round(video_out * 255), 0, 255).astype(np.uint8)
    if drops_image:
        video_out = np.concatenate([cv2.resize(image, video_out.shape[2:0:-1], interpolation=cv2.INTER_AREA)[None],
                                    video_out])
    if len(video_out) < frames:
        raise RuntimeError(f"{type(model.pipeline).__name__} returned {len(video_out)} frames, {frames} were asked for")
    track = getattr(out, "audio", None)
    if sound is not None and track is not None:
        rate = int(model.pipeline.vocoder.config.output_sampling_rate)
        samples = np.asarray(track[0].float().cpu()).T if hasattr(track, "cpu") else np.asarray(track[0]).T
        keep = round(frames / float(model.frame_rate) * rate)  # the frames dropped take their sound with them
        sound.append((np.ascontiguousarray(samples[:keep], dtype=np.float32), rate))
    yield from video_out[:frames]


def framepack_sections(mode: str, new_frames: int, k: int = 4) -> int:
    """FramePack's sections for a request (each runs every denoising step: the progress bar's windows)."""
    if mode == "bridge":
        return max(1, (new_frames + 1) // (k * FRAMEPACK_SECTION))
    asked = _frame_count(new_frames + (1 if mode == "extend" else 0), k)
    return max(1, -(-asked // ((FRAMEPACK_SECTION - 1) * k + 1)))


def _drops_image_frames(pipeline) -> bool:
    """HunyuanVideo-I2V with ``latent_concat`` conditioning leaves the image's decoded frames out of its output."""
    config = getattr(getattr(pipeline, "transformer", None), "config", None)
    return type(pipeline).__name__ == "HunyuanVideoImageToVideoPipeline" and \
        getattr(config, "image_condition_type", None) == "latent_concat"


def temporal_factor(pipeline) -> int:
    """How many frames the pipeline's VAE folds into one latent frame (Wan, CogVideoX, HunyuanVideo name it
    ``vae_scale_factor_temporal``, LTX-Video ``vae_temporal_compression_ratio``); 1 when it does not say."""
    for name in ("vae_scale_factor_temporal", "vae_temporal_compression_ratio"):
        k = getattr(pipeline, name, None)
        if k:
            return int(k)
    return 1


def history_length(available: int, base: int, k: int) -> int:
    """Frames of a clip diffusion forcing continues from: the recommended ``DF_OVERLAP``, fewer for a short clip or
    a short window, always k*n + 1 (whole latent frames)."""
    n = min(DF_OVERLAP, available, base - k)
    return max(1, n - (n - 1) % k) if k > 1 else max(1, n)


def _frame_count(frames: int, k: int) -> int:
    """The smallest k*n + 1 frame count that holds ``frames`` (what a VAE compressing time by k takes)."""
    return frames if k <= 1 else ((max(frames, 1) - 1 + k - 1) // k) * k + 1
