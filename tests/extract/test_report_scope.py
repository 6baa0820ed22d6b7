"""What belongs to the reported incident and what to its surroundings: nested clauses, unresolved days,
the cause of a protest, and phrases the small model misparses."""

from __future__ import annotations

import pytest

from flashpoint.pipeline import Pipeline
from flashpoint.schema import Event


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.extract_text(text)


@pytest.mark.slow
def test_a_period_in_a_nested_clause_is_not_the_incidents(pipeline: Pipeline) -> None:
    # "in recent weeks" dates the grazing (a clause on "villages"), not the deployment
    events = _events(
        pipeline,
        "The Nigerian army has deployed troops in villages where herders have grazed their cattle in recent "
        "weeks, local radio reported.",
    )
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]
    # the same period on the main verb is still a trend, not an event
    assert _events(pipeline, "The army has deployed troops to the north in recent months.") == []


@pytest.mark.slow
def test_protests_over_a_killing_are_no_crime_story(pipeline: Pipeline) -> None:
    events = _events(
        pipeline,
        "Hundreds of people marched through the city centre Saturday after the acquittal of a guard. "
        "Rallies began Thursday when a court cleared him of manslaughter. "
        "He had shot a teenager during a robbery at a petrol station.",
    )
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    # with no crowd, the same crime story reports no political violence
    assert _events(pipeline, "A guard shot a teenager during a robbery at a petrol station.") == []


@pytest.mark.slow
def test_a_weekday_without_a_publication_date_still_dates_the_incident(pipeline: Pipeline) -> None:
    # a long text without a reference date: "Sunday" cannot be resolved, but it is a day of its own
    text = (
        "Hundreds of farmers and their families marched on Sunday to demand higher crop prices and an end to "
        "the import of cheap grain that has driven many of them into debt over the past three years. "
        "The farmers' union has held several rallies since the harvest, each one larger than the last. "
        "Its leaders say the government ignores them and that the ministry refuses to publish its figures. "
        "Talks with the agriculture ministry broke down last year after a dispute over subsidies."
    )
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


@pytest.mark.slow
def test_a_hyphenated_attack_phrase_is_the_object_of_its_verb(pipeline: Pipeline) -> None:
    # the model reads "drive-by shooting attack" as "drive" + particle + a gerund taking "attack"
    events = _events(
        pipeline,
        "A suspected militant carried out a drive-by shooting attack on a car on Friday in the Hebron region",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]
