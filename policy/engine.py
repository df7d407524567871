"""Screening: decide, before any generation, whether a prompt and its inputs may be used.

``Policy.check(prompt, inputs=..., mode=..., consent=...)`` returns a ``Decision``: ``allow``, ``block`` or
``review``, with reasons that name the rule and the span of the prompt that triggered them. Categories:

* ``real_person`` — a public figure by name, alias, nickname or misspelling (gazetteer), or an office
  that picks out one person ("the current German chancellor", "the Pope").
* ``private_person`` — a private individual named with identifying detail ("my neighbour Peter Hoffmann",
  a name with a street address).
* ``news_event`` — a named recent real event; an event framed as news (outlet, "breaking news",
  "bodycam footage of", "yesterday", a date); or an event anchored to the real world (a place, an institution,
  an army: ``policy.compose``) shown realistically.
* ``face_input`` — an input image or clip shows a face and no accepted consent record covers it.

``block`` when a rule is sure; ``review`` for weaker evidence (an outlet with no event, a full name that is not in
the gazetteer, or the learned second opinion disagreeing with the rules). Every reason names its rule and span.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable

from clipseal.errors import BadInputError
from policy import audit, gazetteer, knowledge
from policy.compose import Analysis, Composer
from policy.classifier import PromptClassifier
from policy.consent import check_consent, file_sha256, load_public_keys
from policy.decision import CATEGORIES, Decision, Reason
from policy.distress import distress_scene, emergency_sign
from policy.figures import live_show, names_a_memorial, names_a_workplace
from policy.lexicon import Hit, Lexicons
from policy.normalize import Token, tokenize
from policy.addresses import name_with_address
from policy.phrases import before_a_place
from policy.brands import labels_a_thing, names_a_place, reads_as_place
from policy.titles import office_reasons
from policy.styles import names_a_style, negated, unwanted_tokens, without_unwanted
from policy.unlisted import could_name_someone, unlisted_names

__all__ = ["CATEGORIES", "Decision", "Policy", "PolicySettings", "Reason", "MAX_PROMPT_CHARS"]
MAX_PROMPT_CHARS = 20_000  # a prompt longer than this is refused as bad input (no model takes more)
_HONORIFICS = {"mister", "mr", "mrs", "ms", "miss", "herr", "frau", "monsieur", "madame", "mme", "don", "dona", "senor",
               "senora", "signor", "signora", "sir", "lady", "dr", "doktor", "doctor", "professor", "prof"}
REVIEW_RULES = {"weak_news_cue", "unlisted_name", "model_second_opinion", "distress_scene"}  # weaker: review
# whom a political title (offices.tsv, kind political) before a surname can pick out
_TITLED_CATEGORIES = {"politician", "head_of_state", "royal", "religious"}
# people whose look-alike is itself the harm: a name of theirs used as a style still counts ("a Trump-style rally")
_STAND_IN_CATEGORIES = _TITLED_CATEGORIES | {"notorious"}
# articles, article-prepositions and saints' titles: a one-word stage name after one names a thing or a saint ("de"
# names the person: "un concert de Rihanna"; "il carro di Santa Rosalia" is a saint's)
_ARTICLES = {"a", "an", "the", "la", "le", "il", "lo", "l", "una", "un", "uno", "della", "dalla", "alla", "nella",
             "sulla", "del", "die", "der", "das", "eine", "einer", "einen", "des", "du", "une", "el", "al", "san",
             "santa", "santo", "saint", "sainte", "sankt", "st"}
# an icon's epithet between the article and a one-word name: "der Schwarzen Madonna", "the Black Madonna"
_EPITHETS = {"black", "holy", "schwarze", "schwarzen", "heilige", "heiligen", "nera", "negra", "noire"}
# Italian and Spanish article-prepositions, which no one puts before a man's surname but before a stadium named after
# him: "il campo del Maradona", "al Bernabéu" (the person is "di Maradona", "a Maradona")
_VENUE_ARTICLES = {"al", "del", "nel", "dal", "sul", "allo", "dello", "nello", "dallo"}
# a regnal number after a name that lacks it: another holder of the name
_REGNAL = re.compile(r"^(?=[ivx]+$)x{0,3}(ix|iv|v?i{0,3})$")


@dataclass
class PolicySettings:
    """What a deployment can tune ([policy] in the configuration)."""

    categories: tuple[str, ...] = CATEGORIES
    allow: tuple[str, ...] = ()  # phrases never to act on (e.g. a client's own brand that is also a name)
    deny: tuple[str, ...] = ()  # extra phrases that block on their own
    consent_keys: tuple[Path, ...] = ()
    audit_log: Path | None = None
    gazetteer_path: Path = gazetteer.DEFAULT_PATH


class Policy:
    """Loaded once (gazetteer, lexicons, places and institutions, keys); ``check`` then takes about a
    millisecond per prompt."""

    def __init__(self, settings: PolicySettings | None = None, second_opinion: bool = True) -> None:
        self.settings = settings or PolicySettings()
        self.model = PromptClassifier.load() if second_opinion else None
        self.names = gazetteer.cached_index(self.settings.gazetteer_path)
        self.lexicons = Lexicons.load()
        self.knowledge = knowledge.load()
        self.composer = Composer(self.knowledge)
        self.consent_keys = load_public_keys(self.settings.consent_keys)
        digest = hashlib.sha256()
        data = Path(gazetteer.__file__).parent / "data"
        for path in (self.settings.gazetteer_path, *sorted(data.glob("*.json")), *sorted(data.glob("*.tsv"))):
            digest.update(Path(path).read_bytes())
        self.version = f"clipseal-policy/2+{digest.hexdigest()[:12]}"
        self._allow = {"".join(t.text for t in tokenize(a)) for a in self.settings.allow}

    # ------------------------------------------------------------------------------------------ check
    def check(self, prompt: str, inputs: Iterable[str | Path] = (), mode: str = "t2v",
              consent: dict | None = None) -> Decision:
        if not isinstance(prompt, str):
            raise BadInputError("the prompt must be text")
        if not prompt.strip():
            raise BadInputError("the prompt is empty")
        if len(prompt) > MAX_PROMPT_CHARS:
            raise BadInputError(f"the prompt is {len(prompt):,} characters long; the limit is {MAX_PROMPT_CHARS:,}")
        tokens, hits, people, analysis = self.analyse(prompt)
        reasons: list[Reason] = []
        reasons += self._people(tokens, hits, people, analysis)
        reasons += self._news(tokens, hits, analysis)
        reasons += [Reason("news_event" if "news" in h.phrase else "real_person", "deny_list", [h.start, h.end],
                           f"deployment deny list: {h.phrase!r}") for h in hits if h.kind == "deny"]
        # the model reads what is asked for, not the negative prompt ("negative: cartoon" is no cartoon)
        asked = without_unwanted(prompt)
        reasons += self._second_opinion(asked, reasons, self._not_a_person(analysis, hits),
                                        tokens if asked == prompt else None, emergency_sign(analysis))
        for path in inputs:
            reasons += self._input(Path(path), mode, consent)
        reasons = [r for r in reasons if r.category in self.settings.categories]
        blocking = [r for r in reasons if r.rule not in REVIEW_RULES]
        if any(r.rule == "model_second_opinion" for r in reasons):
            decision = "review"  # rules and model disagree
        elif blocking:
            decision = "block"
        elif reasons:
            decision = "review"
        else:
            decision = "allow"
        out = Decision(decision, sorted({r.category for r in reasons}), reasons, self.version,
                       prompt_sha256=hashlib.sha256(prompt.encode("utf-8")).hexdigest())
        if self.settings.audit_log is not None:
            audit.append(self.settings.audit_log, {
                "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "decision_id": out.id,
                "prompt_sha256": out.prompt_sha256, "decision": out.decision, "categories": out.categories,
                "reasons": [asdict(r) for r in out.reasons], "policy_version": out.policy_version,
                "mode": mode, "inputs": [file_sha256(p) for p in inputs if Path(p).is_file()],
            })
        return out

    def analyse(self, prompt: str) -> tuple[list[Token], list[Hit], list, Analysis]:
        """What the rules read in a prompt: its tokens, the lexicon hits that count, the public figures named and the
        composer's analysis (places, event words, cues). ``check`` decides from these, and training reads them."""
        tokens = tokenize(prompt)
        hits = self.lexicons.scan(tokens, extra={"deny": list(self.settings.deny)})
        hits = [h for h in hits if "".join(t.text for t in tokens[h.first:h.last + 1]) not in self._allow
                and not (h.kind == "fiction" and negated(tokens, h.first))  # "kein Cartoon:"
                and not (h.kind == "news_framing" and live_show(tokens, h.first))]  # "a live concert"
        unwanted = unwanted_tokens(prompt, tokens)  # a negative prompt's excuses excuse nothing ("negative: cartoon")
        hits = [h for h in hits if h.first not in unwanted or h.kind not in ("fiction", "historical")]
        people = self._public_figures(tokens)
        spans = [_token_range(tokens, m.start, m.end) for m in people]
        return tokens, hits, people, self.composer.analyse(tokens, prompt, hits, spans)

    # ------------------------------------------------------------------------------------ second opinion
    def _second_opinion(self, prompt: str, reasons: list[Reason], allowed_because: str | None = None,
                        tokens: list[Token] | None = None, sign: tuple | None = None) -> list[Reason]:
        """The learned classifier's view where it disagrees with the rules: a refusal the rules missed (at the lower
        ``threshold_sign`` where one sign of an emergency stands beside a real place: ``sign``, from
        ``distress.emergency_sign``; model files older than that threshold have no such gate), or a sure refusal the
        model finds harmless. Either way the decision becomes ``review``. Where the rules saw an explicit reason to allow (fiction, a style, a harmless context, the distant
        past: ``allowed_because``), the model does not refuse on its own: it reads "battle" or "flood" but not "oil
        painting" or "1571"; nor as a real person's where no word could be a name (``could_name_someone``: "a
        footballer crying after losing a youth final")."""
        if self.model is None:
            return []
        op = self.model.opinion(prompt, tokens)
        blocking = [r for r in reasons if r.rule not in REVIEW_RULES]
        if not reasons and allowed_because is None and op.refuse >= self.model.threshold_refuse and (
                op.category != "real_person" or could_name_someone(tokens or tokenize(prompt), self.composer.kb)):
            return [Reason(op.category, "model_second_opinion", [0, len(prompt)],
                           f"the learned classifier would refuse it as {op.category.replace('_', ' ')} "
                           f"(p = {op.refuse:.2f}); no rule fired")]
        if not reasons and allowed_because is None and sign and self.model.threshold_sign is not None \
                and op.refuse >= self.model.threshold_sign:  # one sign of an emergency, too weak for a rule
            seen, anchor, kind, name = sign
            span = [min(seen.start, anchor.start), max(seen.end, anchor.end)]
            return [Reason("news_event", "model_second_opinion", span,
                           f"a sign of an emergency ({seen.phrase}) at a real {kind.replace('_', ' ')} ({name}), "
                           f"and the learned classifier would refuse it (p = {op.refuse:.2f}); no rule fired")]
        # a deployment's deny list, an exact public-figure name and a named real event are certain: the model can
        # only question what the rules inferred
        inferred = [r for r in blocking if r.rule not in ("deny_list", "named_event")
                    and not (r.rule == "public_figure" and r.detail.startswith("name or alias"))]
        if blocking and len(inferred) == len(blocking) and op.refuse < self.model.threshold_allow:
            return [Reason(blocking[0].category, "model_second_opinion", [0, len(prompt)],
                           f"the learned classifier finds it harmless (p of a refusal = {op.refuse:.2f}); "
                           f"the rules do not")]
        return []

    def _not_a_person(self, analysis, hits: list[Hit]) -> str | None:
        """Why the model may not refuse this prompt on its own: what excuses an event (``Composer.suppressed``), a
        known fictional character, someone's own pet or family in a prompt that names nothing real (``own_life``:
        "BREAKING: my cat just discovered the Christmas tree"), or a capitalised name right after a school, a ship or a
        station ("il liceo Giuseppe Verdi"; a street and a house number is an address, which it still may refuse)."""
        excuse = self.composer.suppressed(analysis, hits)
        characters = analysis.cues.get("character")
        if excuse or characters:
            return excuse or f"a character ({characters[0].phrase})"
        tokens = analysis.tokens
        own = analysis.cues.get("own_life")
        offices = any(analysis.offices.get(kind) for kind in ("title", "specific", "political", "royal", "monarchy",
                                                               "unique"))
        if own and not analysis.anchors() and not analysis.person_spans and not offices:
            return f"someone's own life ({own[0].phrase}), nothing real named"
        sites = {m.first for kind in ("facility", "anchor_noun") for m in analysis.cues.get(kind, ())}  # "piazza Duomo"
        named = [m for m in analysis.cues.get("named_after", ()) if m.last + 1 < len(tokens)
                 and tokens[m.last + 1].capitalised and m.last + 1 not in sites
                 and not any(t.text.isdigit() for t in tokens[m.last + 1:m.last + 6])]
        return f"a thing named after someone ({named[0].phrase} ...)" if named else None

    # ----------------------------------------------------------------------------------------- people
    def _public_figures(self, tokens: list[Token]) -> list:
        """Gazetteer matches, less five kinds of false friend: an allowed phrase; a name given to a character or
        an animal ("a dachshund named Merkel"); a name that labels a product ("a Giorgio Armani jacket"); a one-word
        name inside an ordinary phrase (``name_idiom``: "a trump card"; ``name_idiom_lower`` only where the name is
        in lower case: "i bambini messi in fila"); a close spelling of a surname right after
        somebody else's first name ("Hernán Cortés" is not "Cortez")."""
        cues = self.composer.kb.cues.find(tokens)
        office_matches = self.composer.offices.find(tokens)
        persons = {m.last for m in office_matches if m.label == "person"}
        titles = {m.last for m in office_matches if m.label in ("title", "specific")}
        political = {m.last for m in office_matches if m.label == "political"}
        # "a dachshund named Merkel" names an animal; "a man called Donald Trump" still means the person
        named = {m.last for m in cues if m.label == "named" and (m.first - 1) not in persons}
        products = [m for m in cues if m.label == "product"]
        kit = [m for m in cues if m.label == "kit"]  # what a fan wears: "a Ronaldo jersey"
        named_after = {m.last for m in cues if m.label == "named_after"}  # "el Museo Reina Sofía" is a museum
        place_kinds = {m.first for m in cues if m.label == "named_place"}  # "Rosa Parks Boulevard" is a street
        kinds_of_place = {m.last for m in cues if m.label == "anchor_noun"}  # "the village of ..."
        idioms = [(m.first, m.last) for m in cues if m.label == "name_idiom"  # "a trump card"
                  or (m.label == "name_idiom_lower" and not tokens[m.first].capitalised)]  # "i bambini messi in fila"
        if any(m.label == "nobody" for m in cues):
            return []  # "Paris Hilton hotel lobby, no people": a scene without people depicts nobody
        common, places = self.composer.kb.common_words, self.composer.kb.places
        out = []
        for m in self.names.find(tokens, common):
            if "".join(t.text for t in tokenize(m.alias)) in self._allow:
                continue
            first, last = _token_range(tokens, m.start, m.end)
            honorific = first > 0 and tokens[first - 1].text in _HONORIFICS
            if (first - 1) in named_after and tokens[first].capitalised:
                continue
            if (first - 1) in named or (honorific and (first - 2) in named):
                continue
            if m.figure.category == "business" and labels_a_thing(tokens, first, last, products):
                continue  # the brand: "a Giorgio Armani jacket", "un sac Louis Vuitton"
            if m.figure.category == "athlete" and labels_a_thing(tokens, first, last, kit):
                continue  # a fan's shirt: "a Ronaldo jersey", "ein Messi-Trikot" (not "a Messi commercial")
            if names_a_place(tokens, last, place_kinds):
                continue
            if any(a <= first and last <= b for a, b in idioms):
                continue  # inside an ordinary phrase: "a trump card", "the King James Bible"
            if m.figure.category not in _STAND_IN_CATEGORIES and names_a_style(tokens, first, last, persons):
                continue  # a look asked for: "a Wes Anderson style hotel" (a "Trump-style" rally still counts)
            if last + 1 < len(tokens) and tokens[last + 1].capitalised and _REGNAL.match(tokens[last + 1].text) \
                    and tokens[last + 1].text not in normalised_name_words(m.figure):
                continue  # another holder of the name: "Pope Leo X", "King Charles I" (not "King Felipe VI")
            if m.fuzzy and first == last and (tokens[first].text in common
                                              or reads_as_place(tokens, first, kinds_of_place, common, places)):
                continue  # a word or a place one letter off a surname: "Fallas", "Alcatraz", "Grand Bahama", "Blatten"
            if m.fuzzy and all(tokens[i].text in common and not tokens[i].capitalised for i in range(first, last + 1)):
                continue  # ordinary words in lower case one letter off a name: "an arena" is no "Ana Mena"
            before = tokens[first - 1].text if first > 0 else ""
            if (before in _ARTICLES or (before in _EPITHETS and first > 1 and tokens[first - 2].text in _ARTICLES)) \
                    and first == last and len(tokenize(m.figure.name)) == 1 and " " not in m.alias.strip():
                continue  # a one-word stage name after an article is a thing: "una statua della Madonna", "a Drake"
            if first == last and first > 0 and tokens[first - 1].text in _VENUE_ARTICLES and tokens[first].capitalised \
                    and m.figure.category == "athlete" and len(tokenize(m.figure.name)) > 1:
                continue  # a stadium named after a player: "i tifosi invadono il campo del Maradona"
            before = tokens[first - 1] if first > 0 else None
            if m.fuzzy and first == last and before is not None and before.capitalised \
                    and (first - 1) not in titles and common.get(before.text, 0.0) < 4.5 \
                    and before.text not in normalised_name_words(m.figure):
                continue
            out.append(m)
        idiom_words = {i for a, b in idioms for i in range(a, b + 1)}  # "i Re Magi" are the Three Kings
        return out + self._titled_surnames(tokens, out, political, named_after | named, idiom_words)

    def _titled_surnames(self, tokens: list[Token], found: list, political: set[int], named_after: set[int],
                         idiom_words: set[int]) -> list:
        """A political title (``political``: where one ends) right before the capitalised surname of a listed
        politician, head of state or royal ("Presidente Sánchez", "la ministra Montero"): that person, even where
        the surname alone is too common to count, unless the title follows a place named after someone or a word that
        gives a thing or an animal its name (``named_after``: where one ends; "el Museo Reina Sofía", "un barco
        llamado Reina Sofía"). The first listed person of that surname is named."""
        taken: set[int] = set()
        for m in found:
            first, last = _token_range(tokens, m.start, m.end)
            taken.update(range(first, last + 1))
        out = []
        for j in range(1, len(tokens)):
            surname = tokens[j]
            if j in taken or j in idiom_words or not surname.capitalised or (j - 1) not in political or (
                    (j - 2) in named_after):
                continue
            people = [f for f in self.names.surnames.get(surname.text, ()) if f.category in _TITLED_CATEGORIES]
            if people:
                out.append(gazetteer.NameMatch(people[0], people[0].name, surname.start, surname.end, False,
                                               titled=True))
        return out

    def _people(self, tokens: list[Token], hits: list[Hit], people: list, analysis) -> list[Reason]:
        reasons = []
        for m in people:
            how = "a title and the surname of" if m.titled else "close spelling of" if m.fuzzy else "name or alias of"
            reasons.append(Reason("real_person", "public_figure", [m.start, m.end],
                                  f"{how} {m.figure.name} ({m.figure.category.replace('_', ' ')})"))
        offices = [Reason("real_person", "office", [h.start, h.end], f"refers to the holder of a real office ({h.phrase})")
                   for h in hits if h.kind == "offices" and h.last not in analysis.joined]  # not "Papst-Benedikt-Platz"
        if not any(h.kind == "fiction" for h in hits):
            reasons += offices
        if not offices:
            reasons += office_reasons(analysis, hits, self.composer.kb, self.composer.monarchies)
        private = self._private(tokens, hits) or self.composer.private_persons(analysis)
        reasons += private
        if not reasons:
            reasons += unlisted_names(analysis, self.composer.kb)
        return reasons

    def _private(self, tokens: list[Token], hits: list[Hit]) -> list[Reason]:
        reasons = []
        for h in hits:
            if h.kind != "private_relations":
                continue
            named = [t for t in before_a_place(tokens, h.last + 1, 3) if t.capitalised]
            if named:
                reasons.append(Reason("private_person", "named_private_individual", [h.start, named[-1].end],
                                      f"a private person named with their relation to the requester ({h.phrase})"))
        span = name_with_address(tokens)
        if span:
            reasons.append(Reason("private_person", "name_with_address", list(span),
                                  "a named person with a street address"))
        return reasons

    # ------------------------------------------------------------------------------------------- news
    def _news(self, tokens: list[Token], hits: list[Hit], analysis) -> list[Reason]:
        kinds: dict[str, list[Hit]] = {}
        for h in hits:
            kinds.setdefault(h.kind, []).append(h)
        reasons = []
        for h in kinds.get("named_events", []):
            if names_a_memorial(tokens, h.first, h.last) and not analysis.events and "events" not in kinds:
                continue  # "the 9/11 memorial at dusk", with nothing happening in it
            reasons.append(Reason("news_event", "named_event", [h.start, h.end], f"a real, recent event ({h.phrase})"))
        # the lexicons' event words too are no events where the analysis found them used as figures of speech or as
        # the kind of a thing ("an explosion of flavours", "a fire station")
        figures = [(f.first, f.last) for f in analysis.figures]
        lexicon_events = [h for h in kinds.get("events", []) if not any(a <= h.first and h.last <= b for a, b in figures)]
        events = lexicon_events + [Hit(m.label, m.phrase, "any", m.start, m.end, m.first, m.last)
                                          for m in analysis.events]
        framing = kinds.get("news_framing", []) + kinds.get("outlets", [])
        temporal = kinds.get("temporal", [])
        historical = analysis.historical  # a historical word or a date in the past (not a word of a place's name)
        fiction = kinds.get("fiction", []) + [m for k in ("fiction", "style", "safe") for m in analysis.cues.get(k, [])]
        if events and framing and not fiction:
            cue = framing[0]
            reasons.append(Reason("news_event", "news_framing", [min(cue.start, events[0].start),
                                                                  max(cue.end, events[0].end)],
                                  f"an event ({events[0].phrase}) framed as news ({cue.phrase})"))
        elif events and temporal and not historical and not fiction:
            cue = temporal[0]
            reasons.append(Reason("news_event", "recent_event", [min(cue.start, events[0].start),
                                                                  max(cue.end, events[0].end)],
                                  f"an event ({events[0].phrase}) placed in the present ({cue.phrase})"))
        elif framing and not events and not fiction and not historical and any(
                not names_a_workplace(tokens, h.first, h.last) for h in kinds.get("outlets", ())):
            cue = framing[0]
            reasons.append(Reason("news_event", "weak_news_cue", [cue.start, cue.end],
                                  f"framed as news footage ({cue.phrase}) without a named event"))
        if not any(r.rule in ("named_event", "news_framing", "recent_event") for r in reasons):
            anchored = self.composer.anchored_events(analysis, hits)
            if anchored:
                reasons = [r for r in reasons if r.rule != "weak_news_cue"] + anchored
            else:  # no event word at a real place: signs of an emergency there are a weaker sign (review)
                reasons += distress_scene(analysis, self.composer.suppressed(analysis, hits, figures=False))
        return reasons

    # ----------------------------------------------------------------------------------------- inputs
    def _input(self, path: Path, mode: str, consent: dict | None) -> list[Reason]:
        from policy.faces import faces_in_input

        n = faces_in_input(path)
        if n == 0:
            return []
        result = check_consent(consent, file_sha256(path), mode, self.consent_keys)
        if result.accepted:
            return []
        return [Reason("face_input", "face_without_consent", None,
                       f"{path.name} shows {n} face(s) and {result.reason}")]


def normalised_name_words(figure) -> set[str]:
    return {t.text for name in (figure.name, *figure.aliases) for t in tokenize(name)}


def _token_range(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    """The token indexes covering a character span."""
    idx = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
    return (idx[0], idx[-1]) if idx else (-1, -1)
