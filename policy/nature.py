"""Nature's spectacles: a tornado over an empty field, an avalanche down a remote slope, Stromboli erupting at dusk
are stock footage, not news, when they are filmed in open country with nobody in harm's way. The same phenomenon
striking a town, homes or people stays an event, and so does an eruption of a volcano that seldom erupts ("Vesuvius
erupting at sunset" would be news). Weather that strikes is a disaster though no event word is there: where people
are hurt or things broken (``hazards_striking``), or where it knocks things down or hits a crowd
(``weather_striking``). Animals dying in numbers are a disaster too (``die_offs``)."""

from __future__ import annotations

from policy.acts import act_after, as_event, followed_within
from policy.lexicon import Hit
from policy.normalize import Token
from policy.phrases import INDEFINITE, Match
from policy.styles import NEWSY

# an article of one: "fish" and "deer" are plurals too, but "a dead fish" is one
_ONE = INDEFINITE | {"one"}
# what is an event where people are hurt: weather, a crush, a hunt or a shoot ("un rabatteur tué lors d'une battue")
_STRIKING = {"natural_hazard": "disaster", "crowd_crush": "disaster", "hunt": "accident"}
# cue kinds that put people or buildings in the picture
_BUILT = ("harm", "facility", "venue", "anchor_noun")


def open_country(events: list[Match], cues: dict[str, list[Match]], places: list[Match],
                 lexicon_hits: list[Hit]) -> list[Match]:
    """The ``open_country`` cues (``cues.tsv``) that make every event of the prompt a spectacle of nature, or [].

    Every event word must be a disaster and a ``natural_hazard`` (an eruption only at an ``active_volcano``); the
    prompt must name open country or a spectator's view (``open_country``: "a remote slope", "an empty field", "seen
    from a boat", "timelapse"), no city, nothing built, no harm (``harm``: homes, streets, victims, "fleeing",
    "destroyed") and nobody hurt (``casualty``), and not be told as news."""
    wild = cues.get("open_country", [])
    words = {(m.first, m.last) for m in wild}  # "einen entlegenen Hang" is a slope, not Hangzhou

    def in_view(m: Match) -> bool:  # a word of the view itself: the drone of "a drone shot" is a camera
        return any(a <= m.first and m.last <= b for a, b in words)

    if not events or not wild or cues.get("casualty") or any(
            not in_view(m) for kind in _BUILT for m in cues.get(kind, ())):
        return []  # (people hurt or taken ill are no spectacle: "turisti colti da malore per il caldo sul cratere")
    if any(h.kind in NEWSY for h in lexicon_hits) or any(
            m.value.kind == "city" and (m.first, m.last) not in words for m in places):
        return []
    hazard = {i for m in cues.get("natural_hazard", ()) for i in range(m.first, m.last + 1)}
    if cues.get("active_volcano"):
        hazard |= {i for m in cues.get("eruption", ()) for i in range(m.first, m.last + 1)}
    if any(e.label != "disaster" for e in events):
        return []  # "rebels storm the ...": an attack, though "storm" is also weather
    spans = [(e.first, e.last) for e in events] + [(h.first, h.last) for h in lexicon_hits if h.kind == "events"]
    if not all(hazard.intersection(range(first, last + 1)) for first, last in spans):
        return []
    return wild


def hazards_striking(events: list[Match], cues: dict[str, list[Match]]) -> list[Match]:
    """``events`` and, where the prompt names people hurt, stranded or fleeing (``casualty``) or what the weather
    breaks (``hazard_damage``: roofs torn off, trees uprooted, forests knocked down), each word of weather or a
    mountain hazard that is no event word already, as a disaster: "drivers stranded on the I-95 after a snowstorm,
    people freezing" and "a storm tearing roofs off houses in Cornwall" are news although no word of them is an event
    word; "a snowstorm over Chicago at night" is not. So is a crush of people where people are hurt (``crowd_crush``:
    "ressa e feriti"; not "la ressa dei saldi"), and a hunt (``hunt``) an accident: "un battitore ucciso durante una
    braccata al cinghiale in Aspromonte"."""
    if not cues.get("casualty") and not cues.get("hazard_damage"):
        return events
    taken = {i for m in events for i in range(m.first, m.last + 1)}
    return events + [as_event(label, m) for kind, label in _STRIKING.items() for m in cues.get(kind, ())
                     if taken.isdisjoint(range(m.first, m.last + 1))]


