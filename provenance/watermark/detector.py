"""The streaming detector: ``add(luma, time_s)`` for each frame, then ``finish()``.

Each frame's residual is summed per 0.5 s segment. Pending segments are tried for the payload in windows
(the whole clip, then 4 s and 2 s windows: ``windows``): blind decoding first (``decode``), then, when that falls short,
matching against the payloads the registry issued (``matching``). Once the payload is known, every segment
is scored on its own (``localise``) and the accumulators are released.

Memory: one 360-line float accumulator per pending segment (at most ``max_pending``, about 0.9 MB each)
until the first successful decode, then only per-segment scores.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
from typing import Callable, Iterable

import numpy as np

from clipseal.errors import BadInputError
from provenance.watermark.aspect_scan import scan_aspects
from provenance.watermark.decode import FP_PER_ATTEMPT, decode_blind
from provenance.watermark.key import WatermarkKey
from provenance.watermark.localise import segment_presence, segment_z
from provenance.watermark.matching import RegistryMatcher
from provenance.watermark.inset import (PLACEMENT, InsetFinder, inset_interior, inset_period, inset_view,
                                       rectangle_of_period)
from provenance.watermark.residual import detection_residual, shrink
from provenance.watermark.rotation_scan import scan_rotations
from provenance.watermark.windows import clip_windows, window_periods
from provenance.watermark.result import Segment, WatermarkDetection, orientation
from provenance.watermark.sync import (FINE_GRID_MAX, LATTICE_MIN, MAX_ROTATION, MIRRORS, PRIOR_SHIFTS,
                                       aspect_candidates, candidate_periods, centred_crop_shifts, corner_shifts,
                                       detection_carriers, fine_grid, lattice_angle, orient, pixel_scale_periods,
                                       unscaled_period, unstretch)

SEGMENT_S = 0.5
FLAT = 0.01  # largest residual per frame (grey levels) of a picture with no texture at all: not searched
LATTICE_FAINT = 0.1  # lattice prominence from which one cheap rotation try is made (below LATTICE_MIN)
INSET_PERIODS = 3  # periods decoded in an inset: the one its height implies, then the two strongest found
INSET_LATTICE_GAIN = 1.5  # an inset is decoded only where its lattice is this much stronger than the frame's
MIRROR_PERIODS = 2  # candidate periods tried on a mirrored or flipped residual (the unscaled one and the best)
# best-fitting alignments list-decoded when nothing else decodes: of the whole stretch and of an inset (tried only
# where one is seen); not of the mirrors, which every clip pays for, nor of the rotations (0.5 s more on a texture
# that shows a lattice, for one clip more on the dev half)
LIST_ALIGNMENTS = 8


class Detector:
    """Streaming detector: ``add(luma, time_s)`` for each frame, then ``finish()``."""

    def __init__(self, key: WatermarkKey, segment_s: float = SEGMENT_S, max_pending: int = 240,
                 candidates: Callable[[], Iterable[bytes]] | None = None) -> None:
        """``candidates``: returns the payloads to test the clip against (e.g. those the registry issued)
        when blind decoding fails. It is called at most once, and only then: verifying a clip that decodes
        costs no registry query."""
        self.key = key
        self._candidate_source = candidates
        self.candidates: list[bytes] | None = None  # loaded on first need
        self._matcher: RegistryMatcher | None = None
        self._method: str | None = None
        self.segment_s = segment_s
        self.max_pending = max_pending
        self._filters, self._decorrelate = detection_carriers(key.secret)
        self._pending: dict[int, list] = {}  # segment index -> [sum residual, n frames]
        self._scores: dict[int, tuple[float | None, int]] = {}  # segment -> (z, n frames)
        self._global: np.ndarray | None = None
        self._sync: Sync | None = None
        self._attempts = 0
        self.frames = 0
        self._last_t = 0.0
        self._frame_dt = 0.0
        self._source_lines = 0
        self.first_guess: np.ndarray | None = None  # for bit-accuracy measurements when nothing decodes
        self._insets = InsetFinder()
        self.inset: tuple[int, int, int, int] | None = None  # (x, y, width, height) in the clip's pixels
        self._views: list[tuple[np.ndarray, list[float], dict, dict]] = []  # turned-back residuals, for matching
        self._pixel_periods: list[float] = []  # a crop's possible periods (tried at a centred crop's alignments)

    # -- feeding
    def add(self, luma: np.ndarray, time_s: float) -> None:
        small = shrink(luma)
        self.add_prepared(small, detection_residual(small), time_s, luma.shape[0])

    def add_prepared(self, small: np.ndarray, r: np.ndarray, time_s: float, source_lines: int) -> None:
        """A frame already shrunk and high-passed (``residual.shrink``, ``residual.detection_residual``): lets a benchmark
        prepare a clip once and try it under many keys."""
        if self._sync is None:
            self._insets.add(small, time_s)
        self.add_residual(r, time_s, source_lines)

    def add_residual(self, r: np.ndarray, time_s: float, source_lines: int) -> None:
        """Add a frame already passed through ``prepare`` (lets a benchmark prepare frames once)."""
        self._source_lines = source_lines
        idx = int(time_s // self.segment_s + 1e-9)
        self.frames += 1
        if time_s > self._last_t:
            self._frame_dt = time_s - self._last_t
        self._last_t = max(self._last_t, time_s)
        if self._global is None or self._global.shape != r.shape:
            if self._global is not None:
                raise BadInputError("frame size changed within the clip")
            self._global = np.zeros_like(r)
        self._global += r
        if self._sync is not None:
            self._add_known(idx, r)
            return
        slot = self._pending.setdefault(idx, [np.zeros_like(r), 0])
        slot[0] += r
        slot[1] += 1
        if len(self._pending) > self.max_pending:
            self._flush_pending(final=False)

    def _add_known(self, idx: int, r: np.ndarray) -> None:
        slot = self._pending.setdefault(idx, [np.zeros_like(r), 0])
        slot[0] += r
        slot[1] += 1
        for done in [i for i in self._pending if i < idx]:
            acc, n = self._pending.pop(done)
            self._scores[done] = (segment_z(self._sync, acc), n)

    # -- finding the payload
    def _unscaled(self, lines: int) -> float | None:
        return unscaled_period(self._source_lines, lines)

    def _uncropped(self, lines: int) -> dict[float, list[int]]:
        """The uncropped alignment at the unscaled period, tried first by every decode."""
        unscaled = self._unscaled(lines)
        return {unscaled: PRIOR_SHIFTS} if unscaled else {}

    def _priors(self, shape: tuple[int, int]) -> dict[float, list[int]]:
        """Alignments tried first on the clip as it is: the uncropped one, and a centred crop's at each pixel-scale
        period."""
        priors = self._uncropped(shape[0])
        source = (self._source_lines, round(shape[1] * self._source_lines / shape[0]))
        for period in self._pixel_periods:
            shifts = centred_crop_shifts(period, shape[0], source)
            if shifts:
                priors[period] = priors.get(period, []) + shifts
        return priors

    def _known_payloads(self) -> list[bytes]:
        if self.candidates is None:
            source = self._candidate_source() if self._candidate_source is not None else ()
            self.candidates = list(dict.fromkeys(source))
        return self.candidates

    def _flush_pending(self, final: bool) -> None:
        """Try to find the payload in what is pending; score the segments once found."""
        if self._sync is None and self._pending and float(np.abs(self._global).max()) < FLAT * self.frames:
            # no texture at all (a flat or black picture): nothing can carry a mark, and there is nothing to search
            for idx in list(self._pending):
                _, n = self._pending.pop(idx)
                self._scores[idx] = (None, n)
            return
        if self._sync is None and self._pending:
            order = sorted(self._pending)
            lines = self._global.shape[0]
            pixel_scale = pixel_scale_periods(self._source_lines, lines, self._global.shape)
            periods = candidate_periods(self._global, self._filters, self._unscaled(lines),
                                        pixel_scale=pixel_scale)
            # every pixel-scale period is tried at a centred crop's alignments (``_priors``; the unscaled period is
            # one of them when the crop kept the height: a vertical reframe)
            self._pixel_periods = pixel_scale
            windows = clip_windows(order)
            for n, window in enumerate(windows):
                acc = sum(self._pending[i][0] for i in window)
                priors = self._priors(acc.shape)
                # the whole stretch (the first window) has the most signal: there, where nothing decodes, the
                # best-fitting alignments are list-decoded too
                result = decode_blind(self.key.secret, acc,
                                      periods if n == 0 else window_periods(periods, priors),
                                      priors, self._filters, self._decorrelate,
                                      list_alignments=LIST_ALIGNMENTS if n == 0 else 0)
                self._attempts += result.attempts
                if self.first_guess is None:
                    self.first_guess = result.first_guess
                if result.sync is not None:
                    self._sync, self._method = result.sync, "decoded"
                    break
            self._views = []  # what the edits below turned back, for the registry matching
            if self._sync is None:
                whole = sum(self._pending[i][0] for i in order)  # the whole pending stretch, for the edits below
                # a mirrored or flipped repost: the whole pending stretch turned back each way, at the likeliest
                # periods (every try counts in the p-value)
                for flip in MIRRORS:
                    view = orient(whole, flip)
                    self._views.append((view, periods[:MIRROR_PERIODS], {}, {"flip": flip}))
                    result = decode_blind(self.key.secret, view, periods[:MIRROR_PERIODS],
                                          self._uncropped(whole.shape[0]), self._filters, self._decorrelate)
                    self._attempts += result.attempts
                    if result.sync is not None:
                        self._sync, self._method = dataclasses.replace(result.sync, flip=flip), "decoded"
                        break
            if self._sync is None:
                # a fine axis-aligned grid (left by many generators' decoders) poses as a squeezed or turned tile
                # lattice: measured once, it rules out the aspect and rotation tries
                gridded = fine_grid(self._global) > FINE_GRID_MAX
                if not gridded:
                    self._try_aspects(whole)
            if self._sync is None:
                lattice = lattice_angle(self._global)  # (angle, prominence): for rotations and insets alike
                if not gridded:
                    self._try_rotations(whole, periods, *lattice)
                    if self._sync is None:
                        self._scan_rotations(whole, lattice[0])
                if self._sync is None:
                    self._try_insets(whole, lattice[1])
            if self._sync is None and self._known_payloads():
                if self._matcher is None:
                    self._matcher = RegistryMatcher(self.key.secret, self.candidates)
                accs = (sum(self._pending[i][0] for i in window) for window in windows)  # one at a time
                views = itertools.chain(((acc, periods, self._priors(acc.shape), {}) for acc in accs),
                                        self._views)
                self._sync = self._matcher.match(views, self._filters)
                if self._sync is not None:
                    self._method = "matched"
                    if self._sync.region is not None:
                        self._report_rectangle(self._sync.region)
            self._views = []
        if self._sync is not None:
            keep_last = None if final else max(self._pending)
            for idx in sorted(self._pending):
                if idx == keep_last:
                    continue
                acc, n = self._pending.pop(idx)
                self._scores[idx] = (segment_z(self._sync, acc), n)
        elif not final:
            # Nothing decodable in the oldest half: give those segments up (they carry no readable mark).
            for idx in sorted(self._pending)[: len(self._pending) // 2]:
                _, n = self._pending.pop(idx)
                self._scores[idx] = (None, n)

    def _try_aspects(self, acc: np.ndarray) -> None:
        """A picture squeezed or widened without bars (an aspect-ratio change): where the tile lattice shows a
        different period across than down, the residual's width is resized to make it square again and decoded
        (at most two factors), then for each standard frame shape it may have had (``aspect_scan``); every try counts
        in the p-value."""
        measured = aspect_candidates(self._global)
        for aspect in measured:
            square = unstretch(self._global, aspect)
            unscaled = self._unscaled(square.shape[0])  # the height is usually kept
            periods = candidate_periods(square, self._filters, unscaled)
            view = unstretch(acc, aspect)
            self._views.append((view, periods[:MIRROR_PERIODS], {}, {"aspect": aspect}))
            result = decode_blind(self.key.secret, view, periods[:MIRROR_PERIODS],
                                  {unscaled: PRIOR_SHIFTS} if unscaled else {},
                                  self._filters, self._decorrelate)
            self._attempts += result.attempts
            if result.sync is not None:
                self._sync, self._method = dataclasses.replace(result.sync, aspect=aspect), "decoded"
                return
        unscaled = self._unscaled(acc.shape[0])
        if unscaled is None:
            return
        found, result = scan_aspects(self.key.secret, acc, unscaled, measured, self._filters, self._decorrelate)
        self._attempts += result.attempts
        if found is not None:
            self._sync, self._method = dataclasses.replace(result.sync, aspect=found), "decoded"

    def _try_rotations(self, acc: np.ndarray, found: list[float], angle: float, lattice: float) -> None:
        """A slightly rotated repost: the tile lattice's angle is measured on the whole clip's residual, and only
        when there is a lattice (an unmarked clip has none) the residual is turned back by it (and by a quarter
        degree either way) and decoded; then the same turned back and mirrored, for a repost that was mirrored
        and turned (a mirror reverses the sense of a turn, so a mirrored residual is turned the other way first).
        Every try counts in the p-value.

        A faint lattice (a weak mark, or a quarter of unmarked clips' content) gets one cheap try instead: the
        measured angle, as marked, at the periods already found (a turn does not change the period)."""
        if lattice < LATTICE_FAINT or not 0.5 <= abs(angle) <= MAX_ROTATION - 0.5:
            return
        if lattice < LATTICE_MIN:
            view = orient(acc, (False, False), angle)
            self._views.append((view, found[:MIRROR_PERIODS], {}, {"angle": angle}))
            result = decode_blind(self.key.secret, view, found[:MIRROR_PERIODS], self._uncropped(acc.shape[0]),
                                  self._filters, self._decorrelate)
            self._attempts += result.attempts
            if result.sync is not None:
                self._sync, self._method = dataclasses.replace(result.sync, angle=angle), "decoded"
            return
        # the period does not change with a quarter degree more or less of turn: searched once, at the measured angle
        turned = orient(self._global, (False, False), angle)
        periods = candidate_periods(turned, self._filters, self._unscaled(turned.shape[0]))[:MIRROR_PERIODS]
        for flip in ((False, False),) + MIRRORS:
            for a in (angle, angle - 0.25, angle + 0.25):
                # a mirror or a flip alone reverses the sense of the turn; both (a half turn) does not
                signed = -a if flip[0] != flip[1] else a
                view = orient(acc, flip, signed)
                if a == angle:  # the measured angle, each way, is kept for the registry matching
                    self._views.append((view, periods, {}, {"flip": flip, "angle": signed}))
                result = decode_blind(self.key.secret, view, periods, self._uncropped(acc.shape[0]),
                                      self._filters, self._decorrelate)
                self._attempts += result.attempts
                if result.sync is not None:
                    self._sync = dataclasses.replace(result.sync, flip=flip, angle=signed)
                    self._method = "decoded"
                    return

    def _scan_rotations(self, acc: np.ndarray, measured: float) -> None:
        """A turned repost whose lattice is too faint to measure, or measured wrong (``rotation_scan``)."""
        unscaled = self._unscaled(acc.shape[0])
        if unscaled is None:
            return
        found, result = scan_rotations(self.key.secret, acc, unscaled, measured, self._filters,
                                       self._decorrelate)
        self._attempts += result.attempts
        if found is not None:
            self._sync, self._method = dataclasses.replace(result.sync, flip=found[0], angle=found[1]), "decoded"

    def _try_insets(self, acc: np.ndarray, lattice: float) -> None:
        """A clip shown small inside another video (picture-in-picture): the residual inside each rectangle the
        inset finder proposes is decoded on its own, from the rectangle's corner (an inset usually shows the whole
        marked frame, so its tile starts there: ``sync.corner_shifts``) at the period its height implies and the
        refined one; where it also shows the tile lattice, the period is searched and the carrier energy's
        alignments are tried too. Every try counts in the p-value."""
        rectangles = self._insets.rectangles()
        # A marked inset shows the tile lattice more strongly than the frame as a whole (the rest carries no
        # mark); a texture that is lattice-like everywhere does not, and is not worth the search.
        floor = max(LATTICE_MIN, INSET_LATTICE_GAIN * lattice)
        for rect in rectangles:
            part = inset_interior(self._global, rect)  # the whole clip's, for the lattice tests and periods
            if fine_grid(part) > FINE_GRID_MAX:
                continue  # a generator's grid posing as a lattice
            view = inset_view(acc, rect)
            # an inset usually shows the whole marked frame (its tile period from its height): that period as it is
            # first (content in a small inset can pull the refinement off it), then the refined one
            expected = inset_period(rect)
            near = candidate_periods(part, self._filters, expected, hints=(expected,),
                                     search=False)[:MIRROR_PERIODS]
            corner = {p: corner_shifts(p, PLACEMENT) for p in near}
            self._views.append((view, near, corner, {"region": rect}))
            periods = near
            search = lattice_angle(part)[1] >= floor
            if search:
                # a clear tile lattice: the periods it shows, at the carrier energy's alignments as well
                periods = list(dict.fromkeys(near + candidate_periods(part, self._filters, expected,
                                                                      hints=(expected,))[:INSET_PERIODS]))
            result = decode_blind(self.key.secret, view, periods, corner, self._filters, self._decorrelate,
                                  shifts_per_map=2 if search else 0, list_alignments=LIST_ALIGNMENTS)
            self._attempts += result.attempts
            if result.sync is not None:
                self._sync, self._method = dataclasses.replace(result.sync, region=rect), "decoded"
                self._report_rectangle(rect)
                return

    def _report_rectangle(self, rectangle: tuple[int, int, int, int]) -> None:
        """An inset's border rectangle (top, bottom, left, right, in the residual's pixels) in the clip's pixels."""
        top, bottom, left, right = rectangle
        scale = self._source_lines / self._global.shape[0]
        self.inset = (round(left * scale), round(top * scale), round((right - left) * scale),
                      round((bottom - top) * scale))

    def finish(self) -> WatermarkDetection:
        if self.frames == 0:
            raise BadInputError("no frames to examine")
        self._flush_pending(final=True)
        for idx in list(self._pending):
            _, n = self._pending.pop(idx)
            self._scores[idx] = (None, n)
        sync = self._sync
        unscaled = self._unscaled(self._global.shape[0])
        if sync is not None and self.inset is None and sync.region is None and unscaled \
                and abs(sync.period - unscaled) > 0.05 * unscaled:
            # found at a reduced scale without cutting an inset out first: say where it is shown, if an inset is seen
            rect = rectangle_of_period(self._insets.rectangles(), sync.period)
            if rect is not None:
                self._report_rectangle(rect)
        order = sorted(self._scores)
        zs = [self._scores[i][0] for i in order]
        presence = segment_presence(zs) if sync is not None else [False] * len(zs)
        segments = []
        for idx, z, present in zip(order, zs, presence):
            start = idx * self.segment_s
            end = (idx + 1) * self.segment_s
            if idx == order[-1]:
                end = max(start, min(end, self._last_t + self._frame_dt))
            segments.append(Segment(round(start, 3), round(end, 3), present, None if z is None else round(z, 2)))
        if sync is None:
            return WatermarkDetection(False, None, 1.0, None, segments, self.key.key_id, self.frames,
                                      self._attempts, candidates=len(self.candidates or ()))
        p_value = self._matcher.p_value if self._method == "matched" else self._attempts * FP_PER_ATTEMPT
        return WatermarkDetection(
            present=True, payload=sync.payload.hex(), p_value=float(min(1.0, p_value)), z=round(sync.z, 2),
            segments=segments, key_id=self.key.key_id, frames=self.frames, attempts=self._attempts,
            period_px=round(sync.period, 2), method=self._method, candidates=len(self.candidates or ()),
            orientation=orientation(sync), inset=list(self.inset) if self.inset is not None else None)


def detect_file(path: str | os.PathLike, key: WatermarkKey, segment_s: float = SEGMENT_S,
                candidates: Callable[[], Iterable[bytes]] | None = None) -> WatermarkDetection:
    """Look for our watermark in a clip, segment by segment (``candidates``: see ``Detector``)."""
    from clipseal import media

    det = Detector(key, segment_s=segment_s, candidates=candidates)
    for planes, _w, h, t in media.yuv_frames(path):
        det.add(planes[:h], t)
    return det.finish()
