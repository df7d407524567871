"""The one-edit look-ups of misspelt place names (``phrases.WordFuzzyIndex``) against a brute-force comparison."""

import random
import string

from policy.phrases import WordFuzzyIndex, within_one_edit


def _one_edit(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word))  # the first letter is kept (keep_first=1)
    kind = rng.choice(["sub", "del", "ins", "swap"])
    if kind == "sub":
        return word[:i] + rng.choice(string.ascii_lowercase) + word[i + 1:]
    if kind == "del":
        return word[:i] + word[i + 1:]
    if kind == "ins":
        return word[:i] + rng.choice(string.ascii_lowercase) + word[i:]
    i = min(i, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def test_word_fuzzy_index_finds_what_a_full_comparison_finds():
    rng = random.Random(7)
    names = {"".join(rng.choice("aeiourstnlkmb") for _ in range(rng.randint(7, 12))) for _ in range(3000)}
    names |= {"warschau", "barcelona", "istanbul", "marseille", "frankfurt"}
    index = WordFuzzyIndex("place")
    for name in names:
        index.add(name)
    queries = ["warshau", "barcleona", "istnabul", "marsielle", "frankfrut", "frankfurter", "photorealistic"]
    queries += [_one_edit(rng.choice(sorted(names)), rng) for _ in range(400)]
    for q in queries:
        expected = sorted(n for n in names if len(q) >= 6 and n[0] == q[0] and within_one_edit(q, n))
        assert [w for _label, _none, w in index.lookup(q)] == expected, q
    assert index.lookup("warshau") == [("place", None, "warschau")]
    assert index.lookup("photorealistic") == []


def test_swapped_neighbours_are_one_edit_and_two_changes_are_not():
    assert within_one_edit("explosoin", "explosion")
    assert within_one_edit("warshau", "warschau")
    assert not within_one_edit("exlposoin", "explosion")  # two swaps
    assert not within_one_edit("explosnoi", "explosion")  # a rotation of three letters
