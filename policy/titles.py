"""Offices (``real_person``): a real person named by the office they hold rather than by their name.

A title with a definite article and an anchor ("the French president", "the mayor of Chicago", "le patron de
Tesla", "die Ministerpräsidentin Italiens"), a title that is specific even bare ("der Innenminister", "le Premier
ministre"), or a person next to a seat of power ("the man in the Kremlin", "l'inquilino di Palazzo Chigi") or named
by what they lead ("la donna che guida il governo italiano"). Works on ``compose.Analysis``: every reason points at
its words.
"""

from __future__ import annotations

from policy.compose import OF_WORDS, Analysis
from policy.decision import Reason
from policy.knowledge import Knowledge
from policy.lexicon import Hit
from policy.phrases import INDEFINITE, beside

# French determiners before "premier", which is then the ordinal ("son premier compte", "le premier jour"): the
# office is "le Premier ministre" in French, and the bare "premier" English or Italian ("the premier", "il premier")
_ORDINAL_BEFORE = frozenset("le au du ce cet son mon ton notre votre leur".split())
_FIRST_OFFICES = frozenset("magistrat ministre secretaire adjoint".split())  # "le premier magistrat de Paris"


def office_reasons(a: Analysis, lexicon_hits: list[Hit], kb: Knowledge, monarchies: set[str]) -> list[Reason]:
    if a.cues.get("fiction") or any(h.kind == "fiction" for h in lexicon_hits):
        return []
    tokens = a.tokens
    det = {m.last for m in a.offices.get("determiner", ())}
    current = {i for m in a.offices.get("current", ()) for i in range(m.first, m.last + 1)}

    def before_current(i: int) -> int:  # past the words like "current" and "former" that end at ``i``
        while i in current:
            i -= 1
        return i

    specific = {(m.first, m.last) for m in a.offices.get("specific", ())}
    connectors = {i for m in a.offices.get("connector", ()) for i in range(m.first, m.last + 1)}
    anchor_spans = [(m.first, m.last, name) for m, _k, name in a.anchors()]
    anchor_spans += (adjective_spans := [(m.first, m.last, m.phrase) for m in a.adjectives])
    nouns = {m.last for m in a.cues.get("anchor_noun", ())}  # "le chef de l'armée malienne": its adjective anchors
    # countries (and their adjectives) without a monarch, and regions: a royal title there is history or fiction
    republics = {(m.first, m.last) for m in a.places if m.value.kind == "region"  # "the grand duke of Tuscany"
                 or (m.value.kind == "country" and m.value.name.lower() not in monarchies)}
    republics |= {(m.first, m.last) for m in a.adjectives
                  if isinstance(m.value, str) and len(m.value) == 2 and m.value.lower() not in monarchies}
    reasons = []
    for m in a.offices.get("unique", ()):
        reasons.append(Reason("real_person", "office", [m.start, m.end], f"picks out one real person ({m.phrase})"))
    titles = sorted(a.offices.get("title", []) + a.offices.get("specific", []), key=lambda m: (m.first, -m.last))
    done = {k for c in a.cues.get("character", ()) for k in range(c.first, c.last + 1)}  # "el Rey León"
    for t in titles:
        if t.first in done or t.last in a.joined:
            continue  # (a title that starts a compound names a thing: "Papst-Benedikt-Platz", "king-size bed")
        if t.phrase == "premier" and t.first and tokens[t.first - 1].text in _ORDINAL_BEFORE and not (
                t.last + 1 < len(tokens) and tokens[t.last + 1].text in _FIRST_OFFICES):
            continue
        i = before_current(t.first - 1)  # "the current", "der amtierende"
        before = [x for x in anchor_spans if x[1] in (i, t.first - 1)]
        # a possessive stands for the article: "Austria's chancellor", "Österreichs Regierungschef" (genitive)
        english = i >= 1 and tokens[i].text == "s" and any(x[1] == i - 1 for x in anchor_spans)
        if english:
            before = [x for x in anchor_spans if x[1] == i - 1]
        german = any(x[0] == x[1] == i == t.first - 1 for x in before) and tokens[i].text.endswith("s") \
            and tokens[i].text[:-1] in kb.places
        possessive = english or german
        if before:  # "the French president", "the Tesla CEO": look before the anchor for the article
            i = before_current(min(x[0] for x in before) - 1)  # "the former German chancellor"
        if i not in det and not possessive:
            continue
        after = None
        j = t.last + 1
        while j < len(tokens) and j <= t.last + 6:
            hit = [x for x in anchor_spans if x[0] == j or (j in nouns and x[0] == j + 1 and x in adjective_spans)]
            # a first name right after the title is the holder's own name, no place: "el Queen Mary 2" (Mary, a city)
            hit = [x for x in hit if not (j == t.last + 1 and x[0] == x[1] and tokens[j].text in kb.first_names)]
            if hit:
                after = hit[0]
                break
            if tokens[j].text not in OF_WORDS and j not in current and j not in connectors:
                break
            j += 1
        of_after = t.last + 1 < len(tokens) and tokens[t.last + 1].text in OF_WORDS - {"the", "s", "at", "in", "im"}
        anchor = before[0] if before else after
        if anchor is not None and anchor[:2] in republics and any(
                r.first <= t.first and t.last <= r.last for r in a.offices.get("royal", ())):
            continue  # "the king of France", "der Kaiser von China": no such office today
        if anchor is not None:
            detail = f"the holder of a real office ({tokens[t.first].text} ... {anchor[2]})"
        elif (t.first, t.last) in specific and not of_after:
            detail = f"an office that picks out one person ({t.phrase})"
        else:
            continue
        span_first = min(t.first, anchor[0]) if anchor else t.first
        span_last = max(t.last, anchor[1]) if anchor else t.last
        reasons.append(Reason("real_person", "office", [tokens[span_first].start, tokens[span_last].end], detail))
        done.update(range(t.first, t.last + 1))
    seats = [m for m in a.places if m.value.kind == "seat"]
    leads = a.offices.get("leads", [])
    people = [(p, True) for p in a.offices.get("person", ())] + [(p, False) for p in a.offices.get("pronoun", ())]
    for p, needs_article in people:
        if needs_article and (p.first - 1) not in det:
            continue  # "a man in the Kremlin" is anyone; "the man in the Kremlin" is one person
        for s in seats:
            if 0 < s.first - p.last <= 6 and not beside(tokens, s.first):  # not a passer-by
                reasons.append(Reason("real_person", "office", [p.start, s.end],
                                      f"the holder of an office, by its seat ({s.value.name})"))
                break
        else:
            # "la donna che guida il governo italiano", "die Frau, die Italien regiert": a person, a verb of
            # leading and a real anchor close together, in either order (German puts the verb last)
            for lead in leads:
                if 0 <= lead.first - p.last <= 5:
                    near = [x for x in anchor_spans if p.last < x[0] and abs(x[0] - lead.last) <= 4 and not
                            INDEFINITE.intersection(t.text for t in tokens[lead.last + 1:x[0]])]  # "a bakery in"
                    if near:
                        end = max(tokens[near[0][1]].end, lead.end)
                        reasons.append(Reason("real_person", "office", [p.start, end],
                                              f"the holder of an office, by what they lead ({near[0][2]})"))
                        break
    return reasons[:3]
