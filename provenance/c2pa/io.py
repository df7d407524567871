"""Signing and reading C2PA manifests through c2pa-python (``Builder`` and ``Reader``).

This module adds policy, not a parser: the bytes are always read and written by the SDK. ``read_c2pa``
turns the SDK's report into a ``C2paReport`` whose fields ``clipseal verify`` prints.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import mimetypes
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import c2pa

from clipseal.errors import BadInputError, SigningError
from provenance.c2pa.manifest import GENERATION_LABEL, SOFT_BINDING_LABEL, ManifestSpec
from provenance.c2pa.signer import Signer

_MIME = {
    ".mp4": "video/mp4", ".m4v": "video/mp4", ".mov": "video/quicktime", ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp", ".avi": "video/x-msvideo",
    ".heic": "image/heic", ".tif": "image/tiff", ".tiff": "image/tiff", ".m4a": "audio/mp4",
    ".ts": "video/mp2t", ".m2ts": "video/mp2t", ".mts": "video/mp2t", ".webm": "video/webm", ".mkv": "video/x-matroska",
}


def mime_type(path: Path) -> str | None:
    return _MIME.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]


def sign_file(
    source: Path,
    dest: Path,
    spec: ManifestSpec,
    signer: Signer,
    settings: dict,
    thumbnail_jpeg: bytes | None = None,
) -> tuple[str, bytes, dict]:
    """Sign ``source`` into ``dest`` with the manifest ``spec``; returns (manifest id, manifest store bytes,
    the active manifest as the SDK reads it back).

    ``dest`` should be a temporary path: the caller renames it into place only when everything succeeded.
    """
    fmt = mime_type(source)
    if fmt is None:
        raise BadInputError(f"{source}: cannot embed Content Credentials in this file type")
    labelled = []
    for i, ing in enumerate(spec.ingredients):
        labelled.append(ing if ing.label else dataclasses.replace(ing, label=f"ingredient-{i}"))
    spec.ingredients = labelled
    definition = spec.definition(thumbnail_id="thumbnail.jpg" if thumbnail_jpeg else None)
    try:
        context = c2pa.Context.from_dict(settings)
        with c2pa.Builder(definition, context=context) as builder:
            if thumbnail_jpeg:
                import io

                builder.add_resource("thumbnail.jpg", io.BytesIO(thumbnail_jpeg))
            for ing in spec.ingredients:
                _add_ingredient(builder, ing)
            c2pa_signer = signer.to_c2pa()
            with open(source, "rb") as src, open(dest, "w+b") as dst:
                manifest_bytes = builder.sign(c2pa_signer, fmt, src, dst)
    except c2pa.C2paError as exc:
        raise SigningError(f"{source}: C2PA signing failed ({_first_line(exc)})") from exc
    with open(dest, "rb") as fh, c2pa.Reader(fmt, fh, context=c2pa.Context.from_dict(settings)) as reader:
        store = json.loads(reader.json())
    manifest_id = store["active_manifest"]
    return manifest_id, bytes(manifest_bytes), store["manifests"][manifest_id]


def _add_ingredient(builder: c2pa.Builder, ing) -> None:
    fmt = mime_type(ing.path)
    if fmt is None:
        raise BadInputError(f"{ing.path}: unsupported ingredient file type")
    ingredient = {"title": ing.title or ing.path.name, "relationship": ing.relationship, "label": ing.label}
    try:
        with open(ing.path, "rb") as fh:
            builder.add_ingredient(ingredient, fmt, fh)
    except FileNotFoundError as exc:
        raise BadInputError(f"{ing.path}: ingredient file does not exist") from exc


def _first_line(exc: Exception) -> str:
    """The SDK's message on one line (its validation failures span several)."""
    text = " ".join(line.strip() for line in str(exc).splitlines() if line.strip())
    return text[:500] if text else type(exc).__name__


@dataclass
class C2paReport:
    """What ``clipseal verify`` reports about Content Credentials. See docs/verify.md for each field."""

    present: bool
    state: str | None = None  # "Trusted", "Valid", "Invalid" or None when absent
    failures: list[str] = field(default_factory=list)
    manifest_id: str | None = None
    claim_generator: str | None = None
    digital_source_types: list[str] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)
    ingredients: list[dict] = field(default_factory=list)
    signer: dict | None = None
    signing_time: str | None = None
    generation: dict | None = None
    soft_binding: dict | None = None
    generated_ranges_s: list[list[float]] = field(default_factory=list)
    n_manifests: int = 0
    embedded: bool | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_c2pa(path: Path, settings: dict, manifest_data: bytes | None = None) -> C2paReport:
    """Read and validate the manifest store of ``path`` (or ``manifest_data`` for it, e.g. a sidecar).

    A file with no manifest gives ``present=False``; a file the SDK cannot parse at all raises
    ``BadInputError`` (it is not a media file we can judge).
    """
    sidecar = path.with_suffix(".c2pa")
    if manifest_data is None and sidecar.is_file() and sidecar != path:
        manifest_data = sidecar.read_bytes()
    fmt = mime_type(path) or "application/octet-stream"
    if manifest_data is None and fmt.startswith("video/") and fmt not in _supported_types():
        # a video format C2PA defines no embedding for (MPEG-TS, Matroska, ...): nothing can be in it, and the
        # reader would refuse the file outright; its credentials could only travel in a sidecar .c2pa
        return C2paReport(present=False)
    try:
        context = c2pa.Context.from_dict(settings)
        with open(path, "rb") as fh:
            reader = c2pa.Reader(fmt, fh, manifest_data, context=context)
            with reader:
                store = json.loads(reader.json())
                state = reader.get_validation_state()
                embedded = reader.is_embedded()
    except c2pa.C2paError.ManifestNotFound:
        return C2paReport(present=False)
    except c2pa.C2paError as exc:
        message = _first_line(exc)
        if "could not be parsed" in message or "unsupported" in message.lower() or "type is unsupported" in message:
            raise BadInputError(f"{path}: the file cannot be parsed as media ({message.split(': ', 1)[-1]})") \
                from exc
        # Anything else that stops the reader (a remote manifest it may not fetch, a broken store) is a
        # finding about the credentials, reported as such.
        return C2paReport(present=True, state="Invalid", failures=[_error_code(exc)], error=message)
    return _report(store, state, embedded)


