"""The real app on a real SQLite file, seeded with tests/api/samples.py through the real store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from flashpoint.api import create_app
from flashpoint.pipeline import Pipeline, Result
from flashpoint.schema import Article
from flashpoint.settings import Settings
from flashpoint.store import open_store
from flashpoint.store.base import Store
from tests.api.samples import seed

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


class CountedPipeline:
    """The real pipeline, counting its calls (the tests check that rejected requests never reach it)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.calls = 0

    def process(self, article: Article) -> Result:
        self.calls += 1
        return self.pipeline.process(article)


@pytest.fixture(scope="session")
def real_pipeline(cache_dir: Path) -> Pipeline:
    return Pipeline.from_settings(Settings(cache_dir=cache_dir))


@pytest.fixture
def pipeline(real_pipeline: Pipeline) -> CountedPipeline:
    return CountedPipeline(real_pipeline)


@pytest.fixture
def client(settings, store, seeded, pipeline) -> Iterator[TestClient]:
    app = create_app(settings, store=store, pipeline_factory=lambda: pipeline)
    with TestClient(app) as client:
        yield client


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}
