"""Request and response bodies of the HTTP API (documented in /openapi.json)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, model_validator

from flashpoint.schema import Event
from flashpoint.store.base import Change


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


class ArticleIn(BaseModel):
    """An article to code: exactly one of ``text``, ``html`` or ``url``."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, max_length=200, description="kept as the article id when given")
    text: str | None = None
    html: str | None = None
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=1000)
    published: dt.date | None = None
    source: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        given = [name for name in ("text", "html", "url") if (getattr(self, name) or "").strip()]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        if self.url and not self.url.lower().startswith(("http://", "https://")):
            raise ValueError("url must start with http:// or https://")
        return self


class ArticleResult(BaseModel):
    article_id: str
    created: list[str] = Field(default_factory=list)
    merged: list[str] = Field(default_factory=list)
    unchanged: bool = False
    events: list[Event] = Field(default_factory=list, description="the events created or merged")


class ChangesOut(BaseModel):
    since: dt.datetime
    until: dt.datetime
    changes: list[Change]


class Health(BaseModel):
    status: str
    version: str


class DashboardConfig(BaseModel):
    version: str
    online_tiles: bool
    tile_url: str | None = None
    max_article_bytes: int
    max_events: int  # the dashboard loads at most this many events (newest first) and says so
