"""Where a coded mention's event is placed: a location copied onto the event, and whether its name is a
part of a town."""

from __future__ import annotations

import re

from flashpoint.schema import Event, Location

# "the Progreso neighborhood", "the city's Oleksandrivskyi district": a name the text places inside a town
_PART_NOUN_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter)s?\b", re.IGNORECASE)


_TOWN_POSSESSIVE_BEFORE = re.compile(r"\b(?:city|town|capital)['’]s\s+$", re.IGNORECASE)


# "in Barangay San Miguel", "Sitio Malinao": Philippine reports name a village of a town (municipality) by
# its title; many towns share those saints' names, so the gazetteer's reading is often in another province
_VILLAGE_TITLE_BEFORE = re.compile(r"\b(?:barangay|brgy\.?|sitio|purok)\s+$", re.IGNORECASE)


def town_part(text: str, location: Location) -> bool:
    evidence = location.evidence
    if evidence is None:
        return False
    return bool(
        _PART_NOUN_AFTER.match(text, evidence.end)
        or _TOWN_POSSESSIVE_BEFORE.search(text[max(0, evidence.start - 20) : evidence.start])
        or _VILLAGE_TITLE_BEFORE.search(text[max(0, evidence.start - 12) : evidence.start])
    )


def apply_location(event: Event, location: Location) -> None:
    event.country = location.country
    event.admin1 = location.admin1
    event.admin2 = location.admin2
    event.admin3 = location.admin3
    event.location = location.location
    event.latitude = round(location.latitude, 4) if location.latitude is not None else None
    event.longitude = round(location.longitude, 4) if location.longitude is not None else None
    event.geo_precision = location.geo_precision
