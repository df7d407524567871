"""Phrase matching over normalised tokens: exact phrases through a dictionary of token windows, and word
patterns with wildcards through indexes of their fixed part, so a prompt is matched in one pass whatever
the size of the lists (no scan over the entries).

Pattern syntax (``policy/data/*.tsv``), on normalised words (``policy.normalize``):

* ``word``: the word itself; several words: a phrase;
* ``word*``: any word starting so (inflections: "flood*" meets "floods", "flooding");
* ``*word``: any longer word ending so (German compounds: "*anschlag" meets "Terroranschlag").

A wildcard may sit on any word of a phrase ("knife attack*").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Container, Iterable, Mapping

from policy.normalize import Token, tokenize

MIN_AFFIX = 3  # shortest fixed part of a wildcard word


@dataclass(frozen=True)
class Word:
    """One word of a pattern: ``kind`` is "exact", "prefix" or "suffix"."""

    text: str
    kind: str = "exact"

    def matches(self, word: str) -> bool:
        if self.kind == "exact":
            return word == self.text
        if self.kind == "prefix":
            return word.startswith(self.text)
        return len(word) > len(self.text) and word.endswith(self.text)


@dataclass(frozen=True)
class Match:
    label: str
    value: object  # what the entry carries (its category, a name record...)
    first: int  # token indexes, inclusive
    last: int
    start: int  # character span in the prompt
    end: int
    phrase: str  # the entry as written in the data file


def parse_pattern(pattern: str) -> tuple[Word, ...]:
    """A data-file pattern -> normalised words with their wildcard kinds."""
    out: list[Word] = []
    for part in pattern.strip().split():
        prefix, suffix = part.endswith("*"), part.startswith("*")
        words = [t.text for t in tokenize(part.strip("*"))]
        if not words:
            continue
        ws = [Word(w) for w in words]
        if prefix and len(words[-1]) >= MIN_AFFIX:
            ws[-1] = Word(words[-1], "prefix")
        if suffix and len(words[0]) >= MIN_AFFIX:
            ws[0] = Word(words[0], "suffix")
        out.extend(ws)
    return tuple(out)


def outermost(matches: list[Match]) -> list[Match]:
    """Drop matches inside a longer one ("york" inside "new york")."""
    out = []
    for m in sorted(matches, key=lambda m: (m.first, -(m.last - m.first))):
        if out and out[-1].first <= m.first and m.last <= out[-1].last:
            continue
        out.append(m)
    return out


# words that put a place after a private relation ("my cousin in Seville", "mia nonna a Lecce"); not the ``locative``
# cues, which hold "de" and "el" too: they follow a relation in "mi compañero de piso Pablo Torres"
_WHERE = frozenset("in at near from en a au aux im am bei beim vom zum zur aus nach vicino da dal dalla nel "
                   "nella".split())


def before_a_place(tokens: list[Token], start: int, reach: int) -> list[Token]:
    """The up to ``reach`` tokens from ``start`` that come before a word putting a place after them: what may name the
    relative in "my cousin Anna", not the town in "la boda de mi prima en Sevilla"."""
    out = []
    for t in tokens[start:start + reach]:
        if t.text in _WHERE:
            break
        out.append(t)
    return out


def same_clause(tokens: list[Token], first: int, last: int) -> bool:
    """Nothing from token ``first`` up to ``last`` (exclusive) ends a clause: no comma or full stop after any of
    them ("a van ploughs into the crowd", not "fans arrive by bus, then ... into the crowd")."""
    return not any(t.stop or t.dotted for t in tokens[first:last])


# a place's name takes no indefinite article: "in a prairie" is no Prairie du Chien
INDEFINITE = frozenset("a an un una une uno ein eine einer einem einen eines".split())
# the articles that may follow a link word ("an explosion of the colours"); "a" is a link word itself (fr/es/it)
ARTICLES = (INDEFINITE - {"a"}) | frozenset("the la le les l el los las il lo gli i die das den dem some".split())
# every article, "a" included: what a lower-case place name that is also a word cannot follow ("la gente")
DETERMINERS = INDEFINITE | ARTICLES
DEFINITE = ARTICLES - INDEFINITE - {"some"}  # the, la, le, l, el, il, die, das...
# the words of "of" in the five languages, bare or fused with an article: what joins a thing to what it is of ("the old
# town of Mariupol", "una tarta de cumpleaños", "il museo del 11 M", "the home office of a freelancer")
OF_LINKS = frozenset("of von vom de d du des di del della dello dei degli delle".split())
# possessives: they stand where an article would ("my neighbour", "sa maison", "su casa")
POSSESSIVES = frozenset("my his her its our their your mein meine meinem meinen sein seine seinem ihr ihre ma mon mes "
                        "sa son ses notre votre mi mis su sus tu nuestro nuestra mio mia suo sua nostro nostra".split())
# "a" or a possessive: what makes a thing someone's own, not a named one ("a white house", "my garden", "our wedding")
SOMEONES = INDEFINITE | POSSESSIVES
# prepositions fused with an article: before a name that is also a word, they make it the word as an article does
# ("nel porto", "au port", "im Hafen")
FUSED_ARTICLES = frozenset("nel nella nello nei negli nelle al alla allo ai agli alle del della dello dei degli delle "
                           "sul sulla sullo dal dalla au aux du des im ins am zum zur vom beim".split())


_BESIDE = frozenset("near past outside opposite front by beside behind around towards toward nahe neben vor hinter "
                    "gegenueber bei pres devant derriere face cerca frente delante detras junto vicino davanti dietro "
                    "fronte accanto".split())


def beside(tokens: list[Token], i: int) -> bool:
    """A word of nearness among the three before token ``i``: "walking near the White House", "in front of the
    Kremlin", "vor dem Kanzleramt" (a passer-by, not the occupant)."""
    return any(t.text in _BESIDE for t in tokens[max(0, i - 3):i])


