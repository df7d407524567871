"""Files a verifier meets on platforms: HLS and DASH streams (playlist, manifest or folder of segments) verified
as one clip, hostile playlists refused, and Content Credentials in a sidecar ``.c2pa`` (MP4 and WebM)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import av
import pytest

from tests.conftest import encode_clip, run_cli, run_in_process


@pytest.fixture(scope="module")
def marked_clip(tmp_path_factory, data_dir) -> Path:
    """A generated clip (watermarked and signed under the test keys)."""
    out = tmp_path_factory.mktemp("streams") / "generated.mp4"
    env = {**os.environ, "CLIPSEAL_DATA_DIR": str(data_dir)}
    r = run_in_process("generate", "a paper boat on a blue pond", "-o", str(out), "--frames", "24", "--seed", "21",
                       env=env)
    assert r.returncode == 0, r.stderr
    return out


def _package(src: Path, dest: Path, fmt: str, options: dict) -> None:
    """Re-encode ``src`` with a keyframe every 6 frames through FFmpeg's HLS or DASH muxer (0.5 s segments)."""
    with av.open(str(src)) as inp, av.open(str(dest), "w", format=fmt, options=options) as out:
        s = inp.streams.video[0]
        o = out.add_stream("libx264", rate=s.average_rate, options={"crf": "20",
                                                                   "x264-params": "keyint=6:min-keyint=6:scenecut=0"})
        o.width, o.height, o.pix_fmt = s.width, s.height, "yuv420p"
        for i, frame in enumerate(inp.decode(s)):
            frame.pts, frame.time_base = i, 1 / s.average_rate
            for packet in o.encode(frame):
                out.mux(packet)
        for packet in o.encode(None):
            out.mux(packet)


def _verify(path: Path, env: dict, *extra: str) -> tuple[subprocess.CompletedProcess, dict | None]:
    r = run_cli("verify", str(path), "--json", *extra, env=env)
    return r, (json.loads(r.stdout) if r.stdout.strip() else None)


@pytest.mark.parametrize("kind", ["hls-fmp4", "hls-ts", "dash"])
def test_stream_is_verified_as_one_clip(marked_clip, tmp_path, env, kind):
    folder = tmp_path / kind
    folder.mkdir()
    if kind == "dash":
        entry = folder / "stream.mpd"
        _package(marked_clip, entry, "dash", {"seg_duration": "0.5", "use_template": "1", "use_timeline": "1"})
    else:
        entry = folder / "index.m3u8"
        _package(marked_clip, entry, "hls", {"hls_time": "0.5", "hls_playlist_type": "vod", "hls_list_size": "0",
                                             "hls_segment_type": "fmp4" if kind == "hls-fmp4" else "mpegts"})
    for given in (entry, folder):  # the playlist, or the folder that holds it
        r, report = _verify(given, env)
        assert r.returncode == 0, r.stderr
        segments = report["media"]["segments"]
        assert segments["count"] >= 3 and segments["kind"] == ("DASH" if kind == "dash" else "HLS")
        assert (segments["init"] is not None) == (kind != "hls-ts")
        assert report["media"]["frames"] == 24 and report["file"] == str(given)
        assert report["watermark"]["present"] and report["verdict"] == "synthetic"
        assert report["watermark"]["marked_ranges_s"][0][1] - report["watermark"]["marked_ranges_s"][0][0] >= 1.5
    # the HTML report reads its key frames from the joined segments too
    r = run_cli("verify", str(entry), "--report", str(tmp_path / "report.html"), env=env)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "report.html").read_text().count("data:image/jpeg;base64,") >= 2


def test_a_folder_of_bare_segments(marked_clip, tmp_path, env):
    """Segments saved without their playlist (init segment + numbered .m4s) are joined in natural order."""
    folder = tmp_path / "dl"
    folder.mkdir()
    _package(marked_clip, folder / "index.m3u8", "hls", {"hls_time": "0.5", "hls_playlist_type": "vod",
                                                         "hls_list_size": "0", "hls_segment_type": "fmp4"})
    (folder / "index.m3u8").unlink()
    r, report = _verify(folder, env)
    assert r.returncode == 0, r.stderr
    assert report["media"]["segments"]["kind"] == "folder" and report["media"]["frames"] == 24
    assert report["watermark"]["present"]


