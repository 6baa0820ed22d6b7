"""The HTTP API and dashboard (DESIGN.md section 6): ``create_app(settings) -> FastAPI``.

app = create_app(settings)                      # opens settings.db on start-up, closes it on shutdown
app = create_app(settings, store=store)         # an open store owned by the caller (tests)
app = create_app(settings, pipeline_factory=f)  # how POST /api/articles builds its pipeline (lazily)
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI

from flashpoint import __version__
from flashpoint.api import articles, events, export
from flashpoint.api.errors import install_error_handlers
from flashpoint.api.headers import SecurityHeaders
from flashpoint.api.hosts import TrustedHosts, allowed_hosts
from flashpoint.api.limits import BodySizeLimit
from flashpoint.api.models import DashboardConfig, Health
from flashpoint.api.state import AppState, PipelineFactory
from flashpoint.settings import Settings
from flashpoint.web.dashboard import ONLINE_TILE_URL, content_security_policy, mount_dashboard

if TYPE_CHECKING:
    from flashpoint.store.base import Store


def default_pipeline_factory(settings: Settings) -> PipelineFactory:
    def build() -> Any:
        from flashpoint.pipeline import Pipeline

        return Pipeline.from_settings(settings)

    return build


def create_app(
    settings: Settings,
    *,
    store: Store | None = None,
    pipeline_factory: PipelineFactory | None = None,
) -> FastAPI:
    state = AppState(
        settings=settings,
        pipeline_factory=pipeline_factory or default_pipeline_factory(settings),
        store=store,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if state.store is None:
            from flashpoint.store import open_store

            state.store = open_store(settings)
            state.owns_store = True
        try:
            yield
        finally:
            if state.owns_store and state.store is not None:
                state.store.close()
                state.store = None

    app = FastAPI(
        title="flashpoint",
        version=__version__,
        description="ACLED-compatible political violence events coded from news articles.",
        lifespan=lifespan,
        # FastAPI's /docs and /redoc pages load their scripts from a CDN: off (offline, strict CSP);
        # the schema stays at /openapi.json
        docs_url=None,
        redoc_url=None,
    )
    app.state.flashpoint = state
    app.state.settings = settings
    install_error_handlers(app)

    app.add_middleware(SecurityHeaders, csp=content_security_policy(settings))
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_article_bytes)
    # added last, so outermost: a request for another host name (DNS rebinding) is refused before anything
    app.add_middleware(TrustedHosts, allowed=allowed_hosts(settings))

    @app.get("/healthz", response_model=Health, tags=["meta"])
    def healthz() -> Health:
        """Liveness: the server answers and its store is open."""
        state.require_store()
        return Health(status="ok", version=__version__)

    @app.get("/api/config", response_model=DashboardConfig, tags=["meta"])
    def config() -> DashboardConfig:
        """What the dashboard needs to know about this server."""
        return DashboardConfig(
            version=__version__,
            online_tiles=settings.online_tiles,
            tile_url=ONLINE_TILE_URL if settings.online_tiles else None,
            max_article_bytes=settings.max_article_bytes,
            max_events=settings.dashboard_max_events,
        )

    app.include_router(events.router)
    app.include_router(articles.router)
    app.include_router(export.router)
    mount_dashboard(app)
    return app
