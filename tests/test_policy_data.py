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
    "narco*", "protest*", "protesta*", "ravage*", "referendum*", "repression*", "reprime*", "vandal*", "vertice*",
}


def test_event_patterns_meet_no_frequent_word_of_another_meaning_in_another_language():
    caught = [f"{word} ({home}) met by {pattern} ({lang})" for word, home, _zipf, hits in false_friends()
              for lang, pattern in hits if pattern not in COGNATES]
    assert not caught, "\n".join(caught)
