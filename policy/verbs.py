"""Verbs met apart from the words of their pattern. German: a separable particle at the end of the clause
("marschiert in Polen ein"), "ein" that is an article rather than a particle ("stürzt ein Kind"), and a subject
between a verb and its preposition ("In Berlin rast ein Lkw in ..."). English, French, Spanish and Italian: a place
phrase between a subject and its verb ("the dam above Derna bursts", "la diga sopra Derna cede")."""

from __future__ import annotations

from policy.normalize import Token
from policy.phrases import Match, PhraseMatcher

# German separable verbs put their particle at the end of the clause ("die Bundeswehr marschiert in Polen ein",
# "das Dach stürzt nach dem Sturm ein"): a two-word pattern ending in one of these is also met split so.
SEPARABLE_PARTICLES = frozenset({"ein", "aus", "ab", "an", "auf", "um", "zusammen", "los", "lahm", "still", "nieder",
                                 "fest", "weg", "herab", "herunter", "feuer"})
# a noun that closes its verb's clause the same way ("ein Ballon fängt über Warstein Feuer"), unless an article or a
# preposition makes it the object of another word ("legt Holz aufs Feuer", "wirft Scheite in das Feuer"); "eröffnet
# auf dem Stadtfest das Feuer" still counts
_NOUN_PARTICLES = frozenset({"feuer"})
_NOUN_PREPOSITIONS = frozenset("aufs ins ans am im zum vom beim auf in an zu von bei ueber uebers mit".split())
_NOUN_ARTICLES = frozenset("das dem des ein einem einen".split())
# words that start a new clause after a particle ("... marschiert in Polen ein und besetzt ...")
_CLAUSE_LINKS = frozenset({"und", "oder", "aber", "als", "weil", "waehrend", "nachdem", "bevor", "denn", "sodass"})


def _ends_clause(tokens: list[Token], k: int) -> bool:
    return k == len(tokens) - 1 or tokens[k].stop or tokens[k].dotted or tokens[k + 1].text in _CLAUSE_LINKS


def _pair(matcher: PhraseMatcher, tokens: list[Token], j: int, k: int) -> list[Match]:
    """The two-word patterns that tokens ``j`` and ``k`` make together, as matches of the verb's token ``j``
    spanning the characters up to token ``k``."""
    return [Match(m.label, m.value, j, j, tokens[j].start, tokens[k].end, m.phrase)
            for m in matcher.find([tokens[j], tokens[k]]) if m.first == 0 and m.last == 1]


def split_matches(matcher: PhraseMatcher, tokens: list[Token], reach: int = 8) -> list[Match]:
    """Two-word patterns of a verb and a separable particle met with up to ``reach`` words between them, the
    particle ending its clause (the end of the prompt, a comma or a full stop, or a conjunction after it) and
    nothing between them ending one. The match covers the verb's token (so what stands between, "in Polen",
    still counts on its own) and the characters up to the particle."""
    out: list[Match] = []
    for k, particle in enumerate(tokens):
        if particle.text not in SEPARABLE_PARTICLES or k < 2 or not _ends_clause(tokens, k):
            continue
        if particle.text in _NOUN_PARTICLES and (tokens[k - 1].text in _NOUN_PREPOSITIONS or (
                tokens[k - 1].text in _NOUN_ARTICLES and tokens[k - 2].text in _NOUN_PREPOSITIONS)):
            continue
        for j in range(k - 2, max(-1, k - 2 - reach), -1):
            if tokens[j].stop or tokens[j].dotted:
                break
            out += _pair(matcher, tokens, j, k)
    return out


# German prepositions: after a verb and "ein" one says "ein" was the particle ("marschiert ein in Polen")
_PREPOSITIONS_DE = frozenset("in im ins auf an am bei nach ueber unter vor hinter mit von vom zu zum zur aus durch "
                             "gegen".split())


