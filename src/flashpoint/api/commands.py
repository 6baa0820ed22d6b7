"""`flashpoint serve`: the HTTP API and dashboard on uvicorn."""

from __future__ import annotations

import ipaddress
import secrets

import click

from flashpoint.settings import Settings


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


SERVE_EXAMPLES = """\b
Examples:
  flashpoint serve
  flashpoint --db events.sqlite serve --port 8080
  FLASHPOINT_API_TOKEN=my-secret flashpoint serve
  FLASHPOINT_ALLOWED_HOSTS='["events.example.org"]' flashpoint serve --host 0.0.0.0
"""


@click.command(epilog=SERVE_EXAMPLES)
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1; FLASHPOINT_HOST).")
@click.option(
    "--port", default=None, type=click.IntRange(0, 65535), help="Port (default 8000; FLASHPOINT_PORT)."
)
@click.pass_obj
def serve(settings: Settings, host: str | None, port: int | None) -> None:
    """Serve the HTTP API and the dashboard (binds 127.0.0.1 unless told otherwise)."""
    import uvicorn

    from flashpoint.api import create_app

    updates: dict[str, object] = {}
    if host:
        updates["host"] = host
    if port is not None:
        updates["port"] = port
    if not settings.api_token:
        updates["api_token"] = secrets.token_urlsafe(32)
    settings = settings.model_copy(update=updates)

    if "api_token" in updates:
        click.echo(
            f"flashpoint: API token for this run (FLASHPOINT_API_TOKEN to fix one): {settings.api_token}"
        )
    if not _is_loopback(settings.host):
        click.echo(
            f"flashpoint: warning: listening on {settings.host}, reachable from other machines", err=True
        )
    click.echo(f"flashpoint: dashboard at http://{settings.host}:{settings.port}/", err=True)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")
