"""Caption grammar of the embedded model's training set: what it was taught to understand.

The model knows the colours, shapes and motions below and a handful of ways to say each. Some
(colour, shape, motion) combinations are never shown in training (``held_out``); the caption benchmark
asks for exactly those, so it measures whether captions are followed rather than remembered.
"""

from __future__ import annotations

import re

import numpy as np

OBJECT_COLOURS = ("red", "green", "blue", "yellow", "white", "purple", "orange", "black")
BACKGROUNDS = ("blue", "green", "black", "white", "gray", "purple", "yellow", "red", "orange")
SHAPE_WORDS = {"circle": ("circle", "ball", "disc", "dot"), "square": ("square", "box", "block"),
               "triangle": ("triangle",)}
MOTION_PHRASES = {
    "left": ("moving left", "going left", "sliding to the left", "travelling left", "heading left"),
    "right": ("moving right", "going right", "sliding to the right", "travelling right", "heading right"),
    "up": ("moving up", "going up", "rising", "floating upwards", "moving upwards"),
    "down": ("moving down", "going down", "falling", "dropping", "moving downwards"),
    "growing": ("growing", "getting bigger", "expanding"),
    "shrinking": ("shrinking", "getting smaller"),
    "bouncing": ("bouncing", "bouncing up and down"),
}
MOTIONS = tuple(MOTION_PHRASES)
DIRECTIONS = ("left", "right", "up", "down")
OBJECT_TEMPLATES = (
    "a {c} {s} {m} on a {b} background",
    "{c} {s} {m}, {b} background",
    "a {b} background with a {c} {s} {m}",
    "a {c} {s} {m} against a {b} backdrop",
    "the {c} {s} is {m} over a {b} background",
)
PAN_TEMPLATES = (
    "the camera panning {d} over a {b} texture",
    "{b} textured background, the camera pans {d}",
    "a slow pan {d} across a {b} surface",
)
# Colours too close to tell apart as object on background.
_CLASHES = {("yellow", "white"), ("white", "yellow"), ("orange", "red"), ("red", "orange"), ("orange", "yellow"),
            ("yellow", "orange"), ("purple", "blue"), ("blue", "purple")}


def allowed_background(colour: str, background: str) -> bool:
    return colour != background and (colour, background) not in _CLASHES


def held_out(colour: str, shape: str, motion: str) -> bool:
    """A fixed sixth of the (colour, shape, motion) triples never appears in training."""
    i = OBJECT_COLOURS.index(colour) * 7 + tuple(SHAPE_WORDS).index(shape) * 3 + MOTIONS.index(motion)
    return i % 6 == 0


def object_caption(colour: str, shape: str, motion: str, background: str, rng: np.random.Generator) -> str:
    template = OBJECT_TEMPLATES[rng.integers(len(OBJECT_TEMPLATES))]
    return template.format(c=colour, s=rng.choice(SHAPE_WORDS[shape]), m=rng.choice(MOTION_PHRASES[motion]),
                           b=background)


def pan_caption(direction: str, background: str, rng: np.random.Generator) -> str:
    return PAN_TEMPLATES[rng.integers(len(PAN_TEMPLATES))].format(d=direction, b=background)


def all_words() -> set[str]:
    text = " ".join(OBJECT_COLOURS + BACKGROUNDS + OBJECT_TEMPLATES + PAN_TEMPLATES + DIRECTIONS)
    text += " " + " ".join(w for ws in SHAPE_WORDS.values() for w in ws)
    text += " " + " ".join(p for ps in MOTION_PHRASES.values() for p in ps)
    return set(re.findall(r"[a-z]+", re.sub(r"\{[a-z]\}", " ", text)))
