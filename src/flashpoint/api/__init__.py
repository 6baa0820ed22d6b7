"""The HTTP API (FastAPI): ``create_app(settings, *, store=None, pipeline_factory=None)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from flashpoint.api.state import PipelineFactory
    from flashpoint.settings import Settings
    from flashpoint.store.base import Store

__all__ = ["create_app"]


def create_app(
    settings: Settings, *, store: Store | None = None, pipeline_factory: PipelineFactory | None = None
) -> FastAPI:
    """Build the app (imported lazily so `import flashpoint.api` stays cheap)."""
    from flashpoint.api.app import create_app as build

    return build(settings, store=store, pipeline_factory=pipeline_factory)
