"""Query parameters shared by /api/events and /api/export, parsed into the store's EventFilter."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Query

from flashpoint.errors import InputError
from flashpoint.export.filters import parse_country, parse_type
from flashpoint.store.base import EventFilter


class BadFilter(InputError):
    code = "validation"
    http_status = 422


def parse_bbox(raw: str) -> tuple[float, float, float, float]:
    parts = raw.split(",")
    if len(parts) != 4:
        raise BadFilter("bbox must be W,S,E,N (four numbers)")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise BadFilter("bbox must be W,S,E,N (four numbers)") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise BadFilter("bbox out of range: W,E in [-180,180], S<=N in [-90,90]")
    return west, south, east, north


def event_filter(
    country: Annotated[str | None, Query(max_length=200)] = None,
    admin1: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[dt.date | None, Query(description="first event date (YYYY-MM-DD)")] = None,
    until: Annotated[dt.date | None, Query(description="last event date (YYYY-MM-DD)")] = None,
    type: Annotated[str | None, Query(max_length=200, description="event type or sub-event type")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="substring of any actor")] = None,
    bbox: Annotated[str | None, Query(description="W,S,E,N", examples=["60.8,23.6,77.8,37.1"])] = None,
    q: Annotated[str | None, Query(max_length=500, description="free text in notes, actors, places")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
) -> EventFilter:
    if since and until and since > until:
        raise BadFilter("since is after until")
    try:  # the CLI's parsers: ISO country codes ("PK", "PAK") and ACLED type names in any case
        country = parse_country(country) if country and country.strip() else None
        type = parse_type(type) if type and type.strip() else None
    except InputError as exc:
        raise BadFilter(str(exc)) from exc
    return EventFilter(
        country=country,
        admin1=admin1 or None,
        since=since,
        until=until,
        type=type,
        actor=actor or None,
        bbox=parse_bbox(bbox) if bbox else None,
        q=q or None,
        min_confidence=min_confidence,
    )
