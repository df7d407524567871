"""The public generation API: it returns finished, stamped files and nothing else.

Order, always: policy check (a refusal spends no compute) -> generation -> watermark + C2PA signature +
registry entry -> atomic write. Frames never leave this module unstamped: ``generate`` hands them straight to
``provenance.stamp.stamp_frames``, which writes the output only once everything has succeeded.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Callable, Iterator

import cv2
import numpy as np

from clipseal import __version__ as clipseal_version
from clipseal import media
from clipseal.atomic import check_output_path
from clipseal.errors import BadInputError, NegativeFinding
from generator import ltx
from generator.models import MODES, LoadOptions, VideoModel, check_mode, load_model, pipeline_class_name
from generator.single_call import STEPS as SINGLE_CALL_STEPS
from generator.sources import fit_plan, model_frames

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff"}
GUIDANCE_RANGE = (1.0, 20.0)  # classifier-free guidance scales accepted (1: no guidance)
DISPLAY_SIZE = 512  # text- and image-to-video outputs are upscaled from the native size to this
MAX_SECONDS = 60.0


@dataclass
class GenerationRequest:
    """What to generate. ``mode`` is inferred from the inputs when None."""

    prompt: str
    mode: str | None = None
    image: str | None = None
    video: str | None = None
    video_end: str | None = None
    direction: str = "forward"
    seconds: float | None = None
    frames: int | None = None
    seed: int | None = None
    strength: float = 0.6  # video-to-video: how far the result may move from the source
    guidance: float | None = None  # classifier-free guidance scale; None: the pipeline's default
    consent: dict | None = None

    def resolved_mode(self) -> str:
        mode = self.mode or infer_mode(self.image, self.video, self.video_end)
        if mode not in MODES:
            raise BadInputError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
        need = {"i2v": ("image",), "v2v": ("video",), "extend": ("video",), "bridge": ("video", "video_end")}
        for name in need.get(mode, ()):
            if getattr(self, name) is None:
                raise BadInputError(f"mode {mode} needs --{name.replace('_', '-')}")
        extra = [n for n in ("image", "video", "video_end") if getattr(self, n) is not None
                 and n not in need.get(mode, ())]
        if extra:
            raise BadInputError(f"mode {mode} takes no --{extra[0].replace('_', '-')}")
        if self.direction not in ("forward", "backward"):
            raise BadInputError("--direction must be forward or backward")
        low, high = GUIDANCE_RANGE
        if self.guidance is not None and not (low <= self.guidance <= high):  # NaN fails this too
            raise BadInputError(f"--guidance must be between {low:g} and {high:g}, got {self.guidance}")
        return mode

    def inputs(self) -> list[str]:
        return [p for p in (self.image, self.video, self.video_end) if p is not None]


@dataclass
class GenerationResult:
    output: str
    mode: str
    frames: int
    seed: int
    manifest_id: str
    watermark_payload: str
    policy_decision: dict
    generated_range_s: tuple[float, float]
    frame_rate: float
    model: str
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"output": self.output, "mode": self.mode, "frames": self.frames, "seed": self.seed,
                "manifest_id": self.manifest_id, "watermark_payload": self.watermark_payload,
                "policy_decision": self.policy_decision, "generated_range_s": list(self.generated_range_s),
                "frame_rate": self.frame_rate, "model": self.model}


class PolicyRefusal(NegativeFinding):
    """The policy refused the request (exit 1); nothing was generated."""

    def __init__(self, decision) -> None:
        self.decision = decision
        why = "; ".join(r.detail for r in decision.reasons) or decision.decision
        super().__init__(f"refused by policy ({decision.decision}): {why}")


def infer_mode(image: str | None, video: str | None, video_end: str | None) -> str:
    if video_end is not None:
        return "bridge"
    if video is not None:
        return "extend"
    if image is not None:
        return "i2v"
    return "t2v"


def _progress(factory: Callable[..., Callable[[], None]], total: int, windows: int) -> Callable[[], None]:
    """The caller's progress callback for ``total`` denoising steps; a factory that takes ``windows`` is also told
    how many pipeline calls (windows) they are split into, so that it can say which one is running."""
    import inspect

    try:
        takes_windows = "windows" in inspect.signature(factory).parameters
    except (TypeError, ValueError):  # a builtin or a C callable: no signature to read
        takes_windows = False
    return factory(total, windows=windows) if takes_windows else factory(total)


def generate(request: GenerationRequest, output: str | os.PathLike, config=None,
             model: VideoModel | str | None = None,
             policy=None, kit=None, progress: Callable[..., Callable[[], None]] | None = None,
             load_options: LoadOptions | None = None) -> GenerationResult:
    """Screen, generate, stamp and write ``output``. ``model`` is a loaded model, a folder or hub id (loaded
    only after the policy allowed the request), or None for the configured one. ``progress(total)`` (or
    ``progress(total, windows=n)``) returns a callback called once per denoising step. Raises ``PolicyRefusal``
    (nothing generated), ``BadInputError``, or ``SigningError`` (nothing written)."""
    from clipseal.config import load_config

    cfg = config or load_config()
    mode = request.resolved_mode()
    for path in request.inputs():
        if not Path(path).is_file():
            raise BadInputError(f"{path}: no such file")
    check_output_path(output, *request.inputs())
    if not request.prompt or not request.prompt.strip():
        raise BadInputError("the prompt is empty")
    # 1. Policy first: a refusal costs no model load and no compute.
    if policy is None:
        from policy import policy_from_config

        policy = policy_from_config(cfg)
    decision = policy.check(request.prompt, inputs=request.inputs(), mode=mode, consent=request.consent)
    if not decision.allowed:
        raise PolicyRefusal(decision)
    # 2. Inputs, model.
    seed = request.seed if request.seed is not None else secrets.randbelow(2**31)
    plan = _plan(request, mode, cfg)
    if kit is None:  # before the model: missing keys are found without a slow load
        from provenance.credentials import StampingKit

        kit = StampingKit.from_config(cfg)
    if not isinstance(model, VideoModel):
        name = str(model or cfg.generator.model)
        check_mode(name, pipeline_class_name(name), mode, request.direction)  # refused before loading weights
        model = load_model(name, options=load_options)
    model.require(mode, request.direction)
    if mode in ("t2v", "i2v") and model.frame_rate != plan.fps:
        plan = _plan(request, mode, cfg, model_fps=model.frame_rate)  # output at the model's own frame rate
    fit_plan(plan, model)
    # The sampling settings, decided once: they drive the pipeline and the manifest records them.
    windowed = model.class_name == ltx.CLASS_NAME
    steps = ltx.STEPS if windowed else SINGLE_CALL_STEPS
    guidance = request.guidance
    if guidance is None and windowed:  # single-call pipelines keep their own default
        guidance = ltx.GUIDANCE
    tick = _progress(progress, plan.calls * steps, plan.calls) if progress else None
    sound: list = []  # a sound track the model makes with the clip (LTX-2), as (samples, rate)
    frames = model_frames(plan, model, seed, steps, guidance, tick, sound)
    # 3. Stamp and write: watermark on the generated range only, manifest with the inputs as ingredients.
    from provenance.stamp import stamp_frames

    spec = _manifest(plan, request, model, seed, steps, guidance, decision, Path(output))
    audio_file = None
    try:
        if hasattr(model.pipeline, "vocoder"):  # the call runs before the first frame: its sound is known then
            frames = _started(frames)
            if sound:
                audio_file = _sound_file(*sound[0], Path(output))
                spec.generation = dataclasses.replace(spec.generation, audio_generated=True)
        result = stamp_frames(_yuv(frames, plan), plan.fps, output, kit, spec,
                              marked_ranges_s=[plan.generated_range_s], audio_from=audio_file)
    except RuntimeError as exc:  # torch.cuda.OutOfMemoryError is one; nothing was written (the output is atomic)
        if type(exc).__name__ != "OutOfMemoryError":
            raise
        raise BadInputError(f"the GPU ran out of memory for {model.model_id} at {plan.width} x {plan.height}, "
                            f"{plan.new_frames} frames: try --offload model, --vae-tiling, fewer frames or a smaller "
                            "model") from None
    finally:
        if audio_file is not None:
            audio_file.unlink(missing_ok=True)
    return GenerationResult(result.output, mode, result.frames, seed, result.manifest_id, result.watermark_payload,
                            decision.to_dict(), plan.generated_range_s, float(plan.fps), model.model_id)


def _started(frames: Iterator) -> Iterator:
    """The same frames, with the first already drawn (a one-call pipeline has then run, and its sound is known)."""
    import itertools

    first = next(frames, None)
    return frames if first is None else itertools.chain([first], frames)


def _sound_file(samples: np.ndarray, rate: int, output: Path) -> Path:
    """The model's sound track as a temporary WAV file beside the output, for the writer to carry in as AAC."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".wav", dir=output.parent or ".")
    os.close(fd)
    try:
        return media.write_wav(name, samples, rate)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------------------------- planning
