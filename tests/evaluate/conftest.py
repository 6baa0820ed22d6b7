"""Fixtures for eval tests: a toy extractor and tiny gold files written by the tests themselves."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from flashpoint.evaluate.names import ActorMatcher, AdminAliases
from flashpoint.evaluate.scoring import Comparators
from flashpoint.schema import Event

EMPTY_GOLD: dict[str, Any] = {
    "event_date": None, "event_type": None, "sub_event_type": None, "actor1": None, "actor2": None,
    "assoc_actor_1": None, "assoc_actor_2": None, "inter1": None, "inter2": None, "interaction": None,
    "country": None, "admin1": None, "admin2": None, "admin3": None, "location": None, "latitude": None,
    "longitude": None, "fatalities": None,
}  # fmt: skip


def gold_record(rid: str, source: str, text: str, ref: str | None = None, **gold: Any) -> dict[str, Any]:
    return {"id": rid, "source": source, "text": text, "reference_date": ref, "gold": {**EMPTY_GOLD, **gold}}


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


class ToyExtractor:
    """Codes "bomb" sentences as IEDs and "clash" sentences as armed clashes in an invented valley.

    Records every (text, reference_date) call so tests can check what reached it.
    """

    def __init__(self) -> None:
        self.calls: list[tuple[str, dt.date | None]] = []

    def __call__(self, text: str, reference_date: dt.date | None) -> list[Event]:
        self.calls.append((text, reference_date))
        lowered = text.lower()
        if "bomb" in lowered:
            sub, etype = "Remote explosive/landmine/IED", "Explosions/Remote violence"
        elif "clash" in lowered:
            sub, etype = "Armed clash", "Battles"
        else:
            return []
        return [
            Event(
                event_type=etype,
                sub_event_type=sub,
                actor1="ZLF: Zarvan Liberation Front",
                actor2="Military Forces of Zarvania (2019-2024)",
                country="Zarvania",
                admin1="Upper Vale",
                admin2="Kestrel",
                latitude=10.0,
                longitude=20.0,
                event_date=reference_date,
                fatalities=2,
                confidence=0.9,
            )
        ]


@pytest.fixture
def toy() -> ToyExtractor:
    return ToyExtractor()


@pytest.fixture
def cmp() -> Comparators:
    """Comparators without the actor alias table: the rules of names.py only."""
    return Comparators(actors=ActorMatcher(), admins=AdminAliases.load())


MakeEvent = Callable[..., Event]
