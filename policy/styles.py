"""Excuses a prompt gives for an event or a name, and when they do not hold.

"In the style of", "al estilo de" and their like introduce a style, and the words after them say which: a painter
or a film-maker is a look ("in the style of Wes Anderson"), a news bulletin, a documentary or an outlet is a
realistic rendering ("in the style of CNN breaking news, a bombing in Kyiv"), so it excuses neither an event nor a
name the way "cartoon" or "oil painting" do. A style or a harmless context (a drill, a simulation, a toy) is no
excuse either where the prompt denies it ("not a painting:") or insists on the real thing: "a real explosion",
"vero attacco", "eine Übung, die echt aussieht", or a realistic rendering framed as news ("simulation of a terror
attack at the Berlin Hauptbahnhof, ultra realistic, breaking news footage")."""

from __future__ import annotations

import re
from collections.abc import Container

from policy.acts import done_to, word_before
from policy.lexicon import Hit
from policy.looks import animates, drawn_not_drawing, graded, paints_a_thing
from policy.normalize import Token
from policy.phrases import DEFINITE, DETERMINERS, Match
from policy.scenes import SETTING_ARTICLES as _SETTING_ARTICLES, SETTING_WORDS as _SETTING_WORDS, \
    artwork_touched, chimney_of_a_site, setting_word_before, shown_then

# words that introduce a style rather than name one (most are style cues of cues.tsv); their last two words before
# a name make it a style too ("the style of Wes Anderson", "en el estilo de Almodóvar")
_INTRODUCERS = frozenset({"in the style of", "in the manner of", "dans le style de", "a la maniere de",
                          "im stil von", "al estilo de", "a la manera de", "estilo", "nello stile di",
                          "alla maniera di", "stile"})
_BEFORE_A_NAME = frozenset(tuple(phrase.split()[-2:]) for phrase in _INTRODUCERS)
_REALISTIC = ("news_framing", "outlets")  # lexicon kinds that name a realistic rendering
# lexicon kinds that tell a prompt as news: with one, a light word (levity) or open country (policy/nature.py)
# does not make an event harmless
NEWSY = _REALISTIC + ("temporal", "named_events")
_MILD = frozenset({"disaster", "accident"})  # the events a light word can make harmless (cues.tsv kind levity)
# what a film or a game names that happens in the world: its tournament, its fair, its shop
_FRAME_OCCASIONS = frozenset("tournament tournaments championship championships convention conventions expo fair fairs "
                             "store shop arcade event competition final finals league studio studios company office "
                             "premiere screening turnier turniere meisterschaft messe laden tournoi championnat salon "
                             "magasin torneo campeonato feria tienda fiera negozio".split())
_NEGATIONS = frozenset({"not", "no", "never", "nicht", "kein", "keine", "keinen", "keiner", "pas", "non", "ni", "nada",
                        "sin", "senza", "without", "ohne", "sans", "nothing", "nichts", "rien", "niente", "nulla",
                        "nessun", "nessuna", "nessuno"})
# realism cues that insist on a realistic look: a simulation asked "ultra réaliste" or "iperrealistica" is the event
# itself (a toy, a model or a drill asked "photorealistic" is still a toy, a model or a drill)
_INSISTENT = ("photoreal", "photo-real", "hyperreal", "hyper-real", "fotoreal", "fotorreal", "ultra", "iperreal",
              "hiperreal")
# "realistic" itself and those, among the realism cues (which also hold "video", "footage": a cartoon video is still
# a cartoon)
_REALISTIC_WORDS = ("realis", "lifelike") + _INSISTENT
_RENDERED = re.compile(r"^simul(?!acro)")  # simulation, simulated, simulación, simulazione, Simulation; not a drill
# what a renderer simulates: "a realistic smoke simulation" is a look of the footage, not a drill of the event
_SIMULATED_STUFF = frozenset("smoke fluid fluids cloth particle particles physics "
                             "rauch fumee fumees humo fumo".split())
