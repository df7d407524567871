"""Producer labelling: mark the AI-made segments of an edited film, visibly and in its credentials.

Only the listed segments carry the watermark; the manifest records the film as a composite
(``compositeWithTrainedAlgorithmicMedia``) with each segment as a ``componentOf`` ingredient placed at
its time range (a temporal region of interest). An ingredient is the segment's source clip when the
segment list names one (with its own manifest, if it has one), else a still of the segment's first frame.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from clipseal import media
from clipseal.atomic import check_output_path
from provenance.credentials import StampingKit
from provenance.c2pa.manifest import COMPOSITE_TRAINED, Ingredient, ManifestSpec
from provenance.labeling.overlay import Label, LabelStyle
from provenance.labeling.segments import Segment
from provenance.stamp import StampResult, stamp_frames


@dataclass
class LabelResult:
    stamp: StampResult
    segments: list[Segment]
    visible: bool

    def to_dict(self) -> dict:
        d = self.stamp.to_dict()
        d["segments"] = [{"start_s": s.start_s, "end_s": s.end_s, "generator": s.generator,
                          "source": str(s.source) if s.source else None} for s in self.segments]
        d["visible_label"] = self.visible
        return d


def _still(film: str | os.PathLike, at_s: float, path: Path) -> Path:
    """The first frame at or after ``at_s``, as a small JPEG (the ingredient for a segment with no source)."""
    frame = next(media.read_frames(film, start_s=at_s, end_s=at_s + 5.0), None)
    if frame is None:
        raise ValueError(f"no frame at {at_s:.2f} s")
    rgb = frame.image
    h, w = rgb.shape[:2]
    small = cv2.resize(rgb, (320, max(2, round(320 * h / w))), interpolation=cv2.INTER_AREA)
    cv2.imwrite(str(path), cv2.cvtColor(small, cv2.COLOR_RGB2BGR))
    return path


def label_film(film: str | os.PathLike, output: str | os.PathLike, segments: list[Segment], kit: StampingKit,
               style: LabelStyle | None = None, payload: bytes | None = None) -> LabelResult:
    """Watermark the listed segments (and label them visibly with ``style``), sign the film as a
    composite with one ingredient per segment, register it, and write ``output`` atomically."""
    check_output_path(output, film, *[s.source for s in segments])
    info = media.probe(film)
    ranges = [(s.start_s, s.end_s) for s in segments]
    w2, h2 = info.width + info.width % 2, info.height + info.height % 2
    label = Label(style, w2, h2) if style is not None else None

    def frames():
        for f in media.read_frames(film, pixel_format="rgb24"):
            rgb = f.image
            if rgb.shape[:2] != (h2, w2):
                rgb = np.pad(rgb, ((0, h2 - rgb.shape[0]), (0, w2 - rgb.shape[1]), (0, 0)), mode="edge")
            if label is not None and any(a - 1e-6 <= f.time_s < b - 1e-6 for a, b in ranges):
                rgb = label.apply(rgb)
            yield media.rgb_to_yuv420p(rgb), w2, h2, f.time_s

    with tempfile.TemporaryDirectory(prefix=".label-", dir=Path(output).parent or ".") as tmp:
        ingredients = []
        for i, seg in enumerate(segments):
            name = f"generated segment {i + 1} ({seg.start_s:.2f}-{seg.end_s:.2f} s" + (
                f", {seg.generator})" if seg.generator else ")")
            path = seg.source or _still(film, seg.start_s, Path(tmp) / f"segment-{i + 1}.jpg")
            ingredients.append(Ingredient(path, "componentOf", (seg.start_s, seg.end_s),
                                          title=seg.source.name if seg.source else name))
        spec = ManifestSpec(title=Path(output).name, source_type=COMPOSITE_TRAINED, ingredients=ingredients)
        result = stamp_frames(frames(), info.frame_rate, output, kit, spec, marked_ranges_s=ranges,
                              audio_from=film if info.has_audio else None, payload=payload)
    return LabelResult(result, segments, style is not None)
