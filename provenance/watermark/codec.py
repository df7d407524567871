"""Payload coding for the watermark: 64-bit payload + 32-bit keyed tag, convolutional code, Viterbi.

The tag is an HMAC of the payload under the watermark key, so a decode of noise (or of another key's
mark) passes with probability 2**-32 per attempt. That is the false-positive bound the detector reports.
The code is the standard rate-1/2, constraint-length-7 convolutional code (generators 171, 133 octal),
decoded with soft-decision Viterbi.
"""

from __future__ import annotations

import hashlib
import hmac

import numpy as np

PAYLOAD_BITS = 64
TAG_BITS = 32
INFO_BITS = PAYLOAD_BITS + TAG_BITS
_K = 7
_G = (0o171, 0o133)
_STATES = 1 << (_K - 1)
CODED_BITS = 2 * (INFO_BITS + _K - 1)  # 204


def _parity(x: np.ndarray) -> np.ndarray:
    x = x.copy()
    out = np.zeros_like(x)
    while np.any(x):
        out ^= x & 1
        x >>= 1
    return out


# Trellis tables: for next state ns, the input bit is its top bit and the two predecessors differ in
# their lowest bit. _OUT[s, b] are the two coded bits leaving state s on input b.
_REG = (np.arange(2)[None, :] << (_K - 1)) | np.arange(_STATES)[:, None]  # (state, bit)
_OUT = np.stack([_parity(_REG & g) for g in _G], axis=-1).astype(np.int8)  # (state, bit, 2)
_NS = np.arange(_STATES)
_IN_BIT = _NS >> (_K - 2)
_PRED = np.stack([((_NS << 1) & (_STATES - 1)) | 0, ((_NS << 1) & (_STATES - 1)) | 1], axis=-1)


def payload_to_bits(payload: bytes) -> np.ndarray:
    if len(payload) * 8 != PAYLOAD_BITS:
        raise ValueError(f"payload must be {PAYLOAD_BITS // 8} bytes")
    return np.unpackbits(np.frombuffer(payload, np.uint8))


def tag(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, b"clipseal-wm-tag" + payload, hashlib.sha256).digest()[: TAG_BITS // 8]


def encode(key: bytes, payload: bytes) -> np.ndarray:
    """Payload -> coded bits (0/1, length CODED_BITS)."""
    info = np.concatenate([payload_to_bits(payload), np.unpackbits(np.frombuffer(tag(key, payload), np.uint8))])
    state = 0
    out = np.empty(CODED_BITS, np.uint8)
    for i, b in enumerate(np.concatenate([info, np.zeros(_K - 1, np.uint8)])):
        out[2 * i: 2 * i + 2] = _OUT[state, b]
        state = ((int(b) << (_K - 1)) | state) >> 1
    return out


# The two coded bits a branch emits, as an index 0-3 (2 x first + second), for each next state and predecessor:
# a branch's metric is then one of four sums (+-y0 +-y1) computed once per step for the whole batch.
_PAIR = (2 * _OUT[..., 0] + _OUT[..., 1]).astype(np.intp)  # (state, bit)
_BRANCH = [_PAIR[_PRED[:, p], _IN_BIT] for p in (0, 1)]  # (next state,) per predecessor
_SIGNS = 1.0 - 2.0 * np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float64)  # (pair, 2): +1 for coded 0


