"""A client for remote C2PA Soft Binding Resolution APIs (``clipseal verify --resolver URL``).

Talking to a remote service from a verification tool is a risk of its own, so the client is narrow:
* only hosts on the allow-list (``[resolver] allow_hosts``) are contacted, over HTTPS, or plain HTTP to loopback;
* redirects are not followed (a resolver that redirects elsewhere is an error, never a second request);
* every request has a time limit, and every answer a size limit read as it streams (manifests, JSON);
* an upload (``byContent``) is made only when allowed and only up to a size limit;
* the token, read from the environment variable the configuration names, is sent only to the allow-listed host
  and never appears in errors.
What a resolver returns is evidence to check, not a verdict: the caller validates the manifest store it fetches.
"""

from __future__ import annotations

import ipaddress
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from clipseal.errors import BadInputError

USER_AGENT = "clipseal-resolver-client/1"


class ResolverError(Exception):
    """The resolver could not be asked or answered badly (reported as a finding, not raised to the user)."""


@dataclass(frozen=True)
class ResolverSettings:
    allow_hosts: tuple[str, ...] = ()
    timeout_s: float = 10.0
    max_manifest_kb: int = 4096
    max_upload_mb: int = 256
    upload: bool = True  # may a clip be uploaded (byContent) when its watermark cannot be read here
    token: str | None = None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102 - urllib's hook
        raise ResolverError(f"the resolver redirected ({code}); redirects are not followed")


class ResolverClient:
    """Ask one Soft Binding Resolution API (its base URL, e.g. ``https://resolver.example/c2pa/v1``)."""

    def __init__(self, base_url: str, settings: ResolverSettings) -> None:
        parsed = urllib.parse.urlsplit(base_url)
        host = (parsed.hostname or "").lower()
        if parsed.scheme not in ("https", "http") or not host:
            raise BadInputError(f"resolver URL {base_url!r}: expected https://host/path")
        if parsed.username or parsed.password or parsed.query or parsed.fragment:
            raise BadInputError("resolver URL: no credentials, query or fragment in it (the token comes from the "
                                "environment variable [resolver] token_env names)")
        allowed = {h.lower() for h in settings.allow_hosts}
        if host not in allowed and parsed.netloc.lower() not in allowed:
            raise BadInputError(f"resolver host {host} is not allow-listed: add it to [resolver] allow_hosts (or "
                                "CLIPSEAL_RESOLVER_ALLOW_HOSTS) to let verify contact it")
        if parsed.scheme == "http" and not _is_loopback(host):
            raise BadInputError(f"resolver {host}: plain HTTP is allowed to loopback only; use https://")
        self.base = base_url.rstrip("/")
        self.host = host
        self.settings = settings
        self._opener = urllib.request.build_opener(_NoRedirect)

    # ------------------------------------------------------------------------------------------ queries
    def supported_algorithms(self) -> dict:
        return self._json("GET", "/services/supportedAlgorithms", auth=False)

    def by_binding(self, alg: str, value: str, max_results: int = 10) -> list[dict]:
        query = urllib.parse.urlencode({"alg": alg, "value": value, "maxResults": max_results})
        return _matches(self._json("GET", f"/matches/byBinding?{query}"))

    def by_content(self, path: str | os.PathLike, content_type: str, max_results: int = 10) -> list[dict]:
        p = Path(path)
        if not self.settings.upload:
            raise ResolverError("uploading clips to the resolver is turned off ([resolver] upload)")
        size = p.stat().st_size
        if size > self.settings.max_upload_mb * (1 << 20):
            raise ResolverError(f"the clip is larger than the {self.settings.max_upload_mb} MB upload limit")
        with open(p, "rb") as fh:
            body = fh.read()
        query = urllib.parse.urlencode({"maxResults": max_results})
        return _matches(self._json("POST", f"/matches/byContent?{query}", body=body, content_type=content_type))

    def manifest(self, manifest_id: str) -> bytes:
        """The manifest store (``application/c2pa``) for ``manifest_id``."""
        path = "/manifests/" + urllib.parse.quote(manifest_id, safe=":")
        data, ctype = self._request("GET", path, limit=self.settings.max_manifest_kb * 1024)
        if not ctype.startswith("application/c2pa"):
            raise ResolverError(f"the resolver answered {ctype or 'no content type'}, not application/c2pa")
        return data

    # ---------------------------------------------------------------------------------------- transport
    def _json(self, method: str, path: str, body: bytes | None = None, content_type: str | None = None,
              auth: bool = True) -> dict:
        data, ctype = self._request(method, path, body, content_type, limit=1 << 20, auth=auth)
        try:
            doc = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ResolverError("the resolver's answer is not JSON") from None
        if not isinstance(doc, dict):
            raise ResolverError("the resolver's answer is not a JSON object")
        return doc

    def _request(self, method: str, path: str, body: bytes | None = None, content_type: str | None = None,
                 limit: int = 1 << 20, auth: bool = True) -> tuple[bytes, str]:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json, application/c2pa"}
        if content_type:
            headers["Content-Type"] = content_type
        if auth and self.settings.token:
            headers["Authorization"] = f"Bearer {self.settings.token}"
        request = urllib.request.Request(self.base + path, data=body, headers=headers, method=method)
        deadline = time.monotonic() + self.settings.timeout_s
        try:
            with self._opener.open(request, timeout=self.settings.timeout_s) as response:
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise ResolverError(f"the resolver's answer is larger than the {limit // 1024} KB limit")
                chunks, size = [], 0
                while chunk := response.read(65536):
                    size += len(chunk)
                    if size > limit:
                        raise ResolverError(f"the resolver's answer is larger than the {limit // 1024} KB limit")
                    if time.monotonic() > deadline:
                        raise ResolverError(f"the resolver took longer than {self.settings.timeout_s:g} s")
                    chunks.append(chunk)
                return b"".join(chunks), (response.headers.get("Content-Type") or "").split(";")[0].strip()
        except urllib.error.HTTPError as exc:
            raise ResolverError(f"the resolver answered HTTP {exc.code} for {path.split('?')[0]}") from None
        except urllib.error.URLError as exc:
            raise ResolverError(f"cannot reach the resolver at {self.host} ({exc.reason})") from None
        except (TimeoutError, OSError) as exc:
            raise ResolverError(f"cannot reach the resolver at {self.host} ({type(exc).__name__})") from None


def _matches(doc: dict) -> list[dict]:
    """The ``matches`` of a query result, each with a string ``manifestId`` (anything else is dropped)."""
    out = []
    for m in doc.get("matches") or []:
        if isinstance(m, dict) and isinstance(m.get("manifestId"), str) and len(m["manifestId"]) <= 512:
            score = m.get("similarityScore")
            out.append({"manifestId": m["manifestId"], "endpoint": m.get("endpoint") if isinstance(
                m.get("endpoint"), str) else None, "similarityScore": score if isinstance(score, int) else None})
    return out


def client_from_config(base_url: str, cfg) -> ResolverClient:
    """A client for ``base_url`` with the limits of ``[resolver]`` and the token from the variable it names."""
    r = cfg.resolver
    settings = ResolverSettings(allow_hosts=r.allow_hosts, timeout_s=float(r.timeout_s),
                                max_manifest_kb=r.max_manifest_kb, max_upload_mb=r.max_upload_mb, upload=r.upload,
                                token=os.environ.get(r.token_env) or None)
    return ResolverClient(base_url, settings)
