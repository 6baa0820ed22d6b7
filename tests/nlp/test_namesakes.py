"""Actors that share a name are told apart by the country the text names (real model, bundled table)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from flashpoint.actors import ActorLexicon, ActorTable
from flashpoint.nlp.model import load_nlp
from flashpoint.nlp.namesakes import ActorNamesakes, namesake_config
from flashpoint.pipeline import Pipeline
from flashpoint.settings import Settings

UGANDA_ARMY = "Military Forces of Uganda"
BANGLADESH_UPDF = "UPDF: United People's Democratic Front"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the region an entry lists, and another Bangladeshi group, point to the hill tracts' UPDF
        ("On 12 May 2024, UPDF gunmen shot dead a PCJSS activist in Baghaichhari (Rangamati, Chittagong).",
         BANGLADESH_UPDF),
        ("Suspected UPDF cadres kidnapped two Bangladeshi traders on 3 June 2024.", BANGLADESH_UPDF),
        # a Ugandan clue, or a group fought in Uganda's wars, keeps the army
        ("On 12 May 2024, UPDF soldiers killed two ADF fighters in Beni (North Kivu).", UGANDA_ARMY),
        ("Ugandan UPDF troops clashed with cattle raiders in Kotido on 3 March 2024.", UGANDA_ARMY),
    ],
)  # fmt: skip
def test_a_shared_abbreviation_takes_the_texts_country(pipeline: Pipeline, text: str, actor1: str) -> None:
    events = pipeline.extract_text(text, dt.date(2024, 6, 30))
    assert [event.actor1 for event in events] == [actor1]


def test_without_a_clue_or_with_a_tie_the_rulers_choice_stands() -> None:
    namesakes = ActorNamesakes({}, {"A": frozenset({"syria"}), "B": frozenset({"somalia"})}, {})
    assert namesakes._choose(("A", "B"), {"fighters"}, Counter()) is None
    assert namesakes._choose(("A", "B"), {"syria", "somalia"}, Counter()) is None
    assert namesakes._choose(("A", "B"), {"somalia"}, Counter()) == "B"


def test_a_user_file_can_add_a_namesake(tmp_path: Path, settings: Settings) -> None:
    """A user's PDP of Kashmir beside Nigeria's: each story gets its own party."""
    path = tmp_path / "actors.json"
    entries = [
        {"name": "PDP: Peoples Democratic Party (Nigeria)", "inter": 3, "country": "Nigeria",
         "aliases": ["PDP"]},
        {"name": "JKPDP: Jammu and Kashmir Peoples Democratic Party", "inter": 3, "country": "India",
         "aliases": ["PDP"]},
    ]  # fmt: skip
    path.write_text(json.dumps({"schema_version": 1, "entries": entries}), encoding="utf-8")
    actors = ActorTable.load([path])
    nlp = load_nlp(settings.spacy_model, actors, (), namesake_config(actors, ActorLexicon.load()))
    ids = {
        text: [ent.ent_id_ for ent in nlp(text).ents if ent.label_ == "ACTOR"]
        for text in (
            "PDP supporters protested in Abuja, Nigeria, on Monday.",
            "PDP workers protested in Srinagar in India's Kashmir on Monday.",
        )
    }
    assert list(ids.values()) == [
        ["PDP: Peoples Democratic Party (Nigeria)"],
        ["JKPDP: Jammu and Kashmir Peoples Democratic Party"],
    ]
