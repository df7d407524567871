"""Sports talk that borrows the words of disaster and violence: a stadium that explodes when the winner goes in
("Anfield explodes", "das Weserstadion brennt vor Stimmung", "el Camp Nou se viene abajo"), a team that massacres
its rivals ("Nantes massacre son adversaire", "la Real Sociedad masacra a su rival"). Either needs a moment of the
game in the prompt (``match_moment``: a goal, a penalty, the final whistle, the fans' songs) and nobody hurt; a
bomb, a fire in a stand or a crush there stays news."""

from __future__ import annotations

from typing import Container

from policy.acts import word_before
from policy.normalize import Token
from policy.phrases import DEFINITE, Match

_VIOLENT = frozenset({"attack", "crime", "war", "protest"})
RIVAL_REACH = 3  # words from the act to whom it is done: "killing off the game", "masacra a su rival"
_BEFORE_VERB = DEFINITE | {"is", "ist", "est", "es", "e"}  # "the crowd is on fire", "l'Olimpico è in fiamme"


def cheers_and_thrashings(events: list[Match], cues: dict[str, list[Match]], tokens: list[Token],
                          venue_ends: Container[int]) -> list[Match]:
    """``events`` without the figures of sports talk: an event word said of a crowd (``cheer_verb``: "explodes",
    "brennt", "se viene abajo") whose subject is a venue, a stand or a crowd (``venue_ends``: where one ends, right
    before the word or before an article and it), and an act of violence done to the other side (``rival``: "their
    rivals", "den Gegner", "le match") within three words."""
    said = {i for e in events for i in range(e.first, e.last + 1)}  # "killing" is a casualty word of its own
    if not cues.get("match_moment") or any(c.first not in said for c in cues.get("casualty", ())):
        return events
    cheers = [(m.first, m.last) for m in cues.get("cheer_verb", ())]
    rivals = {m.first for m in cues.get("rival", ())}
    out = []
    for e in events:
        if any(a <= e.first and e.last <= b for a, b in cheers) and word_before(tokens, e.first, _BEFORE_VERB) in \
                venue_ends:
            continue  # "Old Trafford erupts when the penalty hits the net"
        if e.label in _VIOLENT and any(e.last < k <= e.last + RIVAL_REACH for k in rivals):
            continue  # "Arsenal massacring their rivals at the Emirates"
        out.append(e)
    return out
