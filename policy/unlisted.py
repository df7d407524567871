"""Names the gazetteer does not know: a capitalised first name and a capitalised word after it look like a real
person outside the list (``unlisted_name``: review), unless they are a place, a product, a character, a style or two
ordinary words (a country's or city's adjective after a first name is a surname: "Pietro Lombardi"); so does a family
name with siblings ("the Murray brothers", "die Bender-Zwillinge", "les frères Lebrun", "i fratelli Cannavaro"), and
a performer's trade before one rare capitalised word, a stage name ("le rappeur Vald")."""

from __future__ import annotations

from policy.brands import labels_a_thing
from policy.compose import FUNCTION_WORDS, Analysis
from policy.decision import Reason
from policy.knowledge import Knowledge
from policy.normalize import Token
from policy.phrases import DEFINITE, DETERMINERS, INDEFINITE, Match
from policy.styles import STYLE_WORDS


# the kind of a place written before its name, which is also a first name somewhere: "Sierra Bermeja", "Monte Rosa"
_PLACE_HEADS = frozenset("sierra monte costa isla cabo punta playa valle val puerto mont pic col cap colle capo isola"
                         .split())


def unlisted_names(a: Analysis, kb: Knowledge) -> list[Reason]:
    """A real-looking full name that the gazetteer does not know: review."""
    if a.title_case or a.cues.get("fiction") or (a.cues.get("style") and not a.cues.get("realism")):
        return []  # an unknown name in a painting or a cartoon is no deepfake; "painted as a clown, realistic" is
    tokens, first_names, common = a.tokens, kb.first_names, kb.common_words
    things = [m for kind in ("product", "named_after", "named_place", "named_venue") for m in a.cues.get(kind, ())]
    named_ends = {m.last for m in a.cues.get("named", ())}
    kinds_of_place = {m.first for m in a.cues.get("named_place", ())}  # "Penny Lane", "Victoria Falls"
    loc_ends = {m.last for m in a.cues.get("locative", ())}
    loc_starts = {m.first for m in a.cues.get("locative", ())}
    taken = set()
    for m in a.places + a.adjectives:
        if _name_not_place(a, kb, m, loc_ends) or (m in a.adjectives and _demonym_surname(a, kb, m)):
            continue
        taken.update(range(m.first, m.last + 1))
    for s, e in a.person_spans + [(m.first, m.last) for m in a.cues.get("greeting", ())]:  # "Feliz Navidad"
        taken.update(range(s, e + 1))
    reasons = []
    i = 0
    while i < len(tokens) - 1:
        t, u = tokens[i], tokens[i + 1]
        if (t.capitalised and u.capitalised and (t.text in first_names or t.text in kb.rare_first_names)
                and i not in taken and (i + 1) not in taken
                and not t.stop  # "an Silvester, Zeichentrick": a comma between, not a name
                # a place named after someone, where a word of place stands before or after it: "on Penny Lane",
                # "Charlotte Street in London" (not "Emma Lane giving a speech")
                and not ((i + 1) in kinds_of_place and ((i - 1) in loc_ends or (i + 2) in loc_starts))
                # a ship, a house or a longer name of a thing after "the": "the Mary Rose", "the Great British Beer
                # Festival"
                and not _after_the(tokens, i)
                # a mountain range after an article or a locative word, not a woman: "la Sierra Bermeja"
                and not (t.text in _PLACE_HEADS and i > 0 and (tokens[i - 1].text in DEFINITE or (i - 1) in loc_ends))
                # inside a hyphenated compound of three parts or more: "Kaiser-Wilhelm-Gedächtniskirche" (a double
                # surname of two rare words after a first name still counts: "Seda Başay-Yıldız")
                and ((i + 1) not in a.joined or _double_surname(tokens, i, a.joined, common))
                and not (i in a.joined and (i - 1) in a.joined)
                # a hyphenated place the gazetteer holds, where nothing made it an anchor: "Lac-Mégantic at sunrise";
                # a first name hyphened to a word that is none is a thing named after it: "eine Ariane-Rakete"
                and not (i in a.joined and (kb.places.get(f"{t.text} {u.text}") or u.text not in first_names))
                and u.text.isalpha() and len(u.text) >= 2 and u.text not in FUNCTION_WORDS
                and not any(k in named_ends for k in range(i - 3, i))
                and not any(c.first == i and c.last == i + 1 for c in a.cues.get("character", ()))
                and not (i + 2 < len(tokens) and tokens[i + 2].text in STYLE_WORDS)  # "Frida Kahlo themed party"
                and not (common.get(t.text, 0.0) >= 4.5 and common.get(u.text, 0.0) >= 5.0)  # "Tea Party"
                and not labels_a_thing(tokens, i, i + 1, things, extend=2)):
            # the detail does not repeat the name: it may be a private person's, and reasons go to the audit log
            reasons.append(Reason("real_person", "unlisted_name", [t.start, u.end],
                                  "a first name and a surname: looks like a real person outside the list"))
            i += 2
            continue
        i += 1
    if not reasons and not a.historical:
        reasons += _siblings(a, kb, taken)
    if not reasons and not a.historical:
        reasons += _stage_names(a, kb, taken)
    return reasons[:2]


