"""Signs of an emergency at a real place (``distress_scene``): the news footage told by what it shows.

"Rescuers carrying survivors out of the ruins in Marrakech" has no event word: what makes it news is that those who
respond to an emergency, those it strikes, what it breaks or the force that holds a place are seen together at a
real place, or one of them is retold as a moment or its aftermath ("the morning after", "lo que vieron los vecinos").
Two of those five families (``cues.tsv`` kinds ``distress_*``), or the dead and wounded seen lying there
(``distress_grave``, a sign grave enough alone) or people fleeing and hiding for their lives (``distress_panic``:
diving under tables, "si lanciano dalle finestre", alone too), with a real-world anchor, where no event
word was found and nothing excuses the prompt (fiction, a style, a harmless context, the past), are a weaker sign
than an event word: the rule asks for review rather than blocking, and names the signs and the place."""

from __future__ import annotations

from policy.compose import Analysis
from policy.decision import Reason
from policy.phrases import Match

FAMILIES = ("distress_responder", "distress_casualty", "distress_damage", "distress_force", "distress_frame")
GRAVE = "distress_grave"  # the dead and the wounded seen where it happened ("body bags", "Leichen"): a sign alone
PANIC = "distress_panic"  # people fleeing or hiding for their lives ("diners diving under tables"): a sign alone


def distress_scene(a: Analysis, excuse: str | None) -> list[Reason]:
    """A ``distress_scene`` reason (category ``news_event``) where two families of signs meet a real anchor."""
    if excuse:
        return []
    signs = [a.cues[fam][0] for fam in FAMILIES if a.cues.get(fam)]
    grave = (a.cues.get(GRAVE, []) + a.cues.get(PANIC, []))[:1]
    signs += [g for g in grave if all(g.end <= s.start or s.end <= g.start for s in signs)]
    near = a.nearest_anchor(signs) if len(signs) >= 2 or grave else None
    if near is None:  # the place must be as near a sign as it must be to an event word
        return []
    _sign, m, kind, name = near
    span = [min([s.start for s in signs] + [m.start]), max([s.end for s in signs] + [m.end])]
    shown = ", ".join(s.phrase for s in sorted(signs, key=lambda s: s.start))
    return [Reason("news_event", "distress_scene", span,
                   f"signs of an emergency ({shown}) at a real {kind.replace('_', ' ')} ({name}), shown as footage")]


# what one sign may be, for the learned second opinion: the five families, the dead and wounded, people fleeing, and
# people hurt or trapped as the event rules read them (``cues.tsv`` kind ``casualty``: "bodies", "trapped", "stranded")
ONE_SIGN = (*FAMILIES, GRAVE, PANIC, "casualty")


def emergency_sign(a: Analysis) -> tuple[Match, Match, str, str] | None:
    """(sign, anchor, kind, name): one sign of an emergency as near a real-world anchor as an event word must be, or
    None. Alone it is too weak for a rule ("firefighters washing their truck in Dublin"); the engine lets the learned
    classifier decide such prompts at a lower threshold than prompts with no sign at all (``threshold_sign``), where
    no rule fired and nothing excuses the prompt: "fishermen pulling bodies out of the sea near Crotone"."""
    signs = [m for kind in ONE_SIGN for m in a.cues.get(kind, ())]
    return a.nearest_anchor(signs) if signs else None
