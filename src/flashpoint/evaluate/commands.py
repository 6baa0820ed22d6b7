"""`flashpoint eval GOLD.jsonl... [--limit N] [--json]` (DESIGN.md section 7)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from flashpoint.settings import Settings

EVAL_EXAMPLES = """\b
Examples:
  flashpoint eval ../shared/gold/dev/*.jsonl
  flashpoint eval ../shared/gold/dev/lgl.jsonl --limit 150 --json
"""


@click.command("eval", epilog=EVAL_EXAMPLES)
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Score only the first N records of each file."
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar on stderr.")
@click.pass_obj
def eval_command(
    settings: Settings, gold: tuple[Path, ...], limit: int | None, as_json: bool, quiet: bool
) -> None:
    """Score the extractor against gold files: detection, type, actors, place, date, fatalities.

    Only each record's text and reference date reach the extractor.
    """
    from flashpoint.errors import InputError
    from flashpoint.evaluate.backends import pipeline_extractor, toponym_scorer
    from flashpoint.evaluate.report import render
    from flashpoint.evaluate.runner import run_eval
    from flashpoint.evaluate.scoring import Comparators

    for path in gold:
        if not path.is_file():
            raise InputError(f"gold file not found: {path}")
    settings = settings or Settings()
    extract, extract_many = pipeline_extractor(settings)
    report = run_eval(
        list(gold),
        extract,
        limit=limit,
        comparators=Comparators.load(settings.actor_alias_files),
        extract_many=extract_many,
        toponym_scorer=toponym_scorer(settings),
        show_progress=not quiet,
    )
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(render(report))
