"""ACLED's export columns (2023 layout) and the mapping of an `Event` onto them.

Column names and order follow ACLED's data export since the March 2023 column changes (disorder_type,
civilian_targeting and tags added; event_id_no_cnty, data_id and iso3 removed).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Final

import pycountry

from flashpoint.schema import Event

ACLED_COLUMNS: Final[tuple[str, ...]] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
REGIONS_FILE = "acled_regions.json"


class CountryCodes:
    """Country name -> ISO numeric code and ACLED region; the region table is read on first use."""

    def __init__(self) -> None:
        self._regions: dict[str, str] | None = None
        self._cache: dict[str, tuple[int | None, str | None]] = {}

    def _region_table(self) -> dict[str, str]:
        if self._regions is None:
            raw = resources.files("flashpoint.data").joinpath(REGIONS_FILE).read_text(encoding="utf-8")
            table = json.loads(raw)["regions"]
            self._regions = {code: region for region, codes in table.items() for code in codes}
        return self._regions

    def lookup(self, country: str | None) -> tuple[int | None, str | None]:
        """(iso numeric, ACLED region) for a country name or code; (None, None) when unknown."""
        if not country:
            return None, None
        if country not in self._cache:
            try:
                record = pycountry.countries.lookup(country)
            except LookupError:
                self._cache[country] = (None, None)
            else:
                self._cache[country] = (int(record.numeric), self._region_table().get(record.alpha_3))
        return self._cache[country]


def _coordinate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def acled_row(event: Event, countries: CountryCodes) -> dict[str, object]:
    """One ACLED export row; missing values are None (an empty CSV cell)."""
    iso, region = countries.lookup(event.country)
    stamp = event.updated_at or event.created_at
    return {
        "event_id_cnty": event.event_id,
        "event_date": event.event_date.isoformat() if event.event_date else None,
        "year": event.event_date.year if event.event_date else None,
        "time_precision": event.time_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": event.assoc_actor_1,
        "inter1": event.inter1,
        "actor2": event.actor2,
        "assoc_actor_2": event.assoc_actor_2,
        "inter2": event.inter2 if event.actor2 else 0,  # ACLED codes 0 for no actor2
        "interaction": event.interaction,
        "civilian_targeting": event.civilian_targeting,
        "iso": iso,
        "region": region,
        "country": event.country,
        "admin1": event.admin1,
        "admin2": event.admin2,
        "admin3": event.admin3,
        "location": event.location,
        "latitude": _coordinate(event.latitude),
        "longitude": _coordinate(event.longitude),
        "geo_precision": event.geo_precision,
        "source": event.source,
        "source_scale": event.source_scale,
        "notes": event.notes,
        "fatalities": event.fatalities,
        "tags": None,
        "timestamp": int(stamp.timestamp()) if stamp else None,
    }
