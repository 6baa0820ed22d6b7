"""Filters and keyset cursors over the events table, shared by query_events, iter_events and exports."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select

from flashpoint.errors import InputError
from flashpoint.store.base import EventFilter
from flashpoint.store.models import EventRow

ACTIVE = "active"
NO_DATE = dt.date(1, 1, 1)  # events without a date sort last (ordering is by date, newest first)


def sort_date() -> ColumnElement[dt.date]:
    return func.coalesce(EventRow.event_date, literal(NO_DATE))


def _contains(column: ColumnElement[str | None], needle: str) -> ColumnElement[bool]:
    """Case-insensitive substring (SQLite's lower() is replaced by a Unicode-aware one on connect)."""
    escaped = needle.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def _equals(column: ColumnElement[str | None], value: str) -> ColumnElement[bool]:
    return func.lower(column) == value.lower()


def conditions(filters: EventFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if not filters.include_merged:
        where.append(EventRow.status == ACTIVE)
    if filters.country:
        where.append(_equals(EventRow.country, filters.country))
    if filters.admin1:
        where.append(_equals(EventRow.admin1, filters.admin1))
    if filters.since:
        where.append(EventRow.event_date >= filters.since)
    if filters.until:
        where.append(EventRow.event_date <= filters.until)
    if filters.type:
        where.append(
            or_(_equals(EventRow.event_type, filters.type), _equals(EventRow.sub_event_type, filters.type))
        )
    if filters.actor:
        actors = (EventRow.actor1, EventRow.actor2, EventRow.assoc_actor_1, EventRow.assoc_actor_2)
        where.append(or_(*(_contains(c, filters.actor) for c in actors)))
    if filters.bbox:
        west, south, east, north = filters.bbox
        where.append(EventRow.latitude.between(south, north))
        if west <= east:
            where.append(EventRow.longitude.between(west, east))
        else:  # the box crosses the antimeridian
            where.append(or_(EventRow.longitude >= west, EventRow.longitude <= east))
    if filters.q:
        searchable = (
            EventRow.notes,
            EventRow.actor1,
            EventRow.actor2,
            EventRow.assoc_actor_1,
            EventRow.assoc_actor_2,
            EventRow.location,
            EventRow.admin1,
            EventRow.admin2,
            EventRow.admin3,
            EventRow.country,
            EventRow.sub_event_type,
        )
        for word in filters.q.split():
            where.append(or_(*(_contains(c, word) for c in searchable)))
    if filters.min_confidence is not None:
        where.append(EventRow.confidence >= filters.min_confidence)
    return where


def ordered(filters: EventFilter) -> Select[tuple[EventRow]]:
    return select(EventRow).where(*conditions(filters)).order_by(sort_date().desc(), EventRow.event_id)


def encode_cursor(event_date: dt.date | None, event_id: str) -> str:
    payload = json.dumps({"d": (event_date or NO_DATE).isoformat(), "id": event_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.date, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw)
        return dt.date.fromisoformat(payload["d"]), str(payload["id"])
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise InputError(f"invalid cursor {cursor!r}") from exc


def after_cursor(cursor: str) -> ColumnElement[bool]:
    """Rows after the cursor in (date desc, event_id asc) order."""
    last_date, last_id = decode_cursor(cursor)
    return or_(sort_date() < last_date, and_(sort_date() == last_date, EventRow.event_id > last_id))
