"""The first-level subdivisions of every country (states, provinces, regions, cantons, counties: ISO 3166-2 from
``pycountry``) by their own names and their names in the five languages as far as its translations go
("Niederösterreich", "Basse-Autriche"; "Lombardia", "Lombardei", "Lombardie"), for the place index
(``policy.knowledge``).

ISO writes some names for sorting ("Asturias, Principado de"), with a second language in brackets ("Catalunya
[Cataluña]") or a note in parentheses ("Guyane (française)"): each such name gives the names people write. Names
made only of words of direction or of kinds of area ("Nord", "Western", "Centre-Sud", "North-West") name a region
nobody would recognise without its country, and are everyday words: they are left out."""

from __future__ import annotations

import gettext
import re
from typing import Iterator

from policy.lexicon import LANGUAGES

# words of direction and of kinds of area in the five languages (normalised: lower case, no accents)
_GENERIC = frozenset("""
north south east west northern southern eastern western central centre center upper lower middle greater
northeast northwest southeast southwest region province district
nord sud ost sued nordost nordwest suedost suedwest mitte zentral ober unter obere untere
est ouest centrale haut haute bas basse moyen grand grande
norte sur este oeste centro central noreste noroeste sureste suroeste alto alta bajo baja
settentrionale meridionale orientale occidentale centrale nordest nordovest sudest sudovest
oriental occidental septentrional meridional du de del della la le el l
""".split())


def _names_of(text: str) -> Iterator[str]:
    """The names a subdivision's ISO name stands for: "Catalunya [Cataluña]" is two, "Asturias, Principado de"
    is "Asturias", "Guyane (française)" is "Guyane"."""
    bracketed = re.match(r"^(.*?)\s*\[(.*)\]\s*$", text)
    for part in (bracketed.groups() if bracketed else (text,)):
        part = re.sub(r"\s*\(.*?\)", "", part).split(",")[0].strip()
        if part:
            yield part


def first_level_names() -> dict[str, tuple[str, set[str]]]:
    """Each first-level subdivision's code with its name in English (for display) and all its names (its own and
    its translations into the five languages), less the names made only of generic words."""
    import pycountry

    from policy.normalize import normalised_phrase

    translations = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                    for lang in LANGUAGES]
    out: dict[str, tuple[str, set[str]]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        names = set()
        for text in {sub.name} | {t.gettext(sub.name) for t in translations}:
            for name in _names_of(text):
                words = normalised_phrase(name).split()
                if words and not all(w in _GENERIC for w in words):
                    names.add(name)
        if names:
            out[sub.code] = (next(_names_of(translations[0].gettext(sub.name))), names)
    return out
