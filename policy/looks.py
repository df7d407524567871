"""Style words that name no style where they stand: a painted thing in the scene, the French verb "anime", a "drawn"
that is no drawing, a style that only colours the footage. ``styles`` drops such words from the style cues, so they
excuse no event and no name.

"a house painted blue", "anime cette photo", "guns drawn", "anime-inspired color grading" are realistic footage."""

from __future__ import annotations

from collections.abc import Container

from policy.normalize import Token
from policy.phrases import Match

# what a style can colour in footage that stays realistic: "anime-inspired color grading", "Wes Anderson palette"
_GRADES = frozenset({"grading", "graded", "grade", "palette", "palettes", "lighting", "lut", "luts", "filter", "tones",
                     "colour", "color", "colours", "colors", "farben", "farbgebung", "couleurs", "etalonnage",
                     "colores", "colori"})


# "painted" said of a thing in the scene: the participles, and the words after them that place the paint or name its
# colour ("slogans painted on the walls", "a house painted blue", "die Wand ist bemalt mit ...")
_PAINTED = frozenset("painted gemalt bemalt peint peinte peints peintes pintado pintada pintados pintadas dipinta "
                     "dipinti dipinte".split())
_CANVASES = frozenset("canvas canvases leinwand toile lienzo tela panel wood holz bois tabla tavola".split())
_PAINTED_WHERE = frozenset("on onto outside across along over inside above behind auf an sur devant sobre sul sulla "
                           "sui sugli sulle".split())


def paints_a_thing(style: Match, tokens: list[Token], colours: Container[int]) -> bool:
    """A participle of painting followed by where the paint is or its colour: a painted thing in the scene ("the word
    children painted outside the theatre", "a house painted blue"), not a painted picture ("painted in oils")."""
    i = style.last + 1
    if style.first != style.last or tokens[i - 1].text not in _PAINTED or tokens[i - 1].stop or i >= len(tokens):
        return False
    if any(t.text in _CANVASES for t in tokens[i:i + 3]):
        return False  # "painted on canvas"
    return tokens[i].text in _PAINTED_WHERE or i in colours


# French "anime" before a determiner is the verb, "animate": "anime cette photo", not the anime style
_FRENCH_OBJECTS = frozenset("cette ce cet ces la le les l mon ma mes notre nos votre vos une un".split())


def animates(style: Match, tokens: list[Token]) -> bool:
    """The French imperative "anime" followed by what to animate ("anime cette photo de ..."): no anime style."""
    i = style.last + 1
    return (style.first == style.last and tokens[style.first].text == "anime" and not tokens[style.first].stop
            and i < len(tokens) and tokens[i].text in _FRENCH_OBJECTS)


# what is "drawn" without being a drawing: weapons at the ready, a carriage pulled, curtains closed, a long process
_DRAWN_BEFORE = frozenset("gun guns weapon weapons pistol pistols sword swords knife knives blade blades baton batons "
                          "rifle rifles horse".split())
_DRAWN_AFTER = frozenset("curtains curtain blinds out faces face".split())


def drawn_not_drawing(style: Match, tokens: list[Token]) -> bool:
    """The English "drawn" that is no drawing: "guns drawn", "a horse-drawn carriage", "drawn curtains", "a long
    drawn-out fight"."""
    if style.first != style.last or tokens[style.first].text != "drawn":
        return False
    before = tokens[style.first - 1].text if style.first else ""
    after = tokens[style.first + 1].text if style.first + 1 < len(tokens) else ""
    return before in _DRAWN_BEFORE or after in _DRAWN_AFTER


def graded(style: Match, tokens: list[Token]) -> bool:
    """A style that only colours the footage: "anime-inspired color grading", "a Wes Anderson palette", "cartoon
    colours" ("inspired", "style" or "like" may stand between)."""
    i = style.last + 1
    between = ("inspired", "style", "like", "esque", "type")
    while i < len(tokens) and tokens[i].text in between and not tokens[i - 1].stop:
        i += 1
    return i < len(tokens) and not tokens[i - 1].stop and tokens[i].text in _GRADES