@functools.cache
def _supported_types() -> frozenset[str]:
    return frozenset(c2pa.Reader.get_supported_mime_types())


def _error_code(exc: Exception) -> str:
    name = type(exc).__name__.lstrip("_").removeprefix("C2pa")
    return f"error.{name[:1].lower()}{name[1:]}"


def _report(store: dict, state: str | None, embedded: bool) -> C2paReport:
    manifests = store.get("manifests", {})
    active_id = store.get("active_manifest")
    active = manifests.get(active_id, {})
    results = store.get("validation_results", {}).get("activeManifest", {})
    failures = list(dict.fromkeys(s["code"] for s in results.get("failure", [])))
    actions: list[dict] = []
    source_types: list[str] = []
    generation = soft = None
    for assertion in active.get("assertions", []):
        label = assertion.get("label", "")
        data = assertion.get("data", {})
        if label.startswith("c2pa.actions"):
            for action in data.get("actions", []):
                actions.append(action)
                dst = action.get("digitalSourceType")
                if dst and dst not in source_types:
                    source_types.append(dst)
        elif label == GENERATION_LABEL:
            generation = data
        elif label == SOFT_BINDING_LABEL:
            soft = data
    sig = active.get("signature_info") or {}
    signer = {k: sig.get(k) for k in ("common_name", "issuer", "alg", "cert_serial_number")} if sig else None
    generator = active.get("claim_generator")
    if not generator and active.get("claim_generator_info"):
        info = active["claim_generator_info"][0]
        generator = " ".join(x for x in (info.get("name"), info.get("version")) if x)
    return C2paReport(
        present=True,
        state=state,
        failures=failures,
        manifest_id=active_id,
        claim_generator=generator,
        digital_source_types=source_types,
        actions=actions,
        ingredients=[_ingredient_tree(ing, manifests, set()) for ing in active.get("ingredients", [])],
        signer=signer,
        signing_time=sig.get("time") or _created_when(actions),
        generation=generation,
        soft_binding=soft,
        generated_ranges_s=_temporal_ranges(actions),
        n_manifests=len(manifests),
        embedded=embedded,
    )


def _temporal_ranges(actions: list[dict]) -> list[list[float]]:
    """Time ranges (seconds) the actions declare as changed: the generated segments of a composite."""
    ranges = []
    for action in actions:
        for change in action.get("changes", []) or []:
            for region in change.get("region", []) or []:
                t = region.get("time") or {}
                if region.get("type") == "temporal" and t.get("start") is not None and t.get("end") is not None:
                    try:
                        ranges.append([float(t["start"]), float(t["end"])])
                    except (TypeError, ValueError):
                        continue
    return sorted(ranges)


def _created_when(actions: list[dict]) -> str | None:
    """Without a trusted timestamp, the time the signer declared in its first action (self-asserted)."""
    for action in actions:
        if action.get("action") in ("c2pa.created", "c2pa.opened") and action.get("when"):
            return action["when"]
    return None


def _ingredient_tree(ing: dict, manifests: dict, seen: set[str]) -> dict:
    """An ingredient with its own manifest (and that manifest's ingredients), recursively."""
    node = {
        "title": ing.get("title"),
        "relationship": ing.get("relationship"),
        "format": ing.get("format"),
        "manifest_id": ing.get("active_manifest"),
        "claim_generator": None,
        "digital_source_types": [],
        "ingredients": [],
    }
    label = ing.get("active_manifest")
    if label and label in manifests and label not in seen:
        child = manifests[label]
        node["claim_generator"] = child.get("claim_generator") or (
            (child.get("claim_generator_info") or [{}])[0].get("name"))
        for assertion in child.get("assertions", []):
            if assertion.get("label", "").startswith("c2pa.actions"):
                for action in assertion.get("data", {}).get("actions", []):
                    dst = action.get("digitalSourceType")
                    if dst and dst not in node["digital_source_types"]:
                        node["digital_source_types"].append(dst)
        node["ingredients"] = [_ingredient_tree(c, manifests, seen | {label}) for c in child.get("ingredients", [])]
    return node

