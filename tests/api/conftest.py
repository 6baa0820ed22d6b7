"""The real app on a real SQLite file, seeded with tests/api/samples.py through the real store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from flashpoint.api import create_app
from flashpoint.settings import Settings
from flashpoint.store import open_store
from flashpoint.store.base import Store
from tests.api.samples import ToyPipeline, seed

TOKEN = "test-token-1234"


@pytest.fixture
def settings(tmp_path) -> Settings:
    # "testserver" is the Host header of Starlette's TestClient; the Host check itself is in test_hosts.py
    return Settings(
        db=str(tmp_path / "api.sqlite"),
        api_token=TOKEN,
        max_article_bytes=20_000,
        allowed_hosts=["testserver"],
    )


@pytest.fixture
def store(settings) -> Iterator[Store]:
    store = open_store(settings)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def seeded(store) -> dict[str, list[str]]:
    return seed(store)


@pytest.fixture
def pipeline() -> ToyPipeline:
    return ToyPipeline()


@pytest.fixture
def client(settings, store, seeded, pipeline) -> Iterator[TestClient]:
    app = create_app(settings, store=store, pipeline_factory=lambda: pipeline)
    with TestClient(app) as client:
        yield client


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}
