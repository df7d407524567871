"""Writing H.264 MP4 with PyAV: ``VideoWriter`` writes to a temporary file beside the target and renames it
only when the file is complete, and keeps (copies or transcodes) the audio of a given source clip."""

from __future__ import annotations

import os
from fractions import Fraction
from pathlib import Path
from typing import Iterable

import av
import numpy as np

from clipseal.atomic import atomic_path, check_output_path
from clipseal.errors import BadInputError
from clipseal.media.audio import AudioCopier
from clipseal.media.read import probe, read_frames


class VideoWriter:
    """Write RGB frames to an H.264 MP4 (yuv420p), atomically, optionally keeping another file's audio.

    Use as a context manager: the file appears at ``path`` only when the block ends without an error.
    Odd frame sizes are padded by one edge pixel, since yuv420p needs even dimensions.
    """

    def __init__(
        self,
        path: str | os.PathLike,
        frame_rate: Fraction | float | int,
        crf: int = 18,
        preset: str = "medium",
        audio_from: str | os.PathLike | None = None,
        audio_start_s: float = 0.0,
    ) -> None:
        if not 0 <= int(crf) <= 51:
            raise BadInputError(f"CRF must be between 0 and 51, got {crf}")
        self.path = Path(path)
        self.frame_rate = Fraction(frame_rate).limit_denominator(1001000)
        self.crf = int(crf)
        self.preset = preset
        self.audio_from = Path(audio_from) if audio_from is not None else None
        self.audio_start_s = audio_start_s
        self.frames_written = 0
        self._tmp_cm = None
        self._out = None
        self._vstream = None
        self._audio = None

    def __enter__(self) -> "VideoWriter":
        self._tmp_cm = atomic_path(self.path)
        tmp = self._tmp_cm.__enter__()
        try:
            self._out = av.open(str(tmp), mode="w", format="mp4")
            if self.audio_from is not None:
                self._audio = AudioCopier(self.audio_from, self._out, self.audio_start_s)
        except BaseException as exc:
            self._close_streams()
            self._tmp_cm.__exit__(type(exc), exc, exc.__traceback__)
            raise
        return self

    def _open_video(self, width: int, height: int) -> None:
        stream = self._out.add_stream("libx264", rate=self.frame_rate)
        stream.width = width + (width % 2)
        stream.height = height + (height % 2)
        stream.pix_fmt = "yuv420p"
        stream.options = {"crf": str(self.crf), "preset": self.preset}
        stream.codec_context.time_base = 1 / self.frame_rate
        self._vstream = stream

    def write(self, rgb: np.ndarray) -> None:
        if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
            raise ValueError(f"expected an H x W x 3 uint8 RGB frame, got {rgb.shape} {rgb.dtype}")
        h, w = rgb.shape[:2]
        if self._vstream is None:
            self._open_video(w, h)
        if (w + w % 2, h + h % 2) != (self._vstream.width, self._vstream.height):
            raise ValueError("all frames of a clip must have the same size")
        if w % 2 or h % 2:
            rgb = np.pad(rgb, ((0, h % 2), (0, w % 2), (0, 0)), mode="edge")
        self._encode(av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb), format="rgb24"))

    def write_yuv420p(self, planes: np.ndarray, width: int, height: int) -> None:
        """Write a frame given as stacked yuv420p planes ((H * 3/2) x W uint8, as ``read_frames`` gives)."""
        if width % 2 or height % 2:
            raise ValueError("yuv420p frames need an even width and height")
        if self._vstream is None:
            self._open_video(width, height)
        frame = av.VideoFrame.from_ndarray(planes, format="yuv420p")
        self._encode(frame)

    def _encode(self, frame: av.VideoFrame) -> None:
        frame.pts = self.frames_written
        frame.time_base = self._vstream.codec_context.time_base
        for packet in self._vstream.encode(frame):
            self._out.mux(packet)
        self.frames_written += 1
        if self._audio is not None:
            self._audio.copy_until(self.frames_written / self.frame_rate)

    def write_all(self, frames: Iterable[np.ndarray]) -> None:
        for rgb in frames:
            self.write(rgb)

    def _close_streams(self) -> None:
        if self._audio is not None:
            self._audio.close()
            self._audio = None
        if self._out is not None:
            self._out.close()
            self._out = None

    def _finish(self) -> None:
        if self.frames_written == 0:
            raise ValueError(f"{self.path}: no frames were written")
        for packet in self._vstream.encode(None):
            self._out.mux(packet)
        if self._audio is not None:
            self._audio.copy_until(self.frames_written / self.frame_rate)

    def __exit__(self, exc_type, exc, tb) -> bool:
        error = exc
        if error is None:
            try:
                self._finish()
            except BaseException as err:  # noqa: BLE001 - handed on below
                error = err
        try:
            self._close_streams()
        except BaseException as err:  # noqa: BLE001
            error = error or err
        if error is None:
            self._tmp_cm.__exit__(None, None, None)
            return False
        self._tmp_cm.__exit__(type(error), error, error.__traceback__)  # removes the temporary file
        if exc is None:
            raise error
        return False


def write_video(
    path: str | os.PathLike,
    frames: Iterable[np.ndarray],
    frame_rate: Fraction | float | int,
    crf: int = 18,
    preset: str = "medium",
    audio_from: str | os.PathLike | None = None,
) -> Path:
    """Write frames to ``path`` as H.264 MP4, atomically; returns the path."""
    with VideoWriter(path, frame_rate, crf=crf, preset=preset, audio_from=audio_from) as writer:
        writer.write_all(frames)
    return Path(path)


def transcode(
    src: str | os.PathLike,
    dst: str | os.PathLike,
    crf: int = 18,
    preset: str = "medium",
    keep_audio: bool = True,
) -> Path:
    """Re-encode a clip to H.264 MP4 with the same frame rate, keeping its audio."""
    info = probe(src)
    check_output_path(dst, src)
    return write_video(
        dst,
        (f.image for f in read_frames(src)),
        info.frame_rate,
        crf=crf,
        preset=preset,
        audio_from=src if keep_audio and info.has_audio else None,
    )
