"""An audit of the policy's event word lists against the five languages' vocabularies.

Event patterns (``policy/data/events.tsv``) are matched in every language, and a wildcard pattern of one language
can meet an ordinary word of another ("besieg*", English for besieged, meets German "besiegt", defeated). This lists
every frequent word (the ``--top`` most frequent of each language, by wordfreq) that a wildcard pattern meets and
that is more frequent in another language than the pattern's own, and that the matcher still reads as an event (the
``harmless_whole`` list in ``policy/data/cues.tsv`` is where a harmless one goes).

    python -m bench.policy_false_friends [--top 30000] [--min-zipf 3.0]

Cognates with the same sense ("arrested" for "arrest*") are expected in the list; the harmless senses are what to
read it for.
"""

from __future__ import annotations

import argparse

from policy.knowledge import DATA, fold, load, read_tsv
from policy.lexicon import LANGUAGES
from policy.normalize import tokenize
from policy.phrases import parse_pattern


def false_friends(top: int = 30000, min_zipf: float = 3.0) -> list[tuple[str, str, float, list[tuple[str, str]]]]:
    """(word, the language it is most frequent in, its Zipf frequency there, [(pattern's language, pattern)]) for every
    frequent word that a wildcard event pattern of another language meets and the matcher still reads as an event."""
    from wordfreq import top_n_list, zipf_frequency

    kb = load()
    patterns = []
    for _category, lang, row in read_tsv(DATA / "events.tsv"):
        for pattern in row.split("|"):
            words = parse_pattern(pattern)
            if len(words) == 1 and words[0].kind != "exact":
                patterns.append((words[0], lang, pattern))
    seen: set[str] = set()
    out = []
    for lang in LANGUAGES:
        for word in top_n_list(lang, top):
            key = fold(word)
            if key in seen or not key.isalpha() or len(key) < 4:
                continue
            seen.add(key)
            hits = [(pl, p) for w, pl, p in patterns if w.matches(key)]
            if not hits:
                continue
            zipf = {lg: zipf_frequency(word, lg) for lg in LANGUAGES}
            home = max(zipf, key=zipf.get)
            if zipf[home] < min_zipf or any(pl == home for pl, _ in hits):
                continue
            if any(m.first == 0 for m in kb.events.find(tokenize(key))):
                out.append((key, home, zipf[home], hits))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=30000)
    ap.add_argument("--min-zipf", type=float, default=3.0)
    args = ap.parse_args(argv)
    found = false_friends(args.top, args.min_zipf)
    print("| word | most frequent in (Zipf) | met by |")
    print("|---|---|---|")
    for key, home, zipf, hits in found:
        print(f"| {key} | {home} ({zipf:.1f}) | {', '.join(f'{p} ({pl})' for pl, p in hits[:3])} |")
    print(f"\n{len(found)} words read as events by a pattern of another language")


if __name__ == "__main__":
    main()
