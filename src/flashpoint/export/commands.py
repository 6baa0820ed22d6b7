"""`flashpoint events` and `flashpoint export` (DESIGN.md section 5): thin layers over store and writers."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import click

from flashpoint.export.filters import build_filter
from flashpoint.export.table import table_lines
from flashpoint.export.writers import EXPORT_FORMATS, write_events
from flashpoint.schema import Event
from flashpoint.settings import Settings
from flashpoint.store.base import EventFilter

F = TypeVar("F", bound=Callable[..., Any])
TABLE_LIMIT = 100  # rows `events` prints as a table unless --limit says otherwise
FILTER_KEYS = ("country", "admin1", "since", "until", "type", "actor", "bbox", "q", "min_confidence")


def filter_options(func: F) -> F:
    """The filters shared by `events` and `export`."""
    options = [
        click.option("--country", help="Country name or ISO code (PK, PAK, Pakistan)."),
        click.option("--admin1", help="First-level admin unit, e.g. 'Khyber Pakhtunkhwa'."),
        click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date."),
        click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date."),
        click.option("--type", "type_", metavar="TYPE", help="ACLED event type or sub-event type."),
        click.option("--actor", help="Substring of any actor name."),
        click.option("--bbox", metavar="W,S,E,N", help="Bounding box in degrees."),
        click.option("-q", "--q", "q", metavar="TEXT", help="Free text in notes, actors and places."),
        click.option("--min-confidence", type=float, help="Only events at or above this confidence."),
        click.option("--limit", type=click.IntRange(min=1), help="At most N events."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(values: dict[str, Any]) -> EventFilter:
    values = {**values, "type": values.pop("type_", None)}
    return build_filter(**{key: values.get(key) for key in FILTER_KEYS})


@contextmanager
def _events(settings: Settings, filters: EventFilter, limit: int | None) -> Iterator[Iterator[Event]]:
    """The matching events, streamed; the store is opened first, so a bad --db fails before any output."""
    from flashpoint.store import open_store

    store = open_store(settings)
    try:
        yield islice(store.iter_events(filters), limit)
    finally:
        store.close()


EVENTS_EXAMPLES = """\b
Examples:
  flashpoint events
  flashpoint events --country PK --since 2021-12-01 --until 2021-12-31
  flashpoint events --type "Armed clash" --actor taliban --format json
  flashpoint events --bbox 60.8,23.6,77.8,37.1 --min-confidence 0.8 --limit 500
"""
EXPORT_EXAMPLES = """\b
Examples:
  flashpoint export --format acled-csv -o events.csv
  flashpoint export --format geojson -o pakistan.geojson --country Pakistan
  flashpoint export --format parquet -o battles.parquet --type Battles --since 2023-01-01
  flashpoint export --format jsonl -o - | gzip > events.jsonl.gz
"""


@click.command("events", epilog=EVENTS_EXAMPLES)
@filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "csv"]),
    default="table",
    show_default=True,
    help="csv is ACLED's column layout.",
)
@click.pass_obj
def events_command(settings: Settings, fmt: str, limit: int | None, **options: Any) -> None:
    """List stored events, newest first."""
    filters = _filters(options)
    shown = limit if limit is not None else TABLE_LIMIT if fmt == "table" else None
    with _events(settings, filters, shown) as events:
        if fmt != "table":
            write_events(events, fmt, sys.stdout.buffer)
            return
        count = 0
        for line in table_lines(events):
            click.echo(line)
            count += 1
    if count == 2:
        click.echo("(no stored events match; `flashpoint ingest SRC` stores some)", err=True)
    elif limit is None and count - 2 >= TABLE_LIMIT:
        click.echo(f"(the first {TABLE_LIMIT} events; --limit N shows more, --format csv all)", err=True)


@click.command("export", epilog=EXPORT_EXAMPLES)
@filter_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="Output format.")
@click.option("-o", "--output", required=True, metavar="FILE", help="File to write ('-' for stdout).")
@click.pass_obj
def export_command(settings: Settings, fmt: str, output: str, limit: int | None, **options: Any) -> None:
    """Export stored events (ACLED CSV, GeoJSON, Parquet or JSONL), streamed in batches."""
    filters = _filters(options)
    with _events(settings, filters, limit) as events:
        if output == "-":
            write_events(events, fmt, sys.stdout.buffer)
            return
        count = write_events(events, fmt, Path(output))
    click.echo(f"wrote {count} events to {output}", err=True)
