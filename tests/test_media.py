"""Video I/O on real encoded files, and the bad inputs every command must refuse cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import av
import numpy as np
import pytest

from clipseal import media
from clipseal.errors import BadInputError
from tests.conftest import ROOT, encode_clip, run_cli


@pytest.mark.parametrize("codec,fmt,suffix,pix", [
    ("libx264", "mp4", ".mp4", "yuv420p"),
    ("libx265", "mp4", ".mp4", "yuv420p"),
    ("libx264", "mov", ".mov", "yuv420p"),
    ("libvpx", "webm", ".webm", "yuv420p"),
    ("libvpx-vp9", "webm", ".webm", "yuv420p"),
    ("libsvtav1", "webm", ".webm", "yuv420p"),
    ("libx264", "matroska", ".mkv", "yuv420p"),
    ("mpeg4", "avi", ".avi", "yuv420p"),
])
def test_reads_common_formats(tmp_path, codec, fmt, suffix, pix):
    opts = {"x265-params": "log-level=error"} if codec == "libx265" else None
    size = (128, 64) if codec == "libsvtav1" else (96, 64)
    path = encode_clip(tmp_path / f"clip{suffix}", codec, fmt, frames=12, size=size, pix_fmt=pix, options=opts)
    info = media.probe(path)
    assert (info.width, info.height) == size
    assert abs(info.fps - 12) < 0.01
    frames = list(media.read_frames(path))
    assert len(frames) == 12
    assert frames[0].image.shape == (size[1], size[0], 3)
    times = [f.time_s for f in frames]
    assert times == sorted(times) and abs(times[1] - times[0] - 1 / 12) < 1e-3


def test_writer_keeps_audio_and_settings(tmp_path):
    src = encode_clip(tmp_path / "with_audio.mp4", "libx264", "mp4", frames=24, audio=True)
    out = media.transcode(src, tmp_path / "out.mp4", crf=30, preset="ultrafast")
    info = media.probe(out)
    assert info.has_audio and info.audio_codec == "aac"
    assert info.codec == "h264"
    with av.open(str(out)) as c:
        assert c.streams.video[0].codec_context.pix_fmt == "yuv420p"
        audio_packets = sum(1 for p in c.demux(c.streams.audio[0]) if p.size)
    assert audio_packets > 10


def test_webm_opus_audio_is_carried_into_mp4(tmp_path):
    src = tmp_path / "in.webm"
    with av.open(str(src), "w", format="webm") as out:
        vs = out.add_stream("libvpx-vp9", rate=12)
        vs.width, vs.height, vs.pix_fmt = 64, 64, "yuv420p"
        a = out.add_stream("libopus", rate=48000)
        for i in range(12):
            f = av.VideoFrame.from_ndarray(np.full((64, 64, 3), i * 10, np.uint8), format="rgb24")
            f.pts = i
            for p in vs.encode(f):
                out.mux(p)
        for k in range(50):
            af = av.AudioFrame.from_ndarray(np.zeros((1, 960), np.int16), format="s16", layout="mono")
            af.sample_rate, af.pts = 48000, k * 960
            for p in a.encode(af):
                out.mux(p)
        for s in (vs, a):
            for p in s.encode(None):
                out.mux(p)
    out = media.transcode(src, tmp_path / "out.mp4", preset="ultrafast")
    assert media.probe(out).has_audio


def test_streaming_read_is_lazy(real_clip_720):
    gen = media.read_frames(real_clip_720)
    first = next(gen)
    assert first.index == 0 and first.image.shape == (720, 1280, 3)
    gen.close()


def test_failed_write_leaves_nothing(tmp_path):
    target = tmp_path / "out.mp4"

    def frames():
        yield np.zeros((64, 64, 3), np.uint8)
        raise RuntimeError("generator failed halfway")
    with pytest.raises(RuntimeError):
        media.write_video(target, frames(), 12)
    assert list(tmp_path.iterdir()) == []


def test_interrupted_cli_leaves_no_partial_file(tmp_path, real_clip_720):
    out = tmp_path / "out.mp4"
    proc = subprocess.Popen([sys.executable, "-m", "clipseal", "media", "transcode", str(real_clip_720),
                             "-o", str(out), "--preset", "veryslow"], cwd=ROOT, stderr=subprocess.PIPE)
    time.sleep(3.0)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    assert proc.returncode != 0
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------------- bad inputs

def _zero_frame_mp4(path: Path) -> Path:
    with av.open(str(path), "w", format="mp4") as out:
        vs = out.add_stream("libx264", rate=25)
        vs.width, vs.height, vs.pix_fmt = 64, 64, "yuv420p"
        for p in vs.encode(None):
            out.mux(p)
    return path


def _audio_only(path: Path) -> Path:
    with av.open(str(path), "w", format="mp4") as out:
        a = out.add_stream("aac", rate=44100)
        for k in range(20):
            af = av.AudioFrame.from_ndarray(np.zeros((1, 1024), np.float32), format="fltp", layout="mono")
            af.sample_rate, af.pts = 44100, k * 1024
            for p in a.encode(af):
                out.mux(p)
        for p in a.encode(None):
            out.mux(p)
    return path


def _unsupported_codec(path: Path, tmp_path: Path) -> Path:
    """A real Matroska file whose video track names a codec no decoder knows. (An unknown MP4 fourcc is
    not enough: FFmpeg recognises H.264 from the bitstream anyway.)"""
    good = encode_clip(tmp_path / "good.mkv", "libx264", "matroska")
    data = bytearray(good.read_bytes())
    i = data.find(b"V_MPEG4/ISO/AVC")
    assert i > 0
    data[i:i + 15] = b"V_ZZZZZ/ISO/ZZZ"
    path.write_bytes(bytes(data))
    good.unlink()
    return path


def _truncated(path: Path, tmp_path: Path) -> Path:
    good = encode_clip(tmp_path / "full.mp4", "libx264", "mp4", frames=24)
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    good.unlink()
    return path


BAD_INPUTS = {
    "empty file": lambda p, t: (p.write_bytes(b""), p)[1],
    "truncated mp4": _truncated,
    "text named .mp4": lambda p, t: (p.write_text("this is not a video\n" * 20), p)[1],
    "zero-frame video": lambda p, t: _zero_frame_mp4(p),
    "audio only": lambda p, t: _audio_only(p),
    "unsupported codec": _unsupported_codec,
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
@pytest.mark.parametrize("command", ["media info", "media transcode", "stamp", "verify"])
def test_bad_inputs_exit_2_and_write_nothing(tmp_path, env, case, command):
    src = BAD_INPUTS[case](tmp_path / "input.mp4", tmp_path)
    out = tmp_path / "out" / "result.mp4"
    out.parent.mkdir()
    before = set(tmp_path.iterdir())
    args = command.split() + [str(src)]
    if command in ("media transcode", "stamp"):
        args += ["-o", str(out)]
    result = run_cli(*args, env=env)
    assert result.returncode == 2, (case, result.stdout, result.stderr)
    err = result.stderr.strip()
    assert "Traceback" not in result.stderr
    assert len(err.splitlines()) == 1 and str(src) in err, err
    assert set(tmp_path.iterdir()) == before
    assert list(out.parent.iterdir()) == []


def test_missing_input_is_exit_2(tmp_path, env):
    r = run_cli("stamp", str(tmp_path / "nope.mp4"), "-o", str(tmp_path / "o.mp4"), env=env)
    assert r.returncode == 2 and "does not exist" in r.stderr


def test_output_folder_missing_is_exit_2(tmp_path, env, real_clip_small):
    r = run_cli("stamp", str(real_clip_small), "-o", str(tmp_path / "no" / "such" / "o.mp4"), env=env)
    assert r.returncode == 2 and "does not exist" in r.stderr
    assert not (tmp_path / "no").exists()


def test_output_equal_to_input_is_exit_2(tmp_path, env, real_clip_small):
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(real_clip_small.read_bytes())
    before = clip.read_bytes()
    for cmd in (["stamp"], ["media", "transcode"], ["watermark", "embed", "--payload", "00" * 8]):
        r = run_cli(*cmd, str(clip), "-o", str(clip), env=env)
        assert r.returncode == 2 and "same file" in r.stderr, r.stderr
    assert clip.read_bytes() == before


def test_probe_errors_name_the_problem(tmp_path):
    (tmp_path / "d").mkdir()
    with pytest.raises(BadInputError, match="folder"):
        media.probe(tmp_path / "d")


def test_pcm_audio_of_unnamed_layout_is_carried_as_aac(tmp_path):
    """PCM in WAV (as a model's sound track is written, and as many MOV files carry it) declares "2 channels"
    without an order, which the AAC encoder refuses: it is carried as stereo AAC, as long as the video."""
    t = np.arange(16000) / 16000
    wav = media.write_wav(tmp_path / "tone.wav", np.stack([np.sin(2 * np.pi * 440 * t)] * 2, axis=1) * 0.3, 16000)
    with av.open(str(wav)) as src:
        assert "channels" in src.streams.audio[0].codec_context.layout.name  # the case this test is about
    out = tmp_path / "clip.mp4"
    with media.VideoWriter(out, 24, audio_from=wav) as writer:
        for _ in range(24):
            writer.write(np.zeros((64, 64, 3), np.uint8))
    with av.open(str(out)) as container:
        (audio,) = container.streams.audio
        assert audio.codec_context.name == "aac" and audio.codec_context.layout.name == "stereo"
        assert abs(sum(f.samples for f in container.decode(audio)) / 16000 - 1.0) < 0.1
