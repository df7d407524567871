"""A capitalised First Last followed by a street and a house number: a private person's address."""

from __future__ import annotations

import re

from policy.lexicon import MONTHS
from policy.normalize import Token
from policy.phrases import OF_LINKS

_STREET = re.compile(r"(strasse|str|gasse|weg|allee|platz|ring|damm|street|st|road|rd|avenue|ave|lane|drive|"
                     r"boulevard|rue|calle|avenida|via|viale|piazza|corso)$")
_ADDRESS_NUMBER = re.compile(r"^\d{1,4}[a-z]?$")


def house_number(tokens: list[Token], k: int) -> bool:
    """The token at ``k`` reads as a house number: a short number not followed by a month (``lexicon.MONTHS``): a
    number before a month names a street after a date, not a house ("la avenida 9 de Julio", "Via 20 Settembre")."""
    if not _ADDRESS_NUMBER.match(tokens[k].text):
        return False
    after = [t.text for t in tokens[k + 1:k + 3]]
    if len(after) > 1 and after[0] in OF_LINKS:
        after = after[1:]
    return not (after and after[0] in MONTHS)


def name_with_address(tokens: list[Token]) -> tuple[int, int] | None:
    """The character span from a capitalised pair of words to the street of an address within seven words after it
    (a street word next to a house number), or None."""
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if not (a.capitalised and b.capitalised):
            continue
        window = tokens[i + 2: i + 9]
        for j, t in enumerate(window):
            near_number = (j + 1 < len(window) and house_number(tokens, i + 3 + j)) or (
                j > 0 and house_number(tokens, i + 1 + j))
            if _STREET.search(t.text) and near_number:
                return a.start, window[min(j + 1, len(window) - 1)].end
    return None
