"""The learned second opinion: a multilingual character n-gram classifier of prompts.

Four classes: ``harmless``, ``real_person``, ``private_person``, ``news_event``. Features are character
2- to 5-grams, words and word pairs of the normalised prompt (``policy.normalize``: no case, no diacritics,
leetspeak undone), hashed into ``2**18`` buckets (log counts); the model is a multinomial logistic regression trained with scikit-learn
(``policy.train_classifier``) and shipped as its fitted parameters (``data/prompt_classifier.npz``), so
inference needs numpy only. Character n-grams carry across languages and spellings ("Erdbeben", "earthquak",
"terremoto"), which the rules' word lists do not.

The policy combines it with the rules (``policy.engine``): when the rules allow a prompt the model would refuse,
or block one the model finds harmless, the decision is ``review`` and the reason says so.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from policy.normalize import tokenize

CLASSES = ("harmless", "real_person", "private_person", "news_event")
BUCKETS = 1 << 18
NGRAMS = (2, 3, 4, 5)
DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "prompt_classifier.npz"


def features(prompt: str) -> np.ndarray:
    """Hashed feature bucket indexes of a prompt, with repeats (counts): character n-grams, words, word pairs."""
    words = [t.text for t in tokenize(prompt)]
    data = (" " + " ".join(words) + " ").encode("utf-8")
    mask = BUCKETS - 1
    out = [zlib.crc32(data[i:i + n]) & mask for n in NGRAMS for i in range(len(data) - n + 1)]
    out += [zlib.crc32(b"w:" + w.encode("utf-8")) & mask for w in words]
    out += [zlib.crc32(b"b:" + f"{a} {b}".encode("utf-8")) & mask for a, b in zip(words, words[1:])]
    return np.asarray(out, dtype=np.int64)


def counts(idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unique buckets and their log counts (the values the model was trained on)."""
    u, n = np.unique(idx, return_counts=True)
    return u, np.log1p(n).astype(np.float32)


@dataclass
class Opinion:
    refuse: float  # probability of any refusal category
    category: str  # the likeliest refusal category
    probabilities: dict[str, float]


class PromptClassifier:
    """Inference only: ``predict_proba(prompts)`` and ``opinion(prompt)``."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, threshold_refuse: float, threshold_allow: float,
                 meta: dict | None = None) -> None:
        self.weights = weights.astype(np.float32)  # (BUCKETS, classes)
        self.bias = bias.astype(np.float32)
        self.threshold_refuse = float(threshold_refuse)  # above: the model would refuse
        self.threshold_allow = float(threshold_allow)  # below: the model finds it harmless
        self.meta = meta or {}

    @classmethod
    def load(cls, path: str | Path = DEFAULT_PATH) -> "PromptClassifier | None":
        """The shipped model, or None when the file is absent (the rules then decide alone)."""
        try:
            with np.load(path, allow_pickle=False) as z:
                weights = np.zeros((BUCKETS, len(CLASSES)), np.float32)
                weights[z["index"]] = z["weights"].astype(np.float32)
                thresholds = z["thresholds"]
                meta = {k: z[k].item() for k in ("trained_on", "version") if k in z}
                return cls(weights, z["bias"], float(thresholds[0]), float(thresholds[1]), meta)
        except FileNotFoundError:
            return None

    def save(self, path: str | Path, trained_on: str, version: str) -> None:
        used = np.flatnonzero(np.any(self.weights != 0, axis=1))
        with open(path, "wb") as fh:
            np.savez_compressed(fh, index=used.astype(np.int32), weights=self.weights[used].astype(np.float16),
                                bias=self.bias, thresholds=np.array([self.threshold_refuse, self.threshold_allow]),
                                trained_on=np.array(trained_on), version=np.array(version))

    def predict_proba(self, prompts: list[str]) -> np.ndarray:
        out = np.empty((len(prompts), len(CLASSES)), np.float64)
        for i, p in enumerate(prompts):
            u, v = counts(features(p))
            z = self.bias + (v @ self.weights[u] if len(u) else 0.0)
            z = z - z.max()
            e = np.exp(z)
            out[i] = e / e.sum()
        return out

    def opinion(self, prompt: str) -> Opinion:
        p = self.predict_proba([prompt])[0]
        probs = dict(zip(CLASSES, (float(x) for x in p)))
        refuse = 1.0 - probs["harmless"]
        category = max(CLASSES[1:], key=lambda c: probs[c])
        return Opinion(refuse, category, probs)