def next_to_event(place: Match, event_tokens: Container[int], nouns: Iterable[Match]) -> bool:
    """A place right before or after an event word ("Hochwasser Passau", "the Lahaina wildfire"), or before a noun
    of what was struck and then the event word ("the Uvalde school shooting", "the Parkland school shooting")."""
    if (place.first - 1) in event_tokens or (place.last + 1) in event_tokens:
        return True
    return any(n.first == place.last + 1 and (n.last + 1) in event_tokens for n in nouns)


def harmless_compound(word: str, stem: str, heads: frozenset[str]) -> bool:
    """A German compound whose head names a harmless thing after an event word's stem: "Bombenwetter" is weather,
    "Lawinenhunde" are dogs (the head is the compound's last part; at most a linking "n", "s", "en" or "es"
    between). ``heads``: ``cues.tsv`` kind ``harmless_head``."""
    rest = word[len(stem):]
    return len(rest) >= 4 and any(rest.endswith(h) and len(rest) - len(h) <= 2 for h in heads)


def harmless_whole(word: str, compounds: frozenset[str]) -> bool:
    """A word named whole as harmless although an event pattern's wildcard meets it: German compounds that end in an
    event word ("Schneeballschlacht" and "Kissenschlacht" are games, "Eisbombe" a dessert, "Berggipfel" a mountain
    top) and words of another language that start like one ("bomberos" are firefighters, not "bombe*") (``cues.tsv``
    kind ``harmless_whole``; a plural "n", "en" or "e" allowed). Listed whole, not by first part: "Schneechaos" is
    news."""
    return word in compounds or any(word.endswith(e) and word[:-len(e)] in compounds for e in ("n", "en", "e"))


