"""What a subject does: the act cue that follows a subject cue within a few words in its clause, made an event of
its own. Used where a kind of thing and a kind of act make news only together (policy/collisions.py: a blockade,
an animal's attack, a part of a building giving way; policy/nature.py: weather knocking things down); and what an
act is done to (policy/styles.py: an artwork attacked is no style asked for)."""

from __future__ import annotations

from typing import Container, Iterable

from policy.normalize import Token
from policy.phrases import DETERMINERS, Match, same_clause


def act_after(subject: Match, acts: Iterable[Match], tokens: list[Token], reach: int) -> Match | None:
    """The first of ``acts`` within ``reach`` words after ``subject``, in its clause: what the subject does."""
    return next((a for a in acts if 0 < a.first - subject.last <= reach and same_clause(tokens, subject.last, a.first)),
                None)


def followed_within(act: Match, starts: Iterable[int], tokens: list[Token], reach: int) -> bool:
    """Whether one of ``starts`` (token indices) lies within ``reach`` words after ``act``, in its clause: what the
    act is done to."""
    return any(act.last < p <= act.last + reach and same_clause(tokens, act.last, p) for p in starts)


def as_event(label: str, act: Match) -> Match:
    """The act as an event of kind ``label``, with its own span and phrase."""
    return Match(label, None, act.first, act.last, act.start, act.end, act.phrase)


def word_before(tokens: list[Token], first: int, skip: Container[str]) -> int:
    """Where the word before token ``first`` stands, past at most one word of ``skip`` (an article, a copula); -1 at
    the prompt's start: "no explosions", "over the summit", "the stand is on fire"."""
    k = first - 1
    return k - 1 if k >= 0 and tokens[k].text in skip else k


# what joins an act to the thing it is done to ("setting fire to a tapestry", "kippen Farbe über ein Gemälde"); not
# "in", "as" or "like", which ask for a look ("a riot in a painting style", "comme une peinture")
DONE_TO = frozenset("to onto over on at across against ueber auf gegen sur contre sobre contra su sul sulla sui "
                     "contro a".split())


def done_to(tokens: list[Token], first: int, act_at: Container[int], reach: int = 3) -> bool:
    """Whether the thing at token ``first`` is what an act ending right before it is done to, with at most ``reach``
    joining words between, one of them a preposition: an artwork attacked is no style asked for ("a man setting fire
    to a tapestry", "Demonstranten kippen Farbe über ein Gemälde")."""
    k = first - 1
    while k >= 0 and first - k <= reach and (tokens[k].text in DONE_TO or tokens[k].text in DETERMINERS) \
            and not tokens[k].stop:
        k -= 1
    return k in act_at and not tokens[k].stop and any(tokens[j].text in DONE_TO for j in range(k + 1, first))
