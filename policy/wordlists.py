"""Word lists from word frequencies (the ``wordfreq`` package): the ordinary words of the five languages, the frequent
English ones, and the rarer English words that are still words, not typing errors; and first names (the
``gender_guesser`` package's and the project's own list). Read once, when the policy's knowledge is built
(``policy.knowledge``)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Mapping

from policy.normalize import fold

COMMON_ZIPF = 3.5  # an ordinary word: seen about once in 300,000 words or more
# a word of the English dictionary, however rare: seen about once in 100 million words or more. Typing errors are far
# rarer (wordfreq lists none of "explosien", "hurricaine", "terorist", "evacution"), so a word this frequent is no
# misspelling of an event word it differs from inside ("shooing" is no "shooting", "looming" no "looting")
DICTIONARY_ZIPF = 1.9


def common_words(languages: tuple[str, ...]) -> tuple[dict[str, float], set[str]]:
    """Ordinary words of the five languages with their highest Zipf frequency (3.5 or more); and the frequent
    English ones (Zipf 4 or more: "a" is an article only in English, so "a white house" needs English words)."""
    try:
        from wordfreq import top_n_list, zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return {}, set()
    out: dict[str, float] = {}
    english: set[str] = set()
    for lang in languages:
        for w in top_n_list(lang, 40000):
            z = zipf_frequency(w, lang)
            if z >= COMMON_ZIPF:
                k = fold(w)
                out[k] = max(out.get(k, 0.0), z)
                if lang == "en" and z >= 4.0:
                    english.add(k)
    return out, english


def dictionary_words(common: Mapping[str, float]) -> set[str]:
    """English words of 7 letters or more, rarer than the ordinary ones but in the dictionary (``DICTIONARY_ZIPF``):
    the words the one-edit look-ups of misspelt event words and place names must not take for misspellings."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return set()
    least = 10.0 ** (DICTIONARY_ZIPF - 9.0)  # Zipf is log10 of the frequency per billion words
    out = set()
    for w, f in get_frequency_dict("en").items():
        if f >= least and len(w) >= 7:
            k = fold(w)
            if k.isalpha() and k not in common:
                out.add(k)
    return out


# a word this frequent is a function word ("eine", "una", "con"), never a first name in a prompt
FUNCTION_WORD_ZIPF = 5.8
# first names that are also ordinary words: not evidence of a person's name on their own
_NOT_NAMES = {"will", "may", "mark", "rose", "grace", "hope", "faith", "joy", "summer", "sunny", "golden", "young",
              "king", "august", "april", "june", "bill", "frank", "guy", "art", "dean", "page", "chase", "hunter",
              "miles", "ray", "sky", "star", "santa", "saint", "san", "sankt", "the", "der", "die", "das", "le", "la",
              "el", "il", "lo", "don", "pope", "papa", "general", "major", "captain", "doctor", "mister", "lady",
              "queen", "prince", "princess", "dr", "mr", "mrs", "ms", "herr", "frau", "madame", "monsieur", "signor",
              "signora", "senor", "senora", "new", "big", "little", "old", "black", "white", "red", "green", "brown",
              "gray", "grey", "blue", "van", "von", "de", "di", "da", "del", "della", "dos", "al", "bin", "ben", "ibn",
              "mac", "mc", "o", "st", "pat", "gay", "bay", "lake", "river", "cliff", "glen", "dale", "wood", "forest",
              "heath", "brook", "storm", "rain", "snow", "autumn", "winter", "spring", "christmas", "easter",
              "nova", "luna", "sol", "mar", "cruz", "paz", "angel", "angels", "honey", "candy", "cookie", "ginger",
              "pepper", "olive", "ivy", "lily", "daisy", "iris", "jasmine", "violet", "amber", "ruby", "pearl",
              "crystal", "diamond", "jade", "coral", "dawn", "eve", "noel", "bella", "belle", "bonnie", "happy",
              "lucky", "sweet", "so", "jack"}


def first_names(common: Mapping[str, float], extra: Iterable[str]) -> tuple[set[str], set[str]]:
    """First names frequent somewhere (gender_guesser: a frequency of 3 or more, on its 1-13 scale, in at
    least one country), and separately the rare ones (1 or 2 everywhere: "Ovidio"), which only the unlisted-name
    rule reads (taken as first names everywhere, they would hide places and sites: "Lafayette" is one). Both leave
    out those that are also ordinary words (a curated list: word frequency lists count "Paul" as often as any word,
    so they cannot tell) and the function words of the five languages (a Zipf frequency of 5.8 or more: "Eine",
    "Una", "Con", "Man" open sentences; no first name in use is that frequent). The rare ones also take the names
    of ``extra`` (those of ``data/first_names.tsv``: African, South and East Asian names the list lacks) that are no
    ordinary word."""
    try:
        import gender_guesser
    except ImportError:  # pragma: no cover
        return set(), set()
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    out, rare = set(), set()
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if not line or line[0] in "#=" or len(line) < 31:
                continue
            name = line[3:29].strip()
            freqs = [int(c, 16) for c in line[30:85] if c in "123456789ABCD"]
            if not freqs:
                continue
            for variant in (name.replace("+", " "), name.replace("+", "-"), name.replace("+", "")):
                k = fold(variant).replace("-", " ")
                if k.replace(" ", "").isalpha() and len(k) >= 3 and k not in _NOT_NAMES \
                        and common.get(k, 0.0) < FUNCTION_WORD_ZIPF:
                    (out if max(freqs) >= 3 else rare).add(k)
    for name in extra:  # names gender_guesser lacks: "Kwame", "Aarav"
        k = fold(name).replace("-", " ")
        if len(k.replace(" ", "")) >= 4 and k not in out and k not in common:  # not "Sana", "Mio", "Lata"
            rare.add(k)
    return out, rare - out
