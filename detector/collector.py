"""The passive model in the verification pass: a consumer of ``(luma, time_s)`` frames that keeps what it needs.

Every ``SAMPLE_S`` (0.2 s) it takes the frame, the frame ``GAP_S`` before it and four patches at fixed places in
the central part of the frame, and scores them once a 0.5 s segment is complete. Of every frame it keeps only the
four small crops around its patch places, and only for the last 0.45 s, so memory stays flat and the
cost per frame is a few small copies; the network runs on about twenty patches per second of video.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from detector.model import ForensicModel
from detector.residuals import GAP_S, MAX_GAP_S, before_index, crop, fits, patch_grid, patch_planes, repeats
from detector.samples import PATCHES_PER_FRAME, SAMPLE_S

SEGMENT_S = 0.5


@dataclass
class SegmentScores:
    starts_s: list[float] = field(default_factory=list)
    ends_s: list[float] = field(default_factory=list)
    logits: list[float] = field(default_factory=list)  # mean patch logit of each segment
    patches: list[int] = field(default_factory=list)
    all_logits: list[float] = field(default_factory=list)  # every patch, for the clip's score


class PatchCollector:
    def __init__(self, model: ForensicModel, segment_s: float = SEGMENT_S) -> None:
        self.model = model
        self.segment_s = segment_s
        self.result = SegmentScores()
        self._corners: list[tuple[int, int]] | None = None
        self._history: list[tuple[float, list[np.ndarray]]] = []  # recent (time, crops)
        self._next_sample = GAP_S
        self._segment = -1
        self._pending: list[np.ndarray] = []
        self._first_t: float | None = None

    def __call__(self, luma: np.ndarray, time_s: float) -> None:
        h, w = luma.shape[:2]
        if self._corners is None:
            self._corners = patch_grid(w, h, PATCHES_PER_FRAME) if fits(w, h) else []
        if not self._corners:
            return
        if self._first_t is None:
            self._first_t = time_s
            self._next_sample = time_s + GAP_S
        index = int(time_s / self.segment_s + 1e-6)
        if index != self._segment:
            self._close()
            self._segment = index
        now = [crop(luma, x, y).copy() for x, y in self._corners]  # 4 small crops: the only copy kept per frame
        if time_s + 1e-6 >= self._next_sample:
            entries = self._history + [(time_s, now)]
            j = before_index([e[0] for e in entries], len(entries) - 1,
                             lambda j: not all(repeats(a, b) for a, b in zip(entries[j][1], now)))
            before = entries[j][1] if j is not None else None
            for k, c in enumerate(now):
                self._pending.append(patch_planes(c, before[k] if before is not None else None))
            while self._next_sample <= time_s + 1e-6:
                self._next_sample += SAMPLE_S
        self._history.append((time_s, now))
        self._history = [(t, c) for t, c in self._history if t >= time_s - MAX_GAP_S - 0.05]

    def _close(self) -> None:
        if self._pending:
            logits = self.model.logits(np.stack(self._pending))
            self.result.starts_s.append(self._segment * self.segment_s)
            self.result.ends_s.append((self._segment + 1) * self.segment_s)
            self.result.logits.append(float(np.mean(logits)))
            self.result.patches.append(len(logits))
            self.result.all_logits.extend(float(v) for v in logits)
        self._pending = []

    def finish(self) -> SegmentScores:
        self._close()
        return self.result
