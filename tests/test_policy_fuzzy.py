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


def test_a_name_is_found_one_edit_away_whatever_end_the_edit_touches(tmp_path):
    """The name index skips the one-edit search for a window that keeps neither end of any name (``_ends``): a typo
    at the start, at the end, or two neighbours swapped across the middle of a six-letter name must still be
    found, and a word two edits away must not."""
    from policy import gazetteer
    from policy.normalize import tokenize

    listed = tmp_path / "figures.tsv"
    listed.write_text("id\tname\tcategory\taliases\tsurname_alone\nvorkan\tVorkan\tathlete\t\tyes\n"
                      "ada-quill\tAda Quillfeather\tpolitician\t\tno\n", encoding="utf-8")
    index = gazetteer.NameIndex(gazetteer.load(listed))
    for typed in ("Vokran", "Workan", "Vorkam", "Vorkann", "Vorrkan", "Adaquilfeather", "Qdaquillfeather"):
        assert [m.figure.name for m in index.find(tokenize(f"{typed} on a boat"))] in (["Vorkan"],
                                                                                       ["Ada Quillfeather"]), typed
    assert index.find(tokenize("Vokram on a boat")) == []
