"""Event words used as figures of speech or for harmless things: "an explosion of colours", "a fish tank", "a fire
station", "a wedding cake toppling over", and a named event that names its memorial ("the 9/11 memorial"). What is
dropped here is no event; the rest of the prompt still counts. One module: every test of a figure is here, in the order
``drop_figurative`` applies them, so that what a new one may shadow can be read in one place."""

from __future__ import annotations

from collections.abc import Container

from policy.acts import word_before
from policy.normalize import Token
from policy.phrases import ARTICLES, DEFINITE, DETERMINERS, OF_LINKS, POSSESSIVES, SOMEONES, Match, same_clause

# words that join an event word to what it is made of ("an explosion of colours", "erupting with chocolate", "un
# assalto al buffet", "explodiert vor Freude"), and the articles that may follow them
_FIGURE_LINKS = frozenset("of with into de des du d di del della dei degli delle dello von vom der mit vor con avec "
                          "al au aux a".split())  # ("a card explodes into confetti")

# harmless things an event word can be "of" that also explode in depots: "Feuerwerks-Explosion in einem Lagerhaus" is
# no figure (entries of cues.tsv kind figurative, as written there)
_EXPLOSIVE_FIGURES = ("firework", "feuerwerk", "feu d artifice", "feux d artifice", "fuegos artificiales",
                      "fuochi d artificio")
# what may stand between a small thing and the event word it is the subject of: "una torta che crolla", "une pièce montée
# qui s'effondre", and an auxiliary: "the fireworks is exploding" (as learners write), "a cake was collapsing"
_BETWEEN_SUBJECT = frozenset({"that", "which", "der", "die", "das", "qui", "que", "che", "s", "se", "si", "sich",
                             "is", "are", "was", "were", "ist", "sind", "est", "sont", "esta", "estan"})


def _subject_of(tokens: list[Token], e: Match, skip: int = 99) -> int:
    """Where the subject of the event word ``e`` ends: the word before it, past at most ``skip`` relative words and
    auxiliaries ("una torta che crolla", "candles are burning"); -1 at the prompt's start."""
    j = e.first - 1
    while j > 0 and j >= e.first - skip and tokens[j].text in _BETWEEN_SUBJECT:
        j -= 1
    return j


_OF_GENITIVE = OF_LINKS | {"der"}  # "of" and the German genitive article: "die Lichter der Stadt explodieren"
_HUNTS = frozenset({"attack", "crime", "war"})  # what an animal does to another is no such event ("a shark attack")
# the plain words of attacking, raiding, holding up, charging and invading (not shootings or bombings), whose object
# or agent may make them a figure (French "charger" and Italian "caricare" also load a ship or a lorry)
_ATTACKING = ("attack", "attaqu", "atac", "attacc", "ataque", "raid", "hijack", "ueberfall", "ueberfiel", "ueberfaell",
              "asalt", "assalt", "siege", "belager", "assedi", "asedi", "destroy", "mow",  # (besieging a goal; a toy)
              "charg", "carica")
_INVADING = ("invad", "invas", "envah")
# the words of storming, taking by storm and besieging, which visitors and fans do to shops, beaches and pitches
_STORMING = ("storm", "stuerm", "sturm", "assaut", "asalto", "assalto", "overr", "ueberrenn", "ueberrann", "besieg",
             "belager", "assieg", "asedi", "assedi", "sitia")
# the words of flooding, which visitors do to a museum or a square the way water does to a street
_FLOODING = ("flood", "inond", "ueberflut", "ueberschwemm", "allag", "inunda")
# chaos, which a kitchen, a nursery or a family breakfast is in every day ("Küchenchaos")
_CHAOS = ("chaos", "caos")
# the words of exploding and erupting, which a stadium or an audience does with joy
_ERUPTING = ("explod", "explos", "esplod", "esplos", "estall", "erupt")
# the words of capsizing, which a boat in a sailing race does as part of the sport
_CAPSIZING = ("capsiz", "kenter", "gekentert", "chavir", "zozobr", "vuelc", "volco", "volcando", "scuffi", "ribalt",
              "rovesci")
_BY_FORCE = frozenset({"forza", "force", "fuerza", "gewalt"})  # what is loaded by force is a person, not a cargo
# what may stand between an attack word and its object ("attacks the final chorus", "s'attaque au buffet", "an attack
# on the buffet"), and between an invasion word and who invades ("invaded by swarms of pigeons", "envahie par des
# touristes", "invasa dai turisti")
_OBJECT_LINKS = frozenset("on au aux a al alla allo alle ai all du des del della dell".split()) | DETERMINERS \
    | POSSESSIVES