_AHEAD = 4  # tokens after an introducer that say which style
# an occasion (cues.tsv kind occasion) excuses only an event in its own clause: "for our anniversary: the Kölner Dom
# collapsing", "children playing in a park when a tornado hits", "no people, just the Hoover Dam bursting"
_CLAUSE_MARKS = re.compile(r"[,:;.!?()|\u2022\u2013\u2014]")
_CLAUSE_WORDS = frozenset({"when", "as", "while", "whilst", "until", "interrupted", "just", "suddenly", "then", "als",
                           "wenn", "waehrend", "bis", "nur", "ploetzlich", "dann", "quand", "lorsque", "tandis",
                           "juste", "soudain", "puis", "cuando", "mientras", "justo", "solo", "repente", "luego",
                           "mentre", "quando", "improvvisamente", "poi"})
_ABOUT = frozenset({"of", "for", "about", "to", "fuer", "zum", "zur", "ueber", "de", "des", "du", "sur", "sobre",
                    "por", "para", "del", "di", "della", "dei", "per", "su", "sul", "sulla"})
# what makes a venue the thing an event strikes: the agent of a passive ("a museum in Kyiv hit by a missile", "un
# musée touché par un missile"), a verb of impact before it ("a missile hits the war museum"), or the event's "of"
# ("l'explosion d'un magasin de jouets")
_AGENTS = frozenset({"by", "von", "durch", "par", "por", "da", "dal", "dalla", "dallo", "dai", "dalle"})
_STRIKES = frozenset({"hits", "hit", "strikes", "struck", "destroys", "damages", "targets", "levels", "flattens",
                      "trifft", "zerstoert", "beschaedigt", "touche", "frappe", "detruit", "vise", "atteint",
                      "impacta", "alcanza", "golpea", "destruye", "colpisce", "distrugge", "centra"})
_OF_EVENT = frozenset({"of", "d", "de", "du", "des", "eines", "einer", "di", "del", "della", "dello", "dei"})
# articles that make what follows a word of copying one event (copied_clauses)
_DEFINITE = DEFINITE | {"der", "des", "du", "del", "al", "della", "dello", "dei", "degli", "delle"}  # and contracted
_STRUCK_REACH = 6  # words between a venue and the agent of what strikes it: "a museum in central Kyiv hit by"

# a name used as a style or a theme: "a Wes Anderson style hotel", "a Frida Kahlo themed party", "im Stil von Wim
# Wenders", "en el estilo de Almodóvar"
STYLE_WORDS = frozenset({"style", "styled", "stil", "estilo", "stile", "inspired", "inspiriert", "themed", "esque"})


def asked_styles(styles: list[Match], lexicon_hits: list[Hit], realism: list[Match]) -> list[Match]:
    """The style cues that ask for a non-realistic look: an introducer counts only where none of the words after
    it is a news framing, an outlet or a word of realism ("nello stile di un telegiornale", "al estilo de un
    documental")."""
    realistic = {i for h in lexicon_hits if h.kind in _REALISTIC for i in range(h.first, h.last + 1)}
    realistic |= {i for m in realism for i in range(m.first, m.last + 1)}
    return [m for m in styles if m.phrase not in _INTRODUCERS
            or not realistic.intersection(range(m.last + 1, m.last + 1 + _AHEAD))]


# a negative prompt, what the picture must not show ("negative prompt: cartoon, anime", "--no painting"), up to the
# end of its section (a "|", a new line, the end of a sentence or the next "style:"-like key)
_UNWANTED = re.compile(r"(?i)(?:\b(?:negative|negativ|neg)(?:[ _-]?prompts?)?|\bavoid|\bexclude|\bundesired)\s*[:=]"
                       r"|--no\b")
_SECTION_END = re.compile(r"[|\n]|[.!?](?:\s|$)|\b[a-z_]+\s*:(?!//)", re.IGNORECASE)


def unwanted_spans(prompt: str) -> list[tuple[int, int]]:
    """Where a prompt's negative sections are (character offsets): nothing named there is asked for, so no style,
    fiction or harmless context there excuses an event ("a bombing in Kyiv | negative: cartoon"), and the learned
    second opinion does not read them. An event named there still counts: a text encoder reads the words, not the
    section they are in, and "avoid: an explosion at the Eiffel Tower" would otherwise be a way round the rules."""
    out = []
    for m in _UNWANTED.finditer(prompt):
        end = _SECTION_END.search(prompt, m.end())
        out.append((m.end(), end.start() if end else len(prompt)))
    return out


def without_unwanted(prompt: str) -> str:
    """The prompt with its negative sections blanked (the same length, so that spans still point into it)."""
    for a, b in unwanted_spans(prompt):
        prompt = prompt[:a] + " " * (b - a) + prompt[b:]
    return prompt


