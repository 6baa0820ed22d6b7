"""Wire headlines the small model misparses: the verb read as a noun, the object read as a complement, an
acronym read into a common word, a nationality read as the place."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.pipeline import Pipeline
from flashpoint.schema import Event

DAY = dt.date(2014, 6, 9)


def _one(pipeline: Pipeline, text: str) -> Event:
    events = pipeline.extract_text(text, DAY)
    assert len(events) == 1, [e.sub_event_type for e in events]
    return events[0]


@pytest.mark.slow
def test_a_rising_death_toll_updates_one_incident(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Suicide bomb attack death toll rises to 15 in Quetta")
    assert (event.sub_event_type, event.fatalities) == ("Suicide bomb", 15)
    # a rising number of attacks is still a trend
    assert pipeline.extract_text("Attacks on polio teams rise across the country", DAY) == []


@pytest.mark.slow
def test_a_headline_verb_tagged_as_a_noun_keeps_its_object(pipeline: Pipeline) -> None:
    # "trade" is tagged NN and made the root, with "fire" as its object
    event = _one(pipeline, "Pakistan and India trade heavy fire along border.")
    assert event.sub_event_type == "Armed clash"


@pytest.mark.slow
def test_an_attempt_on_a_life_is_an_attack(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Senior party leader escapes bid on life in Bannu")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.slow
def test_a_common_word_is_no_country_acronym(pipeline: Pipeline) -> None:
    # 'Car' is no CAR (Central African Republic) ...
    event = _one(pipeline, "Car bomb targets police, kills 8 civilians in Pakistan")
    assert event.country == "Pakistan" and "Central African" not in (event.actor1 or "")
    # ... but the acronym in capitals still is
    assert _one(pipeline, "Gunmen kill 5 in CAR capital Bangui").country == "Central African Republic"


@pytest.mark.slow
def test_the_country_of_the_incident_is_where_it_was_not_whose_soldiers(pipeline: Pipeline) -> None:
    event = _one(pipeline, "Three Emirati soldiers killed in Yemen")
    assert (event.country, event.fatalities) == ("Yemen", 3)
    # a country that only modifies the weapon's owner is not the place
    assert _one(pipeline, "Pakistani civilian killed in Indian shelling.").country == "Pakistan"
