"""The gazetteer of public figures: loading, editing, and fast fuzzy matching of names in prompts.

File format (``policy/data/public_figures.tsv``): tab-separated ``id, name, category, aliases,
surname_alone``; aliases separated by ``|``; lines starting with ``#`` are comments. ``surname_alone``
says whether the last word of the name alone picks the person out, in any case ("Merkel": yes); without it a
one-word alias counts only capitalised ("Harris", and surnames that are ordinary words in one of the languages:
"Meloni", melons; "Draghi", dragons; "Maduro", ripe). An alias written with a leading ``~`` is also an ordinary
word and counts only capitalised even where the surname alone does not ("~Poutine", the dish, for Putin); an alias
of several words so marked counts only with every capital it has ("~Take That", the band, not "take that box"); one
whose first word is in lower case is an article before a nickname, the article in either case ("~la Pulga": "la
Pulga" and "La Pulga", not "la pulga", a flea).

Matching is on normalised, space-free forms of 1- to 5-word windows, so "joe biden", "JoeBiden",
"J o e B i d e n" and "j0e b1den" all meet "Joe Biden"; names of 6 letters or more also match at one typo
(one letter wrong, missing or extra, or two neighbours swapped: "Guardiloa"), through a deletion index (no pairwise
comparison), and with one letter starred out ("M*rkel", "G*ardiola"). A window of several words meets only a name
of as many words: "la garde" is not "Lagarde", "des champs" not "Deschamps". A name of two or three words also
matches surname first ("Merkel, Angela"), and an initial with a full stop before a surname matches the person of
that first initial ("A. Merkel", not "A Merkel": the article). Written with capitals, a name of two or three
words also matches with one typo in each word ("Emanuel Makron"; "Olaf Scholtz" is one typo in all), each word
of four letters or more and with its first letter kept (shorter words exactly: "Marc Butte" is not Mark Rutte),
through a deletion index of the names' words. A name with one of its words split in two ("Mer-kel", "Pedro San chez")
matches where the first piece has a capital, and, for a name of one word, where not both pieces are ordinary words.
"""

from __future__ import annotations

import csv
import functools
import os
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from clipseal.atomic import atomic_write_bytes
from clipseal.errors import BadInputError
from policy.normalize import Token, normalised_phrase
from policy.phrases import within_one_edit

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "public_figures.tsv"
CATEGORIES = ("politician", "head_of_state", "royal", "religious", "celebrity", "athlete", "business",
              "journalist", "notorious")  # notorious: known for crimes (cartel leaders), not for an office or a craft
_COLUMNS = ["id", "name", "category", "aliases", "surname_alone"]


@dataclass(frozen=True)
class Figure:
    id: str
    name: str
    category: str
    aliases: tuple[str, ...]
    surname_alone: bool


@dataclass(frozen=True)
class NameMatch:
    figure: Figure
    alias: str
    start: int
    end: int
    fuzzy: bool
    titled: bool = False  # a political title and the surname ("presidente Sánchez"), not the name itself


def load(path: str | os.PathLike = DEFAULT_PATH) -> list[Figure]:
    figures = []
    with open(path, encoding="utf-8") as fh:
        rows = [line for line in fh if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t"):
        try:
            figures.append(Figure(row["id"], row["name"], row["category"],
                                  tuple(a for a in (row.get("aliases") or "").split("|") if a.strip()),
                                  (row.get("surname_alone") or "").strip().lower() == "yes"))
        except (KeyError, TypeError) as exc:
            raise BadInputError(f"{path}: malformed gazetteer row {row!r}") from exc
    return figures


def add_figures(new: list[Figure], path: str | os.PathLike = DEFAULT_PATH) -> int:
    """Add or replace entries (by id); writes the file atomically. Returns how many were added/changed."""
    for f in new:
        if f.category not in CATEGORIES:
            raise BadInputError(f"unknown category {f.category!r}; choose one of {', '.join(CATEGORIES)}")
        if not f.id or not f.name:
            raise BadInputError("a figure needs an id and a name")
    existing = {f.id: f for f in load(path)}
    changed = sum(1 for f in new if existing.get(f.id) != f)
    existing.update({f.id: f for f in new})
    header = [line for line in Path(path).read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    lines = header + ["\t".join(_COLUMNS)]
    for f in existing.values():
        lines.append("\t".join([f.id, f.name, f.category, "|".join(f.aliases), "yes" if f.surname_alone else "no"]))
    atomic_write_bytes(path, ("\n".join(lines) + "\n").encode("utf-8"))
    return changed


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))}


