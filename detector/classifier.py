"""The passive forensic classifier: synthetic vs camera footage, per segment, with calibrated probabilities.

Scikit-learn style: settings in ``__init__``, ``fit`` learns, ``predict_proba`` answers. Inside: standardised
features -> logistic regression, then Platt (sigmoid) calibration fitted on a held-back part of the training
data, so that a score of 0.8 means "about 80% of segments scored like this were synthetic" on that data.

Saved as JSON (numbers only, no pickle): a model file from elsewhere cannot run code when loaded.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from clipseal.errors import BadInputError
from detector.features import SEGMENT_FEATURES

FORMAT = "clipseal-forensics/1"
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "default_model.json"


class ForensicClassifier(ClassifierMixin, BaseEstimator):
    """Calibrated logistic regression over ``SEGMENT_FEATURES``. Class 1 = synthetic."""

    def __init__(self, C: float = 0.5, calibration_fraction: float = 0.25, random_state: int = 0) -> None:
        self.C = C
        self.calibration_fraction = calibration_fraction
        self.random_state = random_state

    def fit(self, X: np.ndarray, y: np.ndarray, groups: np.ndarray | None = None) -> "ForensicClassifier":
        """``groups`` (e.g. source clip ids) keeps the calibration split from sharing clips with the fit split."""
        X, y = np.asarray(X, np.float64), np.asarray(y, int)
        rng = np.random.default_rng(self.random_state)
        groups = np.arange(len(y)) if groups is None else np.asarray(groups)
        uniq = np.unique(groups)
        cal_groups = set(rng.choice(uniq, max(1, int(len(uniq) * self.calibration_fraction)), replace=False))
        cal = np.array([g in cal_groups for g in groups])
        if len(np.unique(y[cal])) < 2 or len(np.unique(y[~cal])) < 2:
            cal = rng.random(len(y)) < self.calibration_fraction
        self.scaler_ = StandardScaler().fit(X[~cal])
        self.model_ = LogisticRegression(C=self.C, max_iter=2000, class_weight="balanced")
        self.model_.fit(self.scaler_.transform(X[~cal]), y[~cal])
        raw = self._logit(X[cal])
        self.calibrator_ = LogisticRegression(C=1e4, max_iter=1000).fit(raw[:, None], y[cal])
        self.classes_ = np.array([0, 1])
        self.n_features_in_ = X.shape[1]
        return self

    def _logit(self, X: np.ndarray) -> np.ndarray:
        return self.model_.decision_function(self.scaler_.transform(np.asarray(X, np.float64)))

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, np.float64)
        if X.ndim != 2 or X.shape[1] != self.n_features_in_:
            raise BadInputError(f"expected {self.n_features_in_} forensic features, got {X.shape}")
        p = self.calibrator_.predict_proba(self._logit(X)[:, None])[:, 1]
        return np.stack([1 - p, p], axis=1)

    def predict(self, X: np.ndarray) -> np.ndarray:
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)

    # ------------------------------------------------------------------------------------ persistence
    def to_dict(self, metadata: dict | None = None) -> dict:
        return {
            "format": FORMAT, "features": list(SEGMENT_FEATURES),
            "params": {"C": self.C, "calibration_fraction": self.calibration_fraction,
                       "random_state": self.random_state},
            "scaler": {"mean": self.scaler_.mean_.tolist(), "scale": self.scaler_.scale_.tolist()},
            "logistic": {"coef": self.model_.coef_[0].tolist(), "intercept": float(self.model_.intercept_[0])},
            "calibration": {"a": float(self.calibrator_.coef_[0, 0]), "b": float(self.calibrator_.intercept_[0])},
            "metadata": metadata or {},
        }

    def save(self, path: str | Path, metadata: dict | None = None) -> None:
        from clipseal.atomic import atomic_write_bytes

        atomic_write_bytes(Path(path), json.dumps(self.to_dict(metadata), indent=1).encode())

    @classmethod
    def load(cls, path: str | Path = DEFAULT_MODEL_PATH) -> "ForensicClassifier":
        p = Path(path)
        try:
            d = json.loads(p.read_text())
        except (OSError, ValueError) as exc:
            raise BadInputError(f"{p}: not a readable forensic model ({exc})") from None
        if d.get("format") != FORMAT or d.get("features") != list(SEGMENT_FEATURES):
            raise BadInputError(f"{p}: not a {FORMAT} model for this version's features")
        self = cls(**d["params"])
        n = len(d["features"])
        self.scaler_ = StandardScaler()
        self.scaler_.mean_ = np.array(d["scaler"]["mean"])
        self.scaler_.scale_ = np.array(d["scaler"]["scale"])
        self.scaler_.var_ = self.scaler_.scale_ ** 2
        self.scaler_.n_features_in_ = n
        self.model_ = LogisticRegression()
        self.model_.coef_ = np.array([d["logistic"]["coef"]])
        self.model_.intercept_ = np.array([d["logistic"]["intercept"]])
        self.model_.classes_ = np.array([0, 1])
        self.model_.n_features_in_ = n
        self.calibrator_ = LogisticRegression()
        self.calibrator_.coef_ = np.array([[d["calibration"]["a"]]])
        self.calibrator_.intercept_ = np.array([d["calibration"]["b"]])
        self.calibrator_.classes_ = np.array([0, 1])
        self.calibrator_.n_features_in_ = 1
        self.classes_ = np.array([0, 1])
        self.n_features_in_ = n
        self.metadata_ = d.get("metadata", {})
        return self
