"""The passive forensic classifier: synthetic vs camera footage, per segment, with calibrated probabilities.

Scikit-learn style: settings in ``__init__``, ``fit`` learns, ``predict_proba`` answers. Inside: standardised
features, their pairwise products (``degree=2``: a quadratic decision boundary, still a linear model over fixed
terms, so it stays small and readable), standardised again -> logistic regression. Calibration is Platt (sigmoid)
scaling fitted on *cross-fitted* scores: the model is fitted on all training data, and the calibration curve on
scores that each clip got from a model fitted without it (grouped folds), so no clip is held back from the fit
and the calibration still sees unseen clips. A score of 0.8 then means "about 80% of segments scored like this
were synthetic" on that data.

Saved as JSON (numbers only, no pickle): a model file from elsewhere cannot run code when loaded.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from clipseal.errors import BadInputError
from detector.features import SEGMENT_FEATURES

FORMAT = "clipseal-forensics/2"
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "default_model.json"


def expand(Z: np.ndarray, degree: int) -> np.ndarray:
    """The terms the logistic regression sees: the standardised features and, for degree 2, every product
    z_i * z_j (i <= j)."""
    if degree == 1:
        return Z
    i, j = np.triu_indices(Z.shape[1])
    return np.concatenate([Z, Z[:, i] * Z[:, j]], axis=1)


class ForensicClassifier(ClassifierMixin, BaseEstimator):
    """Calibrated (quadratic) logistic regression over ``SEGMENT_FEATURES``. Class 1 = synthetic."""

    def __init__(self, C: float = 0.05, degree: int = 2, calibration_folds: int = 5, random_state: int = 0) -> None:
        self.C = C
        self.degree = degree
        self.calibration_folds = calibration_folds
        self.random_state = random_state

    def _fit_core(self, X: np.ndarray, y: np.ndarray) -> tuple:
        scaler = StandardScaler().fit(X)
        terms = expand(scaler.transform(X), self.degree)
        term_scaler = StandardScaler().fit(terms)
        model = LogisticRegression(C=self.C, max_iter=5000, class_weight="balanced")
        model.fit(term_scaler.transform(terms), y)
        return scaler, term_scaler, model

    def fit(self, X: np.ndarray, y: np.ndarray, groups: np.ndarray | None = None) -> "ForensicClassifier":
        """``groups`` (e.g. source clip ids): the calibration folds never split a clip."""
        X, y = np.asarray(X, np.float64), np.asarray(y, int)
        groups = np.arange(len(y)) if groups is None else np.asarray(groups)
        self.scaler_, self.term_scaler_, self.model_ = self._fit_core(X, y)
        # Cross-fitted scores for the calibration curve. In-sample scores stay where a fold cannot be fitted
        # (a single clip, or a fold whose other clips are all of one class): nothing better exists there.
        raw = self._logit(X)
        folds = min(self.calibration_folds, len(np.unique(groups)))
        if folds >= 2:
            splitter = GroupKFold(n_splits=folds, shuffle=True, random_state=self.random_state)
            for fit_idx, cal_idx in splitter.split(X, y, groups):
                if len(np.unique(y[fit_idx])) == 2:
                    raw[cal_idx] = self._logit_with(self._fit_core(X[fit_idx], y[fit_idx]), X[cal_idx])
        self.calibrator_ = LogisticRegression(C=1e4, max_iter=1000).fit(raw[:, None], y)
        self.classes_ = np.array([0, 1])
        self.n_features_in_ = X.shape[1]
        return self

    def _logit_with(self, core: tuple, X: np.ndarray) -> np.ndarray:
        scaler, term_scaler, model = core
        return model.decision_function(term_scaler.transform(expand(scaler.transform(X), self.degree)))

    def _logit(self, X: np.ndarray) -> np.ndarray:
        return self._logit_with((self.scaler_, self.term_scaler_, self.model_), np.asarray(X, np.float64))

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
            "params": {"C": self.C, "degree": self.degree, "calibration_folds": self.calibration_folds,
                       "random_state": self.random_state},
            "scaler": {"mean": self.scaler_.mean_.tolist(), "scale": self.scaler_.scale_.tolist()},
            "term_scaler": {"mean": self.term_scaler_.mean_.tolist(), "scale": self.term_scaler_.scale_.tolist()},
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
        self.scaler_ = _scaler(d["scaler"])
        self.term_scaler_ = _scaler(d["term_scaler"])
        terms = len(d["term_scaler"]["mean"])
        self.model_ = LogisticRegression()
        self.model_.coef_ = np.array([d["logistic"]["coef"]])
        self.model_.intercept_ = np.array([d["logistic"]["intercept"]])
        self.model_.classes_ = np.array([0, 1])
        self.model_.n_features_in_ = terms
        self.calibrator_ = LogisticRegression()
        self.calibrator_.coef_ = np.array([[d["calibration"]["a"]]])
        self.calibrator_.intercept_ = np.array([d["calibration"]["b"]])
        self.calibrator_.classes_ = np.array([0, 1])
        self.calibrator_.n_features_in_ = 1
        self.classes_ = np.array([0, 1])
        self.n_features_in_ = n
        self.metadata_ = d.get("metadata", {})
        return self


def _scaler(d: dict) -> StandardScaler:
    scaler = StandardScaler()
    scaler.mean_ = np.array(d["mean"])
    scaler.scale_ = np.array(d["scale"])
    scaler.var_ = scaler.scale_ ** 2
    scaler.n_features_in_ = len(scaler.mean_)
    return scaler
