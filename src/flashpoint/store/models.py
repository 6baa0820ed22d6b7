"""The relational schema of the event store (SQLAlchemy 2 ORM, typed `Mapped[...]`).

The tables mirror DESIGN.md section 2. Timestamps are stored as naive UTC (portable between SQLite and
PostgreSQL); `flashpoint.store.convert` attaches the UTC zone on the way out. Changing a table means
writing an Alembic migration in `migrations/versions/` as well.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID_LEN = 64
ARTICLE_ID_LEN = 255  # user-given ids (JSONL "id") can be long, e.g. URLs
SHORT = 200


class Base(DeclarativeBase):
    pass


def table_of(model: type[Base]) -> Table:
    """The Core table behind a model (for plain INSERTs that skip the ORM's per-row bookkeeping)."""
    return Base.metadata.tables[model.__tablename__]


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(ARTICLE_ID_LEN), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String(SHORT))
    published: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(ID_LEN))
    status: Mapped[str] = mapped_column(String(16), index=True)  # ok | failed
    reason: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(Text, default="")
    run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class EventRow(Base):
    __tablename__ = "events"

    event_id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    event_date: Mapped[dt.date | None] = mapped_column(Date)
    time_precision: Mapped[int] = mapped_column(Integer, default=1)
    disorder_type: Mapped[str | None] = mapped_column(String(SHORT))
    event_type: Mapped[str | None] = mapped_column(String(SHORT))
    sub_event_type: Mapped[str | None] = mapped_column(String(SHORT))
    actor1: Mapped[str | None] = mapped_column(String(SHORT * 2))
    assoc_actor_1: Mapped[str | None] = mapped_column(Text)
    inter1: Mapped[int | None] = mapped_column(Integer)
    actor2: Mapped[str | None] = mapped_column(String(SHORT * 2))
    assoc_actor_2: Mapped[str | None] = mapped_column(Text)
    inter2: Mapped[int | None] = mapped_column(Integer)
    interaction: Mapped[int | None] = mapped_column(Integer)
    civilian_targeting: Mapped[str | None] = mapped_column(String(SHORT))
    country: Mapped[str | None] = mapped_column(String(SHORT))
    admin1: Mapped[str | None] = mapped_column(String(SHORT))
    admin2: Mapped[str | None] = mapped_column(String(SHORT))
    admin3: Mapped[str | None] = mapped_column(String(SHORT))
    location: Mapped[str | None] = mapped_column(String(SHORT))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str | None] = mapped_column(Text)
    source_scale: Mapped[str | None] = mapped_column(String(SHORT))
    notes: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    status: Mapped[str] = mapped_column(String(ID_LEN + 20), default="active")

    __table_args__ = (
        Index("ix_events_status_date", "status", "event_date", "event_id"),
        Index("ix_events_country_date", "country", "event_date"),
    )


class EventArticleRow(Base):
    """One article reporting one event; with a span when the row carries evidence for a field."""

    __tablename__ = "event_articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id", ondelete="CASCADE"), index=True)
    article_id: Mapped[str] = mapped_column(
        String(ARTICLE_ID_LEN), ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    field: Mapped[str] = mapped_column(String(SHORT), default="event")


class EventHistoryRow(Base):
    """What happened to an event: created, updated, merged (into another) or retracted."""

    __tablename__ = "event_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id", ondelete="CASCADE"), index=True)
    change: Mapped[str] = mapped_column(String(32))
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    detail: Mapped[str] = mapped_column(Text, default="")


class IngestRunRow(Base):
    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started: Mapped[dt.datetime] = mapped_column(DateTime)
    finished: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sources: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    stored: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    events: Mapped[int] = mapped_column(Integer, default=0)
