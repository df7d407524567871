"""The C2PA Soft Binding Resolution API (server, from its published OpenAPI document) and ``verify --resolver``
(the client), on loopback: a real ``clipseal serve`` holds the registry; verifiers with other data folders ask it.
"""

from __future__ import annotations

import base64
import http.server
import json
import os
import socket
import struct
import threading
from pathlib import Path

import httpx
import jsonschema
import pytest

from provenance.c2pa.manifest import WATERMARK_ALG
from tests.conftest import ROOT, Server, run_cli, run_in_process

TOKEN = "resolver-test-token"
ENTRY = ROOT / "docs" / "softbinding-algorithm-entry.json"


def _b64(payload_hex: str) -> str:
    return base64.b64encode(bytes.fromhex(payload_hex)).decode()


@pytest.fixture(scope="module")
def published(tmp_path_factory, data_dir):
    """A generated (stamped, registered) clip and a copy of it stripped of its metadata and re-encoded."""
    folder = tmp_path_factory.mktemp("resolve")
    env = {**os.environ, "CLIPSEAL_DATA_DIR": str(data_dir)}
    gen = folder / "generated.mp4"
    r = run_in_process("generate", "a green kite over a sandy beach", "-o", str(gen), "--frames", "24", "--seed",
                       "11", "--json", env=env)
    assert r.returncode == 0, r.stderr
    made = json.loads(r.stdout)
    stripped = folder / "reposted.mp4"  # metadata gone, pixels re-encoded: what a platform serves
    r = run_cli("media", "transcode", str(gen), "-o", str(stripped), "--crf", "26", env=env)
    assert r.returncode == 0, r.stderr
    return gen, stripped, {"manifest_id": made["manifest_id"], "payload": made["watermark_payload"]}


@pytest.fixture(scope="module")
def resolver(data_dir):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CLIPSEAL_")}
    s = Server({**clean, "CLIPSEAL_DATA_DIR": str(data_dir)}, {"CLIPSEAL_SERVICE_TOKENS": TOKEN})
    s.api = s.url + "/c2pa/v1"
    yield s
    s.stop()


def _get(url: str, **kw) -> httpx.Response:
    return httpx.get(url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60, **kw)


def _post(url: str, **kw) -> httpx.Response:
    headers = {"Authorization": f"Bearer {TOKEN}", **kw.pop("headers", {})}
    return httpx.post(url, headers=headers, timeout=120, **kw)


def _is_query_result(doc: dict) -> bool:
    """c2pa.softBindingQueryResult: {"matches": [{"manifestId": str, "endpoint"?: str, "similarityScore"?: 0-100}]}"""
    return isinstance(doc.get("matches"), list) and all(
        isinstance(m.get("manifestId"), str) and (
            "similarityScore" not in m or (isinstance(m["similarityScore"], int) and 0 <= m["similarityScore"] <= 100))
        for m in doc["matches"])


# ------------------------------------------------------------------------------------------- the server
def test_supported_algorithms_is_public(resolver):
    r = httpx.get(resolver.api + "/services/supportedAlgorithms", timeout=30)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    doc = r.json()
    assert {"alg": WATERMARK_ALG} in doc["watermarks"] and doc["fingerprints"] == []


def test_queries_need_the_token(resolver, published):
    _, _, info = published
    url = resolver.api + f"/matches/byBinding?alg={WATERMARK_ALG}&value={_b64(info['payload'])}"
    assert httpx.get(url, timeout=30).status_code == 401
    assert httpx.get(resolver.api + f"/manifests/{info['manifest_id']}", timeout=30).status_code == 401


def test_by_binding_get_and_post(resolver, published):
    _, _, info = published
    r = _get(resolver.api + "/matches/byBinding", params={"alg": WATERMARK_ALG, "value": _b64(info["payload"])})
    assert r.status_code == 200 and _is_query_result(r.json())
    assert [m["manifestId"] for m in r.json()["matches"]] == [info["manifest_id"]]
    r = _post(resolver.api + "/matches/byBinding", params={"maxResults": 5},
              json={"alg": WATERMARK_ALG, "value": _b64(info["payload"])})
    assert r.status_code == 200 and r.json()["matches"][0]["manifestId"] == info["manifest_id"]
    # a value nobody registered: no match (the query endpoints have no 404; the manifest endpoint has)
    r = _get(resolver.api + "/matches/byBinding", params={"alg": WATERMARK_ALG, "value": _b64("00" * 8)})
    assert r.status_code == 200 and r.json() == {"matches": []}


