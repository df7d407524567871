"""Text normalisation for screening, keeping a map back to the original characters.

Undoes what evasions do: Unicode look-alikes and diacritics (NFKD, marks dropped, ß -> ss), Cyrillic and Greek
letters mixed into a Latin word ("Рutin" with a Cyrillic Р), invisible characters and emoji inside a word
("Mer\u200bkel", "Gu🔥ardiola"), case, leetspeak inside words ("J0e B1den"), spacing ("J o e  B i d e n") and
punctuation. A star inside a word ("M*rkel") is kept as a one-letter wildcard for the name index. Every token
keeps the span of the original text it came from, so reasons can point at what triggered them.
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
_WORDCHARS = re.compile(r"(?:[\w@$!|€'’-]|(?<=[^\W\d_])\*+(?=[^\W\d_]))+", re.UNICODE)
# Cyrillic and Greek letters that look like Latin ones (Unicode's confusables, the common ones): mapped only in a
# word that also has Latin letters, so that a word written in either script stays as it is.
_CONFUSABLE = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
    "І": "I", "Ј": "J", "Ѕ": "S", "У": "Y",
    "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Υ": "Y", "Χ": "X"})
_LATIN = re.compile(r"[A-Za-z]")
_CODE = re.compile(r"^[a-z]{1,2}-?[0-9]{1,4}$")  # a road, a model or a paper size: letters, then digits
_FOREIGN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")


@dataclass(frozen=True)
class Token:
    text: str  # normalised
    start: int  # span in the original prompt
    end: int
    capitalised: bool
    dotted: bool = False  # followed by a full stop ("A." in "A. Merkel")
    stop: bool = False  # followed by a comma, semicolon, colon, !, ?, | or a dash (a name does not run on past one)


# words only German uses this often: a prompt with one is German, whose nouns are all capitalised (a capital says less)
GERMAN_FUNCTION = frozenset("der das dem ein eine einer einem einen eines und auf im mit".split())


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
    """A word with leetspeak undone when it mixes letters and leet characters ("b1den", "m3rk3l"), and Cyrillic
    or Greek look-alikes undone when they are mixed into a Latin word."""
    if not raw.isascii() and _FOREIGN.search(raw) and _LATIN.search(raw):
        raw = raw.translate(_CONFUSABLE)
    folded = fold(raw)
    has_alpha = any(c.isalpha() for c in folded)
    if has_alpha and not _CODE.match(folded):  # "A45", "M25", "I-95" are codes, not leetspeak
        folded = "".join(_LEET.get(c, c) for c in folded)
    return "".join(c for c in folded if c.isalnum() or c == "*")


# Invisible format characters (zero-width space, joiners, soft hyphen, direction marks, BOM): dropped anywhere.
_INVISIBLE = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
# Symbols and emoji, with variation selectors and their combining marks: dropped between two letters.
_SYMBOLS = "\u20d0-\u20ff\u2100-\u2bff\ufe00-\ufe0f\U0001f000-\U0001faff"
_INSERT = re.compile(f"[{_INVISIBLE}]|(?<=[^\\W\\d_])[{_SYMBOLS}{_INVISIBLE}]+(?=[^\\W\\d_])")


def _without_inserts(prompt: str) -> tuple[str, list[int] | None]:
    """The prompt without invisible format characters anywhere and without symbols (emoji, dingbats) between two
    letters ("Gu🔥ardiola"); with each kept character's place in the original (None: nothing was dropped)."""
    if prompt.isascii() or not _INSERT.search(prompt):
        return prompt, None
    keep: list[str] = []
    where: list[int] = []
    last = 0
    for m in _INSERT.finditer(prompt):
        keep.append(prompt[last:m.start()])
        where.extend(range(last, m.start()))
        last = m.end()
    keep.append(prompt[last:])
    where.extend(range(last, len(prompt)))
    return "".join(keep), where


_STOPS = tuple(",;:!?|\u2022\u2013\u2014")  # and the separators of prompt-engineered prompts: | • – —


def tokenize(prompt: str) -> list[Token]:
    """Normalised word tokens with spans; runs of single letters ("J o e") are joined into one word."""
    text, where = _without_inserts(prompt)
    tokens: list[Token] = []
    for m in _WORDCHARS.finditer(text):
        raw, offset = m.group(0), m.start()
        if raw[:1] == "@" and raw[1:2].isalpha():  # a handle ("@jackma"), not leetspeak for "a"
            raw, offset = raw[1:], offset + 1
        for part in re.split(r"['’-]", raw) if not re.search(r"[0-9@$!|€]", raw) else _code_after_article(raw):
            if not part:
                continue
            start = offset + raw.find(part)
            word = _word(part)
            if word:
                after = start + len(part)
                first, last = (start, after - 1) if where is None else (where[start], where[after - 1])
                follows = text[after:after + 2]
                # a slash with a space before it separates keywords ("Roma / Trastevere"); "9/11" and "AC/DC" run on
                tokens.append(Token(word, first, last + 1, part[:1].isupper(), follows[:1] == ".",
                                    follows.lstrip()[:1] in _STOPS or follows == " /"))
    return _join_spaced_letters(tokens)


def _code_after_article(raw: str) -> list[str]:
    """A word with digits as one part (leetspeak: "J0e"), or an elided article and a road number after it as two
    ("l'A75", "sull'A1", "dell'AP-7")."""
    head, sep, tail = re.split(r"(['’])", raw, maxsplit=1) if re.search(r"['’]", raw) else (raw, "", "")
    return [head, tail] if sep and head.isalpha() and _CODE.match(fold(tail)) else [raw]


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
        if tok.end - tok.start == 1 and tok.text.isalpha():  # one letter ("ü" is one, folded to "ue")
            run.append(tok)
        else:
            flush()
            out.append(tok)
    flush()
    return out


def normalised_phrase(text: str) -> str:
    """A lexicon phrase in the same form as the tokens (for building indexes)."""
    return " ".join(t.text for t in tokenize(text))
