"""Nature's spectacles: a tornado over an empty field, an avalanche down a remote slope, Stromboli erupting at dusk
are stock footage, not news, when they are filmed in open country with nobody in harm's way. The same phenomenon
striking a town, homes or people stays an event, and so does an eruption of a volcano that seldom erupts ("Vesuvius
erupting at sunset" would be news)."""

from __future__ import annotations

from policy.lexicon import Hit
from policy.phrases import Match
from policy.styles import NEWSY

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
    "ressa e feriti"; not "la ressa dei saldi")."""
    if not cues.get("casualty") and not cues.get("hazard_damage"):
        return events
    taken = {i for m in events for i in range(m.first, m.last + 1)}
    return events + [Match("disaster", None, m.first, m.last, m.start, m.end, m.phrase)
                     for kind in ("natural_hazard", "crowd_crush") for m in cues.get(kind, ())
                     if taken.isdisjoint(range(m.first, m.last + 1))]