@dataclass
class _Plan:
    mode: str
    fps: Fraction
    width: int
    height: int
    new_frames: int  # frames the model makes
    source_frames: int  # frames passed through from the source clip(s)
    before: int  # pass-through frames that come before the generated ones
    calls: int
    request: GenerationRequest
    end_frames: int = 0  # bridge: frames of the second clip after the transition

    @property
    def total_frames(self) -> int:
        return self.new_frames + self.source_frames

    @property
    def generated_range_s(self) -> tuple[float, float]:
        start = self.before / float(self.fps)
        return (round(start, 3), round(start + self.new_frames / float(self.fps), 3))


def _count(request: GenerationRequest, fps: float, default_s: float) -> int:
    if request.frames is not None and request.seconds is not None:
        raise BadInputError("give --frames or --seconds, not both")
    if request.frames is not None:
        n = request.frames
    else:
        n = round((request.seconds if request.seconds is not None else default_s) * fps)
    if n < 1:
        raise BadInputError("at least one frame must be generated")
    if n / fps > MAX_SECONDS + 1e-9:
        raise BadInputError(f"{n} frames at {fps:g} fps is longer than the {MAX_SECONDS:g} s limit")
    return int(n)


def _even(n: int) -> int:
    return max(2, n - n % 2)


def _plan(request: GenerationRequest, mode: str, cfg, model_fps: int | None = None) -> _Plan:
    from generator.tiny_ltx import FRAME_RATE

    new_per = ltx.WINDOW - ltx.CONTEXT
    if mode in ("t2v", "i2v"):
        if mode == "i2v":
            _check_image(request.image)
        fps = Fraction(model_fps or FRAME_RATE)
        n = _count(request, float(fps), 16 / float(fps))
        return _Plan(mode, fps, DISPLAY_SIZE, DISPLAY_SIZE, n, 0, 0, ltx.windows_needed(n, ltx.WINDOW), request)
    info = media.probe(request.video)
    fps = info.frame_rate
    w, h = _even(info.width), _even(info.height)
    src = info.frame_count or sum(1 for _ in media.read_frames(request.video, pixel_format="gray"))
    if mode == "v2v":
        n = src
        if n / float(fps) > MAX_SECONDS + 1e-9:
            raise BadInputError(f"{request.video}: longer than the {MAX_SECONDS:g} s limit for video-to-video")
        return _Plan(mode, fps, w, h, n, 0, 0, -(-n // ltx.WINDOW), request)
    n = _count(request, float(fps), 2.0)
    if mode == "extend":
        before = src if request.direction == "forward" else 0
        calls = ltx.windows_needed(n, new_per) if request.direction == "forward" else \
            -(-n // (ltx.WINDOW - ltx.ANCHOR))
        return _Plan(mode, fps, w, h, n, src, before, calls, request)
    end = media.probe(request.video_end)
    end_n = end.frame_count or sum(1 for _ in media.read_frames(request.video_end, pixel_format="gray"))
    return _Plan(mode, fps, w, h, n, src + end_n, src, 1, request, end_frames=end_n)


def _check_image(path: str) -> None:
    if Path(path).suffix.lower() not in IMAGE_SUFFIXES:
        raise BadInputError(f"{path}: not an image file ({', '.join(sorted(IMAGE_SUFFIXES))})")
    if cv2.imread(str(path), cv2.IMREAD_COLOR) is None:
        raise BadInputError(f"{path}: not a readable image")


def _yuv(frames: Iterator[tuple[str, np.ndarray]], plan: _Plan) -> Iterator[tuple[np.ndarray, int, int, float]]:
    w, h = plan.width, plan.height
    for i, (kind, rgb) in enumerate(frames):
        if rgb.shape[1] != w or rgb.shape[0] != h:
            interp = cv2.INTER_CUBIC if kind == "gen" else cv2.INTER_AREA
            rgb = cv2.resize(rgb, (w, h), interpolation=interp)
        yield media.rgb_to_yuv420p(rgb), w, h, i / float(plan.fps)


# --------------------------------------------------------------------------------------------- manifest
def _manifest(plan: _Plan, request: GenerationRequest, model: VideoModel, seed: int, steps: int,
              guidance: float | None, decision, output: Path):
    from provenance.c2pa.manifest import COMPOSITE_TRAINED, TRAINED, Generation, Ingredient, ManifestSpec

    gen = Generation(model_id=model.model_id, model_version=model.version, mode=plan.mode, seed=seed,
                     steps=steps, guidance=guidance, prompt=request.prompt, policy_decision_id=decision.id,
                     frames=plan.new_frames, generated_range_s=plan.generated_range_s, pipeline=model.class_name,
                     weights_sha256=model.weights_sha256)
    ingredients: list[Ingredient] = []
    source_type = TRAINED
    if plan.mode == "i2v":
        ingredients.append(Ingredient(Path(request.image), "parentOf", plan.generated_range_s, "photo"))
        source_type = COMPOSITE_TRAINED
    elif plan.mode == "v2v":
        ingredients.append(Ingredient(Path(request.video), "parentOf", plan.generated_range_s, "source"))
    elif plan.mode == "extend":
        ingredients.append(Ingredient(Path(request.video), "parentOf", plan.generated_range_s, "source"))
        source_type = COMPOSITE_TRAINED
    elif plan.mode == "bridge":
        fps = float(plan.fps)
        end_start = (plan.before + plan.new_frames) / fps
        ingredients.append(Ingredient(Path(request.video), "parentOf", plan.generated_range_s, "first"))
        ingredients.append(Ingredient(Path(request.video_end), "componentOf",
                                      (round(end_start, 3), round(end_start + plan.end_frames / fps, 3)), "second"))
        source_type = COMPOSITE_TRAINED
    # the action's software agent names clipseal and the model that made the frames
    agent = (f"clipseal with {model.class_name} ({model.model_id})", clipseal_version)
    return ManifestSpec(title=output.name, source_type=source_type, software_agent=agent, generation=gen,
                        ingredients=ingredients)
