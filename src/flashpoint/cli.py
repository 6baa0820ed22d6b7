"""The `flashpoint` command line: a thin layer over library functions (DESIGN.md section 5).

Exit code 0 on success, 2 on bad input with a one-line reason on stderr, never a traceback for user error.
"""

from __future__ import annotations

import sys

import click

from flashpoint import __version__
from flashpoint.errors import FlashpointError


class FlashpointGroup(click.Group):
    """Turns every FlashpointError into a one-line message and exit code 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except FlashpointError as exc:
            click.echo(f"flashpoint: error: {exc}", err=True)
            ctx.exit(2)


EXAMPLES = """\b
Examples:
  flashpoint ingest examples/articles      code and store the sample articles
  flashpoint events --country Pakistan     list what was stored
  flashpoint serve                         API + dashboard on http://127.0.0.1:8000/
  flashpoint COMMAND --help                options and examples of one command
"""


@click.group(cls=FlashpointGroup, context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXAMPLES)
@click.version_option(__version__, prog_name="flashpoint")
@click.option(
    "--db",
    envvar="FLASHPOINT_DB",
    default=None,
    metavar="URL",
    help="SQLAlchemy URL or SQLite path of the store (FLASHPOINT_DB; default: in the user data dir).",
)
@click.option(
    "--pipeline-config",
    metavar="FILE",
    default=None,
    help="Pipeline config (TOML) instead of the packaged default_config.toml; FLASHPOINT_PIPELINE_CONFIG.",
)
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
@click.pass_context
def cli(ctx: click.Context, db: str | None, pipeline_config: str | None, verbose: int) -> None:
    """flashpoint: news about political violence in, ACLED-compatible events out.

    Global options go before the command; every setting is also an environment variable FLASHPOINT_*
    (FLASHPOINT_DB, FLASHPOINT_PIPELINE_CONFIG, FLASHPOINT_API_TOKEN, ...).
    """
    from flashpoint.logs import setup_logging
    from flashpoint.settings import load_settings

    setup_logging(verbose)
    overrides: dict[str, object] = {}
    if db:
        overrides["db"] = db
    if pipeline_config:
        overrides["pipeline_config"] = pipeline_config
    ctx.obj = load_settings(**overrides)


# --- commands registered by their packages (one line each) ---
from flashpoint.commands import bench, extract, ingest  # noqa: E402

cli.add_command(extract)
cli.add_command(ingest)
cli.add_command(bench)
from flashpoint.export.commands import events_command, export_command  # noqa: E402

cli.add_command(events_command)
cli.add_command(export_command)
from flashpoint.api.commands import serve  # noqa: E402

cli.add_command(serve)
from flashpoint.evaluate.commands import eval_command  # noqa: E402

cli.add_command(eval_command)
from flashpoint.geo.commands import places_command  # noqa: E402

# the command lives in flashpoint.geo (owned by the geoparser); its examples are kept here with the others
places_command.epilog = """\b
Examples:
  flashpoint places article.txt
  flashpoint places dump.jsonl --format jsonl
  echo "Gunmen killed two people in Kano." | flashpoint places -
"""
cli.add_command(places_command)


def main() -> None:
    try:
        cli.main(prog_name="flashpoint", standalone_mode=True)
    except FlashpointError as exc:
        click.echo(f"flashpoint: error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
