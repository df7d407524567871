"""Collisions: a verb of hitting or falling that is an accident only when a vehicle does it ("a train slams into a
school bus", "un camion percute une voiture", "un tren choca contra un autobús", "ein Reisebus stürzt eine Böschung
hinunter"). Alone such a verb is an ordinary word ("rams on a farm", "une idée qui percute", "the snow falls"), so it
is no event word in ``events.tsv``: it is a cue (``collision``) that becomes one where a ``vehicle`` cue drives it.
A verb of shooting toward something is the same kind of word: an attack where people or a place are its target
(``shots_aimed``: "firing into the crowd", not fireworks "firing into the sky"). So are a movement's acts of protest
(``movement_acts``), a blockade by those who make them (``blockades``) and a dangerous animal's acts of attack
(``animal_attacks``)."""

from __future__ import annotations

from policy.acts import act_after, as_event, followed_within
from policy.nature import hazards_striking
from policy.normalize import Token
from policy.phrases import DETERMINERS, Match, same_clause
from policy.verbs import SUBJECT_ARTICLES

SUBJECT_REACH = 6  # words from a vehicle to its verb: "a school bus full of pupils slams into"
AGENT_REACH = 4  # words from a passive verb to the vehicle that hit: "percuté par un train"
# what introduces the agent of a passive: "hit by", "percuté par", "embestido por", "investito da", "erfasst von"
_AGENT = frozenset("by par por da dal dalla dallo von vom".split())
# cue words that count only capitalised, dropped lowercase before any rule reads the cues (``compose``): the ICE, a
# train, is a vehicle ("ein ICE prallt"), "ice" is ice ("ice slams into the pier", "the ice gives way under a skater")
CAPITALISED_ONLY = frozenset({"ice"})
# "went down" is a sinking or a crash ("after the boat went down", "the plane went down over the Atlantic"), but a
# way taken when a path follows it: "a kayak goes down the rapids", "the bus went down to the harbour"
_PATH_AFTER = frozenset("the a an this that to towards its their".split())
_GOES = frozenset("goes went going gone".split())


_STRUCK = ("crowd", "crowd_target", "passers", "harm")  # what a stunt falls onto when it is no stunt


def vehicles_colliding(events: list[Match], cues: dict[str, list[Match]], tokens: list[Token]) -> list[Match]:
    """``events`` and each ``collision`` cue that a ``vehicle`` drives (``_hits``), as an accident. In a prompt with a
    ``play_vehicle`` (bumper cars, go-karts, a demolition derby), collisions are play: none is added, and an event
    word that is a collision cue ("ramming", "crashing into": "kids crashing into each other on bumper cars") is dropped
    (one inside the ride's name, "autos de choque", is dropped with the harmless phrases: ``figures.drop_figurative``);
    a fire or a collapse there stays an event. At a ``stunt_show`` (an air show) only the ``manoeuvre`` words are
    play ("a stunt plane tumbles"), unless it falls onto the crowd, people or houses within three words ("un
    helicóptero cae sobre el público"): "a jet crashing onto the A27 during the air show" is an accident."""
    collisions = cues.get("collision", ())
    if cues.get("play_vehicle"):
        spans = {(c.first, c.last) for c in collisions}
        return [e for e in events if (e.first, e.last) not in spans]
    if cues.get("stunt_show"):  # an air show's planes tumble and dive on purpose; a crash there is still one
        onto = {m.first for kind in _STRUCK for m in cues.get(kind, ())}  # "cae sobre el público": no stunt
        stunts = {(m.first, m.last) for m in cues.get("manoeuvre", ()) if not followed_within(m, onto, tokens, 3)}
        collisions = [c for c in collisions if (c.first, c.last) not in stunts]
        events = [e for e in events if (e.first, e.last) not in stunts]
    vehicles = cues.get("vehicle", ())
    taken = {(e.first, e.last) for e in events}
    out = list(events)
    for c in collisions:
        if tokens[c.first].text in _GOES and tokens[c.last].text == "down" and c.last + 1 < len(tokens) \
                and tokens[c.last + 1].text in _PATH_AFTER:
            continue  # a way taken: "a kayak goes down the rapids" (not "a van mows down the crowd", "a bus went
            # off the road to the valley")
        if (c.first, c.last) not in taken and any(_hits(tokens, c, v) for v in vehicles):
            out.append(Match("accident", None, c.first, c.last, c.start, c.end, c.phrase))
    return out


