"""Things in a scene that look like an excuse for an event and are not.

A film named as the time or the place of an event is being shown there, and the event happens in the world ("a
gunman opens fire during a horror movie at a cinema in Aurora"); a painting a protest reaches is an artwork in the
scene, not the style asked for ("protesters gluing their hands to the frame of a painting at the Uffizi"); a chimney
of a plant is no fireplace ("une explosion déchire la cheminée de la centrale du Havre"). The words
that make a venue the setting of an event are here too: ``policy/styles.py`` reads them for its venues."""

from __future__ import annotations

from policy.acts import DONE_TO
from policy.normalize import Token
from policy.phrases import DETERMINERS, OF_LINKS, Match

# words that make a venue the place or the time where something happens, and the articles that may follow them
SETTING_WORDS = frozenset({"at", "in", "inside", "during", "on", "near", "outside", "into", "im", "bei", "beim",
                           "waehrend", "auf", "am", "a", "au", "aux", "dans", "pendant", "lors", "sur", "en",
                           "durante", "al", "alla", "nel", "nella", "nello", "presso"})
# an artwork a protest or an attack reaches ("glued to the frame of a painting", "Farbe auf ein Gemälde")
_ARTWORKS = frozenset({"painting", "oil painting", "gemaelde", "oelgemaelde", "peinture", "pintura", "dipinto",
                       "pittura", "fresco", "frescoes", "mural", "fresque", "affresco"})
_ARTWORK_PARTS = frozenset("of frame glass canvas de du des d di del della dello rahmen glas cadre vitre toile marco "
                           "cristal lienzo cornice vetro tela".split())
_ONTO_ARTWORK = DONE_TO | {"an", "al"}  # what joins an act to what it is done to, and German "an ein", Spanish "al"
_CHIMNEYS = frozenset({"cheminee", "chimenea", "caminetto", "kamin"})  # a fireplace, or a chimney of a plant
# words that make a film the time at which something happens: it is being shown ("during a horror movie")
_WHILE_SHOWN = frozenset({"during", "waehrend", "pendant", "lors", "durante"})
_SCREENINGS = ("screening", "vorfuehrung", "projection", "proyeccion", "proiezione")
SETTING_ARTICLES = DETERMINERS | {"der", "des", "du", "de", "d", "this", "of"}  # "of": "soldiers of the Queen's Guard"


def setting_word_before(tokens: list[Token], first: int) -> int:
    """Where the word that may make what starts at ``first`` a setting stands, past at most two articles
    (``SETTING_ARTICLES``: "during a", "at the", "bei der"); -1 at the prompt's start."""
    j = first - 1
    for _ in range(2):
        if j >= 0 and tokens[j].text in SETTING_ARTICLES:
            j -= 1
    return j


def artwork_touched(style: Match, tokens: list[Token], happenings: list[tuple[int, int, str]],
                    clause: list[int]) -> bool:
    """A painting or a mural that a protest or an attack earlier in its clause reaches, through "to", "an", "sur",
    "contra", "su" and their like and perhaps a part of it ("the frame of"), is an artwork in the scene, not the
    style asked for: "protesters gluing their hands to the frame of a painting at the Uffizi", "Aktivisten kleben
    sich im Städel an ein Gemälde"; "a painting of protesters" and "protesters in a painting" stay styles."""
    if style.phrase not in _ARTWORKS:
        return False
    k = style.first - 1
    while True:
        if k < 0 or style.first - k > 5 or tokens[k].stop:
            return False
        t = tokens[k].text  # "an" and "a" are prepositions before an article ("an ein", "à une"), else articles
        if t in _ONTO_ARTWORK and (t not in DETERMINERS or tokens[k + 1].text in DETERMINERS):
            break
        if t not in DETERMINERS and t not in _ARTWORK_PARTS:
            return False
        k -= 1
    return any(label in ("protest", "attack") and last < k and clause[first] == clause[style.first]
               for first, last, label in happenings)


def shown_then(frame: Match, tokens: list[Token], happenings: list[tuple[int, int, str]], clause: list[int]) -> bool:
    """A film named as the time or the place of an event outside it is a showing of the film, and the event happens
    in the world: "a gunman opens fire during a horror movie at a cinema in Aurora", "eine Explosion während eines
    Katastrophenfilms". "During" and its like do it for every frame ("an explosion in a war movie" stays the
    film's). A screening (``film_frame`` phrases with "screening", "Vorführung", "projection", "proyección",
    "proiezione") excuses only the events it shows: in its own clause, with no word of place or time between an
    event and the screening after it ("an earthquake documentary screening at a festival", "a film screening about
    the flood"; not "a shooting at a horror film screening", "a film screening, then a fire breaks out")."""
    j = setting_word_before(tokens, frame.first)
    outside = [(first, last) for first, last, _label in happenings
               if not (frame.first <= first and last <= frame.last)]
    if j >= 0 and tokens[j].text in _WHILE_SHOWN:
        return bool(outside)
    if not any(w in frame.phrase for w in _SCREENINGS):
        return False
    return any(clause[first] != clause[frame.first] or (last < frame.first and any(
        t.text in SETTING_WORDS for t in tokens[last + 1:frame.first])) for first, last in outside)


def chimney_of_a_site(safe: Match, tokens: list[Token], facilities: list[Match]) -> bool:
    """A fireplace word (``safe`` in cues.tsv: "cheminée", "chimenea") followed by "de", "of" and within two words
    a kind of site (``facility``) is the site's chimney: "la cheminée de la centrale du Havre", "la chimenea de la
    fábrica"."""
    if safe.phrase not in _CHIMNEYS or safe.last + 1 >= len(tokens) or tokens[safe.last + 1].text not in OF_LINKS:
        return False
    sites = {m.first for m in facilities}
    return any(k in sites for k in range(safe.last + 2, min(len(tokens), safe.last + 4)))