def _ends(key: str, length: int | None = None) -> tuple[str, str, str]:
    """What a key of six letters or more keeps through one edit (``within_one_edit``), at least one of the three:
    its first three letters or its last three, with its length give or take one (a letter wrong, missing or extra
    touches one place, and the two ends do not overlap); for two neighbours swapped in the middle of a six-letter
    key, its first two and last two letters at its length. ``length``: the other key's (default: this one's)."""
    n = len(key) if length is None else length
    return f"{key[:3]}<{n}", f"{n}>{key[-3:]}", f"{key[:2]}{n}{key[-2:]}"


def _starred(pattern: str, key: str) -> bool:
    """``key`` is ``pattern`` with each "*" one letter."""
    return len(pattern) == len(key) and all(p == "*" or p == k for p, k in zip(pattern, key))


_SOUNDS = (("ph", "f"), ("th", "t"), ("ck", "k"), ("qu", "k"), ("q", "k"), ("c", "k"), ("z", "s"), ("y", "i"),
           ("w", "v"), ("oo", "u"), ("ou", "u"), ("ee", "i"))


def sound_key(key: str) -> str:
    """A name as it sounds rather than as it is spelt, for spellings that keep the sound but change two letters or
    more ("Netanyahoo", "Zelenskiy", "Schwarzeneger"): letters that sound alike folded, doubled consonants single
    (vowels are not: a regnal "III" is no "I")."""
    for a, b in _SOUNDS:
        key = key.replace(a, b)
    return "".join(ch for i, ch in enumerate(key) if i == 0 or ch != key[i - 1] or ch in "aeiou")  # "III" stays


@functools.lru_cache(maxsize=1)
def _frequent_words() -> tuple[str, ...]:
    """The 50,000 most frequent words of each of the five languages, folded (read once per process)."""
    try:
        from wordfreq import top_n_list
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return ()
    from policy.normalize import fold

    return tuple({fold(w).replace(" ", "") for lang in ("en", "de", "fr", "es", "it") for w in top_n_list(lang, 50000)})


