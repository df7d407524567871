"""Carrying a source clip's audio into a clip being written, interleaved with the video."""

from __future__ import annotations

import contextlib
from fractions import Fraction
from pathlib import Path

import av
import av.error

# Audio codecs the MP4 muxer can carry as they are; anything else is transcoded to AAC.
MP4_AUDIO_COPY = {"aac", "mp3", "alac", "ac3", "eac3", "opus", "flac"}


def _aac_layout(layout) -> str:
    """A channel layout the AAC encoder takes: the source's when it names one ("stereo", "5.1"), else mono or
    stereo by channel count (PCM in WAV or MOV often leaves the order unspecified, "2 channels", which the
    encoder refuses; more than two unnamed channels are mixed down to stereo)."""
    name = getattr(layout, "name", None) or ""
    if name and "channels" not in name:
        return name
    return "mono" if getattr(layout, "nb_channels", 2) == 1 else "stereo"


class AudioCopier:
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
        if name in MP4_AUDIO_COPY and not start_s:
            self._out_stream = out.add_stream_from_template(in_stream)
        else:
            self._transcode = True
            rate = in_stream.codec_context.sample_rate or 48000
            self._out_stream = out.add_stream("aac", rate=rate)
            self._out_stream.codec_context.layout = _aac_layout(in_stream.codec_context.layout)
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


def write_wav(path: str | Path, samples, sample_rate: int) -> Path:
    """Write float samples in [-1, 1], shaped (samples, channels), as a 16-bit PCM WAV file (a model's sound
    track, for ``VideoWriter(audio_from=...)`` to carry into the clip as AAC)."""
    import numpy as np

    data = np.asarray(samples, dtype=np.float32)
    if data.ndim == 1:
        data = data[:, None]
    if data.ndim != 2 or data.shape[1] not in (1, 2) or not np.isfinite(data).all():
        raise ValueError(f"expected finite (samples, 1 or 2 channels) audio, got {data.shape}")
    pcm = (np.clip(data, -1.0, 1.0) * 32767).round().astype(np.int16)
    layout = "mono" if pcm.shape[1] == 1 else "stereo"
    with av.open(str(path), mode="w", format="wav") as out:
        stream = out.add_stream("pcm_s16le", rate=int(sample_rate))
        stream.codec_context.layout = layout
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(pcm.reshape(1, -1)), format="s16", layout=layout)
        frame.sample_rate = int(sample_rate)
        frame.pts = 0
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return Path(path)
