from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.text import TextResources

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[2]
# the project's reference article: the repo copy when there is one, else the shared examples next to the repo
SEED_CANDIDATES = (REPO / "examples/seed/article.txt", REPO.parent / "shared/examples/seed/article.txt")


@pytest.fixture(scope="session")
def resources() -> TextResources:
    return TextResources.bundled()


@pytest.fixture(scope="session")
def seed_text() -> str:
    for path in SEED_CANDIDATES:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"seed article not found in {[str(p) for p in SEED_CANDIDATES]}")
