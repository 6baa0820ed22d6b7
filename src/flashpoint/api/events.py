"""Read endpoints: events, one event, stats and changes."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from flashpoint.api.filters import BadFilter, event_filter
from flashpoint.api.models import ChangesOut, ErrorBody
from flashpoint.api.state import get_store
from flashpoint.store.base import EventDetail, EventFilter, EventPage, Store

router = APIRouter(prefix="/api", tags=["events"])

StoreDep = Annotated[Store, Depends(get_store)]
FilterDep = Annotated[EventFilter, Depends(event_filter)]
ERRORS: dict[int | str, dict[str, Any]] = {422: {"model": ErrorBody}}


@router.get("/events", response_model=EventPage, responses=ERRORS)
def list_events(
    store: StoreDep,
    filters: FilterDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: Annotated[
        str | None, Query(max_length=500, description="next_cursor of the previous page")
    ] = None,
) -> EventPage:
    """Active events matching the filters, newest first; follow `next_cursor` for the next page."""
    return store.query_events(filters, limit=limit, cursor=cursor or None)


@router.get("/events/{event_id}", response_model=EventDetail, responses={404: {"model": ErrorBody}})
def get_event(event_id: str, store: StoreDep) -> EventDetail:
    """One event with every source article (text included), its evidence spans and its merge history.

    A merged-away id returns the event it was merged into.
    """
    return store.get_event(event_id)


@router.get("/stats")
def stats(store: StoreDep) -> dict[str, Any]:
    """Counts by type, sub-type and country, the date range, fatalities, article outcomes, merges."""
    return dict(store.stats())


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


@router.get("/changes", response_model=ChangesOut, responses=ERRORS)
def changes(
    store: StoreDep,
    since: Annotated[dt.datetime, Query(description="ISO 8601 time; naive means UTC")],
) -> ChangesOut:
    """Events created, updated, merged or retracted after `since`, oldest first.

    A mirror keeps `until` (the time of the last change returned) and passes it as the next `since`.
    """
    since = _aware(since)
    if since > dt.datetime.now(dt.UTC) + dt.timedelta(days=1):
        raise BadFilter("since is in the future")
    found = store.changes(since)
    until = _aware(found[-1].at) if found else since
    return ChangesOut(since=since, until=until, changes=found)
