"""The gazetteer index: flat columns of places plus a name -> places map, cheap to pickle.

Built from registry packages (see `build.py`); `Gazetteer` wraps it with the lookup API.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flashpoint.geo.names import loose_key

FEATURES = ("city", "admin2", "admin1", "country", "region")


@dataclass(slots=True)
class IndexData:
    """Column store of places. Row i is one place; `names` maps a normalised name to row codes.

    A row code is ``row << 1 | primary`` where primary is 1 when the key is the place's own name
    (not an alternate spelling).
    """

    geonameids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    country_codes: list[str] = field(default_factory=list)
    admin1s: list[str | None] = field(default_factory=list)
    admin2s: list[str | None] = field(default_factory=list)
    lats: list[float | None] = field(default_factory=list)
    lons: list[float | None] = field(default_factory=list)
    populations: list[int] = field(default_factory=list)
    name_map: dict[str, int | list[int]] = field(default_factory=dict)  # one code, or a list of them
    loose_map: dict[str, int | list[int]] = field(default_factory=dict)  # `loose_key` -> codes (not primary)
    country_names: dict[str, str] = field(default_factory=dict)  # "PK" -> "Pakistan"
    country_rows: dict[str, int] = field(default_factory=dict)  # "PK" -> row of the country
    demonyms: dict[str, str] = field(default_factory=dict)  # normalised demonym -> country code
    borders: dict[str, frozenset[str]] = field(default_factory=dict)  # "IL" -> {"PS", "LB", ...}, symmetric
    capitals: set[int] = field(default_factory=set)  # rows of national capitals
    # keys of short country spellings written only in capitals ("CAR", "DRC", "UAE"): "Car bomb" is no place
    acronyms: set[str] = field(default_factory=set)
    sources: dict[str, str] = field(default_factory=dict)  # package -> version, patch -> hash

    def add(
        self,
        *,
        geonameid: int,
        name: str,
        feature: str,
        country_code: str,
        admin1: str | None,
        admin2: str | None,
        lat: float | None,
        lon: float | None,
        population: int,
    ) -> int:
        row = len(self.geonameids)
        self.geonameids.append(geonameid)
        self.names.append(name)
        self.features.append(feature)
        self.country_codes.append(country_code)
        self.admin1s.append(admin1)
        self.admin2s.append(admin2)
        self.lats.append(lat)
        self.lons.append(lon)
        self.populations.append(population)
        return row

    def add_name(self, key: str, row: int, *, primary: bool) -> None:
        if not key:
            return
        code = row << 1 | int(primary)
        found = self.name_map.get(key)
        if found is None:
            self.name_map[key] = code  # most names have one place: a bare int keeps the pickle small
            return
        codes = [found] if isinstance(found, int) else found
        if code in codes:
            return
        other = code ^ 1
        if other in codes:  # keep the primary flag if either way of reaching the row is primary
            if primary:
                codes[codes.index(other)] = code
        else:
            codes.append(code)
        self.name_map[key] = codes[0] if len(codes) == 1 else codes

    def codes(self, key: str) -> list[int]:
        found = self.name_map.get(key)
        if found is None:
            return []
        return [found] if isinstance(found, int) else found

    def loose_codes(self, loose: str) -> list[int]:
        found = self.loose_map.get(loose)
        if found is None:
            return []
        return [found] if isinstance(found, int) else found

    def add_loose_names(self, min_city_population: int) -> None:
        """Fill `loose_map` from the exact names of admin units, countries and towns of at least
        `min_city_population`: small villages would make the loose lookup guess too often."""
        loose: dict[str, set[int]] = {}
        for key, found in self.name_map.items():
            rows = [found >> 1] if isinstance(found, int) else [code >> 1 for code in found]
            wanted = [
                row
                for row in rows
                if self.features[row] != "city" or self.populations[row] >= min_city_population
            ]
            if not wanted:
                continue
            simple = loose_key(key)
            if len(simple) >= 4:
                loose.setdefault(simple, set()).update(wanted)
        for simple, rows in loose.items():
            codes = sorted(row << 1 for row in rows)
            self.loose_map[simple] = codes[0] if len(codes) == 1 else codes

    def __len__(self) -> int:
        return len(self.geonameids)
