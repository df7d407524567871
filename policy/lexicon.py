"""Phrase lexicons (``policy/data/lexicons.json``) and their matching over normalised tokens."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from policy.normalize import Token, normalised_phrase

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "lexicons.json"
LANGUAGES = ("en", "de", "fr", "es", "it")

MONTHS = frozenset("january february march april may june july august september october november december "
                   "januar februar maerz marz april mai juni juli august september oktober november dezember "
                   "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
                   "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
                   "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
                   "dicembre".split())
_DATE = re.compile(r"^(19[89]\d|20[0-4]\d)$")


@dataclass(frozen=True)
class Hit:
    kind: str
    phrase: str
    lang: str
    start: int
    end: int
    first: int  # token index
    last: int


class Lexicons:
    """All phrase lists, indexed by first word for a single pass over the prompt."""

    def __init__(self, path: Path = DEFAULT_PATH) -> None:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        # names that are also ordinary phrases: they count only with their last word capitalised
        self._capitalised = {tuple(normalised_phrase(p).split()) for p in data.get("_capitalised", ())}
        self._index: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = {}
        for kind, value in data.items():
            if kind.startswith("_"):
                continue
            groups = value.items() if isinstance(value, dict) else [("any", value)]
            for lang, phrases in groups:
                for phrase in phrases:
                    words = tuple(normalised_phrase(phrase).split())
                    if words:
                        self._index.setdefault(words[0], []).append((words, kind, lang, phrase))
        for entries in self._index.values():
            entries.sort(key=lambda e: -len(e[0]))

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> "Lexicons":
        """The lexicons of ``path``, from the cache when it is current (parsing them is a fifth of a start-up)."""
        from policy.cache import cached

        here = Path(__file__).parent
        return cached("lexicons", [Path(path), here / "lexicon.py", here / "normalize.py"], lambda: cls(path))

    def scan(self, tokens: list[Token], extra: dict[str, list[str]] | None = None) -> list[Hit]:
        """Every lexicon phrase in the prompt (longest match per position), plus dates as temporal cues."""
        words = [t.text for t in tokens]
        hits: list[Hit] = []
        extra_index = {}
        for kind, phrases in (extra or {}).items():
            for phrase in phrases:
                w = tuple(normalised_phrase(phrase).split())
                if w:
                    extra_index.setdefault(w[0], []).append((w, kind, "config", phrase))
        for i, word in enumerate(words):
            for entries in (self._index.get(word, ()), extra_index.get(word, ())):
                seen_kinds = set()
                for phrase_words, kind, lang, phrase in entries:
                    n = len(phrase_words)
                    if kind not in seen_kinds and tuple(words[i:i + n]) == phrase_words and (
                            phrase_words not in self._capitalised or tokens[i + n - 1].capitalised):
                        hits.append(Hit(kind, phrase, lang, tokens[i].start, tokens[i + n - 1].end, i, i + n - 1))
                        seen_kinds.add(kind)
            if _DATE.match(word) or (word in MONTHS and i + 1 < len(words) and words[i + 1].isdigit()) or (
                    word.isdigit() and len(word) <= 2 and i + 1 < len(words) and words[i + 1] in MONTHS):
                hits.append(Hit("temporal", word, "any", tokens[i].start, tokens[i].end, i, i))
        return hits
