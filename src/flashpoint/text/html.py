"""HTML to body text (trafilatura) plus a publication date taken only from real page metadata.

trafilatura/htmldate will guess a date from a footer such as "Copyright 2022"; we never use that guess and
read the date ourselves from meta tags, JSON-LD ``datePublished`` and ``<time datetime>`` instead.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from flashpoint.text.dates import full_dates

log = logging.getLogger(__name__)

# meta tags (property/name/itemprop, compared lower-case) that carry the publication date
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "published-date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
)
_ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")


@dataclass(frozen=True)
class HtmlExtract:
    text: str
    title: str | None
    published: dt.date | None


def _iso_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    match = _ISO_DAY.search(value)
    if not match:
        # not ISO, e.g. <time datetime="Wed Nov 20 2019 08:00:58 GMT+0000">
        found = full_dates(value)
        return found[0] if found else None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _json_ld_dates(node: Any) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        value = node.get("datePublished")
        if isinstance(value, str):
            found.append(value)
        for child in node.values():
            found.extend(_json_ld_dates(child))
    elif isinstance(node, list):
        for child in node:
            found.extend(_json_ld_dates(child))
    return found


def metadata_date(tree: etree._Element) -> dt.date | None:
    """The publication date from meta tags, JSON-LD or the first <time datetime>; None when there is none."""
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _DATE_META:
            date = _iso_day(meta.get("content"))
            if date:
                return date
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for value in _json_ld_dates(data):
            date = _iso_day(value)
            if date:
                return date
    for node in tree.iter():
        if node.get("itemprop") == "datePublished":
            date = _iso_day(node.get("datetime") or node.get("content"))
            if date:
                return date
    for node in tree.iter("time"):
        date = _iso_day(node.get("datetime"))
        if date:
            return date
    return None


def _fallback_text(tree: etree._Element) -> str:
    """Paragraph text when trafilatura finds no main content (very short or unusual pages)."""
    blocks = []
    for node in tree.iter("p", "h1", "h2", "h3", "li", "blockquote", "pre"):
        text = " ".join(node.text_content().split())
        if text:
            blocks.append(text)
    return "\n".join(blocks)


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Main text (one block a line), title and metadata date of an HTML page."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return HtmlExtract(text="", title=None, published=None)
    for bad in tree.xpath("//script[not(@type='application/ld+json')]|//style|//noscript"):
        bad.getparent().remove(bad)
    published = metadata_date(tree)
    document = trafilatura.bare_extraction(
        lxml.html.tostring(tree, encoding="unicode"),
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
        deduplicate=False,
    )
    text = getattr(document, "text", None) or ""
    title = getattr(document, "title", None)
    if not text.strip():
        log.debug("trafilatura found no main text%s; using paragraph text", f" in {url}" if url else "")
        text = _fallback_text(tree)
    if not title:
        found = tree.findtext(".//title")
        title = " ".join(found.split()) if found else None
    return HtmlExtract(text=text, title=title or None, published=published)
