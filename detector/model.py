"""The shipped passive model: network weights, calibration and the verdict thresholds, in one ``.npz`` file
(numbers and a JSON string only: loading it cannot run code). Inference needs numpy alone.

A clip's (or a segment's) score is the mean logit of its patches; ``probability`` maps it through the Platt
calibration fitted on held-out scores (each clip scored by a network trained without its generator family or
camera source), so 0.8 means "about 80% of clips scored like this were generated", on that material.
``synthetic_at`` and ``real_at`` are the calibrated probabilities above which a clip is called synthetic and
below which it may be called real; how they were chosen is in the metadata and docs/detector.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from clipseal.errors import BadInputError
from detector.network import ResidualNet

FORMAT = "clipseal-forensics/3"
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "default_model.npz"


@dataclass
class ForensicModel:
    params: dict[str, np.ndarray]
    calibration: tuple[float, float]  # p = sigmoid(a * logit + b)
    synthetic_at: float
    real_at: float
    metadata: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.net = ResidualNet(self.params)

    @property
    def name(self) -> str:
        return self.metadata.get("name", "custom")

    def logits(self, patches: np.ndarray) -> np.ndarray:
        """Per-patch logits for (N, 3, 64, 64) residual patches."""
        if len(patches) == 0:
            return np.zeros(0, np.float32)
        return self.net.forward(patches)

    def probability(self, mean_logit: float | np.ndarray) -> np.ndarray | float:
        a, b = self.calibration
        return 1.0 / (1.0 + np.exp(-(a * np.asarray(mean_logit, np.float64) + b)))

    def save(self, path: str | Path) -> None:
        from clipseal.atomic import atomic_write_bytes
        import io

        buf = io.BytesIO()
        np.savez_compressed(buf, **{k: v.astype(np.float32) for k, v in self.params.items()},
                            calibration=np.array(self.calibration, np.float64),
                            thresholds=np.array([self.synthetic_at, self.real_at], np.float64),
                            meta=np.array(json.dumps({"format": FORMAT, **self.metadata})))
        atomic_write_bytes(Path(path), buf.getvalue())

    @classmethod
    def load(cls, path: str | Path = DEFAULT_MODEL_PATH) -> "ForensicModel":
        p = Path(path)
        try:
            with np.load(p, allow_pickle=False) as z:
                meta = json.loads(str(z["meta"]))
                if meta.get("format") != FORMAT:
                    raise BadInputError(f"{p}: not a {FORMAT} model (retrain it with `clipseal detector train`)")
                params = {k: z[k] for k in z.files if k not in ("calibration", "thresholds", "meta")}
                a, b = (float(v) for v in z["calibration"])
                synthetic_at, real_at = (float(v) for v in z["thresholds"])
        except (OSError, ValueError, KeyError) as exc:
            raise BadInputError(f"{p}: not a readable forensic model ({type(exc).__name__})") from None
        meta.pop("format", None)
        return cls(params, (a, b), synthetic_at, real_at, meta)
