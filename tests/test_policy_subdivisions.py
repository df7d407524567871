"""States, provinces and regions from ISO 3166-2 (``policy.subdivisions``): the names people write, in the five
languages, and none made only of words of direction."""

from __future__ import annotations

from policy.subdivisions import _names_of, first_level_names


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
    # a word of direction beside a proper name keeps the name
    assert "Nordrhein-Westfalen" in names["DE-NW"][1] and "Niederösterreich" in every
