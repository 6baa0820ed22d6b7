"""One JSONL article record (DESIGN.md section 5) -> Article."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from flashpoint.errors import EncodingProblem, MalformedRecord
from flashpoint.schema import Article

_STRING_FIELDS = ("url", "title", "source")


def parse_published(value: Any) -> dt.date | None:
    """A "YYYY-MM-DD" date or an ISO datetime; None for null/empty; MalformedRecord otherwise."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise MalformedRecord(f'"published" must be a date string like 2022-01-15, not {value!r}')
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError as exc:
        raise MalformedRecord(f'"published" is not an ISO date: {value!r}') from exc


def article_from_record(record: Any, origin: str) -> Article:
    """Validate one decoded JSON record; unknown keys are ignored."""
    if not isinstance(record, dict):
        raise MalformedRecord(f"expected a JSON object, got {type(record).__name__}")
    text, html = record.get("text"), record.get("html")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise MalformedRecord(f'"{key}" must be a string')
    if not ((text and text.strip()) or (html and html.strip())):
        raise MalformedRecord('the record has no "text" or "html"')
    fields: dict[str, Any] = {}
    for key in _STRING_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise MalformedRecord(f'"{key}" must be a string')
        fields[key] = value or None
    raw_id = record.get("id")
    if raw_id is not None and not isinstance(raw_id, str | int):
        raise MalformedRecord('"id" must be a string or a number')
    return Article(
        id=str(raw_id) if raw_id not in (None, "") else "",
        text=text if text and text.strip() else None,
        html=html if html and html.strip() else None,
        published=parse_published(record.get("published")),
        origin=origin,
        **fields,
    ).ensure_id()


def article_from_line(line: bytes, origin: str) -> Article:
    try:
        decoded = line.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingProblem(f"line is not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    try:
        record = json.loads(decoded)
    except ValueError as exc:
        raise MalformedRecord(f"not valid JSON ({exc})") from exc
    return article_from_record(record, origin)