# a fall off or from a thing ("falls off his bike", "tombe de sa chaise", "cade dalla sedia", "stürzt vom Rad")
_FALLING = ("fall", "fell", "tomb", "chut", "cae", "cay", "cad", "stuerz")
_FALL_LINKS = _OBJECT_LINKS | OF_LINKS | frozenset("off from down vom dalla dallo dai dagli dalle".split())
# a collapse onto a bed or a sofa ("students collapsing onto the sofa", "s'écroulent de fatigue sur des canapés",
# "crollati sui divani") is a tired body, unless a part of a building is what collapses ("the ceiling collapsed onto
# the bed")
_COLLAPSING = ("collaps", "ecroul", "effondr", "derrumb", "crolla", "zusammenbr", "zusammengebr", "slump")
_ONTO = frozenset("onto into on sur sui sul sulla sulle nel nella nei nelle en auf aufs in sobre dans".split())
_ONTO_LINKS = _FALL_LINKS | _ONTO
_STAGES = frozenset("stage buehne scene escenario palco".split())  # a stage collapses in the news
_STRUCTURES = frozenset("ceiling ceilings roof roofs building buildings wall walls balcony balconies house houses "
                        "shelf shelves scaffolding decke dach gebaeude wand mauer balkon haus regal geruest plafond "
                        "toit immeuble batiment mur balcon maison etagere echafaudage techo tejado edificio pared "
                        "muro casa estanteria andamio soffitto tetto palazzo parete balcone scaffale "
                        "impalcatura".split())
_AGENT_LINKS = frozenset("by par por da dai dagli dalle dal dalla von of de des du d di del della delle dei degli "
                         "swarms swarm hordes horde flocks flock crowds crowd thousands hundreds dozens masses "
                         "nuees essaims hordes foules milliers centaines enjambres hordas bandadas miles cientos "
                         "sciami orde stormi migliaia centinaia schwaerme horden tausende hunderte".split()) \
    | DETERMINERS


_ON_TOP = frozenset("over on above atop up sobre en hacia sur vers auf ueber sulla sulle sul sopra verso".split())


def _on_top(tokens: list[Token], first: int) -> bool:
    """A word of position right before a summit word or its article: "clouds drifting over the summit", "nieve en las
    cumbres" (of a mountain the prompt names; not "leaders at the summit")."""
    k = word_before(tokens, first, ARTICLES)
    return k >= 0 and tokens[k].text in _ON_TOP


def _complement_at(tokens: list[Token], i: int) -> int:
    """Where the complement after a link word at ``i`` starts ("of the Alps", "de la Sierra"), or -1."""
    if i >= len(tokens) or tokens[i].text not in _FIGURE_LINKS:
        return -1
    return i + 2 if i + 1 < len(tokens) and tokens[i + 1].text in ARTICLES else i + 1


# the words of burning and of setting alight (a candle burns, "quemando azúcar", "des cierges brûlent", "candles set
# alight", "appicca il fuoco", an effigy "goes up in flames"), and the Italian verbs of "dà fuoco a" whole
_BURNING = ("burn", "brenn", "brann", "brul", "quem", "bruci", "arde", "ardi", "set", "appicc", "go", "went")
# what a thing undergoes, said after it: "des pizzas contaminées", "una bebida envenenada" (no name of the thing)
_PARTICIPLES = ("ee", "ees", "ado", "ada", "ados", "adas", "ato", "ata", "ati", "ate", "ed", "ido", "ida", "idos",
                "idas", "ito", "ita", "iti", "ite")
_GIVING_FIRE = frozenset({"da", "danno", "diede", "diedero"})


def _burns_a_small_thing(e: Match, tokens: list[Token], burnt) -> bool:
    """A word of burning whose subject right before it or object right after it is a small thing one burns on purpose
    (``burnt_thing``: "candles burning in the Duomo", "burning incense at a temple in Kyoto", "quemando azúcar")."""
    if not (tokens[e.first].text.startswith(_BURNING) or tokens[e.first].text in _GIVING_FIRE):
        return False
    j = _subject_of(tokens, e)
    if any(m.last == j for m in burnt) and not (j >= 0 and tokens[j].stop):
        return True
    return _after(tokens, e.last + 1, DETERMINERS, {m.first for m in burnt}, reach=3, free=1)


# the links of what one pelts someone with: "bombardeando a sus padres con globos de agua", "bombardent leurs parents
# de boules de neige", "bombarding the teachers with water balloons"
_PELTED_WITH = frozenset("with con avec mit de di".split())


def _pelted_with_figure(e: Match, tokens: list[Token], starts: Container[int]) -> bool:
    """An attack or a war word, its object (at most three words), then "with", "con", "de"... and a harmless thing
    (``starts``: where ``figurative`` matches start), all in one clause: what the attack throws is the figure."""
    for k in range(e.last + 2, min(e.last + 5, len(tokens) - 1)):
        if tokens[k - 1].stop or tokens[k - 1].dotted:
            return False
        if tokens[k].text in _PELTED_WITH:
            return _complement_at(tokens, k) in starts
    return False


def _joined(tokens: list[Token], i: int) -> bool:
    """Token ``i`` and the next written as one word with a single mark between ("Konfetti-Explosion",
    "wildfire-orange"): no space, and no comma or full stop."""
    return i + 1 < len(tokens) and tokens[i].end + 1 == tokens[i + 1].start and not tokens[i].stop \
        and not tokens[i].dotted


