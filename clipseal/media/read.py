"""Video I/O on PyAV (FFmpeg): probe, stream frames out, write H.264 MP4 with the audio kept.

Reading is streaming: ``read_frames`` yields one decoded frame at a time, so memory does not grow with
the length of a clip. The resident set while decoding is bounded by the decoder's reference frames plus
one converted frame: measured at under 300 MB for 1080p H.264 (see docs/architecture.md).

Writing goes through ``VideoWriter``, which writes to a temporary file beside the target and renames it
only when the file is complete, and copies (or, when MP4 cannot carry it, transcodes to AAC) the audio
track of a given source clip.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Iterable, Iterator

import av
import av.error
import numpy as np

from clipseal.atomic import atomic_path, check_output_path
from clipseal.errors import BadInputError

VIDEO_EXTENSIONS = (".mp4", ".m4v", ".mov", ".webm", ".mkv", ".avi")
# Audio codecs the MP4 muxer can carry as they are; anything else is transcoded to AAC.
_MP4_AUDIO_COPY = {"aac", "mp3", "alac", "ac3", "eac3", "opus", "flac"}
# Formats the FFmpeg probe may call a file and that we treat as video containers.
_IMAGE_CODECS = {"png", "bmp", "gif", "tiff", "webp", "ansi", "tty"}


@dataclass(frozen=True)
class VideoInfo:
    """What ``probe`` learns about a clip without decoding it all."""

    path: Path
    container: str
    codec: str
    width: int
    height: int
    frame_rate: Fraction
    duration_s: float | None
    frame_count: int | None
    has_audio: bool
    audio_codec: str | None

    @property
    def fps(self) -> float:
        return float(self.frame_rate)


@dataclass
class Frame:
    """One decoded frame: its index in decode order, presentation time and pixels (H x W x 3 RGB uint8,
    or H x W luma for ``pixel_format="gray"``)."""

    index: int
    time_s: float
    image: np.ndarray


def _check_input_file(path: str | os.PathLike) -> Path:
    p = Path(path)
    if not p.exists():
        raise BadInputError(f"{p}: file does not exist")
    if p.is_dir():
        raise BadInputError(f"{p}: is a folder, not a video file")
    if p.stat().st_size == 0:
        raise BadInputError(f"{p}: file is empty")
    return p


def _describe(exc: Exception) -> str:
    msg = getattr(exc, "strerror", None) or str(exc)
    return msg.strip().rstrip(".") or type(exc).__name__


@contextlib.contextmanager
def open_input(path: str | os.PathLike) -> Iterator[av.container.InputContainer]:
    """Open a media file for reading, turning FFmpeg's errors into one-line ``BadInputError``s."""
    p = _check_input_file(path)
    try:
        container = av.open(str(p), mode="r", metadata_errors="ignore")
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError) as exc:
        raise BadInputError(f"{p}: not a readable video file ({_describe(exc)})") from exc
    try:
        yield container
    finally:
        container.close()


def _video_stream(container: av.container.InputContainer, p: Path) -> av.video.stream.VideoStream:
    if not container.streams.video:
        kinds = sorted({s.type for s in container.streams}) or ["no streams"]
        raise BadInputError(f"{p}: no video stream (found: {', '.join(kinds)})")
    stream = container.streams.video[0]
    codec_ctx = stream.codec_context
    name = codec_ctx.name if codec_ctx is not None else None
    if codec_ctx is None or not name or name == "none":
        tag = getattr(stream.codec_context, "codec_tag", None) if codec_ctx is not None else None
        raise BadInputError(f"{p}: unsupported video codec {tag or 'unknown'} (no decoder available)")
    if name in _IMAGE_CODECS:
        raise BadInputError(f"{p}: is a still image ({name}), not a video")
    if not codec_ctx.width or not codec_ctx.height:
        raise BadInputError(f"{p}: video stream has no frame size (codec {name})")
    return stream


VIDEO_SUFFIXES = frozenset({".mp4", ".mov", ".m4v", ".mkv", ".webm", ".avi", ".mpg", ".mpeg", ".ts"})
"""File suffixes that folder-level commands (scan, detector training) treat as video."""


def probe(path: str | os.PathLike) -> VideoInfo:
    """Validate a clip and describe it. Decodes the first frame, so a clip that has a video stream but no
    decodable frame is refused here rather than halfway through a job."""
    p = _check_input_file(path)
    with open_input(p) as container:
        stream = _video_stream(container, p)
        rate = stream.average_rate or stream.guessed_rate or stream.base_rate
        if not rate or rate <= 0:
            raise BadInputError(f"{p}: video stream has no usable frame rate")
        duration = None
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            duration = container.duration / av.time_base
        audio = container.streams.audio[0] if container.streams.audio else None
        info = VideoInfo(
            path=p,
            container=container.format.name,
            codec=stream.codec_context.name,
            width=stream.codec_context.width,
            height=stream.codec_context.height,
            frame_rate=Fraction(rate),
            duration_s=duration,
            frame_count=stream.frames or None,
            has_audio=audio is not None,
            audio_codec=audio.codec_context.name if audio is not None and audio.codec_context else None,
        )
        first = next(_decode(container, stream, p), None)
        if first is None:
            raise BadInputError(f"{p}: video stream contains no frames")
    return info


def _decode(container, stream, p: Path) -> Iterator[av.VideoFrame]:
    try:
        for packet in container.demux(stream):
            for frame in packet.decode():
                yield frame
    except av.error.EOFError:
        return
    except av.error.FFmpegError as exc:
        raise BadInputError(f"{p}: video data is damaged or truncated ({_describe(exc)})") from exc


