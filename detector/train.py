"""Training the passive model, the same recipe for the shipped model and for ``clipseal detector train``.

1. **Material**: clips with a label and a *family* (``detector.samples``): a generator, or a camera source.
2. **Patches**: each clip in its variants (original, GIF round trip, downscale, hard re-encode), up to 12 frames
   every 0.2 s, 4 random 64 x 64 patches each, three residual planes (``detector.residuals``); cached on disk.
3. **Held-out scores**: families are dealt into ``folds`` folds (generators and camera sources alike); each fold's
   clips are scored by a network trained on the other folds only, so every clip gets a score from a network that
   never saw its generator or its camera source (leave-families-out cross-fitting).
4. **Calibration**: Platt scaling (scikit-learn's logistic regression) of those held-out clip scores.
5. **Thresholds**: ``synthetic_at`` is the lowest calibrated probability that at most ``camera_misread`` (2%) of
   held-out camera clips reach; ``real_at`` the highest that at most ``generated_as_real`` (5%) of held-out
   generated clips fall below. In between: inconclusive.
6. **The shipped network** is trained on everything; the calibration and thresholds from 3-5 go with it.

The network trains in torch on the CPU (a few minutes per fold on two cores) or a GPU; inference is numpy
(``detector.network``). Class and family weights keep one large generator family from deciding the model.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from clipseal.errors import BadInputError
from detector.model import ForensicModel
from detector.network import LAYERS
from detector.samples import Clip, patches_for, variants_for

CAMERA_MISREAD = 0.02
GENERATED_AS_REAL = 0.05


@dataclass
class PatchSet:
    x: np.ndarray  # (N, 3, 64, 64) float16
    clip: np.ndarray  # clip index per patch
    variant: np.ndarray  # variant name per patch


def gather(clips: list[Clip], seed: int, cache: Path | None, log: Callable[[str], None]) -> PatchSet:
    xs, idx, var = [], [], []
    for i, c in enumerate(clips):
        for kind in variants_for(c):
            try:
                x = patches_for(c, kind, seed, cache)
            except BadInputError as exc:
                log(f"skipped {c.path.name} ({kind}): {exc}")
                continue
            xs.append(x)
            idx.append(np.full(len(x), i))
            var.append(np.full(len(x), kind, dtype=object))
        if (i + 1) % 20 == 0:
            log(f"patches: {i + 1}/{len(clips)} clips")
    if not xs:
        raise BadInputError("no usable clips")
    return PatchSet(np.concatenate(xs), np.concatenate(idx), np.concatenate(var))


def torch_net():
    import torch

    class Net(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.unshuffle = torch.nn.PixelUnshuffle(2)
            self.convs = torch.nn.ModuleList(torch.nn.Conv2d(a, b, 3, stride=s, padding=1) for a, b, s in LAYERS)
            self.fc = torch.nn.Linear(LAYERS[-1][1], 1)

        def forward(self, x):
            h = self.unshuffle(x)
            for conv in self.convs:
                h = torch.relu(conv(h))
            return self.fc(h.mean(dim=(2, 3))).squeeze(1)

    return Net()


def export(net) -> dict[str, np.ndarray]:
    params = {}
    for i, conv in enumerate(net.convs):
        params[f"conv{i}.weight"] = conv.weight.detach().cpu().numpy()
        params[f"conv{i}.bias"] = conv.bias.detach().cpu().numpy()
    params["fc.weight"] = net.fc.weight.detach().cpu().numpy()
    params["fc.bias"] = net.fc.bias.detach().cpu().numpy()
    return params


def sample_weights(clips: list[Clip], clip_of_patch: np.ndarray) -> np.ndarray:
    """Each class weighs the same, and within a class each family the same (however many clips it has)."""
    fam = np.array([clips[i].family for i in clip_of_patch])
    lab = np.array([clips[i].synthetic for i in clip_of_patch])
    w = np.zeros(len(fam))
    for label in (False, True):
        sel = lab == label
        families = np.unique(fam[sel])
        for f in families:
            m = sel & (fam == f)
            w[m] = 1.0 / (m.sum() * len(families))
    return w / w.mean()


def fit_net(x: np.ndarray, y: np.ndarray, w: np.ndarray, epochs: int, seed: int,
            log: Callable[[str], None], device: str = "cpu") -> dict[str, np.ndarray]:
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    net = torch_net().to(device)
    opt = torch.optim.AdamW(net.parameters(), lr=2e-3, weight_decay=1e-4)
    steps = epochs * math.ceil(len(x) / 128)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=2e-3, total_steps=steps)
    yt = torch.from_numpy(y.astype(np.float32))
    wt = torch.from_numpy(w.astype(np.float32))
    for epoch in range(epochs):
        order = rng.permutation(len(x))
        total, t0 = 0.0, time.perf_counter()
        for start in range(0, len(order), 128):
            b = order[start:start + 128]
            xb = torch.from_numpy(x[b].astype(np.float32))
            # the cues do not depend on orientation: flips and quarter turns (64 is even: 2 x 2 cells stay aligned)
            if rng.random() < 0.5:
                xb = torch.flip(xb, dims=(3,))
            xb = torch.rot90(xb, int(rng.integers(4)), dims=(2, 3))
            loss = torch.nn.functional.binary_cross_entropy_with_logits(net(xb.to(device)), yt[b].to(device),
                                                                        weight=wt[b].to(device))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(b)
        log(f"  epoch {epoch + 1}/{epochs}: loss {total / len(x):.4f} ({time.perf_counter() - t0:.0f} s)")
    return export(net.cpu())


def clip_logits(model_params: dict[str, np.ndarray], data: PatchSet, clips: np.ndarray, variant: str) -> dict:
    """Mean patch logit of each of ``clips`` in one variant: {clip index: logit}."""
    from detector.network import ResidualNet

    net = ResidualNet(model_params)
    out = {}
    for i in clips:
        sel = (data.clip == i) & (data.variant == variant)
        if sel.any():
            out[int(i)] = float(np.mean(net.forward(data.x[sel].astype(np.float32))))
    return out


def deal_folds(clips: list[Clip], folds: int, seed: int) -> dict[str, int]:
    """Families into folds: generators and camera sources each dealt round-robin, largest first."""
    rng = np.random.default_rng(seed)
    out: dict[str, int] = {}
    for synthetic in (True, False):
        fams: dict[str, int] = {}
        for c in clips:
            if c.synthetic == synthetic:
                fams[c.family] = fams.get(c.family, 0) + 1
        names = sorted(fams, key=lambda f: (-fams[f], rng.random()))
        for k, f in enumerate(names):
            out[f] = k % folds
    return out


def cross_fit(clips: list[Clip], data: PatchSet, folds: int, epochs: int, seed: int,
              log: Callable[[str], None]) -> dict[str, dict[int, float]]:
    """Held-out logits of every clip, per variant: {variant: {clip index: logit}}."""
    fold_of = deal_folds(clips, folds, seed)
    clip_fold = np.array([fold_of[c.family] for c in clips])
    y_clip = np.array([c.synthetic for c in clips])
    out: dict[str, dict[int, float]] = {}
    for f in range(folds):
        test = np.flatnonzero(clip_fold == f)
        train_sel = clip_fold[data.clip] != f
        if len(test) == 0 or len(np.unique(y_clip[clip_fold != f])) < 2:
            continue
        log(f"fold {f + 1}/{folds}: {len(test)} held-out clips "
            f"({', '.join(sorted({clips[i].family for i in test}))})")
        params = fit_net(data.x[train_sel], y_clip[data.clip[train_sel]].astype(np.float32),
                         sample_weights(clips, data.clip[train_sel]), epochs, seed + f, log)
        for variant in np.unique(data.variant):
            out.setdefault(str(variant), {}).update(clip_logits(params, data, test, str(variant)))
    return out


def calibrate(logits: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=1e4, max_iter=1000).fit(logits[:, None], labels.astype(int))
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def thresholds(p: np.ndarray, labels: np.ndarray, camera_misread: float = CAMERA_MISREAD,
               generated_as_real: float = GENERATED_AS_REAL) -> tuple[float, float]:
    camera, generated = np.sort(p[~labels]), np.sort(p[labels])
    k = int(math.floor(camera_misread * len(camera)))  # camera clips allowed at or above
    synthetic_at = float(camera[-k - 1] + 1e-6) if len(camera) > k else 0.99
    synthetic_at = min(max(synthetic_at, 0.5), 0.99)
    j = int(math.floor(generated_as_real * len(generated)))
    real_at = float(generated[j] - 1e-6) if len(generated) > j else 0.01
    real_at = max(min(real_at, synthetic_at - 0.05, 0.5), 0.0)
    return synthetic_at, real_at


def train(clips: list[Clip], out: str | Path, *, folds: int = 6, epochs: int = 6, seed: int = 0,
          cache: Path | None = None, log: Callable[[str], None] = print, name: str | None = None,
          trained_on: str = "") -> dict:
    """The whole recipe; writes the model to ``out`` and returns its metadata (held-out figures included)."""
    from sklearn.metrics import roc_auc_score

    t0 = time.perf_counter()
    if len({c.synthetic for c in clips}) < 2:
        raise BadInputError("training needs both camera footage and generated clips")
    data = gather(clips, seed, cache, log)
    log(f"{len(data.x)} patches from {len(clips)} clips ({time.perf_counter() - t0:.0f} s)")
    held = cross_fit(clips, data, folds, epochs, seed, log)
    orig = held.get("original", {})
    idx = np.array(sorted(orig))
    labels = np.array([clips[i].synthetic for i in idx])
    logits = np.array([orig[i] for i in idx])
    a, b = calibrate(logits, labels)
    p = 1.0 / (1.0 + np.exp(-(a * logits + b)))
    synthetic_at, real_at = thresholds(p, labels)
    auc = float(roc_auc_score(labels, p)) if len(np.unique(labels)) == 2 else float("nan")
    log(f"held-out clip AUC {auc:.3f}; calibration a={a:.3f} b={b:.3f}; synthetic_at {synthetic_at:.3f}, "
        f"real_at {real_at:.3f}")
    y_all = np.array([c.synthetic for c in clips])
    params = fit_net(data.x, y_all[data.clip].astype(np.float32), sample_weights(clips, data.clip), epochs, seed, log)
    meta = {
        "name": name or Path(out).stem, "trained_on": trained_on,
        "clips": {"camera": int((~y_all).sum()), "generated": int(y_all.sum())},
        "families": sorted({c.family for c in clips}), "patches": int(len(data.x)),
        "recipe": {"folds": folds, "epochs": epochs, "seed": seed, "camera_misread": CAMERA_MISREAD,
                   "generated_as_real": GENERATED_AS_REAL},
        "held_out": {"auc": auc, "clips": int(len(idx))},
        "held_out_scores": {v: {clips[i].path.name: s for i, s in d.items()} for v, d in held.items()},
        "held_out_clips": {c.path.name: {"synthetic": c.synthetic, "family": c.family, "gif": c.gif} for c in clips},
        "seconds": round(time.perf_counter() - t0),
    }
    model = ForensicModel(params, (a, b), synthetic_at, real_at, meta)
    model.save(out)
    return meta