def _attacked(crowd: Match, assailants, tokens: list[Token], reach: int = 8) -> bool:
    """An ``assailant`` before the crowd in its clause, at most ``reach`` words before it: "a van ploughs into the
    crowd", "un'auto sulla folla"; not "a drone shot of the singer diving into the crowd", not a bus the fans came
    by in another clause."""
    return any(crowd.first - reach <= a.first < crowd.first and same_clause(tokens, a.last, crowd.first)
               for a in assailants)


def _names_a_kind(e: Match, heads: Container[int], events: dict[int, Match], tokens: list[Token],
                  depth: int = 0) -> bool:
    """Whether the event word ``e`` names the kind of a thing after it (``compound_head``: "a fire station"), also
    through further event words that do ("a tsunami evacuation route sign": "evacuation route" is a route). One that
    ends in an article takes an object, it names no kind ("un glissement de terrain emporte la route côtière")."""
    i = e.last + 1
    if tokens[e.last].stop or (e.last > e.first and tokens[e.last].text in DETERMINERS):
        return False
    if i in heads:
        return True
    nxt = events.get(i)
    return nxt is not None and depth < 3 and _names_a_kind(nxt, heads, events, tokens, depth + 1)


def _names_a_thing_before(e: Match, gear_ends: Container[int], tokens: list[Token]) -> bool:
    """Whether the event word ``e`` names the kind of food, drink or gear right before it (``named_gear``), with at
    most an article or "de"/"di" between, as Spanish, Italian and French put a name after its thing ("una hamburguesa
    bomba", "un burger la Bombe", "un detector de aludes"); not what the thing undergoes ("des pizzas contaminées")."""
    if tokens[e.first].text.endswith(_PARTICIPLES):
        return False
    j = e.first - 1
    if j in gear_ends:
        return True
    return j - 1 in gear_ends and (tokens[j].text in OF_LINKS or tokens[j].text in DETERMINERS)


def _hunt(e: Match, j: int, animals, tokens: list[Token]) -> bool:
    """Whether the event ``e`` is one animal hunting another: the hunter as its subject at ``j`` ("a shark attack", "a
    lion attacking") or joined after it ("un attacco di squalo", "un ataque de tiburón"), and the hunted within four
    words after that, in the same clause ("on a seal", "a una foca"; not "a shark attack on a surfer")."""
    ends = {m.first: m.last for m in animals}
    hunter = e.last if j in ends.values() else None
    k = e.last + 1
    if hunter is None and k + 1 < len(tokens) and tokens[k].text in OF_LINKS and k + 1 in ends:
        hunter = ends[k + 1]
    return hunter is not None and any(hunter < a <= hunter + 4 and same_clause(tokens, hunter, a) for a in ends)


# words that put a fight among those it is between: "a fight between two cats", "una rissa tra gabbiani", and the
# numbers that may come before them
_AMONG = frozenset("between among amongst tra fra entre zwischen unter".split())
_NUMBERS = frozenset("two three four several many deux trois quatre plusieurs zwei drei vier mehrere dos tres cuatro "
                     "varios varias due tre quattro alcuni alcune 2 3 4".split())


def _among_animals(e: Match, tokens: list[Token], animals) -> bool:
    """An event word followed by "between" or "among" and animals: animals fighting each other ("una rissa tra
    gabbiani", "une bagarre entre deux chats", "a fight between two stags"); nobody hurt, checked by the caller."""
    k = e.last + 1
    if tokens[e.last].stop or k >= len(tokens) or tokens[k].text not in _AMONG:
        return False
    return _after(tokens, k + 1, DETERMINERS | _NUMBERS, {m.first for m in animals}, reach=3)


def _after(tokens: list[Token], i: int, links: Container[str], starts: Container[int], reach: int = 4,
           free: int = 0) -> bool:
    """Whether one of ``starts`` begins within ``reach`` tokens from ``i``, in the same clause, past only words of
    ``links`` and at most ``free`` other words ("the final chorus": one adjective)."""
    for k in range(i, min(len(tokens), i + reach)):
        if k in starts:
            return True
        if tokens[k].text not in links:
            if free <= 0:
                return False
            free -= 1
        if tokens[k].stop or tokens[k].dotted:
            return False
    return False