def place_adjective_sites(tokens: list[Token], site_nouns: Iterable[Match], *known: Container[str]) -> list[Match]:
    """A site named by its town's adjective, the German way: "im Hambacher Forst", "am Hüttenberger Bahnhof". German
    capitalises an adjective in -er only when it is made from a place name, so a capitalised word in -er right before
    a kind of site (``site_nouns``), which is in none of the ``known`` word lists (frequent words, first names),
    names a real place the gazetteer may lack (villages). Asked only where the prompt's capitals say something."""
    out: dict[tuple[int, int], Match] = {}
    for n in site_nouns:
        i = n.first - 1
        if i < 0 or (i, n.last) in out:
            continue
        t = tokens[i]
        if (t.capitalised and t.text.isalpha() and len(t.text) >= 6 and t.text.endswith("er")
                and not any(t.text in k for k in known)):
            words = " ".join(tokens[k].text for k in range(i, n.last + 1))
            out[(i, n.last)] = Match("site", None, i, n.last, t.start, n.end, words)
    return list(out.values())


def names_before_sites(tokens: list[Token], facilities: Iterable[Match], spans: list[tuple[int, int]],
                       *known: Container[str]) -> list[Match]:
    """A site named the English way, its name first ("Wandsworth prison"): a capitalised word before a kind of site
    (``facilities``), in no ``known`` list (frequent words, first names: "Central station") and no person's name."""
    return [Match("site", None, f.first - 1, f.last, tokens[f.first - 1].start, f.end, f"{t.text} {f.phrase}")
            for f in facilities if f.first > 0 and not any(a <= f.first - 1 <= b for a, b in spans)
            for t in [tokens[f.first - 1]] if t.capitalised and t.text.isalpha() and len(t.text) >= 4
            and not any(t.text in k for k in known)]


def two_known_words(word: str, known: Mapping[str, float], min_part: int = 3, min_zipf: float = 3.0) -> bool:
    """A German-style compound of two frequent words ("Sommer|tag", "Herbst|sturm"...): no misspelling of an event
    word, though one letter makes "sommertag" start like "sommers*" (Italian: submerged). ``known``: word ->
    Zipf frequency."""
    return any(known.get(word[:k], 0.0) >= min_zipf and known.get(word[k:], 0.0) >= min_zipf
               for k in range(min_part, len(word) - min_part + 1))