# performers and sports people written before the one name they go by ("the rapper Vald", "der Moderator Lanz",
# "la chanteuse Zaz", "el rapero Duki", "il cantautore Ultimo"); normalised as ``tokenize`` writes them
_PERFORMERS = frozenset(
    "rapper singer songwriter popstar dj comedian youtuber streamer influencer tiktoker footballer striker boxer "
    "presenter newsreader rapperin saenger saengerin moderator moderatorin komiker komikerin fussballer "
    "influencerin schlagersaenger schlagersaengerin liedermacher rappeur rappeuse chanteur chanteuse animateur "
    "animatrice humoriste footballeur youtubeur youtubeuse boxeur presentateur presentatrice rapero rapera "
    "cantante cantautor cantautora presentador presentadora humorista futbolista boxeador cantaor cantaora "
    "reguetonero reguetonera cantautore cantautrice conduttore conduttrice presentatore presentatrice comico "
    "comica calciatore pugile trapper".split())
_STAGE_NAME_ZIPF_MAX = 4.0  # more frequent than this, the word after the trade is an ordinary one ("the DJ Booth")


def _stage_names(a: Analysis, kb: Knowledge, taken: set[int]) -> list[Reason]:
    """A performer's or player's trade right before one capitalised word that is no ordinary word, place or
    character: someone known by one name ("the rapper Vald"). Not after an indefinite article ("a singer Rose" is
    anyone) and not an ordinary word ("the presenter Weather report"); in German, whose nouns are all capitalised,
    only a rare word counts ("der Komiker Witze erzählend" is no name)."""
    tokens, common = a.tokens, kb.common_words
    characters = {k for c in a.cues.get("character", ()) for k in range(c.first, c.last + 1)}
    for i in range(len(tokens) - 1):
        trade, name = tokens[i], tokens[i + 1]
        if trade.text not in _PERFORMERS or trade.stop or i + 1 in taken or i + 1 in characters:
            continue
        if i > 0 and tokens[i - 1].text in INDEFINITE:
            continue
        if not (name.capitalised and name.text.isalpha() and len(name.text) >= 3 and name.text not in FUNCTION_WORDS):
            continue
        if name.text in _PERFORMERS or (i + 2 < len(tokens) and tokens[i + 2].text in STYLE_WORDS):
            continue  # "Singer Songwriter Night", "the singer Beyonce style outfit"
        if common.get(name.text, 0.0) >= (_RARE_ZIPF if a.german else _STAGE_NAME_ZIPF_MAX):
            continue
        return [Reason("real_person", "unlisted_name", [trade.start, name.end],
                       "a performer's or player's trade before one name: looks like a real person outside the list")]
    return []


# siblings named by their family: the family name before the word ("the Murray brothers", hyphened in German: "die
# Bender-Zwillinge") or after it, behind an article ("die Gebrüder Kelly", "les frères Lebrun", "los hermanos Gasol")
_SIBLINGS_AFTER_NAME = frozenset("brothers sisters twins brueder zwillinge schwestern".split())
_SIBLINGS_BEFORE_NAME = frozenset("gebrueder brueder schwestern zwillinge freres soeurs jumeaux jumelles hermanos "
                                  "hermanas gemelos gemelas fratelli sorelle gemelli gemelle".split())
_SIBLING_ARTICLES = frozenset("die les los las i le".split())
_AND = frozenset("and und et y e".split())
_NAME_ZIPF_MAX = 4.9  # more frequent than this, the capitalised word is an ordinary one ("Super", "Essen")
_RARE_ZIPF = 3.0  # rarer than this, a capitalised word after a first name is a surname ("Malka", "Başay-Yıldız")


