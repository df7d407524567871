"""Names of real places made of ordinary words, and the words around them that make them the ordinary words again.

A curated anchor such as "white house" or "home office" is the White House or the Home Office in most prompts that
write it, but not in "a white house on a hill" or "the home office of a freelancer"."""

from __future__ import annotations

from typing import Collection, Mapping

from policy.normalize import Token
from policy.phrases import OF_LINKS, SOMEONES, Match


def ordinary_phrase(tokens: list[Token], m: Match, common: Mapping[str, float], english: Collection[str]) -> bool:
    """A curated name of several ordinary words (Zipf 4 or more each: "white house", "home office", "central park",
    "gran via", "world cup") used as the ordinary phrase: after "a" or a possessive and not written with capitals ("a
    white house on a hill", "his home office"), or followed by "of a", "of my"... ("the home office of a freelancer",
    "la gran via de mi pueblo", "the world cup of a children's league"). The real place keeps its name in every
    other use ("the White House", "protests outside the white house", "a fire at the white house")."""
    words = m.phrase.split()
    if len(words) < 2 or not all(common.get(w, 0.0) >= 4.0 for w in words):
        return False
    before = tokens[m.first - 1].text if m.first > 0 else ""
    if before == "a" and not all(w in english for w in words):
        before = ""  # "a" is an article only in English: "incendie a notre dame" is at Notre-Dame
    if before in SOMEONES and not any(t.capitalised for t in tokens[m.first:m.last + 1]):
        return True
    after = [t.text for t in tokens[m.last + 1:m.last + 3]]
    return len(after) == 2 and after[0] in OF_LINKS and after[1] in SOMEONES
