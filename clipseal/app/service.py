"""The HTTP service: wiring of the detector, the policy and the registry behind FastAPI. No domain logic here.

Safety rules it enforces:
* bound to loopback unless API tokens are configured; with tokens, every endpoint but ``/healthz`` needs
  ``Authorization: Bearer <token>`` (compared in constant time);
* uploads are streamed to disk under the service's own folder with a size limit checked while streaming;
  they get a random name (nothing from the request reaches the file system) and are removed after
  processing unless retention is configured;
* at most ``max_concurrent`` verifications run at once and at most ``max_queue`` wait; beyond that the answer
  is 503, so a flood cannot exhaust memory or CPU;
* report ids are random hex and are checked against a pattern before they are used as file names.

(No ``from __future__ import annotations`` here: FastAPI reads the endpoint annotations at run time.)
"""


import asyncio
import hmac
import ipaddress
import json
import re
import secrets
import threading
from pathlib import Path

from clipseal.app.uploads import CHUNK, file_chunks, save_upload
from clipseal.config import Config
from clipseal.errors import BadInputError, ClipsealError

WEB_DIR = Path(__file__).resolve().parent / "web"
_ID = re.compile(r"^[0-9a-f]{32}$")
_PAYLOAD = re.compile(r"^[0-9a-fA-F]{16}$")
_MANIFEST = re.compile(r"^urn:c2pa:[0-9a-fA-F-]{36}(:[\w.-]+)*$")


def is_loopback(host: str) -> bool:
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(host: str, cfg: Config) -> None:
    if not is_loopback(host) and not cfg.service.tokens:
        raise BadInputError(f"refusing to listen on {host}: no API tokens configured ([service] tokens or "
                            "CLIPSEAL_SERVICE_TOKENS); without tokens the service only binds to loopback")


class Verifier:
    """Runs verifications in worker threads, at most ``max_concurrent`` at once, queue bounded."""

    def __init__(self, cfg: Config) -> None:
        from detector.model import DEFAULT_MODEL_PATH, ForensicModel
        from provenance.credentials import VerifyingKit

        self.cfg = cfg
        self.kit = VerifyingKit.from_config(cfg)
        self.model = ForensicModel.load(cfg.detector.model or DEFAULT_MODEL_PATH)
        self.slots = threading.BoundedSemaphore(cfg.service.max_concurrent)
        self.waiting = 0
        self.lock = threading.Lock()

    def admit(self) -> bool:
        with self.lock:
            if self.waiting >= self.cfg.service.max_queue + self.cfg.service.max_concurrent:
                return False
            self.waiting += 1
            return True

    def run(self, clip: Path, report_html: Path) -> dict:
        from detector.analyze import analyze_file
        from detector.report import write_report

        try:
            with self.slots:
                report = analyze_file(clip, self.kit, self.model)
                write_report(report, clip, report_html)
                return report
        finally:
            with self.lock:
                self.waiting -= 1