def unwanted_tokens(prompt: str, tokens: list[Token]) -> set[int]:
    """The tokens inside a prompt's negative sections (``unwanted_spans``)."""
    spans = unwanted_spans(prompt)
    return {i for i, t in enumerate(tokens) if any(a <= t.start < b for a, b in spans)}


def drop_denied_excuses(cues: dict[str, list[Match]], tokens: list[Token], lexicon_hits: list[Hit],
                        events: list[Match], prompt: str, out_of_hand: bool = False) -> None:
    """Keep in ``cues`` only the styles and harmless contexts the prompt does not take back: no style right after a
    negation ("not a painting"); no simulation asked "ultra realistic", "photorealistic" and their like; and, where
    the prompt insists on the real thing (a ``realness`` phrase, or a single such word right before an event word, a
    news framing or a word of realism: "a real explosion", "real news footage", "real CCTV") or asks for a realistic
    rendering framed as news, no style at all, no harmless context apart from the event it is made of ("a fire
    drill" stays a drill; "a simulation of a terror attack" is the attack) and no film named as the frame (kind
    ``film_frame``: "for a movie scene: ..., make it look like real phone footage" is a pretext). Other fiction cues
    stay: "a real dragon" is still a dragon. A word that says nobody is hurt (``levity``) becomes a harmless context
    for a disaster or an accident not told as news, unless it befalls a public thing (a facility that is not a mere
    setting, a vehicle larger than a car or a boat: "a plane crash at Heathrow, no injuries" is still news). Then a
    venue or an occasion named as the setting of an event (``where_it_happens``), a venue the event strikes
    (``struck_venue``), any harmless context in the clause of a copy of one event (``recreation``: "a film set
    recreation of the ...") and an occasion told in another clause than the event (``clause_numbers``) excuse
    nothing; nor does a film being shown when the event happens (``scenes.shown_then``), and a painting a protest
    reaches is no style (``scenes.artwork_touched``). Before all that, a plant's chimney is no fireplace
    (``scenes.chimney_of_a_site``), and no harmless context counts where people are hurt (``casualty``) or a
    festival's fire gets out of hand (``out_of_hand``: ``nature.fires_spreading`` found one) unless the prompt
    remembers them (``remembrance``): "a fire in an escape room kills five teenagers" is news, "a memorial service for the victims"
    is not; a scream of joy (``joyful``) hurts nobody. Excuses in a negative prompt (``unwanted_tokens``) are
    dropped first. A ceremony (``ceremony``: a parade, the changing of the guard) excuses military words alone (not
    acts of firing, ``armed_act``: "shelling the Mall during the parade"), a celebration (``celebration``: Pride)
    the words of a march alone (``marchers``): soldiers and tanks in a parade are no war, marchers at Pride no
    protest; an attack or an explosion at a parade is still the attack, police charging the marchers still a
    protest, and protesters who march ("défilent") without a celebration still a protest."""
    joy = cues.get("joyful", ())  # "screaming with joy" is no casualty
    cues["safe"] = [m for m in cues.get("safe", []) if not chimney_of_a_site(m, tokens, cues.get("facility", []))]
    cues["casualty"] = [c for c in cues.get("casualty", ()) if not any(j.first <= c.first <= j.last for j in joy)]
    unwanted = unwanted_tokens(prompt, tokens)
    if unwanted:
        for kind in ("style", "fiction", "safe", "occasion", "levity", "film_frame"):
            cues[kind] = [m for m in cues.get(kind, ()) if m.first not in unwanted]
    framing = {i for h in lexicon_hits if h.kind in _REALISTIC for i in range(h.first, h.last + 1)}
    if (cues.get("casualty") or out_of_hand) and not cues.get("remembrance"):
        cues["safe"] = []  # "a fire in an escape room kills five"; "nobody hurt" (levity, below) may excuse again
    if cues.get("levity") and events and all(m.label in _MILD for m in events) and not befalls_public_thing(
            cues, events) and not any(h.kind in NEWSY for h in lexicon_hits):  # "a sailboat capsizing gently"
        cues["safe"] = cues.get("safe", []) + cues["levity"]
    happenings = [(m.first, m.last, m.label) for m in events] + [
        (h.first, h.last, "events") for h in lexicon_hits if h.kind == "events"]
    event_at = {i for first, last, _label in happenings for i in range(first, last + 1)}
    realism = cues.get("realism", [])
    realism_at = {m.first for m in realism}  # "real CCTV", "echte Handyaufnahmen"

    def insists(m: Match) -> bool:
        if m.last > m.first:
            return True  # "looks real", "not a drill", "sieht echt aus"
        if tokens[m.first].capitalised and m.first + 1 < len(tokens) and tokens[m.first + 1].capitalised:
            return False  # "Real Madrid", "Real Sociedad"
        return m.first + 1 in event_at or m.first + 1 in framing or m.first + 1 in realism_at

    styles = asked_styles(cues.get("style", []), lexicon_hits, realism)
    if any(m.phrase.startswith(_INSISTENT) for m in realism):  # "simulation ultra réaliste": the thing itself
        cues["safe"] = [m for m in cues.get("safe", []) if not _RENDERED.match(m.phrase)]
    cues["safe"] = [m for m in cues.get("safe", []) if not (_RENDERED.match(m.phrase) and m.first > 0 and tokens[
        m.first - 1].text in _SIMULATED_STUFF)]  # "realistic smoke simulation": a renderer's, no drill
    # a frame right before an occasion or a venue of its own is a real place: "a video game tournament in Jacksonville"
    clause = clause_numbers(prompt, tokens) if happenings or cues.get("protest_act") else []
    frames = [m for m in cues.pop("film_frame", []) if not (m.last + 1 < len(tokens)
                                                            and tokens[m.last + 1].text in _FRAME_OCCASIONS)
              and not shown_then(m, tokens, happenings, clause)]
    if any(insists(m) for m in cues.get("realness", ())) or (
            framing and any(m.phrase.startswith(_REALISTIC_WORDS) for m in realism)):
        cues["style"] = []
        cues["safe"] = [m for m in cues.get("safe", []) if event_at.intersection(range(m.first, m.last + 1))]
    else:
        cues["style"] = [m for m in styles if not negated(tokens, m.first)]
        cues["fiction"] = [m for m in cues.get("fiction", []) if not negated(tokens, m.first)]  # "nothing fictional"
        if frames:  # a film named as the frame is fiction unless the prompt insists on the real thing
            cues["fiction"] = cues.get("fiction", []) + frames
    venues = cues.get("venue", [])  # a toy store is no toy look: "toy" there is no style, and no toy
    looks = {(m.first, m.last) for m in styles}
    cues["safe"] = [m for m in cues.get("safe", []) if (m.first, m.last) not in looks or not any(
        v.first <= m.first and m.last <= v.last and v.phrase != m.phrase for v in venues)]
    colours = {m.first for m in cues.get("colour", ())}
    acts = [(m.first, m.last, "protest") for m in cues.get("protest_act", ())]  # "Aktivisten kleben sich"
    cues["style"] = [m for m in cues["style"] if not any(
        v.first <= m.first and m.last <= v.last and v.phrase != m.phrase for v in venues)
        and not taken_back(m, tokens, realism) and not graded(m, tokens) and not paints_a_thing(m, tokens, colours)
        and not animates(m, tokens) and not done_to(tokens, m.first, event_at) and not drawn_not_drawing(m, tokens)
        and not artwork_touched(m, tokens, happenings + acts, clause)]
    occasions = cues.get("occasion", [])
    cues["safe"] = [m for m in cues.get("safe", []) if not where_it_happens(m, venues + occasions, tokens, happenings)
                    and not struck_venue(m, venues, tokens, happenings)]
    copies = copied_clauses(cues.get("recreation", ()), tokens, happenings, clause)
    if copies:  # what is copied may itself be harmless: "simulate the fire drill"
        cues["safe"] = [m for m in cues["safe"] if clause[m.first] not in copies
                        or event_at.intersection(range(m.first, m.last + 1))]
    if occasions and happenings:
        cues["safe"] = [m for m in cues["safe"] if not (
            any(o.first <= m.last and m.first <= o.last for o in occasions)
            and any(clause[first] != clause[m.first] for first, _last, _label in happenings))]
    marching = {i for m in cues.get("marchers", ()) for i in range(m.first, m.last + 1)}
    if happenings and all(label == "war" for _first, _last, label in happenings) and not cues.get("armed_act"):
        cues["safe"] = cues["safe"] + cues.get("ceremony", [])  # soldiers and tanks at a parade (not shelling it)
    if happenings and all(first in marching for first, _last, _label in happenings):
        cues["safe"] = cues["safe"] + cues.get("celebration", [])  # marchers at Pride (not the police charging them)


