"""Producer labelling on real footage with a generated shot cut in."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bench import attacks
from clipseal import media
from clipseal.config import load_config
from clipseal.errors import BadInputError
from generator.procedural import Scene, render
from provenance.labeling import segments as seg_mod
from provenance.credentials import StampingKit
from provenance.labeling.film import label_film
from provenance.labeling.overlay import LabelStyle
from tests.conftest import run_cli

GENERATED = (2.0, 5.0)


@pytest.fixture(scope="module")
def film(tmp_path_factory, real_clip_720):
    """Real footage 0-2 s, a generated 3 s shot (procedural scene) cut in at 2-5 s, then real footage again."""
    d = tmp_path_factory.mktemp("film")
    real = [f.image for f in media.read_frames(real_clip_720)]
    shot = render(Scene("circle", "red", "blue", "right", seed=5), frames=75, width=1280, height=720, pan_px=200)
    media.write_video(d / "shot.mp4", shot, 25, crf=18, preset="veryfast")
    media.write_video(d / "film.mp4", real[:50] + list(shot) + real[100:125], 25, crf=18, preset="veryfast")
    # 0-2 s real, 2-5 s generated, 5-6 s real
    (d / "segments.json").write_text(json.dumps(
        {"segments": [{"start": GENERATED[0], "end": GENERATED[1], "generator": "procedural", "source": "shot.mp4"}]}))
    return d


@pytest.fixture(scope="module")
def labelled(film, data_dir):
    cfg = load_config({"CLIPSEAL_DATA_DIR": str(data_dir)})
    segs = seg_mod.load(film / "segments.json", 25, 6.0)
    out = film / "labelled.mp4"
    label_film(film / "film.mp4", out, segs, StampingKit.from_config(cfg), LabelStyle(text="KI-generiert"),
               payload=bytes.fromhex("5eed5eed5eed5eed"))
    return out


def _verify(path, env):
    r = run_cli("verify", str(path), "--json", env=env)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_manifest_records_segments_as_ingredients(labelled, env):
    report = _verify(labelled, env)
    c = report["c2pa"]
    assert c["state"] == "Trusted"
    assert c["digital_source_types"][0].endswith("compositeWithTrainedAlgorithmicMedia")
    assert c["generated_ranges_s"] == [list(GENERATED)]
    assert [(i["title"], i["relationship"]) for i in c["ingredients"]] == [("shot.mp4", "componentOf")]
    runs = report["watermark"]["marked_ranges_s"]
    assert len(runs) == 1 and abs(runs[0][0] - GENERATED[0]) <= 0.5 and abs(runs[0][1] - GENERATED[1]) <= 0.5


def test_timeline_survives_reencode(labelled, env, tmp_path):
    out = attacks.h264(28)(labelled, tmp_path / "crf28.mp4")
    report = _verify(out, env)
    assert report["c2pa"]["present"] is False
    runs = report["watermark"]["marked_ranges_s"]
    assert len(runs) == 1 and abs(runs[0][0] - GENERATED[0]) <= 0.5 and abs(runs[0][1] - GENERATED[1]) <= 0.5
    assert report["watermark"]["manifest"]["source_type"].endswith("compositeWithTrainedAlgorithmicMedia")


def test_visible_label_only_in_segments(film, labelled):
    before = {round(f.time_s, 2): f.image for f in media.read_frames(film / "film.mp4")}
    after = {round(f.time_s, 2): f.image for f in media.read_frames(labelled)}
    corner = (slice(20, 80), slice(1000, 1260))  # top-right, where the label goes
    centre = (slice(300, 420), slice(560, 720))
    diff = lambda t, region: float(np.abs(after[t][region].astype(int) - before[t][region].astype(int)).mean())  # noqa: E731
    assert diff(3.0, corner) > 20  # the label is there
    assert diff(1.0, corner) < 4 and diff(5.52, corner) < 4  # not outside the segment
    assert diff(3.0, centre) < 4  # never over the centre


def test_edl_segments(tmp_path):
    edl = tmp_path / "cut.edl"
    edl.write_text("TITLE: DOC CUT\nFCM: NON-DROP FRAME\n\n"
                   "001  CAM01    V     C        00:00:00:00 00:00:02:00 01:00:00:00 01:00:02:00\n"
                   "002  AIGEN01  V     C        00:00:00:00 00:00:02:00 01:00:02:00 01:00:04:00\n"
                   "* FROM CLIP NAME: sora_shot_014.mp4\n"
                   "003  CAM02    V     C        00:00:10:00 00:00:11:00 01:00:04:00 01:00:05:00\n")
    segs = seg_mod.load(edl, 25, 5.0)
    assert [(s.start_s, s.end_s) for s in segs] == [(2.0, 4.0)]


def test_bad_segments_are_refused(tmp_path, env, film):
    cases = {"ends before": [{"start": 3, "end": 2}], "outside the film": [{"start": 50, "end": 60}],
             "needs a start": [{"end": 2}], "does not exist": [{"start": 1, "end": 2, "source": "nope.mp4"}]}
    for why, segs in cases.items():
        f = tmp_path / "s.json"
        f.write_text(json.dumps(segs))
        r = run_cli("label", str(film / "film.mp4"), "--segments", str(f), "-o", str(tmp_path / "o.mp4"), env=env)
        assert r.returncode == 2 and why in r.stderr, (why, r.stderr)
        assert not (tmp_path / "o.mp4").exists()
    with pytest.raises(BadInputError):
        seg_mod.parse_time("12 o'clock", 25, "x")