def _hits(tokens: list[Token], c: Match, v: Match) -> bool:
    """The vehicle ``v`` drives the collision ``c``: its subject before it in its clause, the agent of a passive after
    it ("percuté par un train"), or a German subject after the verb ("kracht ein Zug"). What is hit alone does not
    tell: "waves slamming into a ship", "a seagull smashes into a car"."""
    if v.last < c.first:
        return c.first - v.last <= SUBJECT_REACH and same_clause(tokens, v.last, c.first)
    if v.first <= c.last or not same_clause(tokens, c.last, v.first):
        return False
    if tokens[c.last + 1].text in SUBJECT_ARTICLES:  # a German subject after the verb
        return v.first - c.last <= 3  # "prallt ein schwerer Lkw"
    return v.first - c.last <= AGENT_REACH and any(t.text in _AGENT for t in tokens[c.last + 1:v.first])


_TARGET_ARTICLES = frozenset("the a an".split())


def shots_aimed(events: list[Match], cues: dict[str, list[Match]], tokens: list[Token]) -> list[Match]:
    """``events`` and each ``aimed_fire`` cue followed by what it is aimed at (a ``fire_target`` cue, bare or after an
    article), as an attack covering both: "firing into the crowd", "shot into a school"."""
    targets = {t.first: t for t in cues.get("fire_target", ())}
    out = list(events)
    for c in cues.get("aimed_fire", ()):
        after = c.last + 1
        if after < len(tokens) and tokens[after].text in _TARGET_ARTICLES:
            after += 1
        target = targets.get(after)
        if target is not None:
            out.append(Match("attack", None, c.first, target.last, c.start, target.end, f"{c.phrase} {target.phrase}"))
    return out


_CROWDS = ("crowd", "marchers", "ceremony", "festivity")  # what a vehicle is driven into as an attack
# articles and the Spanish "a" of a person object, between a verb of driving and the people on foot it hits
_BEFORE_PEOPLE = DETERMINERS | {"des", "al", "der"}
RAMMED_REACH = 8  # from a German subject to its target at the clause's end ("fährt vor dem Stadion in die Fans")


def driven_into_crowds(events: list[Match], cues: dict[str, list[Match]], tokens: list[Token]) -> list[Match]:
    """``events`` and each ``driven_into`` cue that a ``vehicle`` or its ``driver`` drives (``_hits``) with a crowd,
    a march, a parade or a festivity within three words after it, or people on foot (``passers``) right after it or
    after an article, as an attack: "a car driving into the Christmas parade", "une voiture fonce sur les
    supporters", not "a car driving into a garage" nor "a bus drives into the stadium, fans cheering". And a German
    target at the end of a vehicle's or a driver's clause (``rammed_crowd``), whatever verb stands between: "ein
    Auto fährt vor dem Stadion in die Fans"."""
    starts = {m.first for kind in _CROWDS for m in cues.get(kind, ())}
    people = {m.first for m in cues.get("passers", ())}
    agents = list(cues.get("vehicle", ())) + list(cues.get("driver", ()))
    out = list(events)
    taken = {(e.first, e.last) for e in events}  # an event word already ("arrolla"): no second event of it
    for c in cues.get("driven_into", ()):
        if (c.first, c.last) in taken:
            continue
        target = next((k for k in range(c.last + 1, c.last + 4) if k in starts), None)
        if target is None:
            k = c.last + 1
            while k < len(tokens) and k - c.last <= 2 and tokens[k].text in _BEFORE_PEOPLE:
                k += 1
            target = k if k in people else None
        if target is not None and any(_hits(tokens, c, v) for v in agents):
            t = tokens[target]
            out.append(Match("attack", None, c.first, target, c.start, t.end, f"{c.phrase} {t.text}"))
    for t in cues.get("rammed_crowd", ()):
        if any(a.last < t.first and t.first - a.last <= RAMMED_REACH and same_clause(tokens, a.last, t.first)
               for a in agents):
            out.append(as_event("attack", t))
    return out


def events_of_cues(events: list[Match], cues: dict[str, list[Match]], tokens: list[Token]) -> list[Match]:
    """``events`` and the events that cues make only together: weather where people are hurt
    (``nature.hazards_striking``), a collision a vehicle drives, a vehicle driven into a crowd, shots aimed at people
    or a place."""
    found = vehicles_colliding(hazards_striking(events, cues), cues, tokens)
    return shots_aimed(driven_into_crowds(found, cues, tokens), cues, tokens)


def movement_acts(places: list[Match], cues: dict[str, list[Match]], tokens: list[Token]) -> list[Match]:
    """A named protest movement (an anchor of kind ``movement``) as the subject of a protest act (cue kind
    ``protest_act``: blocking, occupying, gluing, climbing, spraying or dyeing) within five words after it, in its
    clause: a protest, though no event word is there ("Extinction Rebellion blockiert die Oberbaumbrücke", "Ultima
    Generazione tinge di nero la Barcaccia"). The movement alone, or the act alone, is none."""
    acts = cues.get("protest_act", [])
    found = (act_after(m, acts, tokens, 5) for m in places if m.value.kind == "movement")
    return [as_event("protest", a) for a in found if a is not None]


