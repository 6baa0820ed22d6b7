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


@click.group(cls=FlashpointGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="flashpoint")
@click.option(
    "--db", envvar="FLASHPOINT_DB", default=None, help="SQLAlchemy URL or SQLite path of the store."
)
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
@click.pass_context
def cli(ctx: click.Context, db: str | None, verbose: int) -> None:
    """flashpoint: news about political violence in, ACLED-compatible events out."""
    from flashpoint.logs import setup_logging
    from flashpoint.settings import Settings

    setup_logging(verbose)
    overrides = {"db": db} if db else {}
    ctx.obj = Settings(**overrides)


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

cli.add_command(places_command)


def main() -> None:
    try:
        cli.main(prog_name="flashpoint", standalone_mode=True)
    except FlashpointError as exc:
        click.echo(f"flashpoint: error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
