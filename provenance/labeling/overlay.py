"""A visible on-screen label ("KI-generiert", "AI-generated") for the generated segments of a film.

Rendered once as an RGBA patch (Pillow's bundled FreeType font, so accents work), placed in a corner,
never over the centre of the frame. White text on a translucent dark box stays readable on bright and on
dark footage alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFont

POSITIONS = ("top-left", "top-right", "bottom-left", "bottom-right")


@dataclass(frozen=True)
class LabelStyle:
    text: str = "AI-generated"
    position: str = "top-right"
    size: float = 0.045  # text height as a fraction of the frame height
    box_opacity: float = 0.6


class Label:
    def __init__(self, style: LabelStyle, width: int, height: int) -> None:
        if style.position not in POSITIONS:
            raise ValueError(f"label position must be one of {', '.join(POSITIONS)}")
        px = max(12, round(height * style.size))
        font = ImageFont.load_default(size=px)
        left, top, right, bottom = font.getbbox(style.text)
        pad = max(4, px // 3)
        w, h = right - left + 2 * pad, bottom - top + 2 * pad
        w, h = min(w, width // 2), min(h, height // 4)
        patch = Image.new("RGBA", (w, h), (0, 0, 0, round(255 * style.box_opacity)))
        ImageDraw.Draw(patch).text((pad - left, pad - top), style.text, font=font, fill=(255, 255, 255, 255))
        rgba = np.asarray(patch).astype(np.float32) / 255.0
        self.rgb, self.alpha = rgba[..., :3] * 255.0, rgba[..., 3:4]
        margin = max(8, round(min(width, height) * 0.04))
        x = margin if "left" in style.position else width - w - margin
        y = margin if "top" in style.position else height - h - margin
        self.box = (x, y, w, h)

    def apply(self, rgb: np.ndarray) -> np.ndarray:
        x, y, w, h = self.box
        out = rgb.copy()
        region = out[y:y + h, x:x + w].astype(np.float32)
        out[y:y + h, x:x + w] = (region * (1 - self.alpha) + self.rgb * self.alpha + 0.5).astype(np.uint8)
        return out
