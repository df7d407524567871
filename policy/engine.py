"""Screening: decide, before any generation, whether a prompt and its inputs may be used.

``Policy.check(prompt, inputs=..., mode=..., consent=...)`` returns a ``Decision``: ``allow``, ``block`` or
``review``, with reasons that name the rule and the span of the prompt that triggered them. Categories:

* ``real_person`` — a public figure by name, alias, nickname or misspelling (gazetteer), or an office
  that picks out one person ("the current German chancellor", "the Pope").
* ``private_person`` — a private individual named with identifying detail ("my neighbour Peter Hoffmann",
  a name with a street address).
* ``news_event`` — a named recent real event, or an event framed as news (outlet, "breaking news",
  "bodycam footage of", "yesterday", a date).
* ``face_input`` — an input image or clip shows a face and no accepted consent record covers it.
"""

from __future__ import annotations

import hashlib
import re
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

from policy import audit, gazetteer
from policy.consent import check_consent, file_sha256, load_public_keys
from policy.lexicon import Hit, Lexicons
from policy.normalize import Token, tokenize

CATEGORIES = ("real_person", "private_person", "news_event", "face_input")
_STREET = re.compile(r"(strasse|str|gasse|weg|allee|platz|ring|damm|street|st|road|rd|avenue|ave|lane|drive|"
                     r"boulevard|rue|calle|avenida|via|viale|piazza|corso)$")
_ADDRESS_NUMBER = re.compile(r"^\d{1,4}[a-z]?$")


@dataclass
class Reason:
    category: str
    rule: str
    span: list[int] | None  # [start, end) in the prompt, or None for inputs
    detail: str


@dataclass
class Decision:
    """The outcome of a check. ``decision`` is "allow", "block" or "review"."""

    decision: str
    categories: list[str]
    reasons: list[Reason]
    policy_version: str
    id: str = field(default_factory=lambda: "pol-" + uuid.uuid4().hex[:16])
    prompt_sha256: str = ""

    @property
    def allowed(self) -> bool:
        return self.decision == "allow"

    def to_dict(self) -> dict:
        d = asdict(self)
        return {"decision": d["decision"], "categories": d["categories"], "reasons": d["reasons"],
                "policy_version": d["policy_version"], "id": d["id"], "prompt_sha256": d["prompt_sha256"]}


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
    """Loaded once (gazetteer, lexicons, keys); ``check`` then takes well under a millisecond per prompt."""

    def __init__(self, settings: PolicySettings | None = None) -> None:
        self.settings = settings or PolicySettings()
        self.names = gazetteer.NameIndex(gazetteer.load(self.settings.gazetteer_path))
        self.lexicons = Lexicons()
        self.consent_keys = load_public_keys(self.settings.consent_keys)
        digest = hashlib.sha256()
        for path in (self.settings.gazetteer_path, Path(gazetteer.__file__).parent / "data" / "lexicons.json"):
            digest.update(Path(path).read_bytes())
        self.version = f"clipseal-policy/1+{digest.hexdigest()[:12]}"
        self._allow = {"".join(t.text for t in tokenize(a)) for a in self.settings.allow}

    # ------------------------------------------------------------------------------------------ check
    def check(self, prompt: str, inputs: Iterable[str | Path] = (), mode: str = "t2v",
              consent: dict | None = None) -> Decision:
        tokens = tokenize(prompt)
        hits = self.lexicons.scan(tokens, extra={"deny": list(self.settings.deny)})
        hits = [h for h in hits if "".join(t.text for t in tokens[h.first:h.last + 1]) not in self._allow]
        reasons: list[Reason] = []
        reasons += self._people(tokens, hits)
        reasons += self._news(tokens, hits)
        reasons += [Reason("news_event" if "news" in h.phrase else "real_person", "deny_list", [h.start, h.end],
                           f"deployment deny list: {h.phrase!r}") for h in hits if h.kind == "deny"]
        for path in inputs:
            reasons += self._input(Path(path), mode, consent)
        reasons = [r for r in reasons if r.category in self.settings.categories]
        blocking = [r for r in reasons if r.rule != "weak_news_cue"]
        if blocking:
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

    # ----------------------------------------------------------------------------------------- people
    def _people(self, tokens: list[Token], hits: list[Hit]) -> list[Reason]:
        reasons = []
        for m in self.names.find(tokens):
            key = "".join(t.text for t in tokenize(m.alias))
            if key in self._allow:
                continue
            how = "close spelling of" if m.fuzzy else "name or alias of"
            reasons.append(Reason("real_person", "public_figure", [m.start, m.end],
                                  f"{how} {m.figure.name} ({m.figure.category.replace('_', ' ')})"))
        for h in hits:
            if h.kind == "offices":
                reasons.append(Reason("real_person", "office", [h.start, h.end],
                                      f"refers to the holder of a real office ({h.phrase})"))
        reasons += self._private(tokens, hits)
        return reasons

    def _private(self, tokens: list[Token], hits: list[Hit]) -> list[Reason]:
        reasons = []
        for h in hits:
            if h.kind != "private_relations":
                continue
            following = tokens[h.last + 1: h.last + 4]
            named = [t for t in following if t.capitalised]
            if named:
                reasons.append(Reason("private_person", "named_private_individual", [h.start, named[-1].end],
                                      f"a private person named with their relation to the requester ({h.phrase})"))
        # a capitalised First Last followed by a street address
        for i in range(len(tokens) - 1):
            a, b = tokens[i], tokens[i + 1]
            if not (a.capitalised and b.capitalised):
                continue
            window = tokens[i + 2: i + 9]
            for j, t in enumerate(window):
                near_number = (j + 1 < len(window) and _ADDRESS_NUMBER.match(window[j + 1].text)) or (
                    j > 0 and _ADDRESS_NUMBER.match(window[j - 1].text))
                if _STREET.search(t.text) and near_number:
                    reasons.append(Reason("private_person", "name_with_address", [a.start, window[min(j + 1, len(window) - 1)].end],
                                          "a named person with a street address"))
                    break
            else:
                continue
            break
        return reasons

    # ------------------------------------------------------------------------------------------- news
    def _news(self, tokens: list[Token], hits: list[Hit]) -> list[Reason]:
        kinds: dict[str, list[Hit]] = {}
        for h in hits:
            kinds.setdefault(h.kind, []).append(h)
        reasons = []
        for h in kinds.get("named_events", []):
            reasons.append(Reason("news_event", "named_event", [h.start, h.end], f"a real, recent event ({h.phrase})"))
        events = kinds.get("events", [])
        framing = kinds.get("news_framing", []) + kinds.get("outlets", [])
        temporal = kinds.get("temporal", [])
        historical = kinds.get("historical", [])
        fiction = kinds.get("fiction", [])
        if events and framing:
            cue = framing[0]
            reasons.append(Reason("news_event", "news_framing", [min(cue.start, events[0].start),
                                                                  max(cue.end, events[0].end)],
                                  f"an event ({events[0].phrase}) framed as news ({cue.phrase})"))
        elif events and temporal and not historical and not fiction:
            cue = temporal[0]
            reasons.append(Reason("news_event", "recent_event", [min(cue.start, events[0].start),
                                                                  max(cue.end, events[0].end)],
                                  f"an event ({events[0].phrase}) placed in the present ({cue.phrase})"))
        elif framing and not events and not fiction and not historical and kinds.get("outlets"):
            cue = framing[0]
            reasons.append(Reason("news_event", "weak_news_cue", [cue.start, cue.end],
                                  f"framed as news footage ({cue.phrase}) without a named event"))
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