class NameIndex:
    """Exact and one-edit lookups of public-figure names over token windows.

    One-edit matching uses a deletion index: two strings are at edit distance <= 1 when one is the other
    with a letter deleted, or both share a one-letter deletion (a substitution).
    """

    MAX_WORDS = 5
    FUZZY_MIN = 6
    WORD_TYPO_MIN = 4  # a name's word this long may carry its own typo
    SOUND_MIN = 7  # a name this long (without spaces) may also be found by its sound
    JOINED_FUZZY_MIN = 10  # a whole name of several words, written as one word, this long may carry a typo
    GENITIVE_MAX_ZIPF = 4.0  # a surname's genitive this frequent as a word is the word ("Merkels" 3.8, "Topics" 4.3)

    def __init__(self, figures: list[Figure]) -> None:
        self.exact: dict[str, tuple[Figure, str, bool]] = {}  # key -> (figure, alias, needs capital)
        self.words: dict[str, int] = {}  # key -> how many words the name has
        self._fuzzy_keys: set[str] = set()
        self._sounds: dict[str, str] = {}  # sound_key -> the name's key
        self._deletions: dict[str, set[str]] = {}
        self.initials: dict[tuple[str, str], tuple[Figure, str]] = {}  # (first initial, surname) -> figure
        # words of two- and three-word names: word (or one of its deletions) -> {(name key, position)}; built on
        # first need (``_word_typos``), which most prompts never have
        self._name_words: dict[str, set[tuple[str, int]]] | None = None
        self._name_split: dict[str, list[str]] = {}  # name key -> its words
        self.surnames: dict[str, list[Figure]] = {}  # last word of a name of two words or more -> its people
        for fig in figures:
            names = [fig.name, *fig.aliases]
            words = normalised_phrase(fig.name).split()
            if len(words) >= 2 and len(words[-1]) >= 3:
                self.surnames.setdefault(words[-1], []).append(fig)
            if 2 <= len(words) <= 3:
                # surname first, as lists and forms write it ("Merkel, Angela"): all the name's words are there
                reversed_key = words[-1] + "".join(words[:-1])
                self.exact.setdefault(reversed_key, (fig, fig.name, False))
                self.words.setdefault(reversed_key, len(words))
                if words[0].isalpha():
                    self.initials.setdefault((words[0][0], words[-1]), (fig, fig.name))
                self._name_split.setdefault("".join(words), words)
            if fig.surname_alone and len(fig.name.split()) > 1:
                # the surname as written: "Bankman-Fried" and "García-Page" whole, not "fried" or "page"
                names.append(fig.name.split()[-1])
            # the marked aliases' forms by key: the name itself is written as its marked alias ("The Killers" as
            # "~the Killers": the article may have either case)
            marked = {normalised_phrase(a[1:]).replace(" ", ""): a[1:] for a in names if a.startswith("~")}
            for alias in names:
                # "~" marks an alias that is also an ordinary word ("~Poutine", the dish): it counts only written
                # with a capital, like a one-word name that is not distinctive ("Drake"); the name itself too
                # where it is the marked alias ("~Take That")
                ordinary = alias.startswith("~") or normalised_phrase(alias).replace(" ", "") in marked
                alias = alias.lstrip("~")
                norm = normalised_phrase(alias)
                key = norm.replace(" ", "")
                if len(key) < 2:
                    continue
                single = " " not in norm
                needs_capital = ordinary or (single and not fig.surname_alone)
                self.exact.setdefault(key, (fig, marked.get(key, alias), needs_capital))
                self.words.setdefault(key, len(norm.split()))
                # Misspellings target the real name and surname; nicknames ("Queen Bey") match only
                # exactly, or "queen bee" would be one letter away.
                is_name = alias == fig.name or (single and norm == words[-1])
                if is_name and len(key) >= self.FUZZY_MIN and (not single or fig.surname_alone):
                    self._fuzzy_keys.add(key)
                    if len(key) >= self.SOUND_MIN:
                        self._sounds.setdefault(sound_key(key), key)
                    for d in _deletions(key):
                        self._deletions.setdefault(d, set()).add(key)
        self._ends = frozenset(e for key in self._fuzzy_keys for e in _ends(key))
        # frequent words that sound like a name but are other words or other people ("Magnete", "Sweeney")
        self._sound_alikes = frozenset(w for w in _frequent_words() if len(w) >= self.SOUND_MIN
                                       and self._sounds.get(sound_key(w), w) != w and w not in self.exact)

    def _one_edit(self, key: str) -> str | None:
        n = len(key)
        near = {e for length in (n - 1, n, n + 1) for e in _ends(key, length)[:2]} | {_ends(key)[2]}
        if self._ends.isdisjoint(near):
            return None  # no name of six letters or more is one edit away (``_ends``): most windows stop here
        candidates = set(self._deletions.get(key, ()))  # the query lacks a letter
        for d in _deletions(key):
            if d in self._fuzzy_keys:  # the query has an extra letter
                candidates.add(d)
            candidates.update(self._deletions.get(d, ()))  # one letter differs
        candidates.discard(key)
        # sharing a deletion at different places is two edits ("renault" / "arnault") unless it is a swap
        candidates = {c for c in candidates if within_one_edit(c, key)}
        return min(candidates) if candidates else None

    def _word_typos(self, words: list[str]) -> str | None:
        """The two- or three-word name whose every word is the window's word or one typo from it."""
        if self._name_words is None:  # built whole, then published: a concurrent first call never sees half
            index: dict[str, set[tuple[str, int]]] = {}
            for name_key, name in self._name_split.items():
                for position, word in enumerate(name):
                    for form in {word} | (_deletions(word) if len(word) >= self.WORD_TYPO_MIN else set()):
                        index.setdefault(form, set()).add((name_key, position))
            self._name_words = index
        common: set[str] | None = None
        for position, word in enumerate(words):
            forms = {word} | (_deletions(word) if len(word) >= self.WORD_TYPO_MIN else set())
            keys = {key for form in forms for key, at in self._name_words.get(form, ()) if at == position}
            common = keys if common is None else common & keys
            if not common:
                return None
        matches = {key for key in common if len(self._name_split[key]) == len(words) and all(
            w == n or (within_one_edit(w, n) and len(n) >= self.WORD_TYPO_MIN and w[0] == n[0])
            for w, n in zip(words, self._name_split[key]))}
        return min(matches) if len(matches) == 1 else None

    def _unstarred(self, key: str) -> str | None:
        """The name a key with one letter starred out stands for ("m*rkel")."""
        if key.count("*") != 1:
            return None
        matches = {c for c in self._deletions.get(key.replace("*", ""), ()) if _starred(key, c)}
        return min(matches) if len(matches) == 1 else None

    def find(self, tokens: list[Token], common: Mapping[str, float] = MappingProxyType({})) -> list[NameMatch]:
        """Public figures named in the tokens, longest windows first. ``common``: ordinary words and their Zipf
        frequencies; a one-word name split in two ("Mer-kel") counts only where not both pieces are ordinary words
        ("la garde" is not Lagarde)."""
        found: list[NameMatch] = []
        covered: set[int] = set()
        for n in range(self.MAX_WORDS, 0, -1):
            for i in range(0, len(tokens) - n + 1):
                if covered.intersection(range(i, i + n)):
                    continue
                window = tokens[i:i + n]
                key = "".join(t.text for t in window)
                hit, fuzzy = self.exact.get(key), False
                if hit is not None and n > 1 and self.words.get(key) != n:
                    hit = None
                if hit is None and n == 1 and key.endswith("s") and window[0].capitalised:
                    # the German genitive of a surname that names its person alone ("Merkels Hände", "Putins
                    # Tisch"), unless a frequent word of its own ("Topics" is no Jan Topić)
                    stem = self.exact.get(key[:-1])  # only a name distinctive alone (no capital needed): not "Drakes"
                    if stem is not None and not stem[2] and self.words.get(key[:-1]) == 1 \
                            and common.get(key, 0.0) < self.GENITIVE_MAX_ZIPF:
                        hit = stem
                if hit is None and len(key) >= self.FUZZY_MIN:
                    near = self._unstarred(key) if "*" in key else self._one_edit(key)
                    # one word one letter off a whole name written as one ("DonaldTrumo") only for a long name:
                    # "Bobinger" (of Bobingen) is no "Bob Iger"; a name of several words keeps its first letter, as
                    # each word does in the word-by-word matching below, or has it swapped with the second ("ein
                    # Diesel" is no "Vin Diesel", "aRúl Castro" is Raúl Castro)
                    if near is not None and (n == 1 or near[0] == key[0] or near[:2] == key[1::-1]) and (
                            self.words.get(near) == n or (n == 1 and len(near) >= self.JOINED_FUZZY_MIN)):
                        hit, fuzzy = self.exact[near], True
                if hit is None and len(key) >= self.SOUND_MIN and key not in common and window[0].capitalised:
                    near = self._sounds.get(sound_key(key))  # "Netanyahoo", "Benjamin Netanjahoo"
                    if near is not None and self.words.get(near) == n and key not in self._sound_alikes:
                        hit, fuzzy = self.exact[near], True
                if hit is None and n in (2, 3) and all(t.capitalised for t in window):
                    near = self._word_typos([t.text for t in window])
                    if near is not None:
                        hit, fuzzy = self.exact[near], True
                if hit is None and n > 1 and self.words.get(key) == n - 1 and window[0].capitalised \
                        and (n > 2 or not all(t.text in common for t in window)):
                    # one of the name's words split in two: with the name's other words around it, or where a
                    # piece is not an ordinary word
                    hit, fuzzy = self.exact[key], True
                if hit is None and n == 2 and window[0].end - window[0].start == 1 and window[0].dotted \
                        and window[0].capitalised and window[1].capitalised:
                    initial = self.initials.get((window[0].text, window[1].text))
                    hit = (initial[0], initial[1], False) if initial else None
                if hit is None:
                    continue
                fig, alias, needs_capital = hit
                if needs_capital and not _capitalised_as(window, alias):
                    continue
                if fuzzy and n == 1 and not window[0].capitalised and len(key) < 9:
                    continue  # a lower-case single word one letter off a surname is too often a word
                found.append(NameMatch(fig, alias, window[0].start, window[-1].end, fuzzy))
                covered.update(range(i, i + n))
        return sorted(found, key=lambda m: m.start)


def _capitalised_as(window: list[Token], alias: str) -> bool:
    """A name that is also ordinary words is written with the capitals the alias has: its first word, and every word
    the alias capitalises where it has as many words as the window ("Take That", "Wir sind Helden"; not "take that
    box", "Green Day" not "a green day"). An alias whose first word is written in lower case is an article and a
    nickname ("~la Pulga", "~el Kun"): the article may have either case, the nickname needs its capital ("la pulga"
    is a flea)."""
    words = alias.split()
    if len(words) != len(window):  # written together or split otherwise ("TakeThat"): its first capital
        return window[0].capitalised
    return any(w[:1].isupper() for w in words) and all(
        t.capitalised or not w[:1].isupper() for t, w in zip(window, words))


def cached_index(path: str | os.PathLike = DEFAULT_PATH) -> NameIndex:
    """The name index of the list at ``path``, from the cache when the list and this code are unchanged (building
    it takes 70 ms of every start-up; loading it 25 ms)."""
    from policy import normalize
    from policy.cache import cached

    if not Path(path).is_file():
        return NameIndex(load(path))  # which says clearly what is wrong with the path
    return cached("names", [Path(path), Path(__file__), Path(normalize.__file__)], lambda: NameIndex(load(path)))
