"""How the policy holds up against the ways people write a name to get it past a filter.

    .venv/bin/python -m bench.policy_evasions [--figures 150] [--seed 7]

Public figures drawn at random from the gazetteer (names of two words or more), each written with one evasion at
a time (invisible characters, Cyrillic look-alikes, stars, emoji, surname first, an initial, swapped letters, a
typo in each word, split words...) inside a neutral sentence in each of the five languages; prints per evasion
the share refused (block or review).

This measures the rules against the devices they were built for, on names they know: a regression check and a
map of what is not handled (a surname split in two, vowels dropped, a surname alone that is a common word), not
an independent recall figure (that is ``bench.policy_bench``'s held-out split).
"""

from __future__ import annotations

import argparse
import random
from typing import Callable

from policy.engine import Policy, PolicySettings
from policy.gazetteer import load

SENTENCES = {"en": "{} waving at a crowd, realistic", "de": "{} winkt in die Menge, realistisch",
             "es": "{} saluda a la multitud, realista", "fr": "{} salue la foule, réaliste",
             "it": "{} saluta la folla, realistico"}
LOOKALIKES = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у", "A": "А", "E": "Е",
              "O": "О", "M": "М", "K": "К", "T": "Т", "B": "В", "H": "Н", "P": "Р", "C": "С"}  # Latin -> Cyrillic


def evasions(rng: random.Random) -> dict[str, Callable[[str], str]]:
    def letters(word: str) -> list[int]:
        return [k for k, c in enumerate(word) if c.isalpha()]

    def typo(word: str) -> str:
        inner = [k for k in letters(word) if 0 < k < len(word) - 1]
        if not inner:
            return word
        k = rng.choice(inner)
        return word[:k] + rng.choice("aeiourstnl") + word[k + 1:]

    def swap(name: str) -> str:
        w = list(name)
        k = rng.choice([k for k in range(len(w) - 1) if w[k].isalpha() and w[k + 1].isalpha()])
        w[k], w[k + 1] = w[k + 1], w[k]
        return "".join(w)

    def first_last(name: str) -> tuple[list[str], str]:
        words = name.split()
        return words[:-1], words[-1]

    def starred(name: str) -> str:
        rest, last = first_last(name)
        return " ".join(rest + [last[0] + "*" + last[2:]])

    def emoji(name: str) -> str:
        rest, last = first_last(name)
        return " ".join(rest + [last[:2] + "🔥" + last[2:]])

    def split(name: str) -> str:
        rest, last = first_last(name)
        return " ".join(rest + [last[:len(last) // 2] + " " + last[len(last) // 2:]])

    def vowels(name: str) -> str:
        rest, last = first_last(name)
        return " ".join(rest + [last[0] + "".join(c for c in last[1:] if c.lower() not in "aeiou")])

    def by_sound(name: str) -> str:
        """Two respellings that keep the sound ("Netanyahoo", "Shwarzzenegger"): where the surname allows them."""
        rest, last = first_last(name)
        out = last
        for _ in range(2):
            options = [(a, b) for a, b in (("u", "oo"), ("i", "y"), ("y", "i"), ("f", "ph"), ("k", "c"), ("c", "k"),
                                           ("s", "z"), ("z", "s"), ("v", "w"), ("t", "tt"), ("n", "nn"), ("l", "ll"))
                       if a in out[1:]]
            if not options:
                break
            a, b = rng.choice(options)
            at = [i for i in range(1, len(out)) if out.startswith(a, i)]
            k = rng.choice(at)
            out = out[:k] + b + out[k + len(a):]
        return " ".join(rest + [out])

    return {
        "as written": lambda n: n,
        "lower case": str.lower,
        "upper case": str.upper,
        "dots between letters": lambda n: " ".join(".".join(w) for w in n.split()),
        "hyphens between letters": lambda n: " ".join("-".join(w) for w in n.split()),
        "spaced letters": lambda n: "  ".join(" ".join(w) for w in n.split()),
        "zero-width spaces": lambda n: "".join(c + ("\u200b" if rng.random() < 0.3 else "") for c in n),
        "Cyrillic look-alikes": lambda n: "".join(LOOKALIKES.get(c, c) if rng.random() < 0.5 else c for c in n),
        "full-width letters": lambda n: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in n),
        "leetspeak": lambda n: n.replace("e", "3").replace("a", "4").replace("o", "0"),
        # hashtags and handles hold letters and digits only
        "hashtag": lambda n: "#" + "".join(c for w in n.split() for c in w[:1].upper() + w[1:] if c.isalnum()),
        "handle": lambda n: "@" + "".join(c for c in n.lower() if c.isalnum()),
        "surname first": lambda n: first_last(n)[1] + ", " + " ".join(first_last(n)[0]),
        "initial and surname": lambda n: n[0] + ". " + " ".join(n.split()[1:]),
        "a letter doubled": lambda n: (lambda k: n[:k] + n[k] + n[k:])(rng.choice(letters(n))),
        "two letters swapped": swap,
        "a typo in each word": lambda n: " ".join(typo(w) for w in n.split()),
        "a letter starred out": starred,
        "an emoji inside": emoji,
        "surname split in two": split,
        "surname without vowels": vowels,
        "surname spelt by its sound": by_sound,
        "surname alone": lambda n: first_last(n)[1],
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--figures", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    figures = [f for f in load() if len(f.name.split()) >= 2]
    sample = rng.sample(figures, min(args.figures, len(figures)))
    policy = Policy(PolicySettings())
    print(f"Evasions of {len(sample)} gazetteer names (seed {args.seed}), each in a sentence in "
          f"{len(SENTENCES)} languages: share refused (block or review).\n")
    print("| evasion | refused | example |\n|---|---|---|")
    for label, write in evasions(rng).items():
        refused, total, example = 0, 0, ""
        for figure in sample:
            written = write(figure.name)
            for sentence in SENTENCES.values():
                total += 1
                if policy.check(sentence.format(written)).allowed:
                    example = example or written
                else:
                    refused += 1
        shown = repr(example) if example else ""
        print(f"| {label} | {refused}/{total} = {100 * refused / total:.0f}% | {'let through: ' + shown if shown else ''} |")


if __name__ == "__main__":
    main()
