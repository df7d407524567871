"""Blind decoding: read the payload from the pixels alone, with the key but without the registry.

At each candidate period the folded residual is correlated with every carrier at every shift; the best few
shifts (by raw and by whitened carrier energy) are Viterbi-decoded in one batch, and a decode counts only
if its keyed tag matches. Each try costs 2**-32 in the false-positive bound, so the p-value of a decode is
``attempts * 2**-32``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, NamedTuple, Sequence, TypeVar

import numpy as np

from provenance.watermark import codec
from provenance.watermark.residual import robust_sigma
from provenance.watermark.sync import Sync, correlate, shift_energy, sync_for, top_shifts
from provenance.watermark.workers import ordered_ahead, ordered_map

FP_PER_ATTEMPT = 2.0 ** -codec.TAG_BITS
LIST_SIZE = 64  # paths list-decoded at each of the best-fitting alignments (each costs 2**-32 like any try)

T = TypeVar("T")


class _Alignment(NamedTuple):
    """One alignment that was tried and did not decode: how well its best path fits (``codec.viterbi_scored``),
    where it is, and its chips as read and as weighted for decoding."""

    fit: float
    period: float
    shift: int
    chips: np.ndarray
    weighted: np.ndarray
    sigma: float


@dataclass
class BlindResult:
    sync: Sync | None
    attempts: int  # tag checks made (each may pass by chance with probability 2**-32)
    first_guess: np.ndarray | None  # the first alignment's decoded bits, for bit-error measurements


def decode_blind(secret: bytes, acc: np.ndarray, periods: list[float], priors: dict[float, list[int]],
                 filters: np.ndarray, decorrelate: np.ndarray, shifts_per_map: int = 2,
                 list_alignments: int = 0) -> BlindResult:
    """Decode at each candidate period and its best few shifts; every try counts in the p-value.

    ``priors`` gives, per period, alignments tried first whatever the energy says (``sync.prior_alignments``):
    at the unscaled period the uncropped one (shift 0 and its eight neighbours), at a pixel-scale period those of
    a centred crop. Most clips are re-encoded or trimmed, not cropped, and content that resembles the carriers
    (smooth generated textures, upscaled) can put a dozen energy peaks above the true one while the chips at the
    true alignment still decode with almost no error.

    Where nothing decodes, the ``list_alignments`` alignments whose best paths fit their chips best
    (``codec.viterbi_scored``) are list-decoded (``codec.list_viterbi``, ``LIST_SIZE`` paths each): a mark too weak
    for the best path to be right often has the right one among the next few dozen."""
    def read(period: float) -> tuple[list[int], np.ndarray, np.ndarray, float]:
        corr = correlate(acc, period, filters)
        flat_corr = corr.reshape(len(corr), -1)
        raw = np.einsum("jk,jk->k", flat_corr, flat_corr)
        white = shift_energy(corr).ravel()
        shifts = list(dict.fromkeys([*priors.get(period, []), *top_shifts(raw, corr.shape[1:], shifts_per_map),
                                     *top_shifts(white, corr.shape[1:], shifts_per_map)]))
        return (shifts, *_chips(flat_corr, shifts, decorrelate))

    attempts = 0
    first_guess = None
    tried_alignments: list[_Alignment] = []  # every alignment that did not decode, for list decoding
    # the next periods' chips are read on the search threads while this one is Viterbi-decoded
    for period, (shifts, chips, weighted, sigma) in zip(periods, ordered_ahead(read, periods)):
        if first_guess is None:
            first_guess = codec.viterbi(chips[:, 0])[: codec.PAYLOAD_BITS]
        # all shifts decoded in one batch; the p-value counts the tries up to the first match, in order
        bits, fit = codec.viterbi_scored(weighted.T)
        tried, payload = codec.first_tagged(secret, bits)
        attempts += min(tried + 1, len(shifts))
        if payload is None:
            if list_alignments:
                tried_alignments += [_Alignment(fit[i], period, shifts[i], chips[:, i], weighted[:, i], sigma)
                                     for i in range(len(shifts))]
            continue
        return BlindResult(_found(secret, payload, period, shifts[tried], chips[:, tried], sigma), attempts,
                           first_guess)
    if tried_alignments:
        best = sorted(tried_alignments, key=lambda a: -a.fit)[:list_alignments]
        paths, exists = codec.list_viterbi(np.stack([a.weighted for a in best]), LIST_SIZE)
        for a, rows, real in zip(best, paths, exists):
            tried, payload = codec.first_tagged(secret, rows[real])
            attempts += min(tried + 1, int(real.sum()))
            if payload is not None:
                return BlindResult(_found(secret, payload, a.period, a.shift, a.chips, a.sigma), attempts, first_guess)
    return BlindResult(None, attempts, first_guess)


def decode_views(secret: bytes, view: Callable[[T], np.ndarray], tries: Sequence[T], period: float,
                 shifts: list[int], filters: np.ndarray, decorrelate: np.ndarray
                 ) -> tuple[int | None, BlindResult]:
    """Decode several views of a clip (``view(t)`` for each of ``tries``: the residual turned back by each angle
    of a scan) at one period and fixed alignments, all in one Viterbi batch: (index of the first view that
    decodes, its result). The p-value counts the tries in order up to the first match, as if the views had been
    decoded one after another. The views are made and read on the search threads, one at a time on each."""
    def read(t: T) -> tuple[np.ndarray, np.ndarray, float]:
        return _chips(correlate(view(t), period, filters).reshape(len(filters), -1), shifts, decorrelate)

    blocks = ordered_map(read, tries)
    weighted = np.concatenate([w for _c, w, _s in blocks], axis=1)
    tried, payload = codec.decode_first(secret, weighted.T)
    if payload is None:
        return None, BlindResult(None, len(blocks) * len(shifts), None)
    view, at = divmod(tried, len(shifts))
    chips, _w, sigma = blocks[view]
    return view, BlindResult(_found(secret, payload, period, shifts[at], chips[:, at], sigma), tried + 1, None)


def _chips(flat_corr: np.ndarray, shifts: list[int], decorrelate: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """The chips read at ``shifts`` (carriers x shifts), the same weighted for decoding, and the noise level.

    Each chip's own noise level (its spread over the shifts) weighs it: content that interferes with some
    carriers more than others then weighs less in the decoding."""
    sigma_chip = robust_sigma(decorrelate @ flat_corr[:, ::8])
    sigma = float(np.median(sigma_chip))
    chips = decorrelate @ flat_corr[:, shifts]  # (carriers, shifts)
    return chips, chips * (sigma / sigma_chip ** 2)[:, None], sigma


def _found(secret: bytes, payload: bytes, period: float, shift: int, chips: np.ndarray, sigma: float) -> Sync:
    x = 1.0 - 2.0 * codec.encode(secret, payload).astype(np.float64)
    z = float(np.dot(chips / sigma, x) / math.sqrt(len(x)))
    return sync_for(secret, payload, period, shift, z)
