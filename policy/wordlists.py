"""Word lists from word frequencies (the ``wordfreq`` package): the ordinary words of the five languages, the frequent
English ones, and the rarer English words that are still words, not typing errors. Read once, when the policy's
knowledge is built (``policy.knowledge``)."""

from __future__ import annotations

from typing import Mapping

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
