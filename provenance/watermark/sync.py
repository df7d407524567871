"""Synchronisation: where the tile is in a (possibly rescaled, cropped or padded) clip.

The mark's own periodicity is its template. The tile period comes from the autocorrelation of the summed
residual (this undoes scaling), refined by the strength of the carrier correlation; the cyclic shift of the
tile comes from correlating the folded residual with every carrier at every shift (this undoes cropping and
padding). Every alignment tried is counted by the callers in their p-values.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import cv2
import numpy as np

from provenance.watermark import codec, pattern
from provenance.watermark.inset import inset_view
from provenance.watermark.residual import DETECT_TILE, fold
from provenance.watermark.workers import ordered_map


@dataclass
class Sync:
    """A found payload and where its tile sits: what the segments are scored against."""

    period: float
    shift: tuple[int, int]
    payload: bytes
    tile: np.ndarray  # the payload's tile at DETECT_TILE px, unit RMS
    z: float
    flip: tuple[bool, bool] = (False, False)  # (left-right, upside-down): how the clip was mirrored after marking
    angle: float = 0.0  # degrees the residual is turned by before folding (undoes a small rotation of the clip)
    region: tuple[int, int, int, int] | None = None  # (top, bottom, left, right): the clip is an inset there
    # (read through ``inset.inset_view``: its border band left out)
    aspect: float = 1.0  # width factor the residual is resized by first (undoes a squeezed or stretched picture)


MIRRORS = ((True, False), (False, True), (True, True))  # a mirror, a vertical flip, both (a 180-degree turn)
ORIENTATION = {(False, False): "as marked", (True, False): "mirrored left-right", (False, True): "flipped upside down",
               (True, True): "turned 180 degrees"}


def orient(acc: np.ndarray, flip: tuple[bool, bool], angle: float = 0.0) -> np.ndarray:
    """Undo a mirror, a flip or a small rotation on a residual (the mark's tile is not symmetric and folds on an
    axis-aligned grid, so the residual has to be turned back before it folds onto the tile)."""
    if any(flip):
        acc = np.ascontiguousarray(acc[::-1 if flip[1] else 1, ::-1 if flip[0] else 1])
    if angle:
        h, w = acc.shape
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        acc = cv2.warpAffine(acc.astype(np.float32), m, (w, h), flags=cv2.INTER_LINEAR,
                             borderMode=cv2.BORDER_CONSTANT).astype(acc.dtype)
    return acc


def unstretch(acc: np.ndarray, aspect: float) -> np.ndarray:
    """Resize a residual's width by ``aspect`` (undoes an aspect-ratio change that squeezed or widened the picture
    without bars: the tile is square again)."""
    if aspect == 1.0:
        return acc
    h, w = acc.shape
    return cv2.resize(acc.astype(np.float32), (max(1, round(w * aspect)), h),
                      interpolation=cv2.INTER_LINEAR).astype(acc.dtype)


def view(acc: np.ndarray, sync: Sync) -> np.ndarray:
    """The part of a residual the found mark is read from, turned back the way it was found."""
    if sync.region is not None:
        acc = inset_view(acc, sync.region)
    return orient(unstretch(acc, sync.aspect), sync.flip, sync.angle)


ASPECT_PROMINENCE = 0.2  # autocorrelation peak prominence, on each axis, from which an aspect change is tried
ASPECT_RANGE = (0.5, 2.0)  # width factors searched (a 16:9 picture squeezed to 4:3 needs 1.33)


def aspect_candidates(acc: np.ndarray, n: int = 2) -> list[float]:
    """Width factors that would make a non-square tile lattice square again: the strongest autocorrelation peak
    along the width over the strongest along the height (and the next ones), where both stand out (an unmarked clip
    seldom has such peaks on both axes) and they differ by more than 3 % (a square lattice needs no try)."""
    a = acc - acc.mean()
    h, w = a.shape
    ac = np.fft.irfft2(np.abs(np.fft.rfft2(a)) ** 2, s=a.shape)
    ac /= ac[0, 0] + 1e-12

    def peaks(prof: np.ndarray) -> list[tuple[float, float]]:
        out = []
        for lag in range(20, len(prof) - 2):
            if prof[lag] >= prof[lag - 1] and prof[lag] >= prof[lag + 1]:
                prominence = float(prof[lag] - np.median(prof[max(10, lag - 12): lag + 13]))
                denom = prof[lag - 1] - 2 * prof[lag] + prof[lag + 1]
                offset = 0.5 * (prof[lag - 1] - prof[lag + 1]) / denom if denom < 0 else 0.0
                if prominence >= ASPECT_PROMINENCE:
                    out.append((prominence, lag + float(np.clip(offset, -0.5, 0.5))))
        return sorted(out, reverse=True)[:n]

    lx, ly = np.arange(int(w / 1.2)), np.arange(int(h / 1.2))
    across = peaks(ac[0, lx] + ac[0, (-lx) % w])
    down = peaks(ac[ly, 0] + ac[(-ly) % h, 0])
    ranked = sorted(((px * py, y / x) for px, x in across for py, y in down), reverse=True)
    out: list[float] = []
    for _, r in ranked:
        if ASPECT_RANGE[0] <= r <= ASPECT_RANGE[1] and abs(r - 1) > 0.03 and all(abs(r / q - 1) > 0.02 for q in out):
            out.append(r)
    return out[:n]


LATTICE_MIN = 0.2  # lattice prominence from which a rotation is tried (marked clips 0.5-2.3, most unmarked < 0.2)
MAX_ROTATION = 6.0  # degrees searched either way; an angle found beyond 5.5 is the search's edge, not trusted
FINE_GRID_MAX = 0.3  # a fine axis-aligned grid (a generator's VAE or upsampling grid: 0.6-5.2; our mark < 0.1)


def fine_grid(acc: np.ndarray) -> float:
    """How strongly the residual repeats on a fine axis-aligned grid (periods 3-21 px). Such a grid (left by many
    generators' decoders) has autocorrelation peaks at every lattice point, including ones 5 degrees off the axes
    that look like a turned tile lattice; where it is strong, no rotation is inferred."""
    a = acc - acc.mean()
    h, w = a.shape
    n = min(24, h, w)  # a residual smaller than the grid periods looked for shows what it can
    if n < 6:
        return 0.0
    ac = np.fft.irfft2(np.abs(np.fft.rfft2(a)) ** 2, s=a.shape)
    ac /= ac[0, 0] + 1e-12
    lags = np.arange(0, n)
    prof = ac[0, lags] + ac[lags, 0] + ac[0, (-lags) % w] + ac[(-lags) % h, 0]
    best = 0.0
    for lag in range(3, n - 2):
        if prof[lag] >= prof[lag - 1] and prof[lag] >= prof[lag + 1]:
            best = max(best, float(prof[lag] - prof[lag - 2: lag + 3].min()))
    return best


def lattice_angle(acc: np.ndarray, step: float = 0.25) -> tuple[float, float]:
    """(angle in degrees, prominence) of the tile lattice in a residual: the mark's periodicity shows as
    autocorrelation peaks along two perpendicular axes, turned by the clip's rotation. The angle turns the residual
    back (``orient``); the prominence says whether there is a lattice at all (an unmarked clip has none)."""
    a = acc - acc.mean()
    h, w = a.shape
    ac = np.fft.irfft2(np.abs(np.fft.rfft2(a)) ** 2, s=a.shape)
    ac = np.fft.fftshift(ac / (ac[0, 0] + 1e-12)).astype(np.float32)
    radii = np.arange(20, int(min(h, w) / 2.2), dtype=np.float32)
    if len(radii) < 8:
        return 0.0, 0.0
    best = (0.0, 0.0)
    for deg in np.arange(-MAX_ROTATION, MAX_ROTATION + 1e-9, step):
        t = np.deg2rad(deg) + np.arange(4)[:, None] * np.pi / 2  # the four half-axes of the lattice
        xs = (w // 2 + radii[None] * np.cos(t)).astype(np.float32)
        ys = (h // 2 + radii[None] * np.sin(t)).astype(np.float32)
        prof = cv2.remap(ac, xs, ys, cv2.INTER_LINEAR).sum(axis=0)
        inner = prof[1:-1]
        peaks = np.flatnonzero((inner >= prof[:-2]) & (inner >= prof[2:])) + 1
        for i in peaks:
            prominence = float(prof[i] - np.median(prof[max(0, i - 12): i + 13]))
            if prominence > best[1]:
                best = (float(deg), prominence)
    return best


def sync_for(secret: bytes, payload: bytes, period: float, flat_shift: int, z: float) -> Sync:
    """The alignment and pattern of a found payload, for scoring the segments."""
    dy, dx = np.unravel_index(flat_shift, (DETECT_TILE, DETECT_TILE))
    coded = codec.encode(secret, payload)
    tile = pattern.render_periodic(pattern.cell_tile(secret, coded), DETECT_TILE)
    return Sync(period=period, shift=(int(dy), int(dx)), payload=payload, tile=tile, z=z)


@functools.lru_cache(maxsize=16)
def detection_carriers(secret: bytes) -> tuple[np.ndarray, np.ndarray]:
    """The carriers' matched filters at the detection tile size, and the inverse of their Gram matrix:
    smoothing makes the rendered carriers slightly non-orthogonal, and zero-forcing undoes that
    cross-talk when the chips are read.

    A filter is a carrier's spectrum conjugated, in single precision (``correlate``): made once per key here,
    not on every correlation (converting and conjugating 204 spectra took a third of each correlation's time)."""
    tiles = pattern.carrier_tiles(secret, DETECT_TILE)
    flat = tiles.reshape(len(tiles), -1).astype(np.float64)
    filters = np.conj(np.fft.rfft2(tiles)).astype(np.complex64)
    decorrelate = np.linalg.inv(flat @ flat.T / flat.shape[1])
    for shared in (filters, decorrelate):  # cached and shared by every detector of the key: read-only
        shared.setflags(write=False)
    return filters, decorrelate


def correlate(acc: np.ndarray, period: float, filters: np.ndarray) -> np.ndarray:
    """Correlation of the folded residual with the carriers at every cyclic shift: (n, 64, 64), in single
    precision (the FFTs are 4-5 times faster than in double here; the residual is clipped to +-5 grey levels
    and a chip is a sum of 4,096 products, far from float32's limits; what is read from the chips stays in
    double)."""
    folded = fold(np.asarray(acc, np.float32), period)
    return np.fft.irfft2(np.fft.rfft2(folded)[None] * filters, s=folded.shape)


def shift_energy(corr: np.ndarray) -> np.ndarray:
    """Evidence for each cyclic shift: the sum over carriers of squared correlations, each carrier
    whitened by its own spread over all shifts. Without the whitening, content that happens to
    correlate strongly with a few carriers decides the shift instead of the mark."""
    spread = corr.reshape(len(corr), -1).std(axis=1) + 1e-12
    white = corr / spread[:, None, None]
    return np.einsum("jyx,jyx->yx", white, white)


def unscaled_period(source_lines: int, lines: int) -> float | None:
    """The tile period, in detection pixels, of a clip shown at the size it was marked at (``source_lines``:
    the decoded frame's height, ``lines``: the residual's height); None before any frame."""
    if not source_lines:
        return None
    return float(pattern.TILE_CELLS * round(source_lines / pattern.CELLS_PER_HEIGHT) * lines / source_lines)


def pixel_scale_periods(source_lines: int, lines: int, size: tuple[int, int]) -> list[float]:
    """Tile periods, in detection pixels, of a clip kept at the pixel scale it was marked at but not at its frame
    size: cropped, padded or reframed (a 9:16 cut of a 16:9 clip). Its tile is then 16 cells of a whole number of
    pixels (that of a frame marked at a usual height: larger than the clip's for a crop, smaller for a letterbox or
    pillarbox that kept the pixels), whatever the frame's height is now. Only periods with at least one and a half
    tiles in the residual (``size``)."""
    if not source_lines:
        return []
    longest = min(size) / 1.5
    periods = (pattern.TILE_CELLS * cell * lines / source_lines for cell in STANDARD_CELLS)
    return [p for p in periods if 20 <= p <= longest]


# cells of frames marked at the usual heights (360, 480, 540, 720, 1080, 1440, 2160 lines)
STANDARD_CELLS = tuple(round(h / pattern.CELLS_PER_HEIGHT) for h in (360, 480, 540, 720, 1080, 1440, 2160))


CROP_ASPECTS = (16 / 9, 4 / 3, 9 / 16, 1.0)  # marked frames' shapes a centred crop is assumed to come from


def centred_crop_shifts(period: float, lines: int, source_size: tuple[int, int]) -> list[int]:
    """Alignments (flat shifts, each with its eight neighbours) of a centred crop, reframe, letterbox or pillarbox
    at a pixel-scale ``period``: the period gives the cell in the clip's pixels, hence the marked frame's height (60
    cells: 720 lines for a 12-pixel cell) and, for the usual aspect ratios, its width; a centred cut removed half the
    difference on each side, centred bars added it. ``source_size``: the decoded frame's (height, width);
    ``lines``: the residual's height."""
    h, w = source_size
    scale = lines / h  # residual pixels per clip pixel
    cell = round(period / scale / pattern.TILE_CELLS)
    tall = pattern.CELLS_PER_HEIGHT * cell
    out: list[int] = []
    for aspect in CROP_ASPECTS:
        wide = round(tall * aspect / 2) * 2
        if (tall, wide) == (h, w) or (tall - h) * (wide - w) < 0:
            continue  # not cut or padded at all (the uncropped alignment), or cut one way and padded the other
        fy = round(-(tall - h) / 2 * scale * DETECT_TILE / period)
        fx = round(-(wide - w) / 2 * scale * DETECT_TILE / period)
        out += [shift_index(fy + dy, fx + dx) for dy, dx in RING]
    return list(dict.fromkeys(out))


def candidate_periods(acc: np.ndarray, filters: np.ndarray, unscaled: float | None,
                      hints: tuple[float, ...] = (), search: bool = True,
                      pixel_scale: list[float] | tuple[float, ...] = ()) -> list[float]:
    """Candidate tile periods: autocorrelation peaks (unless ``search`` is off) and ``hints`` (periods expected
    from the geometry, e.g. an inset's height), each refined on a fine grid by the strength of the carrier
    correlation (the autocorrelation alone is off by up to 1-2 %, which is enough to smear the fold over several
    cells). The unscaled period (the common case) is always tried first, as it is; then the strongest of the
    ``pixel_scale`` periods (exact, so not refined: a crop or a reframe, whose tile the autocorrelation often
    misses); the other pixel-scale periods come last (the strength cannot pick the right one for a weak mark, and
    the decoder tries each at a centred crop's alignments).

    The search compares strengths only, so it runs in single precision (three times faster than double on
    this machine's numpy; the decoding itself stays in double)."""
    acc32 = acc.astype(np.float32)

    def strength(p: float) -> float:
        corr = correlate(acc32, p, filters)
        energy = np.einsum("jyx,jyx->yx", corr, corr)
        return float(energy.max() / (np.median(energy) + 1e-12))

    found = autocorrelation_periods(acc) if search else []
    # peaks at twice the period are common (every other tile correlates too): try half of each
    candidates = list(hints) + found + [p / 2 for p in found if p / 2 >= 20]
    # every candidate's coarse grid at once, then every fine grid (on the search threads: the strengths are
    # independent, and the argmax picks the same period as one after another)
    coarse = [p0 * (1.0 + np.linspace(-0.025, 0.025, 11)) for p0 in candidates]
    flat = ordered_map(strength, [p for grid in coarse for p in grid] + list(pixel_scale))
    fines = [grid[int(np.argmax(flat[11 * k: 11 * k + 11]))] * (1.0 + np.linspace(-0.005, 0.005, 5))
             for k, grid in enumerate(coarse)]
    flat_fine = ordered_map(strength, [p for fine in fines for p in fine])
    refined = []
    for k, fine in enumerate(fines):
        fine_strengths = flat_fine[5 * k: 5 * k + 5]
        i = int(np.argmax(fine_strengths))
        refined.append((fine_strengths[i], float(fine[i])))
    refined.sort(reverse=True)
    periods = [p for _, p in refined]
    if pixel_scale:
        scale_strengths = flat[11 * len(coarse):]
        periods = [pixel_scale[int(np.argmax(scale_strengths))]] + periods
    if unscaled is not None:
        periods = [unscaled] + [p for p in periods if abs(p - unscaled) > 0.002 * unscaled]
    out: list[float] = []
    for p in periods:
        if all(abs(p - q) > 0.002 * q for q in out):
            out.append(p)
    # (each pixel-scale period is kept as it is, even near a refined one: its centred alignments are tried at it)
    return out[:5] + [p for p in pixel_scale if p not in out[:5]]


def autocorrelation_periods(acc: np.ndarray, n: int = 3) -> list[float]:
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


def top_shifts(energy: np.ndarray, shape: tuple[int, int], k: int) -> list[int]:
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
        out += [((y + dy) % h) * w + (x + dx) % w for dy, dx in RING]
    return out


def shift_index(dy: int, dx: int) -> int:
    """A cyclic shift of the folded tile by (dy, dx) pixels, as the index into its flattened correlation map."""
    return (dy % DETECT_TILE) * DETECT_TILE + dx % DETECT_TILE


RING = [(0, 0)] + [(dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx]
# The alignment of a clip that was not cropped (the tile starts at the frame's corner), and its neighbours:
# resampling to the detection size moves the peak by up to a pixel.
PRIOR_SHIFTS = [shift_index(dy, dx) for dy, dx in RING]


def corner_shifts(period: float, reach: float) -> list[int]:
    """Alignments of a tile whose origin is at a view's corner, known to within ``reach`` pixels of the residual each
    way (an inset's corner, from the sides the finder placed), nearest the corner first: the p-value counts the tries
    up to the first that decodes. This prior is what lets a weak mark decode where the carrier energy does not show
    its alignment (the 35 repost bench clips shown at half size, the rectangle known, with the mark as it was before
    the visibility floor: 14 decoded from the energy's alignments, 23 from the corner's)."""
    r = int(np.ceil(reach * DETECT_TILE / period))
    ring = sorted(((dy, dx) for dy in range(-r, r + 1) for dx in range(-r, r + 1)), key=lambda d: d[0] ** 2 + d[1] ** 2)
    return [shift_index(dy, dx) for dy, dx in ring]
