"""Content Credentials on real encoded MP4s: round trips, tampering, trust, keys, third-party files."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import os
import stat
import threading
from pathlib import Path

import c2pa
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from clipseal.config import load_config
from clipseal.errors import BadInputError, SigningError
from provenance.c2pa import io as c2pa_io, keys, trust
from provenance.credentials import StampingKit
from provenance.c2pa.manifest import COMPOSITE_TRAINED, TRAINED, Generation, Ingredient, ManifestSpec
from provenance.c2pa.signer import LocalKeySigner, Signer
from provenance.stamp import stamp_file
from tests.conftest import ROOT, run_cli

FIXTURES = Path(os.environ.get("CLIPSEAL_C2PA_FIXTURES", ROOT.parent / "shared" / "c2pa-fixtures"))
needs_fixtures = pytest.mark.skipif(not (FIXTURES / "expected.json").is_file(),
                                    reason=f"third-party C2PA fixtures not found at {FIXTURES}")


@pytest.fixture(scope="module")
def stamped(tmp_path_factory, real_clip_720, data_dir):
    """A real clip stamped once through the CLI: (path, stamp JSON)."""
    out = tmp_path_factory.mktemp("stamped") / "stamped.mp4"
    env = {**os.environ, "CLIPSEAL_DATA_DIR": str(data_dir)}
    r = run_cli("stamp", str(real_clip_720), "-o", str(out), "--json", env=env)
    assert r.returncode == 0, r.stderr
    return out, json.loads(r.stdout)


def _verify(path, env):
    r = run_cli("verify", str(path), "--json", env=env)
    return r, (json.loads(r.stdout) if r.stdout.strip() else None)


def test_stamp_json_contract(stamped):
    out, data = stamped
    assert {"output", "manifest_id", "watermark_payload"} <= set(data)
    assert data["output"] == str(out) and out.is_file()
    assert data["manifest_id"].startswith("urn:c2pa:")
    assert len(data["watermark_payload"]) == 16


def test_stamped_clip_verifies_trusted(stamped, env):
    out, data = stamped
    r, report = _verify(out, env)
    assert r.returncode == 0, r.stderr
    c = report["c2pa"]
    assert c["present"] and c["state"] == "Trusted" and c["failures"] == []
    assert c["manifest_id"] == data["manifest_id"]
    assert c["claim_generator"].startswith("clipseal")
    assert c["digital_source_types"] == [TRAINED]
    assert c["actions"][0]["action"] == "c2pa.created"
    assert c["signer"]["common_name"] == "clipseal development claim signer"
    assert c["signing_time"]
    sb = c["soft_binding"]
    assert sb["alg"] == "org.clipseal.watermark.v1"
    assert bytes.fromhex(data["watermark_payload"]) == __import__("base64").b64decode(sb["blocks"][0]["value"])
    w = report["watermark"]
    assert w["present"] and w["payload"] == data["watermark_payload"] and w["p_value"] < 1e-6
    assert w["manifest"]["manifest_id"] == data["manifest_id"]


def test_without_our_root_it_is_valid_but_untrusted(stamped, env, monkeypatch):
    out, _ = stamped
    monkeypatch.setenv("CLIPSEAL_TRUST_INCLUDE_OWN_ROOT", "false")
    r, report = _verify(out, {**env, "CLIPSEAL_TRUST_INCLUDE_OWN_ROOT": "false"})
    assert report["c2pa"]["state"] == "Valid"
    assert report["c2pa"]["failures"] == ["signingCredential.untrusted"]


def test_one_byte_change_in_video_data_is_invalid(stamped, env, tmp_path):
    out, _ = stamped
    data = bytearray(out.read_bytes())
    mdat = data.find(b"mdat")
    assert mdat > 0
    data[mdat + 5000] ^= 0x01
    tampered = tmp_path / "tampered.mp4"
    tampered.write_bytes(bytes(data))
    r, report = _verify(tampered, env)
    assert r.returncode == 1  # a documented negative finding
    assert report["c2pa"]["state"] == "Invalid"
    assert "assertion.bmffHash.mismatch" in report["c2pa"]["failures"]


def test_reencoded_clip_has_no_manifest_but_watermark_recovers_it(stamped, env, tmp_path):
    out, data = stamped
    stripped = tmp_path / "stripped.mp4"
    r = run_cli("media", "transcode", str(out), "-o", str(stripped), "--crf", "23", "--preset", "veryfast", env=env)
    assert r.returncode == 0, r.stderr
    r, report = _verify(stripped, env)
    assert r.returncode == 0
    assert report["c2pa"]["present"] is False and report["c2pa"]["state"] is None
    w = report["watermark"]
    assert w["present"] and w["payload"] == data["watermark_payload"]
    assert w["manifest"]["manifest_id"] == data["manifest_id"]
    assert w["manifest"]["content_matches"] is True
    r = run_cli("registry", "lookup", "--file", str(stripped), "--json", env=env)
    assert r.returncode == 0 and json.loads(r.stdout)["entry"]["manifest_id"] == data["manifest_id"]
    r = run_cli("registry", "lookup", "--payload", data["watermark_payload"], "--json", env=env)
    assert r.returncode == 0 and json.loads(r.stdout)["matched_by"] == "payload"


def test_registry_lookup_unknown_payload_is_exit_1(env):
    r = run_cli("registry", "lookup", "--payload", "00" * 8, env=env)
    assert r.returncode == 1


def test_manifest_with_ingredient_and_generation(tmp_path, env, real_clip_small, stamped):
    """A clip made from a real (signed) input records it as a parent with its own manifest."""
    parent, parent_data = stamped
    cfg = load_config()
    kit = StampingKit.from_config(cfg)
    spec = ManifestSpec(title="extended.mp4", source_type=COMPOSITE_TRAINED,
                        generation=Generation("clipseal-tiny", "1", "extend", seed=3, steps=8, prompt="secret words",
                                              policy_decision_id="dec-1"),
                        ingredients=[Ingredient(parent, "parentOf", (2.0, 3.0))])
    out = tmp_path / "extended.mp4"
    stamp_file(real_clip_small, out, kit, spec)
    report = c2pa_io.read_c2pa(out, trust.c2pa_settings(cfg))
    assert report.state == "Trusted"
    assert report.digital_source_types == [COMPOSITE_TRAINED]
    assert [a["action"] for a in report.actions][:2] == ["c2pa.opened", "c2pa.edited"]
    assert report.ingredients[0]["relationship"] == "parentOf"
    assert report.ingredients[0]["manifest_id"] == parent_data["manifest_id"]
    assert report.generation["mode"] == "extend" and report.generation["policy_decision_id"] == "dec-1"
    assert "prompt" not in report.generation and len(report.generation["prompt_sha256"]) == 64
    assert b"secret words" not in out.read_bytes()


# ------------------------------------------------------------------------------ third-party fixtures
EXPECTED = json.loads((FIXTURES / "expected.json").read_text()) if (FIXTURES / "expected.json").is_file() else {}


@needs_fixtures
@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n != "nested_moov_1000.mp4") or ["(none)"])
def test_agrees_with_reference_reader(name):
    exp = EXPECTED[name]
    report = c2pa_io.read_c2pa(FIXTURES / name, {"verify": {"remote_manifest_fetch": False}})
    assert report.present == exp["manifest"]
    if exp["manifest"]:
        assert report.state == exp["state"]
        assert report.failures == exp["failures"]
        assert report.n_manifests == exp["n_manifests"]
        assert len(report.ingredients) == exp["n_ingredients"]
        assert report.claim_generator == exp["claim_generator"]


@needs_fixtures
def test_hostile_nested_boxes_refused_cleanly(env):
    assert (FIXTURES / "nested_moov_1000.mp4").is_file()
    r = run_cli("verify", str(FIXTURES / "nested_moov_1000.mp4"), env=env, timeout=60)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and "nested_moov_1000.mp4" in r.stderr


# -------------------------------------------------------------------------------------------- keys
def test_keys_are_private_and_pki_is_well_formed(data_dir):
    files = keys.KeyFiles(data_dir / "keys")
    for key_file in (files.signing_key, files.dir / "ca" / "root-ca.key", data_dir / "keys" / "watermark.key"):
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    chain = keys.load_chain(files.signing_chain)
    leaf, inter = chain
    root = x509.load_pem_x509_certificate(files.root_cert.read_bytes())
    assert leaf.issuer == inter.subject and inter.issuer == root.subject
    assert leaf.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature
    assert ExtendedKeyUsageOID.EMAIL_PROTECTION in leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    leaf.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)


@pytest.mark.parametrize("algorithm", ["ed25519", "es384"])
def test_other_algorithms_sign_and_verify(tmp_path, algorithm, real_clip_small):
    kdir = tmp_path / "k"
    keys.init_dev_pki(kdir, algorithm)
    signer = LocalKeySigner.from_key_dir(kdir)
    settings = trust.c2pa_settings(load_config({"CLIPSEAL_KEYS_DIR": str(kdir), "CLIPSEAL_DATA_DIR": str(tmp_path)}))
    out = tmp_path / "out.mp4"
    c2pa_io.sign_file(real_clip_small, out, ManifestSpec(title="x"), signer, settings)
    assert c2pa_io.read_c2pa(out, settings).state == "Trusted"


def test_passphrase_encrypted_key(tmp_path, real_clip_small, monkeypatch):
    kdir = tmp_path / "k"
    keys.init_dev_pki(kdir, passphrase=b"correct horse")
    assert b"ENCRYPTED" in (kdir / "signing.key").read_bytes()
    with pytest.raises(BadInputError, match="encrypted"):
        LocalKeySigner.from_key_dir(kdir, "CLIPSEAL_TEST_PASS")
    monkeypatch.setenv("CLIPSEAL_TEST_PASS", "wrong")
    with pytest.raises(BadInputError, match="wrong passphrase") as err:
        LocalKeySigner.from_key_dir(kdir, "CLIPSEAL_TEST_PASS")
    assert "wrong" not in str(err.value).replace("wrong passphrase", "")
    monkeypatch.setenv("CLIPSEAL_TEST_PASS", "correct horse")
    signer = LocalKeySigner.from_key_dir(kdir, "CLIPSEAL_TEST_PASS")
    c2pa_io.sign_file(real_clip_small, tmp_path / "o.mp4", ManifestSpec(title="x"), signer, {})


def _leaf(tmp_path, *, key=None, days=(-1, 365), aki=True, issuer_key=None):
    """A signing certificate issued by a fresh CA, with one property varied."""
    ca_key = issuer_key or ec.generate_private_key(ec.SECP256R1())
    key = key or ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.timezone.utc)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test signer")])
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test ca")])
    b = (x509.CertificateBuilder().subject_name(name).issuer_name(ca_name).public_key(key.public_key())
         .serial_number(x509.random_serial_number())
         .not_valid_before(now + dt.timedelta(days=days[0])).not_valid_after(now + dt.timedelta(days=days[1]))
         .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False), True)
         .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), False))
    if aki:
        b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False)
    cert = b.sign(ca_key, hashes.SHA256())
    chain = tmp_path / "chain.pem"
    chain.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file = tmp_path / "key.pem"
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return chain, key_file


def test_expired_certificate_refused(tmp_path):
    chain, key = _leaf(tmp_path, days=(-30, -1))
    with pytest.raises(BadInputError, match="expired"):
        LocalKeySigner(chain, key)


def test_certificate_without_aki_refused(tmp_path):
    chain, key = _leaf(tmp_path, aki=False)
    with pytest.raises(BadInputError, match="authority key identifier"):
        LocalKeySigner(chain, key)


def test_mismatched_key_refused(tmp_path):
    chain, _ = _leaf(tmp_path)
    other = tmp_path / "other.pem"
    other.write_bytes(ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    with pytest.raises(BadInputError, match="does not match"):
        LocalKeySigner(chain, other)


def test_rsa_1024_refused(tmp_path):
    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    chain, key = _leaf(tmp_path, key=weak)
    with pytest.raises(BadInputError, match="RSA-1024"):
        LocalKeySigner(chain, key)


class _KmsLikeSigner(Signer):
    """A Signer whose key lives elsewhere (here: in memory), as a KMS-backed one would."""

    def __init__(self, kdir: Path):
        self._inner = LocalKeySigner.from_key_dir(kdir)
        self.calls = 0

    @property
    def algorithm(self):
        return self._inner.algorithm

    def certificate_chain_pem(self):
        return self._inner.certificate_chain_pem()

    def sign(self, data: bytes) -> bytes:
        self.calls += 1
        return self._inner.sign(data)


def test_callback_signer_interface(tmp_path, real_clip_small, data_dir):
    signer = _KmsLikeSigner(data_dir / "keys")
    settings = trust.c2pa_settings(load_config({"CLIPSEAL_DATA_DIR": str(data_dir)}))
    c2pa_io.sign_file(real_clip_small, tmp_path / "o.mp4", ManifestSpec(title="x"), signer, settings)
    assert signer.calls == 1
    assert c2pa_io.read_c2pa(tmp_path / "o.mp4", settings).state == "Trusted"


def test_failing_signer_leaves_no_output(tmp_path, env, real_clip_720):
    class Broken(_KmsLikeSigner):
        def sign(self, data):
            raise RuntimeError("HSM unavailable")
    cfg = load_config()
    kit = StampingKit.from_config(cfg, signer=Broken(cfg.key_dir))
    out = tmp_path / "o.mp4"
    with pytest.raises(SigningError):
        stamp_file(real_clip_720, out, kit, ManifestSpec(title="o.mp4"))
    assert list(tmp_path.iterdir()) == []


def test_secrets_never_printed(env, data_dir, stamped):
    out, _ = stamped
    secrets = [(data_dir / "keys" / "watermark.key").read_text().strip(),
               (data_dir / "keys" / "signing.key").read_text().split("\n")[1]]
    outputs = []
    for args in (["keys", "show", "--json"], ["config", "show", "--json"], ["verify", str(out), "--json"]):
        r = run_cli(*args, env=env)
        outputs.append(r.stdout + r.stderr)
    blob = "\n".join(outputs) + out.read_bytes().decode("latin-1")
    for secret in secrets:
        assert secret not in blob


def test_remote_manifest_is_not_fetched_by_default(tmp_path, data_dir, real_clip_small):
    """A file that points to a remote manifest must not make the verifier open a connection."""
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *a):
            pass
    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/manifest.c2pa"
        cfg = load_config({"CLIPSEAL_DATA_DIR": str(data_dir)})
        signer = LocalKeySigner.from_key_dir(cfg.key_dir)
        settings = trust.c2pa_settings(cfg)
        out = tmp_path / "remote.mp4"
        with c2pa.Builder(ManifestSpec(title="r").definition(), context=c2pa.Context.from_dict(settings)) as b:
            b.set_no_embed()
            b.set_remote_url(url)
            with open(real_clip_small, "rb") as src, open(out, "w+b") as dst:
                b.sign(signer.to_c2pa(), "video/mp4", src, dst)
        report = c2pa_io.read_c2pa(out, settings)
        assert hits == []
        assert report.present and report.state == "Invalid"
        allowed = trust.c2pa_settings(load_config({"CLIPSEAL_DATA_DIR": str(data_dir),
                                                   "CLIPSEAL_TRUST_ALLOW_REMOTE_MANIFESTS": "true"}))
        c2pa_io.read_c2pa(out, allowed)
        assert hits, "with remote fetching allowed the reader should have asked the server"
    finally:
        server.shutdown()


# ------------------------------------------------------------------------------------- frameless files

def _boxes(data: bytes) -> list[tuple[str, int, int]]:
    import struct

    out, i = [], 0
    while i + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[i:i + 8])
        out.append((kind.decode("latin1"), i, size))
        i += size
    return out


def test_init_segment_with_credentials_is_reported_not_refused(tmp_path, env):
    """A fragmented-MP4 initialisation segment (ftyp + moov, no samples), as DASH and HLS serve, signed: verify
    reports its Content Credentials with an empty media section; without credentials it is still refused."""
    import av
    import numpy as np

    frag = tmp_path / "frag.mp4"
    out = av.open(str(frag), "w", format="mp4", options={"movflags": "frag_keyframe+empty_moov+default_base_moof"})
    stream = out.add_stream("libx264", rate=12)
    stream.width, stream.height, stream.pix_fmt = 128, 96, "yuv420p"
    for i in range(24):
        for packet in stream.encode(av.VideoFrame.from_ndarray(np.full((96, 128, 3), i * 9, np.uint8), format="rgb24")):
            out.mux(packet)
    for packet in stream.encode(None):
        out.mux(packet)
    out.close()
    data = frag.read_bytes()
    boxes = _boxes(data)
    assert [b[0] for b in boxes][:3] == ["ftyp", "moov", "moof"]
    init = tmp_path / "init.mp4"
    init.write_bytes(b"".join(data[o:o + n] for k, o, n in boxes if k in ("ftyp", "moov")))
    r = run_cli("verify", str(init), env=env)
    assert r.returncode == 2 and "no frames" in r.stderr  # nothing to report: refused as before
    kit = StampingKit.from_config(load_config())
    signed = tmp_path / "init-signed.mp4"
    c2pa_io.sign_file(init, signed, ManifestSpec(title="init segment"), kit.signer, kit.c2pa_settings)
    r, report = _verify(signed, env)
    assert r.returncode == 0, r.stderr
    assert report["media"]["frames"] == 0 and "initialisation segment" in report["media"]["kind"]
    assert report["c2pa"]["present"] and report["c2pa"]["state"] == "Trusted"
    assert report["watermark"]["checked"] is False and "video frames" in report["watermark"]["note"]
    assert report["verdict"] == "synthetic" and "Content Credentials" in report["summary"]


def test_verify_refuses_fifos_and_folders_before_reading(tmp_path, env):
    fifo = tmp_path / "clip.mp4"
    os.mkfifo(fifo)
    r = run_cli("verify", str(fifo), env=env, timeout=30)
    assert r.returncode == 2 and "FIFO" in r.stderr
    r = run_cli("verify", str(tmp_path), env=env, timeout=30)
    assert r.returncode == 2 and "folder" in r.stderr


def test_audio_only_file_with_credentials_is_reported(tmp_path, env):
    """An audio-only MP4 (AAC) signed with Content Credentials: verify reports them; no watermark is looked for."""
    import av
    import numpy as np

    audio = tmp_path / "voice.m4a"
    with av.open(str(audio), "w", format="mp4") as out:
        stream = out.add_stream("aac", rate=44100)
        for k in range(40):
            t = (np.arange(1024) + k * 1024) / 44100
            frame = av.AudioFrame.from_ndarray(np.repeat((0.2 * np.sin(2 * np.pi * 330 * t)).astype(np.float32)[None],
                                                         2, axis=0), format="fltp", layout="stereo")
            frame.sample_rate, frame.pts = 44100, k * 1024
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    kit = StampingKit.from_config(load_config())
    signed = tmp_path / "voice-signed.m4a"
    c2pa_io.sign_file(audio, signed, ManifestSpec(title="voice"), kit.signer, kit.c2pa_settings)
    r, report = _verify(signed, env)
    assert r.returncode == 0, r.stderr
    assert report["c2pa"]["state"] == "Trusted" and "no video stream" in report["media"]["kind"]
    assert report["watermark"]["checked"] is False


@needs_fixtures
def test_still_images_report_their_credentials(env):
    """JPEGs with C2PA from another implementation: reported with the reference reader's state, not refused."""
    expected = json.loads((FIXTURES / "expected.json").read_text())
    for name, want_exit in (("C.jpg", 0), ("XCA.jpg", 1)):
        r, report = _verify(FIXTURES / name, env)
        assert r.returncode == want_exit, (name, r.stderr)
        assert report["media"]["kind"] == "a still image" and report["c2pa"]["present"]
        want = expected[name]
        assert report["c2pa"]["state"] == want["state"], (name, want)
    r, report = _verify(FIXTURES / "no_manifest.jpg", env)  # a still image without credentials: not much to say
    assert r.returncode == 0 and not report["c2pa"]["present"] and report["verdict"] == "inconclusive"


def test_manifest_thumbnail_is_the_marked_frame_near_one_second(stamped):
    """The manifest's thumbnail is a 320 px JPEG of the output's frame nearest 1 s (made once, after encoding)."""
    import io as _io

    import cv2
    import numpy as np

    from clipseal import media

    out, _ = stamped
    with open(out, "rb") as fh, c2pa.Reader("video/mp4", fh) as reader:
        store = json.loads(reader.json())
        identifier = store["manifests"][store["active_manifest"]]["thumbnail"]["identifier"]
        buf = _io.BytesIO()
        reader.resource_to_stream(identifier, buf)
    thumb = cv2.cvtColor(cv2.imdecode(np.frombuffer(buf.getvalue(), np.uint8), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    frames = list(media.read_frames(out, end_s=2.0))
    nearest = min(frames, key=lambda f: abs(f.time_s - 1.0)).image
    far = frames[0].image
    assert thumb.shape[1] == 320
    size = (320, thumb.shape[0])
    err = lambda img: float(np.mean(np.abs(cv2.resize(img, size, interpolation=cv2.INTER_AREA).astype(float) - thumb)))  # noqa: E731
    assert err(nearest) < 6 and err(nearest) < err(far)
