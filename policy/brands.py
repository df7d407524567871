"""Names that label a thing: a brand named after its founder ("a Calvin Klein perfume", "un sac Louis Vuitton")
is no person, though the founder doing something is."""

from __future__ import annotations

from collections.abc import Container, Iterable

from policy.frozen import ExactIndex
from policy.normalize import Token
from policy.phrases import DETERMINERS, OF_LINKS, POSSESSIVES, Match

_OF = {"of", "de", "di", "du", "von", "della", "del", "d"}  # between a kind of thing and the name that labels it
# what stands before a name that labels the thing after it ("a Calvin Klein perfume"); a name with none before it is
# still a person however telegraphic the rest ("Macron bouteille de vin à la main")
_DETERMINERS = DETERMINERS | POSSESSIVES | frozenset("der des this that".split())
# words that may stand between the determiner and a name that labels a thing: "a signed Messi shirt"
_THING_WORDS = frozenset("replica signed autographed official vintage genuine fake signierte signiertes "
                         "original".split())
_SUFFIXES = frozenset({"jr", "sr", "jnr", "snr"})  # between a name and the place named after it ("King Jr. Boulevard")


def names_a_place(tokens: list[Token], last: int, kinds: Container[int]) -> bool:
    """A name right before a capitalised English kind of place (``kinds``: where matches of ``cues.tsv`` kind
    ``named_place`` start; "on Martin Luther King Jr. Boulevard", "a café on Rosa Parks Boulevard"): the place named
    after the person, not the person. Not in a title-case prompt ("Joe Biden Street Interview")."""
    i = last + 1
    if i < len(tokens) and tokens[i].text in _SUFFIXES:
        i += 1
    return (i in kinds and tokens[i].capitalised
            and not (i + 1 < len(tokens) and tokens[i + 1].capitalised))


# a kind of settlement right before its name, as German and Italian write it ("das Dorf Blatten", "la frazione
# Rigopiano")
_SETTLEMENTS = frozenset("dorf doerfchen stadt staedtchen gemeinde ortschaft weiler village ville bourg hameau pueblo "
                         "aldea ciudad paese borgo frazione comune citta cittadina".split())


def reads_as_place(tokens: list[Token], i: int, kinds: Container[int], common: Container[str],
                   places: ExactIndex) -> bool:
    """A word that is a place's name (``places``: the gazetteer's index), alone or as the last word of a name of two
    ("Alcatraz", "Grand Bahama"), or that the grammar around it makes one: after a kind of place and "of" (``kinds``:
    where matches of ``anchor_noun`` end; "in the village of Blatten", "il paese di Vinci") or right after a kind of
    settlement ("das Dorf Blatten"), or a capitalised place adjective in -er before an ordinary capitalised noun, the
    way German names lakes and bays ("am Ufer des Laacher Sees", "die Kieler Förde"). A close spelling of a surname
    there is no misspelt person (Kallas, Mahama, Klatten, Larcher)."""
    if places.get(tokens[i].text) is not None or (i and places.get(f"{tokens[i - 1].text} {tokens[i].text}")):
        return True
    if i >= 2 and tokens[i - 1].text in OF_LINKS and (i - 2) in kinds:
        return True
    if i >= 1 and tokens[i - 1].text in _SETTLEMENTS:  # "das Dorf Blatten" ("il borgo di ...": the line above)
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (tokens[i].text.endswith("er") and tokens[i].capitalised and nxt is not None and nxt.capitalised
            and nxt.text in common)


def labels_a_thing(tokens: list[Token], first: int, last: int, products: Iterable[Match], extend: int = 0) -> bool:
    """A name between a determiner and the kind of thing it labels ("a Calvin Klein perfume", "ein Hugo Boss
    Anzug") or right after the kind of thing, "of" or "de" between or not ("un sac Louis Vuitton", "una botella de
    Ron Barceló"), names a brand or a thing, not a person; so does a name before a place named after it
    (``names_a_place``). ``products``: matches of ``cues.tsv`` kind ``product`` (and, for the unlisted-name rule,
    ``named_after`` and ``named_place``); ``first``-``last``: the name's tokens, taken on over up to ``extend`` more
    capitalised words either side ("a Ralph Lauren polo", "un sac Jean Paul Gaultier"; a
    capitalised German noun after the name is the thing: "ein Tom Tailor Pullover")."""
    products = list(products)
    starts = {m.first for m in products}
    ends = {m.last for m in products}
    for _ in range(extend):
        if first > 0 and tokens[first - 1].capitalised and first - 1 not in ends:
            first -= 1
    det = first - 2 if first > 1 and tokens[first - 1].text in _THING_WORDS else first - 1  # "a signed Messi shirt"
    if last in starts and det >= 0 and tokens[det].text in _DETERMINERS:
        return True  # a German noun is capitalised: "eine Jil Sander Handtasche" (the pair "Sander Handtasche")
    for _ in range(extend):
        if last + 1 < len(tokens) and tokens[last + 1].capitalised and last + 1 not in starts:
            last += 1
    after = last + 1
    if after < len(tokens) and after in starts and det >= 0 and tokens[det].text in _DETERMINERS:
        return True
    before = first - 1
    if before > 0 and tokens[before].text in _OF:
        before -= 1
    places = {m.first for m in products if m.label == "named_place"}
    return before in ends or names_a_place(tokens, last, places)
