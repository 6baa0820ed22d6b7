"""Reverse checks: do a point's coordinates agree with the country and admin names coded for it?

Two independent views: the ``reverse_geocode`` package (nearest GeoNames town, for the country) and
point-in-unit through the gazetteer's nearest towns (a unit contains a point when one of the towns
nearest to it belongs to that unit).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flashpoint.geo.gazetteer import Gazetteer
from flashpoint.geo.names import admin_key

NEAREST_TOWNS = 8
MAX_TOWN_KM = 80.0


@dataclass(frozen=True, slots=True)
class CoordinateCheck:
    ok: bool
    problems: list[str] = field(default_factory=list)
    nearest_town: str | None = None


def _country_code_at(lat: float, lon: float) -> str | None:
    try:
        import reverse_geocode
    except ImportError:
        return None
    found = reverse_geocode.get((lat, lon))
    return str(found.get("country_code")) if found else None


def check_coordinates(
    gazetteer: Gazetteer,
    latitude: float,
    longitude: float,
    *,
    country_code: str | None = None,
    admin1: str | None = None,
    admin2: str | None = None,
) -> CoordinateCheck:
    """Whether (latitude, longitude) lies in the given country / admin1 / admin2, as far as towns tell."""
    problems: list[str] = []
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
        return CoordinateCheck(False, [f"coordinates out of range: {latitude}, {longitude}"])
    towns = [
        (km, town)
        for km, town in gazetteer.nearest_towns(latitude, longitude, NEAREST_TOWNS)
        if km <= MAX_TOWN_KM
    ]
    nearest = towns[0][1].name if towns else None
    if country_code:
        code = country_code.upper()
        seen = {town.country_code for _, town in towns}
        package_code = _country_code_at(latitude, longitude)
        if code not in seen and package_code != code:
            problems.append(
                f"point is not in {code} (nearest towns: {sorted(seen) or 'none'}, "
                f"reverse_geocode: {package_code})"
            )
    for level, name in (("admin1", admin1), ("admin2", admin2)):
        if not name:
            continue
        key = admin_key(name)
        if not any(admin_key(getattr(town, level)) == key for _, town in towns):
            problems.append(f"point is not in {level} {name!r} (no town of it within {MAX_TOWN_KM:.0f} km)")
    return CoordinateCheck(not problems, problems, nearest)
