from __future__ import annotations

import pytest

from flashpoint.actors import ActorLexicon, ActorTable


@pytest.fixture(scope="session")
def table() -> ActorTable:
    return ActorTable.load()


@pytest.fixture(scope="session")
def lexicon() -> ActorLexicon:
    return ActorLexicon.load()
