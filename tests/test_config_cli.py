"""Configuration resolution and the command line's contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipseal import __version__
from clipseal.config import load_config
from clipseal.errors import BadInputError
from tests.conftest import run_cli


def test_toml_file_then_environment_overrides(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clipseal.toml").write_text(
        'data_dir = "data"\n[registry]\nurl = "sqlite:///from-file.db"\n[output]\ncrf = 20\n')
    cfg = load_config({})
    assert cfg.data_dir == (tmp_path / "data").resolve()
    assert cfg.registry_url == "sqlite:///from-file.db" and cfg.output.crf == 20
    cfg = load_config({"CLIPSEAL_REGISTRY_URL": "postgresql://u:p@h/db", "CLIPSEAL_OUTPUT_CRF": "25"})
    assert cfg.registry_url == "postgresql://u:p@h/db" and cfg.output.crf == 25
    assert cfg.key_dir == cfg.data_dir / "keys"


def test_bad_config_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clipseal.toml").write_text("[output\ncrf = 1")
    with pytest.raises(BadInputError, match="clipseal.toml"):
        load_config({})
    (tmp_path / "clipseal.toml").write_text("[output]\nspeed = 1\n")
    with pytest.raises(BadInputError, match="unknown setting"):
        load_config({})
    r = run_cli("config", "show", cwd=tmp_path)
    assert r.returncode == 2 and "unknown setting" in r.stderr


def test_version_and_help():
    r = run_cli("--version")
    assert r.returncode == 0 and __version__ in r.stdout
    r = run_cli("--help")
    assert r.returncode == 0
    for group in ("stamp", "verify", "keys", "watermark", "registry", "media", "demo"):
        assert group in r.stdout


def test_usage_errors_exit_2():
    assert run_cli("no-such-command").returncode == 2
    assert run_cli("stamp").returncode == 2
    r = run_cli("media", "transcode", "x.mp4", "-o", "y.mp4", "--crf", "99")
    assert r.returncode == 2


def test_config_show_hides_database_password(env):
    r = run_cli("config", "show", "--json", env={**env, "CLIPSEAL_REGISTRY_URL": "postgresql://u:hunter2@db/x"})
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert "hunter2" not in r.stdout and data["registry_url"].startswith("postgresql://u:")


def test_stamp_without_keys_names_the_fix(tmp_path, real_clip_small):
    import os
    r = run_cli("stamp", str(real_clip_small), "-o", str(tmp_path / "o.mp4"),
                env={**os.environ, "CLIPSEAL_DATA_DIR": str(tmp_path / "empty")})
    assert r.returncode == 2 and "clipseal keys init" in r.stderr
    assert not (tmp_path / "o.mp4").exists()


def test_demo_runs_end_to_end(tmp_path):
    import os
    r = run_cli("demo", "--out", str(tmp_path / "demo"), env={**os.environ, "CLIPSEAL_DATA_DIR": str(tmp_path / "d")})
    assert r.returncode == 0, r.stdout + r.stderr
    assert "verdict: OK" in r.stdout
    report = json.loads((tmp_path / "demo" / "report.json").read_text())
    assert report["generated"]["c2pa"]["state"] == "Trusted"
    assert report["generated"]["verdict"] == report["reencoded"]["verdict"] == "synthetic"
    assert report["reencoded"]["watermark"]["manifest"]["manifest_id"] == report["generated"]["c2pa"]["manifest_id"]
    assert report["generated"]["c2pa"]["generation"]["mode"] == "t2v"
    assert Path(tmp_path / "demo" / "generated.mp4").is_file() and Path(tmp_path / "demo" / "report.html").is_file()
