"""Compositional rules: what a prompt says, put together from its parts rather than looked up whole.

* **Anchored event** (``news_event``): an event word (disaster, accident, attack, war, coup, election, protest,
  crime, outage, health, migration, tragedy: ``data/events.tsv``) with a real-world anchor (a place, a landmark, an
  institution, an army, a party, a movement, a company, a venue, or a country adjective next to an institutional
  noun: "Russian troops") is news footage of something that did not happen, with or without a time word or an
  outlet. Fiction cues, explicit styles (animation, painting...), harmless contexts (a drill, a museum, a toy) and
  the distant past turn it off; an event with no anchor (a house fire, riot police, a polling station) is a stock scene.
* **Office** (``real_person``): a real person named by their office ("the French president", "le Premier
  ministre", "the man in the Kremlin"): ``policy.titles``, on this module's analysis.
* **Unlisted name** (``real_person``, review): a capitalised first name (``gender_guesser``'s list) and a capitalised
  surname that is no place or institution, outside the gazetteer (not a character: "a detective named Sam Rivers"):
  ``policy.unlisted``, on this module's analysis.
* **Named private person** (``private_person``): a possessive and a relation ("my neighbour", "la fille de ma
  concierge") followed by a capitalised name.

Everything here works on the spans of matches over normalised tokens, so every reason points at its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from policy.cache import cached
from policy.decision import Reason
from policy.knowledge import DATA, Knowledge, Place, read_tsv
from policy.lexicon import Hit
from policy.normalize import GERMAN_FUNCTION, Token, fold
from policy.collisions import (CAPITALISED_ONLY, animal_attacks, blockades, events_of_cues, movement_acts,
                               structure_failures)
from policy.dates import dates_an_event_now, dates_the_past
from policy.sport import cheers_and_thrashings
from policy.styles import denied, drop_denied_excuses, no_break_before
from policy.figures import drop_figurative
from policy.nature import die_offs, fires_spreading, open_country, weather_striking
from policy.ordinary import ordinary_phrase
from policy.phrases import DETERMINERS, FUSED_ARTICLES, INDEFINITE, OF_LINKS, Match, PhraseMatcher, same_clause, \
    next_to_event, before_a_place, names_before_sites, outermost, place_adjective_sites
from policy.verbs import verb_matches

# road numbers as written in the five languages' countries ("A45", "M25", "I-95", "AP-7", "SS1", "N340", "B96")
_ROAD = re.compile(r"^(a|b|m|i|e|n|ap|ag|ss|sp|rn|us)[0-9]{1,3}$")
_SAINTS = frozenset("san santa sant santo saint sainte st ste sankt".split())
EVENT_WINDOW = 14  # tokens between an event word and its anchor
SETTING_HEAD, SETTING_TAIL = 3, 8  # a prompt's setting at its start or end ("Kyiv, night: ..."): any distance
# "eines", "einer": German genitive ("Präsident eines Vereins")
OF_WORDS = set("of von vom de du des di del dell della dello dei degli delle da in im at the la le l el los las il "
               "lo gli i der die dem den d s eines einer".split())
_HUMAN_PRONOUNS = frozenset("he she his her him himself herself".split())  # English only: "sie", "su" are things too
_ENGLISH_FUNCTION = frozenset("the of and with at over from into by is are was his her its their near after".split())
# what a lower-case place name that is also a word cannot follow: any article, or one fused with its preposition
_ARTICLE_BEFORE = DETERMINERS | FUSED_ARTICLES
_CHEERING = ("crowd", "cheering_crowd", "facility", "venue", "passers")  # who roars: "la grada", "the stands"
_TOPPED = frozenset({"feature", "region", "landmark"})  # places with a summit: "the summit of the Dolomites"
FUNCTION_WORDS = {"the", "a", "an", "of", "in", "on", "at", "and", "or", "with", "der", "die", "das", "und", "mit",
                  "im", "le", "la", "les", "et", "avec", "el", "los", "las", "y", "con", "il", "lo", "gli", "e", "ed"}


# the article a preposition swallowed, of a place whose name opens with one: "au Mans" (Le Mans), "du Havre", "des
# Sables-d'Olonne", "del Ejido", "alla Spezia", "al Cairo"
_SWALLOWED = {"au": ("le",), "du": ("le",), "aux": ("les",), "des": ("les",), "al": ("el", "il"), "del": ("el", "il"),
              "dal": ("il",), "nel": ("il",), "sul": ("il",), "alla": ("la",), "della": ("la",), "dalla": ("la",),
              "nella": ("la",), "sulla": ("la",)}


def _fused_article_places(kb: Knowledge, tokens: list[Token], covered: set[int]) -> list[Match]:
    """Places named with an article, met after a preposition fused with it (``_SWALLOWED``), up to three words."""
    out = []
    for i in range(1, len(tokens)):
        if i in covered or not tokens[i].capitalised:
            continue
        candidates = ((j, " ".join([article] + [t.text for t in tokens[i:j + 1]]))
                      for article in _SWALLOWED.get(tokens[i - 1].text, ())
                      for j in range(min(len(tokens), i + 3) - 1, i - 1, -1) if not covered & set(range(i, j + 1)))
        for j, phrase in candidates:  # the longest name first
            place = kb.places.get(phrase)
            if place is not None:
                out.append(Match("place", place, i, j, tokens[i].start, tokens[j].end, phrase))
                break
    return out


def _struck_by_event(place: Match, events: list[Match], tokens: list[Token]) -> bool:
    """A place right after a lower-case verb whose subject is an event a few words before, in the same clause
    ("una nube tóxica de cloro cubre Huelva", "Hochwasser überflutet Passau"): the place is its object."""
    if place.first < 2:
        return False
    verb = tokens[place.first - 1]
    if verb.capitalised or not verb.text.isalpha() or verb.text in FUNCTION_WORDS or verb.text in OF_WORDS \
            or verb.text in _ARTICLE_BEFORE:
        return False
    return any(place.first - 6 <= e.last < place.first - 1 and same_clause(tokens, e.last, place.first - 1)
               for e in events)


def _a_cave_in(e: Match, tokens: list[Token], prompt: str) -> bool:
    """"Cave in" read where "cave" is the noun and "in" places it: "a lit cave in Thailand", "caves in the Jura"
    (not "the roof caves in", "a cave-in at the mine"): unhyphened, with a name or an article after "in"."""
    if e.phrase not in ("cave in", "caves in") or prompt[tokens[e.first].end:tokens[e.last].start] == "-":
        return False
    nxt = tokens[e.last + 1] if e.last + 1 < len(tokens) else None
    return nxt is not None and (nxt.capitalised or nxt.text in _ARTICLE_BEFORE)


@dataclass
class Analysis:
    tokens: list[Token]
    caps: bool  # the prompt uses capitals at all
    title_case: bool  # most words capitalised: capitals say nothing
    places: list[Match]  # valid anchors among places (value: Place)
    adjective_anchors: list[Match]  # country/city adjectives next to an institutional noun
    adjectives: list[Match]  # every country/city adjective
    events: list[Match]
    cues: dict[str, list[Match]]
    offices: dict[str, list[Match]]
    historical: bool
    person_spans: list[tuple[int, int]] = field(default_factory=list)  # token ranges of matched public figures
    sites: list[Match] = field(default_factory=list)  # a kind of site and its proper name or road number
    joined: set[int] = field(default_factory=set)  # tokens joined to the next by a hyphen ("Papst-Benedikt-Platz")
    figures: list[Match] = field(default_factory=list)  # event words used as figures of speech ("explosion of colours")
    german: bool = False  # German function words: every noun is capitalised, so a capital tells less

    def anchors(self) -> list[tuple[Match, str, str]]:
        """(match, kind, name) of every real-world anchor."""
        out = [(m, m.value.kind, m.value.name) for m in self.places]
        out += [(m, "country adjective", m.phrase) for m in self.adjective_anchors]
        out += [(m, "named site", m.phrase) for m in self.sites]
        return out

    def nearest_anchor(self, matches: list[Match]) -> tuple[Match, Match, str, str] | None:
        """(match, anchor, kind, name): of ``matches``, the one closest to a real-world anchor, within ``EVENT_WINDOW``
        tokens or anywhere in a prompt whose setting the anchor names (its first ``SETTING_HEAD`` or last
        ``SETTING_TAIL`` tokens); the first such pair where several are as close."""
        n = len(self.tokens)
        pairs = [(max(m.first - e.last, e.first - m.last, 0), i, e, m, kind, name)
                 for i, (e, (m, kind, name)) in enumerate((e, a) for e in matches for a in self.anchors())]
        best = min((p for p in pairs if p[0] <= EVENT_WINDOW or p[3].first < SETTING_HEAD
                    or p[3].last >= n - SETTING_TAIL), default=None)
        return best[2:] if best else None


def _offices() -> tuple[PhraseMatcher, set[str]]:
    """The office patterns (``data/offices.tsv``) and the countries with a monarch, by name and ISO code."""
    offices, monarchies = PhraseMatcher(), set()
    for kind, _lang, patterns in read_tsv(DATA / "offices.tsv"):
        if kind == "monarchy":
            monarchies.update(patterns.split("|"))
        else:
            offices.add_many(patterns.split("|"), kind)
    return offices, monarchies


def _whole_segment(prompt: str, tokens: list[Token], m: Match) -> bool:
    """The match is a comma-separated part of the prompt by itself (a tag in a list of tags)."""
    before = prompt[tokens[m.first - 1].end:tokens[m.first].start] if m.first else ","
    after = prompt[tokens[m.last].end:tokens[m.last + 1].start] if m.last + 1 < len(tokens) else ","
    return any(c in before for c in ",;:|\n") and any(c in after for c in ",;:.!|\n")


class Composer:
    def __init__(self, kb: Knowledge) -> None:
        self.kb = kb
        code = [Path(__file__).parent / m for m in ("compose.py", "phrases.py", "normalize.py")]
        # parsing the patterns took a sixth of a start-up: they are cached
        self.offices, self.monarchies = cached("offices", [DATA / "offices.tsv", *code], _offices)

    # ------------------------------------------------------------------------------------------ analysis
    def analyse(self, tokens: list[Token], prompt: str, lexicon_hits: list[Hit],
                person_spans: list[tuple[int, int]]) -> Analysis:
        kb = self.kb
        cues: dict[str, list[Match]] = {}
        for m in (c for c in kb.cues.find(tokens) if c.phrase not in CAPITALISED_ONLY or tokens[c.first].capitalised):
            cues.setdefault(m.label, []).append(m)
        offices: dict[str, list[Match]] = {}
        for m in self.offices.find(tokens):
            offices.setdefault(m.label, []).append(m)
        alpha = [t for t in tokens if t.text.isalpha()]
        caps = any(ch.isupper() for ch in prompt)
        english = any(t.text in _ENGLISH_FUNCTION for t in tokens)
        german = any(t.text in GERMAN_FUNCTION for t in tokens)  # every noun capitalised: a capital tells less
        title_case = len(alpha) >= 4 and sum(t.capitalised for t in alpha) >= 0.9 * len(alpha)
        loc_ends = {m.last for m in cues.get("locative", ())}
        # the locative "a" (fr/es/it "à/a") is also the English article: no voucher for an ambiguous name (but ``at``)
        strict_loc_ends = {m.last for m in cues.get("locative", ()) if m.phrase != "a"}
        # words that may stand between a locative word and a place: "in der Raffinerie Schwedt", "nel porto di"
        parts = [m for kind in ("anchor_noun", "place_part") for m in cues.get(kind, ())]  # "in the middle of"
        between = {i for m in parts for i in range(m.first, m.last + 1)}
        between |= {m.first for m in offices.get("determiner", ())} | {
            i for i, t in enumerate(tokens) if t.text in OF_WORDS}
        style_starts = {m.first for m in cues.get("style_suffix", ()) if no_break_before(prompt, tokens, m.first)}
        named_ends = {m.last for m in cues.get("named", ())}
        # "stürzt ... ein", not "stürzt ein Kind"; "a train slams into a bus", not "rams on a farm"
        events = events_of_cues(verb_matches(kb.events, tokens), cues, tokens)
        spreading = fires_spreading(cues, tokens)  # "il falò di Novoli si propaga alle case": no festival excuses it
        events = [e for e in events if not _a_cave_in(e, tokens, prompt)]  # "a lit cave in Thailand"
        # "not a painting:", "a real explosion"
        drop_denied_excuses(cues, tokens, lexicon_hits, events, prompt, out_of_hand=bool(spreading))
        event_tokens = {i for m in events for i in range(m.first, m.last + 1)}

        def after_locative(i: int, ends: set[int] = loc_ends) -> bool:
            j = i - 1
            for _ in range(4):
                if j in ends:
                    return True
                if j not in between:
                    return False
                j -= 1
            return False

        places = []
        noun_ends = {m.last for m in cues.get("anchor_noun", ())}
        # "un collège d'Arras", "a hospital of Leeds": a kind of institution after an indefinite article is one in the
        # place, not one named after it ("le collège de France", "the Hospital of St Cross")
        noun_ends |= {m.last for m in cues.get("named_after", ()) if m.first and tokens[m.first - 1].text in INDEFINITE}
        found = kb.places.find(tokens)
        covered = {i for m in found for i in range(m.first, m.last + 1)}
        fused = _fused_article_places(kb, tokens, covered)
        found += fused
        covered |= {i for m in fused for i in range(m.first, m.last + 1)} | event_tokens  # "twister" is no "Twitter"
        for i, t in enumerate(tokens):  # misspelt names of strong places ("Warshau")
            if i not in covered and len(t.text) >= 7 and t.text not in kb.common_words and t.text.isalpha():
                for _label, _none, phrase in kb.fuzzy_places.lookup(t.text)[:1]:
                    found.append(Match("place", kb.places.get(phrase), i, i, t.start, t.end, phrase))
        for m in found:
            p: Place = m.value
            if any(a <= m.first <= b or a <= m.last <= b for a, b in person_spans):
                continue  # "Paris" in "Paris Hilton"
            cap = tokens[m.first].capitalised
            loc = after_locative(m.first)
            # a name that is a word needs its capital, or a locative word for a big place ("in nice weather": no city)
            before = tokens[m.first - 1].text if m.first else ""
            # "crolla a napoli": "a" is a locative before a big city's name, no English word, in a prompt not English
            at = before == "a" and p.kind == "city" and p.strong and not english and m.phrase not in kb.english_words
            after_article = before in _ARTICLE_BEFORE and not at  # "a prairie", "la gente", "nel porto"
            weak = after_article or (p.kind == "city" and not p.strong)
            gerund = before == "en" and tokens[m.first].text.endswith("ant")  # "en riant" is a French gerund, no Riyadh
            other = caps and m.phrase != fold(p.name)  # another name ("mare" for Malé), in a prompt with capitals
            if p.ambiguous and not cap and (weak or gerund or other or " " in m.phrase or m.phrase in DETERMINERS
                                            or not (at or after_locative(m.first, strict_loc_ends))):
                continue  # (so do several ordinary words, "in the old town", and another name: "in mare" is no Malé)
            if p.ambiguous and not p.strong and (before == "the" or (german and after_article)):
                continue  # a town named like a word is the word after "the" or a German article ("der Mole")
            if p.ambiguous and m.first == m.last and not loc and tokens[m.first].text in kb.first_names \
                    and any(t.text in _HUMAN_PRONOUNS for t in tokens[m.last + 1:m.last + 4]):
                continue  # a first name with "his", "her" just after it is a person: "Georgia crashes her bike"
            if p.kind not in ("city", "country") and ordinary_phrase(tokens, m, kb.common_words, kb.english_words):
                continue  # "a white house on a hill", "the home office of a freelancer": not the White House
            if any(e.first <= m.first and m.last <= e.last and e.last - e.first > m.last - m.first for e in events) \
                    and (p.ambiguous or not cap):
                continue  # a word inside a longer event phrase is no place ("feu de forêt"), unless a capitalised name
            if not p.strong:
                # a small place needs a locative word ("in Solingen") or an event beside it ("Hochwasser Passau"; a
                # name that is also a word, capitalised inside the prompt: "sommerge Faenza"), and its capital
                beside_event = next_to_event(m, event_tokens, cues.get("anchor_noun", ())) and (
                    not p.ambiguous or (cap and m.first > 0 and not title_case and not german))
                # or to be what an event before it does something to ("una nube tóxica de cloro cubre Huelva")
                beside_event = beside_event or (not p.ambiguous and cap and _struck_by_event(m, events, tokens))
                # or to be a tag of its own, the setting of the scene ("..., warm light, Chiang Mai")
                tag = not p.ambiguous and _whole_segment(prompt, tokens, m)
                # or to open the prompt as its heading, where it is no word and no first name ("Lac-Mégantic at 1am")
                head = m.first == 0 and not p.ambiguous and (m.last > m.first or tokens[0].text not in kb.first_names)
                # or to be named by its kind, "of" between ("the old town of Mariupol", "il porto di Cutro")
                kind = m.first >= 2 and tokens[m.first - 1].text in OF_LINKS and (m.first - 2) in noun_ends
                if not ((loc or tag or head or kind or beside_event) and (cap or not caps)):
                    continue
            if (m.last + 1) in style_starts or (m.first - 1) in named_ends:
                continue
            places.append(m)
        places = outermost(places)
        named = {i for m in places for i in range(m.first, m.last + 1)}  # a word of a place's name is no excuse and
        ceremonies = {(m.first, m.last) for m in cues.get("ceremony", ())}  # but "soldiers at Trooping the Colour"
        for kind in ("fiction", "style", "safe"):  # no period: "the Lincoln Memorial", "Vaison-la-Romaine"
            cues[kind] = [m for m in cues.get(kind, ()) if not (m.first in named and m.last in named)
                          or (kind == "safe" and (m.first, m.last) in ceremonies)]
        # a club's or a company's training ground is its grounds, not an exercise: "the Chelsea FC training ground"
        owned = {m.last for m in places if m.value.kind in ("company", "venue")}
        cues["safe"] = [m for m in cues.get("safe", ())
                        if not (m.phrase.startswith("training") and m.first - 1 in owned)]
        # a medium inside a longer event phrase is a material, not a style: "jettent de la peinture sur"
        inside = {i for e in events if e.last > e.first for i in range(e.first, e.last + 1)}
        cues["style"] = [m for m in cues.get("style", ()) if not (m.first in inside and m.last in inside)]
        if any(e.label == "protest" for e in events):  # fake blood is a protester's paint as much as a film set's
            blood = {(m.first, m.last) for m in cues.get("fake_blood", ())}  # ("ein Die-in, mit Kunstblut beschmiert")
            cues["safe"] = [m for m in cues.get("safe", ()) if (m.first, m.last) not in blood]
        # a place's name is no harmless thing an event is made of: "empoisonnée à Rennes" (not "un défilé de rennes")
        cues["figurative"] = [m for m in cues.get("figurative", ())
                              if not any(p.first <= m.first and m.last <= p.last for p in places)]
        nouns = cues.get("anchor_noun", []) + cues.get("site_noun", [])
        adjectives = [m for m in kb.adjectives.find(tokens)  # none before "the": "polish the police car"
                      if (m.first - 1) not in named_ends and (m.last + 1) not in style_starts
                      and (m.last + 1 >= len(tokens) or tokens[m.last + 1].text not in ("the", "an"))]
        adjective_anchors = [m for m in adjectives
                             if any(n.first - 3 <= m.last and m.first <= n.last + 3 and n.first != m.first
                                    for n in nouns)]
        matched = {i for m in events for i in range(m.first, m.last + 1)}
        for i, t in enumerate(tokens):  # misspelt event words ("explosien", "uberschwemung")
            if i not in matched and len(t.text) >= 7 and t.text not in kb.common_words and t.text.isalpha():
                for label, _v, phrase in kb.fuzzy_events.lookup(t.text)[:1]:
                    events.append(Match(label, None, i, i, t.start, t.end, phrase))
        events = [m for m in events if not any(p.first <= m.first and m.last <= p.last for p in places)]
        kept = drop_figurative(events, cues, tokens, {m.first for m in places if m.value.kind in _TOPPED})
        cheering = {m.last for m in places} | {m.last for kind in _CHEERING for m in cues.get(kind, ())}
        kept = cheers_and_thrashings(kept, cues, tokens, cheering)  # "Anfield explodes as the winner goes in"
        kept += movement_acts(places, cues, tokens)  # no figure of speech: "Just Stop Oil activists spraying paint"
        kept += animal_attacks(cues, tokens)  # "ein Hai beißt einen Badegast", "a tiger escapes from London Zoo"
        kept += blockades(cues, tokens)  # "tractoristas bloquean el puerto de Valencia"
        kept += structure_failures(cues, tokens)  # "un palco della Scala cede durante la prima"
        kept += weather_striking(cues, tokens)  # "lightning strikes the crowd at Reading Festival"
        kept += die_offs(cues, tokens)  # "dead seals washing up on the beaches of Norfolk"
        kept += spreading
        kept = [m for m in kept if not denied(tokens, m.first)]  # "no explosions, just the Eiffel Tower at night"
        cues["safe"] = cues.get("safe", []) + open_country(kept, cues, places, lexicon_hits)  # "a remote slope"
        figures = [m for m in events if m not in kept]
        # (a place called by a name it no longer has is the past: "the fall of Constantinople", "Stalingrad")
        historical = (any(h.first not in named for h in lexicon_hits if h.kind == "historical") or dates_the_past(
            tokens) or any(h.kind == "historical_place" for h in lexicon_hits)) and not dates_an_event_now(tokens, kept)
        # a road by its number after an article or a locative word: "on the M25", "auf der A45", "sull'A1"
        before_road = {m.last for m in offices.get("determiner", ())} | loc_ends | {
            i for i, t in enumerate(tokens) if t.text == "l"}  # the elided article: "sur l'A75"
        sites = self._named_sites(tokens, cues.get("facility", ()), caps and not title_case, person_spans, before_road)
        if caps and not title_case:  # "im Hambacher Forst", "Wandsworth prison"
            sites += place_adjective_sites(tokens, nouns + cues.get("facility", []), kb.common_words, kb.first_names) \
                + names_before_sites(tokens, cues.get("facility", []), person_spans, kb.common_words, kb.first_names)
        joined = {i for i in range(len(tokens) - 1) if prompt[tokens[i].end: tokens[i + 1].start] == "-"}
        return Analysis(tokens, caps, title_case, places, adjective_anchors, adjectives, kept, cues, offices,
                        historical, person_spans, sites, joined, figures, german)

    def _named_sites(self, tokens: list[Token], facilities, capitals_tell: bool,
                     person_spans: list[tuple[int, int]], before_road: set[int]) -> list[Match]:
        """A kind of site followed by its proper name or a road number: "la centrale nucléaire de Flamanville",
        "Brücke der A45", "the Hoover Dam" is a place already. The name must be capitalised in a prompt whose
        capitals say something, and be no ordinary word or first name ("the bridge at Sunset" is a time of day)."""
        out = []
        for f in facilities:
            j = f.last + 1
            while j < len(tokens) and j - f.last <= 2 and tokens[j].text in OF_WORDS:
                j += 1
            if j >= len(tokens) or any(a <= j <= b for a, b in person_spans):
                continue
            t = tokens[j]
            road = bool(_ROAD.match(t.text))
            # a frequent word that is a place's name names it here ("Chemiepark Leverkusen")
            name = (capitals_tell and t.capitalised and t.text.isalpha() and len(t.text) >= 4 and t.text not in
                    self.kb.first_names and (t.text not in self.kb.common_words or self.kb.places.get(t.text)))
            # a saint's name, whose second word is a first name ("l'ospedale San Raffaele", "Klinikum St. Georg")
            if capitals_tell and t.capitalised and t.text in _SAINTS and j + 1 < len(tokens) \
                    and tokens[j + 1].capitalised and tokens[j + 1].text.isalpha():
                j, t, name = j + 1, tokens[j + 1], True
            if road or name:
                out.append(Match("site", None, f.first, j, f.start, t.end, f"{f.phrase} {t.text}"))
        taken = {m.last for m in out}
        for j, t in enumerate(tokens):  # a road by its number, right after an article or a locative word
            if j not in taken and (j - 1) in before_road and _ROAD.match(t.text):
                out.append(Match("site", None, j, j, t.start, t.end, t.text))
        return out

    # ------------------------------------------------------------------------------------------ news
    def suppressed(self, a: Analysis, lexicon_hits: list[Hit], figures: bool = True) -> str | None:
        """Why an event in this prompt is not news footage (fiction, style, a harmless context, the past; with
        ``figures``, an event word that is only a figure of speech, which excuses no sign of an emergency)."""
        for kind in ("fiction", "style", "safe"):
            if a.cues.get(kind):
                return f"{kind} ({a.cues[kind][0].phrase})"
        if any(h.kind == "fiction" for h in lexicon_hits):
            return "fiction"
        if a.historical:
            return "historical"
        if figures and a.figures and not a.events:
            return f"a figure of speech ({a.figures[0].phrase})"
        return None

    def anchored_events(self, a: Analysis, lexicon_hits: list[Hit]) -> list[Reason]:
        if not a.events or self.suppressed(a, lexicon_hits):
            return []
        best = a.nearest_anchor(a.events)
        if best is None:
            return []
        e, m, kind, name = best
        return [Reason("news_event", "anchored_event", [min(e.start, m.start), max(e.end, m.end)],
                       f"{'an' if e.label[0] in 'aeiou' else 'a'} {e.label} ({e.phrase}) at a real "
                       f"{kind.replace('_', ' ')} ({name}), shown as footage")]

    # ------------------------------------------------------------------------------------------ private
    def private_persons(self, a: Analysis) -> list[Reason]:
        tokens = a.tokens
        rel = a.cues.get("relation", [])
        reasons = []
        for p in a.cues.get("possessive", ()):
            for r in rel:
                if 0 < r.first - p.last <= 3:
                    following = before_a_place(tokens, r.last + 1, 4)
                    named = [x for x in following if x.capitalised and x.text not in FUNCTION_WORDS]
                    if named:
                        reasons.append(Reason("private_person", "named_private_individual", [p.start, named[-1].end],
                                              f"a private person named with their relation to the requester "
                                              f"({r.phrase})"))
                        return reasons
        return reasons
