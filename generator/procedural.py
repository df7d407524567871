"""Procedurally rendered, captioned clips: coloured shapes moving over textured backgrounds.

Used as the demo's embedded default clip and as training data for the embedded model. Every clip is a
pure function of its ``Scene`` (and so of a seed), so datasets are reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

COLOURS = {
    "red": (220, 40, 40), "green": (40, 190, 70), "blue": (40, 80, 220), "yellow": (235, 215, 40),
    "white": (240, 240, 240), "purple": (150, 60, 190), "orange": (240, 140, 30), "black": (20, 20, 20), "gray": (128, 128, 128),
}
SHAPES = ("circle", "square", "triangle")
MOTIONS = ("left", "right", "up", "down", "growing", "shrinking", "bouncing")


@dataclass(frozen=True)
class Scene:
    shape: str = "circle"
    colour: str = "red"
    background: str = "blue"
    motion: str = "right"
    seed: int = 0

    @property
    def caption(self) -> str:
        verb = {"growing": "growing", "shrinking": "shrinking", "bouncing": "bouncing"}.get(self.motion)
        action = verb or f"moving {self.motion}"
        return f"a {self.colour} {self.shape} {action} on a {self.background} background"


def _background(scene: Scene, width: int, height: int, rng: np.random.Generator) -> np.ndarray:
    base = np.array(COLOURS[scene.background], np.float32) * 0.8
    noise = rng.normal(0, 1, (height // 8 + 2, width // 8 + 2)).astype(np.float32)
    texture = cv2.resize(noise, (width, height), interpolation=cv2.INTER_CUBIC)
    fine = cv2.GaussianBlur(rng.normal(0, 1, (height, width)).astype(np.float32), (0, 0), 1.2)
    grad = np.linspace(-0.15, 0.15, height, dtype=np.float32)[:, None]
    img = base[None, None, :] * (1 + grad[..., None]) + (texture * 14 + fine * 6)[..., None]
    return img


def _draw(img: np.ndarray, shape: str, colour, cx: float, cy: float, r: float) -> None:
    c = tuple(int(v) for v in colour)
    if shape == "circle":
        cv2.circle(img, (int(cx), int(cy)), max(1, int(r)), c, -1, lineType=cv2.LINE_AA)
    elif shape == "square":
        cv2.rectangle(img, (int(cx - r), int(cy - r)), (int(cx + r), int(cy + r)), c, -1, lineType=cv2.LINE_AA)
    else:
        pts = np.array([[cx, cy - r], [cx - r, cy + r * 0.8], [cx + r, cy + r * 0.8]], np.int32)
        cv2.fillPoly(img, [pts], c, lineType=cv2.LINE_AA)


def render(scene: Scene, frames: int = 16, width: int = 64, height: int = 64, pan: bool = True,
           pan_px: int = 16) -> np.ndarray:
    """Render ``frames`` RGB frames (N x H x W x 3 uint8) of the scene; the camera pans by up to
    ``pan_px`` pixels over the clip."""
    rng = np.random.default_rng(scene.seed)
    margin = max(4, pan_px // 4)
    big = _background(scene, width + 2 * margin * 4, height + 2 * margin * 4, rng)
    r0 = min(width, height) * rng.uniform(0.12, 0.18)
    x0, y0 = width * rng.uniform(0.35, 0.65), height * rng.uniform(0.35, 0.65)
    span = 0.45 * min(width, height)
    out = np.empty((frames, height, width, 3), np.uint8)
    pan_dir = rng.uniform(-1, 1, 2) * (margin if pan else 0)
    for i in range(frames):
        t = i / max(1, frames - 1)
        cx, cy, r = x0, y0, r0
        if scene.motion == "left":
            cx = x0 + span * (0.5 - t)
        elif scene.motion == "right":
            cx = x0 + span * (t - 0.5)
        elif scene.motion == "up":
            cy = y0 + span * (0.5 - t)
        elif scene.motion == "down":
            cy = y0 + span * (t - 0.5)
        elif scene.motion == "growing":
            r = r0 * (0.6 + 0.9 * t)
        elif scene.motion == "shrinking":
            r = r0 * (1.5 - 0.9 * t)
        elif scene.motion == "bouncing":
            cy = y0 + span * 0.5 * (abs(np.cos(np.pi * 2 * t)) - 0.5)
        ox = int(round(margin * 4 + pan_dir[0] * t * 4))
        oy = int(round(margin * 4 + pan_dir[1] * t * 4))
        frame = big[oy: oy + height, ox: ox + width].copy()
        _draw(frame, scene.shape, COLOURS[scene.colour], cx, cy, r)
        out[i] = np.clip(frame, 0, 255).astype(np.uint8)
    return out


def demo_clip(seconds: float = 6.0, fps: int = 24, width: int = 1280, height: int = 720) -> np.ndarray:
    """The demo's default clip: a red ball bouncing while the camera pans over a textured background."""
    return render(Scene("circle", "red", "blue", "bouncing", seed=7), frames=int(seconds * fps),
                  width=width, height=height, pan_px=240)