def _collapses_on_furniture(e: Match, tokens: list[Token], furniture) -> bool:
    """A collapse word followed, within three words ("de fatigue"), by "onto", "sur", "en", "sui" and their like and
    a bed, a sofa or another thing one sits or lies on (``fall_thing``, not a stage), where no part of a building
    stands before it in its clause: "s'écroulent de fatigue sur des canapés", not "se derrumba el escenario"."""
    if not any(t.text.startswith(_COLLAPSING) for t in tokens[e.first:e.last + 1]):
        return False
    k = e.first - 1
    while k >= 0 and not (tokens[k].stop or tokens[k].dotted):
        if tokens[k].text in _STRUCTURES:
            return False
        k -= 1
    starts = {m.first for m in furniture if tokens[m.first].text not in _STAGES}
    for k in range(e.last + 1, min(len(tokens), e.last + 4)):  # the furniture after "onto", "sur", "en", "sui"...
        if tokens[k].stop or tokens[k].dotted:
            return False
        if tokens[k].text in _ONTO and _after(tokens, k + 1, _ONTO_LINKS, starts, reach=3):
            return True
    return False


# words that put an outage at a gathering ("a blackout at a birthday party", "un apagón durante una cena")
_AT_GATHERING = frozenset("at during in on bei waehrend auf a pendant lors durant en durante al alla".split())


def _private_outage(e: Match, tokens: list[Token], gatherings: Container[int]) -> bool:
    """An outage at someone's own gathering, told with "a" or a possessive (``private_occasion``: "a power cut during
    a candlelit dinner", "a blackout at our wedding"; not "during the royal wedding")."""
    i = e.last + 1
    if e.label != "outage" or tokens[e.last].stop or i + 1 >= len(tokens) or tokens[i].text not in _AT_GATHERING:
        return False
    k = i + 1
    if tokens[k].text in ("d", "de"):  # "lors d'une fête"
        k += 1
    if k >= len(tokens) or tokens[k].text not in SOMEONES or tokens[i].stop:
        return False
    return _after(tokens, k + 1, (), gatherings, reach=2, free=1)


def _stormed_by_visitors(e: Match, tokens: list[Token], invaders) -> bool:
    """Visitors or fans (``invader``) within four words before a storming word, in its clause: "des touristes prennent
    d'assaut les boulangeries", "turistas toman al asalto las terrazas", "Fans stürmen den Platz"."""
    return any(e.first - 4 <= m.last < e.first and same_clause(tokens, m.last, e.first) for m in invaders)


def _harmless_object_or_agent(e: Match, tokens: list[Token], cues: dict[str, list[Match]]) -> bool:
    """An attack or a raid whose object is a thing one sets about (``attacked_thing``: "a choir attacking the final
    chorus", "a cyclist attacks the climb", "an attack on the buffet", "kids raid the fridge") or whose agent is a
    pest, a bird or a pet that harms nobody (``pest``: "attacked by seagulls", "attaqués par des mouettes"), or an
    invasion by
    animals or visitors (``invader``: "invaded by pigeons", "tourists invade the beach", "une invasion de méduses"),
    or by a crowd where the prompt names a festivity and no seat of power (``crowd``, ``festivity``,
    ``seat_of_power``: "la foule envahit la place pour le concert", not "la multitud invade el congreso durante la
    fiesta"), or a storming or a flooding by visitors or fans where the prompt names no seat of power ("tourists
    storming the beaches", "a wave of tourists floods into the Louvre", not "supporters storm the Capitol"); nobody
    hurt (``casualty``)."""
    if cues.get("casualty"):
        return False
    if e.label != "disaster" and any(tokens[k].text.startswith(_STORMING) for k in range(e.first, e.last + 1)) \
            and not cues.get("seat_of_power") and _stormed_by_visitors(e, tokens, cues.get("invader", ())):
        return True
    if e.label == "disaster" and tokens[e.first].text.startswith(_FLOODING) and not cues.get("seat_of_power") \
            and _stormed_by_visitors(e, tokens, cues.get("invader", ())):
        return True  # "a wave of tourists floods into the Louvre", "turistas inundan la Plaza Mayor"
    if tokens[e.last].stop:
        return False
    word = tokens[e.first].text
    if word.startswith(_ATTACKING):  # (a phrase too: "mowing down the lawn"; not one with its weapon in it)
        if any(e.first < m.first <= e.last for m in cues.get("assailant", ())) or any(
                tokens[k].text in _BY_FORCE for k in range(e.first + 1, e.last + 1)):
            return False  # "attaque au couteau au jardin du Luxembourg", "caricato a forza su un furgone"
        if _after(tokens, e.last + 1, _AGENT_LINKS, {m.first for m in cues.get("pest", ())}, reach=3):
            return True  # "tourists attacked by seagulls", "attaqués par des mouettes" (not "by a shark")
        things = {m.first for m in cues.get("attacked_thing", ())}
        return _after(tokens, e.last + 1, _OBJECT_LINKS, things, free=1)
    if e.first != e.last:
        return False
    if word.startswith(_INVADING):
        at_play = cues.get("festivity") and not cues.get("seat_of_power")  # a crowd fills a square, storms a palace
        invaders = list(cues.get("invader", ())) + (list(cues.get("crowd", ())) if at_play else [])
        if _after(tokens, e.last + 1, _AGENT_LINKS, {m.first for m in invaders}, reach=5):
            return True
        j = _subject_of(tokens, e)
        # who invades, or who with one word after it ("des supporters marseillais qui envahissent")
        return any(m.last in (j, j - 1) and same_clause(tokens, m.last, e.first) for m in invaders)
    return False


