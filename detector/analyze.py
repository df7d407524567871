"""``analyze_file``: the detector's entry point. Read -> gather evidence -> verdict, in one decoding pass."""

from __future__ import annotations

import os

import numpy as np

from detector.changepoint import change_points
from detector.collector import PatchCollector, SegmentScores
from detector.model import DEFAULT_MODEL_PATH, ForensicModel
from detector.verdict import PASSIVE_CAP, fuse


def forensic_section(scores: SegmentScores, model: ForensicModel) -> dict:
    """The passive model's findings: the clip's calibrated probability of synthesis, per-segment probabilities,
    where they change, and the thresholds the verdict uses."""
    section = {"synthetic_score": None, "segments": [], "change_points_s": [], "model": model.name,
               "patches": len(scores.all_logits),
               "thresholds": {"synthetic_at": round(model.synthetic_at, 4), "real_at": round(model.real_at, 4)}}
    if not scores.logits:
        return section
    seg_p = np.clip(model.probability(np.asarray(scores.logits)), 1 - PASSIVE_CAP, PASSIVE_CAP)
    clip_p = float(np.clip(model.probability(float(np.mean(scores.all_logits))), 1 - PASSIVE_CAP, PASSIVE_CAP))
    cps = change_points(seg_p)
    section.update({
        "synthetic_score": round(clip_p, 4),
        "segments": [{"start_s": a, "end_s": b, "synthetic_score": round(float(p), 4)}
                     for a, b, p in zip(scores.starts_s, scores.ends_s, seg_p)],
        "change_points_s": [scores.starts_s[i] for i in cps],
    })
    return section


def analyze_file(path: str | os.PathLike, kit, model: ForensicModel | None = None,
                 use_watermark: bool = True, resolver=None) -> dict:
    """The full verification report: provenance (C2PA, watermark, registry, and a remote resolver when one is
    given) plus ``verdict``, ``confidence``, ``forensics``, ``boundaries_s``, ``evidence`` and ``summary``."""
    from provenance.verify import verify_file

    model = model or ForensicModel.load(DEFAULT_MODEL_PATH)
    collector = PatchCollector(model)
    report, _ = verify_file(path, kit, use_watermark=use_watermark, extra=[collector], resolver=resolver)
    forensics = forensic_section(collector.finish(), model)
    verdict = fuse(report, forensics)
    report["verdict"] = verdict.verdict
    report["confidence"] = round(verdict.confidence, 4)
    report["forensics"] = forensics
    report["boundaries_s"] = verdict.boundaries_s
    report["evidence"] = [f.to_dict() for f in verdict.evidence]
    report["summary"] = verdict.sentence()
    return report
