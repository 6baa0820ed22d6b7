"""The store contract: the only part of flashpoint that touches the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Protocol

from pydantic import BaseModel, Field

from flashpoint.schema import Article, CleanArticle, Event


class EventFilter(BaseModel):
    """Filters shared by `flashpoint events`, `flashpoint export` and `GET /api/events`."""

    country: str | None = None
    admin1: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    type: str | None = Field(default=None, description="event type or sub-event type")
    actor: str | None = Field(default=None, description="substring of any actor name")
    bbox: tuple[float, float, float, float] | None = Field(default=None, description="W,S,E,N")
    q: str | None = Field(default=None, description="free-text search in notes, actors and places")
    min_confidence: float | None = None
    include_merged: bool = False


class SaveResult(BaseModel):
    article_id: str
    created: list[str] = Field(default_factory=list)  # event ids created
    merged: list[str] = Field(default_factory=list)  # existing event ids that gained this article
    unchanged: bool = False  # the article was already stored with the same content


class EventPage(BaseModel):
    events: list[Event]
    next_cursor: str | None = None


class ArticleRecord(BaseModel):
    id: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    text: str = ""
    status: str = "ok"
    reason: str | None = None


class EventDetail(BaseModel):
    event: Event
    articles: list[ArticleRecord]
    history: list[dict[str, str]] = Field(default_factory=list)


class Change(BaseModel):
    event_id: str
    change: str  # created | updated | merged | retracted
    at: dt.datetime


class Store(Protocol):
    """What the pipeline, CLI and API need from a store (SQLite by default, PostgreSQL for a team)."""

    def open(self) -> None: ...

    def close(self) -> None: ...

    def start_run(self, sources: list[str]) -> int: ...

    def finish_run(self, run_id: int, *, stored: int, failed: int, events: int) -> None: ...

    def save_article(self, article: Article, clean: CleanArticle, events: list[Event]) -> SaveResult: ...

    def record_failure(self, article: Article, reason: str, run_id: int | None = None) -> None: ...

    def query_events(
        self, filters: EventFilter, *, limit: int = 100, cursor: str | None = None
    ) -> EventPage: ...

    def iter_events(self, filters: EventFilter) -> Iterator[Event]: ...

    def get_event(self, event_id: str) -> EventDetail: ...

    def changes(self, since: dt.datetime) -> list[Change]: ...

    def stats(self) -> dict[str, object]: ...