def _wave_takes_sportsperson(e: Match, tokens: list[Token], cues: dict[str, list[Match]]) -> bool:
    """An event word whose object is a sportsperson (``sport_fall``) after a wave (``wave``) earlier in its clause:
    "una ola gigante en Nazaré arrastrando a un surfista", "the wave wipes out two surfers"; nobody hurt
    (``casualty``), checked by the caller."""
    if tokens[e.last].stop:
        return False
    if not any(w.last < e.first and same_clause(tokens, w.last, e.first) for w in cues.get("wave", ())):
        return False
    return _after(tokens, e.last + 1, _OBJECT_LINKS, {m.first for m in cues.get("sport_fall", ())}, free=1)


# a named event right before one of these, or after one and a link word, names a memorial or a museum: "the 9/11
# memorial", "the MH17 memorial garden", "il museo del 11 M"
_MEMORIALS = frozenset("memorial memorials museum monument mahnmal gedenkstaette denkmal musee museo monumento".split())
_MEMORIAL_LINKS = OF_LINKS | {"to", "fuer"}


def _named_with(tokens: list[Token], first: int, last: int, kinds: Container[str], links: Container[str]) -> bool:
    """The name at ``first``-``last`` right before one of ``kinds`` in its clause ("the 9/11 memorial", "the BBC
    studio"), or after one of them and a linking word ("the memorial to ...", "le plateau de TF1")."""
    after = last + 1
    if after < len(tokens) and not tokens[last].stop and tokens[after].text in kinds:
        return True
    k = first - 1
    while k >= 0 and tokens[k].text in DEFINITE:
        k -= 1
    return k >= 1 and tokens[k].text in links and tokens[k - 1].text in kinds and not tokens[k - 1].stop


def names_a_memorial(tokens: list[Token], first: int, last: int) -> bool:
    """A named event that names a memorial or a museum of it ("the 9/11 memorial at dusk", "das Mahnmal für den ..."),
    not the event itself; what else the prompt shows is still read by the other rules."""
    return _named_with(tokens, first, last, _MEMORIALS, _MEMORIAL_LINKS)


# where a broadcaster's people work: "im ZDF-Studio", "sur le plateau de TF1", "the BBC newsroom"
_WORKPLACES = frozenset("studio studios newsroom newsrooms plateau plato redaktion redazione redaccion redaction "
                        "funkhaus sendezentrale headquarters sede siege kantine canteen cafeteria lobby foyer atrium "
                        "atrio vestibulo".split())
# "una reunión de redacción en El País", "una riunione di redazione al Corriere": at the outlet, not from it
_WORKPLACE_LINKS = OF_LINKS | frozenset("en al alla bei beim chez presso at".split())


def names_a_workplace(tokens: list[Token], first: int, last: int) -> bool:
    """An outlet named as the place its people work ("a presenter rehearsing in the BBC studio", "une présentatrice
    sur le plateau de TF1"), not as the source of footage: no news framing by itself."""
    return _named_with(tokens, first, last, _WORKPLACES, _WORKPLACE_LINKS)


# what "live" says of a performance or a stream, not of footage: "a live concert", "during a live stream"
_PERFORMANCES = frozenset("concert concerts music band bands gig gigs show shows performance performances set sets "
                          "stream streams streaming streamer streamers album recording session sessions theatre "
                          "theater comedy karaoke dj".split())


def live_show(tokens: list[Token], first: int) -> bool:
    """A framing word "live" (at ``first``) that qualifies a performance or a stream ("punched by a fan during a live
    stream", "a live concert"), not footage of an event: no news framing."""
    return tokens[first].text == "live" and first + 1 < len(tokens) and tokens[first + 1].text in _PERFORMANCES


def _closes_clause(tokens: list[Token], last: int) -> bool:
    """Whether the phrase ending at ``last`` ends its clause (the prompt, or at a comma or full stop), a German
    separable "ab" aside: a vote "by show of hands" that goes on to what it decides ("... to leave NATO") is news."""
    k = last + 1 if last + 1 < len(tokens) and tokens[last + 1].text == "ab" else last
    return k + 1 >= len(tokens) or tokens[k].stop or tokens[k].dotted