def _siblings(a: Analysis, kb: Knowledge, taken: set[int]) -> list[Reason]:
    """Brothers, sisters or twins named by a family name that is no place (``taken``), character or ordinary word."""
    tokens = a.tokens
    characters = {k for c in a.cues.get("character", ()) for k in range(c.first, c.last + 1)}

    def family(k: int) -> bool:
        t = tokens[k]
        return (t.capitalised and t.text.isalpha() and len(t.text) >= 3 and k not in taken and k not in characters
                and kb.common_words.get(t.text, 0.0) < _NAME_ZIPF_MAX and t.text not in FUNCTION_WORDS)

    for i in range(len(tokens) - 1):
        word, nxt = tokens[i], tokens[i + 1]
        # (in English after "the": "the Murray brothers", not a firm: "the bankruptcy of Lehman Brothers")
        english = nxt.text in ("brothers", "sisters", "twins") and i > 0 and tokens[i - 1].text == "the"
        name_first = nxt.text in _SIBLINGS_AFTER_NAME and (english or i in a.joined) and family(i)
        name_after = (word.text in _SIBLINGS_BEFORE_NAME and i > 0 and tokens[i - 1].text in _SIBLING_ARTICLES
                      and family(i + 1)
                      # first names after the word are the siblings' own: "die Zwillinge Anna und Lena"
                      and not (nxt.text in kb.first_names and i + 2 < len(tokens) and tokens[i + 2].text in _AND))
        if (name_first or name_after) and not word.stop:
            return [Reason("real_person", "unlisted_name", [word.start, nxt.end],
                           "a family name with brothers, sisters or twins: looks like real people outside the list")]
    return []


def _after_the(tokens: list[Token], i: int) -> bool:
    """Whether "the" stands right before the run of capitalised words that token ``i`` is in."""
    j = i - 1
    while j >= 0 and tokens[j].capitalised and not tokens[j].stop:
        j -= 1
    return j >= 0 and tokens[j].text == "the"


def _double_surname(tokens: list[Token], i: int, joined: set[int], common) -> bool:
    """Tokens ``i + 1`` and ``i + 2`` are a hyphened surname of two rare capitalised words ("Başay-Yıldız")."""
    return (i not in joined and i + 2 < len(tokens) and (i + 2) not in joined and tokens[i + 2].capitalised
            and all(common.get(tokens[k].text, 0.0) < _RARE_ZIPF for k in (i + 1, i + 2)))


def _name_not_place(a: Analysis, kb: Knowledge, m: Match, loc_ends: set[int]) -> bool:
    """A one-word place that is also a first name, not after a locative word and followed by a capitalised
    word that is neither an ordinary word nor a place: a first name ("Leon Goretzka", León being a city;
    "Florence Pugh"), not a place ("Florence Cathedral", "in Leon Gto"); or a rare place's name right after a
    capitalised first name: a surname ("Richard Malka")."""
    tokens = a.tokens
    if m.first != m.last or m.first - 1 in loc_ends:
        return False
    before = tokens[m.first - 1] if m.first > 0 else None
    if (before is not None and before.capitalised and not before.stop and before.text in kb.first_names
            and m.first - 2 not in loc_ends and tokens[m.first].capitalised
            and kb.common_words.get(tokens[m.first].text, 0.0) < _RARE_ZIPF):
        return True  # a rare place's name as a surname after a first name: "Richard Malka" (Malka, a village)
    if m.last + 1 >= len(tokens):
        return False
    first, nxt = tokens[m.first], tokens[m.last + 1]
    return (first.text in kb.first_names and first.capitalised and nxt.capitalised
            and nxt.text.isalpha() and len(nxt.text) >= 3 and nxt.text not in kb.common_words
            and not any(p.first == m.last + 1 for p in a.places))


def _demonym_surname(a: Analysis, kb: Knowledge, m: Match) -> bool:
    """A capitalised country or city adjective (``m``, one of ``a.adjectives``) right after a capitalised first
    name that follows no article: a surname made from where a family came from ("Pietro Lombardi", "André Breton",
    "Giulia Romano"), not a place's adjective ("a Margherita Napoletana pizza"), nor an English one, which is always
    capitalised ("Anna German class")."""
    tokens = a.tokens
    if m.first != m.last or m.first == 0 or not tokens[m.first].capitalised:
        return False
    if tokens[m.first].text in kb.english_words:
        return False  # English writes every such adjective with a capital: "Maria Spanish lessons" is no name
    before = tokens[m.first - 1]
    if m.first >= 2 and (tokens[m.first - 2].text in DETERMINERS or (
            tokens[m.first - 2].capitalised and not tokens[m.first - 2].stop)):
        return False  # "una Margherita Napoletana", "Pizza Margherita Napoletana"
    return before.capitalised and not before.stop and before.text in kb.first_names


def could_name_someone(tokens: list[Token], kb: Knowledge) -> bool:
    """Whether any word of a prompt could be someone's name: a capitalised word after the first, a word that is no
    common word of the five languages, or a word spelt out letter by letter ("m e l o n i"). The learned model may
    call a prompt a real person's on its own only where one is ("a footballer crying after losing a youth final"
    names nobody, though the model has read many a footballer's name beside such words)."""
    common = kb.common_words
    return any(t.capitalised for t in tokens[1:]) or any(t.text.isalpha() and t.text not in common for t in tokens) \
        or any(t.end - t.start > len(t.text) for t in tokens)  # letters spaced out, joined by ``tokenize``
