"""Parse user-given filter values (CLI options, query strings) into an `EventFilter`.

Every parser raises `flashpoint.errors.InputError` with a one-line reason for a bad value, so the CLI maps it
to exit code 2 and the API to HTTP 400.
"""

from __future__ import annotations

import datetime as dt
import functools
from importlib import resources

import pycountry

from flashpoint.errors import InputError
from flashpoint.ontology import EVENT_TYPES, SUB_EVENT_TYPES
from flashpoint.store.base import EventFilter


def parse_date(value: str, name: str = "date") -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise InputError(f"{name} must be a date YYYY-MM-DD, got {value!r}") from exc


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """ "W,S,E,N" in degrees (EPSG:4326); W > E means the box crosses the antimeridian."""
    parts = value.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError as exc:
        raise InputError(f"bbox must be four numbers W,S,E,N, got {value!r}") from exc
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise InputError(f"bbox out of range (W,E in -180..180, -90 <= S <= N <= 90): {value!r}")
    return west, south, east, north


def parse_type(value: str) -> str:
    """An ACLED event type or sub-event type, any case; returned in ACLED's spelling."""
    names = {name.casefold(): name for name in (*EVENT_TYPES, *SUB_EVENT_TYPES)}
    try:
        return names[value.strip().casefold()]
    except KeyError as exc:
        raise InputError(f"unknown event type {value!r} (an ACLED event type or sub-event type)") from exc


@functools.cache
def _acled_country_names() -> dict[str, str]:
    """ISO alpha-3 -> ACLED's spelling where it differs from ISO ("SYR" -> "Syria"), from data/."""
    text = resources.files("flashpoint.data").joinpath("country_names.tsv").read_text(encoding="utf-8")
    names = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            alpha3, _, rest = line.partition("\t")
            names[alpha3.strip()] = rest.split("\t", 1)[0].strip()
    return names


def parse_country(value: str) -> str:
    """A country name or ISO code ("PK", "PAK", "Pakistan") as the stored (ACLED) country name."""
    value = value.strip()
    if not value:
        raise InputError("country must not be empty")
    if len(value) in (2, 3) and value.isalpha():
        try:
            country = pycountry.countries.lookup(value)
        except LookupError as exc:
            raise InputError(f"unknown country code {value!r}") from exc
        acled = _acled_country_names().get(country.alpha_3)
        return acled or str(getattr(country, "common_name", None) or country.name)
    return value


def build_filter(
    *,
    country: str | None = None,
    admin1: str | None = None,
    since: str | None = None,
    until: str | None = None,
    type: str | None = None,
    actor: str | None = None,
    bbox: str | None = None,
    q: str | None = None,
    min_confidence: float | None = None,
) -> EventFilter:
    filters = EventFilter(
        country=parse_country(country) if country else None,
        admin1=admin1 or None,
        since=parse_date(since, "since") if since else None,
        until=parse_date(until, "until") if until else None,
        type=parse_type(type) if type else None,
        actor=actor or None,
        bbox=parse_bbox(bbox) if bbox else None,
        q=q or None,
        min_confidence=min_confidence,
    )
    if filters.since and filters.until and filters.since > filters.until:
        raise InputError(f"since ({filters.since}) is after until ({filters.until})")
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise InputError(f"min-confidence must be between 0 and 1, got {min_confidence}")
    return filters
