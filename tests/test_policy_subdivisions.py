"""States, provinces and regions from ISO 3166-2 (``policy.subdivisions``): the names people write, in the five
languages, and none made only of words of direction."""

from __future__ import annotations

from policy.normalize import normalised_phrase
from policy.subdivisions import _GENERIC, _names_of, first_level_names


def test_iso_names_written_for_sorting_give_the_names_people_write():
    assert list(_names_of("Asturias, Principado de")) == ["Asturias"]
    assert list(_names_of("Catalunya [Cataluña]")) == ["Catalunya", "Cataluña"]
    assert list(_names_of("Guyane (française)")) == ["Guyane"]
    assert list(_names_of("Wales [Cymru GB-CYM]")) == ["Wales", "Cymru GB-CYM"]


def test_first_level_names_in_the_five_languages_without_generic_ones():
    names = first_level_names()
    display, lower_austria = names["AT-3"]
    assert display == "Niederösterreich" and {"Niederösterreich", "Basse-Autriche"} <= lower_austria
    assert {"Lombardia", "Lombardei", "Lombardie"} <= names["IT-25"][1]
    assert "Bavaria" in names["DE-BY"][1] and "Baviera" in names["DE-BY"][1]
    every = {n for _display, ns in names.values() for n in ns}
    assert "Nord" not in every and "Western" not in every and "North-West" not in every
    assert not [n for n in every if all(w in _GENERIC for w in normalised_phrase(n).split())]