def _branch_metrics(batch: np.ndarray) -> np.ndarray:
    """Every step's four branch metrics (+-y0 +-y1) for a batch of soft vectors (B x CODED_BITS): (step, B, pair)."""
    y = batch.reshape(len(batch), CODED_BITS // 2, 2)
    return (y[:, :, None, 0] * _SIGNS[:, 0] + y[:, :, None, 1] * _SIGNS[:, 1]).transpose(1, 0, 2)


def viterbi(soft: np.ndarray) -> np.ndarray:
    """Soft-decision decode. ``soft[..., j] > 0`` means coded bit j is more likely 0. Returns the
    INFO_BITS bits of each row: a batch of soft vectors (B x CODED_BITS) is decoded in one pass over the
    trellis, which is what makes trying many alignments cheap."""
    return viterbi_scored(soft)[0]


def viterbi_scored(soft: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``viterbi`` and each row's fit: the best path's correlation with the soft vector, over the vector's norm
    times sqrt(CODED_BITS) (1 for a noiseless codeword; about 0.65-0.7 for noise, which the best of many paths
    always fits somewhat). Among many alignments of a weak mark, the right one usually fits best or nearly so,
    even where its path is wrong: what ``list_viterbi`` is spent on."""
    soft = np.asarray(soft, np.float64)
    batch = soft.reshape(-1, CODED_BITS)
    b = len(batch)
    n_steps = CODED_BITS // 2
    pairs = _branch_metrics(batch)
    metric = np.full((b, _STATES), -np.inf)
    metric[:, 0] = 0.0
    decisions = np.empty((n_steps, b, _STATES), bool)
    pred0, pred1 = _PRED[:, 0], _PRED[:, 1]
    for t in range(n_steps):
        m0 = metric[:, pred0] + pairs[t][:, _BRANCH[0]]
        m1 = metric[:, pred1] + pairs[t][:, _BRANCH[1]]
        np.greater(m1, m0, out=decisions[t])  # ties keep the first predecessor
        metric = np.maximum(m0, m1)
    state = np.zeros(b, np.int64)  # the code is terminated with K-1 zeros
    rows = np.arange(b)
    bits = np.empty((b, n_steps), np.uint8)
    for t in range(n_steps - 1, -1, -1):
        bits[:, t] = _IN_BIT[state]
        state = _PRED[state, decisions[t, rows, state].astype(np.intp)]
    out = bits[:, :INFO_BITS]
    norm = np.sqrt(np.einsum("ij,ij->i", batch, batch) * CODED_BITS) + 1e-300
    return out.reshape(soft.shape[:-1] + (INFO_BITS,)), (metric[:, 0] / norm).reshape(soft.shape[:-1])


def list_viterbi(soft: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """List decoding (parallel list Viterbi): the ``size`` best paths of each row of a batch (B x CODED_BITS), best
    first: (B, size, INFO_BITS) bits and a (B, size) mask of the paths that exist (a short trellis has fewer).

    With the keyed tag as the check, the right payload is often the second or the twentieth best path of a mark
    too weak for the best one to be right; every path tried costs 2**-32 in the false-positive bound, like any
    other try. About 7 ms a row at size 64."""
    batch = np.asarray(soft, np.float64).reshape(-1, CODED_BITS)
    b, n_steps = len(batch), CODED_BITS // 2
    pairs = _branch_metrics(batch)
    from0, from1 = pairs[:, :, _BRANCH[0]][..., None], pairs[:, :, _BRANCH[1]][..., None]
    metric = np.full((b, _STATES, size), -np.inf)
    metric[:, 0, 0] = 0.0
    back = np.empty((n_steps, b, _STATES, size), np.int16)  # which of the 2 x size candidates each path extends
    for t in range(n_steps):
        candidates = np.concatenate([metric[:, _PRED[:, 0]] + from0[t], metric[:, _PRED[:, 1]] + from1[t]], axis=2)
        keep = np.argpartition(-candidates, size - 1, axis=2)[:, :, :size]
        back[t] = keep
        metric = np.take_along_axis(candidates, keep, axis=2)
    final = metric[:, 0, :]  # the code is terminated with K-1 zeros
    rank = np.argsort(-final, axis=1, kind="stable")
    exists = np.isfinite(np.take_along_axis(final, rank, axis=1))
    state = np.zeros((b, size), np.int64)
    rows = np.arange(b)[:, None]
    bits = np.empty((b, size, n_steps), np.uint8)
    for t in range(n_steps - 1, -1, -1):
        bits[:, :, t] = _IN_BIT[state]
        which, rank = np.divmod(back[t][rows, state, rank].astype(np.int64), size)
        state = _PRED[state, which]
    return bits[:, :, :INFO_BITS], exists


def decode(key: bytes, soft: np.ndarray) -> bytes | None:
    """Viterbi-decode and check the keyed tag; returns the payload or None."""
    return decode_first(key, np.asarray(soft)[None])[1]


def decode_first(key: bytes, soft: np.ndarray) -> tuple[int, bytes | None]:
    """Decode a batch of soft vectors (B x CODED_BITS) and return the index and payload of the first whose
    keyed tag matches, or (B, None) when none does."""
    return first_tagged(key, viterbi(soft))


def first_tagged(key: bytes, bits: np.ndarray) -> tuple[int, bytes | None]:
    """The index and payload of the first of decoded rows (B x INFO_BITS) whose keyed tag matches, or (B, None)."""
    for i, row in enumerate(bits):
        payload = np.packbits(row[:PAYLOAD_BITS]).tobytes()
        if hmac.compare_digest(np.packbits(row[PAYLOAD_BITS:]).tobytes(), tag(key, payload)):
            return i, payload
    return len(bits), None
