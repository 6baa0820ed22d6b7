"""`flashpoint extract` and `flashpoint ingest`: the main jobs, as thin wrappers over library functions."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from flashpoint.errors import FlashpointError, InputError
from flashpoint.schema import Article, Event, Rejected
from flashpoint.settings import Settings

FORMATS = ("json", "jsonl", "csv", "geojson")

EXTRACT_EXAMPLES = """\b
Examples:
  flashpoint extract article.txt
  flashpoint extract page.html --published 2023-05-09 --format csv
  flashpoint extract https://example.org/news/story.html
  flashpoint extract dump.jsonl --format jsonl > events.jsonl
  cat article.txt | flashpoint extract -
"""
INGEST_EXAMPLES = """\b
Examples:
  flashpoint ingest examples/articles
  flashpoint ingest feed.xml https://example.org/news.html dump.jsonl
  flashpoint --db postgresql+psycopg://me@dbhost/events ingest big-dump.jsonl --workers 4
  flashpoint --pipeline-config my_config.toml ingest articles/
"""
BENCH_EXAMPLES = """\b
Examples:
  flashpoint bench
  flashpoint bench --docs 1000 --texts my_articles/
  flashpoint bench --repeat 5          medians of 5 alternating runs (a busy machine)
"""


def _write(events: list[Event], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps([e.to_record() for e in events], indent=2, ensure_ascii=False))
    elif fmt == "jsonl":
        for event in events:
            click.echo(json.dumps(event.to_record(), ensure_ascii=False))
    else:
        from flashpoint.export.writers import write_events

        write_events(events, "acled-csv" if fmt == "csv" else fmt, sys.stdout.buffer)
        sys.stdout.flush()


@click.command(epilog=EXTRACT_EXAMPLES)
@click.argument("src")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help="Publication date of the article(s): anchors 'yesterday', 'on Tuesday' and undated reports.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="json",
    show_default=True,
    help="json: one array; jsonl: one event a line; csv: ACLED's columns; geojson: a FeatureCollection.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_obj
def extract(settings: Settings, src: str, published: dt.datetime | None, fmt: str, quiet: bool) -> None:
    """Print the events of SRC without storing anything.

    SRC is a .txt or .html file, a URL, - for standard input, or a source of several articles (a JSONL
    file, an RSS/Atom feed, a directory): each article is coded and every event lists its article's id in
    article_ids. An article that cannot be read is reported in one line on stderr and the others are still
    coded; the exit code is then 2.
    """
    from tqdm import tqdm

    from flashpoint.pipeline import Pipeline
    from flashpoint.sources import iter_articles

    pipeline = Pipeline.from_settings(settings)
    day = published.date() if published is not None else None

    def articles() -> Iterator[Article | Rejected]:
        for item in iter_articles([src], settings):
            if day is not None and isinstance(item, Article):
                item.published = day
            yield item

    events: list[Event] = []
    failed: list[Rejected] = []
    seen = 0
    bar = tqdm(desc="extract", unit="article", disable=quiet or not sys.stderr.isatty(), leave=False)
    try:
        for _item, result in pipeline.pipe(articles()):
            seen += 1
            bar.update(1)
            if isinstance(result, Rejected):
                failed.append(result)
            else:
                events.extend(result[1])
    finally:
        bar.close()
    if seen == 1 and failed:  # the one article of SRC: one line, as for any single bad input
        raise InputError(str(failed[0]))
    _write(events, fmt)
    for failure in failed:
        click.echo(f"flashpoint: failed: {failure}", err=True)
    if seen > 1:
        coded = seen - len(failed)
        click.echo(f"{coded} article(s) coded, {len(failed)} failed; {len(events)} event(s)", err=True)
    if failed:
        raise FlashpointError(f"{len(failed)} of {seen} article(s) failed; the others' events were printed")


@click.command(epilog=INGEST_EXAMPLES)
@click.argument("srcs", nargs=-1, required=True)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Processes to code articles with (Dask LocalCluster when > 1; default FLASHPOINT_WORKERS or 1).",
)
@click.option("--scheduler", default=None, help="Address of a running Dask scheduler to use instead.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_obj
def ingest(
    settings: Settings, srcs: tuple[str, ...], workers: int | None, scheduler: str | None, quiet: bool
) -> None:
    """Read files, directories, URLs, RSS/Atom feeds or JSONL dumps, code them and store the events.

    Articles that fail are reported with a one-line reason and the rest of the batch goes on; the exit code
    is 2 when any input failed.
    """
    from flashpoint.ingest import Coder
    from flashpoint.ingest import ingest as run_ingest
    from flashpoint.pipeline import Pipeline
    from flashpoint.sources import iter_articles
    from flashpoint.store import open_store

    workers = workers or settings.workers
    coder: Coder
    if workers > 1 or scheduler:
        from flashpoint.batch import DaskCoder

        coder = DaskCoder(settings, workers=workers, scheduler=scheduler)
    else:
        coder = Pipeline.from_settings(settings)
    store = open_store(settings)
    try:
        report = run_ingest(
            iter_articles(list(srcs), settings),
            coder,
            store,
            sources=list(srcs),
            progress=not quiet and sys.stderr.isatty(),
        )
    finally:
        store.close()
    for failure in report.failed:
        click.echo(f"flashpoint: failed: {failure}", err=True)
    click.echo(report.summary(), err=True)
    if report.failed:
        raise FlashpointError(f"{len(report.failed)} input(s) failed; the others were stored")


@click.command(epilog=BENCH_EXAMPLES)
@click.option(
    "--docs",
    type=click.IntRange(10, 100_000),
    default=200,
    show_default=True,
    help="Number of articles to time.",
)
@click.option(
    "--texts",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder of .txt articles (default: the bundled samples).",
)
@click.option(
    "--repeat",
    type=click.IntRange(1, 50),
    default=1,
    show_default=True,
    help="Alternate the bare spaCy and ingest runs this many times and report the medians.",
)
def bench(docs: int, texts: Path | None, repeat: int) -> None:
    """Throughput report: articles/s, words/s, latency and peak memory beside bare spaCy."""
    from flashpoint.benchmark import DEFAULT_TEXTS, run

    run(docs, texts or DEFAULT_TEXTS, repeat=repeat)
