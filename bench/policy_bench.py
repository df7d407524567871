"""Policy benchmark on tests/data/policy_eval.jsonl: recall per refusal category, false refusals of harmless
prompts, per language; latency after start-up; start-up time.

    .venv/bin/python -m bench.policy_bench
"""

from __future__ import annotations

import json
import statistics
import time
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "policy_eval.jsonl"
REFUSE = {"real_person", "private_person", "news_event"}


def main() -> None:
    t0 = time.perf_counter()
    from policy.engine import Policy, PolicySettings

    policy = Policy(PolicySettings(audit_log=None))
    startup = time.perf_counter() - t0
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    latencies, results = [], []
    for r in rows:
        t = time.perf_counter()
        d = policy.check(r["prompt"])
        latencies.append((time.perf_counter() - t) * 1000)
        results.append((r, d))
    by = defaultdict(lambda: [0, 0])  # (label, lang) -> [refused, total]
    misses = []
    for r, d in results:
        refused = d.decision != "allow"
        for key in ((r["label"], r["lang"]), (r["label"], "all")):
            by[key][0] += refused
            by[key][1] += 1
        if refused != (r["label"] in REFUSE):
            misses.append(f"- [{r['lang']}] {r['label']}: {r['prompt']!r} -> {d.decision} "
                          f"{[x.rule for x in d.reasons]}")
    # precision of refusals per category: of the prompts refused citing the category, how many were
    # labelled with it (private persons count as real persons)
    prec = {}
    for cat in ("real_person", "news_event"):
        cited = [(r, d) for r, d in results if cat in d.categories or (cat == "real_person" and "private_person" in d.categories)]
        good = [1 for r, d in cited if r["label"] == cat or (cat == "real_person" and r["label"] == "private_person")]
        prec[cat] = len(good) / len(cited) if cited else float("nan")
    langs = ["en", "de", "fr", "es", "it", "all"]
    lines = [f"Policy benchmark: {len(rows)} labelled prompts ({DATA.name}), {sum(r['hard'] for r in rows)} hard cases.",
             "", "| | " + " | ".join(langs) + " |", "|---|" + "---|" * len(langs)]
    for label, name in (("real_person", "recall, real person"), ("private_person", "recall, private person"),
                        ("news_event", "recall, news event"), ("harmless", "false refusals of harmless")):
        cells = []
        for lang in langs:
            refused, total = by[(label, lang)]
            cells.append(f"{refused}/{total} = {refused / total:.0%}" if total else "-")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", f"Precision of refusals: real/private person {prec['real_person']:.1%}, news event {prec['news_event']:.1%}.",
              f"Latency per prompt after start-up: median {statistics.median(latencies):.2f} ms, "
              f"p99 {sorted(latencies)[int(0.99 * len(latencies)) - 1]:.2f} ms; start-up {startup:.2f} s.",
              "", "Misclassified:", *misses]
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "policy.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
