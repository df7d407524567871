"""``analyze_file``: the detector's entry point. Read -> gather evidence -> verdict, in one decoding pass."""

from __future__ import annotations

import os

import numpy as np

from detector.changepoint import change_points
from detector.classifier import DEFAULT_MODEL_PATH, ForensicClassifier
from detector.features import SegmentCollector
from detector.verdict import fuse


def forensic_section(segments, classifier: ForensicClassifier) -> dict:
    X = segments.matrix()
    if len(X) == 0:
        return {"synthetic_score": None, "segments": [], "change_points_s": [], "model": _model_name(classifier)}
    probs = classifier.predict_proba(X)[:, 1]
    cps = change_points(probs)
    return {
        "synthetic_score": round(float(np.mean(probs)), 4),
        "segments": [{"start_s": a, "end_s": b, "synthetic_score": round(float(p), 4)}
                     for a, b, p in zip(segments.starts_s, segments.ends_s, probs)],
        "change_points_s": [segments.starts_s[i] for i in cps],
        "model": _model_name(classifier),
    }


def _model_name(classifier: ForensicClassifier) -> str:
    return (getattr(classifier, "metadata_", {}) or {}).get("name", "custom")


def analyze_file(path: str | os.PathLike, kit, classifier: ForensicClassifier | None = None,
                 use_watermark: bool = True) -> dict:
    """The full verification report: provenance (C2PA, watermark, registry) plus ``verdict``, ``confidence``,
    ``forensics``, ``boundaries_s``, ``evidence`` and ``summary``."""
    from provenance.verify import verify_file

    classifier = classifier or ForensicClassifier.load(DEFAULT_MODEL_PATH)
    collector = SegmentCollector()
    report, _ = verify_file(path, kit, use_watermark=use_watermark, extra=[collector])
    forensics = forensic_section(collector.finish(), classifier)
    verdict = fuse(report, forensics)
    report["verdict"] = verdict.verdict
    report["confidence"] = round(verdict.confidence, 4)
    report["forensics"] = forensics
    report["boundaries_s"] = verdict.boundaries_s
    report["evidence"] = [f.to_dict() for f in verdict.evidence]
    report["summary"] = verdict.sentence()
    return report
