"""Regions named by a compass word or a by-word ("northwest Pakistan", "a Pakistan tribal area")."""

from __future__ import annotations

import pytest

from flashpoint.geo.regions import CompassRegions, region_word


@pytest.mark.parametrize(
    ("before", "after", "word"),
    [
        ("in northwest ", "", "northwest"),
        ("in north-western ", "", "northwest"),
        ("in NW ", ": police", "northwest"),
        ("in SW ", "", "southwest"),
        ("in ", "'s restive northwest", "northwest"),
        ("in ", "’s southwest", "southwest"),
        ("killed in a ", " tribal area", "tribal"),
        ("in ", "'s tribal belt", "tribal"),
        # no region word: the country itself, or "nw" that is no abbreviation
        ("in ", " on Monday", None),
        ("in nw ", "", None),
        ("in northern ", "", None),
    ],
)
def test_region_word(before: str, after: str, word: str | None) -> None:
    assert region_word(before, after) == word


def test_only_listed_countries_have_compass_units() -> None:
    regions = CompassRegions.load()
    assert regions.unit("Pakistan", "in northwest ", "") == "Khyber Pakhtunkhwa"
    assert regions.unit("Pakistan", "in ", "'s southwest") == "Balochistan"
    # "northwest Nigeria" is several states: the country stays the place
    assert regions.unit("Nigeria", "in northwest ", "") is None
