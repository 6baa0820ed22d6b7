"""Between stored rows (ORM objects or Core rows) and the pipeline's pydantic records."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row

from flashpoint.schema import Article, CleanArticle, Event, Evidence
from flashpoint.store.base import ArticleRecord
from flashpoint.store.models import ArticleRow, EventArticleRow, EventRow

# Event fields stored as columns of `events` (evidence and article_ids live in `event_articles`).
EVENT_COLUMNS: tuple[str, ...] = tuple(
    name for name in Event.model_fields if name not in ("evidence", "article_ids")
)
ARTICLE_LINK_FIELD = "article"  # an event_articles row that only says "this article reported it"


def utcnow() -> dt.datetime:
    """Naive UTC, the form timestamps are stored in."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def to_naive_utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def as_utc(value: dt.datetime | None) -> dt.datetime | None:
    return value.replace(tzinfo=dt.UTC) if value is not None and value.tzinfo is None else value


def content_hash(article: Article) -> str:
    """What "same content" means for idempotent re-ingest: body, title, URL and publication date."""
    parts = [
        article.text or article.html or "",
        article.title or "",
        article.url or "",
        str(article.published),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def event_values(event: Event) -> dict[str, object]:
    values = {name: getattr(event, name) for name in EVENT_COLUMNS}
    for stamp in ("created_at", "updated_at"):
        if values[stamp] is not None:
            values[stamp] = to_naive_utc(values[stamp])  # type: ignore[arg-type]
    return values


def event_from_row(row: EventRow | Row[Any], links: Sequence[EventArticleRow | Row[Any]]) -> Event:
    """The event of an `events` row (ORM object or Core row) and its `event_articles` rows."""
    values = {name: getattr(row, name) for name in EVENT_COLUMNS}
    values["created_at"] = as_utc(row.created_at)
    values["updated_at"] = as_utc(row.updated_at)
    article_ids = list(dict.fromkeys(link.article_id for link in links))
    evidence = [
        Evidence(
            article_id=link.article_id,
            start=link.start,
            end=link.end,
            text=link.text or "",
            field=link.field,
        )
        for link in links
        if link.start is not None and link.end is not None
    ]
    return Event(**values, article_ids=article_ids, evidence=evidence)


def article_fields(article: Article, clean: CleanArticle | None) -> dict[str, object]:
    text = clean.text if clean is not None else (article.text or "")
    return {
        "url": (clean.url if clean else None) or article.url,
        "title": (clean.title if clean else None) or article.title,
        "publisher": (clean.publisher if clean else None) or article.source,
        "published": (clean.published if clean else None) or article.published,
        "text": text,
        "origin": article.origin,
        "content_hash": content_hash(article),
    }


def article_record(row: ArticleRow) -> ArticleRecord:
    return ArticleRecord(
        id=row.id,
        url=row.url,
        title=row.title,
        publisher=row.publisher,
        published=row.published,
        text=row.text,
        status=row.status,
        reason=row.reason,
    )