def befalls_public_thing(cues: dict[str, list[Match]], events: list[Match]) -> bool:
    """Whether the prompt names a facility that is more than a setting, a vehicle larger than a car, a boat or a
    balloon, or an event word compounded with one (``cues.tsv`` kinds ``open_setting``, ``small_vehicle``,
    ``vehicle_compound``): a mishap of such a thing is news however lightly it is told."""
    def spans(kind: str) -> set[tuple[int, int]]:
        return {(m.first, m.last) for m in cues.get(kind, ())}

    small, settings = spans("small_vehicle"), spans("open_setting")
    compounds = {first for first, _last in spans("vehicle_compound")}
    return any((m.first, m.last) not in settings for m in cues.get("facility", ())) or any(
        (v.first, v.last) not in small for v in cues.get("vehicle", ())) or any(m.first in compounds for m in events)


_BUT = frozenset({"but", "yet", "aber", "doch", "mais", "pero", "ma"})
def taken_back(style: Match, tokens: list[Token], realism: list[Match], reach: int = 6) -> bool:
    """A style the prompt takes back with a "but" and a word of realism right after it: "in the style of a Pixar
    movie but photorealistic", "Lego style but realistic", "im Comicstil, aber fotorealistisch"."""
    buts = [i for i in range(style.last + 1, min(len(tokens), style.last + 1 + reach)) if tokens[i].text in _BUT]
    return any(b < m.first <= b + 2 for b in buts for m in realism)


