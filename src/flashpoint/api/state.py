"""What the request handlers share: the settings, the open store and a lazily built pipeline.

Held on ``app.state.flashpoint`` (one per app, no module-level state).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fastapi import Request

from flashpoint.errors import ConfigError

if TYPE_CHECKING:
    from flashpoint.settings import Settings
    from flashpoint.store.base import Store

PipelineFactory = Callable[[], Any]


@dataclass
class AppState:
    settings: Settings
    pipeline_factory: PipelineFactory
    store: Store | None = None
    owns_store: bool = False
    _pipeline: Any = None
    _pipeline_lock: threading.Lock = field(default_factory=threading.Lock)
    _process_lock: threading.Lock = field(default_factory=threading.Lock)

    def require_store(self) -> Store:
        if self.store is None:
            raise ConfigError("the store is not open")
        return self.store

    def pipeline(self) -> Any:
        """The pipeline, built on first use (loading the model takes seconds) and then reused."""
        with self._pipeline_lock:
            if self._pipeline is None:
                self._pipeline = self.pipeline_factory()
            return self._pipeline

    def process(self, article: Any) -> Any:
        """Run the pipeline on one article; one at a time (the stages hold a shared spaCy model)."""
        pipeline = self.pipeline()
        with self._process_lock:
            return pipeline.process(article)


def app_state(request: Request) -> AppState:
    return request.app.state.flashpoint


def get_store(request: Request) -> Store:
    return app_state(request).require_store()