def read_frames(
    path: str | os.PathLike,
    pixel_format: str = "rgb24",
    start_s: float | None = None,
    end_s: float | None = None,
) -> Iterator[Frame]:
    """Decode a clip frame by frame.

    ``pixel_format`` is ``"rgb24"`` (H x W x 3), ``"gray"`` (full-range luma) or ``"yuv420p"`` (the
    planes stacked as a (H * 3/2) x W array, luma first: no colour conversion at all). ``start_s`` and
    ``end_s`` limit the frames to a time range (the decoder seeks to the key frame before ``start_s``).
    Frames come in presentation order with their time in seconds from the start of the stream.
    """
    if pixel_format not in ("rgb24", "gray", "bgr24", "yuv420p"):
        raise ValueError(f"unsupported pixel format {pixel_format!r}")
    p = _check_input_file(path)
    with open_input(p) as container:
        stream = _video_stream(container, p)
        stream.thread_type = "AUTO"
        start_pts = stream.start_time or 0
        tb = stream.time_base or Fraction(1, 1)
        if start_s:
            with contextlib.suppress(av.error.FFmpegError):
                container.seek(int(start_s / tb) + start_pts, stream=stream, backward=True)
        index = 0
        for frame in _decode(container, stream, p):
            t = float((frame.pts - start_pts) * tb) if frame.pts is not None else index / float(
                stream.average_rate or 25
            )
            if start_s is not None and t < start_s - 1e-6:
                continue
            if end_s is not None and t >= end_s - 1e-6:
                break
            try:
                image = frame.to_ndarray(format=pixel_format)
            except av.error.FFmpegError as exc:
                raise BadInputError(f"{p}: could not convert frame {index} ({_describe(exc)})") from exc
            yield Frame(index=index, time_s=t, image=image)
            index += 1


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
                self._audio = _AudioCopier(self.audio_from, self._out, self.audio_start_s)
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


class _AudioCopier:
    """Moves the first audio track of a source file into the writer's container, interleaved with the
    video as it is written: packets are copied as they are when MP4 can hold the codec, else transcoded
    to AAC. The audio before ``start_s`` is skipped, so an excerpt keeps its own audio."""

    def __init__(self, source: Path, out: av.container.OutputContainer, start_s: float) -> None:
        self._src = None
        self._iter = None
        self._pending = None
        self._transcode = False
        with contextlib.suppress(av.error.FFmpegError, OSError):
            self._src = av.open(str(source), mode="r")
        if self._src is None or not self._src.streams.audio:
            self.close()
            return
        in_stream = self._src.streams.audio[0]
        self._in_stream = in_stream
        self._start_s = start_s
        name = in_stream.codec_context.name
        if name in _MP4_AUDIO_COPY and not start_s:
            self._out_stream = out.add_stream_from_template(in_stream)
        else:
            self._transcode = True
            rate = in_stream.codec_context.sample_rate or 48000
            self._out_stream = out.add_stream("aac", rate=rate)
            self._out_stream.codec_context.layout = in_stream.codec_context.layout or "stereo"
            self._resampler = av.AudioResampler(format="fltp", layout=self._out_stream.codec_context.layout,
                                                rate=rate)
            self._samples = 0
        self._out = out
        self._iter = self._src.demux(in_stream)

    def copy_until(self, t_s: float) -> None:
        if self._iter is None:
            return
        tb = self._in_stream.time_base
        try:
            while True:
                packet = self._pending or next(self._iter)
                self._pending = None
                if packet.dts is None:
                    continue
                pt = float(packet.dts * tb) - self._start_s
                if pt > t_s:
                    self._pending = packet
                    return
                if self._transcode:
                    if pt < 0:
                        continue
                    for frame in packet.decode():
                        self._encode(frame)
                else:
                    packet.stream = self._out_stream
                    self._out.mux(packet)
        except StopIteration:
            self._finish()
        except av.error.FFmpegError:
            # A damaged audio track must not cost the video: stop copying audio here.
            self._finish()

    def _encode(self, frame) -> None:
        frame.pts = None
        for rf in self._resampler.resample(frame):
            rf.pts = self._samples
            rf.time_base = Fraction(1, self._out_stream.codec_context.sample_rate)
            self._samples += rf.samples
            for packet in self._out_stream.encode(rf):
                self._out.mux(packet)

    def _finish(self) -> None:
        if self._transcode and self._iter is not None:
            for packet in self._out_stream.encode(None):
                self._out.mux(packet)
        self._iter = None

    def close(self) -> None:
        self._iter = None
        if self._src is not None:
            self._src.close()
            self._src = None


def rgb_to_yuv420p(rgb: np.ndarray) -> np.ndarray:
    """RGB (H x W x 3, even size) -> stacked yuv420p planes, with FFmpeg's conversion (limited range,
    BT.601), the same the writer and the decoder use."""
    return av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb), format="rgb24").reformat(
        format="yuv420p").to_ndarray()


def yuv420p_to_rgb(planes: np.ndarray) -> np.ndarray:
    return av.VideoFrame.from_ndarray(planes, format="yuv420p").to_ndarray(format="rgb24")


def yuv_frames(path: str | os.PathLike) -> Iterator[tuple[np.ndarray, int, int, float]]:
    """(planes, width, height, time_s) per frame as yuv420p; odd sizes are padded by one edge pixel."""
    info = probe(path)
    w, h = info.width, info.height
    if w % 2 == 0 and h % 2 == 0:
        for f in read_frames(path, pixel_format="yuv420p"):
            yield f.image, w, h, f.time_s
    else:
        for f in read_frames(path, pixel_format="rgb24"):
            rgb = np.pad(f.image, ((0, h % 2), (0, w % 2), (0, 0)), mode="edge")
            yield rgb_to_yuv420p(rgb), w + w % 2, h + h % 2, f.time_s


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