def verb_matches(matcher: PhraseMatcher, tokens: list[Token]) -> list[Match]:
    """Every match of ``matcher``, verbs with separable particles met split too (``split_matches``). A verb and
    "ein" side by side do not count where a word other than a preposition follows in the same clause: "ein" is
    then the article of that word ("in Kiel stürzt ein Kind beim Spielen", "sticht ein Segelschiff in See"; "das
    Dach stürzt ein" and "marschiert ein in Polen" still count)."""
    whole = [m for m in matcher.find(tokens)
             if not (m.last > m.first and tokens[m.last].text == "ein" and not _ends_clause(tokens, m.last)
                     and tokens[m.last + 1].text not in _PREPOSITIONS_DE)]
    return whole + split_matches(matcher, tokens) + inverted_matches(matcher, tokens) + \
        interrupted_matches(matcher, tokens)


# articles that open a German subject placed after its verb ("In Berlin rast ein Lkw", "in Zwickau kracht ein Zug")
SUBJECT_ARTICLES = frozenset("ein eine einer der die das".split())
_VERB_PREPOSITIONS = frozenset("in ins auf gegen durch ueber".split())


def inverted_matches(matcher: PhraseMatcher, tokens: list[Token], reach: int = 4) -> list[Match]:
    """Two-word patterns of a verb and a preposition met with the subject between them: a German clause that opens
    with a place or a time puts the verb before its subject ("In Berlin rast ein Lkw in einen Weihnachtsmarkt" is
    "ein Lkw rast in ..."). The subject starts with an article right after the verb and runs at most ``reach``
    words, within the clause, up to the first of the prepositions; the match covers the verb's token."""
    out: list[Match] = []
    for j in range(len(tokens) - 3):
        if tokens[j].stop or tokens[j].dotted or tokens[j + 1].text not in SUBJECT_ARTICLES:
            continue
        for k in range(j + 2, min(len(tokens), j + 2 + reach)):
            if tokens[k - 1].stop or tokens[k - 1].dotted:
                break
            if tokens[k].text in _VERB_PREPOSITIONS:
                out += _pair(matcher, tokens, j, k)
                break
    return out


# prepositions that open a place phrase after a subject ("the dam above Derna", "a tanker off Brest", "le barrage
# au-dessus de Derna", "la diga sopra Derna", "la presa de Derna")
_PLACE_PREPOSITIONS = frozenset(
    "in at near on off above below over under outside behind upstream downstream "  # English
    "au aux pres sur sous devant derriere de du des "  # French
    "sopra sotto vicino presso davanti dietro di del della dei delle "  # Italian
    "sobre bajo cerca junto frente encima debajo "  # Spanish ("de", "del" above)
    "bei am im an vor hinter nahe ueber unter neben".split())  # German ("der Grenzzaun bei Melilla ist aufgeschnitten")
# words that go on a place phrase rather than open the verb after it
_NOT_A_VERB = _PLACE_PREPOSITIONS | frozenset(
    "the a an of to into out up down by with from for and or "
    "le la les l un une et "
    "il lo gli i una e "
    "el los las al y".split())


def interrupted_matches(matcher: PhraseMatcher, tokens: list[Token], reach: int = 5) -> list[Match]:
    """Patterns that open with a subject and go on with its verb ("dam burst*", "tower blows up", "diga cede") met with
    a place phrase between them: "the dam above Derna bursts", "a tanker off the coast of Brest blows up", "la diga
    sopra Derna cede". The phrase opens with a preposition right after the subject and runs at most ``reach`` words
    within the clause; the match covers the subject's token (the place between still counts on its own) and the
    characters up to the pattern's end."""
    out: list[Match] = []
    for j in range(len(tokens) - 3):
        if tokens[j].stop or tokens[j].dotted or tokens[j + 1].text not in _PLACE_PREPOSITIONS:
            continue
        for k in range(j + 3, min(len(tokens), j + 2 + reach)):  # the phrase: a preposition and a word at least
            if tokens[k - 1].stop or tokens[k - 1].dotted or tokens[k - 2].stop or tokens[k - 2].dotted:
                break
            if tokens[k].text in _NOT_A_VERB:
                continue  # "a storm over the Alps" is no "storm the", "a break at a hospital in" no "break-in"
            for m in matcher.find([tokens[j]] + tokens[k:k + matcher.max_words - 1]):
                if m.first == 0 and m.last >= 1:
                    end = tokens[k + m.last - 1].end
                    out.append(Match(m.label, m.value, j, j, tokens[j].start, end, m.phrase))
    return out