@dataclass(frozen=True)
class TrainingClip:
    frames: np.ndarray  # N x H x W x 3 uint8
    caption: str
    colour: str | None  # None for a camera pan without an object
    shape: str | None
    motion: str  # a MOTIONS entry, or "pan-<direction>"
    background: str
    masks: np.ndarray | None = None  # N x H x W bool: where the object is (None for a pan)


def training_clip(seed: int, frames: int = 17, size: int = 64, allow_held_out: bool = False,
                  pan_fraction: float = 0.1) -> TrainingClip:
    """One random captioned clip for the embedded model: an object moving, growing, shrinking or bouncing, or
    a camera pan over a texture. Held-out (colour, shape, motion) triples are skipped unless asked for."""
    from generator import captions

    rng = np.random.default_rng(seed)
    if rng.random() < pan_fraction:
        direction = str(rng.choice(captions.DIRECTIONS))
        background = str(rng.choice(captions.BACKGROUNDS))
        return TrainingClip(_pan(background, direction, frames, size, rng), captions.pan_caption(direction,
                            background, rng), None, None, f"pan-{direction}", background,
                            np.zeros((frames, size, size), bool))
    while True:
        colour = str(rng.choice(captions.OBJECT_COLOURS))
        shape = str(rng.choice(tuple(captions.SHAPE_WORDS)))
        motion = str(rng.choice(captions.MOTIONS))
        background = str(rng.choice(captions.BACKGROUNDS))
        if captions.allowed_background(colour, background) and (allow_held_out or
                                                                  not captions.held_out(colour, shape, motion)):
            break
    masks = np.zeros((frames, size, size), np.uint8)
    clip = object_clip(colour, shape, motion, background, frames, size, rng, masks=masks)
    return TrainingClip(clip, captions.object_caption(colour, shape, motion, background, rng), colour, shape,
                        motion, background, masks.astype(bool))


def object_clip(colour: str, shape: str, motion: str, background: str, frames: int, size: int,
                rng: np.random.Generator, masks: np.ndarray | None = None) -> np.ndarray:
    """An object doing ``motion`` at a random place and speed, over a faintly textured, slowly drifting background.
    With ``masks`` (frames x size x size uint8), the object's pixels are also marked there."""
    scene = Scene(shape, colour, background, motion, seed=int(rng.integers(1 << 30)))
    pad = size // 4
    big = _background(scene, size + 2 * pad, size + 2 * pad, rng)
    r = size * rng.uniform(0.11, 0.16)
    speed = size * rng.uniform(0.02, 0.035)  # pixels per frame
    travel = speed * (frames - 1)
    lo, hi = r + 1, size - r - 1
    x0, y0 = rng.uniform(lo, hi), rng.uniform(lo, hi)
    if motion == "left":
        x0 = rng.uniform(min(hi, lo + travel), hi)
    elif motion == "right":
        x0 = rng.uniform(lo, max(lo, hi - travel))
    elif motion == "up":
        y0 = rng.uniform(min(hi, lo + travel), hi)
    elif motion == "down":
        y0 = rng.uniform(lo, max(lo, hi - travel))
    elif motion == "bouncing":
        y0 = rng.uniform(size * 0.55, hi)
    drift = rng.uniform(-0.3, 0.3, 2)
    phase = rng.uniform(0, 1)
    out = np.empty((frames, size, size, 3), np.uint8)
    for i in range(frames):
        cx, cy, rr = x0, y0, r
        if motion == "left":
            cx = x0 - speed * i
        elif motion == "right":
            cx = x0 + speed * i
        elif motion == "up":
            cy = y0 - speed * i
        elif motion == "down":
            cy = y0 + speed * i
        elif motion == "growing":
            rr = r * (0.55 + 0.9 * i / (frames - 1))
        elif motion == "shrinking":
            rr = r * (1.45 - 0.9 * i / (frames - 1))
        elif motion == "bouncing":
            cy = y0 - size * 0.3 * abs(np.sin(np.pi * (phase + i / 8)))
        ox, oy = int(round(pad + drift[0] * i)), int(round(pad + drift[1] * i))
        frame = big[oy: oy + size, ox: ox + size].copy()
        _draw(frame, shape, COLOURS[colour], cx, cy, rr)
        if masks is not None:
            _draw(masks[i], shape, (1,), cx, cy, rr)
        out[i] = np.clip(frame, 0, 255).astype(np.uint8)
    return out


def _pan(background: str, direction: str, frames: int, size: int, rng: np.random.Generator) -> np.ndarray:
    """The camera pans ``direction``: the texture slides the opposite way."""
    speed = size * rng.uniform(0.02, 0.04)
    pad = int(speed * frames) + 2
    big = _background(Scene(background=background, seed=int(rng.integers(1 << 30))), size + 2 * pad,
                      size + 2 * pad, rng)
    blobs = cv2.GaussianBlur(rng.normal(0, 1, big.shape[:2]).astype(np.float32), (0, 0), 3.0)
    big = big + (blobs * 120)[..., None]
    dx, dy = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1)}[direction]
    out = np.empty((frames, size, size, 3), np.uint8)
    for i in range(frames):
        ox, oy = int(round(pad + dx * speed * i)), int(round(pad + dy * speed * i))
        out[i] = np.clip(big[oy: oy + size, ox: ox + size], 0, 255).astype(np.uint8)
    return out
