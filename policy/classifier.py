"""The learned second opinion: a multilingual character n-gram classifier of prompts.

Four classes: ``harmless``, ``real_person``, ``private_person``, ``news_event``. Features are character
2- to 5-grams, words and word pairs of the normalised prompt (``policy.normalize``: no case, no diacritics,
leetspeak undone), hashed into ``2**18`` buckets (log counts); the model is a multinomial logistic regression trained with scikit-learn
(``policy.train_classifier``) and shipped as its fitted parameters (``data/prompt_classifier.npz``). Inference
is plain Python (the file is read with ``zipfile``; a prompt touches a few hundred buckets, found by bisection
in the sorted bucket index), so checking a prompt does not import numpy: that import alone cost more than the
rest of ``clipseal policy check``. Character n-grams carry across languages and spellings ("Erdbeben", "earthquak",
"terremoto"), which the rules' word lists do not.

The policy combines it with the rules (``policy.engine``): when the rules allow a prompt the model would refuse,
or block one the model finds harmless, the decision is ``review`` and the reason says so.
"""

from __future__ import annotations

import ast
import math
import struct
import zipfile
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from policy.normalize import Token, tokenize

CLASSES = ("harmless", "real_person", "private_person", "news_event")
BUCKETS = 1 << 18
NGRAMS = (2, 3, 4, 5)
DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "prompt_classifier.npz"
_ROW = struct.Struct("<" + "e" * len(CLASSES))  # one bucket's weights, float16


def features(prompt: str, tokens: list[Token] | None = None) -> list[int]:
    """Hashed feature bucket indexes of a prompt, with repeats (counts): character n-grams, words, word pairs.
    ``tokens``: the prompt's tokens where the caller has them already."""
    words = [t.text for t in (tokenize(prompt) if tokens is None else tokens)]
    data = (" " + " ".join(words) + " ").encode("utf-8")
    mask = BUCKETS - 1
    out = [zlib.crc32(data[i:i + n]) & mask for n in NGRAMS for i in range(len(data) - n + 1)]
    out += [zlib.crc32(b"w:" + w.encode("utf-8")) & mask for w in words]
    out += [zlib.crc32(b"b:" + f"{a} {b}".encode("utf-8")) & mask for a, b in zip(words, words[1:])]
    return out


def counts(idx):
    """Unique buckets and their log counts (the values the model is trained on), as numpy arrays (training)."""
    import numpy as np

    u, n = np.unique(np.asarray(idx, dtype=np.int64), return_counts=True)
    return u, np.log1p(n).astype(np.float32)


@dataclass
class Opinion:
    refuse: float  # probability of any refusal category
    category: str  # the likeliest refusal category
    probabilities: dict[str, float]