def copied_clauses(recreations: list[Match], tokens: list[Token], happenings: list[tuple[int, int, str]],
                   clause: list[int]) -> set[int]:
    """The clauses in which a word of copying (``cues.tsv`` kind ``recreation``) has one event after it, a definite
    article between: "a reenactment of the Boston Marathon bombing", "recreación del atentado"; "kids recreating a
    volcano eruption" copies a kind of thing."""
    return {clause[m.first] for m in recreations for first, _last, _label in happenings
            if first > m.last and clause[first] == clause[m.first]
            and _DEFINITE.intersection(t.text for t in tokens[m.last + 1:first])}


def no_break_before(prompt: str, tokens: list[Token], i: int) -> bool:
    """Token ``i`` follows the one before it with no comma, colon or the like between ("Chicago cars" is a kind of
    car; "near Chicago, cars tumbling" is a place and then cars)."""
    return i > 0 and not _CLAUSE_MARKS.search(prompt[tokens[i - 1].end:tokens[i].start])


def clause_numbers(prompt: str, tokens: list[Token]) -> list[int]:
    """The clause each token is in: a new one after a comma, a colon, a full stop and their like, or at a word that
    starts a clause of its own ("when", "as", "als", "quand", "cuando", "mentre", "interrupted")."""
    out, n = [], 0
    for i, t in enumerate(tokens):
        if i and (_CLAUSE_MARKS.search(prompt[tokens[i - 1].end:t.start]) or t.text in _CLAUSE_WORDS):
            n += 1
        out.append(n)
    return out


def _venue_of(safe: Match, venues: list[Match]) -> Match | None:
    """The venue or occasion a harmless-context match overlaps ("a museum" and "museum"), if any."""
    return next((v for v in venues if v.first <= safe.last and safe.first <= v.last), None)


def where_it_happens(safe: Match, venues, tokens: list[Token], happenings: list[tuple[int, int, str]]) -> bool:
    """A harmless context that is a venue or an occasion (``cues.tsv`` kinds ``venue``, ``occasion``) introduced as
    the setting of something that happens ("a bomb explodes in a museum", "a gunman opens fire during a drill", "una
    explosión en una juguetería"): it excuses no event, unless the event is what it is made of ("during an
    earthquake drill"). Military words alone stay excused ("soldiers during a drill in Poland"); "a museum exhibit
    about", "a drill simulating" and the like, with no word of place or time before them, are frames and excuse as
    before; so does a venue followed by what it is about ("at the memorial for the earthquake victims")."""
    venue = _venue_of(safe, venues)
    if venue is None:
        return False
    j = setting_word_before(tokens, min(venue.first, safe.first))
    if j < 0 or tokens[j].text not in _SETTING_WORDS:
        return False
    end = max(venue.last, safe.last)
    if end + 1 < len(tokens) and tokens[end + 1].text in _ABOUT:
        end += _AHEAD  # what it is for: "at the memorial for the earthquake victims"
    inside = [h for h in happenings if j < h[1] and h[0] <= end]
    return not inside and any(label != "war" for _first, _last, label in happenings)


