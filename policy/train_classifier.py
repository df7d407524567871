"""Train the learned second opinion (``policy.classifier``) on the dev split of the policy evaluation set.

    .venv/bin/python -m policy.train_classifier [--out policy/data/prompt_classifier.npz] [--seed 0]
        [--compare-since REV]

Only the ``dev`` half of ``tests/data/policy_eval.jsonl`` is read; the ``heldout`` half never is. Each dev prompt
is also seen in variants that keep its label: lower case, typos, prompt-engineering wrappers in the five languages,
and its places and people swapped for others from the policy's own knowledge (so the model learns "an event at a
place", not which place). The thresholds are chosen on out-of-fold predictions (5 folds by prompt group, the
variants of a prompt always in its own fold): ``threshold_refuse`` is the lowest at which the rules plus the model
refuse at most 1% more of the dev split's harmless prompts than the rules alone; ``threshold_allow`` is the highest below which at most 5%
of the dev prompts the rules rightly refuse would fall (those get ``review`` instead of ``block``);
``threshold_sign`` is the lowest at which the model, where the rules allow a prompt that shows one sign of an emergency
beside a real place (``policy.distress.emergency_sign``), adds at most one in 5,000 of the dev split's harmless prompts
as refusals (``SIGN_FR_TARGET``). ``--sign-threshold-only`` chooses that threshold on the same out-of-fold
predictions and writes it into the shipped model without refitting it.

A retrained model replaces the shipped one only where it does better on the dev prompts added since the shipped one
was trained (``--compare-since``, the revision it was trained at): there the shipped model is out of sample and the
new one is scored out of fold, so the two are compared on the same prompts. Out-of-fold AUC over the whole dev split
is not comparable from one retrain to the next: each is measured on a different, usually harder, set.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

from policy.classifier import BUCKETS, CLASSES, DEFAULT_PATH, PromptClassifier, counts, features

EVAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "policy_eval.jsonl"
WRAPPERS = [
    "cinematic, 8k, realistic footage of {}", "{}, ultra realistic, 4k", "photorealistic video: {}",
    "a video of {}", "generate {}", "please make a clip: {}", "{} -- shot on iPhone, handheld",
    "(masterpiece, best quality) {}", "realistisches Video: {}", "{}, fotorealistisch, 8k", "vidéo réaliste : {}",
    "{}, style documentaire", "vídeo realista: {}", "{}, estilo documental", "video realistico: {}",
    "{}, stile documentario", "{}.", "{}!!!", "hyper-detailed {}", "{} in slow motion",
]
FR_TARGET = 0.01  # the model may add at most one false refusal in a hundred on dev
SIGN_FR_TARGET = 0.0002  # ... and, with one sign of an emergency at a real place, one more in 5,000
RECALL_KEEP = 0.95


def _typos(text: str, rng: random.Random, n: int = 2) -> str:
    chars = list(text)
    for _ in range(n):
        idx = [i for i, c in enumerate(chars) if c.isalpha()]
        if len(idx) < 6:
            break
        i = rng.choice(idx)
        op = rng.random()
        if op < 0.4:
            del chars[i]
        elif op < 0.7:
            chars.insert(i, chars[i])
        elif i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def variants(row: dict, policy, rng: random.Random, places: list[str], figures: list[str], k: int = 6) -> list[str]:
    """Label-preserving rewrites of one prompt."""
    p = row["prompt"]
    out = [p, p.lower(), _typos(p, rng), rng.choice(WRAPPERS).format(p)]
    from policy.normalize import tokenize

    tokens = tokenize(p)
    analysis = policy.composer.analyse(tokens, p, policy.lexicons.scan(tokens), [])
    spans = [(m.start, m.end, "place") for m in analysis.places]
    spans += [(m.start, m.end, "person") for m in policy.names.find(tokens)]
    for _ in range(k - len(out) + 2):
        if not spans:
            break
        text = p
        for start, end, kind in sorted(spans, reverse=True):
            repl = rng.choice(places if kind == "place" else figures)
            text = text[:start] + repl + text[end:]
        out.append(text)
    return out[:k]


def _matrix(texts: list[str]):
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for i, t in enumerate(texts):
        u, v = counts(features(t))
        rows.extend([i] * len(u))
        cols.extend(u.tolist())
        vals.extend(v.tolist())
    return csr_matrix((np.asarray(vals, np.float32), (rows, cols)), shape=(len(texts), BUCKETS))


def _fit(x, y, c: float):
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, y)
    return clf


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(DEFAULT_PATH))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength (0.5: best out-of-fold "
                                                           "AUC of 0.5, 2 and 8 on dev)")
    ap.add_argument("--compare-since", metavar="REV", help="before saving, compare the shipped model with the new one "
                    "on the dev prompts added since git revision REV (the shipped model's training set): the shipped "
                    "model never saw them, the new one is scored out of fold")
    ap.add_argument("--sign-threshold-only", action="store_true", help="choose threshold_sign out of fold and write it "
                    "into the shipped model (--out) without refitting it")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    from policy.engine import Policy, PolicySettings
    from policy.gazetteer import load as load_figures

    policy = Policy(PolicySettings(audit_log=None), second_opinion=False)
    rows = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev = [r for r in rows if r["split"] == "dev"]
    rng = random.Random(args.seed)
    places = sorted({m.name for m in policy.knowledge.places.values()
                     if m.strong and m.kind in ("city", "country", "landmark", "region")})
    figures = [f.name for f in load_figures()]
    groups = sorted({r["group"] for r in dev})
    rng.shuffle(groups)
    fold_of = {g: i % 5 for i, g in enumerate(groups)}
    texts, labels, folds, origin = [], [], [], []
    for j, r in enumerate(dev):
        for v in variants(r, policy, rng, places, figures):
            texts.append(v)
            labels.append(CLASSES.index(r["label"]))
            folds.append(fold_of[r["group"]])
            origin.append(j)
    x = _matrix(texts)
    y = np.array(labels)
    folds = np.array(folds)
    origin = np.array(origin)
    print(f"{len(dev)} dev prompts, {len(texts)} training texts with variants ({time.perf_counter() - t0:.0f} s)")
    # out-of-fold probabilities of the original prompts
    oof = np.zeros(len(dev))
    first_of = {}
    for i, j in enumerate(origin):
        first_of.setdefault(j, i)
    originals = np.array([first_of[j] for j in range(len(dev))])
    for f in range(5):
        train = folds != f
        clf = _fit(x[train], y[train], args.c)
        test = originals[folds[originals] == f]
        proba = clf.predict_proba(x[test])
        oof[origin[test]] = 1.0 - proba[:, 0]
    truth = np.array([r["label"] != "harmless" for r in dev])
    rules = np.array([policy.check(r["prompt"]).decision != "allow" for r in dev])
    from sklearn.metrics import roc_auc_score

    print(f"out-of-fold ROC AUC of the model alone on dev: {roc_auc_score(truth, oof):.3f}; "
          f"harmless p quantiles 50/90/98%: {np.quantile(oof[~truth], [0.5, 0.9, 0.98]).round(3).tolist()}; "
          f"p where the rules miss: {np.sort(oof[truth & ~rules]).round(2).tolist()}")
    harmless = ~truth
    best = 1.0
    budget = rules[harmless].mean() + FR_TARGET
    for t in sorted(set(np.round(oof, 4).tolist()) | {1.0}, reverse=True):
        if np.mean((rules | (oof >= t))[harmless]) <= budget:
            best = float(t)
        else:
            break
    rightly = truth & rules
    allow_t = float(np.quantile(oof[rightly], 1.0 - RECALL_KEEP)) if rightly.any() else 0.0
    combined = rules | (oof >= best)
    print(f"out-of-fold on dev: rules recall {rules[truth].mean():.3f}, FR {rules[harmless].mean():.3f}; "
          f"with the model at {best:.2f}: recall {combined[truth].mean():.3f}, FR {combined[harmless].mean():.3f}; "
          f"threshold_allow {allow_t:.3f}")
    if args.sign_threshold_only:
        shipped = PromptClassifier.load(args.out)
        shipped.threshold_sign = _sign_threshold(policy, dev, oof, rules, truth, shipped.threshold_refuse)
        shipped.save(args.out, trained_on=shipped.meta.get("trained_on", ""), version=shipped.meta.get("version", ""))
        print(f"wrote threshold_sign {shipped.threshold_sign:.4f} into {args.out} ({time.perf_counter() - t0:.0f} s)")
        return
    if args.compare_since:
        _compare_on_new(args.compare_since, dev, oof, rules, truth, best)
    clf = _fit(x, y, args.c)
    weights = np.zeros((BUCKETS, len(CLASSES)), np.float32)
    weights[:] = clf.coef_.T
    model = PromptClassifier.from_dense(weights, clf.intercept_, best, allow_t)
    model.threshold_sign = _sign_threshold(policy, dev, oof, rules, truth, best)
    model.save(args.out, trained_on=f"dev split of {EVAL.name}: {len(dev)} prompts, {len(texts)} with variants",
               version=f"seed {args.seed}, C {args.c}")
    print(f"saved {args.out} ({Path(args.out).stat().st_size / 1e6:.1f} MB, {time.perf_counter() - t0:.0f} s)")


def _sign_threshold(policy, dev: list[dict], oof: np.ndarray, rules: np.ndarray, truth: np.ndarray,
                    refuse_t: float) -> float:
    """The lowest model threshold at which the prompts the rules allow, with one sign of an emergency beside a real
    place and nothing that excuses them, refused by the model from there (below ``refuse_t``, where it refuses
    anything), add at most ``SIGN_FR_TARGET`` of the dev harmless prompts as refusals; printed with what it gains."""
    from policy.distress import emergency_sign

    signed = np.zeros(len(dev), bool)
    for i in np.flatnonzero(~rules):
        _tokens, hits, _people, analysis = policy.analyse(dev[i]["prompt"])
        signed[i] = emergency_sign(analysis) is not None and policy._not_a_person(analysis, hits) is None
    harmless = ~truth
    open_ = signed & (oof < refuse_t)
    budget = SIGN_FR_TARGET * harmless.sum()
    best = refuse_t
    for t in sorted(set(np.round(oof[open_], 4).tolist()), reverse=True):
        if np.sum(open_ & harmless & (oof >= t)) <= budget:
            best = float(t)
        else:
            break
    gained = open_ & (oof >= best)
    print(f"threshold_sign {best:.4f}: {signed.sum()} dev prompts allowed by the rules show one sign at a real "
          f"place; out of fold the model then refuses {np.sum(gained & truth)} more that should be and "
          f"{np.sum(gained & harmless)} harmless ones")
    return best


def _compare_on_new(rev: str, dev: list[dict], oof: np.ndarray, rules: np.ndarray, truth: np.ndarray,
                    threshold: float) -> None:
    """The shipped model against the new one on the dev prompts added since ``rev``: a fair comparison, as neither
    model learned them (the shipped model was trained before they existed, the new one is scored out of fold). An
    out-of-fold AUC over all of dev is not comparable across retrains: each is measured on a different set."""
    import subprocess

    from sklearn.metrics import roc_auc_score

    shown = subprocess.run(["git", "show", f"{rev}:tests/data/policy_eval.jsonl"], capture_output=True, text=True,
                           check=True, cwd=EVAL.parent.parent.parent).stdout
    before = {r["prompt"] for r in map(json.loads, filter(str.strip, shown.splitlines())) if r["split"] == "dev"}
    new = np.array([r["prompt"] not in before for r in dev])
    shipped = PromptClassifier.load()
    p_old = np.array([shipped.opinion(r["prompt"]).refuse if n else 0.0 for r, n in zip(dev, new)])
    harmless = ~truth
    for name, p, t in (("shipped", p_old, shipped.threshold_refuse), ("new", oof, threshold)):
        both = rules | (p >= t)
        print(f"{name} model on the {new.sum()} dev prompts added since {rev}: AUC "
              f"{roc_auc_score(truth[new], p[new]):.3f}; with the rules at {t:.3f}: recall "
              f"{both[new & truth].mean():.3f}, false refusals {both[new & harmless].mean():.3f}")


if __name__ == "__main__":
    main()
