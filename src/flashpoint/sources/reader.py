"""The source stage: files, directories, JSONL dumps, stdin, URLs and feeds -> Article | Rejected.

This is the only part of flashpoint that touches the network (through `Fetcher`).
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from flashpoint.errors import BinaryInput, EmptyInput, FlashpointError, InputError, NotFound, TooLarge
from flashpoint.schema import Article, Rejected
from flashpoint.settings import Settings
from flashpoint.sources.decode import decode_bytes, html_declared_charset
from flashpoint.sources.failure import Failure
from flashpoint.sources.feeds import iter_feed
from flashpoint.sources.fetch import Fetcher
from flashpoint.sources.kinds import BINARY_MEDIA, SUFFIXES, Kind, kind_for_response, sniff
from flashpoint.sources.records import article_from_line

Outcome = Article | Failure
_SNIFF_BYTES = 8192
_SKIP_CHUNK = 1 << 20


class _LineReader(Protocol):
    def readline(self, limit: int = -1, /) -> bytes: ...


_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def _is_url(src: str) -> bool:
    return src.lower().startswith(("http://", "https://"))


def _article(body: str, kind: Kind, origin: str, url: str | None = None) -> Article:
    if kind is Kind.HTML:
        return Article(html=body, url=url, origin=origin).ensure_id()
    return Article(text=body, url=url, origin=origin).ensure_id()


def _iter_jsonl(stream: _LineReader, origin: str, max_bytes: int) -> Iterator[Outcome]:
    """One article a line; a bad or oversize line is a Failure of its own and reading goes on."""
    seen = False
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            break
        number += 1
        where = f"{origin}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
                pass
            seen = True
            yield Failure(where, TooLarge(f"line is over the {max_bytes}-byte article limit"))
            continue
        if not line.strip():
            continue
        seen = True
        try:
            yield article_from_line(line, where)
        except FlashpointError as exc:
            yield Failure(where, exc)
    if not seen:
        yield Failure(origin, EmptyInput("the JSONL file holds no records"))


def _read_capped(stream: BinaryIO, max_bytes: int, what: str, already: bytes = b"") -> bytes:
    data = already + stream.read(max_bytes + 1 - len(already))
    if len(data) > max_bytes:
        raise TooLarge(f"{what} is over the {max_bytes}-byte article limit")
    return data


def _iter_body(
    data: bytes,
    kind: Kind,
    origin: str,
    fetcher: Fetcher,
    *,
    charset: str | None = None,
    url: str | None = None,
) -> Iterator[Outcome]:
    """Articles from a complete document already in memory (file, stdin or HTTP response)."""
    if kind is Kind.FEED:
        yield from iter_feed(data, origin, fetcher)
        return
    declared = charset or (html_declared_charset(data) if kind is Kind.HTML else None)
    body = decode_bytes(data, what="the input", declared=declared)
    yield _article(body, kind, origin, url=url)


def _iter_file(path: Path, fetcher: Fetcher) -> Iterator[Outcome]:
    origin = str(path)
    kind = SUFFIXES.get(path.suffix.lower())
    try:
        size = path.stat().st_size
        if size == 0:
            raise EmptyInput("the file is empty")
        with path.open("rb") as stream:
            if kind is None:
                kind = sniff(stream.read(_SNIFF_BYTES))
                stream.seek(0)
            if kind is Kind.JSONL:
                yield from _iter_jsonl(stream, origin, fetcher.max_bytes)
                return
            if size > fetcher.max_bytes:  # decided from the size alone: nothing is read
                raise TooLarge(f"the file is {size} bytes, over the {fetcher.max_bytes}-byte article limit")
            data = _read_capped(stream, fetcher.max_bytes, "the file")
    except FlashpointError as exc:
        yield Failure(origin, exc)
        return
    except OSError as exc:
        yield Failure(origin, InputError(f"cannot read the file ({exc.strerror or exc})"))
        return
    try:
        yield from _iter_body(data, kind, origin, fetcher)
    except FlashpointError as exc:
        yield Failure(origin, exc)


def _dir_files(root: Path) -> list[Path]:
    """Article files below root, recursively, sorted by path; hidden files and directories skipped."""
    found: list[Path] = []
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        found.extend(
            Path(directory) / name
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES
        )
    return sorted(found)


def _iter_dir(root: Path, fetcher: Fetcher) -> Iterator[Outcome]:
    found = False
    for path in _dir_files(root):
        found = True
        yield from _iter_file(path, fetcher)
    if not found:
        suffixes = ", ".join(sorted(SUFFIXES))
        yield Failure(str(root), EmptyInput(f"the directory holds no article files ({suffixes})"))


def _iter_stdin(stream: BinaryIO, fetcher: Fetcher) -> Iterator[Outcome]:
    origin = "<stdin>"
    try:
        head = stream.read(_SNIFF_BYTES)
        if not head:
            raise EmptyInput("standard input is empty")
        kind = sniff(head)
        if kind is Kind.JSONL:
            yield from _iter_jsonl(_Prepended(head, stream), origin, fetcher.max_bytes)
            return
        data = _read_capped(stream, fetcher.max_bytes, "standard input", already=head)
        yield from _iter_body(data, kind, origin, fetcher)
    except FlashpointError as exc:
        yield Failure(origin, exc)


def _iter_url(url: str, fetcher: Fetcher) -> Iterator[Outcome]:
    try:
        page = fetcher.get(url)
        if BINARY_MEDIA.search(page.content_type):
            raise BinaryInput(f"the URL serves {page.content_type}, not an article")
        kind = kind_for_response(page.content_type, page.body[:_SNIFF_BYTES])
        if kind is Kind.JSONL:
            yield from _iter_jsonl(io.BytesIO(page.body), url, fetcher.max_bytes)
            return
        yield from _iter_body(page.body, kind, url, fetcher, charset=page.charset, url=page.url)
    except FlashpointError as exc:
        yield Failure(url, exc)


class _Prepended:
    """A binary stream with some already-read bytes put back in front (for sniffing stdin)."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream

    def readline(self, limit: int = -1) -> bytes:
        if not self._head:
            return self._stream.readline(limit)
        newline = self._head.find(b"\n")
        end = len(self._head) if newline < 0 else newline + 1
        if limit >= 0:
            end = min(end, limit)
        line, self._head = self._head[:end], self._head[end:]
        if not line.endswith(b"\n") and not self._head and (limit < 0 or len(line) < limit):
            line += self._stream.readline(-1 if limit < 0 else limit - len(line))
        return line