@pytest.mark.parametrize("params,status", [
    ({"alg": "com.example.other.1", "value": "AAAAAAAAAAA="}, 400),  # an algorithm we do not resolve
    ({"alg": WATERMARK_ALG, "value": "not base64!"}, 400),
    ({"alg": WATERMARK_ALG, "value": base64.b64encode(b"short").decode()}, 400),
    ({"alg": WATERMARK_ALG}, 400),  # value is required
    ({"value": "AAAAAAAAAAA="}, 400),  # alg is required
    ({"alg": WATERMARK_ALG, "value": "AAAAAAAAAAA=", "maxResults": "0"}, 400),
    ({"alg": WATERMARK_ALG, "value": "A" * 5000}, 414),  # too long for a URL: use POST
])
def test_by_binding_bad_queries(resolver, params, status):
    assert _get(resolver.api + "/matches/byBinding", params=params).status_code == status


def test_by_binding_post_bad_documents(resolver):
    url = resolver.api + "/matches/byBinding"
    assert _post(url, content=b"{not json", headers={"Content-Type": "application/json"}).status_code == 400
    assert _post(url, json={"value": "AAAAAAAAAAA="}).status_code == 400
    assert _post(url, json={"alg": "com.example.other.1", "value": "AAAAAAAAAAA="}).status_code == 400


def test_by_content_resolves_a_stripped_reencoded_clip(resolver, published):
    _, stripped, info = published
    r = _post(resolver.api + "/matches/byContent", content=stripped.read_bytes(), headers={"Content-Type": "video/mp4"})
    assert r.status_code == 200 and _is_query_result(r.json())
    assert r.json()["matches"][0]["manifestId"] == info["manifest_id"]
    assert r.json()["matches"][0]["similarityScore"] >= 90


def test_by_content_refuses_what_is_not_a_video(resolver, published, tmp_path):
    _, stripped, _ = published
    url = resolver.api + "/matches/byContent"
    assert _post(url, content=stripped.read_bytes(), headers={"Content-Type": "image/png"}).status_code == 415
    assert _post(url, content=b"\x00garbage" * 100, headers={"Content-Type": "video/mp4"}).status_code == 415
    assert _post(url, content=b"", headers={"Content-Type": "video/mp4"}).status_code == 400
    assert _post(url, params={"alg": "com.example.other.1"}, content=stripped.read_bytes(),
                 headers={"Content-Type": "video/mp4"}).status_code == 400


def test_manifest_store_by_id(resolver, published, data_dir):
    from provenance.c2pa import io as c2pa_io
    from provenance.c2pa import trust
    from clipseal.config import load_config

    gen, _, info = published
    r = _get(resolver.api + f"/manifests/{info['manifest_id']}")
    assert r.status_code == 200 and r.headers["content-type"] == "application/c2pa"
    store = r.content
    assert store[4:8] == b"jumb" and struct.unpack(">I", store[:4])[0] == len(store)
    # the bytes are the store that was signed into the clip: the C2PA SDK validates the clip with them
    settings = trust.c2pa_settings(load_config({"CLIPSEAL_DATA_DIR": str(data_dir)}))
    report = c2pa_io.read_c2pa(gen, settings, manifest_data=store)
    assert report.manifest_id == info["manifest_id"] and report.state in ("Trusted", "Valid")
    active = _get(resolver.api + f"/manifests/{info['manifest_id']}", params={"returnActiveManifest": "true"})
    assert active.status_code == 200 and active.content[4:8] == b"jumb" and b"c2ma" in active.content[:64]
    assert len(active.content) < len(store) and active.content in store


def test_manifest_errors(resolver):
    assert _get(resolver.api + "/manifests/urn:c2pa:00000000-0000-4000-8000-000000000000").status_code == 404
    assert _get(resolver.api + "/manifests/not-a-manifest-id").status_code == 400
    r = _get(resolver.api + "/manifests/urn:c2pa:00000000-0000-4000-8000-000000000000",
             params={"returnActiveManifest": "maybe"})
    assert r.status_code == 400