class PromptClassifier:
    """Inference only: ``opinion(prompt)`` (and ``predict_proba(prompts)`` for evaluations)."""

    def __init__(self, index: array, rows: bytes, bias: list[float], threshold_refuse: float,
                 threshold_allow: float, meta: dict | None = None, threshold_sign: float | None = None) -> None:
        self.index = index  # sorted bucket numbers that have weights
        self.rows = rows  # their weights, float16, len(CLASSES) per bucket
        self.bias = [float(b) for b in bias]
        self.threshold_refuse = float(threshold_refuse)  # above: the model would refuse
        self.threshold_allow = float(threshold_allow)  # below: the model finds it harmless
        # above, with one sign of an emergency at a real place that no rule made an event of: review
        # (``policy.distress.emergency_sign``); None where the model file has no such threshold (older files)
        self.threshold_sign = None if threshold_sign is None else float(threshold_sign)
        self.meta = meta or {}

    @classmethod
    def from_dense(cls, weights, bias, threshold_refuse: float, threshold_allow: float) -> "PromptClassifier":
        """From a fitted (BUCKETS, classes) weight matrix (training)."""
        import numpy as np

        used = np.flatnonzero(np.any(weights != 0, axis=1))
        return cls(array("i", used.astype(np.int32).tobytes()), weights[used].astype("<f2").tobytes(),
                   list(np.asarray(bias, np.float32)), threshold_refuse, threshold_allow)

    @classmethod
    def load(cls, path: str | Path = DEFAULT_PATH) -> "PromptClassifier | None":
        """The shipped model, or None when the file is absent (the rules then decide alone)."""
        try:
            arrays = _read_npz(path)
        except FileNotFoundError:
            return None
        index = array("i")
        index.frombytes(arrays["index"][1])
        bias = list(struct.unpack(f"<{len(CLASSES)}f", arrays["bias"][1]))
        raw = arrays["thresholds"][1]
        thresholds = struct.unpack(f"<{len(raw) // 8}d", raw)
        meta = {k: _string(*arrays[k]) for k in ("trained_on", "version") if k in arrays}
        return cls(index, arrays["weights"][1], bias, thresholds[0], thresholds[1], meta,
                   thresholds[2] if len(thresholds) > 2 else None)

    def save(self, path: str | Path, trained_on: str, version: str) -> None:
        import numpy as np

        with open(path, "wb") as fh:
            np.savez_compressed(fh, index=np.frombuffer(self.index.tobytes(), np.int32),
                                weights=np.frombuffer(self.rows, "<f2").reshape(-1, len(CLASSES)),
                                bias=np.asarray(self.bias, np.float32),
                                thresholds=np.array([self.threshold_refuse, self.threshold_allow]
                                                    + ([] if self.threshold_sign is None else [self.threshold_sign])),
                                trained_on=np.array(trained_on), version=np.array(version))

    def probabilities(self, prompt: str, tokens: list[Token] | None = None) -> list[float]:
        z0, z1, z2, z3 = self.bias  # one local per class: this loop is a third of checking a prompt
        index, rows, size, unpack, log1p = self.index, self.rows, _ROW.size, _ROW.unpack_from, math.log1p
        last = len(index)
        for bucket, n in Counter(features(prompt, tokens)).items():
            k = bisect_left(index, bucket)
            if k < last and index[k] == bucket:
                value = log1p(n)
                w0, w1, w2, w3 = unpack(rows, k * size)
                z0 += value * w0
                z1 += value * w1
                z2 += value * w2
                z3 += value * w3
        z = [z0, z1, z2, z3]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return [v / total for v in e]

    def predict_proba(self, prompts: list[str]):
        import numpy as np

        return np.array([self.probabilities(p) for p in prompts], np.float64)

    def opinion(self, prompt: str, tokens: list[Token] | None = None) -> Opinion:
        probs = dict(zip(CLASSES, self.probabilities(prompt, tokens)))
        refuse = 1.0 - probs["harmless"]
        category = max(CLASSES[1:], key=lambda c: probs[c])
        return Opinion(refuse, category, probs)


def _read_npz(path: str | Path) -> dict[str, tuple[str, bytes]]:
    """The arrays of an .npz file we wrote (little-endian, C order, no objects): name -> (dtype, raw bytes)."""
    out = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            data = z.read(name)
            if data[:6] != b"\x93NUMPY":
                raise ValueError(f"{path}: {name} is not a .npy array")
            if data[6] == 1:
                size, start = struct.unpack("<H", data[8:10])[0], 10
            else:
                size, start = struct.unpack("<I", data[8:12])[0], 12
            header = ast.literal_eval(data[start:start + size].decode("latin1"))
            if header.get("fortran_order") or "O" in header["descr"]:
                raise ValueError(f"{path}: {name} is not a plain array")
            out[name.removesuffix(".npy")] = (header["descr"], data[start + size:])
    return out


def _string(descr: str, raw: bytes) -> str:
    """A numpy unicode scalar (``<U64``: UTF-32 code units)."""
    return raw.decode("utf-32-le").rstrip("\x00")
