"""The C2PA Soft Binding Resolution API under ``/c2pa/v1``: HTTP wiring of ``provenance.resolution``.

Paths, parameters, JSON shapes and status codes follow the published OpenAPI document (C2PA Soft Binding
Resolution API 1.0.0): ``GET|POST /matches/byBinding``, ``POST /matches/byContent`` (the asset as the raw request
body), ``GET /manifests/{manifestId}`` (``application/c2pa``), ``GET /services/supportedAlgorithms``. The query
and fetch endpoints need the service's bearer token when tokens are configured (the document's ``fetch:manifests``
scope); the list of algorithms is public. Uploads share the verification queue and its limits.

(No ``from __future__ import annotations`` here: FastAPI reads the endpoint annotations at run time.)
"""

import asyncio
import json
import secrets
from typing import Optional

from clipseal.config import Config
from clipseal.app.uploads import CHUNK, save_upload
from clipseal.errors import BadInputError

PREFIX = "/c2pa/v1"
MAX_VALUE_CHARS = 4096  # a longer GET value is answered 414, as the API defines (use POST)
ACCEPTED_UPLOADS = ("video/", "application/")  # the media our watermark is in (the list entry says video)


def resolution_router(cfg: Config, verifier, authorised):
    from fastapi import APIRouter, Depends, HTTPException, Request
    from fastapi.responses import Response

    from provenance import resolution

    router = APIRouter(prefix=PREFIX, tags=["c2pa soft binding resolution"])
    guarded = [Depends(authorised)]
    uploads = cfg.service_dir / "uploads"
    limit = cfg.service.max_upload_mb * CHUNK

    def registry():
        if verifier.kit.registry is None:
            raise HTTPException(500, "no registry configured")
        return verifier.kit.registry

    def max_results(raw: Optional[str]) -> int:
        if raw is None:
            return 10
        if not raw.isdigit() or int(raw) < 1:
            raise HTTPException(400, "maxResults must be an integer of at least 1")
        return min(int(raw), 100)

    def query(alg: Optional[str], value: Optional[str], n: int) -> dict:
        if not alg or value is None:
            raise HTTPException(400, "alg and value are required")
        try:
            payload = resolution.payload_from_value(alg, value)
        except BadInputError as exc:
            raise HTTPException(400, str(exc)) from None
        return {"matches": [m.to_dict() for m in resolution.by_payload(registry(), payload, n)]}

    @router.get("/services/supportedAlgorithms")
    def supported_algorithms() -> dict:
        return resolution.ALGORITHMS

    @router.get("/matches/byBinding", dependencies=guarded)
    def by_binding(alg: Optional[str] = None, value: Optional[str] = None,
                   maxResults: Optional[str] = None) -> dict:  # noqa: N803 - the API's parameter name
        if value is not None and len(value) > MAX_VALUE_CHARS:
            raise HTTPException(414, "query too long; POST the query instead")
        return query(alg, value, max_results(maxResults))

    @router.post("/matches/byBinding", dependencies=guarded)
    async def by_large_binding(request: Request, maxResults: Optional[str] = None) -> dict:  # noqa: N803
        n = max_results(maxResults)
        body = await request.body()
        if len(body) > CHUNK:
            raise HTTPException(413, "query document larger than 1 MB")
        try:
            doc = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise HTTPException(400, "the body is not a JSON soft binding query") from None
        if not isinstance(doc, dict) or not isinstance(doc.get("alg"), str) or not isinstance(doc.get("value"), str):
            raise HTTPException(400, "a soft binding query is {\"alg\": ..., \"value\": ...}")
        return query(doc["alg"], doc["value"], n)

    @router.post("/matches/byContent", dependencies=guarded)
    async def by_content(request: Request, alg: Optional[str] = None, maxResults: Optional[str] = None,  # noqa: N803
                         hintAlg: Optional[str] = None, hintValue: Optional[str] = None) -> dict:  # noqa: N803
        n = max_results(maxResults)
        if alg is not None:
            try:
                resolution.check_algorithm(alg)
            except BadInputError as exc:
                raise HTTPException(400, str(exc)) from None
        hint = None
        if hintAlg is not None or hintValue is not None:
            try:
                hint = resolution.payload_from_value(hintAlg or "", hintValue or "")
            except BadInputError as exc:
                raise HTTPException(400, f"hint: {exc}") from None
        ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if not ctype.startswith(ACCEPTED_UPLOADS) or ctype.startswith("application/json"):
            raise HTTPException(415, f"cannot match {ctype or 'an asset without a content type'}: send the video "
                                     "itself as the body (video/* or application/octet-stream)")
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise HTTPException(413, f"upload larger than {cfg.service.max_upload_mb} MB")
        if not verifier.admit():
            raise HTTPException(503, "too many requests in progress; try again later", headers={"Retry-After": "10"})
        clip = uploads / f"{secrets.token_hex(16)}.bin"
        started = False
        try:
            await save_upload(request.stream(), clip, cfg.service.max_upload_mb)
            started = True
            matches = await asyncio.to_thread(_match, verifier, clip, n, hint)
        except BadInputError:
            raise HTTPException(415, "the upload is not a video this service can read") from None
        finally:
            if not started:
                with verifier.lock:
                    verifier.waiting -= 1
            clip.unlink(missing_ok=True)
        return {"matches": [m.to_dict() for m in matches]}

    @router.get("/manifests/{manifest_id}", dependencies=guarded)
    def manifest(manifest_id: str, returnActiveManifest: Optional[str] = None) -> Response:  # noqa: N803
        active = (returnActiveManifest or "false").lower()
        if active not in ("true", "false", "1", "0"):
            raise HTTPException(400, "returnActiveManifest must be true or false")
        try:
            data = resolution.manifest_store(registry(), manifest_id, active_only=active in ("true", "1"))
        except BadInputError as exc:
            raise HTTPException(400, str(exc)) from None
        except KeyError:
            raise HTTPException(404, "C2PA Manifest Id not found") from None
        except ValueError as exc:
            raise HTTPException(500, f"the stored manifest store cannot be split ({exc})") from None
        return Response(data, media_type="application/c2pa")

    return router


def _match(verifier, clip, n: int, hint):
    """``byContent`` in a worker thread, in one of the verification slots."""
    from provenance import resolution

    try:
        with verifier.slots:
            return resolution.by_content(clip, verifier.kit, n, hint)
    finally:
        with verifier.lock:
            verifier.waiting -= 1
