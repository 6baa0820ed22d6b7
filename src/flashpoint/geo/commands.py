"""`flashpoint places SRC`: geoparsing alone (a Mordecai without Elasticsearch)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from flashpoint.errors import ConfigError, InputError
from flashpoint.schema import PlaceMention
from flashpoint.settings import Settings

FIELDS = (
    "article_id",
    "text",
    "start",
    "end",
    "name",
    "feature",
    "country",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "geonameid",
)


def _articles(src: str, settings: Settings) -> Iterator[tuple[str, str]]:
    """(article id, text) pairs: through flashpoint.sources when it is installed, else a plain read."""
    try:
        from flashpoint.sources import iter_articles
    except ImportError:
        yield from _plain_articles(src)
        return
    from flashpoint.schema import Rejected

    rejected: list[Rejected] = []
    yielded = 0
    for item in iter_articles([src], settings):
        if isinstance(item, Rejected):
            rejected.append(item)
            continue
        text = item.text
        if text is None and item.html:
            text = _html_text(item.html)
        if text:
            yielded += 1
            yield item.id, text
    if rejected and not yielded:
        raise InputError(str(rejected[0]))
    for item in rejected:
        click.echo(f"flashpoint: skipped {item}", err=True)


def _html_text(html: str) -> str | None:
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura.extract(html)


def _plain_articles(src: str) -> Iterator[tuple[str, str]]:
    path = Path(src)
    if not path.is_file():
        raise InputError(f"{src}: no such file")
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{src}:{number}: not JSON ({exc.msg})") from exc
            if isinstance(record, dict) and record.get("text"):
                yield str(record.get("id") or f"{path.name}:{number}"), str(record["text"])
    else:
        yield path.stem, raw


@click.command("places")
@click.argument("src")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
@click.pass_obj
def places_command(settings: Settings, src: str, fmt: str) -> None:
    """Print the place mentions of SRC (a text file or a JSONL file of articles)."""
    rows: list[dict[str, Any]] = []
    parse = None
    read = 0
    for article_id, text in _articles(src, settings):
        read += 1
        if parse is None:
            parse = _place_parser(settings)
        for place in parse(text):
            row = {"article_id": article_id, **place.model_dump(include=set(FIELDS))}
            row = {key: row.get(key) for key in FIELDS}
            if fmt == "jsonl":
                click.echo(json.dumps(row, ensure_ascii=False))
            else:
                rows.append(row)
    if not read:
        raise InputError(f"{src}: no article with text found")
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))


def _place_parser(settings: Settings) -> Callable[[str], list[PlaceMention]]:
    """spaCy model and gazetteer, loaded once for the whole run."""
    import spacy

    from flashpoint.geo.gazetteer import Gazetteer
    from flashpoint.geo.parser import Geoparser, places_for_text

    try:
        nlp = spacy.load(settings.spacy_model)
    except OSError as exc:
        raise ConfigError(f"spaCy model {settings.spacy_model!r} is not installed") from exc
    geoparser = Geoparser(Gazetteer.load(settings))
    return lambda text: places_for_text(text, nlp, geoparser)
