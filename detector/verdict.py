"""Fusing evidence into one verdict: ``synthetic``, ``extended``, ``real`` or ``inconclusive``.

Order of trust, strongest first:
1. our watermark (a keyed detection with a p-value), read together with the manifest it points to in the
   registry or in the file: it says which segments were generated, so it decides between synthetic (all of the
   clip) and extended (part of it, or an animated real photo);
2. a valid C2PA manifest from anyone, which declares how the clip was made (trainedAlgorithmicMedia: synthetic;
   a composite: extended; digitalCapture: camera footage) and, for composites, the generated time ranges;
3. passive forensics: the calibrated probability of synthesis of the clip and of each 0.5 s segment, with change
   points for where the footage turns.
An invalid manifest is reported as tampering and its claims are not used. Where the strongest available
evidence is weak or contradicts itself the verdict is ``inconclusive``.

``real`` needs positive evidence: signed capture credentials, or a passive probability of synthesis below the
model's ``real_at``. A passive verdict's confidence is the calibrated probability, never above 99% (the
calibration set is a few hundred clips: it cannot support more).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

TRAINED = "trainedAlgorithmicMedia"
COMPOSITES = ("compositeWithTrainedAlgorithmicMedia", "compositeSynthetic")
SYNTHETIC_TYPES = (TRAINED, "algorithmicMedia")
CAMERA_TYPES = ("digitalCapture",)
SYNTHETIC_AT, REAL_AT = 0.75, 0.25  # used only when a forensic section carries no thresholds of its own
PASSIVE_CAP = 0.99


@dataclass
class Finding:
    source: str  # "c2pa", "watermark", "registry", "resolver", "forensics"
    finding: str
    indicates: str  # "synthetic", "extended", "real", "tampering", "none"

    def to_dict(self) -> dict:
        return {"source": self.source, "finding": self.finding, "indicates": self.indicates}


@dataclass
class Verdict:
    verdict: str
    confidence: float
    boundaries_s: list[float]
    evidence: list[Finding] = field(default_factory=list)
    basis: str = ""  # which evidence decided

    def sentence(self) -> str:
        pct = percent(self.confidence)
        missing = []
        if not any(f.source == "watermark" and f.indicates != "none" for f in self.evidence):
            missing.append("no clipseal watermark")
        if not any(f.source == "c2pa" and f.indicates != "none" for f in self.evidence):
            missing.append("no usable Content Credentials")
        absent = f" Not found: {', '.join(missing)}." if missing and self.basis.startswith("passive") else ""
        if self.verdict == "synthetic":
            return (f"This clip is synthetic: it was generated throughout (confidence {pct}, from {self.basis})."
                    + absent)
        if self.verdict == "extended":
            where = (" Generated material begins or ends at " + ", ".join(f"{b:.1f} s" for b in self.boundaries_s)
                     + ".") if self.boundaries_s else ""
            return (f"This clip is extended: real footage or a real photo with generated frames (confidence {pct}, "
                    f"from {self.basis}).{where}" + absent)
        if self.verdict == "real":
            return (f"No sign of synthesis was found: the clip looks like real camera footage (confidence {pct}, "
                    f"from {self.basis}). This is not proof that it is authentic." + absent)
        return (f"Inconclusive: the evidence does not support a verdict (best estimate from {self.basis})." + absent
                + " A generated clip without our marks can look like this; so can camera footage the passive model "
                  "has not learned.")


def percent(p: float) -> str:
    """A confidence for people; ">99.9%" only comes from the watermark (a p-value), never from forensics."""
    return ">99.9%" if p > 0.999 else f"{p:.1%}" if p > 0.99 else f"{p:.0%}"


def _short(uri: str) -> str:
    return uri.rsplit("/", 1)[-1]


def fuse(report: dict, forensics: dict | None) -> Verdict:
    duration = float(report.get("media", {}).get("duration_s") or 0.0)
    evidence: list[Finding] = []
    c2pa, wm = report.get("c2pa") or {}, report.get("watermark") or {}

    # --- C2PA
    claim, claim_ranges = None, []
    if c2pa.get("present"):
        types = [_short(t) for t in c2pa.get("digital_source_types", [])]
        if c2pa.get("state") == "Invalid":
            evidence.append(Finding("c2pa", "Content Credentials are present but INVALID: the file was changed "
                                    f"after it was signed ({', '.join(c2pa.get('failures', [])[:3])}). Their claims "
                                    "are not used.", "tampering"))
        else:
            who = (c2pa.get("signer") or {}).get("common_name") or c2pa.get("claim_generator") or "unknown signer"
            trust = "trusted" if c2pa.get("state") == "Trusted" else "valid but from a signer not on the trust list"
            kind = "synthetic" if any(t in SYNTHETIC_TYPES for t in types) and not any(t in COMPOSITES for t in types) \
                else "extended" if any(t in COMPOSITES for t in types) \
                else "real" if any(t in CAMERA_TYPES for t in types) else "none"
            claim = kind if kind != "none" else None
            claim_ranges = c2pa.get("generated_ranges_s") or []
            evidence.append(Finding("c2pa", f"Content Credentials are {trust} (signed by {who}); they declare "
                                    f"{', '.join(types) or 'no source type'}"
                                    + (f", generated ranges {_ranges(claim_ranges)}" if claim_ranges else "") + ".",
                                    kind))
    else:
        evidence.append(Finding("c2pa", "No Content Credentials in the file (they may have been stripped).", "none"))

    # --- watermark
    marked = [list(r) for r in wm.get("marked_ranges_s") or []]
    wm_type = None
    if wm.get("present"):
        p = wm.get("p_value") or 0.0
        how = (f"matched against the {wm.get('candidates')} payloads the registry issued, as the pixels alone no "
               "longer decode" if wm.get("method") == "matched" else "read from the pixels")
        evidence.append(Finding("watermark", f"clipseal watermark found (payload {wm.get('payload')}, {how}; "
                                f"p-value {p:.1e}) on {_ranges(marked)}.", "synthetic"))
        m = wm.get("manifest")
        if m:
            wm_type = _short(m.get("source_type") or "")
            match = {True: "matches this clip", False: "does NOT match this clip (the mark may have been copied)",
                     None: "could not be compared"}[m.get("content_matches")]
            evidence.append(Finding("registry", f"The watermark points to registered manifest {m.get('manifest_id')}"
                                    f" ({wm_type or 'no source type'}); its fingerprint {match}.",
                                    "extended" if wm_type in COMPOSITES else "synthetic"))
    elif wm.get("checked"):
        evidence.append(Finding("watermark", "No clipseal watermark found.", "none"))

    # --- a remote soft-binding resolver (only asked when the file has no usable credentials of its own)
    resolved, resolved_trusted = _resolver_finding(report.get("resolver"), evidence)
    if resolved and not wm_type:
        wm_type = resolved if resolved in COMPOSITES else wm_type

    # --- forensics
    limits = (forensics or {}).get("thresholds") or {}
    synthetic_at = float(limits.get("synthetic_at", SYNTHETIC_AT))
    real_at = float(limits.get("real_at", REAL_AT))
    if forensics is not None and forensics.get("segments"):
        s = forensics["synthetic_score"]
        kind = "synthetic" if s >= synthetic_at else "real" if s <= real_at else "none"
        evidence.append(Finding("forensics", f"Passive forensics: probability of synthesis {s:.2f} (calibrated; "
                                f"synthetic from {synthetic_at:.2f}, real below {real_at:.2f}) over "
                                f"{len(forensics['segments'])} segments"
                                + (f"; the scores change at {', '.join(f'{t:.1f} s' for t in forensics['change_points_s'])}"
                                   if forensics.get("change_points_s") else "") + ".", kind))

    # --- decide
    if wm.get("present"):
        conf = float(min(0.9999, 1.0 - (wm.get("p_value") or 0.0)))
        covered = sum(b - a for a, b in marked)
        partial = duration > 0 and covered < 0.9 * duration
        declared_composite = wm_type in COMPOSITES or claim == "extended"
        verdict = "extended" if partial or declared_composite else "synthetic"
        bounds = _edges(marked, duration) if partial else _edges(claim_ranges, duration)
        return Verdict(verdict, conf, bounds, evidence, "the clipseal watermark" +
                       (" and the manifest it points to" if wm_type or claim else ""))
    if claim in ("synthetic", "extended"):
        conf = 0.99 if c2pa.get("state") == "Trusted" else 0.9
        return Verdict(claim, conf, _edges(claim_ranges, duration), evidence, "the signed Content Credentials")
    resolved_kind = "extended" if resolved in COMPOSITES else "synthetic" if resolved in SYNTHETIC_TYPES else None
    if resolved_kind:  # a generator's own signed statement; a resolver's "camera footage" is not taken on trust
        ranges = ((report.get("resolver") or {}).get("manifest") or {}).get("generated_ranges_s") or []
        return Verdict(resolved_kind, 0.99 if resolved_trusted else 0.9, _edges(ranges, duration), evidence,
                       "the signed manifest a soft-binding resolver recovered")
    if forensics is not None and forensics.get("segments"):
        s = float(forensics["synthetic_score"])
        probs = np.array([seg["synthetic_score"] for seg in forensics["segments"]])
        starts = [seg["start_s"] for seg in forensics["segments"]]
        cps = forensics.get("change_points_s") or []
        if cps and len(probs) >= 4:
            # one side of the first change must be synthetic by the clip threshold, the other side not
            k = starts.index(cps[0]) if cps[0] in starts else 0
            a, b = float(probs[:k].mean()), float(probs[k:].mean())
            if k and max(a, b) >= synthetic_at and min(a, b) < 0.5:
                return Verdict("extended", min(PASSIVE_CAP, max(a, b)), cps, evidence,
                               "passive forensics (change in the forensic scores)")
        if claim == "real" and s < synthetic_at:
            return Verdict("real", 0.9, [], evidence, "the signed Content Credentials and passive forensics")
        if s >= synthetic_at:
            return Verdict("synthetic", min(PASSIVE_CAP, s), [], evidence, "passive forensics")
        if s <= real_at:
            return Verdict("real", min(PASSIVE_CAP, 1.0 - s), [], evidence, "passive forensics")
        return Verdict("inconclusive", min(PASSIVE_CAP, 1.0 - 2 * abs(s - 0.5)), [], evidence, "passive forensics")
    if claim == "real":
        return Verdict("real", 0.8, [], evidence, "the signed Content Credentials")
    return Verdict("inconclusive", 0.0, [], evidence, "no usable evidence")


def _resolver_finding(section: dict | None, evidence: list[Finding]) -> tuple[str | None, bool]:
    """Adds the resolver's finding; returns (the source type its usable manifest declares, whether trusted)."""
    if not section or not section.get("asked"):
        return None, False
    host = section.get("url", "the resolver")
    if section.get("error"):
        evidence.append(Finding("resolver", f"The resolver {host} could not be used: {section['error']}.", "none"))
        return None, False
    m = section.get("manifest")
    if not m:
        evidence.append(Finding("resolver", f"The resolver {host} knows no manifest for this clip "
                                f"({section.get('query')}).", "none"))
        return None, False
    if not m.get("usable"):
        evidence.append(Finding("resolver", f"The resolver {host} returned manifest {m.get('manifest_id')}, which "
                                f"is not used: {m.get('problem')}.", "none"))
        return None, False
    types = [_short(t) for t in m.get("digital_source_types") or []]
    kind = next((t for t in types if t in COMPOSITES), None) or next((t for t in types if t in SYNTHETIC_TYPES),
                                                                      None)
    who = (m.get("signer") or {}).get("common_name") or m.get("claim_generator") or "unknown signer"
    trust = "trusted" if m.get("trusted") else "valid but from a signer not on the trust list"
    bytes_note = ("" if m.get("bytes_match") else "; this file's bytes are not the signed ones (expected for a "
                  "re-encoded or stripped copy)")
    evidence.append(Finding("resolver", f"The resolver {host} matched this clip ({section.get('query')}) to "
                            f"manifest {m.get('manifest_id')}, {trust} (signed by {who}); it declares "
                            f"{', '.join(types) or 'no source type'}{bytes_note}.",
                            "extended" if kind in COMPOSITES else "synthetic" if kind else "none"))
    return kind, bool(m.get("trusted"))


def _ranges(ranges: list) -> str:
    return ", ".join(f"{a:.1f}-{b:.1f} s" for a, b in ranges) if ranges else "no range"


def _edges(ranges: list, duration: float) -> list[float]:
    """Interior boundaries of generated ranges (the clip's own start and end are not boundaries)."""
    out = set()
    for a, b in ranges:
        for t in (float(a), float(b)):
            if 0.25 < t < duration - 0.25:
                out.add(round(t, 2))
    return sorted(out)
