"""Invisible, keyed video watermark: embed a 64-bit payload in luma, detect it segment by segment.

Design (docs/watermark.md has the measurements):

* **Pattern.** A periodic tile of 16 x 16 smooth cells (``provenance.watermark.pattern``), one cell about
  1/60 of the frame height, repeated over the frame and identical in every frame (no flicker). The tile
  is the sum of 204 orthogonal key-derived carriers, each signed by one bit of the coded payload
  (``provenance.watermark.codec``: 64-bit payload, 32-bit keyed tag, rate-1/2 convolutional code).
* **Embedding.** ``Y' = Y + strength * mask * pattern``; the mask follows local texture and brightness, so
  flat and dark areas get less. Only luma changes; chroma is untouched.
* **Detection.** Each frame's luma is brought to at most 360 lines and high-passed; residuals are summed
  per segment (0.5 s). On a sum of segments the tile period is found from the autocorrelation peak (the
  mark's own periodicity is its synchronisation template: this undoes scaling), the tile is folded, the
  cyclic shift is found by correlating with the carriers (this undoes cropping and padding), and the soft
  bits are Viterbi-decoded. A decode counts only if the keyed tag matches: the false-positive probability
  per attempt is 2**-32, and the reported p-value is ``attempts * 2**-32``.
* **Localisation.** Once a payload is known, every segment is tested on its own: the correlation with the
  known pattern at the found alignment, as a z-score against the correlations at all other alignments.

Memory: the detector keeps one 360-line float accumulator per pending segment (at most ``max_pending``,
about 0.9 MB each) until the first successful decode, then only per-segment scores.
"""

from __future__ import annotations

import functools
import hashlib
import math
import os
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import cv2
import numpy as np

from clipseal.atomic import atomic_write_bytes
from clipseal.errors import BadInputError
from provenance.watermark import codec as wm_codec, pattern as wm_pattern

DEFAULT_STRENGTH = 1.3
CELLS_PER_HEIGHT = 60  # cell size = frame height / 60 at embedding
DETECT_LINES = 360
DETECT_TILE = 64  # detection tile: 16 cells of 4 px
SEGMENT_S = 0.5
Z_PRESENT = 4.0  # per-segment threshold: p < 3.2e-5 for one segment under no watermark
FP_PER_ATTEMPT = 2.0 ** -wm_codec.TAG_BITS
MATCH_P_MAX = 1e-6  # a registry match counts only below this p-value (Bonferroni over every test made)


@dataclass(frozen=True)
class WatermarkKey:
    """The secret that derives the carriers and the tag. Its repr never shows the secret."""

    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.secret) < 16:
            raise BadInputError("watermark key must be at least 16 bytes")

    @property
    def key_id(self) -> str:
        """A public identifier of the key (a hash prefix), safe to log and to put in reports."""
        return hashlib.sha256(b"clipseal-wm-key-id" + self.secret).hexdigest()[:16]

    @classmethod
    def generate(cls) -> "WatermarkKey":
        return cls(secrets.token_bytes(32))

    @classmethod
    def load(cls, path: str | os.PathLike) -> "WatermarkKey":
        p = Path(path)
        try:
            text = p.read_text(encoding="ascii").strip()
        except FileNotFoundError as exc:
            raise BadInputError(f"{p}: watermark key not found (run `clipseal keys init`)") from exc
        except UnicodeDecodeError as exc:
            raise BadInputError(f"{p}: not a watermark key file") from exc
        try:
            return cls(bytes.fromhex(text))
        except ValueError as exc:
            raise BadInputError(f"{p}: not a watermark key file (expected hex)") from exc

    def save(self, path: str | os.PathLike) -> Path:
        return atomic_write_bytes(path, self.secret.hex().encode("ascii") + b"\n", mode=0o600)


def parse_payload(text: str) -> bytes:
    """A 64-bit payload from 16 hex digits."""
    cleaned = text.strip().lower().removeprefix("0x")
    try:
        payload = bytes.fromhex(cleaned)
    except ValueError as exc:
        raise BadInputError(f"payload {text!r} is not hexadecimal") from exc
    if len(payload) != wm_codec.PAYLOAD_BITS // 8:
        raise BadInputError(f"payload must be {wm_codec.PAYLOAD_BITS // 4} hex digits (64 bits), got {len(cleaned)}")
    return payload


