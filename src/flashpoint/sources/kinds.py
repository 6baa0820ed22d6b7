"""What kind of input a file, URL response or stdin stream holds: text, HTML, a JSONL dump or a feed."""

from __future__ import annotations

import json
import re
from enum import StrEnum


class Kind(StrEnum):
    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    FEED = "feed"


SUFFIXES: dict[str, Kind] = {
    ".txt": Kind.TEXT,
    ".text": Kind.TEXT,
    ".html": Kind.HTML,
    ".htm": Kind.HTML,
    ".xhtml": Kind.HTML,
    ".jsonl": Kind.JSONL,
    ".ndjson": Kind.JSONL,
    ".xml": Kind.FEED,
    ".rss": Kind.FEED,
    ".atom": Kind.FEED,
}
_MEDIA_TYPES: dict[str, Kind] = {
    "text/html": Kind.HTML,
    "application/xhtml+xml": Kind.HTML,
    "application/rss+xml": Kind.FEED,
    "application/atom+xml": Kind.FEED,
    "application/rdf+xml": Kind.FEED,
    "application/feed+json": Kind.FEED,
    "application/jsonl": Kind.JSONL,
    "application/x-ndjson": Kind.JSONL,
    "application/x-jsonlines": Kind.JSONL,
    "application/json": Kind.JSONL,
}
# media types that are certainly not articles (rejected before decoding)
BINARY_MEDIA = re.compile(
    r"^(image|audio|video|font)/|^application/(pdf|zip|gzip|octet-stream-binary|x-tar|msword)"
)
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_HINT = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(p|div|article|h1|title)[\s>]", re.I
)


def sniff(head: bytes) -> Kind:
    """Guess the kind from the first few kilobytes."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
    if start.startswith(b"{"):
        first_line = start.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first_line), dict):
                return Kind.JSONL
        except ValueError:
            if b"\n" not in start:  # one long line that did not fit in the sample
                return Kind.JSONL
    if _FEED_ROOT.search(start[:1024]) or (start.startswith(b"<?xml") and _FEED_ROOT.search(start)):
        return Kind.FEED
    if start.startswith(b"<") and _HTML_HINT.search(start):
        return Kind.HTML
    if _HTML_HINT.search(start[:512]) and start.count(b"<") > 3:
        return Kind.HTML
    if start.startswith(b"<?xml"):
        return Kind.FEED  # XML that is not a known feed: the feed parser will say what is wrong with it
    return Kind.TEXT


def kind_for_response(content_type: str, head: bytes) -> Kind:
    """The kind of an HTTP response: the declared media type, checked against the content when vague."""
    declared = _MEDIA_TYPES.get(content_type)
    if declared is not None and declared is not Kind.JSONL:
        return declared
    return sniff(head)
