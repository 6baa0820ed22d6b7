"""`flashpoint extract` and `flashpoint ingest`: the main jobs, as thin wrappers over library functions."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from flashpoint.errors import FlashpointError, InputError
from flashpoint.schema import Article, Event, Rejected
from flashpoint.settings import Settings

FORMATS = ("json", "jsonl", "csv", "geojson")


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


@click.command()
@click.argument("src")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Publication date, when the article does not say (YYYY-MM-DD).",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.pass_obj
def extract(settings: Settings, src: str, published: dt.datetime | None, fmt: str) -> None:
    """Print the events of one article (file, URL or - for stdin), or of each article of a JSONL file.

    Nothing is stored. Every event lists its article's id in article_ids.
    """
    from flashpoint.pipeline import Pipeline
    from flashpoint.sources import iter_articles, read_article

    pipeline = Pipeline.from_settings(settings)
    if src.endswith(".jsonl"):
        events: list[Event] = []
        failures = 0
        for _item, result in pipeline.pipe(iter_articles([src], settings)):
            if isinstance(result, Rejected):
                failures += 1
                click.echo(f"flashpoint: skipped {result}", err=True)
                continue
            events.extend(result[1])
        _write(events, fmt)
        if failures and not events:
            raise InputError(f"{src}: no article could be read ({failures} failed)")
        return
    article: Article = read_article(src, settings)
    if published is not None:
        article.published = published.date()
    _, events = pipeline.process(article)
    _write(events, fmt)


@click.command()
@click.argument("srcs", nargs=-1, required=True)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Processes to code articles with (Dask LocalCluster when > 1).",
)
@click.option("--scheduler", default=None, help="Address of a running Dask scheduler to use instead.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_obj
def ingest(
    settings: Settings, srcs: tuple[str, ...], workers: int, scheduler: str | None, quiet: bool
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


@click.command()
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
def bench(docs: int, texts: Path | None) -> None:
    """Throughput report: articles/s, words/s, latency and peak memory beside bare spaCy."""
    from flashpoint.benchmark import DEFAULT_TEXTS, run

    run(docs, texts or DEFAULT_TEXTS)
