"""German adjectives of cities ("Grazer", "Salzburger", "Münchner"), made from the names the gazetteer knows a city by
(its own and, for a city of 50,000 people or more, its alternate names), for the country-adjective rule.

A name + "er" is also often a word: of another language where an alternate name is one ("Tank" makes "tanker",
"Unde" makes "under", "Gent" makes "gender"), or of German itself ("Kief" makes "Kiefer", "Male" makes "Maler").
Such forms would anchor events to towns nobody meant ("under the parliament building a fire breaks out"), so they
are left out, by word frequencies (``wordfreq``), when the index is built."""

from __future__ import annotations

from policy.lexicon import LANGUAGES

GERMAN_WORD_ZIPF = 3.0  # a German word this frequent is not taken for a foreign city's adjective
BIG_CITY = 250_000  # ...unless the city is this big and its German name is written more often than the word
GERMAN_SPEAKING = frozenset({"DE", "AT", "CH", "LI", "LU"})


def german_city_adjectives(key: str, population: int, country: str) -> list[str]:
    """The adjective forms of a city's name ``key`` (normalised, one word of four letters or more) that may stand
    for the city."""
    forms = {key + "er"} | ({key[:-2] + "ner"} if key.endswith("en") else set()) | (
        {key + "r"} if key.endswith("e") else set())
    return sorted(f for f in forms if _adjective_not_word(f, key, population, country))


def _adjective_not_word(form: str, key: str, population: int, country: str) -> bool:
    """Not a word of another language; for a city outside the German-speaking countries, not an ordinary German
    word either, unless the city is a big one whose German name is written more often than the form ("Prager" after
    "Prag", "Danziger", "Moskauer", "Pariser": an exonym's adjective, not a word of its own)."""
    from wordfreq import zipf_frequency

    german = zipf_frequency(form, "de")
    if any(zipf_frequency(form, lang) > german for lang in LANGUAGES if lang != "de"):
        return False
    if german < GERMAN_WORD_ZIPF or country in GERMAN_SPEAKING:
        return True
    return population >= BIG_CITY and german < zipf_frequency(key, "de")
