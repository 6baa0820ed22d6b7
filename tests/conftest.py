"""Shared fixtures: one real pipeline (real spaCy model, real gazetteer) per test session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flashpoint.pipeline import Pipeline
from flashpoint.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples" / "articles"
SEED = SHARED / "examples" / "seed"


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache shared by the whole session, so the gazetteer index is built once."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def settings(cache_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    db = tmp_path_factory.mktemp("db") / "flashpoint.sqlite"
    return Settings(db=f"sqlite:///{db}", cache_dir=cache_dir)


@pytest.fixture(scope="session")
def pipeline(settings: Settings) -> Iterator[Pipeline]:
    yield Pipeline.from_settings(settings)