def _mishap_at_play(e: Match, tokens: list[Token], cues: dict[str, list[Match]], gatherings: Container[int]) -> bool:
    """What only looks like an event where nobody is hurt (checked by the caller): an outage at someone's own
    gathering, animals fighting among themselves, a wave taking a sportsperson, a capsize in a sailing race, a vote
    of a small circle within eight words in its clause (``voting_circle``: a club, a class, neighbours), the
    ordinary act of voting in a prompt that names a polling place (``polling_place``, ``polling_act``) and no
    tampering with the vote (``vote_tampering``), a vote by show of hands that ends its clause (``routine_vote``),
    chaos in someone's own room or at their meal (``gatherings``: where ``private_occasion`` matches start)."""
    if _private_outage(e, tokens, gatherings):
        return True  # "a blackout at a birthday party"
    if _among_animals(e, tokens, cues.get("animal", ())):
        return True  # "una rissa tra gabbiani per un panino", "a fight between two cats"
    if _wave_takes_sportsperson(e, tokens, cues):
        return True  # "a giant wave dragging a surfer"
    j = _subject_of(tokens, e, skip=1)
    if tokens[e.first].text.startswith(_ERUPTING) and any(m.last == j for m in cues.get("cheering_crowd", ())):
        return True  # "das Stadion explodiert nach dem Siegtor", "le stade explose", "the Kop erupts"
    if cues.get("sailing_race") and tokens[e.first].text.startswith(_CAPSIZING):
        return True  # "a sailing regatta off Cowes, a boat capsizing in a gust"
    if e.label == "election" and any(abs(m.first - e.first) <= 8 and not e.first <= m.first <= e.last and same_clause(
            tokens, min(m.first, e.first), max(m.first, e.first)) for m in cues.get("voting_circle", ())):
        return True  # "a show of hands at the tennis club in Brighton", "votación en la comunidad de vecinos"
    if e.label == "election" and not cues.get("vote_tampering") and not cues.get("distress_force") and any(
            _closes_clause(tokens, m.last) and same_clause(tokens, min(m.first, e.first), max(m.last, e.last))
            for m in cues.get("routine_vote", ())):
        return True  # a vote by show of hands, nothing decided, no force: "Parlamentarier stimmen per Handzeichen ab"
    if e.label == "election" and cues.get("polling_place") and not cues.get("vote_tampering") and any(
            m.first <= e.first and e.last <= m.last for kind in ("polling_place", "polling_act")
            for m in cues.get(kind, ())):
        return True  # an ordinary polling day: "voters queuing outside a polling station in Lagos"
    # "a kitchen in full chaos during dinner rush"
    return e.first == e.last and tokens[e.first].text.endswith(_CHAOS) and any(
        abs(g - e.first) <= 6 and same_clause(tokens, min(g, e.first), max(g, e.first)) for g in gatherings)


