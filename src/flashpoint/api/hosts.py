"""Host-header check (DNS-rebinding protection): the server answers only to the names it is meant to have.

A page on an attacker's domain can re-point that domain at 127.0.0.1 and then read this loopback server
from the victim's browser as if it were same-origin; its requests still carry the attacker's name in
``Host``. Requests whose Host is not localhost, a loopback address, the bound host or one of
``settings.allowed_hosts`` get a 400 JSON error before any route runs.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from flashpoint.api.errors import send_json_error
from flashpoint.settings import Settings

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
WILDCARD_BINDS = ("0.0.0.0", "::", "")


def allowed_hosts(settings: Settings) -> frozenset[str] | None:
    """Host names (lower case, no port) the server answers to; None when the check is off ('*')."""
    extra = [name.strip().lower() for name in settings.allowed_hosts if name.strip()]
    if "*" in extra:
        return None
    names = {*LOOPBACK_NAMES, *extra}
    if settings.host not in WILDCARD_BINDS:
        names.add(settings.host.strip("[]").lower())
    return frozenset(names)


def host_name(header: str) -> str:
    """The name in a Host header, without the port and IPv6 brackets, lower case."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class TrustedHosts:
    """Plain ASGI middleware: refuses HTTP requests whose Host header names another host."""

    def __init__(self, app: ASGIApp, *, allowed: frozenset[str] | None) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.allowed is None or scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        name = host_name(headers.get(b"host", b"").decode("latin-1"))
        if name in self.allowed:
            await self.app(scope, receive, send)
            return
        message = (
            f"this server does not answer to host {name!r}; add it to FLASHPOINT_ALLOWED_HOSTS to allow it"
            if name
            else "the request has no Host header"
        )
        await send_json_error(send, 400, "bad_host", message)