def test_algorithm_list_entry_follows_the_list_rules():
    """docs/softbinding-algorithm-entry.json, checked against the rules of the C2PA soft-binding algorithm list's
    entry schema (c2pa-org/softbinding-algorithm-list): required fields, the alg name pattern, the type and media
    type enums, and exactly one of decoded/encoded media types."""
    entries = json.loads(ENTRY.read_text())
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "array",
        "items": {
            "type": "object",
            "required": ["identifier", "alg", "type", "entryMetadata"],
            "properties": {
                "identifier": {"type": "integer", "minimum": 0, "maximum": 65535},
                "deprecated": {"type": "boolean"},
                "alg": {"type": "string", "pattern": "([a-zA-Z0-9]+\\.[a-zA-Z0-9\\.]+)"},
                "type": {"enum": ["watermark", "fingerprint"]},
                "decodedMediaTypes": {"type": "array", "minItems": 1, "items": {
                    "enum": ["application", "audio", "image", "model", "text", "video"]}},
                "encodedMediaTypes": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                "entryMetadata": {"type": "object", "required": ["description", "dateEntered", "contact",
                                                                 "informationalUrl"],
                                  "properties": {"description": {"type": "string"},
                                                 "categories": {"type": "array", "items": {"type": "string"}},
                                                 "dateEntered": {"type": "string", "format": "date-time"},
                                                 "contact": {"type": "string", "format": "email"},
                                                 "informationalUrl": {"type": "string", "format": "uri"}}},
                "softBindingResolutionApis": {"type": "array", "items": {"type": "string", "format": "uri"}},
            },
            "oneOf": [{"required": ["decodedMediaTypes"], "not": {"required": ["encodedMediaTypes"]}},
                      {"required": ["encodedMediaTypes"], "not": {"required": ["decodedMediaTypes"]}}],
        },
    }
    checker = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    checker.validate(entries)
    assert entries[0]["alg"] == WATERMARK_ALG and entries[0]["decodedMediaTypes"] == ["video"]
    # the checker does catch a broken entry
    broken = [dict(entries[0], type="hologram", encodedMediaTypes=["video/mp4"])]
    assert len(list(checker.iter_errors(broken))) >= 2


