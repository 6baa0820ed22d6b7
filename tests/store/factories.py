"""Builders for articles and events used by the store and export tests (own fixtures, no gold data)."""

from __future__ import annotations

import datetime as dt

from flashpoint.schema import Article, CleanArticle, Event, Evidence


def make_article(text: str, *, id: str = "", source: str = "IANS", published: str = "2022-01-15") -> Article:
    return Article(id=id, text=text, source=source, published=dt.date.fromisoformat(published)).ensure_id()


def clean_of(article: Article) -> CleanArticle:
    return CleanArticle(
        article_id=article.id,
        text=article.text or "",
        publisher=article.source,
        published=article.published,
    )


def make_event(article: Article, **fields: object) -> Event:
    """A Battles event in North Waziristan reported by `article`; any field can be overridden."""
    text = article.text or ""
    values: dict[str, object] = {
        "event_date": dt.date(2022, 1, 14),
        "time_precision": 1,
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "TTP: Tehreek-i-Taliban Pakistan",
        "inter1": 2,
        "actor2": "Military Forces of Pakistan (2018-2022)",
        "inter2": 1,
        "interaction": 12,
        "country": "Pakistan",
        "admin1": "Khyber Pakhtunkhwa",
        "admin2": "North Waziristan",
        "location": "Mir Ali",
        "latitude": 32.9667,
        "longitude": 70.2833,
        "geo_precision": 1,
        "fatalities": 4,
        "source": article.source,
        "notes": "On 14 January 2022, TTP militants killed 4 soldiers in Mir Ali (North Waziristan).",
        "confidence": 0.7,
        "article_ids": [article.id],
        "evidence": [Evidence(article_id=article.id, start=0, end=min(len(text), 40), text=text[:40])],
    }
    values.update(fields)
    return Event(**values)
