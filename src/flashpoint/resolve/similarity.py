"""Pairwise comparisons of two event records: date, place, type, actors, fatalities.

Each returns a score in [0, 1] or None when the pair is clearly incompatible on that dimension.
"""

from __future__ import annotations

import math
import re
import unicodedata

from flashpoint.ontology import SUB_EVENT_TYPES
from flashpoint.schema import Event

EARTH_KM = 6371.0088
# How far apart two reported dates may be, by the coarser time precision of the pair (DESIGN.md section 2).
DATE_TOLERANCE_DAYS = {1: 1, 2: 7, 3: 16}
UNIDENTIFIED = "unidentified"
_REGIME_YEARS = re.compile(r"\s*\(\d{4}-(\d{4})?\)\s*$")
# Event types that two reports of one incident may legitimately disagree on.
_COMPATIBLE_TYPES = {
    frozenset({"Battles", "Explosions/Remote violence"}),
    frozenset({"Violence against civilians", "Explosions/Remote violence"}),
    frozenset({"Battles", "Violence against civilians"}),
    frozenset({"Protests", "Riots"}),
}


def fold(name: str | None) -> str:
    """Case- and accent-insensitive form of a name, without ACLED regime years."""
    if not name:
        return ""
    name = _REGIME_YEARS.sub("", name)
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_km(a: Event, b: Event) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


def date_score(a: Event, b: Event) -> float | None:
    if a.event_date is None or b.event_date is None:
        return None
    gap = abs((a.event_date - b.event_date).days)
    tolerance = DATE_TOLERANCE_DAYS.get(max(a.time_precision, b.time_precision), 1)
    if gap > tolerance:
        return None
    return 1.0 if gap == 0 else 1.0 - 0.5 * gap / tolerance


def place_score(a: Event, b: Event, max_km: float) -> float | None:
    """1 same place, 0.8 same district or within `max_km`, 0.4 only the province agrees; None: apart."""
    if a.country and b.country and fold(a.country) != fold(b.country):
        return None
    km = distance_km(a, b)
    if km is not None and km <= max_km / 5:
        return 1.0
    if a.location and b.location and fold(a.location) == fold(b.location):
        return 1.0
    if km is not None and km <= max_km:
        return 0.8
    if a.admin2 and b.admin2:
        return 0.8 if fold(a.admin2) == fold(b.admin2) else None
    if km is not None and km > max_km * 4:
        return None
    if a.admin1 and b.admin1:
        # One report only knows the province: possible, weak.
        return 0.4 if fold(a.admin1) == fold(b.admin1) else None
    return 0.2


def type_score(a: Event, b: Event) -> float | None:
    if a.sub_event_type and a.sub_event_type == b.sub_event_type:
        return 1.0
    ta = a.event_type or SUB_EVENT_TYPES.get(a.sub_event_type or "")
    tb = b.event_type or SUB_EVENT_TYPES.get(b.sub_event_type or "")
    if not ta or not tb:
        return 0.5
    if ta == tb:
        return 0.8
    if frozenset({ta, tb}) in _COMPATIBLE_TYPES:
        return 0.5
    return None


def actor_names(event: Event) -> set[str]:
    names = (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2)
    folded: set[str] = set()
    for name in names:
        for part in (name or "").split(";"):
            if fold(part):
                folded.add(fold(part))
    return folded


def _same_actor(x: str, y: str) -> bool:
    """Equal, or one is the abbreviation or full name of "ABBR: Full Name"."""
    if x == y:
        return True
    xs = {x, *(p.strip() for p in x.split(":", 1))}
    ys = {y, *(p.strip() for p in y.split(":", 1))}
    return bool(xs & ys)


def actor_score(a: Event, b: Event) -> float | None:
    """1 same actor1, 0.7 some actor shared, 0.5 unknown attackers on a side (0.2 when the named actors
    on both sides still differ); None when all actors are named and none is shared."""
    if a.actor1 and b.actor1 and _same_actor(fold(a.actor1), fold(b.actor1)):
        return 1.0
    names_a, names_b = actor_names(a), actor_names(b)
    if not names_a or not names_b:
        return 0.5
    if any(_same_actor(x, y) for x in names_a for y in names_b):
        return 0.7
    if any(UNIDENTIFIED in n for n in names_a | names_b):
        named_a = {n for n in names_a if UNIDENTIFIED not in n}
        named_b = {n for n in names_b if UNIDENTIFIED not in n}
        return 0.2 if named_a and named_b else 0.5
    return None


def fatalities_score(a: Event, b: Event) -> float:
    """Reports of one incident disagree on counts, but not wildly (0 means "no count given")."""
    low, high = sorted((a.fatalities, b.fatalities))
    if low == 0 or high <= 2 * low + 3:
        return 1.0
    if high <= 5 * low + 10:
        return 0.5
    return 0.0
