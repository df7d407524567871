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
        last = min(i + 8, len(tokens) - 1)  # the seven words after the pair
        for k in range(i + 2, last + 1):
            near_number = (k < last and house_number(tokens, k + 1)) or (k > i + 2 and house_number(tokens, k - 1))
            if _STREET.search(tokens[k].text) and near_number:
                return a.start, tokens[min(k + 1, last)].end
    return None
