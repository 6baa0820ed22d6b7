"""Serves the dashboard: ``/`` (index.html) and ``/static/...`` (app code and vendored libraries).

Everything is local files shipped in the package: no CDN, works offline. The optional online tile layer
is the only outside address the page may load, and only when ``settings.online_tiles`` is on.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from flashpoint.settings import Settings

ONLINE_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
ONLINE_TILE_ORIGIN = "https://tile.openstreetmap.org"


def static_dir() -> Path:
    return Path(str(files("flashpoint.web") / "static"))


def content_security_policy(settings: Settings) -> str:
    images = "'self' data:" + (f" {ONLINE_TILE_ORIGIN}" if settings.online_tiles else "")
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {images}",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'",
        ]
    )


def mount_dashboard(app: FastAPI) -> None:
    root = static_dir()
    router = APIRouter(include_in_schema=False)

    @router.get("/")
    def index() -> FileResponse:
        return FileResponse(root / "index.html", media_type="text/html; charset=utf-8")

    app.include_router(router)
    app.mount("/static", StaticFiles(directory=root), name="static")
