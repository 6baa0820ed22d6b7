"""Regions named by a compass word: "northwest Pakistan" is Khyber Pakhtunkhwa.

Wire copy often places an incident only as a part of a country ("Drone strike kills 2 militants in NW
Pakistan", "a suicide bombing in Pakistan's restive northwest", "a Pakistan tribal area"). Where that usage
means one first-level unit (`data/compass_regions.tsv`), the country mention is read as that unit, so the
event gets the admin1 a coder would give it instead of the country alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

# the region word just before the country ("northwest Pakistan", "north-western Pakistan", "NW Pakistan")
_BEFORE = re.compile(r"\b(?:(north|south)[- ]?(east|west)(?:ern)?|([NS])([EW]))\s+$", re.IGNORECASE)
# ... or after it ("Pakistan's restive northwest", "Pakistan tribal area", "Pakistan's tribal belt")
_AFTER = re.compile(
    r"^(?:['’]s\s+(?:[a-z-]+\s+)?|\s+)(?:(north|south)[- ]?(east|west)(?:ern)?|(tribal))\b", re.IGNORECASE
)


@dataclass(frozen=True)
class CompassRegions:
    """(country, region word) -> the first-level unit the words name."""

    units: dict[tuple[str, str], str]

    @classmethod
    def load(cls) -> CompassRegions:
        text = resources.files("flashpoint").joinpath("data/compass_regions.tsv").read_text(encoding="utf-8")
        units: dict[tuple[str, str], str] = {}
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                country, word, unit = line.split("\t")
                units[(country, word)] = unit
        return cls(units)

    def unit(self, country: str, before: str, after: str) -> str | None:
        """The unit a country mention names with the words around it (`before` ends at the mention,
        `after` starts right after it), if any."""
        word = region_word(before, after)
        return None if word is None else self.units.get((country, word))


def region_word(before: str, after: str) -> str | None:
    """The folded region word next to a country mention: 'northwest', 'southwest', ..., or 'tribal'."""
    if match := _BEFORE.search(before):
        if match.group(1):
            return (match.group(1) + match.group(2)).lower()
        if not match.group(3).isupper() or not match.group(4).isupper():
            return None  # "nw" in lower case is no abbreviation
        return {"N": "north", "S": "south"}[match.group(3)] + {"E": "east", "W": "west"}[match.group(4)]
    if match := _AFTER.match(after):
        return "tribal" if match.group(3) else (match.group(1) + match.group(2)).lower()
    return None
