"""When a prompt's events happen: a year long past or an era ("in 1906", "79 AD") makes them history; a recent year
next to an event makes it recent whatever old-time words dress it."""

from __future__ import annotations

import re

from policy.normalize import Token
from policy.phrases import Match

_YEAR = re.compile(r"^(1[0-9]{3})$")
# era markers after a year: "79 AD", "44 BC", "79 d.C.", "800 n. Chr.", "52 av. J.-C."
_ERAS = {("ad",), ("bc",), ("bce",), ("ce",), ("dc",), ("ac",), ("d", "c"), ("a", "c"), ("n", "chr"), ("v", "chr"),
         ("av", "j", "c"), ("ap", "j", "c"), ("aev",)}


def dates_the_past(tokens: list[Token]) -> bool:
    """A year before 1970 ("in 1906") or a year with an era after it ("79 AD", "800 n. Chr.", "52 av. J.-C.")."""
    words = [t.text for t in tokens]
    return any(_YEAR.match(w) and int(w) < 1970 for w in words) or any(
        w.isdigit() and any(tuple(words[i + 1:i + 1 + len(e)]) == e for e in _ERAS) for i, w in enumerate(words))


_RECENT_YEAR = re.compile(r"^(19[7-9][0-9]|20[0-9]{2})$")


# an event measured against a century up to now: "the biggest fire in Bordeaux in a century", "depuis un siècle"
_SINCE = frozenset("in depuis da en seit desde for".split())
_ONE = frozenset("a un one einem uno over plus".split())
_CENTURY = frozenset("century siecle secolo siglo jahrhundert".split())


def dates_an_event_now(tokens: list[Token], events: list[Match]) -> bool:
    """A year since 1970 within two words of an event ("the 2024 floods in Valencia", "the riots of 2023"): the event
    is recent, whatever old-time words dress it ("a medieval reconstruction of the 2024 floods"); so is one measured
    against the last century ("le plus grand incendie de Bordeaux depuis un siècle", "the worst in a century")."""
    near = {i for e in events for i in range(e.first - 2, e.last + 3)}
    if events and any(tokens[i].text in _SINCE and tokens[i + 1].text in _ONE and tokens[i + 2].text in _CENTURY
                      for i in range(len(tokens) - 2)):
        return True
    return any(_RECENT_YEAR.match(t.text) for i, t in enumerate(tokens) if i in near)
