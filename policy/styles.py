"""A style asked for by name. "In the style of", "al estilo de" and their like in the five languages introduce a
style, and the words after them say which: a painter or a film-maker is a look ("in the style of Wes Anderson"),
a news bulletin, a documentary or an outlet is a realistic rendering ("in the style of CNN breaking news, a
bombing in Kyiv"), so it excuses neither an event nor a name the way "cartoon" or "oil painting" do."""

from __future__ import annotations

from typing import Container

from policy.lexicon import Hit
from policy.normalize import Token
from policy.phrases import Match

# the style cues (cues.tsv, kind style) that introduce a style rather than name one
_INTRODUCERS = frozenset({"in the style of", "in the manner of", "dans le style de", "a la maniere de",
                          "im stil von", "al estilo de", "estilo", "nello stile di", "alla maniera di", "stile"})
_REALISTIC = ("news_framing", "outlets")  # lexicon kinds that name a realistic rendering
_AHEAD = 4  # tokens after an introducer that say which style

# a name used as a style or a theme: "a Wes Anderson style hotel", "a Frida Kahlo themed party", "im Stil von Wim
# Wenders", "en el estilo de Almodóvar"
STYLE_WORDS = frozenset({"style", "styled", "stil", "estilo", "stile", "inspired", "inspiriert", "themed", "esque"})
_STYLE_BEFORE = (("style", "of"), ("manner", "of"), ("stil", "von"), ("stile", "di"), ("estilo", "de"),
                 ("style", "de"), ("maniere", "de"), ("maniera", "di"), ("la", "manera", "de"), ("estilo",))


def asked_styles(styles: list[Match], lexicon_hits: list[Hit], realism: list[Match]) -> list[Match]:
    """The style cues that ask for a non-realistic look: an introducer counts only where none of the words after
    it is a news framing, an outlet or a word of realism ("nello stile di un telegiornale", "al estilo de un
    documental")."""
    realistic = {i for h in lexicon_hits if h.kind in _REALISTIC for i in range(h.first, h.last + 1)}
    realistic |= {i for m in realism for i in range(m.first, m.last + 1)}
    return [m for m in styles if m.phrase not in _INTRODUCERS
            or not realistic.intersection(range(m.last + 1, m.last + 1 + _AHEAD))]


def names_a_style(tokens: list[Token], first: int, last: int, persons: Container[int] = ()) -> bool:
    """The name right before a style word ("Tim Burton style", "Wes Anderson-inspired") or right after "in the
    style of" and its like in the five languages: the look of someone's work is asked for, not the person; unless
    the style is a person's ("a Taylor Swift style woman", "a man in the style of Elvis"): ``persons`` holds where
    words for a person end."""
    if last + 1 < len(tokens) and tokens[last + 1].text in STYLE_WORDS:
        return not any(i in persons for i in range(last + 2, last + 5))
    words = [t.text for t in tokens[max(0, first - 3):first]]
    for before in _STYLE_BEFORE:
        if len(words) >= len(before) and tuple(words[-len(before):]) == before:
            start = first - len(before)
            return not any(i in persons for i in range(start - 4, start))
    return False
