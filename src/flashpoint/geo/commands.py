"""`flashpoint places SRC`: geoparsing alone (a Mordecai without Elasticsearch)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import click
import trafilatura

from flashpoint.errors import ConfigError, FlashpointError, InputError
from flashpoint.schema import PlaceMention, Rejected
from flashpoint.settings import Settings
from flashpoint.sources import iter_articles

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


def _articles(src: str, settings: Settings, failed: list[Rejected]) -> Iterator[tuple[str, str]]:
    """(article id, text) pairs of SRC through flashpoint.sources; unreadable items go to `failed`."""
    for item in iter_articles([src], settings):
        if isinstance(item, Rejected):
            failed.append(item)
            continue
        text = item.text
        if text is None and item.html:
            text = trafilatura.extract(item.html)
        if text:
            yield item.id, text
        else:
            failed.append(
                Rejected(origin=item.id, stage="places", code="empty", reason="no article text found")
            )


@click.command("places")
@click.argument("src")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
@click.pass_obj
def places_command(settings: Settings, src: str, fmt: str) -> None:
    """Print the place mentions of SRC (a text file or a JSONL file of articles)."""
    rows: list[dict[str, Any]] = []
    parse = None
    read = 0
    failed: list[Rejected] = []
    for article_id, text in _articles(src, settings, failed):
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
        raise InputError(str(failed[0]) if len(failed) == 1 else f"{src}: no article with text found")
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    for failure in failed:
        click.echo(f"flashpoint: failed: {failure}", err=True)
    if failed:  # the rest was printed; the run still says that something was lost
        raise FlashpointError(
            f"{len(failed)} of {read + len(failed)} article(s) failed; the others' places were printed"
        )


def _place_parser(settings: Settings) -> Callable[[str], list[PlaceMention]]:
    """spaCy model and gazetteer, loaded once for the whole run."""
    import spacy

    from flashpoint.geo.gazetteer import Gazetteer
    from flashpoint.geo.parser import Geoparser, places_for_text
    from flashpoint.nlp.model import add_name_abbreviations

    try:
        nlp = add_name_abbreviations(spacy.load(settings.spacy_model))
    except OSError as exc:
        raise ConfigError(f"spaCy model {settings.spacy_model!r} is not installed") from exc
    geoparser = Geoparser(Gazetteer.load(settings))
    return lambda text: places_for_text(text, nlp, geoparser)
