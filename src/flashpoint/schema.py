"""Typed records that flow through the pipeline (DESIGN.md sections 1-2).

source -> Article -> clean -> CleanArticle -> annotate -> AnnotatedDoc -> detect -> EventMention
-> code -> Event -> geocode -> Event (with Location) -> resolve -> store.

Everything a stage hands to the next is one of these models; no untyped dicts cross a stage boundary.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr


class ArticleStatus(StrEnum):
    OK = "ok"
    FAILED = "failed"


class Article(BaseModel):
    """One news item as a source delivered it (text or HTML, plus whatever metadata came along)."""

    model_config = ConfigDict(frozen=False)

    id: str = ""
    url: str | None = None
    title: str | None = None
    text: str | None = None
    html: str | None = None
    published: dt.date | None = None
    source: str | None = None
    origin: str = ""  # where it was read from: a path, URL or "path:line" for JSONL

    def ensure_id(self) -> Article:
        """A given id is kept; otherwise the id is a hash of the content, so re-ingesting changes nothing."""
        if not self.id:
            body = (self.text or self.html or "").strip()
            self.id = hashlib.sha1(body.encode("utf-8")).hexdigest()[:16]
        return self


class CleanArticle(BaseModel):
    """Body text with boilerplate removed, plus what the dateline told us."""

    article_id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False  # True when the year (or the whole date) was inferred from the text
    publisher: str | None = None
    cited_sources: list[str] = Field(default_factory=list)
    dateline_place: str | None = None
    dateline_country: str | None = None  # "Pakistan" in "PESHAWAR, Pakistan (AP) —"
    body_start: int = 0  # offset in `text` where the body starts (after the dateline)


class Span(BaseModel):
    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


class Evidence(BaseModel):
    article_id: str
    start: int
    end: int
    text: str = ""
    field: str = "event"


class PlaceMention(BaseModel):
    """A place name found in a text and resolved to a gazetteer entry (or not)."""

    text: str
    start: int
    end: int
    name: str | None = None
    feature: str | None = None  # "city" | "admin2" | "admin1" | "country" | "region"
    country: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    population: int | None = None
    score: float = 0.0


class Location(BaseModel):
    """Where an event happened, coded to ACLED's admin hierarchy."""

    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    evidence: Span | None = None


class Actor(BaseModel):
    name: str
    inter: int
    mention: str | None = None
    span: Span | None = None


class Event(BaseModel):
    """An ACLED-compatible event record (DESIGN.md section 2)."""

    event_id: str = ""
    event_date: dt.date | None = None
    time_precision: int = 1
    disorder_type: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int = 0
    source: str | None = None
    source_scale: str | None = None
    notes: str = ""
    confidence: float = 0.0
    evidence: list[Evidence] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    status: str = "active"
    # The features behind `confidence` (not part of the record; kept for calibration).
    _confidence_features: dict[str, float] = PrivateAttr(default_factory=dict)

    def canonical_key(self) -> str:
        """The fields that identify an event; their hash is the stable event_id."""
        parts = [
            str(self.event_date),
            self.sub_event_type or "",
            self.actor1 or "",
            self.actor2 or "",
            self.country or "",
            self.admin1 or "",
            self.admin2 or "",
            self.location or "",
            ",".join(sorted(self.article_ids)),
        ]
        return "|".join(parts)

    def assign_id(self) -> Event:
        if not self.event_id:
            self.event_id = "fp" + hashlib.sha1(self.canonical_key().encode("utf-8")).hexdigest()[:14]
        return self

    def to_record(self) -> dict[str, Any]:
        """JSON-ready dict with the DESIGN.md field names."""
        return self.model_dump(mode="json")


class Rejected(BaseModel):
    """An input that could not become an article, with a one-line reason (never a traceback)."""

    origin: str
    stage: str
    code: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
