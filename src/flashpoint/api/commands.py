"""`flashpoint serve`: the HTTP API and dashboard on uvicorn."""

from __future__ import annotations

import errno
import ipaddress
import secrets
import socket

import click

from flashpoint.errors import ConfigError
from flashpoint.settings import Settings


def _check_port_free(host: str, port: int) -> None:
    """A one-line error now, rather than uvicorn's log lines and exit 1, when the port is taken."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ConfigError(f"cannot listen on {host}: {exc.strerror or exc}") from exc
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            hint = " (another server runs there: try --port)" if exc.errno == errno.EADDRINUSE else ""
            raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}{hint}") from exc


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
  FLASHPOINT_ALLOWED_HOSTS=events.example.org flashpoint serve --host 0.0.0.0
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
    from flashpoint.store import open_store

    updates: dict[str, object] = {}
    if host:
        updates["host"] = host
    if port is not None:
        updates["port"] = port
    if not settings.api_token:
        updates["api_token"] = secrets.token_urlsafe(32)
    settings = settings.model_copy(update=updates)
    _check_port_free(settings.host, settings.port)
    store = open_store(settings)  # a store that cannot be opened is a one-line error, before uvicorn starts

    if "api_token" in updates:
        click.echo(
            f"flashpoint: API token for this run (FLASHPOINT_API_TOKEN to fix one): {settings.api_token}"
        )
    if not _is_loopback(settings.host):
        click.echo(
            f"flashpoint: warning: listening on {settings.host}, reachable from other machines; it answers "
            "to localhost, loopback addresses, the bound host and FLASHPOINT_ALLOWED_HOSTS only",
            err=True,
        )
    click.echo(f"flashpoint: dashboard at http://{settings.host}:{settings.port}/", err=True)
    try:
        uvicorn.run(
            create_app(settings, store=store), host=settings.host, port=settings.port, log_level="info"
        )
    finally:
        store.close()