@pytest.mark.parametrize("playlist,needle", [
    ("#EXTM3U\n#EXTINF:1,\nhttps://cdn.example/seg0.ts\n#EXT-X-ENDLIST\n", "not a local file"),
    ("#EXTM3U\n#EXTINF:1,\n/etc/passwd\n#EXT-X-ENDLIST\n", "not a local file"),
    ("#EXTM3U\n#EXTINF:1,\n../outside.ts\n#EXT-X-ENDLIST\n", "outside its own folder"),
    ("#EXTM3U\n#EXTINF:1,\nmissing.ts\n#EXT-X-ENDLIST\n", "is missing"),
    ("#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI=\"k.key\"\n#EXTINF:1,\nseg.ts\n", "encrypted"),
    ("#EXTM3U\n#EXT-X-ENDLIST\n", "no media segments"),
    ("not a playlist\n", "no #EXTM3U"),
])
def test_hostile_or_broken_playlists_are_refused(tmp_path, env, playlist, needle):
    (tmp_path / "outside.ts").write_bytes(b"\x47" * 188)
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "seg.ts").write_bytes(b"\x47" * 188)
    (folder / "list.m3u8").write_text(playlist)
    r = run_cli("verify", str(folder / "list.m3u8"), env=env, timeout=60)
    assert r.returncode == 2 and needle in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_dash_manifest_naming_remote_segments_is_refused(tmp_path, env):
    mpd = tmp_path / "remote.mpd"
    mpd.write_text('<MPD xmlns="urn:mpeg:dash:schema:mpd:2011"><Period><AdaptationSet contentType="video">'
                   '<Representation id="v" bandwidth="1"><SegmentList><Initialization sourceURL="http://x/init.mp4"/>'
                   '<SegmentURL media="http://x/1.m4s"/></SegmentList></Representation></AdaptationSet></Period></MPD>')
    r = run_cli("verify", str(mpd), env=env, timeout=60)
    assert r.returncode == 2 and "not a local file" in r.stderr


def _sign_to_sidecar(src: Path, dest: Path, data_dir: Path) -> Path:
    """Sign ``src`` without embedding: ``dest`` is the unchanged media, ``dest.c2pa`` the manifest store."""
    import c2pa

    from clipseal.config import load_config
    from provenance.c2pa import trust
    from provenance.c2pa.manifest import ManifestSpec
    from provenance.c2pa.signer import LocalKeySigner

    cfg = load_config({"CLIPSEAL_DATA_DIR": str(data_dir)})
    signer = LocalKeySigner.from_key_dir(cfg.key_dir, cfg.keys.passphrase_env)
    with c2pa.Builder(ManifestSpec(title=dest.name).definition(),
                      context=c2pa.Context.from_dict(trust.c2pa_settings(cfg))) as builder:
        builder.set_no_embed()
        with open(src, "rb") as fh, open(dest, "w+b") as out:
            store = builder.sign(signer.to_c2pa(), "video/mp4", fh, out)
    sidecar = dest.with_suffix(".c2pa")
    sidecar.write_bytes(bytes(store))
    return sidecar


def test_sidecar_manifests(marked_clip, tmp_path, env, data_dir):
    """An MP4 whose credentials sit beside it in a .c2pa file verifies as signed (not embedded); the same sidecar
    beside a WebM (C2PA cannot embed in WebM, so a sidecar is how it would travel) is read and found not to bind
    that file: Invalid, exit 1."""
    plain = tmp_path / "plain.mp4"
    run_cli("media", "transcode", str(marked_clip), "-o", str(plain), env=env)
    sidecar = _sign_to_sidecar(plain, tmp_path / "clip.mp4", data_dir)
    r, report = _verify(tmp_path / "clip.mp4", env)
    assert r.returncode == 0, r.stderr
    assert report["c2pa"]["present"] and report["c2pa"]["embedded"] is False
    assert report["c2pa"]["state"] == "Trusted"
    (tmp_path / "w").mkdir()
    webm = encode_clip(tmp_path / "w" / "clip.webm", "libvpx-vp9", "webm", frames=24, size=(128, 96))
    r, report = _verify(webm, env)
    assert r.returncode == 0 and report["c2pa"]["present"] is False  # no sidecar yet
    (tmp_path / "w" / "clip.c2pa").write_bytes(sidecar.read_bytes())
    r, report = _verify(webm, env)
    assert r.returncode == 1 and report["c2pa"]["present"] and report["c2pa"]["embedded"] is False
    assert report["c2pa"]["state"] == "Invalid" and report["c2pa"]["failures"]
