"""Loading a diffusers video pipeline and knowing what it can do.

``load_model`` is the real loading path, ``from_pretrained`` on a local folder or a hub id, for the embedded
default model as for a full-size checkpoint. Each supported pipeline class is mapped to the generation modes it
does natively; asking a model for another mode is a clear error that names the modes it has.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from clipseal.errors import BadInputError
from generator.weights import weights_digest

MODES = ("t2v", "i2v", "v2v", "extend", "bridge")

# What each pipeline class does natively. LTX-Video's condition pipeline conditions on frames at any position:
# that is image-to-video, extension in both directions and bridging; with ``latents`` + ``denoise_strength``
# it also re-renders a clip (video-to-video).
PIPELINE_MODES: dict[str, tuple[str, ...]] = {
    "LTXConditionPipeline": MODES,
    "LTXPipeline": ("t2v",),
    "LTXImageToVideoPipeline": ("i2v",),
    "CogVideoXPipeline": ("t2v",),
    "CogVideoXImageToVideoPipeline": ("i2v",),
    "CogVideoXVideoToVideoPipeline": ("v2v",),
    "WanPipeline": ("t2v",),
    # first(/last)-frame conditioning: a photo, the last frame of a clip (forward extension) or both ends of a
    # transition (bridge: Wan's first-last-frame-to-video)
    "WanImageToVideoPipeline": ("i2v", "extend", "bridge"),
    "WanVideoToVideoPipeline": ("v2v",),
    # VACE: given frames under a mask, anywhere in the clip (generator/vace.py)
    "WanVACEPipeline": MODES,
    "HunyuanVideoPipeline": ("t2v",),
    "HunyuanVideoImageToVideoPipeline": ("i2v", "extend"),
    # HunyuanVideo 1.5: a Qwen2.5-VL text encoder (and a SigLIP image encoder for image-to-video)
    "HunyuanVideo15Pipeline": ("t2v",),
    "HunyuanVideo15ImageToVideoPipeline": ("i2v", "extend"),
    # FramePack: image-to-video in sections, each attending to a compressed history of all before it (long clips);
    # extension starts from the clip's last frame; a bridge ends on the second clip's first frame (its length
    # rounded up to whole sections)
    "HunyuanVideoFramepackPipeline": ("i2v", "extend", "bridge"),
    "SkyReelsV2Pipeline": ("t2v",),
    "SkyReelsV2ImageToVideoPipeline": ("i2v", "extend", "bridge"),
    "SkyReelsV2DiffusionForcingPipeline": ("t2v",),
    "SkyReelsV2DiffusionForcingImageToVideoPipeline": ("i2v", "extend", "bridge"),
    # diffusion forcing continues a clip from its last frames (17 by default) as the first window's history
    "SkyReelsV2DiffusionForcingVideoToVideoPipeline": ("extend",),
    # LTX-2: the clip and its sound track from one call
    "LTX2Pipeline": ("t2v",),
    "LTX2ImageToVideoPipeline": ("i2v", "extend"),
    # frames held at the start (latent index 0) or as keyframes later in the clip (generator/sources.py)
    "LTX2ConditionPipeline": ("t2v", "i2v", "extend", "bridge"),
    "TextToVideoSDPipeline": ("t2v",),
    "VideoToVideoSDPipeline": ("v2v",),
}


# Classes that extend a clip only forward (conditioning on its last frame); LTX-Video's condition pipeline does both.
FORWARD_ONLY = {"WanImageToVideoPipeline", "HunyuanVideoImageToVideoPipeline", "HunyuanVideo15ImageToVideoPipeline", "LTX2ImageToVideoPipeline", "HunyuanVideoFramepackPipeline", "SkyReelsV2ImageToVideoPipeline",
                "SkyReelsV2DiffusionForcingImageToVideoPipeline", "SkyReelsV2DiffusionForcingVideoToVideoPipeline"}

# Image-to-video classes whose checkpoints may attend to a CLIP image encoder's features (Wan 2.1 I2V-14B,
# SkyReels-V2 I2V): such a transformer reads one image's features, and only a first-last-frame checkpoint (Wan 2.1
# FLF2V, whose transformer has position embeddings for two images: ``pos_embed_seq_len``) can bridge.
CLIP_IMAGE_CLASSES = {"WanImageToVideoPipeline", "SkyReelsV2ImageToVideoPipeline"}

# The frame rate each family's checkpoints were trained at (used when a folder has no ``training.json`` card).
FAMILY_FRAME_RATE = {"Wan": 16, "HunyuanVideoFramepack": 30, "SkyReelsV2": 24, "HunyuanVideo": 24, "CogVideoX": 8, "LTX": 24, "TextToVideoSD": 8, "VideoToVideoSD": 8}


@dataclass
class VideoModel:
    """A loaded pipeline, where it runs, and what it can do."""

    pipeline: object
    model_id: str
    class_name: str
    modes: tuple[str, ...]
    device: str
    dtype: str
    native_size: tuple[int, int]  # (width, height) the model generates at
    frame_rate: int  # the frame rate its training clips had
    version: str
    window_frames: int | None = None  # frames per window for pipelines that make long clips window by window
    weights_sha256: str | None = None  # digest of the folder's weight files (None for a hub id)

    def require(self, mode: str, direction: str = "forward") -> None:
        check_mode(self.model_id, self.class_name, mode, direction, modes=self.modes)


def native_modes(path_or_id: str, class_name: str) -> tuple[str, ...]:
    """The modes a checkpoint does natively: its class's, less bridging for a CLIP-conditioned image-to-video
    transformer that reads one image's features (read from a local folder's ``transformer/config.json``)."""
    modes = PIPELINE_MODES.get(class_name, MODES)
    config = Path(path_or_id).expanduser() / "transformer" / "config.json"
    if class_name in CLIP_IMAGE_CLASSES and config.is_file():
        try:
            cfg = json.loads(config.read_text())
        except ValueError as exc:
            raise BadInputError(f"{config}: unreadable transformer config ({exc})") from None
        if cfg.get("image_dim") and not cfg.get("pos_embed_seq_len"):
            modes = tuple(m for m in modes if m != "bridge")
    return modes


def check_mode(model: str, class_name: str, mode: str, direction: str = "forward",
               modes: tuple[str, ...] | None = None) -> None:
    """A clear error when a pipeline class cannot do a mode (or, for ``extend``, a direction): asked before any
    weights load (from the folder's class name and transformer config) and again of a loaded model."""
    modes = modes if modes is not None else native_modes(model, class_name)
    if mode not in modes:
        raise BadInputError(f"model {model!r} ({class_name}) cannot do {mode}; it supports: {', '.join(modes)}")
    if mode == "extend" and direction == "backward" and class_name in FORWARD_ONLY:
        raise BadInputError(f"model {model!r} ({class_name}) extends a clip forward only (from its last frame)")


def pick_device() -> tuple[str, "object"]:
    """CUDA with bfloat16 (float16 where bf16 is unsupported) when a GPU is present, else CPU float32."""
    import torch

    if torch.cuda.is_available():
        dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return "cuda", dtype
    return "cpu", torch.float32


def _device_and_dtype(options: LoadOptions) -> tuple[str, "object"]:
    """The device and dtype asked for, checked before any weights are read; the defaults are ``pick_device``'s
    (float32 on a CPU)."""
    import torch

    dev, dtype = pick_device()
    if options.device is not None:
        dev = options.device
        if dev.startswith("cuda") and not torch.cuda.is_available():
            raise BadInputError(f"--device {dev}: this machine has no CUDA GPU (torch {torch.__version__} sees none)")
        if dev == "mps" and not torch.backends.mps.is_available():
            raise BadInputError("--device mps: no Apple GPU here")
        if dev.startswith("cuda") and ":" in dev and int(dev.split(":")[1]) >= torch.cuda.device_count():
            raise BadInputError(f"--device {dev}: there are {torch.cuda.device_count()} CUDA GPUs")
        if dev == "cpu":
            dtype = torch.float32
    if options.dtype is not None:
        if options.dtype not in DTYPES:
            raise BadInputError(f"--dtype {options.dtype}: one of {', '.join(DTYPES)}")
        dtype = getattr(torch, options.dtype)
    if options.offload is not None:
        if options.offload not in OFFLOAD:
            raise BadInputError(f"--offload {options.offload}: one of {', '.join(OFFLOAD)}")
        if dev == "cpu":
            raise BadInputError("--offload moves weights between the CPU and a GPU; the model runs on the CPU here")
    return dev, dtype


def pipeline_class_name(path_or_id: str) -> str:
    """The pipeline class a checkpoint declares in its ``model_index.json`` (local folder or hub cache)."""
    local = Path(path_or_id).expanduser()
    if local.is_dir():
        index = local / "model_index.json"
        if not index.is_file():
            raise BadInputError(f"{local}: not a diffusers model folder (no model_index.json)")
        try:
            return json.loads(index.read_text())["_class_name"]
        except (ValueError, KeyError) as exc:
            raise BadInputError(f"{index}: unreadable model index ({exc})") from None
    from diffusers import DiffusionPipeline

    try:
        return DiffusionPipeline.load_config(path_or_id)["_class_name"]
    except Exception as exc:  # noqa: BLE001 - hub errors come in many types
        raise BadInputError(f"cannot load model {path_or_id!r}: not a local folder, and it is not in the Hugging "
                            f"Face cache ({type(exc).__name__}); download it first on a machine with network "
                            "access, or pass the folder's path") from None


DTYPES = ("float32", "float16", "bfloat16")
OFFLOAD = ("model", "sequential")  # diffusers' enable_model_cpu_offload / enable_sequential_cpu_offload


@dataclass(frozen=True)
class LoadOptions:
    """Where and how a model runs (``generate --device/--dtype/--offload/--vae-tiling``); None: the default."""

    device: str | None = None  # "cpu", "cuda", "cuda:1", "mps"
    dtype: str | None = None  # one of DTYPES
    offload: str | None = None  # one of OFFLOAD: weights wait in CPU memory, on the GPU only while in use
    vae_tiling: bool = False  # decode (and encode) in tiles and slices: less GPU memory for large frames


def load_model(path_or_id: str | os.PathLike, device: str | None = None,
               options: LoadOptions | None = None) -> VideoModel:
    import diffusers
    import torch

    options = options or LoadOptions(device=device)
    name = str(path_or_id)
    class_name = pipeline_class_name(name)
    if class_name not in PIPELINE_MODES:
        raise BadInputError(f"model {name!r} uses {class_name}, which clipseal does not drive; supported: "
                            f"{', '.join(PIPELINE_MODES)}")
    dev, dtype = _device_and_dtype(options)
    _quiet()  # before the class is imported: its module may warn on import
    cls = getattr(diffusers, class_name)
    try:
        pipe = cls.from_pretrained(name, dtype=dtype)
    except (OSError, ValueError) as exc:
        raise BadInputError(f"cannot load model {name!r}: {str(exc).splitlines()[0]}") from None
    if options.offload == "model":
        pipe.enable_model_cpu_offload(device=dev)
    elif options.offload == "sequential":
        pipe.enable_sequential_cpu_offload(device=dev)
    else:
        pipe.to(dev)
    if options.vae_tiling:
        vae = getattr(pipe, "vae", None)
        for method in ("enable_tiling", "enable_slicing"):
            if hasattr(vae, method):
                getattr(vae, method)()
    pipe.set_progress_bar_config(disable=True)
    card = Path(name) / "training.json"
    meta = json.loads(card.read_text()) if card.is_file() else {}
    size = int(meta.get("size", 0)) or None
    native = (size, size) if size else _default_size(pipe)
    family_rate = _family_frame_rate(class_name, pipe)
    return VideoModel(pipeline=pipe, model_id=name if not Path(name).is_dir() else Path(name).name,
                      class_name=class_name, modes=native_modes(name, class_name), device=dev,
                      dtype=str(dtype).replace("torch.", ""), native_size=native,
                      frame_rate=int(meta.get("frame_rate", family_rate)),
                      version=str(meta.get("version", diffusers.__version__)),
                      window_frames=int(meta["window_frames"]) if meta.get("window_frames") else None,
                      weights_sha256=weights_digest(name))


def _family_frame_rate(class_name: str, pipe) -> int:
    """The frame rate the family's checkpoints were trained at: CogVideoX 1.5 (its transformer patches time in
    pairs: ``patch_size_t``) makes 16 fps where 1.0 made 8; the others by class-name prefix, else 24."""
    config = getattr(getattr(pipe, "transformer", None), "config", None)
    if class_name.startswith("CogVideoX") and getattr(config, "patch_size_t", None):
        return 16
    return next((r for prefix, r in FAMILY_FRAME_RATE.items() if class_name.startswith(prefix)), 24)


def _default_size(pipe) -> tuple[int, int]:
    """(width, height) a pipeline generates at by default: its own attributes, else the size its transformer was
    trained at in latents times the VAE's scale (CogVideoX: 90 x 60 x 8 = 720 x 480), else its call's defaults
    (Wan: 832 x 480), else LTX-Video's 704 x 480."""
    import inspect

    if getattr(pipe, "default_width", None) and getattr(pipe, "default_height", None):
        return int(pipe.default_width), int(pipe.default_height)
    if getattr(pipe, "target_size", None) and getattr(pipe, "default_aspect_ratio", None):
        # HunyuanVideo 1.5: frames of about target_size squared pixels at 16:9, sides in steps of 16 (640: 848 x 480)
        aw, ah = pipe.default_aspect_ratio
        area = float(pipe.target_size) ** 2
        return round((area * aw / ah) ** 0.5 / 16) * 16, round((area * ah / aw) ** 0.5 / 16) * 16
    config = getattr(getattr(pipe, "transformer", None), "config", None)
    scale = getattr(pipe, "vae_scale_factor_spatial", None)
    if config is not None and scale and getattr(config, "sample_width", None) and getattr(config, "sample_height", None):
        return int(config.sample_width) * int(scale), int(config.sample_height) * int(scale)
    params = inspect.signature(type(pipe).__call__).parameters
    w, h = (params.get(k).default if k in params else None for k in ("width", "height"))
    if isinstance(w, int) and isinstance(h, int):
        return w, h
    return 704, 480


def _quiet() -> None:
    """diffusers and transformers print loading bars and advice; the command line has its own progress bar."""
    import diffusers
    import transformers

    diffusers.utils.logging.set_verbosity_error()
    diffusers.utils.logging.disable_progress_bar()
    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