def weather_striking(cues: dict[str, list[Match]], tokens: list[Token]) -> list[Match]:
    """Weather striking where nobody is said to be hurt and nothing named broken (what ``hazards_striking`` needs):
    weather (``natural_hazard``) as the subject of an act that knocks things down (``hazard_topples``: "tumba la
    noria", "abbatte la ruota panoramica", "flattens the tents") within five words after it, in its clause, or of an
    act that hits or throws (``hazard_hits``: strikes, "frappe", "scaraventa") at a crowd (``crowd``,
    ``crowd_target``, people on foot: ``passers``) within four words after the act, is a disaster: "lightning
    strikes the crowd at Reading Festival". "Lightning strikes the Empire State Building" is the sky's show, and "le
    vent renverse les parasols" (a ``trifle`` right after the act) a windy day."""
    crowds = {m.first for kind in ("crowd", "crowd_target", "passers") for m in cues.get(kind, ())}
    trifles = {m.first for m in cues.get("trifle", ())}
    topples = [a for a in cues.get("hazard_topples", ()) if not followed_within(a, trifles, tokens, 3)]
    out = []
    for m in cues.get("natural_hazard", ()):
        act = act_after(m, topples, tokens, 5)
        if act is None:
            hit = act_after(m, cues.get("hazard_hits", ()), tokens, 5)
            act = hit if hit is not None and followed_within(hit, crowds, tokens, 4) else None
        if act is not None:
            out.append(as_event("disaster", act))
    return out


def fires_spreading(cues: dict[str, list[Match]], tokens: list[Token]) -> list[Match]:
    """A fire lit on purpose (``bonfire``: an Easter fire, a falla, a festival's flames) as the subject of a verb of
    getting out of hand (``spreads_to``: spreads to, "greift auf", "se propaga a", "si propaga alle") within eight
    words after it, in its clause, is a disaster: "das Osterfeuer in Attendorn greift auf die Zuschauer über". A
    bonfire alone is a festival ("the Lewes bonfire, crowds watching")."""
    found = (act_after(m, cues.get("spreads_to", []), tokens, 8) for m in cues.get("bonfire", ()))
    return [as_event("disaster", a) for a in found if a is not None]


def die_offs(cues: dict[str, list[Match]], tokens: list[Token]) -> list[Match]:
    """Animals of a kind lying dead in numbers (a plural of ``wildlife`` with ``dead`` right before or after it: "dead
    seals", "tote Möwen", "dauphins morts", "cisnes muertos") is a disaster, a die-off, though no event word is there:
    "hundreds of dead seals washing up on the beaches of Norfolk". One dead animal is nature: no die-off after an
    article of one ("a dead fish washed up in Brighton": "fish" is a plural too). So is a word of dying in numbers
    (``die_off``: "hécatombe", "mortandad", "moria") followed by such animals, which would otherwise read as a figure
    ("une hécatombe de flamants roses"). Not where they are food (``food_trade``: a fish market, a fishmonger's ice, a
    kitchen)."""
    if cues.get("food_trade"):
        return []  # dead animals where they are food: "a fish market in Marseille, hundreds of dead fish on ice"
    dead = cues.get("dead", ())
    out = [as_event("disaster", m) for m in cues.get("die_off", ()) if followed_within(
        m, {w.first for w in cues.get("wildlife", ())}, tokens, 3)]  # "una moria di cervi": no figure of speech
    for w in cues.get("wildlife", ()):
        d = next((d for d in dead if d.last + 1 == w.first or w.last + 1 == d.first), None)
        if d is not None:
            first, last = (d, w) if d.first < w.first else (w, d)
            if first.first > 0 and tokens[first.first - 1].text in _ONE:
                continue  # "a dead fish washed up on the beach in Brighton": one fish
            out.append(Match("disaster", None, first.first, last.last, first.start, last.end,
                             f"{tokens[first.first].text} ... {tokens[last.last].text}"))
    return out