def struck_venue(safe: Match, venues, tokens: list[Token], happenings: list[tuple[int, int, str]]) -> bool:
    """A venue (``cues.tsv`` kind ``venue``) that an event strikes rather than frames: "a museum in Kyiv hit by a
    (Russian) missile", "un musée de Kharkiv détruit par un missile", "a missile hits the war museum", "l'explosion d'un
    magasin de jouets". It excuses no event, war included: the museum is the target, not the exhibit. "A museum exhibit
    about the missile strike" and "an earthquake drill" stay frames, and so do the war words before "of" ("soldiers of
    the Queen's Guard")."""
    venue = _venue_of(safe, venues)
    if venue is None:
        return False
    first, last = min(venue.first, safe.first), max(venue.last, safe.last)
    for h_first, h_last, label in happenings:
        if h_first > last:  # the event after the venue: is it the agent of a passive?
            if h_first < h_last and tokens[h_first + 1].text in _AGENTS:
                j = h_first + 1  # the event says it: "hit by a drone"
            else:  # "by a missile", "by a Russian missile": an article and one word that says what kind
                j = h_first - 1
                while j > h_first - 3 and j > last and tokens[j].text not in _AGENTS and (
                        tokens[j].text in _SETTING_ARTICLES or not tokens[j].stop):
                    j -= 1
            if last < j <= last + _STRUCK_REACH + 1 and tokens[j].text in _AGENTS:
                return True
        elif h_last < first:  # the event before the venue, at most three words away
            between = [t.text for t in tokens[h_last + 1:first]]
            impact = tokens[h_last].text == "into" or _STRIKES.intersection(between)  # "slams into", "hits the"
            of_it = (label != "war" and between and between[0] in _OF_EVENT  # not "soldiers of the Queen's Guard"
                     and all(w in _SETTING_ARTICLES for w in between[1:]))
            if len(between) <= 3 and (impact or of_it):
                return True
    return False


def negated(tokens: list[Token], first: int) -> bool:
    """A negation in the two words before ``first``: "not a painting", "kein Cartoon", "sin dibujos"."""
    return any(tokens[i].text in _NEGATIONS for i in range(max(0, first - 2), first))


_DENIED_ARTICLES = DETERMINERS | {"d", "de", "des", "du", "any"}  # "no explosions", "pas d'inondation"
_COPULAS = frozenset("is was ist war est es era e".split())  # "non è una sparatoria"


def denied(tokens: list[Token], first: int) -> bool:
    """An event word denied right before it: "no explosions, just ...", "kein Hochwasser", "non è una sparatoria"."""
    k = word_before(tokens, word_before(tokens, first, _DENIED_ARTICLES) + 1, _COPULAS)
    return k >= 0 and tokens[k].text in _NEGATIONS and not any(t.stop for t in tokens[k:first])  # "no: bombing Kyiv"


def names_a_style(tokens: list[Token], first: int, last: int, persons: Container[int] = ()) -> bool:
    """The name right before a style word ("Tim Burton style", "Wes Anderson-inspired") or right after "in the
    style of" and its like in the five languages: the look of someone's work is asked for, not the person; unless
    the style is a person's ("a Taylor Swift style woman", "a man in the style of Elvis"): ``persons`` holds where
    words for a person end."""
    if last + 1 < len(tokens) and tokens[last + 1].text in STYLE_WORDS:
        return not any(i in persons for i in range(last + 2, last + 5))
    words = tuple(t.text for t in tokens[max(0, first - 2):first])
    for size in (2, 1):  # "(in the) style of", "estilo"
        if words[-size:] in _BEFORE_A_NAME and len(words) >= size:
            start = first - size
            return not any(i in persons for i in range(start - 4, start))
    return False
