"""Policy benchmark on tests/data/policy_eval.jsonl: recall per refusal category and false refusals of harmless
prompts, per language and per kind of prompt, on the dev and the held-out split separately; latency after
start-up (p50, p99) and start-up time.

    .venv/bin/python -m bench.policy_bench [--show-dev-misses] [--split dev|heldout|both]

The dev split is what rules and thresholds may be tuned on; the held-out split is only counted. So only the
dev split's misses can be listed (``--show-dev-misses``); for the held-out split the table gives numbers only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "policy_eval.jsonl"
REFUSE = {"real_person", "private_person", "news_event"}
LANGS = ["en", "de", "fr", "es", "it", "all"]
ROWS = (("real_person", "recall, real person"), ("private_person", "recall, private person"),
        ("news_event", "recall, news event"), ("harmless", "false refusals of harmless"))


def _cell(refused: int, total: int) -> str:
    return f"{refused}/{total} = {refused / total:.0%}" if total else "-"


def table(results: list[tuple[dict, object]], title: str) -> list[str]:
    by = defaultdict(lambda: [0, 0])
    for r, d in results:
        refused = d.decision != "allow"
        for lang in (r["lang"], "all"):
            by[(r["label"], lang)][0] += refused
            by[(r["label"], lang)][1] += 1
    lines = [f"**{title}** ({len(results)} prompts)", "", "| | " + " | ".join(LANGS) + " |",
             "|---|" + "---|" * len(LANGS)]
    for label, name in ROWS:
        lines.append(f"| {name} | " + " | ".join(_cell(*by[(label, lang)]) for lang in LANGS) + " |")
    return lines


def kinds(results: list[tuple[dict, object]], title: str) -> list[str]:
    by = defaultdict(lambda: [0, 0])
    for r, d in results:
        ok = (d.decision != "allow") == (r["label"] in REFUSE)
        by[(r["label"], r.get("kind", "-"))][0] += ok
        by[(r["label"], r.get("kind", "-"))][1] += 1
    lines = [f"{title}, correct by label and kind:", ""]
    for (label, kind), (ok, n) in sorted(by.items()):
        lines.append(f"- {label} / {kind}: {ok}/{n}")
    return lines


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show-dev-misses", action="store_true", help="list the dev split's misclassified prompts")
    ap.add_argument("--kinds", action="store_true", help="per-kind counts on both splits")
    ap.add_argument("--source", help="only the prompts of one part of the set (hand-v2, hand-v3, hand-v4...)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    from policy.engine import Policy, PolicySettings

    policy = Policy(PolicySettings(audit_log=None))
    policy.check("warm-up")
    startup = time.perf_counter() - t0
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.source:
        rows = [r for r in rows if r["source"] == args.source]
    latencies, results = [], []
    for r in rows:
        t = time.perf_counter()
        d = policy.check(r["prompt"])
        latencies.append((time.perf_counter() - t) * 1000)
        results.append((r, d))
    dev = [x for x in results if x[0]["split"] == "dev"]
    held = [x for x in results if x[0]["split"] == "heldout"]
    lat = sorted(latencies)
    part = f", part {args.source} only" if args.source else ""
    lines = [f"Policy benchmark: {len(rows)} labelled prompts ({DATA.name}{part}): dev {len(dev)}, "
             f"held-out {len(held)}.", ""]
    lines += table(held, "Held-out split (never tuned on)") + [""]
    lines += table(dev, "Dev split (rules and thresholds tuned on it)") + [""]
    lines += [f"Latency per prompt after start-up: p50 {statistics.median(lat):.2f} ms, "
              f"p99 {lat[max(0, int(0.99 * len(lat)) - 1)]:.2f} ms, max {lat[-1]:.2f} ms; "
              f"start-up {startup:.2f} s (loading the gazetteer, places and model)."]
    for name, part in (("held-out", held), ("dev", dev)):
        model_only = [(r, d) for r, d in part if d.reasons and all(x.rule == "model_second_opinion" for x in d.reasons)]
        downgraded = [(r, d) for r, d in part
                      if any(x.rule == "model_second_opinion" for x in d.reasons) and len(d.reasons) > 1]
        lines.append(f"Second opinion, {name}: refused by the model alone {len(model_only)} "
                     f"({sum(r['label'] in REFUSE for r, _ in model_only)} rightly, "
                     f"{sum(r['label'] not in REFUSE for r, _ in model_only)} harmless); rules' blocks turned into review "
                     f"{len(downgraded)} ({sum(r['label'] in REFUSE for r, _ in downgraded)} of them rightly refused).")
    if args.kinds:
        lines += [""] + kinds(held, "Held-out") + [""] + kinds(dev, "Dev")
    if args.show_dev_misses:
        lines += ["", "Dev misclassified:"]
        for r, d in dev:
            if (d.decision != "allow") != (r["label"] in REFUSE):
                lines.append(f"- [{r['lang']}] {r['label']}/{r.get('kind')}: {r['prompt']!r} -> {d.decision} "
                             f"{[x.rule for x in d.reasons]}")
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "policy.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
