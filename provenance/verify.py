"""``clipseal verify``'s provenance half: Content Credentials, our watermark, and the registry.

The report is a plain dict with a stable, documented schema (docs/verify.md). The detector adds its
verdict on top of it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

import numpy as np

from provenance.c2pa import io as c2pa_io
from provenance.analysis import PixelAnalysis, analyze_pixels
from provenance.credentials import VerifyingKit
from provenance.fingerprint import MATCH_DISTANCE, distance
if TYPE_CHECKING:
    from provenance.registry import Registry
    from provenance.resolver_client import ResolverClient


def verify_file(
    path: str | os.PathLike,
    kit: VerifyingKit,
    use_watermark: bool = True,
    extra: Iterable[Callable[[np.ndarray, float], None]] = (),
    resolver: "ResolverClient | None" = None,
) -> tuple[dict, PixelAnalysis]:
    """Everything provenance can say about ``path``. Returns (report, pixel analysis); the pixel analysis is None
    for a file with credentials but no video frames (a DASH/CMAF initialisation segment, an audio file, a still
    image): its Content Credentials are reported, the watermark (video only) is not looked for.

    With a ``resolver`` (a remote C2PA Soft Binding Resolution API), a clip without usable Content Credentials is
    looked up there, and the manifest store it returns is validated against the clip (``report["resolver"]``)."""
    from clipseal.media.segments import as_one_file

    # an HLS playlist, a DASH manifest or a folder of segments is verified as the one clip its segments make
    with as_one_file(path) as (clip, segments):
        report, pixels = _verify(clip, kit, use_watermark, extra)
        if resolver is not None:
            from provenance.remote import resolver_section

            report["resolver"] = resolver_section(clip, report, resolver, kit)
    if segments is not None:
        report["file"] = str(path)
        report["media"]["kind"] = segments.describe()
        report["media"]["segments"] = segments.to_dict()
    return report, pixels


def _verify(path, kit: VerifyingKit, use_watermark: bool, extra) -> tuple[dict, PixelAnalysis | None]:
    p = Path(path)
    from clipseal import media
    from clipseal.errors import BadInputError
    from clipseal.inputs import check_input_file

    check_input_file(p)  # a folder, FIFO or device is refused before anything reads it
    try:
        info = media.probe(p)  # what is not a readable video stops here, unless it carries credentials
    except BadInputError as exc:
        return _frameless_report(p, kit, exc), None
    c2pa = c2pa_io.read_c2pa(p, kit.c2pa_settings)
    # The payloads our registry issued: the watermark detector tests the clip against them only when it
    # cannot read a payload blind (a short marked segment after heavy re-encoding), so only then is the
    # registry queried.
    candidates = ((lambda: kit.recent_payloads(kit.watermark_key.key_id))
                  if kit.registry_url and kit.watermark_key is not None else None)
    pixels = analyze_pixels(p, kit.watermark_key if use_watermark else None, extra, info=info,
                            candidates=candidates)
    report = {
        "file": str(p),
        "media": {
            "codec": pixels.info.codec, "width": pixels.info.width, "height": pixels.info.height,
            "fps": round(pixels.info.fps, 3), "duration_s": pixels.info.duration_s, "frames": pixels.frames,
            # a JPEG decodes as a one-frame video: said so, and the watermark is still looked for (a frame grabbed
            # from a marked clip carries the mark)
            "kind": "a still image" if pixels.info.container.endswith("_pipe") or pixels.info.container == "image2"
            else "video",
        },
        "c2pa": c2pa.to_dict(),
        "watermark": _watermark_section(pixels, kit),
        "fingerprint": pixels.fingerprint,
    }
    return report, pixels


_FRAMELESS = (("no frames", "no video frames (an initialisation segment or an empty track)"),
              ("still image", "a still image"), ("no video stream", "no video stream (audio or data only)"),
              ("damaged or truncated", "damaged or truncated video data"))


def _frameless_report(p: Path, kit: VerifyingKit, exc: Exception) -> dict:
    """The report of a file that has no frames to look at: only its Content Credentials. A file that is neither
    a video nor carries credentials stays refused (``exc``)."""
    message = str(exc)
    kind = next((what for key, what in _FRAMELESS if key in message), None)
    if kind is None:
        raise exc
    try:
        c2pa = c2pa_io.read_c2pa(p, kit.c2pa_settings)
    except Exception:  # noqa: BLE001 - the reader could not parse it either: the original error stands
        raise exc from None
    if not c2pa.present:
        raise exc
    return {
        "file": str(p),
        "media": {"codec": None, "width": None, "height": None, "fps": None, "duration_s": None, "frames": 0,
                  "kind": kind},
        "c2pa": c2pa.to_dict(),
        "watermark": {"present": False, "payload": None, "p_value": None, "segments": [], "manifest": None,
                      "checked": False, "note": f"not looked for: {kind} (the watermark is in video frames)"},
        "fingerprint": None,
    }


def _watermark_section(pixels: PixelAnalysis, kit: VerifyingKit) -> dict:
    if pixels.watermark is None:
        reason = "no watermark key configured" if kit.watermark_key is None else "not checked"
        return {"present": False, "payload": None, "p_value": None, "segments": [], "manifest": None,
                "checked": False, "note": reason}
    det = pixels.watermark
    section = det.to_dict()
    section["checked"] = True
    section["manifest"] = None
    if det.present and kit.registry is not None:
        section["manifest"] = recovered_manifest(kit.registry, det.payload, pixels.fingerprint)
    return section


def recovered_manifest(registry: Registry, payload: str, clip_fingerprint: str | None) -> dict | None:
    """The registered manifest for a watermark payload, and whether this clip is the content it was
    stamped on (a payload on different content means the mark was copied, not stamped)."""
    entry = registry.by_payload(payload)
    if entry is None:
        return None
    out = entry.to_dict()
    if clip_fingerprint and entry.fingerprint:
        d = distance(clip_fingerprint, entry.fingerprint)
        out["fingerprint_distance"] = d
        out["content_matches"] = d <= MATCH_DISTANCE
    else:
        out["fingerprint_distance"] = None
        out["content_matches"] = None
    return out
