"""Face detection for input screening, with the Haar cascades that ship inside opencv-python."""

from __future__ import annotations

import functools
from pathlib import Path

import cv2
import numpy as np

from clipseal.errors import BadInputError

_IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff"}


@functools.lru_cache(maxsize=1)
def _cascades() -> tuple[cv2.CascadeClassifier, cv2.CascadeClassifier]:
    base = Path(cv2.data.haarcascades)
    front = cv2.CascadeClassifier(str(base / "haarcascade_frontalface_default.xml"))
    profile = cv2.CascadeClassifier(str(base / "haarcascade_profileface.xml"))
    if front.empty():
        raise RuntimeError("OpenCV's face cascade could not be loaded")
    return front, profile


def count_faces(rgb: np.ndarray) -> int:
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    h, w = gray.shape
    scale = 640 / max(h, w) if max(h, w) > 640 else 1.0
    if scale != 1.0:
        gray = cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    gray = cv2.equalizeHist(gray)
    min_side = max(24, int(min(gray.shape) * 0.08))
    front, profile = _cascades()
    faces = front.detectMultiScale(gray, scaleFactor=1.1, minNeighbors=6, minSize=(min_side, min_side))
    if len(faces):
        return len(faces)
    return len(profile.detectMultiScale(gray, scaleFactor=1.1, minNeighbors=6, minSize=(min_side, min_side)))


def faces_in_input(path: str | Path, samples: int = 5) -> int:
    """Largest number of faces found in the image, or in ``samples`` frames spread over a clip."""
    p = Path(path)
    if p.suffix.lower() in _IMAGE_SUFFIXES:
        img = cv2.imread(str(p), cv2.IMREAD_COLOR)
        if img is None:
            raise BadInputError(f"{p}: not a readable image")
        return count_faces(cv2.cvtColor(img, cv2.COLOR_BGR2RGB))
    from clipseal import media

    info = media.probe(p)
    duration = info.duration_s or 1.0
    times = [duration * (k + 0.5) / samples for k in range(samples)]
    best = 0
    for f in media.read_frames(p):
        if times and f.time_s >= times[0]:
            best = max(best, count_faces(f.image))
            times.pop(0)
        if not times:
            break
    return best
