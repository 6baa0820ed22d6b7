"""RSS/Atom feeds: one Article per item, from the item's page or, failing that, the feed's own content."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import feedparser

from flashpoint.errors import FlashpointError, InputError
from flashpoint.schema import Article
from flashpoint.sources.decode import decode_bytes, html_declared_charset
from flashpoint.sources.failure import Failure
from flashpoint.sources.fetch import Fetcher
from flashpoint.sources.kinds import BINARY_MEDIA, Kind, kind_for_response

log = logging.getLogger(__name__)


class BrokenFeed(InputError):
    code = "broken_feed"


@dataclass(frozen=True)
class FeedItem:
    origin: str
    link: str | None
    title: str | None
    published: dt.date | None
    content: str | None  # the item's own HTML/text (content:encoded, content or summary)
    feed_title: str | None
    feed_problem: str | None = None  # why the feed document is not well-formed, when it is not


def _struct_date(value: time.struct_time | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    except ValueError:
        return None


def _item_content(entry: Any) -> str | None:
    for part in entry.get("content") or []:
        value = part.get("value")
        if value and value.strip():
            return str(value)
    summary = entry.get("summary")
    return str(summary) if summary and summary.strip() else None


def parse_feed(data: bytes, origin: str) -> list[FeedItem]:
    """The items of a feed document, or BrokenFeed when it is not a readable RSS/Atom feed."""
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            detail = " ".join(str(problem).split()) if problem else "unreadable"
            raise BrokenFeed(f"not a readable RSS/Atom feed ({detail})")
        if not parsed.get("version"):
            raise BrokenFeed("not an RSS/Atom feed (no <rss>, <feed> or <rdf:RDF> document)")
        raise BrokenFeed("the feed has no items")
    problem = None
    if parsed.get("bozo"):
        problem = " ".join(str(parsed.get("bozo_exception") or "unreadable").split())
        log.info("%s: feed is not well-formed (%s); reading the items found", origin, problem)
    feed_title = parsed.get("feed", {}).get("title") or None
    items = []
    for number, entry in enumerate(entries, start=1):
        link = entry.get("link") or None
        items.append(
            FeedItem(
                origin=link or f"{origin}#item{number}",
                link=link,
                title=entry.get("title") or None,
                published=_struct_date(entry.get("published_parsed") or entry.get("updated_parsed")),
                content=_item_content(entry),
                feed_title=feed_title,
                feed_problem=problem,
            )
        )
    return items


def _page_article(item: FeedItem, fetcher: Fetcher) -> Article:
    if not item.link or not item.link.startswith(("http://", "https://")):
        raise InputError(
            "the item has no http(s) link" if not item.link else f"item link {item.link!r} is not http(s)"
        )
    page = fetcher.get(item.link)
    if BINARY_MEDIA.search(page.content_type):
        raise InputError(f"item page is {page.content_type}, not an article")
    kind = kind_for_response(page.content_type, page.body[:4096])
    declared = page.charset or (html_declared_charset(page.body) if kind is Kind.HTML else None)
    body = decode_bytes(page.body, what="the item page", declared=declared)
    html, text = (body, None) if kind in (Kind.HTML, Kind.FEED) else (None, body)
    return Article(url=page.url, html=html, text=text, origin=item.origin)


def item_article(item: FeedItem, fetcher: Fetcher) -> Article:
    """The item's page as an Article; the feed's own content when the page cannot be fetched."""
    if not item.link and not item.content:
        broken = f" (the feed is not well-formed: {item.feed_problem})" if item.feed_problem else ""
        raise InputError(f"the feed item has neither a link nor any content{broken}")
    try:
        article = _page_article(item, fetcher)
    except FlashpointError as exc:
        if not item.content:
            raise InputError(f"page fetch failed ({exc}) and the feed item has no content") from exc
        log.warning(
            "%s: page fetch failed (%s); using the feed item's summary/content instead", item.origin, exc
        )
        is_html = "<" in item.content and ">" in item.content
        article = Article(
            url=item.link,
            html=item.content if is_html else None,
            text=None if is_html else item.content,
            origin=item.origin,
        )
    article.title = item.title
    article.published = item.published
    article.source = item.feed_title
    return article.ensure_id()


def iter_feed(data: bytes, origin: str, fetcher: Fetcher) -> Iterator[Article | Failure]:
    """Articles of a feed; a failed item comes out as a Failure and the next item goes on."""
    for item in parse_feed(data, origin):
        try:
            yield item_article(item, fetcher)
        except FlashpointError as exc:
            yield Failure(item.origin, exc)
