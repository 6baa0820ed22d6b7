"""The clean stage: Article -> CleanArticle (body text, title, dateline, publisher, publication date).

Pure: no I/O beyond reading the bundled data files once (see `TextResources`).
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from flashpoint.errors import EmptyInput
from flashpoint.schema import Article, CleanArticle
from flashpoint.text.boilerplate import BoilerplateFilter
from flashpoint.text.citations import CitationFinder
from flashpoint.text.dateline import Dateline, parse_dateline
from flashpoint.text.dates import full_dates, infer_year, safe_date
from flashpoint.text.glue import GlueSplitter
from flashpoint.text.html import extract_html
from flashpoint.text.publishers import Publishers

MAX_HEADLINE_CHARS = 200
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# character references left in text taken from feeds and scrapes ("Dar&#8217;a", "AT&amp;T"); only complete
# ones with their semicolon, so "R&D" and "Q&A" stay as written
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class TextResources:
    """The data files the clean stage needs, loaded once and passed in."""

    publishers: Publishers
    boilerplate: BoilerplateFilter
    citations: CitationFinder
    glue: GlueSplitter

    @classmethod
    def from_data(
        cls, publishers: Publishers, boilerplate: BoilerplateFilter, glue: GlueSplitter | None = None
    ) -> TextResources:
        return cls(
            publishers=publishers,
            boilerplate=boilerplate,
            citations=CitationFinder(publishers),
            glue=glue or GlueSplitter.bundled(),
        )

    @classmethod
    def bundled(cls) -> TextResources:
        """The bundled data files, read once per process (they never change at run time)."""
        return _bundled_resources()


@lru_cache(maxsize=1)
def _bundled_resources() -> TextResources:
    return TextResources.from_data(Publishers.bundled(), BoilerplateFilter.bundled())


def unescape_entities(text: str) -> str:
    """'Dar&#8217;a' -> 'Dar’a': HTML character references in plain text."""
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text) if "&" in text else text


def normalise_paragraphs(text: str, boilerplate: BoilerplateFilter, *, lines_are_paragraphs: bool) -> str:
    """Unify line ends and spaces, drop boilerplate lines, separate paragraphs by exactly one blank line."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    lines = boilerplate.filter_lines(lines)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append("\n".join(current))
                current = []
            continue
        if lines_are_paragraphs:
            paragraphs.append(line)
        else:
            current.append(line)
    if current:
        paragraphs.append("\n".join(current))
    # a paragraph made only of boilerplate lines joined together (e.g. "Share this ... Subscribe")
    return "\n\n".join(p for p in paragraphs if not boilerplate.is_boilerplate(p))


def _looks_like_headline(paragraph: str) -> bool:
    return (
        "\n" not in paragraph
        and len(paragraph) <= MAX_HEADLINE_CHARS
        and not paragraph.rstrip().endswith((".", "?", "!", ":", ";", ",", '"', "”"))
    )


_BYLINE = re.compile(r"^(?:By|BY|From)\s+\S|\b(?:Reporter|Correspondent|Staff Writer|Bureau|News Desk)\b")
# a byline in a site's own lower case ("by Martin Fornusek"), read only in the block under a headline
_LOWER_BYLINE = re.compile(r"^by\s+[A-Z]")
MAX_BYLINE_CHARS = 100
_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|:\s+")


def _same_heading(paragraph: str, title: str) -> bool:
    """The paragraph repeats the title, or the part of it before/after a " | Site Name" style separator."""
    heading = " ".join(paragraph.split()).casefold()
    if heading == " ".join(title.split()).casefold():
        return True
    parts = [" ".join(part.split()).casefold() for part in _TITLE_SEPARATORS.split(title)]
    return any(heading == part and len(part.split()) >= 3 for part in parts)


def find_dateline(text: str, publishers: Publishers) -> tuple[Dateline | None, int]:
    """The dateline at the start of the text, or right after a short byline; with the offset it starts at."""
    line = parse_dateline(text, publishers)
    if line is not None:
        return line, 0
    first, sep, rest = text.partition("\n\n")
    if sep and len(first) <= MAX_BYLINE_CHARS and "\n" not in first and _BYLINE.search(first):
        line = parse_dateline(rest, publishers)
        if line is not None:
            return line, len(first) + len(sep)
    return None, 0


