from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.settings import Settings

DATA = Path(__file__).parent / "data"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=str(tmp_path / "fp.sqlite"), max_article_bytes=20_000, fetch_timeout=2.0)
