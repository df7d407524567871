"""Registry matching: is one of the payloads the registry issued in this clip?

Blind decoding must get all 96 information bits right; testing whether one given payload is there needs far
less signal. At one alignment, the carriers' correlations with the folded residual (each carrier scaled by
its own noise level) form a vector ``w``; a candidate's coded bits give signs ``s``, and the statistic is
``z = s.w / |w|``. If the clip does not carry that payload, its signs are pseudo-random (keyed tag,
convolutional code) and unrelated to ``w``, whatever the content or another mark put there, so ``z`` is close
to N(0, 1): the test needs no model of the content. On unmarked clips tested against 1,000 payloads the
largest z seen was 5.7 over all alignments and 4.3 at the uncropped one; marked 2 s shots that no longer
decode after CRF 28 scored 8.4-9.9.

It is computed on the windows blind decoding tried and on every turned-back residual the repost tries looked at
(mirrored, flipped, turned, squeezed, and the insets the picture-in-picture finder proposed, those too weak for a
blind try included, at the period their height implies), so a weak mark after such an edit can still be matched.

The p-value is a weighted Bonferroni: half of the error budget goes to the prior alignments (the uncropped one
at the unscaled period, those of a centred crop at the pixel-scale period: 9 each per payload, period and
window; an inset's corner alignments at the periods its height implies), half to every (payload, alignment,
period, window) tested. A larger registry needs a stronger match, a cropped clip a stronger one still.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Iterable, Iterator

import numpy as np

from provenance.watermark import codec
from provenance.watermark.residual import robust_sigma
from provenance.watermark.sync import Sync, correlate, sync_for
from provenance.watermark.workers import ordered_ahead

MATCH_P_MAX = 1e-6  # a registry match counts only below this p-value (Bonferroni over every test made)


class RegistryMatcher:
    """Tests windows of a clip against known payloads; the test counts accumulate over calls (a long clip
    is tried again as segments arrive), so the p-value always covers every test made."""

    def __init__(self, secret: bytes, payloads: list[bytes]) -> None:
        self.secret = secret
        self.payloads = payloads
        self._signs = (np.array([1.0 - 2.0 * codec.encode(secret, p).astype(np.float32) for p in payloads],
                                np.float32) if payloads else np.zeros((0, codec.CODED_BITS), np.float32))
        self.tests = 0  # every (payload, alignment, period, window)
        self.prior_tests = 0  # those at the uncropped alignment and unscaled period
        self.p_value = 1.0

    def match(self, views: Iterable[tuple[np.ndarray, list[float], dict[float, list[int]], dict]],
              filters: np.ndarray) -> Sync | None:
        """The strongest match over ``views`` of the clip, or None when its p-value is above MATCH_P_MAX. A view is
        (residual, the periods to try, prior alignments per period, how the residual was turned back: the ``Sync``
        fields ``flip``, ``angle``, ``region``, ``aspect`` that reproduce it); windows of the clip as it is, and the
        mirrored, turned, squeezed or inset residuals the blind tries looked at. Only an untransformed view's prior
        alignments (uncropped, or a centred crop) and an inset's corner alignments share the prior part of the error
        budget."""
        signs = self._signs
        # the strongest (z, candidate, period, alignment, transform) over every alignment, and at the uncropped one
        best: dict[str, tuple[float, int, float, int, dict]] = {}

        def tests() -> Iterator[tuple[np.ndarray, float, dict[float, list[int]], list[float], dict]]:
            for acc, periods, priors, transform in views:
                # an inset's corner alignments are as much a prior as the uncropped one (``sync.corner_shifts``)
                prior_periods = priors if not transform or "region" in transform else {}
                searched = list(periods[:2])
                # the searched periods at every alignment; any other period with prior alignments (a centred
                # crop's pixel-scale periods) at those alignments only
                for period in searched + [q for q in prior_periods if q not in searched]:
                    yield acc, period, prior_periods, searched, transform

        # the next tests' correlations are computed on the search threads while this one is scored
        read = ordered_ahead(lambda test: (test, correlate(test[0], test[1], filters)), tests())
        for (_acc, period, prior_periods, searched, transform), corr in read:
            flat = corr.reshape(len(corr), -1)
            sigma = robust_sigma(flat[:, ::8])[:, None]
            prior = prior_periods.get(period, [])
            everywhere = period in searched
            columns = None if everywhere else prior
            white = ((flat if everywhere else flat[:, prior]) / sigma).astype(np.float32)
            norms = np.sqrt(np.einsum("jk,jk->k", white, white)) + 1e-12  # per alignment
            families = ([("any", None)] if everywhere else []) + \
                ([("prior", prior if everywhere else list(range(len(prior))))] if prior else [])
            for start in range(0, len(signs), 512):
                z = (signs[start:start + 512] @ white) / norms  # (payloads, alignments)
                for family, alignments in families:
                    top, i, at = strongest(z, alignments)
                    at = at if columns is None else columns[at]
                    if family not in best or top > best[family][0]:
                        best[family] = (top, start + i, period, at, transform)
            if everywhere:
                self.tests += len(signs) * white.shape[1]
            self.prior_tests += len(signs) * len(prior)
        if not best:
            return None
        p = {"any": 2.0 * self.tests * gaussian_tail(best["any"][0])} if "any" in best else {}
        if "prior" in best:
            p["prior"] = 2.0 * self.prior_tests * gaussian_tail(best["prior"][0])
        family = min(p, key=p.get)
        self.p_value = min(1.0, p[family])
        if self.p_value > MATCH_P_MAX:
            return None
        z, idx, period, flat_at, transform = best[family]
        return dataclasses.replace(sync_for(self.secret, self.payloads[idx], period, flat_at, z), **transform)


def strongest(z: np.ndarray, alignments: list[int] | None) -> tuple[float, int, int]:
    """The largest entry of a (payloads, alignments) score matrix, over the given alignments (all when None):
    (score, payload row, alignment)."""
    sub = z if alignments is None else z[:, alignments]
    i, k = np.unravel_index(int(np.argmax(sub)), sub.shape)
    return float(sub[i, k]), int(i), int(k) if alignments is None else alignments[int(k)]


def gaussian_tail(z: float) -> float:
    """One-sided Gaussian tail probability of ``z``."""
    return 0.5 * math.erfc(z / math.sqrt(2.0))
