"""Static word tables that load at once: the large string-keyed indexes of the policy's knowledge (148,000 place
names, 63,000 adjective forms, 67,000 word frequencies, 52,000 first names), frozen into MARISA tries once they are
built, and ``ExactIndex``, the phrase table that finds the place names and adjectives in a prompt.

Unpickling those as Python dictionaries and sets made a few hundred thousand string objects on every start-up,
two thirds of loading the knowledge (0.2 s of a 0.3 s load on this project's machine); a trie is one block of bytes
that ``frombytes`` maps as it is, and a look-up walks it in C (a microsecond or two). Each class pickles as its bytes,
so the knowledge cache (``policy.cache``) keeps working unchanged.

Both are read-only: build a dictionary or a set, then freeze it.
"""

from __future__ import annotations

import marshal
from array import array
from typing import Iterable, Iterator

import marisa_trie

from policy.normalize import Token
from policy.phrases import Match


class _Keys:
    """What both tables do with their keys (``self._trie``: a MARISA trie)."""

    _trie: marisa_trie.Trie | marisa_trie.RecordTrie

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._trie

    def __len__(self) -> int:
        return len(self._trie)

    def __iter__(self) -> Iterator[str]:
        return iter(self._trie.keys())


class FrozenMap(_Keys):
    """A read-only ``str -> value`` mapping. Values are anything ``marshal`` writes (strings, numbers, tuples of
    them); equal values are stored once. With ``record`` (a ``struct`` format of one field, e.g. ``"<d"``), the
    values are numbers kept in the trie itself instead."""

    def __init__(self, items: Iterable[tuple[str, object]] = (), record: str | None = None) -> None:
        self._record = record
        self._blob = b""
        self._offsets = array("I", [0])
        if record is not None:
            self._trie = marisa_trie.RecordTrie(record, [(k, (v,)) for k, v in items])
            return
        ids: dict[bytes, int] = {}
        blob = bytearray()
        keyed = []
        for key, value in items:
            raw = marshal.dumps(value)
            i = ids.get(raw)
            if i is None:
                i = ids[raw] = len(self._offsets) - 1
                blob += raw
                self._offsets.append(len(blob))
            keyed.append((key, (i,)))
        self._trie = marisa_trie.RecordTrie("<I", keyed)
        self._blob = bytes(blob)

    def _value(self, field: int | float) -> object:
        if self._record is not None:
            return field
        i = int(field)
        return marshal.loads(self._blob[self._offsets[i]:self._offsets[i + 1]])

    def get(self, key: str, default: object = None) -> object:
        found = self._trie.get(key)
        return self._value(found[0][0]) if found else default

    def __getitem__(self, key: str) -> object:
        found = self._trie.get(key)
        if not found:
            raise KeyError(key)
        return self._value(found[0][0])

    def items(self) -> Iterator[tuple[str, object]]:
        for key, (field,) in self._trie.items():
            yield key, self._value(field)

    def prefixes(self, text: str) -> list[str]:
        """The keys that ``text`` starts with (shortest first)."""
        return self._trie.prefixes(text)

    def __getstate__(self) -> tuple:
        return self._record, self._trie.tobytes(), self._blob, self._offsets.tobytes()

    def __setstate__(self, state: tuple) -> None:
        self._record, trie, self._blob, offsets = state
        self._trie = marisa_trie.RecordTrie(self._record or "<I").frombytes(trie)
        self._offsets = array("I")
        self._offsets.frombytes(offsets)


class FrozenWords(_Keys):
    """A read-only set of strings."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._trie = marisa_trie.Trie(list(words))

    def __getstate__(self) -> bytes:
        return self._trie.tobytes()

    def __setstate__(self, state: bytes) -> None:
        self._trie = marisa_trie.Trie().frombytes(state)


class ExactIndex:
    """Exact phrases only (no patterns): the compact form of a large gazetteer (148,000 place names). Built as a
    dictionary (``add``), then ``freeze`` makes it a ``FrozenMap``; ``find`` (frozen only) gives the longest phrase
    at each position, like ``PhraseMatcher``, with one walk down the trie per position.

    With a ``factory`` (a NamedTuple class), values are kept as plain tuples and the factory's object is made only
    for what is looked up (unpickling 145,000 NamedTuples took 140 ms of every start-up)."""

    def __init__(self, label: str, max_words: int = 6, factory: type | None = None) -> None:
        self.label = label
        self.max_words = max_words
        self.factory = factory
        self._rows: dict[str, object] | FrozenMap = {}

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, phrase: str) -> bool:
        return phrase in self._rows

    def add(self, phrase: str, value: object) -> None:
        """``phrase`` already normalised (space-separated normalised words); the first value added wins."""
        if isinstance(self._rows, FrozenMap):
            raise RuntimeError(f"the {self.label} index is frozen")
        if phrase and phrase not in self._rows:
            self._rows[phrase] = tuple(value) if self.factory is not None else value  # type: ignore[arg-type]
            self.max_words = max(self.max_words, phrase.count(" ") + 1)

    def freeze(self) -> None:
        """No more ``add``: the rows become a read-only trie."""
        if not isinstance(self._rows, FrozenMap):
            self._rows = FrozenMap(self._rows.items())

    def get(self, phrase: str) -> object | None:
        row = self._rows.get(phrase)
        return self.factory(*row) if row is not None and self.factory is not None else row

    def items(self) -> Iterator[tuple[str, object]]:
        for phrase in self._rows:
            yield phrase, self.get(phrase)

    def values(self) -> Iterator[object]:
        for _phrase, value in self.items():
            yield value

    def find(self, tokens: list[Token]) -> list[Match]:
        if not isinstance(self._rows, FrozenMap):
            raise RuntimeError(f"freeze() the {self.label} index before find()")
        words = [t.text for t in tokens]
        found = []
        for i in range(len(words)):
            window = " ".join(words[i:i + self.max_words])
            # every key the window starts with; the longest that ends at the end of a word wins
            keys = [k for k in self._rows.prefixes(window) if len(k) == len(window) or window[len(k)] == " "]
            if keys:
                n = keys[-1].count(" ") + 1
                found.append(Match(self.label, self.get(keys[-1]), i, i + n - 1, tokens[i].start,
                                   tokens[i + n - 1].end, keys[-1]))
        return found