def _is_byline_block(paragraph: str, publishers: Publishers) -> bool:
    """A page's short block under its headline: a byline ("By Mukhtar Ahmed, Gusau", "Staff Correspondent,
    Chattogram", "Our Correspondent" with the date under it) or the outlet's name ("TOLOnews" with its city
    under it). Every line is short and none ends a sentence."""
    lines = paragraph.split("\n")
    if any(len(line) > MAX_BYLINE_CHARS or line.rstrip().endswith((".", "?", "!")) for line in lines):
        return False
    head = lines[0].strip()
    return bool(_BYLINE.search(head) or _LOWER_BYLINE.match(head)) or publishers.canonical(head) is not None


def _split_title(text: str, title: str | None, publishers: Publishers) -> tuple[str, str | None]:
    """Remove a headline printed at the top of the text; returns (text, title). A headline is told by what
    follows it: a dateline, or a byline block (the headline's own events are the body's, told again without
    their day, so reading them would add an event dated to the publication)."""
    first, sep, rest = text.partition("\n\n")
    if not sep:
        return text, title
    if title and _same_heading(first, title):
        return rest, title
    if title is None and _looks_like_headline(first):
        # a deck (a subheading under the headline, "Shutter-down strike observed in three towns; police use
        # tear gas in Bannu") may stand between it and what tells it is one: it is the headline's, told
        # again in the body
        for _ in range(2):
            if find_dateline(rest, publishers)[0] is not None:
                return rest, first
            block, block_sep, body = rest.partition("\n\n")
            if block_sep and body.strip() and _is_byline_block(block, publishers):
                return body, first
            if not (block_sep and _looks_like_headline(block)):
                break
            rest = body
    return text, title


def _dateline_date(dateline: Dateline | None, body: str) -> tuple[dt.date | None, bool]:
    """The dateline's date; a missing year is inferred from the latest full date in the body."""
    if dateline is None or dateline.month is None or dateline.day is None:
        return None, False
    if dateline.year is not None:
        return safe_date(dateline.year, dateline.month, dateline.day), False
    mentions = full_dates(body)
    if not mentions:
        return None, False
    inferred = infer_year(dateline.month, dateline.day, max(mentions))
    return inferred, inferred is not None


def clean(article: Article, *, resources: TextResources | None = None) -> CleanArticle:
    """Body text without boilerplate, plus title, publisher, dateline place and publication date.

    Raises EmptyInput when nothing is left of the article.
    """
    res = resources or _bundled_resources()
    title = article.title
    html_date: dt.date | None = None
    if article.html and not (article.text and article.text.strip()):
        extracted = extract_html(article.html, article.url)
        raw, title, html_date = extracted.text, title or extracted.title, extracted.published
        text = normalise_paragraphs(raw, res.boilerplate, lines_are_paragraphs=True)
    else:
        text = normalise_paragraphs(
            unescape_entities(article.text or ""), res.boilerplate, lines_are_paragraphs=False
        )
        text = res.glue.split(text)
    text, title = _split_title(text, title, res.publishers)
    if not text.strip():
        raise EmptyInput("no article text left after cleaning")

    dateline, offset = find_dateline(text, res.publishers)
    body_start = offset + dateline.end if dateline else 0
    dateline_date, inferred = _dateline_date(dateline, text[body_start:])
    if article.published is not None:
        published, inferred = article.published, False
    elif html_date is not None:
        published, inferred = html_date, False
    else:
        published = dateline_date

    publisher = dateline.publisher if dateline and dateline.publisher else None
    if publisher is None and article.source:
        publisher = res.publishers.canonical(article.source) or article.source
    cited = res.citations.find(text[body_start:], exclude=publisher)
    return CleanArticle(
        article_id=article.id,
        text=text,
        title=title,
        url=article.url,
        published=published,
        published_inferred=inferred,
        publisher=publisher,
        cited_sources=cited,
        dateline_place=dateline.place if dateline else None,
        dateline_country=dateline.country if dateline else None,
        body_start=body_start,
    )