def blockades(cues: dict[str, list[Match]], tokens: list[Token]) -> list[Match]:
    """Farmers, their tractors, lorry and taxi drivers, fishermen (cue kind ``blockader``) as the subject of a protest
    act (``protest_act``: blocking, occupying, encircling, besieging) within four words after them, in their clause: a
    protest, though no event word is there ("tractoristas bloquean el puerto de Valencia", "un convoglio di trattori
    assedia il Pirellone"). The act alone is none: "children blocking the hallway with a pillow fort"."""
    acts = cues.get("protest_act", [])
    found = (act_after(m, acts, tokens, 4) for m in cues.get("blockader", ()))
    return [as_event("protest", a) for a in found if a is not None]


ANIMAL_REACH = 6  # words from a dangerous animal to what it does


def animal_attacks(cues: dict[str, list[Match]], tokens: list[Token]) -> list[Match]:
    """A dangerous animal (cue kind ``dangerous_animal``: a shark, a bear, wolves, fighting dogs) as the subject of an
    act of attack or escape (``mauling``: biting, mauling, trampling, goring, killing, breaking out, on the loose)
    within six words after it, in its clause (room for a zoo's name: "les éléphants du zoo de La Palmyre piétinent"):
    an attack, though no event word is there ("ein Hai beißt einen Badegast an der Ostsee", "lupi sbranano un cane",
    "a tiger escapes from London Zoo"). Not where another wild animal is the prey within four words after the act
    (``animal``, not ``livestock``: "a lion kills a zebra in the Serengeti" is nature), nor where food is
    (``fodder``: "a lion devours a steak at Berlin Zoo" is feeding time). Eating is no attack: German
    "frisst" is what any animal does with its food ("ein Gorilla frisst Blätter")."""
    prey = {m.first for m in cues.get("animal", ())} - {m.first for m in cues.get("livestock", ())}
    prey |= {m.first for m in cues.get("fodder", ())}  # "a lion devours a steak at Berlin Zoo": feeding time
    out = []
    for m in cues.get("dangerous_animal", ()):
        act = act_after(m, cues.get("mauling", []), tokens, ANIMAL_REACH)
        if act is not None and not followed_within(act, prey, tokens, 4):
            out.append(as_event("attack", act))
    return out


_TO = frozenset("to a au aux al alla all alle ai allo agli ante".split())  # what one gives way to: a figure
# a verb that ends in where it falls: the word after it is its object's article ("falling onto a bus")
_ONTO = frozenset("onto on into through across sur dans sobre en su sul sulla sui sulle nel nella auf in".split())


def structure_failures(cues: dict[str, list[Match]], tokens: list[Token]) -> list[Match]:
    """A part of a building that holds people up, carries them or hangs over them (cue kind ``bearing_part``: a
    roof, a stand, a balcony, a theatre box, a canopy, a lift, an escalator) as the subject of a verb of giving way
    or coming down (``giving_way``: gives way, "cede", "se desprende", "kracht auf", "cae sobre") within six words
    after it, in its clause: a disaster, though no event word is there ("un palco della Scala cede durante la
    prima", "la marquesina de la estación de Atocha cae sobre los pasajeros"). The verb alone is none ("the stadium
    comes down with joy", "el Bernabéu se viene abajo con el gol"), nor the part alone, nor giving way to something
    ("giving way to tears", "cede all'emozione"; "cède à Chamonix" is a place). In Spanish, Italian and French the
    part may follow its verb ("se vino abajo el obelisco")."""
    acts = [a for a in cues.get("giving_way", []) if a.last + 1 >= len(tokens) or tokens[a.last + 1].text not in _TO
            or tokens[a.last].text in _ONTO or (a.last + 2 < len(tokens) and tokens[a.last + 2].capitalised)]
    parts = list(cues.get("bearing_part", ()))
    found = [act_after(m, acts, tokens, 6) for m in parts]
    # the subject after its verb, as Spanish, Italian and French may put it ("se vino abajo el obelisco", "crolla il
    # tetto"): the part right after the verb or its article; not after a verb that ends in where it falls ("la nieve
    # cae sobre el tejado": the roof is where the snow falls)
    starts = {m.first for m in parts}
    found += [a for a in acts if tokens[a.last].text not in _ONTO and (
        a.last + 1 in starts or (a.last + 2 in starts and tokens[a.last + 1].text in DETERMINERS))]
    return [as_event("disaster", a) for a in dict.fromkeys(found) if a is not None]  # an act found both ways once
