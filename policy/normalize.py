"""Text normalisation for screening, keeping a map back to the original characters.

Undoes what evasions do: Unicode look-alikes and diacritics (NFKD, marks dropped, ß -> ss), case,
leetspeak inside words ("J0e B1den"), spacing ("J o e  B i d e n") and punctuation. Every token keeps the
span of the original text it came from, so reasons can point at what triggered them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s", "!": "i",
         "|": "l", "€": "e"}
_SPECIAL = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "þ": "th", "ı": "i"}
# German umlauts are written ae/oe/ue when typed without them; fold both spellings to that form.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_TOKEN = re.compile(r"[^\W_]+|[@$!|€]", re.UNICODE)
_WORDCHARS = re.compile(r"[\w@$!|€'’-]+", re.UNICODE)


@dataclass(frozen=True)
class Token:
    text: str  # normalised
    start: int  # span in the original prompt
    end: int
    capitalised: bool


def fold(text: str) -> str:
    """Lower case, no diacritics, compatibility forms folded (full-width letters, ligatures)."""
    out = []
    for ch in unicodedata.normalize("NFKD", unicodedata.normalize("NFC", text).translate(_UMLAUTS)):
        if unicodedata.combining(ch):
            continue
        low = ch.lower()
        out.append(_SPECIAL.get(low, low))
    return "".join(out)


def _word(raw: str) -> str:
    """A word with leetspeak undone when it mixes letters and leet characters ("b1den", "m3rk3l")."""
    folded = fold(raw)
    has_alpha = any(c.isalpha() for c in folded)
    if has_alpha:
        folded = "".join(_LEET.get(c, c) for c in folded)
    return "".join(c for c in folded if c.isalnum())


def tokenize(prompt: str) -> list[Token]:
    """Normalised word tokens with spans; runs of single letters ("J o e") are joined into one word."""
    tokens: list[Token] = []
    for m in _WORDCHARS.finditer(prompt):
        raw = m.group(0)
        for part in re.split(r"['’-]", raw) if not re.search(r"[0-9@$!|€]", raw) else [raw]:
            if not part:
                continue
            start = m.start() + raw.find(part)
            word = _word(part)
            if word:
                tokens.append(Token(word, start, start + len(part), part[:1].isupper()))
    return _join_spaced_letters(tokens)


def _join_spaced_letters(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    run: list[Token] = []

    def flush() -> None:
        if len(run) >= 3:
            out.append(Token("".join(t.text for t in run), run[0].start, run[-1].end, run[0].capitalised))
        else:
            out.extend(run)
        run.clear()
    for tok in tokens:
        if len(tok.text) == 1 and tok.text.isalpha():
            run.append(tok)
        else:
            flush()
            out.append(tok)
    flush()
    return out


def normalised_phrase(text: str) -> str:
    """A lexicon phrase in the same form as the tokens (for building indexes)."""
    return " ".join(t.text for t in tokenize(text))