def _iter_source(src: str, fetcher: Fetcher, stdin: BinaryIO | None) -> Iterator[Outcome]:
    if src == "-":
        yield from _iter_stdin(stdin or sys.stdin.buffer, fetcher)
    elif _is_url(src):
        yield from _iter_url(src, fetcher)
    else:
        path = Path(src).expanduser()
        if path.is_dir():
            yield from _iter_dir(path, fetcher)
        elif path.is_file():
            yield from _iter_file(path, fetcher)
        elif path.exists():
            yield Failure(src, InputError("not a regular file or directory"))
        elif _URL_SCHEME.match(src):
            scheme = src.split(":", 1)[0]
            yield Failure(src, InputError(f"cannot read {scheme}: URLs; give an http(s) URL or a file"))
        else:
            yield Failure(src, NotFound("no such file, directory or URL"))


def iter_articles(
    srcs: list[str],
    settings: Settings,
    *,
    fetcher: Fetcher | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Rejected]:
    """Every article in the given sources, in order; bad input comes out as Rejected, never as an exception.

    A source is a .txt/.html file, a directory (recursive), a JSONL file of articles, an RSS/Atom feed (file
    or URL), an http(s) URL, or "-" for standard input. Every Article has its id set (`ensure_id`).
    """
    owned = fetcher is None
    fetcher = fetcher or Fetcher(settings)
    try:
        for src in srcs:
            for outcome in _iter_source(src, fetcher, stdin):
                yield outcome.rejected() if isinstance(outcome, Failure) else outcome
    finally:
        if owned:
            fetcher.close()


def read_article(
    src: str, settings: Settings, *, fetcher: Fetcher | None = None, stdin: BinaryIO | None = None
) -> Article:
    """The one article in `src` (file, URL or "-"); raises the matching FlashpointError otherwise.

    For `flashpoint extract SRC`: a source holding several articles (JSONL, feed, directory) raises
    InputError; use `iter_articles` for those.
    """
    owned = fetcher is None
    fetcher = fetcher or Fetcher(settings)
    outcomes = _iter_source(src, fetcher, stdin)
    try:
        first = next(outcomes, None)
        if first is None:
            raise EmptyInput(f"{src}: no article found")
        if isinstance(first, Failure):
            raise first.named_error() from first.error
        if next(outcomes, None) is not None:
            raise InputError(f"{src}: holds more than one article (a JSONL file, feed or directory)")
        return first
    finally:
        outcomes.close()
        if owned:
            fetcher.close()