def new_payload() -> bytes:
    return secrets.token_bytes(wm_codec.PAYLOAD_BITS // 8)


# --------------------------------------------------------------------------------------------- embed


class Embedder:
    """Adds the payload's pattern to the luma of frames of one size.

    Informed embedding (improved spread spectrum, Malvar and Florencio 2003): the embedder measures, the
    way the detector will, how much each frame's own content already projects onto every carrier, and
    subtracts that from the pattern. Static content that happens to resemble the carriers (synthetic
    textures, still shots) would otherwise be as strong as the mark itself. The correction is refreshed
    every ``refresh`` frames and smoothed over time, so the pattern does not flicker.
    """

    def __init__(self, key: WatermarkKey, payload: bytes, width: int, height: int,
                 strength: float = DEFAULT_STRENGTH, cancel: float = 1.0, refresh: int = 4) -> None:
        self.width, self.height = width, height
        # Fewer pixels carry the mark in a smaller frame, and a sub-level signal is lost to 8-bit
        # rounding and the encoder's dead zone: below 720 lines the strength grows as sqrt(720 / H).
        self.strength = float(strength) * float(np.clip(math.sqrt(720.0 / height), 1.0, 2.0))
        self.cancel = float(cancel)
        self.refresh = max(1, int(refresh))
        cell = max(3, round(height / CELLS_PER_HEIGHT))
        self.period = cell * wm_pattern.TILE_CELLS
        self._cells = wm_pattern.carriers(key.secret)
        self._base = (1.0 - 2.0 * wm_codec.encode(key.secret, payload).astype(np.float32)) / math.sqrt(
            wm_codec.CODED_BITS)
        first = wm_pattern.render_periodic(self._cell_grid(self._base), self.period, normalize=False)
        self._unit = 1.0 / float(np.sqrt(np.mean(first * first)))
        self._reps = (math.ceil(height / self.period), math.ceil(width / self.period))
        # the detector's view of a frame of this size: its scale, tile period and carriers
        det_scale = DETECT_LINES / height if height > DETECT_LINES else 1.0
        self._det_period = self.period * (round(width * det_scale) / width)
        self._det_carriers = wm_pattern.carrier_tiles(key.secret, DETECT_TILE).reshape(wm_codec.CODED_BITS, -1)
        self._gain: float | None = None
        self._host: np.ndarray | None = None
        self._amps = self._base
        self._frame = 0
        self.pattern = self._render(self._base)

    def _cell_grid(self, amplitudes: np.ndarray) -> np.ndarray:
        return (amplitudes @ self._cells).reshape(wm_pattern.TILE_CELLS, wm_pattern.TILE_CELLS)

    def _render(self, amplitudes: np.ndarray) -> np.ndarray:
        tile = wm_pattern.render_periodic(self._cell_grid(amplitudes), self.period, normalize=False)
        tile *= self._unit * self.strength
        return np.ascontiguousarray(np.tile(tile, self._reps)[: self.height, : self.width])

    def _projection(self, y: np.ndarray) -> np.ndarray:
        """What the detector reads from this frame alone, per carrier, at the embedding alignment."""
        return self._det_carriers @ _fold(prepare(y), self._det_period).ravel()

    def embed_luma(self, y: np.ndarray) -> np.ndarray:
        """Return a marked copy of an 8-bit luma plane (H x W)."""
        if y.shape != (self.height, self.width):
            raise ValueError(f"frame is {y.shape[::-1]}, embedder was made for {(self.width, self.height)}")
        mask = _mask(y)
        if self.cancel > 0 and self._frame % self.refresh == 0:
            host = self._projection(y)
            if self._gain is None:  # how much projection one unit of amplitude buys, measured once
                marked = self._add(y, mask, self._render(self._base))
                self._gain = float(np.dot(self._projection(marked) - host, self._base) /
                                   np.dot(self._base, self._base))
                self._host = host
            # Only the part of the content that persists over time survives the detector's summing
            # over frames; cancel that (a running mean), not each frame's passing detail.
            self._host = 0.85 * self._host + 0.15 * host
            if self._gain > 0:
                wanted = self._base - self.cancel * self._host / self._gain
                # limit the correction to the mark's own size: cancelling more would cost visibility
                norm = np.linalg.norm(wanted - self._base)
                cap = 0.6 * np.linalg.norm(self._base)
                if norm > cap:
                    wanted = self._base + (wanted - self._base) * (cap / norm)
                self._amps = 0.5 * (self._amps + wanted) if self._frame else wanted
                self.pattern = self._render(self._amps)
        self._frame += 1
        return self._add(y, mask, self.pattern)

    @staticmethod
    def _add(y: np.ndarray, mask: np.ndarray, pattern: np.ndarray) -> np.ndarray:
        out = y.astype(np.float32)
        out += mask * pattern
        np.clip(out, 0, 255, out=out)
        return (out + 0.5).astype(np.uint8)


def _mask(y: np.ndarray) -> np.ndarray:
    """Per-pixel strength: more in texture, less in flat, dark and near-white areas.

    Computed at a quarter of the resolution and interpolated back: the mask only needs to be smooth.
    """
    h, w = y.shape
    small = cv2.resize(y, (max(1, w // 4), max(1, h // 4)), interpolation=cv2.INTER_AREA).astype(np.float32)
    mean = cv2.blur(small, (5, 5))
    var = cv2.blur(small * small, (5, 5)) - mean * mean
    std = np.sqrt(np.maximum(var, 0.0))
    texture = np.clip(0.75 + std / 12.0, 0.75, 1.8)
    light = np.clip((mean - 8.0) / 45.0, 0.25, 1.0) * np.clip((250.0 - mean) / 30.0, 0.2, 1.0)
    return cv2.resize(texture * light, (w, h), interpolation=cv2.INTER_LINEAR)


# -------------------------------------------------------------------------------------------- detect


@dataclass
class Segment:
    start_s: float
    end_s: float
    present: bool
    z: float | None


@dataclass
class WatermarkDetection:
    """Result of a detection. ``p_value``: probability that an unmarked clip gives a detection this strong
    (1.0 when nothing was detected). ``segments``: presence per 0.5 s. ``method`` says how the payload was
    found: ``decoded`` (read blind from the pixels, tag checked) or ``matched`` (one of the registry's
    payloads, tested by correlation when blind decoding fell short)."""

    present: bool
    payload: str | None
    p_value: float
    z: float | None
    segments: list[Segment]
    key_id: str
    frames: int = 0
    attempts: int = 0
    period_px: float | None = None
    method: str | None = None  # "decoded": payload read from the pixels; "matched": a registry payload matched
    candidates: int = 0  # known payloads the clip was tested against (0: blind decoding sufficed or none known)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["marked_ranges_s"] = [list(r) for r in self.marked_ranges_s]
        return d

    @property
    def marked_ranges_s(self) -> list[tuple[float, float]]:
        """Contiguous runs of marked segments, as (start, end) in seconds."""
        runs: list[tuple[float, float]] = []
        for seg in self.segments:
            if seg.present and runs and abs(runs[-1][1] - seg.start_s) < 1e-6:
                runs[-1] = (runs[-1][0], seg.end_s)
            elif seg.present:
                runs.append((seg.start_s, seg.end_s))
        return runs


def prepare(y: np.ndarray) -> np.ndarray:
    """Luma -> high-passed, clipped residual at most DETECT_LINES high."""
    h, w = y.shape
    if h > DETECT_LINES:
        y = cv2.resize(y, (round(w * DETECT_LINES / h), DETECT_LINES), interpolation=cv2.INTER_AREA)
    f = y.astype(np.float32)
    r = f - cv2.GaussianBlur(f, (0, 0), 3.0)
    # Letterbox and pillarbox bars carry no mark, and their edges (long straight lines) would swamp the
    # correlation: zero the bars and a margin around them. Very strong edges are left out too.
    top, bottom, left, right = _bars(f)
    m = 6
    if top:
        r[: top + m] = 0.0
    if bottom:
        r[max(0, r.shape[0] - bottom - m):] = 0.0
    if left:
        r[:, : left + m] = 0.0
    if right:
        r[:, max(0, r.shape[1] - right - m):] = 0.0
    strong = (np.abs(r) > 30.0).astype(np.uint8)
    if strong.any():
        r[cv2.dilate(strong, _EDGE_KERNEL) > 0] = 0.0
    np.clip(r, -5.0, 5.0, out=r)
    return r


_EDGE_KERNEL = np.ones((5, 5), np.uint8)


def _bars(f: np.ndarray, level: float = 40.0, flat: float = 4.0) -> tuple[int, int, int, int]:
    """Widths of uniform dark bars at the top, bottom, left and right of a luma frame."""
    def run(means: np.ndarray, stds: np.ndarray) -> int:
        dark = (means < level) & (stds < flat)
        n = int(np.argmin(dark)) if not dark.all() else len(dark)
        return n if n >= 2 else 0
    rm, rs = f.mean(axis=1), f.std(axis=1)
    cm, cs = f.mean(axis=0), f.std(axis=0)
    return run(rm, rs), run(rm[::-1], rs[::-1]), run(cm, cs), run(cm[::-1], cs[::-1])


@dataclass
class _Sync:
    period: float
    shift: tuple[int, int]
    payload: bytes
    tile: np.ndarray  # the payload's tile at DETECT_TILE px, unit RMS
    z: float


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
        self._candidate_signs: np.ndarray | None = None
        self._match_tests = 0
        self._method: str | None = None
        self.segment_s = segment_s
        self.max_pending = max_pending
        self._carriers_fft, self._decorrelate = _detection_carriers(key.secret)
        self._pending: dict[int, list] = {}  # segment index -> [sum residual, n frames]
        self._scores: dict[int, tuple[float | None, int]] = {}  # segment -> (z, n frames)
        self._global: np.ndarray | None = None
        self._sync: _Sync | None = None
        self._attempts = 0
        self.frames = 0
        self._last_t = 0.0
        self._frame_dt = 0.0
        self._source_lines = 0
        self._match_p = 1.0
        self._prior_tests = 0
        self.first_guess: np.ndarray | None = None

    # -- feeding
    def add(self, luma: np.ndarray, time_s: float) -> None:
        self.add_residual(prepare(luma), time_s, luma.shape[0])

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
            self._scores[done] = (self._segment_z(acc), n)

    # -- decoding
    def _correlate(self, acc: np.ndarray, period: float, carriers: int | None = None) -> np.ndarray:
        """Correlation of the folded residual with the carriers at every cyclic shift: (n, 64, 64)."""
        fold = _fold(acc, period)
        spectra = self._carriers_fft if carriers is None else self._carriers_fft[:carriers]
        return np.fft.irfft2(np.fft.rfft2(fold)[None] * np.conj(spectra), s=fold.shape)

    @staticmethod
    def _shift_energy(corr: np.ndarray) -> np.ndarray:
        """Evidence for each cyclic shift: the sum over carriers of squared correlations, each carrier
        whitened by its own spread over all shifts. Without the whitening, content that happens to
        correlate strongly with a few carriers decides the shift instead of the mark."""
        spread = corr.reshape(len(corr), -1).std(axis=1) + 1e-12
        white = corr / spread[:, None, None]
        return np.einsum("jyx,jyx->yx", white, white)

    def _sync_strength(self, acc: np.ndarray, period: float) -> float:
        corr = self._correlate(acc, period)
        energy = np.einsum("jyx,jyx->yx", corr, corr)
        return float(energy.max() / (np.median(energy) + 1e-12))

    def _periods(self, acc: np.ndarray) -> list[float]:
        """Candidate tile periods: autocorrelation peaks, each refined on a fine grid by the strength of
        the carrier correlation (the autocorrelation alone is off by up to 1-2 %, which is enough to
        smear the fold over several cells)."""
        h = acc.shape[0]
        found = _period_candidates(acc)
        # peaks at twice the period are common (every other tile correlates too): try half of each
        candidates = found + [p / 2 for p in found if p / 2 >= 20]
        refined = []
        for p0 in candidates:
            grid = p0 * (1.0 + np.linspace(-0.025, 0.025, 11))
            strengths = [self._sync_strength(acc, p) for p in grid]
            best = int(np.argmax(strengths))
            fine = grid[best] * (1.0 + np.linspace(-0.005, 0.005, 5))
            fine_strengths = [self._sync_strength(acc, p) for p in fine]
            i = int(np.argmax(fine_strengths))
            refined.append((fine_strengths[i], float(fine[i])))
        refined.sort(reverse=True)
        periods = [p for _, p in refined]
        # The period the clip has if it was not rescaled (the common case) is always tried first.
        unscaled = self._unscaled_period(h)
        if unscaled is not None:
            periods = [unscaled] + [p for p in periods if abs(p - unscaled) > 0.002 * unscaled]
        out: list[float] = []
        for p in periods:
            if all(abs(p - q) > 0.002 * q for q in out):
                out.append(p)
        return out[:5]

    def _unscaled_period(self, lines: int) -> float | None:
        """The tile period, in detection pixels, of a clip shown at the size it was marked at (``lines``: the
        residual's height); None before any frame."""
        if not self._source_lines:
            return None
        return float(wm_pattern.TILE_CELLS * round(self._source_lines / CELLS_PER_HEIGHT)
                     * lines / self._source_lines)

    def _try_decode(self, acc: np.ndarray, periods: list[float], shifts_per_map: int = 2) -> _Sync | None:
        """Decode at each candidate period and its best few shifts (by raw and by whitened carrier
        energy); every try counts in the p-value.

        At the unscaled period the uncropped alignment (shift 0 and its eight neighbours) is tried first,
        whatever the energy says: most clips are re-encoded or trimmed, not cropped, and content that
        resembles the carriers (smooth generated textures, upscaled) can put a dozen energy peaks above the
        true one while the chips at the true alignment still decode with almost no error."""
        unscaled = self._unscaled_period(acc.shape[0])
        for period in periods:
            corr = self._correlate(acc, period)
            flat_corr = corr.reshape(len(corr), -1)
            # each chip's own noise level (its spread over the shifts): content that interferes with
            # some carriers more than others then weighs less in the decoding
            sigma_chip = _robust_sigma(self._decorrelate @ flat_corr[:, ::8])
            sigma = float(np.median(sigma_chip))
            raw = np.einsum("jk,jk->k", flat_corr, flat_corr)
            white = self._shift_energy(corr).ravel()
            prior = _PRIOR_SHIFTS if period == unscaled else []
            shifts = list(dict.fromkeys([*prior, *_top_shifts(raw, corr.shape[1:], shifts_per_map),
                                         *_top_shifts(white, corr.shape[1:], shifts_per_map)]))
            chips = self._decorrelate @ flat_corr[:, shifts]  # (carriers, shifts)
            if self.first_guess is None:  # for bit-accuracy measurements when nothing decodes
                self.first_guess = wm_codec.viterbi(chips[:, 0])[: wm_codec.PAYLOAD_BITS]
            # all shifts decoded in one batch; the p-value counts the tries up to the first match, in order
            tried, payload = wm_codec.decode_first(self.key.secret, (chips * (sigma / sigma_chip ** 2)[:, None]).T)
            self._attempts += min(tried + 1, len(shifts))
            if payload is None:
                continue
            x = 1.0 - 2.0 * wm_codec.encode(self.key.secret, payload).astype(np.float64)
            z = float(np.dot(chips[:, tried] / sigma, x) / math.sqrt(len(x)))
            return self._sync_for(payload, period, shifts[tried], z)
        return None

    def _try_match(self, accs: Iterable[np.ndarray], periods: list[float]) -> _Sync | None:
        """Test the clip against known payloads (``candidates``: those the registry issued under this key).

        Blind decoding must get all 96 information bits right; testing whether one given payload is there
        needs far less signal. At one alignment, the carriers' correlations with the folded residual (each
        carrier scaled by its own noise level) form a vector ``w``; a candidate's coded bits give signs ``s``,
        and the statistic is ``z = s.w / |w|``. If the clip does not carry that payload, its signs are
        pseudo-random (keyed tag, convolutional code) and unrelated to ``w``, whatever the content or another
        mark put there, so ``z`` is close to N(0, 1): the test needs no model of the content. It is computed on
        the same windows as blind decoding (the whole clip, 4 s and 2 s windows), at the two most likely tile
        periods: a 2 s marked shot in an 8 s film is diluted four times in the whole clip, but not in its own
        window. On unmarked clips tested against 1,000 payloads the largest z seen was 5.7 over all alignments
        and 4.3 at the uncropped one; marked 2 s shots that no longer decode after CRF 28 scored 8.4-9.9.

        The p-value is a weighted Bonferroni: half of the error budget goes to the uncropped alignment at the
        unscaled period (9 alignments per payload, period and window), half to every (payload, alignment,
        period, window) tested. A larger registry needs a stronger match, a cropped clip a stronger one still."""
        if self._candidate_signs is None:
            self._candidate_signs = np.array([1.0 - 2.0 * wm_codec.encode(self.key.secret, p).astype(np.float32)
                                              for p in self._known_payloads()], np.float32)
        signs = self._candidate_signs
        # the strongest (z, candidate, period, alignment) over every alignment, and at the uncropped one
        best: dict[str, tuple[float, int, float, int]] = {}
        for acc in accs:
            unscaled = self._unscaled_period(acc.shape[0])
            for period in periods[:2]:
                corr = self._correlate(acc, period)
                flat = corr.reshape(len(corr), -1)
                white = (flat / _robust_sigma(flat[:, ::8])[:, None]).astype(np.float32)
                norms = np.sqrt(np.einsum("jk,jk->k", white, white)) + 1e-12  # per alignment
                families = [("any", None)] + ([("prior", _PRIOR_SHIFTS)] if period == unscaled else [])
                for start in range(0, len(signs), 512):
                    z = (signs[start:start + 512] @ white) / norms  # (payloads, alignments)
                    for family, alignments in families:
                        top, i, at = _strongest(z, alignments)
                        if family not in best or top > best[family][0]:
                            best[family] = (top, start + i, period, at)
                self._match_tests += len(signs) * white.shape[1]
                if len(families) > 1:
                    self._prior_tests += len(signs) * len(_PRIOR_SHIFTS)
        if not best:
            return None
        # Weighted Bonferroni: half of the error budget for the uncropped alignment at the unscaled period
        # (a handful of tests per payload), half for the search over every alignment and period. The test
        # counts include earlier calls (a long clip is tried again as segments arrive).
        p = {"any": 2.0 * self._match_tests * _tail(best["any"][0])}
        if "prior" in best:
            p["prior"] = 2.0 * self._prior_tests * _tail(best["prior"][0])
        family = min(p, key=p.get)
        self._match_p = min(1.0, p[family])
        if self._match_p > MATCH_P_MAX:
            return None
        z, idx, period, flat_at = best[family]
        return self._sync_for(self.candidates[idx], period, flat_at, z)

    def _known_payloads(self) -> list[bytes]:
        if self.candidates is None:
            source = self._candidate_source() if self._candidate_source is not None else ()
            self.candidates = list(dict.fromkeys(source))
        return self.candidates

    def _sync_for(self, payload: bytes, period: float, flat_shift: int, z: float) -> _Sync:
        """The alignment and pattern of a found payload, for scoring the segments."""
        dy, dx = np.unravel_index(flat_shift, (DETECT_TILE, DETECT_TILE))
        coded = wm_codec.encode(self.key.secret, payload)
        tile = wm_pattern.render_periodic(wm_pattern.cell_tile(self.key.secret, coded), DETECT_TILE)
        return _Sync(period=period, shift=(int(dy), int(dx)), payload=payload, tile=tile, z=z)

    def _segment_z(self, acc: np.ndarray) -> float | None:
        s = self._sync
        fold = _fold(acc, s.period)
        if not np.any(fold):
            return None
        corr = np.fft.irfft2(np.fft.rfft2(fold) * np.conj(np.fft.rfft2(s.tile)), s=fold.shape)
        dy, dx = s.shift
        peak = corr[dy, dx]
        others = np.roll(np.roll(corr, -dy + 3, axis=0), -dx + 3, axis=1)[7:, 7:]  # drop a 7x7 neighbourhood
        sigma = float(np.std(others)) + 1e-12
        return float(peak / sigma)

    def _flush_pending(self, final: bool) -> None:
        """Try to find the payload in what is pending; score the segments once found."""
        if self._sync is None and self._pending:
            order = sorted(self._pending)
            periods = self._periods(self._global)
            windows = [order]
            for width in (8, 4):
                if len(order) > width:
                    step = width // 2
                    windows += [order[i:i + width] for i in range(0, len(order) - width + 1, step)]
            for window in windows:
                acc = sum(self._pending[i][0] for i in window)
                self._sync = self._try_decode(acc, periods)
                if self._sync is not None:
                    self._method = "decoded"
                    break
            if self._sync is None and self._known_payloads():
                accs = (sum(self._pending[i][0] for i in window) for window in windows)  # one at a time
                self._sync = self._try_match(accs, periods)
                if self._sync is not None:
                    self._method = "matched"
        if self._sync is not None:
            keep_last = None if final else max(self._pending)
            for idx in sorted(self._pending):
                if idx == keep_last:
                    continue
                acc, n = self._pending.pop(idx)
                self._scores[idx] = (self._segment_z(acc), n)
        elif not final:
            # Nothing decodable in the oldest half: give those segments up (they carry no readable mark).
            for idx in sorted(self._pending)[: len(self._pending) // 2]:
                _, n = self._pending.pop(idx)
                self._scores[idx] = (None, n)

    def finish(self) -> WatermarkDetection:
        if self.frames == 0:
            raise BadInputError("no frames to examine")
        self._flush_pending(final=True)
        for idx in list(self._pending):
            _, n = self._pending.pop(idx)
            self._scores[idx] = (None, n)
        sync = self._sync
        order = sorted(self._scores)
        zs = [self._scores[i][0] for i in order]
        presence = _segment_presence(zs) if sync is not None else [False] * len(zs)
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
        if self._method == "matched":
            p_value = self._match_p
        else:
            p_value = self._attempts * FP_PER_ATTEMPT
        return WatermarkDetection(
            present=True,
            payload=sync.payload.hex(),
            p_value=float(min(1.0, p_value)),
            z=round(sync.z, 2),
            segments=segments,
            key_id=self.key.key_id,
            frames=self.frames,
            attempts=self._attempts,
            period_px=round(sync.period, 2),
            method=self._method,
            candidates=len(self.candidates or ()),
        )


@functools.lru_cache(maxsize=16)
def _detection_carriers(secret: bytes) -> tuple[np.ndarray, np.ndarray]:
    """The carriers at the detection tile size (their spectra), and the inverse of their Gram matrix:
    smoothing makes the rendered carriers slightly non-orthogonal, and zero-forcing undoes that
    cross-talk when the chips are read."""
    tiles = wm_pattern.carrier_tiles(secret, DETECT_TILE)
    flat = tiles.reshape(len(tiles), -1).astype(np.float64)
    return np.fft.rfft2(tiles), np.linalg.inv(flat @ flat.T / flat.shape[1])


def _top_shifts(energy: np.ndarray, shape: tuple[int, int], k: int) -> list[int]:
    """Shifts to try for a flattened energy map: its ``k`` strongest local maxima (3 x 3, cyclic), each
    followed by its eight neighbours. The mark is smooth, so its energy peak is a few pixels wide, and
    after re-encoding the strongest pixel of that peak is often one pixel off the true alignment, where the
    chips are a few percent weaker: enough to lose a mark that is close to the decoding limit. Taking
    distinct peaks (not the shoulders of one) spends the tries on different candidate alignments."""
    e = energy.reshape(shape)
    h, w = shape
    neighbours = np.max([np.roll(np.roll(e, dy, 0), dx, 1) for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                         if dy or dx], axis=0)
    peaks = np.flatnonzero(e.ravel() >= neighbours.ravel())
    out = []
    for i in peaks[np.argsort(energy[peaks])[::-1][:k]]:
        y, x = divmod(int(i), w)
        out += [((y + dy) % h) * w + (x + dx) % w for dy, dx in _RING]
    return out


_RING = [(0, 0)] + [(dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx]
# The alignment of a clip that was not cropped (the tile starts at the frame's corner), and its neighbours:
# resampling to the detection size moves the peak by up to a pixel.
_PRIOR_SHIFTS = [(dy % DETECT_TILE) * DETECT_TILE + dx % DETECT_TILE for dy, dx in _RING]


def _strongest(z: np.ndarray, alignments: list[int] | None) -> tuple[float, int, int]:
    """The largest entry of a (payloads, alignments) score matrix, over the given alignments (all when None):
    (score, payload row, alignment)."""
    sub = z if alignments is None else z[:, alignments]
    i, k = np.unravel_index(int(np.argmax(sub)), sub.shape)
    return float(sub[i, k]), int(i), int(k) if alignments is None else alignments[int(k)]


def _tail(z: float) -> float:
    """One-sided Gaussian tail probability of ``z``."""
    return 0.5 * math.erfc(z / math.sqrt(2.0))


def _segment_presence(zs: list[float | None], switch_p: float = 0.02) -> list[bool]:
    """Which segments carry the (already identified) mark: a two-state hidden Markov model over the
    per-segment z-scores, decoded with Viterbi. Unmarked segments have z ~ N(0, 1); marked ones a broad
    N(mu, (mu/3)^2), with mu estimated from the clearly marked segments. Isolated weak segments inside a marked
    run no longer break it, and a boundary falls where the evidence changes, not where one noisy segment
    crosses a threshold."""
    strong = [z for z in zs if z is not None and z >= Z_PRESENT]
    if not strong:
        return [False] * len(zs)
    mu = max(Z_PRESENT, float(np.median(strong)))
    spread = max(1.5, mu / 3.0)  # marked segments vary with content and compression
    # Unmarked segments are N(0, 1) only in theory: content that happens to resemble the pattern gives them
    # heavier tails, and one unmarked segment at z ~ 3 next to a marked run would otherwise be pulled into
    # it. Their spread is measured on the clip's own weak segments (robustly), between 1 and 2.
    weak = np.array([z for z in zs if z is not None and z < Z_PRESENT])
    null = float(np.clip(_robust_sigma(weak), 1.0, 2.0)) if len(weak) >= 3 else 1.0
    stay, switch = math.log(1 - switch_p), math.log(switch_p)
    score = np.array([0.0, math.log(0.5)])  # (absent, present)
    back = []
    for z in zs:
        emit = np.zeros(2) if z is None else np.array(
            [-0.5 * (z / null) ** 2 - math.log(null), -0.5 * ((z - mu) / spread) ** 2 - math.log(spread)])
        from_absent = score[0] + np.array([stay, switch])
        from_present = score[1] + np.array([switch, stay])
        choice = (from_present > from_absent).astype(int)  # 1: came from present
        score = np.where(choice, from_present, from_absent) + emit
        back.append(choice)
    state = int(np.argmax(score))
    states = []
    for choice in reversed(back):
        states.append(bool(state))
        state = int(choice[state])
    return states[::-1]


def _robust_sigma(x: np.ndarray) -> np.ndarray | float:
    """Spread of zero-centred values along the last axis, robust to the few strong ones (1.4826 x median
    absolute value: the standard deviation for Gaussian noise)."""
    return 1.4826 * np.median(np.abs(x), axis=-1) + 1e-12


def _period_candidates(acc: np.ndarray, n: int = 3) -> list[float]:
    """Tile periods (in pixels) suggested by peaks of the residual's autocorrelation."""
    a = acc - acc.mean()
    h, w = a.shape
    spec = np.fft.rfft2(a)
    ac = np.fft.irfft2(np.abs(spec) ** 2, s=a.shape)
    ac /= ac[0, 0] + 1e-12
    max_lag = int(min(h / 1.2, w / 1.2))
    lags = np.arange(0, max_lag)
    prof = ac[0, lags] + ac[lags, 0] + ac[0, (-lags) % w] + ac[(-lags) % h, 0]
    min_lag = 20
    # baseline: the local median over a wide window, so only narrow peaks stand out
    peaks = []
    for lag in range(min_lag, max_lag - 2):
        v = prof[lag]
        if v >= prof[lag - 1] and v >= prof[lag + 1]:
            lo, hi = max(min_lag // 2, lag - 12), min(max_lag, lag + 13)
            base = np.median(prof[lo:hi])
            prominence = v - base
            denom = prof[lag - 1] - 2 * v + prof[lag + 1]
            offset = 0.5 * (prof[lag - 1] - prof[lag + 1]) / denom if denom < 0 else 0.0
            peaks.append((prominence, lag + float(np.clip(offset, -0.5, 0.5))))
    peaks.sort(reverse=True)
    return [p for _, p in peaks[:n]]


def _fold(acc: np.ndarray, period: float) -> np.ndarray:
    """Resample so the period is DETECT_TILE pixels, then sum all tiles into one."""
    scale = DETECT_TILE / period
    h, w = acc.shape
    nh, nw = max(DETECT_TILE, round(h * scale)), max(DETECT_TILE, round(w * scale))
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    r = cv2.resize(acc, (nw, nh), interpolation=interp)
    ph, pw = -nh % DETECT_TILE, -nw % DETECT_TILE
    r = np.pad(r, ((0, ph), (0, pw)))
    fold = r.reshape(r.shape[0] // DETECT_TILE, DETECT_TILE, r.shape[1] // DETECT_TILE, DETECT_TILE).sum(axis=(0, 2))
    # Row and column means carry borders and horizontal/vertical structure, almost no watermark.
    fold -= fold.mean(axis=1, keepdims=True)
    fold -= fold.mean(axis=0, keepdims=True)
    return fold


# ---------------------------------------------------------------------------------------------- files


def embed_frames(
    frames: Iterable[tuple[np.ndarray, int, int, float]],
    writer,
    key: WatermarkKey,
    payload: bytes,
    strength: float = DEFAULT_STRENGTH,
    marked_ranges_s: list[tuple[float, float]] | None = None,
    observers: Iterable[Callable[[np.ndarray, int, int, float], None]] = (),
) -> int:
    """Mark yuv420p frames ``(planes, width, height, time_s)`` and hand them to ``writer``
    (a ``clipseal.media.VideoWriter``). With ``marked_ranges_s`` only frames inside those time ranges are
    marked (the generated part of an extended clip or of a film); the others pass through unchanged.
    ``observers`` see every frame as written (for fingerprints and thumbnails). Returns the frame count."""
    embedder = None
    observers = list(observers)
    count = 0
    for planes, w, h, t in frames:
        if embedder is None:
            embedder = Embedder(key, payload, w, h, strength)
        if marked_ranges_s is None or any(a - 1e-6 <= t < b - 1e-6 for a, b in marked_ranges_s):
            planes = planes.copy()
            planes[:h] = embedder.embed_luma(planes[:h])
        writer.write_yuv420p(planes, w, h)
        for observe in observers:
            observe(planes, w, h, t)
        count += 1
    return count


def embed_file(
    src: str | os.PathLike,
    dst: str | os.PathLike,
    key: WatermarkKey,
    payload: bytes,
    crf: int = 18,
    preset: str = "medium",
    strength: float = DEFAULT_STRENGTH,
    marked_ranges_s: list[tuple[float, float]] | None = None,
) -> int:
    """Mark a clip and write it as H.264 MP4 (atomically), keeping its audio. Returns the frame count."""
    from clipseal import media

    info = media.probe(src)
    with media.VideoWriter(dst, info.frame_rate, crf=crf, preset=preset,
                           audio_from=src if info.has_audio else None) as writer:
        return embed_frames(media.yuv_frames(src), writer, key, payload, strength, marked_ranges_s)


def detect_file(path: str | os.PathLike, key: WatermarkKey, segment_s: float = SEGMENT_S,
                candidates: Callable[[], Iterable[bytes]] | None = None) -> WatermarkDetection:
    """Look for our watermark in a clip, segment by segment (``candidates``: see ``Detector``)."""
    from clipseal import media

    det = Detector(key, segment_s=segment_s, candidates=candidates)
    for planes, _w, h, t in media.yuv_frames(path):
        det.add(planes[:h], t)
    return det.finish()
