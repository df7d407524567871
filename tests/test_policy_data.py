"""The policy's data files against the languages they are applied to.

Every language's event patterns are applied to every prompt (a German prompt may say "tsunami" or "Amoklauf"), so
a wildcard event pattern also meets the words of the other four languages. Where one of those is a frequent word of
another meaning, harmless prompts are refused: Italian "sommers*" (submerged) met German "Sommersonnenwende",
English "besieg*" German "besiegt" (defeated), French "panne*" English "panned". ``bench.policy_false_friends``
lists every frequent word that a pattern of another language meets and the matcher still reads as an event; a
pattern may do that only when the words mean the same (cognates: "terror*", "explosion*"). A new pattern that
meets other words must be narrowed to its own language's forms, the harmless words named in ``cues.tsv``
(``harmless_whole``), or the pattern reviewed and added below.
"""

from __future__ import annotations

from bench.policy_false_friends import false_friends

# Reviewed: the frequent words of other languages these patterns meet mean the same event ("arrested" for Italian
# "arrest*"), or, for "vertice*" (Italian, a summit), a Spanish word too rare in a prompt to narrow it for (a vertex).
COGNATES = {
    "abolir*", "arrest*", "artillerie*", "attacke*", "ballot*", "bomba*", "bombe*", "catastroph*", "detonation*",
    "devastat*", "evacuat*", "granate*", "infecte*", "insurgent*", "invade*", "kamikaze*", "kidnap*", "manifest*",
    "narco*", "protest*", "protesta*", "ravage*", "referendum*", "repression*", "reprime*", "sabotage*", "vandal*",
    "vertice*",
}


def test_event_patterns_meet_no_frequent_word_of_another_meaning_in_another_language():
    caught = [f"{word} ({home}) met by {pattern} ({lang})" for word, home, _zipf, hits in false_friends()
              for lang, pattern in hits if pattern not in COGNATES]
    assert not caught, "\n".join(caught)


# Reviewed event patterns that hold a word the place index knows: a thing named after an anchor, which then needs a
# real place of its own (events.tsv's header: "nastro della polizia", "polizia scientifica", "cariche della
# polizia"); an ordinary word that only shares its spelling with a place (a grenade, not Granada; Italian "pesta", a
# beating; a Molotov cocktail; "the valley", which the index holds as Anguilla's capital); a summit or a river the
# matcher still reads as the anchor inside the phrase ("NATO-Gipfel", "rutscht in die Donau": refused, the reason
# naming the anchor).
ANCHOR_IN_PATTERN_REVIEWED = {
    "black smoke over the valley", "thick black smoke over the valley", "black smoke hanging over the valley",
    "plume of black smoke over the valley", "bruecke liegt in der elbe",
    "bruecke liegt im rhein", "bruecke liegt in der donau", "rutscht in die donau", "rutscht in den rhein",
    "rutscht in die elbe", "glisse dans le rhone", "cae al guadalquivir", "scivola nel canal grande",
    "lanzan una granada", "lanzaron una granada", "lanza una granada", "pesta un", "pesta una", "nato gipfel",
    "brics gipfel", "molotov cocktail*", "cocktail molotov", "cocktails molotov", "coctel molotov", "cocteles molotov",
    "violenze della polizia", "cariche della polizia", "carica della polizia", "lanciano molotov", "lancio di molotov",
    "bottiglie molotov", "nastro della polizia", "cordone della polizia", "polizia scientifica",
}


def test_event_patterns_do_not_swallow_their_anchor():
    """An event pattern that contains a real place, body or force covers the anchor, which then no longer counts:
    "storming the presidential palace" as one coup phrase left "rebels storming the presidential palace" to the
    learned model alone, where "storming" and the palace as its anchor refuse it. A new such pattern must name the
    action and its object only, or be reviewed above."""
    from policy import knowledge

    kb = knowledge.load()
    found = []
    for parts in knowledge.read_tsv(knowledge.DATA / "events.tsv"):
        for pattern in parts[2].split("|"):
            words = pattern.replace("*", "").split()
            spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
            places = [s for s in spans if len(s) > 3 and (p := kb.places.get(s)) is not None and p.strong
                      and not p.ambiguous]
            if len(words) > 1 and places and pattern not in ANCHOR_IN_PATTERN_REVIEWED:
                found.append(f"{parts[0]} {parts[1]}: {pattern!r} holds {places[0]!r}")
    assert not found, "\n".join(found)