class PhraseMatcher:
    """Entries (pattern -> label, value) matched against token lists; longest match first at each position,
    one match per (position, label)."""

    def __init__(self, max_words: int = 6) -> None:
        self.max_words = max_words
        self.harmless_heads: frozenset[str] = frozenset()  # see ``harmless_compound``
        self.harmless_wholes: frozenset[str] = frozenset()  # see ``harmless_whole``
        self._exact: dict[str, list[tuple[str, object, str, int]]] = {}  # "w1 w2" -> (label, value, phrase, n)
        self._by_first: dict[str, list[tuple[tuple[Word, ...], str, object, str]]] = {}
        self._by_prefix: dict[str, list[tuple[tuple[Word, ...], str, object, str]]] = {}
        self._by_suffix: dict[str, list[tuple[tuple[Word, ...], str, object, str]]] = {}
        self._longest_affix = 0

    def __len__(self) -> int:
        return (sum(len(v) for v in self._exact.values()) + sum(len(v) for v in self._by_first.values())
                + sum(len(v) for v in self._by_prefix.values()) + sum(len(v) for v in self._by_suffix.values()))

    def add(self, pattern: str, label: str, value: object = None) -> None:
        words = parse_pattern(pattern)
        if not words:
            return
        if all(w.kind == "exact" for w in words):
            key = " ".join(w.text for w in words)
            self._exact.setdefault(key, []).append((label, value, pattern, len(words)))
            self.max_words = max(self.max_words, len(words))
            return
        entry = (words, label, value, pattern)
        first = words[0]
        if first.kind == "exact":
            self._by_first.setdefault(first.text, []).append(entry)
        elif first.kind == "prefix":
            self._by_prefix.setdefault(first.text, []).append(entry)
        else:
            self._by_suffix.setdefault(first.text, []).append(entry)
        self._longest_affix = max(self._longest_affix, len(first.text))

    def add_many(self, patterns: Iterable[str], label: str, value: object = None) -> None:
        for p in patterns:
            self.add(p, label, value)

    def find(self, tokens: list[Token]) -> list[Match]:
        words = [t.text for t in tokens]
        found: list[Match] = []
        for i, word in enumerate(words):
            seen: set[str] = set()
            # exact phrases, longest first
            for n in range(min(self.max_words, len(words) - i), 0, -1):
                for label, value, phrase, _ in self._exact.get(" ".join(words[i:i + n]), ()):
                    if label not in seen:
                        found.append(Match(label, value, i, i + n - 1, tokens[i].start, tokens[i + n - 1].end, phrase))
                        seen.add(label)
            # patterns with wildcards, by their first word
            candidates = list(self._by_first.get(word, ()))
            for k in range(MIN_AFFIX, min(len(word), self._longest_affix) + 1):
                candidates += self._by_prefix.get(word[:k], ())
            for k in range(MIN_AFFIX, min(len(word) - 1, self._longest_affix) + 1):
                candidates += self._by_suffix.get(word[-k:], ())
            for pattern, label, value, phrase in sorted(candidates, key=lambda c: -len(c[0])):
                n = len(pattern)
                if label in seen or i + n > len(words):
                    continue
                if all(p.matches(w) for p, w in zip(pattern, words[i:i + n])) and not any(
                        (p.kind == "prefix" and harmless_compound(w, p.text, self.harmless_heads))
                        or (p.kind != "exact" and harmless_whole(w, self.harmless_wholes))
                        for p, w in zip(pattern, words[i:i + n])):
                    found.append(Match(label, value, i, i + n - 1, tokens[i].start, tokens[i + n - 1].end, phrase))
                    seen.add(label)
        return found


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def within_one_edit(a: str, b: str) -> bool:
    """One letter wrong, missing or extra, or two neighbouring letters swapped ("explosoin", "Warshcau"): the
    edits a hurried typist makes (the Damerau-Levenshtein distance with adjacent transpositions is at most 1)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def word_of_its_own(word: str, entry: str, dictionary: Container[str]) -> bool:
    """Whether ``word``, one edit from ``entry``, is a word of the ``dictionary`` that differs from it before its last
    letter: a word of its own ("shooing" is no "shooting", "goggles" no "Google"), where one that differs only at the
    end is the entry inflected ("clashed" for "clashes")."""
    if word not in dictionary:
        return False
    shared = 0
    while shared < min(len(word), len(entry)) and word[shared] == entry[shared]:
        shared += 1
    return shared < len(entry) - 1


class FuzzyIndex:
    """One-edit look-ups of single words ("explosien" -> "explosion", "Warshau" -> "Warschau") through a
    deletion index: a few dictionary look-ups per word, no comparison with every entry. Prefix entries (the
    stems of ``word*`` patterns) also meet a misspelt word that goes on ("uberschwemungen")."""

    def __init__(self, min_len: int = 7, keep_first: int = 0) -> None:
        self.min_len = min_len
        # letters at the start a misspelling keeps: "scogliera" (a cliff) is one edit from "scioglie" (dissolves a
        # parliament) in its third letter, "terremoti" from "terremoto" in its last
        self.keep_first = keep_first
        self.harmless_heads: frozenset[str] = frozenset()  # see ``harmless_compound``
        self.harmless_wholes: frozenset[str] = frozenset()  # see ``harmless_whole``: no misspelling either
        self.known_words: Mapping[str, float] = {}  # see ``two_known_words``
        self.dictionary: Container[str] = frozenset()  # rare words of their own: see ``lookup``
        self._index: dict[str, str] = {}  # deletion -> stems joined by "|" (strings load fast from the cache)
        self._entries: dict[str, list[tuple[str, object, str, bool]]] = {}  # stem -> (label, value, phrase, prefix)

    def add(self, stem: str, label: str, value: object, phrase: str, prefix: bool = False) -> None:
        if len(stem) < self.min_len or " " in stem:
            return
        first = stem not in self._entries
        self._entries.setdefault(stem, []).append((label, value, phrase, prefix))
        if first:
            for key in _deletions(stem) | {stem}:
                self._index[key] = f"{self._index[key]}|{stem}" if key in self._index else stem

    def lookup(self, word: str) -> list[tuple[str, object, str]]:
        """Entries within one edit of ``word`` (or of a start of it, for prefix entries); none for a compound of
        two known words or for a word named harmless whole ("destitute" is no misspelt "destituye"), and none that a
        word of the ``dictionary`` differs from before the entry's last letter: it is a word of its own ("shooing" is
        no "shooting", "looming" no "looting": ``word_of_its_own``), where one that differs only at the end is the
        entry inflected ("clashed" for "clashes", "paralyzed" for "paralys*"). The entry itself, spelt right, is no
        misspelling of it: where a rule dropped the word ("plummeting" as an air show's stunt), it stays dropped."""
        if two_known_words(word, self.known_words) or harmless_whole(word, self.harmless_wholes):
            return []
        out = []
        seen = set()
        for n in range(max(self.min_len - 1, 1), len(word) + 1):
            q = word[:n]
            for key in sorted(_deletions(q) | {q}):  # in a fixed order: the first entry found is the one reported
                hit = self._index.get(key)
                for stem in hit.split("|") if hit else ():
                    if stem in seen or stem == word or not within_one_edit(q, stem) \
                            or q[:self.keep_first] != stem[:self.keep_first] \
                            or word_of_its_own(word, stem, self.dictionary):
                        continue
                    for label, value, phrase, prefix in self._entries[stem]:
                        # the edit may have moved the compound's seam by a letter: "sturmflutw|arnschild"
                        if (prefix and not any(harmless_compound(word, word[:k], self.harmless_heads)
                                               for k in (n - 1, n, n + 1))) or n == len(word):
                            out.append((label, value, phrase))
                            seen.add(stem)
        return out


class WordFuzzyIndex:
    """One-edit look-ups (``within_one_edit``) of single words in a list of words that stand for themselves (the
    names of strong places: "Warshau" -> "warschau"). One edit of a word of 7 letters or more leaves its first three
    or its last three letters as they were, so the words are kept by their first three letters and length and by
    their last three and length, and a look-up compares the word only with those sharing either, at its length and
    one either side (a few words, some microseconds). For 18,000 names this is a few hundred kilobytes that load at
    once, where a deletion index (``FuzzyIndex``) of the same names took 170,000 keys and a tenth of a second of
    every start-up."""

    def __init__(self, label: str, min_len: int = 7, keep_first: int = 1) -> None:
        self.label = label
        self.min_len = min_len
        self.keep_first = keep_first  # letters at the start a misspelling keeps (at most 3)
        self.dictionary: Container[str] = frozenset()  # rare words of their own: see ``FuzzyIndex.lookup``
        self._buckets: dict[str, str] = {}  # "<first three>/<length>" and "/<last three>/<length>" -> words joined by "|"

    @staticmethod
    def _keys(word: str, length: int) -> tuple[str, str]:
        return f"{word[:3]}/{length}", f"/{word[-3:]}/{length}"

    def add(self, word: str) -> None:
        if len(word) < self.min_len or " " in word or "|" in word:
            return
        for key in self._keys(word, len(word)):
            held = self._buckets.get(key)
            if held is None:
                self._buckets[key] = word
            elif word not in held.split("|"):
                self._buckets[key] = f"{held}|{word}"

    def lookup(self, word: str) -> list[tuple[str, None, str]]:
        """The words within one edit of ``word`` that share its first ``keep_first`` letters, in alphabetical
        order; none that a word of the ``dictionary`` differs from before their last letter ("goggles" is no
        "Google": ``word_of_its_own``)."""
        if len(word) < self.min_len - 1:
            return []
        found = set()
        for length in (len(word) - 1, len(word), len(word) + 1):
            for key in self._keys(word, length):
                held = self._buckets.get(key)
                if held:
                    found.update(w for w in held.split("|")
                                 if w[:self.keep_first] == word[:self.keep_first] and within_one_edit(word, w)
                                 and not word_of_its_own(word, w, self.dictionary))
        return [(self.label, None, w) for w in sorted(found)]

