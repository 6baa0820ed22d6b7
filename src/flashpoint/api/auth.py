"""Bearer-token check for write endpoints (compared in constant time)."""

from __future__ import annotations

import secrets

from fastapi import Request

from flashpoint.api.errors import Unauthorized


def require_token(request: Request) -> None:
    """FastAPI dependency: the request must carry ``Authorization: Bearer <settings.api_token>``."""
    expected: str | None = request.app.state.settings.api_token
    if not expected:
        raise Unauthorized("this server has no API token configured; writes are disabled")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Unauthorized("missing bearer token (Authorization: Bearer <token>)")
    if not secrets.compare_digest(given.strip().encode(), expected.encode()):
        raise Unauthorized("invalid bearer token")