def drop_figurative(events: list[Match], cues: dict[str, list[Match]], tokens: list[Token],
                    features: Container[int] = ()) -> list[Match]:
    """Events used as figures of speech or for harmless things, dropped by the kinds of ``cues.tsv`` in ``cues``:

    * an event word joined by "of", "with", "de", "von"... to a harmless thing (kind ``figurative``, at most one
      article and one other word between: "an explosion of colours", "un ataque de risa", "a protest march of
      penguins"; "an explosion of a gas tank" and "the invasion of Ukraine" keep their event);
    * one that only names the kind of a thing right after it (``compound_head``: "a fire station", "a tornado
      siren"), a German compound's harmless head it is hyphened to (``harmless_head``, the heads that make a compound
      written as one word harmless: "Sturmflut-Warnschild" as "Sturmflutwarnschild"), or a colour it is hyphened to
      (``colour``: "a wildfire-orange sunset");
    * one hyphened to a harmless thing before it, what it is made of, where nobody is hurt (``figurative``:
      "eine Konfetti-Explosion"; not fireworks, which explode in depots too: "Feuerwerks-Explosion");
    * one inside a phrase that names a harmless thing or scene whole (``harmless_phrase``: "a fish tank", "waves
      crashing", "lava flowing into the sea"), a small thing (``trifle``: "una torre de bloques") or a fairground ride
      (``play_vehicle``: "autos de choque");
    * one whose subject is a small harmless thing right before it (``trifle``: "a wedding cake toppling", "bumper
      cars collide"), or, for a disaster or an accident (or a collapse read as an election's or a grid's) where
      nobody is hurt (``casualty``), a sportsman whose falls are the sport (``sport_fall``: "surfers crashing at
      Nazaré", "a scrum collapsing"), or, for an attack where nobody is hurt and an animal is its target within four
      words, an animal (``animal``: "a shark attack on a seal", "a lion attacking a zebra"; not "a shark attack on a
      surfer"), or, for a crime where nobody is hurt, an animal (``animal``: "a raccoon stealing a parcel", "un renard
      qui vole un sandwich"), or, for a disaster where nobody is hurt and nothing is aimed at a crowd
      (``crowd_target``), fireworks (``firework``: "le feu d'artifice du 14 juillet explose au-dessus de la tour
      Eiffel"; not a depot that explodes); the subject may have a short complement ("una tarta de cumpleaños", "du
      14 juillet");
    * a rocket (``space_rocket``) in a prompt that names a spaceport (``spaceport``) and a launch (``launch``), or
      fireworks (``firework``);
    * a German verb split round a thing one lights (``lit_thing``: "zünden Kerzen an");
    * a crowd alone as the target (``crowd_target``: "into the crowd", "in die Menge") where nothing attacks it
      (``assailant``, before it in its clause) and nobody is hurt (``casualty``): "the band throws t-shirts into the
      crowd";
    * a summit (``summit``) of a place whose first word is in ``features``: a mountain, a range or a tower ("the
      summit of Mont Blanc", "le sommet de la tour Eiffel"; not "le sommet du G7");
    * where nobody is hurt: one whose complement after "of", "de", "di" is a small thing (``trifle``: "il crollo di
      una torre di Jenga", "the collapse of a sandcastle"; not "a bus collides with bumper cars"); one followed by
      "between" or "among" and animals (``animal``: "una rissa tra gabbiani", "a fight between two stags"); one whose
      object is a sportsperson after a wave in its clause (``wave``, ``sport_fall``: "una ola gigante arrastrando a un
      surfista"); a capsize in a prompt that names a sailing race (``sailing_race``: "a regatta off Cowes, a boat
      capsizing in a gust"); a vote of a small circle (``voting_circle``: "a show of hands at the tennis club",
      "votación en la comunidad de vecinos"); chaos within six words of someone's own room or occasion, in its clause
      (``private_occasion``: "a kitchen in full chaos during dinner rush"); a word of burning next to a small thing
      one burns on purpose (``burnt_thing``: "candles burning in the Duomo", "quemando azúcar"); an attack or a war
      word whose object is pelted with a harmless thing (``figurative``: "bombardeando a sus padres con globos de
      agua"); a fall off or from an everyday thing right after it (``fall_thing``: "a kid falling off his bike in
      Hyde Park", "un chanteur tombe de la scène")."""
    hurt = bool(cues.get("casualty"))
    starts = {m.first for m in cues.get("figurative", ())}
    # the kind of a thing an event word names ("a fire station", "a Tsunami surfboard"); a show only where nobody is
    # hurt ("a fire festival", but "the fire festival ending with dancers badly burned")
    compounds = {m.first for kind in ("compound_head", "named_gear") + (() if hurt else ("show_head",))
                 for m in cues.get(kind, ())}
    gear_ends = {m.last for m in cues.get("named_gear", ())}
    colours = {m.first for m in cues.get("colour", ())}
    heads = {m.first for m in cues.get("harmless_head", ())}
    # a harmless thing hyphened before the event word is what it is made of: "eine Konfetti-Explosion"
    made_of = set() if hurt else \
        {m.last for m in cues.get("figurative", ()) if not m.phrase.startswith(_EXPLOSIVE_FIGURES)}
    # a harmless phrase, a small thing's or a fairground ride's name is no event word inside: "fish tank", "una torre
    # de bloques", "autos de choque"
    wholes = [(m.first, m.last) for kind in ("harmless_phrase", "trifle", "play_vehicle") for m in cues.get(kind, ())]
    # a small thing, unless it ends a longer vehicle's name: "a balloon bursting", not "a hot air balloon crashes"
    # ("bumper cars" are still a small thing though "cars" is a vehicle)
    vehicles = cues.get("vehicle", ())
    vehicle_ends = {v.last for v in vehicles}  # "un pullman di sciatori": the skiers ride, the bus overturns
    small = [m for m in cues.get("trifle", ()) if not any(v.first < m.first and m.last <= v.last for v in vehicles)]
    trifles = {m.last for m in small}
    # a small thing as what the event word is of: "il crollo di una torre di Jenga", "the collapse of a sandcastle"
    small_of = set() if hurt else {m.first for m in small}
    if not hurt:  # a sight of nature: "the aurora exploding", "high tide floods the car park"
        trifles |= {m.last for m in cues.get("spectacle", ())}
    sporting = {m.last for m in cues.get("sport_fall", ())}
    sparkling = set() if hurt or cues.get("crowd_target") else \
        {m.last for m in cues.get("firework", ())}
    summits = {m.last for m in cues.get("summit", ())}
    # a launch where rockets go to space: "a rocket launch at Cape Canaveral" (not "rockets hit the space centre"); a
    # rocket among fireworks: "Raketen und Böller zu Silvester"
    if (cues.get("spaceport") and cues.get("launch")) or cues.get("firework"):
        wholes += [(m.first, m.last) for m in cues.get("space_rocket", ())]
    if not hurt:  # "Kamelle fliegen in die Menge", not "ein Auto rast in die Menge"
        wholes += [(m.first, m.last) for m in cues.get("crowd_target", ())
                   if not _attacked(m, cues.get("assailant", ()), tokens)]
    lit = [(m.start, m.end) for m in cues.get("lit_thing", ())]
    by_first = {e.first: e for e in events}  # for a chain of event words naming a kind of thing
    harm_at = {m.first for m in cues.get("casualty", ())}  # an event word that says someone is hurt is no figure
    gatherings = {m.first for m in cues.get("private_occasion", ())}
    out = []
    for e in events:
        if any(a <= e.first and e.last <= b for a, b in wholes):
            continue
        if any(e.start < a and b < e.end for a, b in lit):
            continue  # a thing lit between a verb and its particle: "zünden Kerzen im Dom an"
        j = _subject_of(tokens, e, skip=2)
        if e.label == "crime" and not hurt and j in {m.last for m in cues.get("animal", ())}:
            continue  # an animal is the thief: "a raccoon stealing a parcel", "una gaviota roba un bocadillo"
        # what kind of cake: "una tarta de cumpleaños que se derrumba" (a surfer or a peloton is who it is: "the Tour de
        # France peloton crashing")
        if j not in trifles and j not in sparkling and j not in sporting:
            link = next((k for k in (j - 1, j - 2) if k > 0 and tokens[k].text in _OF_GENITIVE), None)
            j = j if link is None else link - 1
        if j in trifles:
            continue  # what collapses is a cake: "a wedding cake toppling over", "una torta che crolla"
        if e.label in _HUNTS and not hurt and _hunt(e, j, cues.get("animal", ()), tokens):
            continue  # one animal hunts another: "a shark attack on a seal", "un attacco di squalo a una foca"
        if j in sparkling and e.label == "disaster":
            continue  # what explodes is fireworks: "le feu d'artifice du 14 juillet explose au-dessus de la tour Eiffel"
        if j in sporting and e.label in ("disaster", "accident", "election", "outage") and not hurt \
                and not (j >= 2 and tokens[j - 1].text in OF_LINKS and (j - 2) in vehicle_ends):
            continue  # who falls is a surfer, a scrum: "surfers crashing at Nazaré" (not "un pullman di sciatori")
        if e.last in summits and (_complement_at(tokens, e.last + 1) in features or (
                features and _complement_at(tokens, e.last + 1) < 0 and _on_top(tokens, e.first))):
            continue  # a mountain's summit: "las cumbres de Sierra Nevada"; "webcam en el Aneto, ... sobre la cumbre"
        i = e.last + 1
        if _names_a_kind(e, compounds, by_first, tokens) or _names_a_thing_before(e, gear_ends, tokens):
            continue
        if (i in colours or i in heads) and _joined(tokens, e.last):
            continue  # a colour: "a wildfire-orange sunset", "a fire-red sports car"; a sign: "Sturmflut-Warnschild"
        if e.first - 1 in made_of and _joined(tokens, e.first - 1):
            continue  # what it is made of: "eine Konfetti-Explosion", "a glitter-bomb"
        if i + 1 < len(tokens) and tokens[i + 1].text in _FIGURE_LINKS and not tokens[i].stop and tokens[i].text \
                not in _FIGURE_LINKS:
            i += 1  # one noun between: "a protest march of penguins", "a bombing run of seagulls"
        j = -1 if tokens[e.last].stop else _complement_at(tokens, i)  # what it is made of: "of (the) colours"
        if j >= 0 and (j in starts or (j + 1 in starts and j < len(tokens) and not tokens[j].stop)) \
                and not any(e.first <= c <= e.last for c in harm_at):  # "piétiné au Prix de l'Arc" is hurt
            continue
        if not hurt and e.label == "disaster" and _burns_a_small_thing(e, tokens, cues.get("burnt_thing", ())):
            continue  # "burning candles in Notre-Dame", "un cocinero quemando azúcar"
        if not hurt and e.label in ("attack", "war") and _pelted_with_figure(e, tokens, starts):
            continue  # "niños bombardeando a sus padres con globos de agua"
        if j >= 0 and j in small_of and tokens[i].text in OF_LINKS:
            continue  # "il crollo di una torre di Jenga" (not "a bus collides with bumper cars")
        if _harmless_object_or_agent(e, tokens, cues):
            continue  # "a choir attacking the final chorus", "a market invaded by pigeons"
        if not hurt and e.label == "disaster" and tokens[e.first].text.startswith(_FALLING) and _after(
                tokens, e.last + 1, _FALL_LINKS, {m.first for m in cues.get("fall_thing", ())}, reach=4, free=1):
            continue  # "a kid falling off his bike in Hyde Park", "un chanteur tombe de la scène"
        if not hurt and e.label == "disaster" and _collapses_on_furniture(e, tokens, cues.get("fall_thing", ())):
            continue  # "studenti crollati sui divani dopo gli esami", "s'écroulent de fatigue sur des canapés"
        if not hurt and _mishap_at_play(e, tokens, cues, gatherings):
            continue  # "a blackout at a birthday party", "una rissa tra gabbiani", "a giant wave dragging a surfer"
        if e.label == "allusion" and e.last + 1 < len(tokens) and tokens[e.last + 1].text in SOMEONES:
            continue  # someone's own day: "what happened in my garden in Leeds"
        out.append(e)
    # a word inside an event phrase that is a figure is part of the figure: "fire" in "a cocktail on fire"
    dropped = [e for e in events if e not in out and e.last > e.first]
    return [e for e in out if not any(d.first <= e.first and e.last <= d.last and d is not e for d in dropped)]