def create_app(cfg: Config):
    from fastapi import Depends, FastAPI, HTTPException, Request, UploadFile
    from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
    from pydantic import BaseModel

    from clipseal import __version__

    work = cfg.service_dir
    uploads, reports = work / "uploads", work / "reports"
    for d in (uploads, reports):
        d.mkdir(parents=True, exist_ok=True)
    verifier = Verifier(cfg)
    limit = cfg.service.max_upload_mb * CHUNK
    tokens = [t.encode() for t in cfg.service.tokens]

    app = FastAPI(title="clipseal", version=__version__, docs_url=None, redoc_url=None,
                  description="Verify clips (Content Credentials, watermark, forensics), screen prompts, look up "
                              "manifests.")

    def authorised(request: Request) -> None:
        if not tokens:
            return
        header = request.headers.get("authorization", "")
        given = header[7:].encode() if header.lower().startswith("bearer ") else b""
        if not any(hmac.compare_digest(given, t) for t in tokens):
            raise HTTPException(401, "missing or wrong API token", headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(ClipsealError)
    async def clipseal_error(_request, exc: ClipsealError):
        return JSONResponse({"error": str(exc)}, status_code=400 if isinstance(exc, BadInputError) else 500)

    @app.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok", "version": __version__}

    @app.get("/", response_class=HTMLResponse, dependencies=[Depends(authorised)] if tokens else [])
    def page() -> HTMLResponse:
        return HTMLResponse((WEB_DIR / "index.html").read_text(encoding="utf-8"))

    @app.post("/v1/verify", dependencies=[Depends(authorised)])
    async def verify(request: Request, file: UploadFile) -> JSONResponse:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit + CHUNK:
            raise HTTPException(413, f"upload larger than {cfg.service.max_upload_mb} MB")
        if not verifier.admit():
            raise HTTPException(503, "too many verifications in progress; try again later",
                                headers={"Retry-After": "10"})
        rid = secrets.token_hex(16)
        suffix = Path(file.filename or "").suffix.lower()
        suffix = suffix if re.fullmatch(r"\.[a-z0-9]{1,5}", suffix) else ".bin"
        clip = uploads / f"{rid}{suffix}"
        started = False
        try:
            await save_upload(file_chunks(file), clip, cfg.service.max_upload_mb)
            started = True
            report = await asyncio.to_thread(verifier.run, clip, reports / f"{rid}.html")
        except BadInputError as exc:
            raise HTTPException(400, str(exc).replace(str(clip), file.filename or "upload")) from None
        finally:
            if not started:
                with verifier.lock:
                    verifier.waiting -= 1
            if not cfg.service.retain_uploads:
                clip.unlink(missing_ok=True)
        report["file"] = file.filename
        report["id"] = rid
        (reports / f"{rid}.json").write_text(json.dumps(report, default=str))
        return JSONResponse(report)

    @app.get("/v1/verify/{rid}/report", response_class=HTMLResponse, dependencies=[Depends(authorised)])
    def report_page(rid: str):
        if not _ID.match(rid) or not (reports / f"{rid}.html").is_file():
            raise HTTPException(404, "no such report")
        return FileResponse(reports / f"{rid}.html", media_type="text/html",
                            filename=f"clipseal-report-{rid[:8]}.html", content_disposition_type="inline")

    class PolicyRequest(BaseModel):
        prompt: str
        mode: str = "t2v"

    policy_engine = None

    @app.post("/v1/policy/check", dependencies=[Depends(authorised)])
    def policy_check(body: PolicyRequest) -> dict:
        nonlocal policy_engine
        from policy import policy_from_config

        if len(body.prompt) > 10_000:
            raise HTTPException(413, "prompt longer than 10,000 characters")
        policy_engine = policy_engine or policy_from_config(cfg)
        return policy_engine.check(body.prompt, mode=body.mode).to_dict()

    @app.get("/v1/manifests/{manifest_id}", dependencies=[Depends(authorised)])
    def manifest(manifest_id: str) -> dict:
        if not _MANIFEST.match(manifest_id):
            raise HTTPException(400, "not a manifest id (urn:c2pa:<uuid>)")
        entry = verifier.kit.registry.by_manifest_id(manifest_id)
        if entry is None:
            raise HTTPException(404, "no such manifest in the registry")
        return entry.to_dict()

    @app.get("/v1/manifests", dependencies=[Depends(authorised)])
    def manifests(payload: str) -> dict:
        if not _PAYLOAD.match(payload):
            raise HTTPException(400, "payload must be 16 hex digits")
        entry = verifier.kit.registry.by_payload(payload.lower())
        if entry is None:
            raise HTTPException(404, "no manifest registered for this payload")
        return entry.to_dict()

    from clipseal.app.resolution_api import resolution_router

    app.include_router(resolution_router(cfg, verifier, authorised))
    return app


def serve(cfg: Config, host: str, port: int) -> None:
    import uvicorn

    check_bind(host, cfg)
    app = create_app(cfg)
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_keep_alive=5,
                limit_concurrency=cfg.service.max_concurrent + cfg.service.max_queue + 32, server_header=False)