# ------------------------------------------------------------------------------------ verify --resolver
def _verifier_env(tmp_path: Path, watermark_key: Path | None = None, **extra: str) -> dict:
    """Another installation: its own data folder (keys, empty registry), the resolver allow-listed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIPSEAL_")}
    env.update({"CLIPSEAL_DATA_DIR": str(tmp_path / "verifier"), "CLIPSEAL_RESOLVER_ALLOW_HOSTS": "127.0.0.1",
                "CLIPSEAL_RESOLVER_TOKEN": TOKEN, **extra})
    if watermark_key:
        (tmp_path / "verifier" / "keys").mkdir(parents=True)
        (tmp_path / "verifier" / "keys" / "watermark.key").write_bytes(watermark_key.read_bytes())
    return env


def test_verify_resolver_by_content(resolver, published, tmp_path, data_dir):
    """A newsroom without our watermark key: the clip is uploaded, the manifest comes back and is validated."""
    _, stripped, info = published
    env = _verifier_env(tmp_path, CLIPSEAL_TRUST_ANCHORS=str(data_dir / "keys" / "root-ca.pem"))
    r = run_cli("verify", str(stripped), "--resolver", resolver.api, "--json", env=env)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    section = report["resolver"]
    assert section["query"] == "byContent" and section["error"] is None
    m = section["manifest"]
    assert m["manifest_id"] == info["manifest_id"] and m["usable"] and m["trusted"] and m["signature_valid"]
    assert not m["bytes_match"]  # a re-encoded copy: the hard binding cannot match, and that is said
    assert report["verdict"] == "synthetic" and "resolver" in report["summary"]
    assert any(e["source"] == "resolver" and e["indicates"] == "synthetic" for e in report["evidence"])
    # without the token the resolver refuses, and verify reports it and falls back to its own evidence
    env.pop("CLIPSEAL_RESOLVER_TOKEN")
    r = run_cli("verify", str(stripped), "--resolver", resolver.api, "--json", env=env)
    assert r.returncode == 0
    report = json.loads(r.stdout)
    assert "HTTP 401" in report["resolver"]["error"] and "resolver" not in report["summary"]


def test_verify_resolver_by_binding(resolver, published, tmp_path, data_dir):
    """A verifier with the watermark key but not the registry: only the payload is sent; the manifest that comes
    back must name the same payload in its soft binding."""
    _, stripped, info = published
    env = _verifier_env(tmp_path, watermark_key=data_dir / "keys" / "watermark.key")
    r = run_cli("verify", str(stripped), "--resolver", resolver.api, "--json", env=env)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    section = report["resolver"]
    assert section["query"] == "byBinding"
    assert section["manifest"]["soft_binding_matches"] is True and section["manifest"]["usable"]
    assert not section["manifest"]["trusted"]  # this verifier does not trust the resolver's signer
    assert report["verdict"] == "synthetic" and report["watermark"]["payload"] == info["payload"]


def test_verify_resolver_not_asked_for_a_signed_file(resolver, published, tmp_path):
    gen, _, _ = published
    r = run_cli("verify", str(gen), "--resolver", resolver.api, "--json", env=_verifier_env(tmp_path))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["resolver"]["asked"] is False


def test_verify_resolver_host_must_be_allow_listed(resolver, published, tmp_path):
    _, stripped, _ = published
    env = _verifier_env(tmp_path)
    env.pop("CLIPSEAL_RESOLVER_ALLOW_HOSTS")
    r = run_cli("verify", str(stripped), "--resolver", resolver.api, env=env)
    assert r.returncode == 2 and "not allow-listed" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = run_cli("verify", str(stripped), "--resolver", "ftp://127.0.0.1/x", env=_verifier_env(tmp_path))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = run_cli("verify", str(stripped), "--resolver", "http://example.org/c2pa/v1",
                env=_verifier_env(tmp_path, CLIPSEAL_RESOLVER_ALLOW_HOSTS="example.org"))
    assert r.returncode == 2 and "plain HTTP" in r.stderr  # HTTPS unless loopback


class _Hostile(http.server.BaseHTTPRequestHandler):
    """A resolver that misbehaves: redirects elsewhere, or answers with far more than was asked for."""

    mode = "redirect"

    def do_GET(self):  # noqa: N802 - http.server's hook
        self._answer()

    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._answer()

    def _answer(self):
        if self.mode == "redirect":
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.2:9/steal")
            self.end_headers()
        elif self.path.startswith("/c2pa/v1/matches"):
            body = json.dumps({"matches": [{"manifestId": "urn:c2pa:00000000-0000-4000-8000-000000000000",
                                            "similarityScore": 100}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:  # an endless manifest
            self.send_response(200)
            self.send_header("Content-Type", "application/c2pa")
            self.end_headers()
            try:
                for _ in range(4096):
                    self.wfile.write(b"\x00" * 65536)
            except OSError:
                pass

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("mode,expect", [("redirect", "redirect"), ("huge", "larger than")])
def test_verify_resolver_hostile_answers(published, tmp_path, mode, expect):
    _, stripped, _ = published
    handler = type("H", (_Hostile,), {"mode": mode})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        env = _verifier_env(tmp_path, CLIPSEAL_RESOLVER_MAX_MANIFEST_KB="64")
        r = run_cli("verify", str(stripped), "--resolver", f"http://127.0.0.1:{server.server_port}/c2pa/v1",
                    "--json", env=env)
    finally:
        server.shutdown()
    assert r.returncode == 0, r.stderr
    section = json.loads(r.stdout)["resolver"]
    assert expect in section["error"] and section["manifest"] is None


def test_verify_resolver_timeout(published, tmp_path):
    """A resolver that accepts the connection and never answers costs at most the configured time."""
    _, stripped, _ = published
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        env = _verifier_env(tmp_path, CLIPSEAL_RESOLVER_TIMEOUT_S="2")
        r = run_cli("verify", str(stripped), "--resolver", f"http://127.0.0.1:{silent.getsockname()[1]}/c2pa/v1",
                    "--json", env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "cannot reach the resolver" in json.loads(r.stdout)["resolver"]["error"]
